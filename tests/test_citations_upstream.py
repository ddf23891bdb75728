"""mkdocs-bibtex, archived upstream, is imported by one module only: replacing it touches one file."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import ROOT

SCRIPTS = ROOT / "scripts"
UPSTREAM = SCRIPTS / "kennisbank" / "citations" / "upstream.py"


def imported_modules(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def test_only_the_upstream_module_imports_mkdocs_bibtex() -> None:
    importers = {
        path.relative_to(ROOT).as_posix()
        for path in SCRIPTS.rglob("*.py")
        if any(name.split(".")[0] == "mkdocs_bibtex" for name in imported_modules(path))
    }
    assert importers == {UPSTREAM.relative_to(ROOT).as_posix()}
