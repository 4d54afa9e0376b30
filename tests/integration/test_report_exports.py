"""`office-hours report --format json|csv|html|pdf --out FILE`, end to end, and looked at.

The PDF is rendered to PNG with pdftoppm (poppler-utils) and checked by its pixels; the PNG
lands in artifacts/screenshots/ for people to look at.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QImage

from helpers.cli_run import Run

pytestmark = pytest.mark.integration

REPO = Path(__file__).resolve().parents[2]
SHOTS = REPO / "artifacts" / "screenshots"
SCHEMA = json.loads((REPO / "docs" / "report-schema.json").read_text(encoding="utf-8"))
EVIL = '<b>Evil</b> =HYPERLINK("http://x")'
CONFIG = f"""\
config_version = 1
[general]
timezone = "Europe/Berlin"
[report]
target_rate = 90.0

[[clients]]
id = "evil"
name = '{EVIL}'
phones = ["+49 30 1111111"]
rate = 80.0
billed_hours_per_week = 10.0
[clients.terms.call]
windows = {{ tuesday = ["14:00-15:00"] }}

[[clients]]
id = "calm"
name = "Calm Co"
addresses = ["*@calm.example"]
rate = 90.0
billed_hours_per_week = 20.0
"""


def check_schema(value: Any, schema: dict[str, Any], where: str = "$") -> None:
    """The subset of JSON Schema that docs/report-schema.json uses."""
    kinds = schema.get("type")
    if kinds is not None:
        names = kinds if isinstance(kinds, list) else [kinds]
        python = {
            "object": dict,
            "array": list,
            "string": str,
            "integer": int,
            "number": (int, float),
            "null": type(None),
        }
        assert any(
            isinstance(value, python[n]) and not (n in ("integer", "number") and value is True)
            for n in names
        ), f"{where}: {value!r} is not {names}"
    if "const" in schema:
        assert value == schema["const"], where
    if "enum" in schema:
        assert value in schema["enum"], f"{where}: {value!r} not in {schema['enum']}"
    if isinstance(value, dict):
        for key in schema.get("required", []):
            assert key in value, f"{where}: missing {key}"
        props = schema.get("properties", {})
        extra = schema.get("additionalProperties", True)
        for key, item in value.items():
            if key in props:
                check_schema(item, props[key], f"{where}.{key}")
            elif extra is False:
                raise AssertionError(f"{where}: unexpected key {key}")
            elif isinstance(extra, dict):
                check_schema(item, extra, f"{where}.{key}")
    if isinstance(value, list) and "items" in schema:
        assert len(value) >= schema.get("minItems", 0), where
        assert len(value) <= schema.get("maxItems", len(value)), where
        for i, item in enumerate(value):
            check_schema(item, schema["items"], f"{where}[{i}]")


@pytest.fixture
def week_of_calls(oh: Run, home: Path) -> Run:
    """Week 2026-W47: seven ad-hoc calls from the client with a hostile name, two calm mails."""
    assert oh("status").returncode == 0  # first start writes the default config
    (home / ".config" / "office-hours" / "config.toml").write_text(CONFIG, encoding="utf-8")
    for day, hour in [(16, 10), (16, 11), (16, 15), (17, 9), (18, 10), (18, 16), (20, 11)]:
        proc = oh("log-call", "evil", "--minutes", "10", "--at", f"2026-11-{day} {hour:02d}:00")
        assert proc.returncode == 0, proc.stderr
    lines = [
        json.dumps(
            {
                "source": "t",
                "channel": "email",
                "sender": "ann@calm.example",
                "subject": "invoice",
                "received_at": f"2026-11-1{d}T10:00:00+01:00",
                "id": f"m{d}",
            }
        )
        for d in (7, 8)
    ]
    assert oh("ingest", stdin="\n".join(lines) + "\n").returncode == 0
    return oh


def test_json_follows_the_documented_schema(week_of_calls: Run, tmp_path: Path) -> None:
    out = tmp_path / "r.json"
    proc = week_of_calls("report", "--week", "2026-W47", "--format", "json", "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    check_schema(data, SCHEMA)
    printed = week_of_calls("report", "--week", "2026-W47", "--format", "json")
    assert json.loads(printed.stdout) == data  # the same document on standard output
    evil = next(c for c in data["clients"] if c["client"] == "evil")
    assert evil["name"] == EVIL
    assert evil["ad_hoc_calls"] == 7
    assert evil["logged_minutes"] == 70
    assert [s["rule"] for s in evil["suggestions"]][0] == "propose_scheduled_calls"
    calm = next(c for c in data["clients"] if c["client"] == "calm")
    assert calm["suggestions"] == []
    assert calm["no_suggestion_reason"].startswith("No suggestion: contacts 2,")
    with pytest.raises(AssertionError):  # the checker can fail
        check_schema({**data, "surprise": 1}, SCHEMA)


def test_csv_is_one_row_per_client_and_defuses_formulas(week_of_calls: Run) -> None:
    proc = week_of_calls("report", "--week", "2026-W47", "--format", "csv")
    assert proc.returncode == 0, proc.stderr
    rows = list(csv.DictReader(io.StringIO(proc.stdout)))
    assert [r["client"] for r in rows] == ["evil", "calm"]  # costliest first
    evil = rows[0]
    assert evil["name"] == "'" + EVIL if EVIL.startswith("=") else evil["name"] == EVIL
    assert evil["call"] == "7"
    # Suggestions in words, not rule ids or dicts.
    assert evil["suggestions"].startswith(
        "Propose a scheduled weekly call: 7 unplanned calls this week (suggested from 5)"
    )
    assert "propose_scheduled_calls" not in proc.stdout
    assert "{" not in evil["suggestions"]
    assert evil["headline"].startswith(EVIL + " cost you ")
    assert rows[1]["suggestions"] == ""


def test_html_escapes_untrusted_names(week_of_calls: Run, tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    proc = week_of_calls("report", "--week", "2026-W47", "--format", "html", "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    html = out.read_text(encoding="utf-8")
    assert "<b>Evil</b>" not in html
    assert "&lt;b&gt;Evil&lt;/b&gt;" in html
    assert "Mark, Gonzalez &amp; Harris" in html
    assert "<script" not in html
    assert "propose_scheduled_calls" not in html


def test_pdf_without_out_writes_a_named_file(
    week_of_calls: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # the command writes into its working directory
    proc = week_of_calls("report", "--week", "2026-W47", "--format", "pdf")
    assert proc.returncode == 0, proc.stderr
    named = tmp_path / "office-hours-report-2026-W47.pdf"
    assert proc.stdout.strip() == named.name
    assert named.read_bytes().startswith(b"%PDF-")


def pdf_pages(pdf: Path, prefix: Path) -> list[Path]:
    """Every page through pdftoppm, as PNGs."""
    subprocess.run(["pdftoppm", "-png", "-r", "70", str(pdf), str(prefix)], check=True, timeout=60)
    return sorted(prefix.parent.glob(prefix.name + "*.png"))


def dark_pixels(png: Path) -> int:
    image = QImage(str(png))
    return sum(
        1
        for x in range(0, image.width(), 4)
        for y in range(0, image.height(), 4)
        if image.pixelColor(x, y).lightness() < 128
    )


def test_pdf_renders_and_is_looked_at(week_of_calls: Run, tmp_path: Path) -> None:
    if shutil.which("pdftoppm") is None:
        pytest.fail("this test needs pdftoppm (apt-get install -y poppler-utils); not skipping")
    pdf = tmp_path / "report.pdf"
    proc = week_of_calls("report", "--week", "2026-W47", "--format", "pdf", "--out", str(pdf))
    assert proc.returncode == 0, proc.stderr
    assert pdf.read_bytes().startswith(b"%PDF-")
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    assert "Office Hours 2026-W47" in info.stdout
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    text = unicodedata.normalize("NFKC", text)  # the PDF's ligatures (ﬀ) as letters
    lines = text.splitlines()
    assert any(line.startswith(EVIL + " cost you") for line in lines)  # text, not markup
    assert "Calm Co" in lines  # a name that fits stays on one line in the table
    flat = " ".join(text.split())  # lines joined: wrapping is not what is checked here
    assert "Propose two scheduled calls a week" not in flat  # 7 < 2 x 5
    assert "Propose a scheduled weekly call" in flat
    assert "7 unplanned calls this week (suggested from 5)" in flat  # the numbers in words
    assert EVIL + " cost you " in flat  # the headline
    assert "Mark, Gonzalez & Harris" in flat
    assert "[propose_scheduled_calls]" not in text
    assert "propose_scheduled_calls" not in text
    # No word broken across lines: every word of the figure names and table heads is whole.
    words = set(text.split())
    heads = [
        "Unbilled hours",
        "Outside terms",
        "After hours",
        "Unplanned calls",
        "Effective rate",
        "Broke through",
        "Contacts, 4 weeks before",
    ]
    for head in heads:
        for word in head.split():
            assert word in words, f"{word!r} of {head!r} is broken in the PDF"
    pages = pdf_pages(pdf, tmp_path / "page")
    first = QImage(str(pages[0]))
    assert first.width() < first.height()  # A4 portrait: the chosen columns fit
    assert all(dark_pixels(page) > 200 for page in pages)  # text was drawn on every page
    # The charts are in it: the Okabe-Ito call colour (vermillion) shows on page 1.
    assert any(
        abs(first.pixelColor(x, y).red() - 0xD5) < 12
        and abs(first.pixelColor(x, y).green() - 0x5E) < 12
        and first.pixelColor(x, y).blue() < 20
        for x in range(0, first.width(), 2)
        for y in range(0, first.height(), 2)
    )
    SHOTS.mkdir(parents=True, exist_ok=True)
    for i, page in enumerate(pages, start=1):
        shutil.copy(page, SHOTS / f"report-pdf-page{i}.png")


def test_text_shows_headline_figures_and_suggestions_in_words(week_of_calls: Run) -> None:
    proc = week_of_calls("report", "--week", "2026-W47")
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert out.index(EVIL + " cost you ") < out.index("Calm Co")  # costliest first
    assert "* Propose a scheduled weekly call\n" in out
    assert "    7 unplanned calls this week (suggested from 5), up to 3 on one day" in out
    assert "    Hello,\n    This week we spoke 7 times without a plan." in out
    assert "! Unplanned calls: 7" in out  # the bad figure is marked
    assert "propose_scheduled_calls" not in out
    assert "{'" not in out  # no Python dicts
    assert "15 min refocus for each contact that broke focus or the terms" in out
