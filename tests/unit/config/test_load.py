"""Config: the default file parses; broken files say which key, which line, and are left alone."""

from __future__ import annotations

import os
from datetime import time
from pathlib import Path

import pytest

from office_hours.config import Config, ConfigError, load_config
from office_hours.config.defaults import default_text, system_timezone
from office_hours.config.load import parse_config
from office_hours.config.schema import CONFIG_VERSION, OPTIONS, WEEKDAYS
from office_hours.domain.model import AfterHours, Channel, TimeRange
from office_hours.domain.report import DEFAULT_REFOCUS_MINUTES, Thresholds
from office_hours.domain.urgency import DEFAULT_WORDS

# Line numbers below are counted by hand in this text.
BASE = """\
config_version = 1

[general]
timezone = "Europe/Berlin"
language = "ru"

[hours]
monday = ["09:00-12:30", "13:30-18:00"]
saturday = []

[urgency]
words = ["пожар"]
repeat_count = 4

[[clients]]
id = "acme"
name = "Acme GmbH"
addresses = ["*@acme.com", "ceo@acme-holding.com"]
phones = ["+49 30 1234567"]
rate = 90.0
billed_hours_per_week = 12.0
after_hours = "never"

[clients.terms.call]
windows = { tuesday = ["14:00-16:00"], thursday = ["14:00-16:00"] }
response_hours = 4.0

[[clients]]
id = "ngo"
name = "Green NGO"
chat_users = ["@maria:matrix.org"]
after_hours = "with_surcharge"
surcharge_percent = 50.0

[clients.terms.chat]
windows = { monday = ["10:00-11:00"] }
"""

CALL_LINE = 'windows = { tuesday = ["14:00-16:00"], thursday = ["14:00-16:00"] }'


def parse(text: str) -> Config:
    return parse_config(text, Path("/cfg/config.toml"))


def edited(old: str, new: str) -> str:
    assert BASE.count(old) == 1, old
    return BASE.replace(old, new)


# -- the default file --------------------------------------------------------------------------


@pytest.mark.parametrize("tz", ["Europe/Berlin", "Asia/Bangkok", "UTC", "America/New_York"])
def test_default_file_parses(tz: str) -> None:
    config = parse_config(default_text(tz), Path("config.toml"))
    assert config.timezone == tz
    assert config.hours.timezone == tz
    assert config.language == "en"
    assert config.notifications is True
    nine_to_six = (TimeRange(time(9), time(18)),)
    assert [config.hours.windows.ranges(d) for d in range(1, 8)] == [nine_to_six] * 5 + [(), ()]
    assert config.batch_times == (time(10), time(13, 30), time(17))
    assert config.default_focus_minutes == 50
    assert config.urgency.words == DEFAULT_WORDS
    assert (config.urgency.repeat_count, config.urgency.repeat_minutes) == (3, 20)
    assert config.report.refocus_minutes == DEFAULT_REFOCUS_MINUTES
    assert config.report.thresholds == Thresholds()
    (example,) = config.clients
    assert example.client_id == "example"
    assert example.addresses == ("*@example.com",)
    assert example.terms.for_channel(Channel.CALL).windows is not None
    assert example.terms.for_channel(Channel.EMAIL).response_hours == 24.0


def test_default_file_declares_every_option_with_its_doc() -> None:
    text = default_text("UTC")
    lines = text.splitlines()
    assert f"config_version = {CONFIG_VERSION}" in lines
    for option in OPTIONS:
        assert f"# {option.file_doc}" in lines, option.key
        assert any(line.startswith(f"{option.name} = ") for line in lines), option.key


# -- a valid hand-written file -----------------------------------------------------------------


