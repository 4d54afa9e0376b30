"""Read config.toml with tomllib, validate it against the schema, and say exactly what is wrong.

An invalid file is never overwritten: the error names the file, line and key, and the
caller exits (CLI) or shows it (tray) without touching the file.
"""

from __future__ import annotations

import math
import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import time
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from office_hours.config.locate import find_line
from office_hours.config.matrix import MatrixSettings, parse_matrix
from office_hours.config.schema import (
    CHANNELS,
    CLIENT_OPTIONS,
    CONFIG_VERSION,
    OPTION_BY_KEY,
    OPTIONS,
    SECTIONS,
    TERMS_OPTIONS,
    WEEKDAYS,
    Option,
)
from office_hours.config.slack import SlackSettings, parse_slack
from office_hours.domain.model import (
    AfterHours,
    BusinessHours,
    Channel,
    ChannelTerms,
    Client,
    Terms,
    TimeRange,
    WeeklyWindows,
)
from office_hours.domain.report_inputs import ReportSettings, Thresholds
from office_hours.domain.schedule import parse_clock
from office_hours.domain.urgency import DEFAULT_WORDS, UrgencyRules

if TYPE_CHECKING:
    from office_hours.config.accounts import MailAccount

_SLUG = re.compile(r"^[a-z0-9][a-z0-9_\-]{0,63}$")


class ConfigError(Exception):
    """A problem in the config file, with where it is."""

    def __init__(self, path: Path, message: str, line: int | None = None, key: str = "") -> None:
        self.path, self.message, self.line, self.key = path, message, line, key
        where = str(path) + (f", line {line}" if line else "") + (f", key {key}" if key else "")
        super().__init__(f"{where}: {message}")


class _Problem(Exception):
    pass


@dataclass(frozen=True, slots=True)
class DesktopSettings:
    """The `[desktop]` section: which other apps' notifications are recorded."""

    watch_notifications: bool = True
    apps: tuple[str, ...] = ()  # () for all
    ignore_apps: tuple[str, ...] = ()
    record_unmatched: bool = False


@dataclass(frozen=True, slots=True)
class Config:
    path: Path
    timezone: str
    language: str
    notifications: bool
    hours: BusinessHours
    batch_times: tuple[time, ...]
    default_focus_minutes: int
    urgency: UrgencyRules
    report: ReportSettings
    currency: str
    clients: tuple[Client, ...]
    report_notify: bool = True
    report_notify_at: time = time(9, 0)
    accounts: tuple[MailAccount, ...] = ()
    slack: SlackSettings = SlackSettings()
    matrix: MatrixSettings = MatrixSettings()
    user_name: str = ""  # general.name: the contractor on the contact-terms sheet
    # -- desktop notifications and do-not-disturb (issue 4) --
    desktop: DesktopSettings = DesktopSettings()
    presence_desktop_dnd: bool = True

    def client(self, ident: str) -> Client | None:
        folded = ident.casefold()
        for c in self.clients:
            if c.client_id == folded or c.name.casefold() == folded:
                return c
        return None


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


class _Reader:
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


def parse_config(text: str, path: Path) -> Config:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line = re.search(r"line (\d+)", str(exc))
        raise ConfigError(
            path, f"not valid TOML: {exc}", int(line.group(1)) if line else None
        ) from None
    r = _Reader(path, text)
    version = data.get("config_version", CONFIG_VERSION)
    if version != CONFIG_VERSION:
        raise r.fail(
            ["config_version"], f"version {version!r} is not supported (expected {CONFIG_VERSION})"
        )
    for key, table in data.items():
        if key in ("config_version", "clients", "accounts"):
            continue
        if key not in SECTIONS:
            raise r.unknown([], key, [*SECTIONS, "clients", "accounts", "config_version"])
        if not isinstance(table, dict):
            raise r.fail([key], "expected a table like [" + key + "]")
        known = [o.name for o in OPTIONS if o.section == key]
        for name in table:
            if name not in known:
                raise r.unknown([key], name, known)

    def get(key: str) -> Any:
        section, _ = key.split(".", 1)
        return r.value(data.get(section, {}), OPTION_BY_KEY[key], [section])

    tz = get("general.timezone")
    hours = BusinessHours(
        tz,
        WeeklyWindows(tuple((i + 1, get(f"hours.{day}")) for i, day in enumerate(WEEKDAYS))),
        get("focus.blocks"),
    )
    urgency = UrgencyRules(
        words=DEFAULT_WORDS + get("urgency.words"),
        vip_senders=get("urgency.vip_senders"),
        repeat_count=get("urgency.repeat_count"),
        repeat_minutes=get("urgency.repeat_minutes"),
    )
    thresholds = Thresholds(
        ad_hoc_calls_per_week=get("report.ad_hoc_calls_per_week"),
        outside_terms_share=get("report.outside_terms_share"),
        after_hours_non_urgent=get("report.after_hours_non_urgent"),
        chat_share=get("report.chat_share"),
        rate_shortfall=get("report.rate_shortfall"),
        relationship_weeks=get("report.relationship_weeks"),
    )
    report = ReportSettings(
        get("report.refocus_minutes"),
        get("report.target_rate"),
        thresholds,
        language=get("general.language"),
        surcharge_percent=get("report.surcharge_percent"),
    )
    return Config(
        path=path,
        timezone=tz,
        language=get("general.language"),
        notifications=get("general.notifications"),
        hours=hours,
        batch_times=get("focus.batch_times"),
        default_focus_minutes=get("focus.default_minutes"),
        urgency=urgency,
        report=report,
        currency=get("report.currency"),
        clients=_clients(r, data.get("clients", [])),
        report_notify=get("report.notify"),
        report_notify_at=(get("report.notify_at") or (time(9, 0),))[0],
        accounts=_accounts(r, data, path),
        slack=parse_slack(get, lambda key, message: r.fail(["slack", key], message)),
        matrix=parse_matrix(get, lambda key, message: r.fail(["matrix", key], message)),
        user_name=get("general.name"),
        desktop=DesktopSettings(
            watch_notifications=get("desktop.watch_notifications"),
            apps=get("desktop.apps"),
            ignore_apps=get("desktop.ignore_apps"),
            record_unmatched=get("desktop.record_unmatched"),
        ),
        presence_desktop_dnd=get("presence.desktop_dnd"),
    )


