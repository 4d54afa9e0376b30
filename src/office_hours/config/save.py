"""Write the whole config from the settings dialog or the first-run wizard.

The file is the user's: tomlkit changes exactly what differs, and every comment, key order
and unknown section stays (config/toml_edit.py). Only when that cannot express the new
settings is the file written anew with tomli-w, the old text kept beside it as
config.toml.bak. Either way the result is
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
from office_hours.config.toml_edit import edited_text, plain

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


def _is_table(value: Any) -> bool:
    return isinstance(value, dict) or (
        isinstance(value, list) and bool(value) and all(isinstance(v, dict) for v in value)
    )


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
            lines.append(f"# {option.file_doc}")
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
        edited = edited_text(text, data)
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