def test_hand_written_file() -> None:
    config = parse(BASE)
    assert config.timezone == "Europe/Berlin"
    assert config.language == "ru"
    windows = config.hours.windows
    assert windows.ranges(1) == (
        TimeRange(time(9), time(12, 30)),
        TimeRange(time(13, 30), time(18)),
    )
    assert windows.ranges(2) == (TimeRange(time(9), time(18)),)  # default kept
    assert windows.ranges(6) == ()
    assert config.urgency.words[-1] == "пожар"
    assert config.urgency.words[: len(DEFAULT_WORDS)] == DEFAULT_WORDS
    assert config.urgency.repeat_count == 4
    acme, ngo = config.clients
    assert (acme.client_id, acme.name, acme.rate, acme.billed_hours_per_week) == (
        "acme",
        "Acme GmbH",
        90.0,
        12.0,
    )
    assert acme.addresses == ("*@acme.com", "ceo@acme-holding.com")
    assert acme.terms.after_hours is AfterHours.NEVER
    call = acme.terms.for_channel(Channel.CALL)
    assert call.response_hours == 4.0
    assert call.windows is not None
    assert call.windows.ranges(2) == (TimeRange(time(14), time(16)),)
    assert call.windows.ranges(1) == ()
    assert acme.terms.for_channel(Channel.EMAIL).windows is None  # no terms: any time
    assert ngo.terms.after_hours is AfterHours.WITH_SURCHARGE
    assert ngo.terms.surcharge_percent == 50.0
    assert ngo.chat_users == ("@maria:matrix.org",)
    assert ngo.terms.for_channel(Channel.CHAT).response_hours is None


def test_client_lookup_by_id_or_name() -> None:
    config = parse(BASE)
    assert config.client("acme") is config.clients[0]
    assert config.client("green ngo") is config.clients[1]
    assert config.client("ACME") is config.clients[0]
    assert config.client("nobody") is None


