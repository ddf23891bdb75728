"""The prose of an entry body as blocks (paragraphs, list groups, tables), with their first line."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

_FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s")


@dataclass(frozen=True)
class Block:
    text: str
    line: int  # 1-based line of the block's first line in the file


def prose_blocks(body: str, body_line: int) -> Iterator[Block]:
    """Blocks separated by blank lines; fenced code and headings are not prose and are left out."""
    lines: list[str] = []
    start = body_line
    fence: str | None = None
    for number, line in enumerate(body.split("\n"), body_line):
        opening = _FENCE.match(line)
        if fence is not None:
            if opening and opening.group(1)[0] == fence[0] and len(opening.group(1)) >= len(fence):
                fence = None
            continue
        if opening:
            fence = opening.group(1)
        elif line.strip() and not _HEADING.match(line):
            if not lines:
                start = number
            lines.append(line)
            continue
        if lines:
            yield Block("\n".join(lines), start)
            lines = []
    if lines:
        yield Block("\n".join(lines), start)


def text_values(value: object) -> Iterator[str]:
    """Every string in a front matter value, however deeply it is nested in lists and mappings."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, list | tuple | set):
        for item in value:
            yield from text_values(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from text_values(item)
