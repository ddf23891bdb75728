"""Terminology: none of the terms the glossary says to avoid (the `avoid` fields of its entries, plus the
`avoid_terms` option), except where the words are someone else's: in quotations, in the titles of cited
sources, in link targets and code."""

from __future__ import annotations

import codecs
import contextlib
import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import latexcodec  # noqa: F401  (registers the "ulatex" codec used for titles of sources)

from kennisbank.citations.syntax import cited_keys
from kennisbank.content.bibliography import Bibliography
from kennisbank.content.corpus import Corpus
from kennisbank.content.frontmatter import EntryFile
from kennisbank.model.fields import avoided_terms
from kennisbank.text.excerpt import excerpt
from kennisbank.text.prose import BARE_URL, EMAIL, blank, prose, without_quotations


@dataclass(frozen=True)
class AvoidTerm:
    term: str
    preferred: str | None = None  # the glossary term to use instead
    preferred_id: str | None = None


class AvoidList:
    """The terms to avoid: from the glossary's `avoid` fields, plus the `avoid_terms` option."""

    def __init__(self, terms: list[AvoidTerm]) -> None:
        self.terms: dict[str, AvoidTerm] = {}
        for term in terms:
            self.terms.setdefault(term.term.lower(), term)
        # Longest first, so "kinderpornografie" is named rather than "kinderporno". A term matches at the
        # start of a word and runs on into compounds and inflections ("kinderpornografische"); a term in
        # capitals (an abbreviation) matches only as a whole word, in capitals.
        words = sorted(self.terms.values(), key=lambda t: len(t.term), reverse=True)
        plain = [_term_pattern(t.term) for t in words if not t.term.isupper()]
        capitals = [_term_pattern(t.term) for t in words if t.term.isupper()]
        self._plain = (
            re.compile(rf"(?<![^\W_])(?:{'|'.join(plain)})[^\W_]*", re.IGNORECASE) if plain else None
        )
        self._capitals = re.compile(rf"(?<![^\W_])(?:{'|'.join(capitals)})(?![^\W_])") if capitals else None
        # The letters each term begins with: a text with no word beginning so is not searched at all.
        self._plain_runs = _Beginnings.of([t.term.lower() for t in words if not t.term.isupper()])
        self._capital_runs = _Beginnings.of([t.term for t in words if t.term.isupper()])

    @classmethod
    def from_corpus(cls, corpus: Corpus, extra: Iterable[str] = ()) -> AvoidList:
        terms = [
            AvoidTerm(term, entry.data.title, entry.id)
            for entry in corpus.by_id.values()
            for term in avoided_terms(entry.data)
        ]
        terms.extend(AvoidTerm(term.strip()) for term in extra if term.strip())
        return cls(terms)

    def find(self, text: str) -> Iterator[tuple[int, str, AvoidTerm]]:
        """(offset, word as written, term) for every avoided term in `text`."""
        searches = ((self._plain, self._plain_runs, True), (self._capitals, self._capital_runs, False))
        for pattern, runs, fold in searches:
            if pattern is None:
                continue
            for match in _matches(pattern, text, runs, fold=fold):
                yield match.start(), match.group(), self._term_of(match.group())

    def _term_of(self, word: str) -> AvoidTerm:
        normalised = re.sub(r"\s+", " ", word.lower())
        return next(
            self.terms[key] for key in sorted(self.terms, key=len, reverse=True) if normalised.startswith(key)
        )


