"""The core stays Qt-free: domain/, engine.py, sources/, storage/ and config/ never import PySide6.

The domain is stricter still: standard library only, and no clock reads (time is a parameter).
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

import office_hours

PACKAGE = Path(office_hours.__file__).resolve().parent
CORE = ("domain", "engine.py", "ingest.py", "state_words.py", "sources", "storage", "config")
NOT_THE_SHELL = ("cli", "documents")  # the command line and documents never import ui/
QT = ("PySide6", "PyQt5", "PyQt6", "shiboken6")


def core_files() -> list[Path]:
    files: list[Path] = []
    for name in CORE:
        path = PACKAGE / name
        files.extend(sorted(path.rglob("*.py")) if path.is_dir() else [path])
    return files


def imported_modules(path: Path) -> set[str]:
    """Every module named by an import statement or an import_module/__import__ call."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
        elif isinstance(node, ast.Call) and node.args:
            func = node.func
            called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            first = node.args[0]
            if called in ("import_module", "__import__") and isinstance(first, ast.Constant):
                names.add(str(first.value))
    return names


def test_the_core_files_are_found() -> None:
    files = {p.relative_to(PACKAGE).as_posix() for p in core_files()}
    assert {
        "engine.py",
        "domain/policy.py",
        "config/load.py",
        "storage/store.py",
        "sources/jsonlines.py",
    } <= files


def test_the_import_scan_sees_qt(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import os\nfrom PySide6.QtCore import QTimer\n"
        "def f():\n    import importlib\n    importlib.import_module('PySide6.QtGui')\n"
    )
    assert imported_modules(sample) == {"os", "PySide6.QtCore", "importlib", "PySide6.QtGui"}


@pytest.mark.parametrize("path", core_files(), ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_core_module_does_not_import_qt(path: Path) -> None:
    qt = {m for m in imported_modules(path) if m.split(".")[0] in QT}
    assert not qt, f"{path.relative_to(PACKAGE)} imports {sorted(qt)}"


@pytest.mark.parametrize(
    "path",
    [p for name in NOT_THE_SHELL for p in sorted((PACKAGE / name).rglob("*.py"))],
    ids=lambda p: p.relative_to(PACKAGE).as_posix(),
)
def test_the_command_line_and_documents_do_not_import_the_shell(path: Path) -> None:
    shell = {m for m in imported_modules(path) if m.startswith("office_hours.ui")}
    assert not shell, f"{path.relative_to(PACKAGE)} imports {sorted(shell)}"


@pytest.mark.parametrize("path", sorted((PACKAGE / "domain").rglob("*.py")), ids=lambda p: p.name)
def test_domain_uses_only_the_standard_library(path: Path) -> None:
    outside = {
        m
        for m in imported_modules(path)
        if m.split(".")[0] not in sys.stdlib_module_names
        and not m.startswith("office_hours.domain")
        and m != "__future__"
    }
    assert not outside, f"domain/{path.name} imports {sorted(outside)}"


CLOCK_READS = {
    ("datetime", "now"),
    ("datetime", "utcnow"),
    ("datetime", "today"),
    ("date", "today"),
    ("time", "time"),
    ("time", "monotonic"),
    ("time", "localtime"),
}


@pytest.mark.parametrize("path", sorted((PACKAGE / "domain").rglob("*.py")), ids=lambda p: p.name)
def test_domain_never_reads_the_clock(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    reads = [
        f"{node.value.id}.{node.attr} (line {node.lineno})"
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute)
        and isinstance(node.value, ast.Name)
        and (node.value.id, node.attr) in CLOCK_READS
    ]
    assert not reads, f"domain/{path.name} reads the clock: {reads}"


def test_importing_the_core_loads_no_qt() -> None:
    code = (
        "import sys\n"
        "import office_hours.engine, office_hours.config, office_hours.config.defaults\n"
        "import office_hours.storage.store, office_hours.sources.base\n"
        "import office_hours.sources.jsonlines, office_hours.domain.report\n"
        "assert 'office_hours.engine' in sys.modules\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'PyQt5', 'PyQt6', 'shiboken6')))\n"
    )
    env = dict(os.environ)
    src = str(PACKAGE.parent)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (src, env.get("PYTHONPATH")) if p)
    done = subprocess.run(
        [sys.executable, "-c", code],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
