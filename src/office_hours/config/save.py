"""Write the whole config from the settings dialog or the first-run wizard.

The file is the user's: where the new settings differ only in values of keys written on one
line, exactly those lines change and every comment, key order and unknown section stays.
When the structure changed (a client removed, a table added), the file is written anew with
tomli-w, and the old text is kept beside it as config.toml.bak. Either way the result is
validated with the loader before it replaces the file (atomically), and a result that would
not load, or that holds a secret, is never written.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import tomli_w

from office_hours.config.defaults import _value as one_line_value
from office_hours.config.files import atomic_write
from office_hours.config.load import Config, ConfigError, parse_config

SECRET_KEYS = frozenset({"password", "pass", "secret", "token", "access_token"})
HEADER = (
    "# Office Hours configuration, written by its settings window. Edit freely: the app checks\n"
    "# it on every start and names the line of any problem. Secrets never go here (they live\n"
    "# in your keyring). The previous version of this file is config.toml.bak.\n"
)

_TABLE = re.compile(r"^\s*\[(\[?)\s*([^\[\]]+?)\s*\]\]?\s*(#.*)?$")
_BARE = re.compile(r"^[A-Za-z0-9_\-]+$")
_KEY_LINE = re.compile(r"^(\s*)([A-Za-z0-9_\-]+)(\s*=\s*)(.*)$")

Path_ = tuple[str | int, ...]


class SaveError(ConfigError):
    """The settings were not written; the message says why."""


def read_data(path: Path) -> dict[str, Any]:
    """The file's raw TOML data (what the dialog starts from); {} when there is no file."""
    if not path.exists():
        return {}
    return tomllib.loads(path.read_text(encoding="utf-8"))


def _split_value(rest: str) -> tuple[str, str] | None:
    """`value  # comment` -> (value, "  # comment") when the value is complete on this line."""
    for cut in [m.start() for m in re.finditer("#", rest)] + [len(rest)]:
        value = rest[:cut].rstrip()
        try:
            tomllib.loads(f"x = {value}")
        except tomllib.TOMLDecodeError:
            continue
        return value, rest[len(value) :]
    return None


def _header_path(parts: list[str], arrays: dict[Path_, int], is_array: bool) -> Path_ | None:
    """A table header's parts resolved against the arrays of tables seen so far."""
    path: list[str | int] = []
    for number, part in enumerate(parts):
        part = part.strip()
        if len(part) >= 2 and part[0] == part[-1] and part[0] in "\"'":
            part = part[1:-1]
        elif not _BARE.match(part):
            return None
        path.append(part)
        last = number == len(parts) - 1
        if is_array and last:
            key = tuple(path)
            arrays[key] = arrays.get(key, 0) + 1
            path.append(arrays[key] - 1)
        elif tuple(path) in arrays:
            path.append(arrays[tuple(path)] - 1)
    return tuple(path)


def _locate(lines: list[str]) -> tuple[dict[tuple[Path_, str], int], dict[Path_, int]]:
    """Where each one-line `key = value` is, by (table path, key); and the last line of each
    table (its header, or its last key line). Tables this reader does not understand (dotted
    keys, exotic headers) are left out: a change there falls back to a full write."""
    keys: dict[tuple[Path_, str], int] = {}
    ends: dict[Path_, int] = {(): -1}
    arrays: dict[Path_, int] = {}
    table: Path_ | None = ()
    for number, line in enumerate(lines):
        header = _TABLE.match(line)
        if header:
            table = _header_path(header.group(2).split("."), arrays, header.group(1) == "[")
            if table is not None:
                ends[table] = number
            continue
        match = _KEY_LINE.match(line.rstrip("\r\n"))
        if table is None or not match or _split_value(match.group(4)) is None:
            continue
        keys[(table, match.group(2))] = number
        ends[table] = number
    return keys, ends


def _node(data: Any, path: Path_) -> Any:
    for part in path:
        try:
            data = data[part]
        except (KeyError, IndexError, TypeError):
            return None
    return data


def _is_table(value: Any) -> bool:
    return isinstance(value, dict) or (
        isinstance(value, list) and bool(value) and all(isinstance(v, dict) for v in value)
    )


def edit_in_place(text: str, new: Mapping[str, Any]) -> str | None:
    """`text` with the changed one-line values rewritten, removed keys dropped and new keys
    added to their tables; None when that cannot express `new` (the caller dumps anew)."""
    try:
        old = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        return None
    lines = text.splitlines(keepends=True)
    newline = "\r\n" if text.endswith("\r\n") else "\n"
    keys, ends = _locate(lines)
    replace: dict[int, str | None] = {}
    for (table, key), number in keys.items():
        parent = _node(new, table)
        match = _KEY_LINE.match(lines[number].rstrip("\r\n"))
        assert match is not None
        if not isinstance(parent, dict) or key not in parent:
            replace[number] = None
            continue
        if plain(parent[key]) == _node(old, (*table, key)):
            continue
        split = _split_value(match.group(4))
        assert split is not None
        end = lines[number][len(lines[number].rstrip("\r\n")) :]
        head = match.group(1) + match.group(2) + match.group(3)
        replace[number] = f"{head}{one_line_value(parent[key])}{split[1]}{end}"
    inserts: dict[int, list[str]] = {}
    for table, last in ends.items():
        parent, before = _node(new, table), _node(old, table)
        if not isinstance(parent, dict) or not isinstance(before, dict):
            continue
        for key, value in parent.items():
            if key in before or (not table and _is_table(value)):
                continue  # new top-level tables go at the end (_append_missing)
            inserts.setdefault(last, []).append(f"{key} = {one_line_value(value)}{newline}")
    out: list[str] = []
    for pending in inserts.get(-1, []):
        out.append(pending)
    for number, line in enumerate(lines):
        changed = replace.get(number, line)
        if changed is not None:
            out.append(changed)
        for pending in inserts.get(number, []):
            if out and not out[-1].endswith(("\n", "\r")):
                out[-1] += newline
            out.append(pending)
    result = "".join(out)
    result = _append_missing(result, old, new, newline)
    try:
        return result if tomllib.loads(result) == plain(new) else None
    except tomllib.TOMLDecodeError:
        return None


