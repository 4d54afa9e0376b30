"""Every user-facing string goes through Qt's translation layer: `tr(context, text)`.

`scripts/translations.py update` extracts these calls, and the domain's `QT_TRANSLATE_NOOP`
marks, into resources/translations/*.ts (pyside6-lupdate misses calls whose context is a
module constant). QtCore is imported lazily so that the pure core never depends on Qt.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

TRANSLATIONS = Path(__file__).resolve().parent / "resources" / "translations"
_installed: list[Any] = []


@cache
def _translate() -> Any:
    try:
        from PySide6.QtCore import QCoreApplication
    except ImportError:  # pragma: no cover - PySide6 is a dependency
        return None
    return QCoreApplication.translate


def tr(context: str, text: str) -> str:
    # With no translator installed Qt returns `text` itself, so the command line skips
    # importing QtCore (~140 ms) until a language other than English is chosen.
    if not _installed and not _qt_loaded():
        return text
    translate = _translate()
    return str(translate(context, text)) if translate else text


def _qt_loaded() -> bool:
    """A GUI process may have installed translators through Qt directly."""
    return "PySide6.QtCore" in sys.modules


def install_translator(language: str) -> bool:
    """Load resources/translations/office_hours_<language>.qm; English needs none."""
    if language == "en":
        return True
    from PySide6.QtCore import QCoreApplication, QTranslator

    if QCoreApplication.instance() is None:  # the command line has no GUI application
        _installed.append(QCoreApplication([]))
    translator = QTranslator()
    if not translator.load(str(TRANSLATIONS / f"office_hours_{language}.qm")):
        return False
    QCoreApplication.installTranslator(translator)
    _installed.append(translator)  # keep it alive
    _install_qt_catalogue(language)
    return True


def switch_language(language: str) -> bool:
    """A new interface language while the app runs: remove our translators, install the
    new ones. Qt then sends every widget a LanguageChange event; the shell rebuilds its
    texts. False when there is no catalogue (the interface falls back to English)."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    for old in [t for t in _installed if isinstance(t, QTranslator)]:
        QCoreApplication.removeTranslator(old)
        _installed.remove(old)
    return install_translator(language)


def _install_qt_catalogue(language: str) -> None:
    """Qt's own strings (a line edit's context menu, the file dialog) where Qt ships them:
    Russian yes, Thai no (our dialogs name their buttons through our catalogues)."""
    from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

    qt = QTranslator()
    where = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{language}", where):
        QCoreApplication.installTranslator(qt)
        _installed.append(qt)


def catalogue(language: str) -> Path:
    return TRANSLATIONS / f"office_hours_{language}.qm"


def translator(language: str) -> Callable[[str, str], str]:
    """A `tr`-shaped function for one language that leaves the installed ones alone.

    Documents (the contact-terms sheet, the calendar) are written in the language the user
    picks for that client, whatever the interface speaks; a global QTranslator could not
    give English back while a Russian interface is installed.
    """
    if language == "en":
        return _source
    from PySide6.QtCore import QTranslator

    qt = QTranslator()
    if not qt.load(str(catalogue(language))):
        raise LookupError(
            tr("cli", "no translation catalogue for {lang} at {path}").format(
                lang=repr(language), path=catalogue(language)
            )
        )

    def translate(context: str, text: str) -> str:
        return str(qt.translate(context, text)) or text

    return translate


def _source(context: str, text: str) -> str:
    return text
