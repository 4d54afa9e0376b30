"""The Qt shell: the only package that imports PySide6.

It renders engine state and turns clicks into engine calls; business rules stay in the
Qt-free core so that the CLI and the tray decide alike.
"""