# -- broken files: key, line and message -------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new", "line", "key", "message"),
    [
        # type errors
        (
            "repeat_count = 4",
            'repeat_count = "four"',
            13,
            "urgency.repeat_count",
            "expected a number, got 'four'",
        ),
        (
            "repeat_count = 4",
            "repeat_count = 4.5",
            13,
            "urgency.repeat_count",
            "expected a whole number",
        ),
        ('language = "ru"', "language = 7", 5, "general.language", "expected text"),
        (
            "saturday = []",
            'saturday = "weekends"',
            9,
            "hours.saturday",
            "'weekends' is not a range like 09:00-18:00",
        ),
        ("saturday = []", "saturday = [9]", 9, "hours.saturday", "9 is not a range"),
        ('words = ["пожар"]', 'words = "пожар"', 12, "urgency.words", "expected a list of text"),
        ("rate = 90.0", 'rate = "ninety"', 20, "clients[0].rate", "expected a number"),
        ("rate = 90.0", "rate = true", 20, "clients[0].rate", "expected a number"),
        ("rate = 90.0", "rate = nan", 20, "clients[0].rate", "finite"),
        ("rate = 90.0", "rate = inf", 20, "clients[0].rate", "finite"),
        (
            "response_hours = 4.0",
            'response_hours = "4"',
            26,
            "clients[0].terms.call.response_hours",
            "expected a number",
        ),
        (
            "[urgency]",
            "[focus]\nbatch_times = [1000]\n\n[urgency]",
            12,
            "focus.batch_times",
            "expected a list of times",
        ),
        # ranges and minimums
        (
            "repeat_count = 4",
            "repeat_count = 1",
            13,
            "urgency.repeat_count",
            "1 is below the minimum 2",
        ),
        ("rate = 90.0", "rate = -1.0", 20, "clients[0].rate", "below the minimum 0"),
        (
            "surcharge_percent = 50.0",
            "surcharge_percent = 5000.0",
            33,
            "clients[1].surcharge_percent",
            "above the maximum 1000",
        ),
        (
            'monday = ["09:00-12:30", "13:30-18:00"]',
            'monday = ["18:00-09:00"]',
            8,
            "hours.monday",
            "'18:00-09:00' ends before it starts",
        ),
        (
            "[urgency]",
            '[focus]\nbatch_times = ["25:00"]\n\n[urgency]',
            12,
            "focus.batch_times",
            "'25:00' is not a time of day",
        ),
        # unknown keys, with a guess
        ("saturday = []", "saturdy = []", 9, "hours.saturdy", "did you mean 'saturday'?"),
        ("[urgency]", "[urgncy]", 11, "urgncy", "did you mean 'urgency'?"),
        ("phones = ", "phone = ", 19, "clients[0].phone", "did you mean 'phones'?"),
        (
            "response_hours = 4.0",
            "response_hour = 4.0",
            26,
            "clients[0].terms.call.response_hour",
            "did you mean 'response_hours'?",
        ),
        (
            "[clients.terms.chat]",
            "[clients.terms.phone]",
            35,
            "clients[1].terms.phone",
            "known keys: email, chat, call, meeting",
        ),
        (
            "config_version = 1",
            "config_version = 1\ncolour = 'blue'",
            2,
            "colour",
            "unknown key 'colour'",
        ),
        # call windows of a client
        (
            CALL_LINE,
            'windows = { tuesday = ["16:00-14:00"] }',
            25,
            "clients[0].terms.call.windows",
            "'16:00-14:00' ends before it starts",
        ),
        (
            CALL_LINE,
            'windows = { tuesday = ["14:00-25:00"] }',
            25,
            "clients[0].terms.call.windows",
            "'25:00' is not a time of day",
        ),
        (
            CALL_LINE,
            'windows = { tuesdy = ["14:00-16:00"] }',
            25,
            "clients[0].terms.call.windows",
            "'tuesdy' is not a weekday name",
        ),
        (
            CALL_LINE,
            'windows = ["14:00-16:00"]',
            25,
            "clients[0].terms.call.windows",
            "expected a table",
        ),
        (
            'windows = { monday = ["10:00-11:00"] }',
            'windows = { monday = ["10-11"] }',
            36,
            "clients[1].terms.chat.windows",
            "'10' is not a time of day",
        ),
        # clients
        ('id = "ngo"', 'id = "acme"', 29, "clients[1].id", "'acme' is used twice"),
        ('id = "ngo"', 'id = "unknown"', 29, "clients[1].id", "reserved"),
        ('id = "ngo"', 'id = "Green NGO"', 29, "clients[1].id", "must be lower-case letters"),
        ('name = "Green NGO"\n', "", 28, "clients[1]", "this client has no 'name'"),
        (
            'after_hours = "never"',
            'after_hours = "sometimes"',
            22,
            "clients[0].after_hours",
            "not one of: never, emergencies_only, with_surcharge",
        ),
        # zone, language, version
        (
            'timezone = "Europe/Berlin"',
            'timezone = "Europe/Berln"',
            4,
            "general.timezone",
            "'Europe/Berln' is not an IANA time zone",
        ),
        (
            'timezone = "Europe/Berlin"',
            'timezone = "CEST"',
            4,
            "general.timezone",
            "not an IANA time zone",
        ),
        (
            'timezone = "Europe/Berlin"',
            'timezone = ""',
            4,
            "general.timezone",
            "not an IANA time zone",
        ),
        ('language = "ru"', 'language = "de"', 5, "general.language", "not one of: en, ru, th"),
        (
            "config_version = 1",
            "config_version = 2",
            1,
            "config_version",
            "version 2 is not supported",
        ),
    ],
)
def test_broken_file_names_key_and_line(
    old: str, new: str, line: int, key: str, message: str
) -> None:
    text = edited(old, new)
    with pytest.raises(ConfigError) as caught:
        parse(text)
    error = caught.value
    assert (error.key, error.line) == (key, line)
    assert message in error.message
    assert str(error).startswith(f"/cfg/config.toml, line {line}, key {key}: ")
    # The line named really holds what the key names (or its table).
    leaf = key.rsplit(".", 1)[-1].split("[")[0]
    assert leaf in text.splitlines()[line - 1]


