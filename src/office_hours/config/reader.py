"""Reading one value of config.toml against its declaration, and saying exactly what is
wrong and where (file, line, key): what the loader, the account and chat parsers and the
settings dialog share."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from datetime import time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from office_hours.config.locate import find_line
from office_hours.config.schema import (
    WEEKDAYS,
    Option,
)
from office_hours.domain.model import (
    TimeRange,
    WeeklyWindows,
)
from office_hours.domain.schedule import parse_clock

_SLUG = re.compile(r"^[a-z0-9][a-z0-9_\-]{0,63}$")


class ConfigError(Exception):
    """A problem in the config file, with where it is."""

    def __init__(self, path: Path, message: str, line: int | None = None, key: str = "") -> None:
        self.path, self.message, self.line, self.key = path, message, line, key
        where = str(path) + (f", line {line}" if line else "") + (f", key {key}" if key else "")
        super().__init__(f"{where}: {message}")


class _Problem(Exception):
    pass


def _ranges(value: Any) -> tuple[TimeRange, ...]:
    if isinstance(value, str):
        value = [value] if value.strip() else []
    if not isinstance(value, list):
        raise _Problem('expected a list of ranges like ["09:00-18:00"]')
    out = []
    for entry in value:
        if not isinstance(entry, str) or entry.count("-") != 1:
            raise _Problem(f"{entry!r} is not a range like 09:00-18:00")
        a, b = entry.split("-")
        try:
            start, end = parse_clock(a), parse_clock(b)
        except ValueError as exc:
            raise _Problem(f"{entry!r}: {exc}") from None
        if end != time(0, 0) and end <= start:
            raise _Problem(f"{entry!r} ends before it starts")
        out.append(TimeRange(start, end))
    return tuple(out)


def _convert(option: Option, value: Any) -> Any:
    kind = option.kind
    if kind in ("str", "slug", "choice", "timezone"):
        if not isinstance(value, str):
            raise _Problem(f"expected text, got {value!r}")
        if kind == "slug" and not _SLUG.match(value):
            raise _Problem(f"{value!r} must be lower-case letters, digits, - or _ (e.g. acme)")
        if kind == "choice" and value not in option.choices:
            raise _Problem(f"{value!r} is not one of: {', '.join(option.choices)}")
        if kind == "timezone":
            try:
                ZoneInfo(value)
            except (ZoneInfoNotFoundError, ValueError):
                raise _Problem(f"{value!r} is not an IANA time zone like Europe/Berlin") from None
        return value
    if kind == "bool":
        if not isinstance(value, bool):
            raise _Problem(f"expected true or false, got {value!r}")
        return value
    if kind in ("int", "float"):
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise _Problem(f"expected a number, got {value!r}")
        if kind == "int" and not isinstance(value, int):
            raise _Problem(f"expected a whole number, got {value!r}")
        if not math.isfinite(value):
            raise _Problem(f"expected a finite number, got {value!r}")
        if option.minimum is not None and value < option.minimum:
            raise _Problem(f"{value} is below the minimum {option.minimum:g}")
        if option.maximum is not None and value > option.maximum:
            raise _Problem(f"{value} is above the maximum {option.maximum:g}")
        return float(value) if kind == "float" else value
    if kind == "strings":
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise _Problem('expected a list of text, e.g. ["a", "b"]')
        return tuple(value)
    if kind == "times":
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise _Problem('expected a list of times like ["10:00", "17:00"]')
        try:
            return tuple(sorted(parse_clock(v) for v in value))
        except ValueError as exc:
            raise _Problem(str(exc)) from None
    if kind == "ranges":
        return _ranges(value)
    if kind == "weekly":
        if not isinstance(value, dict):
            raise _Problem('expected a table like { monday = ["14:00-15:00"] }')
        unknown = [d for d in value if d not in WEEKDAYS]
        if unknown:
            raise _Problem(f"{unknown[0]!r} is not a weekday name (monday … sunday)")
        return WeeklyWindows(
            tuple((WEEKDAYS.index(day) + 1, _ranges(ranges)) for day, ranges in value.items())
        )
    raise AssertionError(kind)


def option_problem(option: Option, value: Any) -> str | None:
    """Why `value` (as TOML would hold it) is not valid for `option`, or None: the settings
    dialog checks each field with the loader's own rules."""
    try:
        converted = _convert(option, value)
    except _Problem as exc:
        return str(exc)
    return option.check(converted) if option.check is not None else None


class Reader:
    def __init__(self, path: Path, text: str) -> None:
        self.path, self.text = path, text

    def fail(self, keypath: Sequence[str | int], message: str) -> ConfigError:
        key = ".".join(str(k) if isinstance(k, str) else f"[{k}]" for k in keypath).replace(
            ".[", "["
        )
        return ConfigError(self.path, message, find_line(self.text, keypath), key)

    def unknown(self, keypath: Sequence[str | int], key: str, known: Sequence[str]) -> ConfigError:
        import difflib  # only on the error path: keeps start-up lean

        close = difflib.get_close_matches(key, known, n=1)
        hint = f"; did you mean {close[0]!r}?" if close else f"; known keys: {', '.join(known)}"
        return self.fail([*keypath, key], f"unknown key {key!r}{hint}")

    def value(self, table: dict[str, Any], option: Option, keypath: Sequence[str | int]) -> Any:
        if option.name not in table:
            return _convert(option, option.default)
        try:
            return _convert(option, table[option.name])
        except _Problem as exc:
            raise self.fail([*keypath, option.name], str(exc)) from None