def _append_missing(text: str, old: Mapping[str, Any], new: Mapping[str, Any], nl: str) -> str:
    """Whole top-level tables that are new, and new entries at the end of arrays of tables
    (a client added), go at the end of the file."""
    extra: dict[str, Any] = {}
    for key, value in new.items():
        if key in old:
            before = old[key]
            if (
                isinstance(value, list)
                and isinstance(before, list)
                and _is_table(value)
                and len(value) > len(before)
            ):
                extra[key] = value[len(before) :]
        elif _is_table(value):
            extra[key] = value
    if not extra:
        return text
    if text and not text.endswith(("\n", "\r")):
        text += nl
    return text + nl + dump(extra).replace("\n", nl)


def dump(data: Mapping[str, Any]) -> str:
    """The whole file: every value on one line (so that later saves can edit it in place),
    each known option under its declared doc as a comment, [[name]] for lists of tables.
    Values are written by tomli-w; the text is checked to read back as `data`."""
    plain_data: dict[str, Any] = plain(data)
    lines: list[str] = []
    _body(plain_data, (), lines)
    text = "\n".join(lines).lstrip("\n") + "\n"
    try:
        if tomllib.loads(text) == plain_data:
            return text
    except tomllib.TOMLDecodeError:
        pass
    return tomli_w.dumps(plain_data)  # pragma: no cover - a shape the above does not write


def _key(name: str) -> str:
    return name if _BARE.match(name) else tomli_w.dumps({name: 0}).split(" = ")[0]


def _is_sub_table(value: Any) -> bool:
    """A dict of dicts (clients.terms) is written as [headers]; a dict of values (a weekly
    `windows`) stays an inline table on its line."""
    return isinstance(value, dict) and any(isinstance(v, dict) for v in value.values())


def _body(table: dict[str, Any], prefix: tuple[str, ...], lines: list[str]) -> None:
    from office_hours.config.schema import OPTION_BY_KEY

    docs = len(prefix) == 1
    for name, value in table.items():
        if _is_sub_table(value) or (not prefix and _is_table(value)):
            continue
        option = OPTION_BY_KEY.get(f"{prefix[0]}.{name}") if docs else None
        if option is not None:
            lines.append(f"# {option.doc}")
        lines.append(f"{_key(name)} = {one_line_value(value)}")
    for name, value in table.items():
        here = (*prefix, _key(name))
        if _is_sub_table(value) or (not prefix and isinstance(value, dict)):
            if any(not _is_sub_table(v) for v in value.values()) or not value:
                lines += ["", f"[{'.'.join(here)}]"]
            _body(value, here, lines)
        elif not prefix and _is_table(value):
            for entry in value:
                lines += ["", f"[[{'.'.join(here)}]]"]
                _body(entry, here, lines)


def plain(data: Any) -> Any:
    """Tuples as lists: what tomllib gives back for what tomli-w writes."""
    if isinstance(data, Mapping):
        return {k: plain(v) for k, v in data.items()}
    if isinstance(data, list | tuple):
        return [plain(v) for v in data]
    return data


def _secret_key(data: Any, where: str = "") -> str | None:
    if isinstance(data, Mapping):
        for key, value in data.items():
            here = f"{where}.{key}" if where else str(key)
            if str(key).lower() in SECRET_KEYS and value not in ("", None):
                return here
            found = _secret_key(value, here)
            if found:
                return found
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found = _secret_key(value, f"{where}[{index}]")
            if found:
                return found
    return None


def render(path: Path, data: Mapping[str, Any]) -> tuple[str, bool]:
    """The new text of `path` for `data`, and whether it is a full rewrite (not in place)."""
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    if text:
        edited = edit_in_place(text, data)
        if edited is not None:
            return edited, False
    return HEADER + dump(data), True


def save_config(path: Path, data: Mapping[str, Any], secrets: Iterable[str] = ()) -> Config:
    """Write `data` to `path` and return the config it now holds. Raises SaveError or
    ConfigError (with the loader's reason) and leaves the file alone when the result would
    not load, or would hold a secret key or any of the `secrets` values."""
    secret = _secret_key(data)
    if secret:
        raise SaveError(path, "secrets belong in your keyring, not in this file", key=secret)
    text, rewrite = render(path, data)
    for value in secrets:
        if value and value in text:
            raise SaveError(path, "refusing to write: a password would end up in this file")
    config = parse_config(text, path)  # raises ConfigError before anything is written
    path.parent.mkdir(parents=True, exist_ok=True)
    if rewrite and path.exists():
        atomic_write(path.with_name(path.name + ".bak"), path.read_text(encoding="utf-8"))
    atomic_write(path, text)
    return config
