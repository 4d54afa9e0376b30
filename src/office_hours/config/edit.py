"""Small, careful edits of the user's config.toml: add one matching rule to one client.

The file is the user's: their comments, order and spacing stay. The edit touches one line
(or adds one), the result is validated with the same loader as at start-up, and only then
replaces the file atomically. An edit that would not load is never written.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

from office_hours.config.files import atomic_write
from office_hours.config.load import Config, ConfigError, parse_config

RULE_KEYS = ("addresses", "chat_users", "rooms", "phones")
_HEADER = re.compile(r"^\s*\[(\[?)\s*([^\]]+?)\s*\]\]?\s*(#.*)?$")
_ID = re.compile(r"""^\s*id\s*=\s*(?:"([^"]*)"|'([^']*)')\s*(#.*)?$""")


def _key_line(key: str) -> re.Pattern[str]:
    # `key = [ ... ]  # comment` on one line; group 2 is the inside of the brackets.
    return re.compile(rf"^(\s*{key}\s*=\s*\[)(.*?)(\]\s*(#.*)?)$")


def _client_span(lines: list[str], client_id: str) -> tuple[int, int]:
    """[start, end) of the top-level keys of the [[clients]] table whose id is client_id
    (up to its first sub-table header)."""
    start: int | None = None
    for number, line in enumerate(lines):
        header = _HEADER.match(line)
        if header:
            if start is not None:
                return start, number
            if header.group(1) == "[" and header.group(2).strip() == "clients":
                start = -(number + 1)  # inside a client, id not yet seen
            continue
        if start is not None and start < 0:
            ident = _ID.match(line)
            if ident and (ident.group(1) or ident.group(2)) == client_id:
                start = -start - 1
            elif ident:
                start = None
    if start is not None and start >= 0:
        return start, len(lines)
    raise KeyError(client_id)


def with_rule(text: str, client_id: str, key: str, value: str) -> str:
    """`text` with `value` added to the client's `key` list; everything else unchanged."""
    if key not in RULE_KEYS:
        raise ValueError(f"{key!r} is not a matching rule ({', '.join(RULE_KEYS)})")
    lines = text.splitlines(keepends=True)
    start, end = _client_span(lines, client_id)
    quoted = json.dumps(value, ensure_ascii=False)  # a valid TOML basic string
    pattern = _key_line(key)
    opening = re.compile(rf"^\s*{key}\s*=\s*\[\s*(#.*)?$")
    for number in range(start, end):
        line = lines[number]
        newline = line[len(line.rstrip("\r\n")) :]
        match = pattern.match(line.rstrip("\r\n"))
        if match:
            inside = match.group(2).rstrip()
            if inside.endswith(","):
                inside = inside[:-1].rstrip()
            joined = f"{inside}, {quoted}" if inside.strip() else quoted
            lines[number] = f"{match.group(1)}{joined}{match.group(3)}{newline}"
            return "".join(lines)
        if opening.match(line):  # a list spread over lines: add one line after the opening
            indent = re.match(r"\s*", line).group(0) + "    "  # type: ignore[union-attr]
            lines.insert(number + 1, f"{indent}{quoted},{newline or os.linesep}")
            return "".join(lines)
    # No such key yet: add it right after the id line.
    for number in range(start, end):
        if _ID.match(lines[number]):
            newline = lines[number][len(lines[number].rstrip("\r\n")) :] or "\n"
            if not lines[number].endswith(("\n", "\r")):
                lines[number] += newline
            lines.insert(number + 1, f"{key} = [{quoted}]{newline}")
            return "".join(lines)
    raise KeyError(client_id)


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


def with_list_value(text: str, section: str, key: str, value: str) -> str:
    """`text` with `value` added to the list `key` of the plain table [section] (created
    when missing); everything else unchanged."""
    lines = text.splitlines(keepends=True)
    quoted = json.dumps(value, ensure_ascii=False)
    start = end = None
    for number, line in enumerate(lines):
        header = _HEADER.match(line)
        if header and start is not None:
            end = number
            break
        if header and not header.group(1) and header.group(2).strip() == section:
            start = number
    if start is None:
        tail = "" if not text or text.endswith("\n") else "\n"
        return f"{text}{tail}\n[{section}]\n{key} = [{quoted}]\n"
    end = len(lines) if end is None else end
    pattern = _key_line(key)
    for number in range(start + 1, end):
        line = lines[number]
        newline = line[len(line.rstrip("\r\n")) :]
        match = pattern.match(line.rstrip("\r\n"))
        if match:
            inside = match.group(2).rstrip().rstrip(",").rstrip()
            joined = f"{inside}, {quoted}" if inside.strip() else quoted
            lines[number] = f"{match.group(1)}{joined}{match.group(3)}{newline}"
            return "".join(lines)
        if re.match(rf"^\s*{key}\s*=\s*\[\s*(#.*)?$", line):
            indent = re.match(r"\s*", line).group(0) + "    "  # type: ignore[union-attr]
            lines.insert(number + 1, f"{indent}{quoted},{newline or os.linesep}")
            return "".join(lines)
    head_line = lines[start]
    newline = head_line[len(head_line.rstrip("\r\n")) :] or "\n"
    if not head_line.endswith(("\n", "\r")):
        lines[start] += newline
    lines.insert(start + 1, f"{key} = [{quoted}]{newline}")
    return "".join(lines)


def add_not_client(path: Path, rule: str) -> Config:
    """Add `rule` to general.not_clients and return the config the file now holds; raises
    ConfigError (the file left alone) when the result would not load."""
    text = path.read_text(encoding="utf-8")
    before = parse_config(text, path)
    if rule in before.not_clients:
        return before
    edited = with_list_value(text, "general", "not_clients", rule)
    after = parse_config(edited, path)  # raises before anything is written
    if rule not in after.not_clients:
        raise ConfigError(path, f"the edit did not add {rule!r} to general.not_clients")
    atomic_write(path, edited)
    return after
