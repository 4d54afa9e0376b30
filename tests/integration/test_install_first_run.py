"""From the README's install command to first value, as a new user on a fresh account:
`bash scripts/install.sh` in an empty HOME on Xvfb (1366x768, a tray), the first-run wizard
comes up (although install.sh wrote the default config first), it is completed by typing
with xdotool, and the running app then uses the typed hours, client, rate, billed hours and
currency. Screenshots of each wizard page: artifacts/screenshots/install_wizard_*.png."""

from __future__ import annotations

import json
import os
import signal
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from test_tray_screenshot import (
    TRAYER,
    poll,
    require_tools,
    settled_screenshot,
    stop,
    window_titled,
    x_server,
)

from office_hours import paths
from office_hours.config import load_config
from office_hours.config.schema import WEEKDAYS
from office_hours.setup_state import marker_file

pytestmark = pytest.mark.integration

REPO = Path(__file__).resolve().parents[2]
ZONE = "Asia/Bangkok"


def key(env: dict[str, str], *keys: str) -> None:
    subprocess.run(["xdotool", "key", "--delay", "80", *keys], env=env, check=True)


def replace_text(env: dict[str, str], text: str) -> None:
    """Select what the focused field holds and type over it, as a user would."""
    key(env, "ctrl+a")
    subprocess.run(["xdotool", "type", "--delay", "40", text], env=env, check=True)


def processes_of(home: Path) -> list[int]:
    """The office-hours processes started with this HOME (install.sh detaches the app with
    setsid, so the test finds it by its environment, never by a broad name)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            environ = (entry / "environ").read_bytes().split(b"\0")
            cmdline = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        if f"HOME={home}".encode() in environ and b"office-hours" in cmdline:
            found.append(int(entry.name))
    return found


@contextmanager
def installed_app(home: Path) -> Iterator[None]:
    try:
        yield
    finally:
        for pid in processes_of(home):
            try:
                os.kill(pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
        poll("the installed app to quit", lambda: not processes_of(home) or None, timeout=15)


def test_install_then_the_wizard_then_the_app_uses_the_answers(
    home: Path, tmp_path: Path, qapp
) -> None:
    require_tools("Xvfb", "trayer", "xdotool", "import")
    venv_bin = home / ".local" / "share" / "office-hours" / "venv" / "bin"
    with x_server("1366x768x24") as xenv:
        env = {**xenv, "OFFICE_HOURS_TRAY_WAIT_S": "10"}
        env.pop("OFFICE_HOURS_FIRST_RUN", None)  # as on a user's desktop: no test switch
        trayer = subprocess.Popen(
            TRAYER, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        try:
            with installed_app(home):
                install = subprocess.run(
                    ["bash", str(REPO / "scripts" / "install.sh")],
                    env=env, capture_output=True, text=True, timeout=600, cwd=tmp_path,
                )  # fmt: skip
                assert install.returncode == 0, install.stdout + install.stderr
                assert paths.config_file().exists()  # install.sh's `status` wrote it
                assert not marker_file().exists()

                wizard = window_titled(env, "Welcome to Office Hours", "the first-run wizard")
                assert wizard.width <= 1366
                assert wizard.height <= 768
                settled_screenshot(env, wizard, "install_wizard_welcome.png")
                subprocess.run(["xdotool", "windowactivate", "--sync", wizard.wid], env=env)
                key(env, "Return")  # Next: English stays

                # Business hours: the zone, then today (in that zone) open all day.
                today = datetime.now(ZoneInfo(ZONE)).strftime("%A").lower()
                replace_text(env, ZONE)
                for day in WEEKDAYS:
                    key(env, "Tab")
                    replace_text(env, "00:00-23:59" if day == today else "09:00-17:00")
                settled_screenshot(env, wizard, "install_wizard_hours.png")
                key(env, "Return")
                settled_screenshot(env, wizard, "install_wizard_batches.png")
                key(env, "Return")  # the proposed batch times

                # The first client: name (the id follows it), addresses, rate, currency, hours.
                replace_text(env, "ACME GmbH")
                key(env, "Tab")
                replace_text(env, "Anna Berg")  # the contact person, whom drafts greet
                key(env, "Tab", "Tab")  # past the derived id
                replace_text(env, "*@acme.example")
                key(env, "Tab")
                replace_text(env, "60")
                key(env, "Tab")
                replace_text(env, "USD")
                key(env, "Tab")
                replace_text(env, "10")
                settled_screenshot(env, wizard, "install_wizard_client.png")
                key(env, "Return")
                settled_screenshot(env, wizard, "install_wizard_account.png")
                key(env, "Return")  # Finish, without a mail account

                poll("the wizard's answers in the file", lambda: marker_file().exists() or None)
                assert marker_file().read_text(encoding="utf-8").strip() == "finished"
                config = load_config(paths.config_file(), create=False)
                assert [(c.client_id, c.name, c.contact_name) for c in config.clients] == [
                    ("acme-gmbh", "ACME GmbH", "Anna Berg")
                ]

                def cli(*args: str) -> str:
                    done = subprocess.run(
                        [str(venv_bin / "office-hours"), *args],
                        env=env, capture_output=True, text=True, timeout=60,
                    )  # fmt: skip
                    assert done.returncode == 0, done.stderr
                    return done.stdout

                # Hours: the running app is reachable until today's 23:59 in Bangkok.
                status = json.loads(cli("status", "--json"))
                assert status["app_running"] is True
                assert status["timezone"] == ZONE
                assert status["mode"] == "reachable", status
                until = datetime.fromisoformat(status["until"]).astimezone(ZoneInfo(ZONE))
                assert until.strftime("%A %H:%M").lower() == f"{today} 23:59", status

                # Client, rate and billed hours: a logged call prices the week.
                assert "Logged 45 min with ACME GmbH" in cli(
                    "log-call", "acme-gmbh", "--minutes", "45"
                )
                report = json.loads(cli("report", "--format", "json"))
                (acme,) = [c for c in report["clients"] if c["client"] == "acme-gmbh"]
                assert acme["logged_minutes"] == 45
                assert acme["nominal_rate"] == 60
                cost_hours = acme["time_cost_minutes"] / 60
                assert cost_hours > 0
                assert acme["effective_rate"] == pytest.approx(60 * 10 / (10 + cost_hours), 0.01)
                # Currency: the report shows the rates in USD.
                out = tmp_path / "report.html"
                cli("report", "--format", "html", "--out", str(out))
                assert "USD" in out.read_text(encoding="utf-8")
        finally:
            stop(trayer)
