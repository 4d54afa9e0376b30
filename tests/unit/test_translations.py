"""The translation catalogues follow the code: every string is in them, the shipped .qm are
built from the .ts, placeholders survive translation, and the documents are fully translated.

The count of unfinished entries per language is printed (`pytest -s` or -rA shows it), so
a new untranslated string is visible without failing the build; the contact-terms sheet and
the calendar, which go to clients, must be complete.
"""

from __future__ import annotations

import importlib.util
import string
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[2]
LANGUAGES = ("ru", "th")
COMPLETE_CONTEXTS = ("TermsSheet", "Calendar")


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("translations", REPO / "scripts/translations.py")
    assert spec
    assert spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["translations"] = module
    spec.loader.exec_module(module)
    return module


T = _load_script()


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def test_the_extractor_sees_calls_through_our_wrapper_and_module_constants(tmp_path: Path):
    src = tmp_path / "mod.py"
    src.write_text(
        '_C = "Ctx"\n'
        'a = tr(_C, "through a constant")\n'
        'b = tr("Lit", "through a literal")\n'
        'c = QT_TRANSLATE_NOOP("Table", "marked")\n'
        "d = tr(_C, name)\n",  # not a literal: nothing to extract
        encoding="utf-8",
    )
    T.REPO = tmp_path  # locations relative to the snippet's folder
    try:
        found = {(m.context, m.source) for m in T.messages_in(src)}
    finally:
        T.REPO = REPO
    assert found == {
        ("Ctx", "through a constant"),
        ("Lit", "through a literal"),
        ("Table", "marked"),
    }


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_string_in_the_code_is_in_the_catalogue(lang: str):
    catalogue = T.read_ts(T.CATALOGUES / f"office_hours_{lang}.ts")
    missing = sorted({(m.context, m.source) for m in T.collect()} - catalogue.keys())
    assert not missing, (
        f"{len(missing)} strings are not in office_hours_{lang}.ts; run "
        f"`python scripts/translations.py update`: {missing[:5]}"
    )
    left = T.unfinished(T.CATALOGUES / f"office_hours_{lang}.ts")
    print(f"\n{lang}: {len(left)} of {len(catalogue)} entries unfinished")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_documents_for_clients_are_fully_translated(lang: str):
    left = [
        (ctx, src)
        for ctx, src in T.unfinished(T.CATALOGUES / f"office_hours_{lang}.ts")
        if ctx in COMPLETE_CONTEXTS
    ]
    assert not left, f"untranslated in {lang}: {left}"
    catalogue = T.read_ts(T.CATALOGUES / f"office_hours_{lang}.ts")
    assert sum(1 for ctx, _ in catalogue if ctx == "TermsSheet") >= 30


@pytest.mark.parametrize("lang", LANGUAGES)
def test_translations_keep_the_placeholders(lang: str):
    catalogue = T.read_ts(T.CATALOGUES / f"office_hours_{lang}.ts")
    wrong = [
        (src, text) for (_, src), text in catalogue.items() if text and fields(src) != fields(text)
    ]
    assert not wrong, wrong


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_shipped_qm_is_built_from_the_ts(lang: str, tmp_path: Path):
    ts = T.CATALOGUES / f"office_hours_{lang}.ts"
    shipped = T.CATALOGUES / f"office_hours_{lang}.qm"
    rebuilt = tmp_path / "out.qm"
    subprocess.run([T.lrelease(), "-silent", str(ts), "-qm", str(rebuilt)], check=True)
    assert shipped.exists(), "run `python scripts/translations.py build`"
    assert rebuilt.read_bytes() == shipped.read_bytes(), (
        f"{shipped.name} is stale: run `python scripts/translations.py build` and commit it"
    )


@pytest.mark.parametrize(("lang", "expected"), [("ru", "Условия связи"), ("th", "เงื่อนไขการติดต่อ")])
def test_the_catalogue_loads_and_translates(lang: str, expected: str):
    from office_hours.i18n import translator

    assert translator(lang)("TermsSheet", "Contact terms") == expected
    assert translator("en")("TermsSheet", "Contact terms") == "Contact terms"
