"""The prose of a page body as blocks (paragraphs, list groups, tables), with their first line."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from kennisbank.text.code import in_fenced_code
from kennisbank.text.literal import plain_heading

# An ATX heading: its opening hashes as group 1, its text (and any closing hashes) as group 2.
HEADING = re.compile(r"^\s{0,3}(#{1,6})\s(.*)$")
# The optional closing sequence of an ATX heading: hashes after a space, or a heading of hashes only.
_CLOSING_HASHES = re.compile(r"(?:^|\s)#+\s*$")


@dataclass(frozen=True)
class Heading:
    level: int
    words: str  # the heading's text in plain words (text.literal.plain_heading)


def heading(line: str) -> Heading | None:
    """The ATX heading that `line` is, or None; the caller knows whether the line stands in fenced code."""
    found = HEADING.match(line)
    if found is None:
        return None
    return Heading(len(found.group(1)), plain_heading(_CLOSING_HASHES.sub("", found.group(2).strip())))


@dataclass(frozen=True)
class Block:
    text: str
    line: int  # 1-based line of the block's first line in the file


def prose_blocks(body: str, body_line: int) -> Iterator[Block]:
    """Blocks separated by blank lines; fenced code and headings are not prose and are left out."""
    lines: list[str] = []
    start = body_line
    for number, (line, is_code) in enumerate(in_fenced_code(body.split("\n")), body_line):
        if not is_code and line.strip() and not HEADING.match(line):
            if not lines:
                start = number
            lines.append(line)
            continue
        if lines:
            yield Block("\n".join(lines), start)
            lines = []
    if lines:
        yield Block("\n".join(lines), start)
