"""mkdocs-bibtex, archived upstream, is imported by one module only: replacing it touches one file."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

import mkdocs_bibtex.plugin
from mkdocs_bibtex import citation as upstream_citation

from kennisbank.citations import syntax, upstream  # noqa: F401 (upstream points the plugin at the syntax)
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


def described(blocks: list[Any]) -> list[tuple[str, list[tuple[str, str, str]]]]:
    return [(str(block), [(c.key, c.prefix, c.suffix) for c in block.citations]) for block in blocks]


TRICKY = (
    "[@a]",
    "[zie @a, p. 12; vgl. @b-2, hoofdstuk 3]",
    "[@a; info@voorbeeld.invalid]",
    "[geen citatie] en [@]",
    "[[@a]] [@a, [p. 1]]",
    "[@a;@b;;@c, p. 2-3]",
    "tekst [-@a] [@a_b] [@a:b]",
)


def test_the_projects_citation_syntax_reads_every_page_as_mkdocs_bibtex_does() -> None:
    """citations/syntax.py writes out mkdocs-bibtex's syntax so that the core needs no mkdocs-bibtex; on every
    page of the site and the test site, and on edge cases, both find the same blocks and citations."""
    pages = [*(ROOT / "docs").rglob("*.md"), *(ROOT / "tests" / "fixtures" / "site" / "docs").rglob("*.md")]
    texts = [page.read_text(encoding="utf-8") for page in pages] + list(TRICKY)
    assert sum(len(syntax.CitationBlock.from_markdown(text)) for text in texts) > 500
    for text in texts:
        assert described(syntax.CitationBlock.from_markdown(text)) == described(
            upstream_citation.CitationBlock.from_markdown(text)
        ), text[:80]


def test_the_plugin_finds_citations_with_the_projects_syntax() -> None:
    assert mkdocs_bibtex.plugin.CitationBlock is syntax.CitationBlock
    assert mkdocs_bibtex.plugin.Citation is syntax.Citation
