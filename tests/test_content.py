"""The real content: the minimums the knowledge base promises, and every organisation linked."""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from mkdocs.config import load_config

from kennisbank.content.corpus import Corpus, load_corpus
from kennisbank.model import ENTRY_TYPES, EntryType
from kennisbank.project import ProjectPaths

MINIMUMS = {
    "interventie": 12,
    "bevinding": 8,
    "dadergedrag": 8,
    "aanbeveling": 10,
    "expertmeeting": 3,
    "organisatie": 12,
    "begrip": 25,
}


@pytest.fixture(scope="module")
def corpus(root: Path) -> Corpus:
    loaded, problems = load_corpus(ProjectPaths.from_config(load_config(str(root / "mkdocs.yml"))))
    assert problems == []
    return loaded


@pytest.mark.parametrize("entry_type", ENTRY_TYPES, ids=lambda t: t.name)
def test_each_type_has_at_least_its_minimum(corpus: Corpus, entry_type: EntryType) -> None:
    assert len(corpus.of_type(entry_type)) >= MINIMUMS[entry_type.name]


def test_every_organisation_is_linked_to_entries(corpus: Corpus) -> None:
    organisations = [entry for entry in corpus.by_id.values() if entry.entry_type.name == "organisatie"]
    unlinked = [entry.id for entry in organisations if not corpus.related(entry.id)]
    assert unlinked == []


def test_the_main_abbreviations_are_explained_site_wide(corpus: Corpus, site_dir: Path) -> None:
    abbreviations = corpus.abbreviations()
    assert {"CKM", "JenV", "NSCR", "OM", "MNR", "CSAM"} <= abbreviations.keys()
    soup = BeautifulSoup((site_dir / "index.html").read_text(encoding="utf-8"), "html.parser")
    shown = {abbr.get_text(): abbr["title"] for abbr in soup.select("article abbr")}
    assert shown["CKM"] == abbreviations["CKM"]


def test_every_glossary_term_names_its_english_term_and_a_source(corpus: Corpus) -> None:
    terms = [entry for entry in corpus.by_id.values() if entry.entry_type.name == "begrip"]
    assert all(term.data.english and term.data.sources for term in terms)
    assert any("kinderporno" in term.data.avoid for term in terms)
