#!/usr/bin/env python3
"""Translation catalogues: `update` collects the strings, `build` compiles them, `stats` counts.

    python scripts/translations.py update   # src/ -> resources/translations/*.ts
    python scripts/translations.py build    # *.ts -> *.qm with pyside6-lrelease
    python scripts/translations.py stats    # unfinished entries per language

Why not pyside6-lupdate: it only sees a call whose context is a string literal, and our
modules name the context once (`_X = "ReportExport"`; `tr(_X, "Client")`), so it misses most
strings. This reads the same calls with `ast`: `tr(context, "text")`, `translate(...)` and
`QT_TRANSLATE_NOOP(context, "text")`, where the context is a literal or a module-level
string constant. Existing translations are kept; strings no longer in the code are kept as
"vanished" (lrelease skips them) so a renamed string's old translation can be reused.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SRC = REPO / "src" / "office_hours"
CATALOGUES = REPO / "resources" / "translations"  # src/office_hours/resources links here
LANGUAGES = ("ru", "th")
FUNCTIONS = {"tr", "translate", "QT_TRANSLATE_NOOP"}


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    filename: str
    line: int


def _constants(tree: ast.Module) -> dict[str, str]:
    found: dict[str, str] = {}
    for node in tree.body:
        if (
            isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
        ):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    found[target.id] = node.value.value
    return found


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def messages_in(path: Path) -> list[Message]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    constants = _constants(tree)
    rel = path.relative_to(REPO).as_posix()
    out = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and _name(node.func) in FUNCTIONS):
            continue
        if len(node.args) < 2:
            continue
        ctx_node, text_node = node.args[0], node.args[1]
        if isinstance(ctx_node, ast.Constant) and isinstance(ctx_node.value, str):
            context = ctx_node.value
        elif isinstance(ctx_node, ast.Name) and ctx_node.id in constants:
            context = constants[ctx_node.id]
        else:
            continue
        if isinstance(text_node, ast.Constant) and isinstance(text_node.value, str):
            out.append(Message(context, text_node.value, rel, node.lineno))
    return out


def collect(root: Path = SRC) -> list[Message]:
    found: list[Message] = []
    for path in sorted(root.rglob("*.py")):
        found.extend(messages_in(path))
    return found + declared_messages()


def declared_messages() -> list[Message]:
    """The settings dialog's labels and tooltips come from the option declarations, not
    from literal tr() calls: take them from there (contexts "Option", "OptionDoc", "Secret")."""
    import sys

    sys.path.insert(0, str(REPO / "src"))
    from office_hours.config.accounts import ACCOUNT_OPTIONS
    from office_hours.config.schema import CHAT_SECRETS, CLIENT_OPTIONS, OPTIONS, TERMS_OPTIONS

    where = "src/office_hours/config/schema.py"
    out: list[Message] = []
    for option in (*OPTIONS, *CLIENT_OPTIONS, *TERMS_OPTIONS, *ACCOUNT_OPTIONS):
        out.append(Message("Option", option.label, where, 0))
        out.append(Message("OptionDoc", option.doc, where, 0))
    for spec in CHAT_SECRETS:
        out.append(Message("Secret", spec.label, where, 0))
        out.append(Message("Secret", spec.doc, where, 0))
    return out


def read_ts(path: Path) -> dict[tuple[str, str], str]:
    """(context, source) -> translation ("" when unfinished)."""
    if not path.exists():
        return {}
    done: dict[tuple[str, str], str] = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            source = msg.findtext("source") or ""
            tr = msg.find("translation")
            done[(name, source)] = (tr.text or "") if tr is not None else ""
    return done


def unfinished(path: Path) -> list[tuple[str, str]]:
    out = []
    for ctx in ET.parse(path).getroot().iter("context"):
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is not None and tr.get("type") == "unfinished":
                out.append((ctx.findtext("name") or "", msg.findtext("source") or ""))
    return out


def write_ts(path: Path, language: str, messages: list[Message], old: dict[tuple[str, str], str]):
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    by_context: dict[str, dict[str, list[Message]]] = {}
    for m in messages:
        by_context.setdefault(m.context, {}).setdefault(m.source, []).append(m)
    current = {(m.context, m.source) for m in messages}
    vanished = sorted(k for k in old if k not in current and old[k])
    for key in vanished:
        by_context.setdefault(key[0], {}).setdefault(key[1], [])
    for context in sorted(by_context):
        ctx = ET.SubElement(root, "context")
        ET.SubElement(ctx, "name").text = context
        for source in sorted(by_context[context]):
            msg = ET.SubElement(ctx, "message")
            for m in by_context[context][source][:3]:
                ET.SubElement(msg, "location", filename=m.filename, line=str(m.line))
            ET.SubElement(msg, "source").text = source
            text = old.get((context, source), "")
            tr = ET.SubElement(msg, "translation")
            if (context, source) not in current:
                tr.set("type", "vanished")
            elif not text:
                tr.set("type", "unfinished")
            tr.text = text
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def lrelease() -> str:
    beside = Path(sys.executable).parent / "pyside6-lrelease"
    found = str(beside) if beside.exists() else shutil.which("pyside6-lrelease")
    if not found:
        raise SystemExit("pyside6-lrelease not found: pip install PySide6-Essentials")
    return found


def build(ts: Path, qm: Path) -> None:
    subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)


def stats() -> dict[str, int]:
    return {lang: len(unfinished(CATALOGUES / f"office_hours_{lang}.ts")) for lang in LANGUAGES}


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "stats"
    CATALOGUES.mkdir(parents=True, exist_ok=True)
    if command == "update":
        messages = collect()
        for lang in LANGUAGES:
            path = CATALOGUES / f"office_hours_{lang}.ts"
            write_ts(path, lang, messages, read_ts(path))
        print(f"{len({(m.context, m.source) for m in messages})} strings")
    elif command == "build":
        for lang in LANGUAGES:
            build(CATALOGUES / f"office_hours_{lang}.ts", CATALOGUES / f"office_hours_{lang}.qm")
    elif command != "stats":
        print(__doc__, file=sys.stderr)
        return 2
    for lang, count in stats().items():
        print(f"{lang}: {count} unfinished")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
