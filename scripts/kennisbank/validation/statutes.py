"""Rules on the law the text cites: every article is one the site has checked, a repealed article is
written as history, and a law in force is not called a proposal (the table: model/statutes.py)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kennisbank.content.blocks import text_values
from kennisbank.content.frontmatter import EntryFile
from kennisbank.dutch import dutch_date
from kennisbank.model.statutes import ARTICLES, CODES, LAWS, Article, Code, Law, article
from kennisbank.problems import Problem
from kennisbank.text.blocks import prose_blocks
from kennisbank.text.code import blank_code

TABLE = "scripts/kennisbank/model/statutes.py"

_NUMBER = r"\d{1,3}[a-z]{0,2}"
# "(oud)", "lid 2", "eerste lid, onder b", "lid 1 sub c": what may stand between a number and its code.
_QUALIFIER = (
    r"(?:\s*\((?:oud|nieuw)\))?"
    r"(?:,?\s+(?:lid\s+\d+|(?:eerste|tweede|derde|vierde|vijfde)\s+lid)(?:,?\s+(?:onder|sub)\s+[a-z0-9]+)?)?"
)
_SEQUENCE = rf"{_NUMBER}{_QUALIFIER}(?:\s*(?:,|\ben\b|\bof\b|\btot en met\b)\s*{_NUMBER}{_QUALIFIER})*"
_NUMBER_IN_SEQUENCE = re.compile(rf"(?<![\w.]){_NUMBER}(?![\w])")
_QUALIFIER_NOISE = re.compile(r"\((?:oud|nieuw)\)|\blid\s+\d+|\b(?:onder|sub)\s+[a-z0-9]+\b")
# A repealed number named without its code ("artikel 240b") is still the old article.
_BARE = re.compile(rf"\bart(?:ikel|\.)\s*({_NUMBER})(?![\w])")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'“‘(])")
_PROPOSAL = re.compile(r"\b(?:wetsvoorstel|voorstel van wet|wetsontwerp)", re.IGNORECASE)
_IN_FORCE = ("in werking", "van kracht", "geldt sinds", "geldt de wet")


def _code_pattern(code: Code) -> re.Pattern[str]:
    name = r"\s+".join(re.escape(word) for word in code.name.split())
    return re.compile(
        rf"(?:\bart(?:ikelen|ikel|\.)\s*)?(?<![\w])(?P<numbers>{_SEQUENCE})\s+"
        rf"(?:{re.escape(code.abbreviation)}\b|W\.?v\.?{re.escape(code.abbreviation)}\b|(?:van\s+het\s+)?{name})"
    )


_CODE_PATTERNS = tuple((code, _code_pattern(code)) for code in CODES)


def statute_problems(page: EntryFile) -> list[Problem]:
    """Every problem with the law cited in one page: its front matter values and its prose."""
    problems: list[Problem] = []
    for key, value in page.meta.items():
        for text in text_values(value):
            problems.extend(Problem(page.path, page.line_of(key), message) for _, message in _messages(text))
    for block in prose_blocks(page.body, page.body_line):
        text = blank_code(block.text)
        problems.extend(
            Problem(page.path, block.line + text.count("\n", 0, offset), message)
            for offset, message in _messages(text)
        )
    return problems


def _messages(text: str) -> Iterator[tuple[int, str]]:
    """(offset, message) for each problem in a text, sentence by sentence."""
    start = 0
    for sentence in _SENTENCE_END.split(text):
        start = text.index(sentence, start)
        for offset, message in _sentence_messages(sentence):
            yield start + offset, message
        start += len(sentence)


def _sentence_messages(sentence: str) -> Iterator[tuple[int, str]]:
    lowered = sentence.lower()
    with_code: list[range] = []
    for code, pattern in _CODE_PATTERNS:
        for found in pattern.finditer(sentence):
            with_code.append(range(found.start(), found.end()))
            numbers = _QUALIFIER_NOISE.sub(" ", found.group("numbers"))
            for number in _NUMBER_IN_SEQUENCE.finditer(numbers):
                message = _article_message(code, number.group(), lowered)
                if message:
                    yield found.start(), message
    for found in _BARE.finditer(sentence):
        if any(found.start(1) in span for span in with_code):
            continue  # read above, with its code
        for row in ARTICLES:
            if row.number == found.group(1) and row.repealed_on and not _is_history(row, lowered):
                yield found.start(), _repealed_message(row)
    for law in LAWS:
        message = _proposal_message(law, lowered)
        if message:
            yield 0, message


def _article_message(code: Code, number: str, sentence: str) -> str | None:
    row = article(code, number)
    if row is None:
        return (
            f"art. {number} {code.abbreviation} staat niet in de tabel van wetsartikelen ({TABLE}); "
            "controleer het nummer in de officiële wettekst en voeg het daar toe, met de bron"
        )
    if row.repealed_on and not _is_history(row, sentence):
        return _repealed_message(row)
    return None


def _is_history(row: Article, sentence: str) -> bool:
    return any(marker in sentence for marker in row.history_markers)


def _repealed_message(row: Article) -> str:
    assert row.repealed_on is not None
    since = dutch_date(row.repealed_on)
    current = f"art. {row.replaced_by} {row.code.abbreviation}" if row.replaced_by else "het huidige artikel"
    return (
        f"{row.label} geldt sinds {since} niet meer; noem {current}, of schrijf het oude nummer als "
        f"geschiedenis (bijvoorbeeld 'tot {since}: {row.label}')"
    )


def _proposal_message(law: Law, sentence: str) -> str | None:
    if not _PROPOSAL.search(sentence) or any(marker in sentence for marker in _IN_FORCE):
        return None
    if law.dossier not in sentence and not any(keyword in sentence for keyword in law.keywords):
        return None
    return (
        f"noemt '{law.name}' (kamerstuk {law.dossier}) een wetsvoorstel, maar die wet is op "
        f"{dutch_date(law.in_force_from)} in werking getreden; zeg dat in dezelfde zin"
    )