class Terminology:
    """The avoided terms in a page, where they are the author's own words."""

    def __init__(self, avoid: AvoidList, bibliography: Bibliography) -> None:
        self.avoid = avoid
        self.bibliography = bibliography

    def in_field(self, text: str) -> Iterator[str]:
        """The message for each avoided term in one front matter value."""
        for pattern in (BARE_URL, EMAIL):
            text = blank(pattern, text)
        for _, word, term in self.avoid.find(without_quotations(text)):
            yield avoid_message(word, term)

    def in_body(self, page: EntryFile) -> Iterator[tuple[int, str]]:
        """(offset in the body, message) for each avoided term in the body's prose."""
        text = without_quotations(prose(page.body, first=self._cited_titles(page)))
        for offset, word, term in self.avoid.find(text):
            yield offset, avoid_message(word, term)

    def _cited_titles(self, page: EntryFile) -> list[re.Pattern[str]]:
        """The titles of the sources the page cites, as the page may name them.

        A title of several words counts wherever it is written in full; a title of one word
        ("Kinderpornografie") only where it is set off as a title, in emphasis or as the text of a link,
        for otherwise every use of that word would pass.
        """
        keys = {cited.key for cited in cited_keys(page.body, page.body_line)}
        titles: list[re.Pattern[str]] = []
        for key in sorted(keys):
            entry = self.bibliography.entries.get(key)
            pattern = _title_pattern(entry.fields.get("title", "")) if entry is not None else None
            if pattern is not None:
                titles.append(pattern)
        return titles


def avoid_message(word: str, term: AvoidTerm) -> str:
    found = "" if word.lower() == term.term.lower() else f" (in '{excerpt(word)}')"
    instead = f"gebruik '{term.preferred}' ({term.preferred_id})" if term.preferred else "zie avoid_terms"
    return (
        f"te vermijden term '{term.term}'{found}; {instead}, of citeer de term tussen aanhalingstekens "
        "als je de bron of de wet aanhaalt"
    )


_WORD_RUN = re.compile(r"(?<![^\W_])[^\W_]+")
# The first letters of a word by which the beginnings of the terms to avoid are looked up.
_START_LETTERS = 4


@dataclass(frozen=True)
class _Beginnings:
    """The run of letters or digits each term to avoid begins with, filed under its first letters."""

    by_start: dict[str, tuple[str, ...]]
    short: tuple[str, ...]  # runs shorter than _START_LETTERS

    @classmethod
    def of(cls, terms: list[str]) -> _Beginnings | None:
        """None if a term does not begin with a letter or digit."""
        runs = [_WORD_RUN.match(term) for term in terms]
        if not all(runs):
            return None
        by_start: dict[str, list[str]] = {}
        short: list[str] = []
        for run in {run.group() for run in runs if run}:
            if len(run) < _START_LETTERS:
                short.append(run)
            else:
                by_start.setdefault(run[:_START_LETTERS], []).append(run)
        return cls({start: tuple(found) for start, found in by_start.items()}, tuple(short))

    def in_any(self, words: set[str]) -> bool:
        """Whether one of `words` begins with one of the runs."""
        for word in words:
            found = self.by_start.get(word[:_START_LETTERS], ())
            if any(word.startswith(run) for run in found) or any(word.startswith(run) for run in self.short):
                return True
        return False


def _matches(
    pattern: re.Pattern[str], text: str, beginnings: _Beginnings | None, *, fold: bool
) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`, for a pattern that matches only at a word that begins with one of the
    runs of `beginnings`: a text without such a word is passed over. The pattern tries every term at every
    position, which, with a glossary that grows with the entries, made the checks quadratic (issue 9)."""
    if beginnings is not None:
        words = set(_WORD_RUN.findall(text.lower() if fold else text))
        if not beginnings.in_any(words):
            return
    yield from pattern.finditer(text)


def _term_pattern(term: str) -> str:
    return r"\s+".join(re.escape(part) for part in term.split())


# Once per title, not once per citing page: decoding LaTeX is slow, and the same sources are cited on
# page after page (issue 9).
@functools.cache
def _title_pattern(title: str) -> re.Pattern[str] | None:
    words = _plain_title(title).split()
    if not words:
        return None
    pattern = r"\s+".join(map(re.escape, words))
    if len(words) == 1:
        pattern = rf"(?<=[*_\[]){pattern}(?=[*_]|\]\()"
    return re.compile(pattern, re.IGNORECASE)


def _plain_title(title: str) -> str:
    with contextlib.suppress(ValueError, LookupError):
        # latexcodec registers "ulatex", which decodes text to text; typeshed knows that only of rot13.
        title = codecs.decode(title, "ulatex")  # type: ignore[call-overload]
    return re.sub(r"[{}]", "", title).strip()
