"""Extra words a page is found by: the parts of Dutch compounds, and the other names of glossary terms.

Pagefind stems Dutch words and folds diacritics itself, but it matches the start of a word only:
"uitbuiting" would not find "arbeidsuitbuiting", nor "kinderporno" a page that says "seksueel
kindermisbruikmateriaal". These words are indexed with the page, invisibly.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from kennisbank.content.corpus import Corpus

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_TAG = re.compile(r"<[^>]+>")
# A compound part must be a word of its own elsewhere in the knowledge base, long enough to mean
# something ("materiaal", not "aal"), after a first part of at least three letters.
_MIN_COMPOUND = 9
_MIN_PART = 5
_MIN_HEAD = 3


def words(text: str) -> list[str]:
    return [word.lower() for word in _WORD.findall(text)]


def html_text(html: str) -> str:
    return _TAG.sub(" ", html)


@dataclass(frozen=True)
class Synonym:
    """A glossary term: its preferred name and the other names readers may search for."""

    preferred: str
    others: tuple[str, ...]


class SearchTerms:
    def __init__(self, vocabulary: Iterable[str], synonyms: list[Synonym]) -> None:
        self.vocabulary = frozenset(vocabulary)
        self.synonyms = synonyms

    @classmethod
    def from_corpus(cls, corpus: Corpus) -> SearchTerms:
        vocabulary: set[str] = set()
        synonyms: list[Synonym] = []
        for entry in corpus.by_id.values():
            vocabulary.update(words(f"{entry.data.title} {entry.data.summary} {entry.file.body}"))
            if entry.entry_type.name == "begrip":
                others = [*entry.data.synonyms, *entry.data.avoid, entry.data.english]  # type: ignore[attr-defined]
                if entry.data.abbreviation:  # type: ignore[attr-defined]
                    others.append(entry.data.abbreviation)  # type: ignore[attr-defined]
                synonyms.append(Synonym(entry.data.title, tuple(others)))
        return cls(vocabulary, synonyms)

    def for_text(self, text: str) -> list[str]:
        """The compound parts and glossary synonyms that `text` should also be found by."""
        page_words = set(words(text))
        found = {part for word in page_words if (part := self.compound_part(word))}
        lowered = " ".join(words(text))
        for synonym in self.synonyms:
            if " ".join(words(synonym.preferred)) in lowered:
                found.update(synonym.others)
        return sorted(found - page_words)

    def compound_part(self, word: str) -> str | None:
        """The longest known word that ends `word`, if `word` is a compound of two known parts."""
        if len(word) < _MIN_COMPOUND:
            return None
        for start in range(_MIN_HEAD, len(word) - _MIN_PART + 1):
            part = word[start:]
            if part in self.vocabulary:
                return part
        return None
