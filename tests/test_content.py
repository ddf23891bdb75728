"""The real content: the minimums the knowledge base promises, and every organisation linked."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from mkdocs.config import load_config

from kennisbank.content.bibliography import load_bibliography
from kennisbank.content.corpus import Corpus, LoadedEntry, load_corpus
from kennisbank.mkdocs_settings import project_paths
from kennisbank.model import ENTRY_TYPES, EntryType

TYPES = {entry_type.name: entry_type for entry_type in ENTRY_TYPES}
MINIMUMS = {
    "interventie": 12,
    "bevinding": 8,
    "dadergedrag": 9,
    "aanbeveling": 10,
    "expertmeeting": 3,
    "organisatie": 12,
    "reeks": 6,
    "begrip": 25,
}


@pytest.fixture(scope="module")
def corpus(root: Path) -> Corpus:
    loaded, problems = load_corpus(project_paths(load_config(str(root / "mkdocs.yml"))))
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


# The five seed texts the knowledge base started from; the bars below count sources beyond them.
SEED_FILE = "bibliography/bronnen.bib"


@pytest.fixture(scope="module")
def seed_keys(root: Path) -> set[str]:
    bibliography, problems = load_bibliography(project_paths(load_config(str(root / "mkdocs.yml"))))
    assert problems == []
    return {key for key, path in bibliography.files_by_key.items() if path == SEED_FILE}


def beyond_seeds(entry: LoadedEntry, seeds: set[str]) -> set[str]:
    return set(entry.data.sources) - seeds


def test_the_seed_file_holds_the_five_seed_texts(seed_keys: set[str]) -> None:
    assert len(seed_keys) == 5


def test_every_offender_behaviour_summary_rests_on_three_sources_beyond_the_seeds(
    corpus: Corpus, seed_keys: set[str]
) -> None:
    summaries = corpus.of_type(TYPES["dadergedrag"])
    thin = {entry.id: sorted(beyond_seeds(entry, seed_keys)) for entry in summaries}
    assert {entry_id: keys for entry_id, keys in thin.items() if len(keys) < 3} == {}


def test_three_quarters_of_the_interventions_rest_on_two_sources_beyond_the_seeds(
    corpus: Corpus, seed_keys: set[str]
) -> None:
    interventions = corpus.of_type(TYPES["interventie"])
    supported = [entry for entry in interventions if len(beyond_seeds(entry, seed_keys)) >= 2]
    assert len(supported) * 4 >= len(interventions) * 3


@pytest.mark.parametrize("type_name", ["dadergedrag", "interventie"])
def test_summaries_and_interventions_have_the_sections_of_their_type_in_order(
    corpus: Corpus, type_name: str
) -> None:
    entry_type = TYPES[type_name]
    for entry in corpus.of_type(entry_type):
        headings = re.findall(r"^## (.+?)\s*$", entry.file.body, re.MULTILINE)
        assert [h for h in headings if h in entry_type.sections] == list(entry_type.sections), entry.id
