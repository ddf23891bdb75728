"""Each page's extra search words of the previous build, used again for the same text in the same
knowledge base.

A page's extra words (terms.SearchTerms.for_text) follow from its own text, the words of every entry and
the glossary. They are kept in `.cache/search-terms.json` by a digest of the page's text, under a digest
of every entry (its data and its text) and of the sources of the code that finds them: a changed entry
or rule finds every page's words anew, a changed page its own. SearchTerms itself, whose vocabulary takes
the prose of every entry, is made only when a page's words are not kept.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from kennisbank import build_cache
from kennisbank.content.corpus import Corpus
from kennisbank.search import terms
from kennisbank.search.terms import SearchTerms
from kennisbank.text import code, prose

CACHE_NAME = "search-terms"
_RULES = build_cache.sources_digest(terms, prose, code)


class KeptTerms:
    def __init__(self, cache_dir: Path) -> None:
        self.cache_dir = cache_dir
        self.key: str | None = None
        self._corpus = Corpus([])
        self._terms: SearchTerms | None = None
        self._before: dict[str, list[str]] = {}
        self._now: dict[str, list[str]] = {}

    def start(self, corpus: Corpus) -> None:
        """Before the pages of a build: what the previous build (or this process's) found for this corpus."""
        key = corpus_key(corpus)
        if key != self.key:
            self.key = key
            self._terms = None
            kept = build_cache.load(self.cache_dir, CACHE_NAME)
            valid = kept is not None and kept[0] == key and isinstance(kept[1], dict)
            self._before = kept[1] if kept is not None and valid else {}
        self._corpus = corpus
        self._now = {}

    def for_text(self, text: str) -> list[str]:
        """SearchTerms.for_text of this build's corpus, kept or found."""
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        found = self._before.get(digest)
        if not isinstance(found, list) or not all(isinstance(word, str) for word in found):
            if self._terms is None:
                self._terms = SearchTerms.from_corpus(self._corpus)
            found = self._terms.for_text(text)
        self._now[digest] = found
        return found

    def keep(self) -> None:
        """Keep the words of this build's pages for the next one; those of pages gone are dropped."""
        if self.key is not None and self._now != self._before:
            build_cache.save(self.cache_dir, CACHE_NAME, self.key, self._now)
        self._before = self._now


def corpus_key(corpus: Corpus) -> str:
    """The digest of everything SearchTerms.from_corpus reads: each entry's data and text, and the rules."""
    return build_cache.digest(
        _RULES, *(f"{entry.data.model_dump_json()}\0{entry.file.body}" for entry in corpus.by_id.values())
    )
