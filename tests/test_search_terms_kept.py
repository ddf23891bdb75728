"""Each page's extra search words are kept in .cache/ between builds, and a changed entry, glossary term or
page shows in the next build's words."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config

from kennisbank import cache
from kennisbank.content.corpus import Corpus
from kennisbank.project import CACHE_FOLDER
from kennisbank.search import kept_terms
from kennisbank.search.terms import SearchTerms
from tests.conftest import run_tool

KEPT = Path(CACHE_FOLDER) / f"{kept_terms.CACHE_NAME}.json"
# Tests about the cache use it, whatever the developer's environment says.
pytestmark = pytest.mark.usefixtures("with_cache")
TERM = "docs/begrippen/beg-voorbeeldterm.md"


def built(project: Path, monkeypatch: pytest.MonkeyPatch) -> int:
    """Build the project in this process; returns how often a page's words were worked out."""
    found = 0
    for_text = SearchTerms.for_text

    def counted(self: SearchTerms, text: str) -> list[str]:
        nonlocal found
        found += 1
        return for_text(self, text)

    monkeypatch.setattr(SearchTerms, "for_text", counted)
    with contextlib.chdir(project):
        build(load_config(str(project / "mkdocs.yml")))
    monkeypatch.setattr(SearchTerms, "for_text", for_text)
    return found


def words_of(project: Path, url: str) -> set[str]:
    """The extra search words of the built page at `url` (searchable() puts them in data-kb-terms)."""
    html = (project / "site" / url / "index.html").read_text(encoding="utf-8")
    marker = 'data-kb-terms="'
    if marker not in html:
        return set()
    return set(html.split(marker, 1)[1].split('"', 1)[0].split())


def test_a_second_build_takes_every_pages_words_from_the_first(
    fixture_site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert built(fixture_site, monkeypatch) > 10
    before = words_of(fixture_site, "interventies/int-001")
    assert {"proefterm", "oudterm"} <= before

    assert built(fixture_site, monkeypatch) == 0
    assert words_of(fixture_site, "interventies/int-001") == before


def test_a_new_synonym_of_a_glossary_term_shows_on_the_pages_using_it(
    fixture_site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    built(fixture_site, monkeypatch)
    term = fixture_site / TERM
    term.write_text(term.read_text(encoding="utf-8").replace("[proefterm]", "[proefterm, toetsnaam]"))

    assert built(fixture_site, monkeypatch) > 10
    assert "toetsnaam" in words_of(fixture_site, "interventies/int-001")


def test_a_page_that_starts_using_a_glossary_term_gets_its_other_names(
    fixture_site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    built(fixture_site, monkeypatch)
    home = fixture_site / "docs" / "index.md"
    assert "proefterm" not in words_of(fixture_site, "")
    home.write_text(home.read_text(encoding="utf-8") + "\nHier staat de voorbeeldterm.\n", encoding="utf-8")

    assert built(fixture_site, monkeypatch) == 1  # the home page only: no entry changed
    assert {"proefterm", "oudterm"} <= words_of(fixture_site, "")


def test_an_unreadable_kept_file_is_ignored_with_a_warning_and_made_anew(
    fixture_site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    built(fixture_site, monkeypatch)
    before = words_of(fixture_site, "interventies/int-001")
    (fixture_site / KEPT).write_text("{ niet af", encoding="utf-8")

    # A new process: this one's search plugin keeps what it found in memory, as under `mkdocs serve`.
    result = run_tool(["mkdocs", "build", "--strict"], fixture_site)

    assert result.returncode == 0, result.stderr
    assert f"{KEPT}: waarschuwing: een onleesbaar bestand" in result.stderr
    assert words_of(fixture_site, "interventies/int-001") == before
    assert json.loads((fixture_site / KEPT).read_text(encoding="utf-8"))["results"]


def test_a_kept_value_that_is_no_list_of_words_is_found_anew(tmp_path: Path) -> None:
    corpus = Corpus([])
    text = "Een pagina over de voorbeeldterm."
    kept_in = cache.Cache(tmp_path, "code")
    kept_in.save(kept_terms.CACHE_NAME, {cache.digest(kept_terms.corpus_key(corpus), text): [1, 2]})
    kept = kept_terms.KeptTerms()
    kept.start(corpus, kept_in)

    assert kept.for_text(text) == []
