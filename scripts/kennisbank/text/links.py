"""Every address a page's Markdown links to or loads: links and images (inline and by reference),
reference definitions and autolinks; and the links with the text they show. Raw HTML has its own module
(`raw_html`)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from kennisbank.text.prose import AUTOLINK, REFERENCE_DEFINITION

# The text of a link or the alt text of an image: brackets may nest one level.
_TEXT = r"((?:[^\[\]\n]|\[[^\[\]\n]*\])*)"
_INLINE_LINK = re.compile(r"(!?)\[" + _TEXT + r"\]\(\s*(<[^>\n]*>|[^\s)]*)")
_REFERENCE_IMAGE = re.compile(r"!\[([^\]\n]*)\]\[([^\]\n]*)\]")
# `[text][label]`, `[text][]` and `[label]`: a link only where the label is defined. Not an image, not the
# label of a link before it, not an inline link or a definition.
_REFERENCE_LINK = re.compile(r"(?<![!\]\\])\[" + _TEXT + r"\](?:\[([^\]\n]*)\])?(?![(\[:])")


@dataclass(frozen=True)
class Link:
    start: int
    end: int
    url: str
    embedded: bool  # the browser loads it into the page (an image), rather than following it


@dataclass(frozen=True)
class ShownLink:
    """A link as the reader meets it: the text shown and where it leads."""

    start: int  # where the link begins
    text: str  # as written, Markdown included
    url: str


def links(markdown: str) -> Iterator[Link]:
    """The links of `markdown`, whose code is blanked out (`text.code.blank_code`)."""
    definitions = _definitions(markdown)
    for found in REFERENCE_DEFINITION.finditer(markdown):
        yield Link(found.start(2), found.end(2), found.group(2), embedded=False)
    for found in _INLINE_LINK.finditer(markdown):
        target = found.group(3).strip("<>")
        yield Link(found.start(3), found.end(3), target, embedded=bool(found.group(1)))
    for found in _REFERENCE_IMAGE.finditer(markdown):
        label = (found.group(2) or found.group(1)).strip().lower()
        if label in definitions:
            yield Link(found.start(), found.end(), definitions[label], embedded=True)
    for found in AUTOLINK.finditer(markdown):
        yield Link(found.start(1), found.end(1), found.group(1), embedded=False)


def shown_links(markdown: str) -> Iterator[ShownLink]:
    """The links of `markdown` (code blanked out) that show a text of their own: inline and by reference;
    images and autolinks (which show their address) are none."""
    definitions = _definitions(markdown)
    for found in _INLINE_LINK.finditer(markdown):
        if not found.group(1):
            yield ShownLink(found.start(), found.group(2), found.group(3).strip("<>"))
    for found in _REFERENCE_LINK.finditer(markdown):
        label = (found.group(2) or found.group(1)).strip().lower()
        if label in definitions:
            yield ShownLink(found.start(), found.group(1), definitions[label])


def _definitions(markdown: str) -> dict[str, str]:
    """Reference label (in lower case) -> address."""
    return {
        found.group(1).strip().lower(): found.group(2) for found in REFERENCE_DEFINITION.finditer(markdown)
    }
