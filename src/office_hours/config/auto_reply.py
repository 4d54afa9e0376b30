"""[auto_reply] and the clients' `auto_reply` / `reply_language` -> AutoReplySettings."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from office_hours.config.reader import Reader
from office_hours.config.schema import CLIENT_OPTIONS, LANGUAGES, REPLY_MODES
from office_hours.domain.auto_reply_settings import AutoReplySettings
from office_hours.domain.model import ModeKind

if TYPE_CHECKING:
    from office_hours.config.accounts import MailAccount


def _modes(values: Sequence[str], r: Reader, key: list[str | int]) -> frozenset[ModeKind]:
    for v in values:
        if v not in REPLY_MODES:
            raise r.fail(key, f"{v!r} is not one of: focus, off_hours")
    return frozenset(ModeKind(v) for v in values)


def parse_auto_reply(
    r: Reader,
    get: Callable[[str], Any],
    clients_raw: Any,
    accounts: Sequence[MailAccount],
    language: str,
) -> AutoReplySettings:
    """Nothing is answered unless a client (or unknown_senders) names a mode."""
    by_name = {o.name: o for o in CLIENT_OPTIONS}
    client_modes: dict[str, frozenset[ModeKind]] = {}
    client_languages: dict[str, str] = {}
    for index, table in enumerate(clients_raw if isinstance(clients_raw, list) else []):
        where: list[str | int] = ["clients", index]
        cid = r.value(table, by_name["id"], where)
        modes = r.value(table, by_name["auto_reply"], where)
        client_modes[cid] = _modes(modes, r, [*where, "auto_reply"])
        reply_language = r.value(table, by_name["reply_language"], where)
        if reply_language not in ("", *LANGUAGES):
            raise r.fail([*where, "reply_language"], f"{reply_language!r} is not en, ru or th")
        client_languages[cid] = reply_language or language
    templates = {
        (lang, ModeKind(mode)): text
        for lang in LANGUAGES
        for mode in REPLY_MODES
        if (text := get(f"auto_reply.{lang}_{mode}")).strip()
    }
    unknown = _modes(get("auto_reply.unknown_senders"), r, ["auto_reply", "unknown_senders"])
    return AutoReplySettings(
        client_modes=client_modes,
        unknown_modes=unknown,
        client_languages=client_languages,
        default_language=language,
        own_addresses=tuple(a.own_address for a in accounts if a.own_address),
        period=timedelta(days=get("auto_reply.period_days")),
        templates=templates,
    )
