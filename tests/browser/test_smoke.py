"""Smoke tests of the built site in Chromium: the home page, Material's search, and no third-party hosts."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from mkdocs.config import load_config
from mkdocs.structure.files import File
from playwright.sync_api import Page, expect

from kennisbank.content.corpus import LoadedEntry, load_corpus
from kennisbank.mkdocs_settings import project_paths

from .recording import PageRecord
from .search import PAGEFIND_DUTCH, PAGEFIND_SCRIPT, search

SITE_NAME = "Kennisbank e-protection"
PREFERRED_ENTRY = "INT-001"
MIN_WORD_LENGTH = 6
WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class SearchTarget:
    entry: LoadedEntry
    word: str
    url: str  # relative to the site's root, as MkDocs writes it


def _words(text: str) -> list[str]:
    return [word.lower() for word in WORD.findall(text)]


@pytest.fixture(scope="module")
def search_target(root: Path) -> SearchTarget:
    """INT-001 (or the first entry by ID) and the most distinctive long word of its summary."""
    config = load_config(str(root / "mkdocs.yml"))
    corpus, _problems = load_corpus(project_paths(config))
    assert len(corpus) > 0, "the corpus holds no valid entry"
    entry = corpus.by_id.get(PREFERRED_ENTRY) or next(iter(corpus.by_id.values()))

    # How many other entries use each word in their title or summary: the fewer, the more distinctive.
    elsewhere: Counter[str] = Counter()
    for other in corpus.by_id.values():
        if other.id != entry.id:
            elsewhere.update(set(_words(f"{other.data.title} {other.data.summary}")))
    candidates = [word for word in _words(entry.data.summary) if len(word) >= MIN_WORD_LENGTH]
    assert candidates, f"the summary of {entry.id} has no word of {MIN_WORD_LENGTH} letters or more"
    word = min(candidates, key=lambda word: (elsewhere[word], -len(word)))

    url = File(entry.src_uri, None, "", use_directory_urls=config.use_directory_urls).url
    return SearchTarget(entry, word, url)


def _assert_clean(record: PageRecord) -> None:
    assert record.console_errors == []
    assert record.page_errors == []


def test_home_page_renders(page: Page, page_record: PageRecord, site_server: str) -> None:
    response = page.goto(site_server)

    assert response is not None
    assert response.ok, response.status
    expect(page).to_have_title(re.compile(re.escape(SITE_NAME)))
    expect(page.locator("h1").first).to_be_visible()
    _assert_clean(page_record)


def test_search_finds_entry_by_summary_word(
    page: Page, page_record: PageRecord, site_server: str, search_target: SearchTarget
) -> None:
    expected = urlsplit(urljoin(site_server, search_target.url)).path
    page.goto(site_server)

    hits = search(page, search_target.word)

    assert expected in [hit.path for hit in hits], (search_target.word, hits)
    assert page_record.requested(PAGEFIND_SCRIPT), page_record.requests
    assert page_record.requested(PAGEFIND_DUTCH), page_record.requests
    _assert_clean(page_record)


def test_no_request_leaves_localhost(
    page: Page, page_record: PageRecord, site_server: str, search_target: SearchTarget
) -> None:
    page.goto(site_server)
    search(page, search_target.word)
    # Follow a result: one more page load, of an entry page this time.
    expected = urljoin(site_server, search_target.url)
    page.locator(f'.kb-search__result a[href="{urlsplit(expected).path}"]').first.click()
    expect(page).to_have_url(re.compile(re.escape(expected)))
    expect(page.locator("h1").first).to_be_visible()

    assert page_record.requested(PAGEFIND_SCRIPT), "the search never ran; the check below would prove nothing"
    assert page_record.foreign_hosts() == set()
    _assert_clean(page_record)
