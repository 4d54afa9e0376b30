"""Find the line of a key path in TOML text, so that errors can say where to look.

tomllib gives values, not positions; this scans table headers and `key =` lines, which
is exact for the files we write and for hand-written ones in the usual style.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_HEADER = re.compile(r"^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(#.*)?$")
_PART = r"""(?:"[^"]*"|'[^']*'|[A-Za-z0-9_\-]+)"""
# `key =`, also dotted (`terms.call.windows =`), which TOML allows in any table.
_KEY = re.compile(rf"^\s*({_PART}(?:\s*\.\s*{_PART})*)\s*=")


def _unquote(key: str) -> str:
    return key[1:-1] if key[:1] in "\"'" else key


def find_line(text: str, path: Sequence[str | int]) -> int | None:
    """1-based line of the key (or table) at `path`, e.g. ("clients", 1, "rate")."""
    want = tuple(path)
    table: tuple[str | int, ...] = ()
    array_counts: dict[tuple[str | int, ...], int] = {}
    best: int | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        header = _HEADER.match(line)
        if header:
            parts: tuple[str | int, ...] = tuple(
                _unquote(p.strip()) for p in header.group(2).split(".")
            )
            if header.group(1) == "[[":
                index = array_counts.get(parts, -1) + 1
                array_counts[parts] = index
                table = (*parts[:-1], parts[-1], index)
                # nested headers like [clients.terms.call] continue the last element
            else:
                prefix = parts[:1]
                if prefix in array_counts and (len(parts) == 1 or parts[0] == prefix[0]):
                    table = (parts[0], array_counts[prefix], *parts[1:])
                else:
                    table = parts
            if table == want:
                return number
            if want[: len(table)] == table and best is None:
                best = number
            continue
        key = _KEY.match(line)
        if key:
            here = (*table, *(_unquote(p) for p in re.findall(_PART, key.group(1))))
            if here[: len(want)] == want:
                return number
            if want[: len(here)] == here:
                best = number
    return best
