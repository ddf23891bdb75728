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
# A footnote reference, `[^1]`: its caret marks no emphasis.
_FOOTNOTE_REFERENCE = re.compile(r"\[\^[^\]\s]*\]")
_BRACKET = re.compile(r"[\[\]()]")
_OPENING = {"[": "[", "(": "(", "]": "[", ")": "("}
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)\b[^<>]*?(/?)>")
# Elements that have no end tag.
_VOID = frozenset(
    "area base br col embed hr img input link meta param source track wbr".split()  # noqa: SIM905
)
_BACKTICK_RUN = re.compile(r"`+")
# A backslash before ASCII punctuation: Markdown shows the character as it is.
_ESCAPED = re.compile(r"\\[!-/:-@\[-`{-~]")


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
    # Code, and characters escaped with a backslash (`\*`, `\[`), are text: they open nothing.
    blanked = _ESCAPED.sub("  ", blank_code(body))
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
    neither. Footnote references do not count."""
    text = _FOOTNOTE_REFERENCE.sub(lambda reference: " " * len(reference.group()), text)
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
    """How many HTML elements are open at once in the whole text (an element may span paragraphs). An end
    tag closes the last element of its name and those opened inside it; one that closes nothing is text.
    As in HTML, a list item, table cell or row, term or paragraph ends where the next one of its kind
    begins in the same list, row, table or definition list. Linear in the number of tags."""
    stack = _OpenElements()
    for match in _TAG.finditer(text):
        closing, name, self_closing = match.groups()
        name = name.lower()
        if closing:
            stack.close(name)
        elif not self_closing and name not in _VOID:
            stack.open(name)
            yield len(stack.names), match.start()


# An element whose end tag may be left out: the elements it ends when it begins, and the elements that
# stop that search (its list, row or table).
_ENDS_SIBLING: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "li": (frozenset({"li"}), frozenset({"ul", "ol"})),
    "dt": (frozenset({"dt", "dd"}), frozenset({"dl"})),
    "dd": (frozenset({"dt", "dd"}), frozenset({"dl"})),
    "td": (frozenset({"td", "th"}), frozenset({"tr", "table"})),
    "th": (frozenset({"td", "th"}), frozenset({"tr", "table"})),
    "tr": (frozenset({"tr"}), frozenset({"table", "thead", "tbody", "tfoot"})),
    "p": (frozenset({"p"}), frozenset()),
}
# How far down a new list item (cell, row, ...) looks for the one it ends: deeper, it counts as nested.
# The search never costs more than this, whatever the text.
_SIBLING_REACH = 16


class _OpenElements:
    """The names of the open elements, innermost last, with a count per name to look a name up at once."""

    def __init__(self) -> None:
        self.names: list[str] = []
        self.counts: dict[str, int] = {}

    def open(self, name: str) -> None:
        ends, stops = _ENDS_SIBLING.get(name, (frozenset(), frozenset()))
        reach = 1 if name == "p" else _SIBLING_REACH  # a paragraph ends only a paragraph just open
        for index in range(len(self.names) - 1, max(-1, len(self.names) - 1 - reach), -1):
            if self.names[index] in ends:
                self._pop_to(index)
                break
            if self.names[index] in stops:
                break
        self.names.append(name)
        self.counts[name] = self.counts.get(name, 0) + 1

    def close(self, name: str) -> None:
        if self.counts.get(name):
            index = len(self.names) - 1
            while self.names[index] != name:  # each element is passed once: it is closed here
                index -= 1
            self._pop_to(index)

    def _pop_to(self, index: int) -> None:
        for name in self.names[index:]:
            self.counts[name] -= 1
        del self.names[index:]


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
