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
from kennisbank.project import ProjectPaths

from .recording import PageRecord

SITE_NAME = "Kennisbank e-protection"
PREFERRED_ENTRY = "INT-001"
MIN_WORD_LENGTH = 6
SEARCH_INDEX = "search/search_index.json"
# Material's search worker loads the lunr language support itself, with importScripts: a request made
# by the worker, not by the page.
WORKER_LOADED_SCRIPT = "lunr/min/lunr.nl.min.js"
SEARCH_WORKER = "javascripts/workers/search."
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
    corpus, _problems = load_corpus(ProjectPaths.from_config(config))
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


def _without_query(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}{parts.path}"


def _search(page: Page, base_url: str, word: str) -> None:
    """Open the home page, open Material's search with its keyboard shortcut and type `word`."""
    page.goto(base_url)
    search_input = page.locator("input.md-search__input")
    page.keyboard.press("/")
    expect(search_input).to_be_focused()
    # Typing, not fill(): Material reads the query on keyup.
    search_input.press_sequentially(word)
    expect(page.locator(".md-search-result__item").first).to_be_visible()


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
    expected = urljoin(site_server, search_target.url)

    _search(page, site_server, search_target.word)

    # Results are rendered as the worker answers each keystroke; wait for the answer to the whole word.
    expect(
        page.locator(f'.md-search-result__item a[href^="{expected}"]').first,
        f"no search result for {search_target.word!r} links to {search_target.entry.id} at {expected}",
    ).to_be_attached()
    links = page.locator(".md-search-result__item a[href]").evaluate_all("links => links.map(a => a.href)")
    assert expected in {_without_query(link) for link in links}, links

    # The index is fetched by the page; the language scripts by the search worker itself.
    assert page_record.requested(SEARCH_INDEX), page_record.requests
    assert any(SEARCH_WORKER in url for url in page_record.workers), page_record.workers
    assert page_record.requested(WORKER_LOADED_SCRIPT), page_record.requests
    _assert_clean(page_record)


def test_no_request_leaves_localhost(
    page: Page, page_record: PageRecord, site_server: str, search_target: SearchTarget
) -> None:
    _search(page, site_server, search_target.word)
    # Follow a result: one more page load, of an entry page this time.
    expected = urljoin(site_server, search_target.url)
    page.locator(f'.md-search-result__item a[href^="{expected}"]').first.click()
    expect(page).to_have_url(re.compile(re.escape(expected)))
    expect(page.locator("h1").first).to_be_visible()

    assert page_record.requested(SEARCH_INDEX), "the search never ran; the check below would prove nothing"
    assert page_record.requested(WORKER_LOADED_SCRIPT), "the search worker's requests were not recorded"
    assert page_record.foreign_hosts() == set()
    _assert_clean(page_record)
