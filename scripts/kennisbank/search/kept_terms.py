"""Each page's extra search words of the previous build, used again for the same text in the same
knowledge base.

A page's extra words (terms.SearchTerms.for_text) follow from its own text, the words of every entry and
the glossary. They are kept in `.cache/search-terms.json` (cache.py: under the digest of the code that
finds them, among the rest) by a digest of the page's text and of every entry (its data and its text): a
changed entry finds every page's words anew, a changed page its own. SearchTerms itself, whose vocabulary
takes the prose of every entry, is made only when a page's words are not kept.
"""

from __future__ import annotations

from kennisbank import cache
from kennisbank.content.corpus import Corpus
from kennisbank.search.terms import SearchTerms

CACHE_NAME = "search-terms"


class KeptTerms:
    def __init__(self) -> None:
        self.kept = cache.Kept(CACHE_NAME)
        self.key: str | None = None
        self._corpus = Corpus([])
        self._terms: SearchTerms | None = None

    def start(self, corpus: Corpus, kept: cache.Cache) -> None:
        """Before the pages of a build: what the previous build (or this process's) found."""
        self.kept.start(kept)
        key = corpus_key(corpus)
        if key != self.key:
            self.key = key
            self._terms = None
        self._corpus = corpus

    def for_text(self, text: str) -> list[str]:
        """SearchTerms.for_text of this build's corpus, kept or found."""
        digest = cache.digest(self.key or "", text)
        found = self.kept.get(digest)
        if not isinstance(found, list) or not all(isinstance(word, str) for word in found):
            if self._terms is None:
                self._terms = SearchTerms.from_corpus(self._corpus)
            found = self._terms.for_text(text)
            self.kept.put(digest, found)
        return found

    def keep(self) -> None:
        """Keep the words of this build's pages for the next one; those of pages gone are dropped."""
        self.kept.keep()


def corpus_key(corpus: Corpus) -> str:
    """The digest of everything SearchTerms.from_corpus reads: each entry's data and text."""
    return cache.digest(
        *(f"{entry.data.model_dump_json()}\0{entry.file.body}" for entry in corpus.by_id.values())
    )
