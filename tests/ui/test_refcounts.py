"""PySide6 6.12.0 dropped a reference to None on every call of a void method (setText,
setVisible, …): on Python 3.11, where None is not immortal, the tray app aborts with
"none_dealloc" after some thousands of calls, that is after hours of running. pyproject.toml
keeps that release out; this test fails on any Qt binding with the same defect. (From Python
3.12 None, True and False are immortal and the counts no longer move.)"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit

pytestmark = pytest.mark.gui

CALLS = 3000


def test_void_calls_keep_none_alive(qtbot) -> None:
    label, edit = QLabel(), QLineEdit()
    qtbot.addWidget(label)
    qtbot.addWidget(edit)
    edit.textChanged.connect(lambda _text: None)
    before = sys.getrefcount(None)
    for n in range(CALLS):
        label.setText(str(n))
        label.setVisible(bool(n % 2))
        edit.setText(str(n))
    assert sys.getrefcount(None) >= before - 100, (before, sys.getrefcount(None))
