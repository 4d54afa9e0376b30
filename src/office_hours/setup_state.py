"""Whether the user has finished or dismissed the first-run wizard.

A first run is "setup not done yet", not "no config file": `office-hours status` (run by
scripts/install.sh) writes the commented default config long before the wizard can show.
A small marker in the state directory records that the wizard was finished or dismissed.
A config the user already edited by hand (an install from before the marker existed)
counts as set up, so an upgrade never asks again. Qt-free and cheap: read at every start.
"""

from __future__ import annotations

from pathlib import Path

from office_hours import paths

MARKER_NAME = "setup-done"


def marker_file() -> Path:
    return paths.state_dir() / MARKER_NAME


def setup_done(config_path: Path) -> bool:
    """True once the wizard was finished or dismissed, or the config was edited by hand."""
    if marker_file().exists():
        return True
    if not config_path.exists():
        return False
    from office_hours.config.defaults import default_text, system_timezone

    try:
        text = config_path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return True  # not ours to judge: the loader will explain what is wrong with it
    return text != default_text(system_timezone())


def mark_setup_done(how: str) -> None:
    """Record that setup is over ("finished" or "dismissed"); the wizard does not open again."""
    folder = paths.private_dir(paths.state_dir())
    marker = folder / MARKER_NAME
    marker.write_text(how + "\n", encoding="utf-8")
    marker.chmod(0o600)
