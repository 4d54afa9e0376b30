"""Small widget helpers shared by the windows."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QWidget, QWizard

from office_hours.domain.reasons import QT_TRANSLATE_NOOP
from office_hours.i18n import tr

# Qt::PlainText and Qt::ToolButtonTextOnly, written through Qt's property system: touching
# PySide6's `Qt` namespace builds ~100 Python enums (~40 ms), and the fallback window is on
# the benchmarked start-up path. Tests check the result with the real enums.
PLAIN_TEXT = 0
TOOL_BUTTON_TEXT_ONLY = 1


def plain_label(text: str = "", parent: QWidget | None = None, wrap: bool = False) -> QLabel:
    """A QLabel that never reads its text as HTML: names and subjects are untrusted."""
    from office_hours.ui.plain_text import set_label

    label = QLabel(parent)
    set_label(label, text)
    label.setWordWrap(wrap)
    return label


def name_buttons(box: QDialogButtonBox) -> None:
    """Standard buttons say Save, Cancel, … through our catalogues: Qt ships none in Thai."""
    sb = QDialogButtonBox.StandardButton
    texts = {
        sb.Save: tr("Buttons", "Save"),
        sb.Cancel: tr("Buttons", "Cancel"),
        sb.Ok: tr("Buttons", "OK"),
        sb.Close: tr("Buttons", "Close"),
    }
    for which, text in texts.items():
        button = box.button(which)
        if button is not None:
            button.setText(text)


def name_wizard_buttons(wizard: QWizard) -> None:
    wb = QWizard.WizardButton
    wizard.setButtonText(wb.BackButton, tr("Buttons", "< &Back"))
    wizard.setButtonText(wb.NextButton, tr("Buttons", "&Next >"))
    wizard.setButtonText(wb.FinishButton, tr("Buttons", "&Finish"))
    wizard.setButtonText(wb.CancelButton, tr("Buttons", "Cancel"))


# secrets.py is Qt-free and speaks English; its one long explanation is shown in the
# wizard and the settings, so the interface says it in the user's language.
_NO_KEYRING_WORDS = QT_TRANSLATE_NOOP(
    "Secrets",
    "no keyring available: passwords cannot be kept safely on this machine. On GNOME install "
    "gnome-keyring, on KDE enable KWallet; on a machine without a desktop start "
    "gnome-keyring-daemon (with dbus-run-session). Office Hours never stores passwords in a file.",
)
_PLAIN_TEXT_KEYRING = QT_TRANSLATE_NOOP(
    "Secrets", "the only keyring found keeps passwords in plain text; "
)


def keyring_words(problem: str) -> str:
    """secrets.keyring_problem()'s text in the interface's language (others as they are)."""
    prefix = ""
    if problem.startswith(_PLAIN_TEXT_KEYRING):
        prefix = tr("Secrets", _PLAIN_TEXT_KEYRING)
        problem = problem[len(_PLAIN_TEXT_KEYRING) :]
    if problem == _NO_KEYRING_WORDS:
        return prefix + tr("Secrets", _NO_KEYRING_WORDS)
    return prefix + problem
