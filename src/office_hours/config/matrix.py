"""The [matrix] section as one frozen value, so sources/matrix.py and the presence target
read settings without knowing the TOML layout."""

from __future__ import annotations

import re
from dataclasses import dataclass

USER_ID = re.compile(r"^@[^:\s]+:[^\s]+$")
DEFAULT_FOCUS_STATUS = "In focus, back at the next batch time"


@dataclass(frozen=True, slots=True)
class MatrixSettings:
    enabled: bool = False
    homeserver: str = ""  # e.g. https://matrix.example.org
    user_id: str = ""  # e.g. @me:example.org
    rooms: tuple[str, ...] = ()  # room ids or aliases watched for mentions
    focus_presence: bool = True
    focus_status: str = DEFAULT_FOCUS_STATUS


def check_homeserver(value: object) -> str | None:
    if value == "" or (isinstance(value, str) and re.match(r"^https?://[^\s/]+", value)):
        return None
    return f"{value!r} is not a homeserver address like https://matrix.example.org"


def check_user_id(value: object) -> str | None:
    if value == "" or (isinstance(value, str) and USER_ID.match(value)):
        return None
    return f"{value!r} is not a Matrix user id like @me:example.org"