def _accounts(r: _Reader, data: dict[str, Any], path: Path) -> tuple[MailAccount, ...]:
    if "accounts" not in data:
        return ()
    from office_hours.config.accounts import parse_accounts  # only with mail: lean start-up

    return parse_accounts(r, data["accounts"], path.parent)


def _clients(r: _Reader, raw: Any) -> tuple[Client, ...]:
    if not isinstance(raw, list):
        raise r.fail(["clients"], "expected [[clients]] tables")
    clients: list[Client] = []
    seen: set[str] = set()
    known = [o.name for o in CLIENT_OPTIONS] + ["terms"]
    for index, table in enumerate(raw):
        where: list[str | int] = ["clients", index]
        if not isinstance(table, dict):
            raise r.fail(where, "expected a [[clients]] table")
        for name in table:
            if name not in known:
                raise r.unknown(where, name, known)
        for required in ("id", "name"):
            if required not in table:
                raise r.fail(where, f"this client has no {required!r}")
        v = {o.name: r.value(table, o, where) for o in CLIENT_OPTIONS}
        if v["id"] in seen or v["id"] == "unknown":
            raise r.fail([*where, "id"], f"client id {v['id']!r} is used twice or reserved")
        seen.add(v["id"])
        terms_raw = table.get("terms", {})
        if not isinstance(terms_raw, dict):
            raise r.fail([*where, "terms"], "expected tables like [clients.terms.call]")
        channels = []
        for channel, ct in terms_raw.items():
            if channel not in CHANNELS:
                raise r.unknown([*where, "terms"], channel, list(CHANNELS))
            if not isinstance(ct, dict):
                raise r.fail([*where, "terms", channel], "expected a table")
            for name in ct:
                if name not in [o.name for o in TERMS_OPTIONS]:
                    raise r.unknown(
                        [*where, "terms", channel], name, [o.name for o in TERMS_OPTIONS]
                    )
            tv = {o.name: r.value(ct, o, [*where, "terms", channel]) for o in TERMS_OPTIONS}
            windows = tv["windows"] if "windows" in ct else None
            channels.append((Channel(channel), ChannelTerms(windows, tv["response_hours"] or None)))
        clients.append(
            Client(
                client_id=v["id"],
                name=v["name"],
                addresses=v["addresses"],
                chat_users=v["chat_users"],
                rooms=v["rooms"],
                phones=v["phones"],
                vip_senders=v["vip_senders"],
                rate=v["rate"],
                billed_hours_per_week=v["billed_hours_per_week"],
                terms=Terms(tuple(channels), AfterHours(v["after_hours"]), v["surcharge_percent"]),
                notification_match=v["notification_match"],
            )
        )
    return tuple(clients)


def load_config(path: Path, *, create: bool = True) -> Config:
    """Load `path`; when it does not exist and `create` is set, write the commented default."""
    if not path.exists():
        if not create:
            raise ConfigError(path, "no config file here; start office-hours once to create it")
        from office_hours.config.defaults import default_text, system_timezone
        from office_hours.config.files import create_if_absent

        path.parent.mkdir(parents=True, exist_ok=True)
        # Another process may create it at the same moment: whoever links first wins, and
        # everybody reads the winner's file below.
        create_if_absent(path, default_text(system_timezone()))
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise ConfigError(path, f"not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except OSError as exc:
        raise ConfigError(path, f"cannot be read: {exc.strerror}") from None
    return parse_config(text, path)