@pytest.mark.parametrize(
    ("old", "new", "line"),
    [
        ('timezone = "Europe/Berlin"', 'timezone = "Europe/Berlin', 4),  # unterminated string
        ("saturday = []", "saturday = [,]", 9),
        ("repeat_count = 4", "repeat_count = 4\nrepeat_count = 5", 14),  # duplicate key
        ('[[clients]]\nid = "acme"', '[[clients]\nid = "acme"', 15),
    ],
)
def test_toml_syntax_error_names_the_line(old: str, new: str, line: int) -> None:
    with pytest.raises(ConfigError) as caught:
        parse(edited(old, new))
    assert caught.value.line == line
    assert caught.value.message.startswith("not valid TOML")
    assert f"line {line}" in str(caught.value)


def test_dotted_keys_are_located_too() -> None:
    text = edited(
        '[clients.terms.chat]\nwindows = { monday = ["10:00-11:00"] }\n',
        'terms.chat.windows = { monday = ["11:00-10:00"] }\n',
    )
    with pytest.raises(ConfigError) as caught:
        parse(text)
    assert (caught.value.key, caught.value.line) == ("clients[1].terms.chat.windows", 35)


# -- load_config: create when missing, never touch an invalid file ------------------------------


def test_load_creates_the_default_when_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TZ", "Asia/Bangkok")
    path = tmp_path / "deep" / "dir" / "config.toml"
    config = load_config(path)
    assert path.read_text(encoding="utf-8") == default_text("Asia/Bangkok")
    assert config.timezone == "Asia/Bangkok"
    assert config.path == path
    assert [p.name for p in path.parent.iterdir()] == ["config.toml"]  # no temp file left


def test_load_does_not_rewrite_a_valid_file(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(BASE, encoding="utf-8")
    before = path.stat().st_mtime_ns
    load_config(path)
    assert path.read_bytes() == BASE.encode()
    assert path.stat().st_mtime_ns == before


def test_load_without_create_refuses(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    with pytest.raises(ConfigError, match="no config file"):
        load_config(path, create=False)
    assert not path.exists()


@pytest.mark.parametrize(
    "content",
    [
        edited('id = "ngo"', 'id = "acme"').encode(),
        edited("repeat_count = 4", "repeat_count = [").encode(),
        b"",  # empty is valid TOML and a valid (all defaults) config: checked below
        "timezone = 'Europe/Berlin'\n".encode("utf-16"),
        b"\xff\xfe\x00broken",
    ],
    ids=["duplicate-id", "syntax", "empty", "utf-16", "binary"],
)
def test_load_never_modifies_an_invalid_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "config.toml"
    path.write_bytes(content)
    os.utime(path, ns=(1_000_000_000, 1_000_000_000))
    if content:
        with pytest.raises(ConfigError) as caught:
            load_config(path)
        assert str(path) in str(caught.value)
    else:
        assert load_config(path).timezone == "UTC"
    assert path.read_bytes() == content
    assert path.stat().st_mtime_ns == 1_000_000_000
    assert sorted(p.name for p in tmp_path.iterdir()) == ["config.toml"]


def test_non_utf8_file_is_explained(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_bytes(b"# caf\xe9\n")
    with pytest.raises(ConfigError, match="not UTF-8"):
        load_config(path)


def test_directory_instead_of_file_is_explained(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.mkdir()
    with pytest.raises(ConfigError, match="cannot be read"):
        load_config(path)


# -- the first-start time zone -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("tz_env", "expected"),
    [("Europe/Moscow", "Europe/Moscow"), (":Australia/Lord_Howe", "Australia/Lord_Howe")],
)
def test_system_timezone_from_tz(
    monkeypatch: pytest.MonkeyPatch, tz_env: str, expected: str
) -> None:
    monkeypatch.setenv("TZ", tz_env)
    assert system_timezone() == expected


def test_system_timezone_ignores_junk(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Not/AZone")
    name = system_timezone()
    assert name != "Not/AZone"
    parse_config(default_text(name), Path("c.toml"))  # whatever it found is a valid zone


def test_weekday_names_are_the_schema_keys() -> None:
    assert WEEKDAYS[0] == "monday"
    assert WEEKDAYS[6] == "sunday"
