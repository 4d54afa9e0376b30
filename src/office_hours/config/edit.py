"""Small, careful edits of the user's config.toml: add one matching rule to one client.

The file is the user's: their comments, order and spacing stay (tomlkit edits it). The
edit touches one list, the result is validated with the same loader as at start-up, and only then
replaces the file atomically. An edit that would not load is never written.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from office_hours.config.files import atomic_write
from office_hours.config.load import Config, ConfigError, parse_config
from office_hours.config.toml_edit import edited_text, with_list_value

RULE_KEYS = ("addresses", "chat_users", "rooms", "phones")


def with_rule(text: str, client_id: str, key: str, value: str) -> str:
    """`text` with `value` added to the client's `key` list; everything else unchanged."""
    if key not in RULE_KEYS:
        raise ValueError(f"{key!r} is not a matching rule ({', '.join(RULE_KEYS)})")
    return with_list_value(text, "clients", client_id, key, value)


def add_rule(path: Path, client_id: str, key: str, value: str) -> Config:
    """Add the rule to the file and return the config it now holds. Raises ConfigError (the
    file is left alone) when the current file or the edited one would not load."""
    text = path.read_text(encoding="utf-8")
    before = parse_config(text, path)
    if not any(c.client_id == client_id for c in before.clients):
        raise ConfigError(path, f"no client with id {client_id!r}")
    try:
        edited = with_rule(text, client_id, key, value)
    except KeyError:
        raise ConfigError(
            path, f"client {client_id!r} is not written in a way this edit understands"
        ) from None
    after = parse_config(edited, path)  # raises before anything is written
    client = next(c for c in after.clients if c.client_id == client_id)
    if value not in getattr(client, key):
        raise ConfigError(path, f"the edit did not add {value!r} to {client_id}.{key}")
    atomic_write(path, edited)
    return after


def with_not_client(text: str, rule: str) -> str:
    """`text` with `rule` added to general.not_clients (the table and list created when
    missing); comments and everything else kept. ValueError when tomlkit cannot say it."""
    data = tomllib.loads(text)
    general = data.setdefault("general", {})
    general["not_clients"] = [*general.get("not_clients", []), rule]
    edited = edited_text(text, data)
    if edited is None:
        raise ValueError("the file is written in a way this edit does not understand")
    return edited


def add_not_client(path: Path, rule: str) -> Config:
    """Add `rule` to general.not_clients and return the config the file now holds; raises
    ConfigError (the file left alone) when the result would not load."""
    text = path.read_text(encoding="utf-8")
    before = parse_config(text, path)
    if rule in before.not_clients:
        return before
    try:
        edited = with_not_client(text, rule)
    except ValueError as exc:
        raise ConfigError(path, str(exc)) from None
    after = parse_config(edited, path)  # raises before anything is written
    if rule not in after.not_clients:
        raise ConfigError(path, f"the edit did not add {rule!r} to general.not_clients")
    atomic_write(path, edited)
    return after
