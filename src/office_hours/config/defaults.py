"""The commented config written on first start, generated from the schema."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import tomli_w

from office_hours.config.schema import CONFIG_VERSION, OPTIONS, SECTIONS


def system_timezone() -> str:
    """The machine's zone name at first start; the user can change it in the file."""
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    try:
        candidates.append(Path("/etc/timezone").read_text(encoding="utf-8").strip())
    except OSError:
        pass
    try:
        target = os.readlink("/etc/localtime")
        if "zoneinfo/" in target:
            candidates.append(target.split("zoneinfo/", 1)[1])
    except OSError:
        pass
    for name in candidates:
        if name:
            try:
                ZoneInfo(name)
                return name
            except (ValueError, KeyError, OSError):
                continue
    return "UTC"


def _value(v: Any) -> str:
    """One TOML value on one line (tomli-w spreads arrays over lines)."""
    if isinstance(v, list | tuple):
        return "[" + ", ".join(_value(x) for x in v) + "]"
    if isinstance(v, dict):  # an inline table, on one line
        return "{ " + ", ".join(f"{k} = {_value(x)}" for k, x in v.items()) + " }" if v else "{}"
    return tomli_w.dumps({"x": v}).split("=", 1)[1].strip()


EXAMPLE_CLIENT = """
# Clients: one [[clients]] table each. This example lets you log calls and see a report at
# once; rename it or add your own.
[[clients]]
id = "example"
name = "Example Client"
contact_name = ""              # the person drafts greet, e.g. "Anna Weber"
addresses = ["*@example.com"]  # exact addresses or *@domain
chat_users = []                # e.g. "@anna:matrix.org"
rooms = []
phones = []
rate = 80.0                    # your nominal hourly rate for this client
billed_hours_per_week = 10.0
after_hours = "emergencies_only"  # never | emergencies_only | with_surcharge
surcharge_percent = 0.0

[clients.terms.call]
windows = { tuesday = ["14:00-16:00"], thursday = ["14:00-16:00"] }
response_hours = 24.0

[clients.terms.email]
response_hours = 24.0
"""


def default_text(timezone: str) -> str:
    lines = [
        "# Office Hours configuration. Edit freely: the app checks it on every start and",
        "# names the line of any problem. Secrets never go here (they live in your keyring).",
        f"config_version = {CONFIG_VERSION}",
    ]
    for section in SECTIONS:
        lines.append("")
        lines.append(f"[{section}]")
        for option in (o for o in OPTIONS if o.section == section):
            value = timezone if option.key == "general.timezone" else option.default
            lines.append(f"# {option.file_doc}")
            lines.append(f"{option.name} = {_value(value)}")
    return "\n".join(lines) + "\n" + EXAMPLE_CLIENT
