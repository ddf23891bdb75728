"""Rules on the prose of an entry: every figure is cited in its paragraph, and nothing is left unfilled."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kennisbank.content.blocks import text_values
from kennisbank.content.corpus import LoadedEntry
from kennisbank.model.entries import PLACEHOLDER_MARK
from kennisbank.problems import Problem
from kennisbank.text.blocks import Block, prose_blocks
from kennisbank.text.prose import CITATION, prose

_PLACEHOLDER = re.compile(rf"\b(?:{PLACEHOLDER_MARK}|TODO|TBD|FIXME|XXX)\b|(?i:lorem ipsum)")

_LIST_MARKER = re.compile(r"^\s*\d+[.)]\s", re.MULTILINE)
# A figure stands on its own: the number in an entry ID (INT-001, EM-2) or in "EU-27" is none.
_FIGURE = re.compile(r"(?<![\w-])\d+(?:[.,]\d+)*(?:\s?%)?")


def prose_problems(entry: LoadedEntry) -> list[Problem]:
    path = entry.file.path
    problems = [
        Problem(path, block.line, f"cijfer '{figure}' zonder bron in dezelfde alinea; voeg [@sleutel] toe")
        for block, figure in _uncited_figures(entry)
    ]
    problems.extend(
        Problem(path, line, f"tekst is nog niet ingevuld ('{mark}')") for line, mark in _placeholders(entry)
    )
    return problems


def _uncited_figures(entry: LoadedEntry) -> Iterator[tuple[Block, str]]:
    for block in prose_blocks(entry.file.body, entry.file.body_line):
        if CITATION.search(block.text):
            continue
        figure = _FIGURE.search(_LIST_MARKER.sub(" ", prose(block.text)))
        if figure:
            yield block, figure.group().strip()


def _placeholders(entry: LoadedEntry) -> Iterator[tuple[int, str]]:
    for key, value in entry.file.meta.items():
        for text in text_values(value):
            found = _PLACEHOLDER.search(text)
            if found:
                yield entry.file.line_of(key), found.group()
    for number, line in enumerate(entry.file.body.split("\n"), entry.file.body_line):
        found = _PLACEHOLDER.search(line)
        if found:
            yield number, found.group()
