"""Small widget helpers shared by the windows."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QWidget, QWizard

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
