"""Comment-preserving edits of the user's config.toml through tomlkit: the settings dialog's
save, the wizard and the digest's "assign to client" change values and keep every comment,
key order, spacing and unknown section of the user's file.

tomllib still reads the file (the loader), tomli-w still writes a file anew; this only
edits an existing one. Every result is read back with tomllib and compared with what was
meant, so an edit tomlkit cannot express is never written (the caller falls back).
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from typing import Any

import tomlkit
from tomlkit.exceptions import TOMLKitError
from tomlkit.items import AoT, Array, InlineTable, Item, Table


def plain(data: Any) -> Any:
    """Tuples as lists: what tomllib gives back for what was written."""
    if isinstance(data, Mapping):
        return {k: plain(v) for k, v in data.items()}
    if isinstance(data, list | tuple):
        return [plain(v) for v in data]
    return data


def _is_tables(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, dict) for v in value)


def _value_item(value: Any, old: Any) -> Item:
    """A new value in the old one's place: inline where it was inline, and the comment that
    followed the old value kept."""
    if isinstance(value, dict) and (old is None or isinstance(old, InlineTable)):
        table = tomlkit.inline_table()
        table.update(value)
        item: Item = table
    else:
        item = tomlkit.item(value)
    if isinstance(old, Item) and old.trivia.comment:
        item.trivia.comment_ws = old.trivia.comment_ws
        item.trivia.comment = old.trivia.comment
    return item


def _merge(container: Any, new: Mapping[str, Any]) -> None:
    """Make `container` (a tomlkit document or table) hold `new`, changing as little text
    as possible: equal values are left alone, tables and arrays of tables are merged."""
    for key in [k for k in container if k not in new]:
        del container[key]
    for key, value in new.items():
        if key not in container:
            if _is_tables(value):
                tables = tomlkit.aot()
                for entry in value:
                    tables.append(tomlkit.item(entry))
                container[key] = tables
            else:
                container[key] = value if isinstance(value, dict) else _value_item(value, None)
            continue
        old = container[key]
        if isinstance(value, dict) and isinstance(old, Table | tomlkit.TOMLDocument):
            _merge(old, value)
        elif _is_tables(value) and isinstance(old, AoT):
            for index, entry in enumerate(value[: len(old)]):
                _merge(old[index], entry)
            for entry in value[len(old) :]:
                old.append(tomlkit.item(entry))
            while len(old) > len(value):
                del old[len(old) - 1]
        elif plain(_unwrap(old)) != plain(value):
            container[key] = _value_item(value, old)


def _unwrap(item: Any) -> Any:
    return item.unwrap() if hasattr(item, "unwrap") else item


def edited_text(text: str, new: Mapping[str, Any]) -> str | None:
    """`text` changed to hold `new`, or None when tomlkit cannot say it exactly."""
    try:
        doc = tomlkit.parse(text)
        _merge(doc, plain(new))
        result = tomlkit.dumps(doc)
        return result if tomllib.loads(result) == plain(new) else None
    except (TOMLKitError, tomllib.TOMLDecodeError, ValueError, TypeError):
        return None


def with_list_value(text: str, array: str, ident: str, key: str, value: str) -> str:
    """`text` with `value` added to `key` of the [[array]] entry whose id is `ident` (the
    list created when missing). KeyError when there is no such entry."""
    doc = tomlkit.parse(text)
    entries = doc.get(array)
    if not isinstance(entries, AoT):
        raise KeyError(ident)
    for entry in entries:
        if entry.get("id") != ident:
            continue
        current = entry.get(key)
        if current is None:
            entry[key] = [value]
        elif isinstance(current, Array):
            current.append(value)
        else:
            raise KeyError(ident)
        return tomlkit.dumps(doc)
    raise KeyError(ident)
