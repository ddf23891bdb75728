"""Every address a page's Markdown links to or loads: links and images (inline and by reference),
reference definitions and autolinks. Raw HTML has its own module (`raw_html`)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from kennisbank.text.prose import AUTOLINK, REFERENCE_DEFINITION

_INLINE_LINK = re.compile(r"(!?)\[(?:[^\[\]\n]|\[[^\[\]\n]*\])*\]\(\s*(<[^>\n]*>|[^\s)]*)")
_REFERENCE_IMAGE = re.compile(r"!\[([^\]\n]*)\]\[([^\]\n]*)\]")


@dataclass(frozen=True)
class Link:
    start: int
    end: int
    url: str
    embedded: bool  # the browser loads it into the page (an image), rather than following it


def links(markdown: str) -> Iterator[Link]:
    """The links of `markdown`, whose code is blanked out (`text.code.blank_code`)."""
    definitions: dict[str, str] = {}
    for found in REFERENCE_DEFINITION.finditer(markdown):
        definitions[found.group(1).strip().lower()] = found.group(2)
        yield Link(found.start(2), found.end(2), found.group(2), embedded=False)
    for found in _INLINE_LINK.finditer(markdown):
        target = found.group(2).strip("<>")
        yield Link(found.start(2), found.end(2), target, embedded=bool(found.group(1)))
    for found in _REFERENCE_IMAGE.finditer(markdown):
        label = (found.group(2) or found.group(1)).strip().lower()
        if label in definitions:
            yield Link(found.start(), found.end(), definitions[label], embedded=True)
    for found in AUTOLINK.finditer(markdown):
        yield Link(found.start(1), found.end(1), found.group(1), embedded=False)
