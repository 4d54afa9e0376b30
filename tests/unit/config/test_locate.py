"""find_line: the 1-based line of a key path in TOML text, for error messages."""

from __future__ import annotations

import pytest

from office_hours.config.locate import find_line

TEXT = """\
# comment: timezone = "not this"
config_version = 1

[general]
timezone = "Europe/Berlin"
"language" = "en"

[hours]  # a comment after a header
monday = [
  "09:00-18:00",
]

[[clients]]
id = "acme"
name = "Acme"

[clients.terms.call]
windows = { tuesday = ["14:00-16:00"] }

[[clients]]
id = "ngo"
terms.chat.windows = { monday = ["10:00-11:00"] }
rate = 5

[ clients . terms . email ]
response_hours = 24.0
"""


@pytest.mark.parametrize(
    ("path", "line"),
    [
        (("config_version",), 2),
        (("general",), 4),
        (("general", "timezone"), 5),
        (("general", "language"), 6),  # quoted key
        (("hours",), 8),
        (("hours", "monday"), 9),  # a multi-line array: the line of its key
        (("clients", 0), 13),
        (("clients", 0, "id"), 14),
        (("clients", 0, "name"), 15),
        (("clients", 0, "terms", "call"), 17),
        (("clients", 0, "terms", "call", "windows"), 18),
        (("clients", 0, "terms", "call", "windows", "tuesday"), 18),  # inside an inline table
        (("clients", 1), 20),
        (("clients", 1, "id"), 21),
        (("clients", 1, "terms", "chat", "windows"), 22),  # a dotted key
        (("clients", 1, "terms"), 22),
        (("clients", 1, "rate"), 23),
        (("clients", 1, "terms", "email"), 25),  # a header with spaces, second client
        (("clients", 1, "terms", "email", "response_hours"), 26),
    ],
)
def test_find_line(path: tuple[str | int, ...], line: int) -> None:
    assert find_line(TEXT, path) == line


def test_missing_key_falls_back_to_its_table() -> None:
    assert find_line(TEXT, ("general", "notifications")) == 4
    assert find_line(TEXT, ("clients", 0, "rate")) == 13


def test_missing_table_has_no_line() -> None:
    assert find_line(TEXT, ("report", "currency")) is None
    assert find_line(TEXT, ("clients", 2, "id")) is None


def test_same_key_in_other_tables_is_not_confused() -> None:
    text = '[[clients]]\nid = "a"\n\n[[clients]]\nid = "b"\n\n[[clients]]\nid = "c"\n'
    assert [find_line(text, ("clients", i, "id")) for i in range(3)] == [2, 5, 8]
