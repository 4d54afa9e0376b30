"""Read config.toml with tomllib, validate it against the schema, and say exactly what is wrong.

An invalid file is never overwritten: the error names the file, line and key, and the
caller exits (CLI) or shows it (tray) without touching the file.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from office_hours.config.matrix import MatrixSettings, parse_matrix
from office_hours.config.reader import ConfigError as ConfigError  # re-exported
from office_hours.config.reader import Reader
from office_hours.config.schema import (
    CHANNELS,
    CLIENT_OPTIONS,
    CONFIG_VERSION,
    OPTION_BY_KEY,
    OPTIONS,
    SECTIONS,
    TERMS_OPTIONS,
    WEEKDAYS,
)
from office_hours.config.slack import SlackSettings, parse_slack
from office_hours.domain.auto_reply_settings import AutoReplySettings
from office_hours.domain.model import (
    AfterHours,
    BusinessHours,
    Channel,
    ChannelTerms,
    Client,
    Terms,
    WeeklyWindows,
)
from office_hours.domain.report_settings import ReportSettings, Thresholds
from office_hours.domain.urgency import DEFAULT_WORDS, UrgencyRules

if TYPE_CHECKING:
    from office_hours.config.accounts import MailAccount


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
    not_clients: tuple[str, ...] = ()  # general.not_clients: senders never counted
    auto_reply: AutoReplySettings = AutoReplySettings()  # issue 17: nothing is sent by default

    def client(self, ident: str) -> Client | None:
        folded = ident.casefold()
        for c in self.clients:
            if c.client_id == folded or c.name.casefold() == folded:
                return c
        return None


def parse_config(text: str, path: Path) -> Config:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line = re.search(r"line (\d+)", str(exc))
        raise ConfigError(
            path, f"not valid TOML: {exc}", int(line.group(1)) if line else None
        ) from None
    r = Reader(path, text)
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
        currency=get("report.currency"),
        raise_cap=get("report.raise_cap"),
    )
    accounts = _accounts(r, data, path)
    from office_hours.config.auto_reply import parse_auto_reply

    auto_reply = parse_auto_reply(
        r, get, data.get("clients", []), accounts, get("general.language")
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
        accounts=accounts,
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
        not_clients=tuple(get("general.not_clients")),
        auto_reply=auto_reply,
    )


def _accounts(r: Reader, data: dict[str, Any], path: Path) -> tuple[MailAccount, ...]:
    if "accounts" not in data:
        return ()
    from office_hours.config.accounts import parse_accounts  # only with mail: lean start-up

    return parse_accounts(r, data["accounts"], path.parent)


def _clients(r: Reader, raw: Any) -> tuple[Client, ...]:
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
                contact_name=v["contact_name"],
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
