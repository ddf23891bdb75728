"""What pandoc made (the citations, the CSL-JSON) is kept in .cache/ between builds, and never shows an old
text."""

from __future__ import annotations

import json
from pathlib import Path

import pypandoc
import pytest
from mkdocs.commands.build import build as build_in_process
from mkdocs.config import load_config

from kennisbank.citations.plugin import CACHE_NAME
from kennisbank.export.data_page import BIBLIOGRAPHY_FILE
from kennisbank.export.records import CSL_JSON_CACHE
from kennisbank.project import CACHE_FOLDER
from tests.conftest import run_tool
from tests.test_fixture_site import page

CACHE = Path(CACHE_FOLDER) / f"{CACHE_NAME}.json"
CSL_JSON = Path(CACHE_FOLDER) / f"{CSL_JSON_CACHE}.json"
CITING_PAGE = "interventies/int-001"


def build(project: Path) -> str:
    result = run_tool(["mkdocs", "build", "--strict"], project)
    assert result.returncode == 0, result.stderr
    return result.stdout + result.stderr


def test_a_second_build_reuses_the_formatted_citations(fixture_site: Path) -> None:
    build(fixture_site)
    cached = json.loads((fixture_site / CACHE).read_text(encoding="utf-8"))
    assert cached["value"]["references"] and cached["digest"]
    before = [(fixture_site / kept).stat().st_mtime_ns for kept in (CACHE, CSL_JSON)]
    build(fixture_site)
    assert [(fixture_site / kept).stat().st_mtime_ns for kept in (CACHE, CSL_JSON)] == before


def test_a_second_build_starts_no_pandoc_not_even_for_a_page_that_is_no_entry(
    fixture_site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = fixture_site / "docs" / "index.md"
    home.write_text(home.read_text(encoding="utf-8") + "\nOok de startpagina citeert [@rapport2021, p. 3].\n")
    build(fixture_site)

    def no_pandoc(*_: object) -> None:
        raise AssertionError("pandoc started although nothing changed")

    monkeypatch.setattr(pypandoc, "convert_text", no_pandoc)
    monkeypatch.chdir(fixture_site)
    build_in_process(load_config(str(fixture_site / "mkdocs.yml")))
    assert "(Voorbeeldinstituut, 2021, p. 3)" in page(fixture_site / "site", "").get_text()


def test_a_changed_record_shows_in_the_next_build(fixture_site: Path) -> None:
    build(fixture_site)
    bib = fixture_site / "bibliography" / "test.bib"
    text = bib.read_text(encoding="utf-8")
    title = next(line for line in text.splitlines() if line.strip().startswith("title"))
    bib.write_text(text.replace(title, "  title = {Een geheel nieuwe titel},"), encoding="utf-8")
    build(fixture_site)
    assert "Een geheel nieuwe titel" in page(fixture_site / "site", CITING_PAGE).get_text()
    exported = (fixture_site / "site" / "data" / BIBLIOGRAPHY_FILE).read_text(encoding="utf-8")
    assert "Een geheel nieuwe titel" in exported


def test_a_changed_citation_shows_in_the_next_build(fixture_site: Path) -> None:
    build(fixture_site)
    entry = fixture_site / "docs" / f"{CITING_PAGE}.md"
    text = entry.read_text(encoding="utf-8")
    entry.write_text(text.replace("[@rapport2021]", "[@rapport2021, p. 97]", 1), encoding="utf-8")
    build(fixture_site)
    assert "p. 97" in page(fixture_site / "site", CITING_PAGE).get_text()


def test_an_unreadable_cache_is_ignored_with_a_warning(fixture_site: Path) -> None:
    (fixture_site / CACHE).parent.mkdir(parents=True, exist_ok=True)
    (fixture_site / CACHE).write_text("{niet af", encoding="utf-8")
    output = build(fixture_site)
    assert f"{CACHE}: waarschuwing: een onleesbaar bestand van de build-cache; genegeerd" in output
    assert json.loads((fixture_site / CACHE).read_text(encoding="utf-8"))["digest"]
    assert "Traceback" not in output
