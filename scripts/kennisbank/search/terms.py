"""Extra words a page is found by: the parts of Dutch compounds, the other number of Latin nouns, and the
other names of glossary terms.

Pagefind stems Dutch words and folds diacritics itself, but it matches the start of a word only:
"uitbuiting" would not find "arbeidsuitbuiting", nor "kinderporno" a page that says "seksueel
kindermisbruikmateriaal"; and its Dutch stemmer knows "netwerk" in "netwerken", not "darkwebforum" in
"darkwebfora". These words are indexed with the page, invisibly.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from html import unescape

from kennisbank.content.corpus import Corpus
from kennisbank.model.fields import other_names
from kennisbank.text.prose import HTML_TAG, prose

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# A compound part must be a word of its own elsewhere in the knowledge base, long enough to mean
# something ("materiaal", not "aal"), after a first part of at least three letters.
_MIN_COMPOUND = 9
_MIN_PART = 5
_MIN_HEAD = 3
# How many first letters of a glossary term file it for the comparison with a page.
_START = 4
# Latin nouns Dutch uses with their Latin plural, by ending: forum and fora, centrum and centra, stimulus
# and stimuli, index and indices. A word with one ending is also found by the other (see other_number).
_LATIN_NUMBER = (("um", "a"), ("us", "i"), ("ex", "ices"), ("ix", "ices"))
# Words with such an ending whose other form means something else in Dutch: a "datum" is a date (plural
# "datums"), not one of the "data".
_NOT_LATIN = frozenset(["data", "datum"])
_MIN_LATIN = 4


def words(text: str) -> list[str]:
    return [word.lower() for word in _WORD.findall(text)]


def html_text(html: str) -> str:
    """The text of `html` that Pagefind indexes: without the tags, nor the elements it is told to ignore."""
    if IGNORED not in html:
        return unescape(HTML_TAG.sub(" ", html))
    kept: list[str] = []
    at = 0
    ignoring: str | None = None  # the name of the outermost ignored element
    depth = 0  # how many elements of that name are open
    for tag in HTML_TAG.finditer(html):
        name, closing = tag.group(1).lower(), tag.group().startswith("</")
        if ignoring is None:
            kept.append(html[at : tag.start()])
            at = tag.end()
            if not closing and IGNORED in tag.group(2) and name not in _VOID:
                ignoring, depth = name, 1
        elif name == ignoring:
            depth += -1 if closing else not tag.group(2).endswith("/")
            if depth == 0:
                ignoring, at = None, tag.end()
    if ignoring is None:
        kept.append(html[at:])
    return unescape(" ".join(kept))


IGNORED = "data-pagefind-ignore"
# Elements without an end tag: on one of them the attribute would ignore nothing.
_VOID = frozenset(
    ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]
)


@dataclass(frozen=True)
class Synonym:
    """A glossary term: its preferred name and the other names readers may search for."""

    preferred: str
    others: tuple[str, ...]


class SearchTerms:
    def __init__(self, vocabulary: Iterable[str], synonyms: list[Synonym]) -> None:
        self.vocabulary = frozenset(vocabulary)
        self.synonyms = synonyms
        # Each preferred term as the words a page is compared by, filed under the first letters of its first
        # word: a page is compared only with the terms whose first letters occur in its words, not with the
        # whole glossary, which made the build quadratic in the number of entries (issue 9).
        self._terms_by_start: dict[str, list[tuple[str, tuple[str, ...]]]] = defaultdict(list)
        self._short_terms: list[tuple[str, tuple[str, ...]]] = []
        for synonym in synonyms:
            phrase_words = words(synonym.preferred)
            phrase = " ".join(phrase_words)
            other_words = tuple(word for other in synonym.others for word in words(other))
            if phrase_words and len(phrase_words[0]) >= _START:
                self._terms_by_start[phrase[:_START]].append((phrase, other_words))
            elif phrase:
                self._short_terms.append((phrase, other_words))
        self._parts: dict[str, str | None] = {}  # compound_part of each word seen
        self._starts_in: dict[str, tuple[str, ...]] = {}  # _term_starts of each word seen

    @classmethod
    def from_corpus(cls, corpus: Corpus) -> SearchTerms:
        vocabulary: set[str] = set()
        synonyms: list[Synonym] = []
        for entry in corpus.by_id.values():
            vocabulary.update(words(f"{entry.data.title} {entry.data.summary}"))
            vocabulary.update(_prose_words(entry.file.body))
            others = other_names(entry.data)
            if others:
                synonyms.append(Synonym(entry.data.title, tuple(other.text for other in others)))
        return cls(vocabulary, synonyms)

    def for_text(self, text: str) -> list[str]:
        """The compound parts and glossary synonyms that `text` should also be found by."""
        in_order = words(text)
        page_words = set(in_order)
        found = {part for word in page_words if (part := self._part(word))}
        found.update(other for word in page_words for other in self.other_number(word))
        lowered = " ".join(in_order)
        # A term's first word lies within one word of the page, so the term's first letters do too.
        starts = {start for word in page_words for start in self._term_starts(word)}
        candidates = [term for start in starts for term in self._terms_by_start[start]]
        for phrase, other_words in self._short_terms + candidates:
            if phrase in lowered:
                found.update(other_words)
        # Pagefind indexes words, not phrases; a word the page has already finds it (issue 18: each extra
        # word costs the indexer memory, and a glossary's multi-word names repeat common words).
        return sorted(found - page_words)

    def other_number(self, word: str) -> tuple[str, ...]:
        """The plural of a Latin singular ("forum" gives "fora"), and the singular of a Latin plural if the
        knowledge base uses it ("darkwebfora" gives "darkwebforum"): many Dutch words end like a Latin
        plural ("pagina", "extra"), and a singular no page uses is not worth a word of the index."""
        if len(word) < _MIN_LATIN or word in _NOT_LATIN:
            return ()
        others: list[str] = []
        for singular, plural in _LATIN_NUMBER:
            if word.endswith(singular):
                others.append(word.removesuffix(singular) + plural)
            if word.endswith(plural) and (other := word.removesuffix(plural) + singular) in self.vocabulary:
                others.append(other)
        return tuple(others)

    def _term_starts(self, word: str) -> tuple[str, ...]:
        """The first letters of glossary terms within `word`; kept per word, as pages share most words."""
        if word not in self._starts_in:
            self._starts_in[word] = tuple(_starts(word) & self._terms_by_start.keys())
        return self._starts_in[word]

    def _part(self, word: str) -> str | None:
        if word not in self._parts:
            self._parts[word] = self.compound_part(word)
        return self._parts[word]

    def compound_part(self, word: str) -> str | None:
        """The longest known word that ends `word`, if `word` is a compound of two known parts."""
        if len(word) < _MIN_COMPOUND:
            return None
        for start in range(_MIN_HEAD, len(word) - _MIN_PART + 1):
            part = word[start:]
            if part in self.vocabulary:
                return part
        return None


# Per text, for the process: under `mkdocs serve` a rebuild reads the words of the entries that changed
# only (all of them took a tenth of a second).
@functools.lru_cache(maxsize=8192)
def _prose_words(body: str) -> frozenset[str]:
    return frozenset(words(prose(body)))


@functools.cache
def _starts(word: str) -> frozenset[str]:
    """Every run of _START letters in a word."""
    return frozenset(word[at : at + _START] for at in range(len(word) - _START + 1))
