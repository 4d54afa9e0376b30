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
    assert calm["no_suggestion_reason"].startswith("No suggestion: 2 contacts")
    with pytest.raises(AssertionError):  # the checker can fail
        check_schema({**data, "surprise": 1}, SCHEMA)


def test_csv_is_one_row_per_client_and_defuses_formulas(week_of_calls: Run) -> None:
    proc = week_of_calls("report", "--week", "2026-W47", "--format", "csv")
    assert proc.returncode == 0, proc.stderr
    rows = list(csv.DictReader(io.StringIO(proc.stdout)))
    assert [r["client"] for r in rows] == ["evil", "calm"]  # '<' sorts before 'C'
    evil = rows[0]
    assert evil["name"] == "'" + EVIL if EVIL.startswith("=") else evil["name"] == EVIL
    assert evil["call"] == "7"
    assert evil["suggestions"].split(";")[0] == "propose_scheduled_calls"
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


def test_pdf_needs_out(week_of_calls: Run) -> None:
    proc = week_of_calls("report", "--format", "pdf")
    assert proc.returncode == 2
    assert "--format pdf needs --out FILE" in proc.stderr


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
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert EVIL in text  # shown as text, not as markup
    assert "Propose two scheduled calls a week" not in text  # 7 < 2 x 5
    assert "Propose a scheduled weekly call" in text
    assert "Mark, Gonzalez & Harris" in text
    prefix = tmp_path / "page"
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(pdf), str(prefix)],
        check=True,
        timeout=60,
    )
    (png,) = tmp_path.glob("page*.png")
    image = QImage(str(png))
    assert image.width() > image.height()  # A4 landscape
    dark = sum(
        1
        for x in range(0, image.width(), 4)
        for y in range(0, image.height(), 4)
        if image.pixelColor(x, y).lightness() < 128
    )
    assert dark > 200  # text was drawn, not a blank page
    SHOTS.mkdir(parents=True, exist_ok=True)
    shutil.copy(png, SHOTS / "report-pdf-page1.png")


def test_text_shows_the_rule_the_numbers_and_the_draft(week_of_calls: Run) -> None:
    proc = week_of_calls("report", "--week", "2026-W47")
    assert proc.returncode == 0, proc.stderr
    assert "* Propose a scheduled weekly call [propose_scheduled_calls]" in proc.stdout
    assert "    Hi " + EVIL + ", this week we spoke 7 times without a plan." in proc.stdout
    assert "ad-hoc calls 7" in proc.stdout
    assert "15 min refocus per contact" in proc.stdout
