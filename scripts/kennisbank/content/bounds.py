"""How deep a page's Markdown may nest, measured on its text before any Markdown parser sees it.

Python-Markdown handles nesting by recursion, and some of it in quadratic time: a list nested a thousand
levels deep, a line of thousands of emphasis markers or unclosed brackets, `<div markdown>` inside
itself, end the build in a RecursionError or keep it busy for minutes. Each shape is measured here in one
pass over the text (code blanked out: code is shown as written), and a file over a bound is refused with
the line where it is deepest, before it is parsed or rendered. The bounds are far above what the knowledge
base writes (`tests/test_bounds.py` holds them to the real pages) and low enough that a page at each
bound builds in well under a second (`make bench` is where speed is measured).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from kennisbank.problems import Problem
from kennisbank.text.code import blank_code, in_fenced_code


@dataclass(frozen=True)
class Bound:
    """One shape of nesting: how deep it may go, and what the contributor is told when it goes deeper."""

    limit: int
    what: str  # "{depth}" and "{limit}" are filled in
    advice: str

    def message(self, depth: int) -> str:
        return f"{self.what.format(depth=depth)}; de grens is {self.limit}: {self.advice}"


# Lists and block quotes, together: each `>`, each list marker and each four columns of indentation in
# front of a line is one level (Python-Markdown nests a list by four spaces).
CONTAINERS = Bound(
    10,
    "lijsten en citaten zijn vanaf hier tot {depth} niveaus diep genest "
    "(inspringing, lijsttekens en '>' samen)",
    "maak de lijst of het citaat platter",
)
# Emphasis opened and not (yet) closed within a paragraph: *, _ and the ~, =, ^ of pymdownx.
EMPHASIS = Bound(
    10,
    "vanaf hier staan tot {depth} nadruktekens (*, _, ~, =, ^) tegelijk open in één alinea",
    "sluit elke nadruk voordat je een nieuwe opent, of schrijf een los teken als \\*",
)
# Brackets opened and not closed within a paragraph: [ and ( together (links, citations, remarks).
BRACKETS = Bound(
    10,
    "vanaf hier staan tot {depth} haken ('[' en '(') tegelijk open in één alinea",
    "sluit elke haak, of schrijf een losse als \\[ of \\(",
)
# HTML elements inside each other; `<div markdown>` in `<div markdown>` is parsed by recursion.
ELEMENTS = Bound(
    10,
    "HTML-elementen zijn vanaf hier tot {depth} diep in elkaar genest",
    "sluit elk element en maak de opbouw platter",
)
# A run of backticks: longer runs make the search for inline code quadratic; a fence needs three or four.
BACKTICKS = Bound(
    10,
    "hier staan tot {depth} backticks achter elkaar",
    "gebruik er hoogstens drie of vier voor code",
)

_SPACES_PER_LEVEL = 4
# What may stand in front of a line's text: indentation, '>' and list markers (followed by a blank).
_CONTAINER_PREFIX = re.compile(r"(?:[ \t]+|>|(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$))*")
_LIST_MARKER = re.compile(r"[-*+]|\d{1,9}[.)]")
_BLANKS = re.compile(r"[ \t]+")
EMPHASIS_MARKERS = "*_~=^"
_MARKER_RUN = re.compile(r"([*_~=^])\1*")
_BRACKET = re.compile(r"[\[\]()]")
_OPENING = {"[": "[", "(": "(", "]": "[", ")": "("}
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)\b[^<>]*?(/?)>")
# Elements that have no end tag.
_VOID = frozenset(
    "area base br col embed hr img input link meta param source track wbr".split()  # noqa: SIM905
)
_BACKTICK_RUN = re.compile(r"`+")


@dataclass(frozen=True)
class Deepest:
    """One shape in a text: how deep it goes, and where it first goes deeper than its bound."""

    depth: int
    offset: int | None  # None: nowhere

    @classmethod
    def of(cls, points: Iterator[tuple[int, int]], limit: int) -> Deepest:
        """From the (depth, offset) of each point where the shape deepens."""
        depth, first = 0, None
        for point, offset in points:
            depth = max(depth, point)
            if first is None and point > limit:
                first = offset
        return cls(depth, first)


def bound_problems(body: str, body_line: int, shown_as: str) -> list[Problem]:
    """One problem for each shape whose bound the body goes over: on the first line where it does, with
    the depth it reaches."""
    problems: list[Problem] = []
    blanked = blank_code(body)
    # Containers and backticks are measured on the text as written: see each function.
    measures: list[tuple[Bound, Callable[[str], Iterator[tuple[int, int]]], str]] = [
        (CONTAINERS, container_depth, body),
        (EMPHASIS, emphasis_depth, blanked),
        (BRACKETS, bracket_depth, blanked),
        (ELEMENTS, element_depth, blanked),
        (BACKTICKS, backtick_run, body),
    ]
    for bound, measure, text in measures:
        deepest = Deepest.of(measure(text), bound.limit)
        if deepest.offset is not None:
            line = body_line + body.count("\n", 0, deepest.offset)
            problems.append(Problem(shown_as, line, bound.message(deepest.depth)))
    return problems


def container_depth(text: str) -> Iterator[tuple[int, int]]:
    """How deep each line outside fenced code is: each '>', each list marker and each four columns of
    indentation in front of its text are one level. Measured on the text as written: blanked inline code
    would read as indentation."""
    offset = 0
    for line, is_code in in_fenced_code(text.split("\n")):
        prefix = _CONTAINER_PREFIX.match(line)
        if not is_code and prefix is not None and prefix.end() > 0 and not line.isspace():
            front = prefix.group()
            depth = front.count(">") + len(_LIST_MARKER.findall(front))
            depth += sum(_columns(blanks) // _SPACES_PER_LEVEL for blanks in _BLANKS.findall(front))
            yield depth, offset
        offset += len(line) + 1


def _columns(blanks: str) -> int:
    return sum(_SPACES_PER_LEVEL if char == "\t" else 1 for char in blanks)


def emphasis_depth(text: str) -> Iterator[tuple[int, int]]:
    """How many emphasis markers are open at once within a paragraph: a run that can only open adds its
    length, one that can close takes its length off (of its own marker), one between blanks does
    neither."""
    for start, paragraph in _paragraphs(text):
        open_by_marker = dict.fromkeys(EMPHASIS_MARKERS, 0)
        for match in _MARKER_RUN.finditer(paragraph):
            before = paragraph[match.start() - 1] if match.start() > 0 else " "
            after = paragraph[match.end()] if match.end() < len(paragraph) else " "
            opens, closes = _flanking(before, after)
            marker, length = match.group(1), len(match.group())
            if opens and not closes:
                open_by_marker[marker] += length
                depth = sum(open_by_marker.values())
                yield depth, start + match.start()
            elif closes:  # a run that can do both (inside a word) closes what is open, if anything is
                open_by_marker[marker] = max(0, open_by_marker[marker] - length)


def _flanking(before: str, after: str) -> tuple[bool, bool]:
    """Whether a run of markers between `before` and `after` can open and can close emphasis (as
    CommonMark defines left- and right-flanking)."""
    opens = not after.isspace() and (not _punctuation(after) or before.isspace() or _punctuation(before))
    closes = not before.isspace() and (not _punctuation(before) or after.isspace() or _punctuation(after))
    return opens, closes


def _punctuation(char: str) -> bool:
    return unicodedata.category(char)[0] in "PS"


def bracket_depth(text: str) -> Iterator[tuple[int, int]]:
    """How many brackets are open at once within a paragraph; a closing one without an opening one is
    text."""
    for start, paragraph in _paragraphs(text):
        open_by_kind = {"[": 0, "(": 0}
        for match in _BRACKET.finditer(paragraph):
            char = match.group()
            kind = _OPENING[char]
            if char == kind:
                open_by_kind[kind] += 1
                depth = open_by_kind["["] + open_by_kind["("]
                yield depth, start + match.start()
            else:
                open_by_kind[kind] = max(0, open_by_kind[kind] - 1)


def element_depth(text: str) -> Iterator[tuple[int, int]]:
    """How many HTML elements are open at once in the whole text (an element may span paragraphs)."""
    depth = 0
    for match in _TAG.finditer(text):
        closing, name, self_closing = match.groups()
        if closing:
            depth = max(0, depth - 1)
        elif not self_closing and name.lower() not in _VOID:
            depth += 1
            yield depth, match.start()


def backtick_run(text: str) -> Iterator[tuple[int, int]]:
    """The length of each run of backticks, in the text as written (code is where they are)."""
    for match in _BACKTICK_RUN.finditer(text):
        yield len(match.group()), match.start()


def _paragraphs(text: str) -> Iterator[tuple[int, str]]:
    """(offset, text) of each run of lines that holds no blank line."""
    offset = 0
    for part in re.split(r"(\n[ \t]*\n)", text):
        if part and not part.isspace():
            yield offset, part
        offset += len(part)
