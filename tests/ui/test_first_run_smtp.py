"""The first-run wizard asks for the account's SMTP server too (for auto-replies)."""

from __future__ import annotations

from pathlib import Path

import pytest

from office_hours import paths
from office_hours.config import load_config
from office_hours.config.load import parse_config
from office_hours.config.save import dump
from office_hours.ui.first_run import FirstRunWizard

pytestmark = pytest.mark.gui


def test_the_wizard_keeps_the_smtp_server(qtbot, home: Path) -> None:
    load_config(paths.config_file())  # the commented defaults, as at a first start
    wizard = FirstRunWizard(paths.config_file())
    qtbot.addWidget(wizard)
    wizard.client_page.form.editors["name"].widget.setText("ACME")
    wizard.account_form.editors["host"].widget.setText("imap.example.test")
    wizard.account_form.editors["username"].widget.setText("me@example.test")
    wizard.account_form.editors["smtp_host"].widget.setText("smtp.example.test")
    config = parse_config(dump(wizard.data()), paths.config_file())
    [account] = config.accounts
    assert (account.smtp_host, account.smtp_port, account.smtp_security) == (
        "smtp.example.test",
        587,
        "starttls",
    )
    assert account.own_address == "me@example.test"
    assert not any(config.auto_reply.client_modes.values())  # nothing is sent until opted in
