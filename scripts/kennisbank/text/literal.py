"""A heading as plain words, and any text as Markdown that shows it literally.

The history of an entry names the sections a change touched by their headings, and pages made of
Markdown (Wijzigingen, the front page) show those names far from the entry: a link, a citation, raw HTML
or emphasis in a heading would mean something else there, or nothing at all.
"""

from __future__ import annotations

import html
import re

from kennisbank.text.prose import ATTRIBUTE_LIST, CITATION, FOOTNOTE_REFERENCE, HTML_TAG

_LINK = re.compile(r"!?\[([^\[\]\n]*)\](?:\([^)\n]*\)|\[[^\]\n]*\])?")
_MARKERS = re.compile(r"[`*_~=^]+")
_SPACES = re.compile(r"\s+")
# What Python-Markdown reads as markup unless a backslash precedes it.
_MARKUP = re.compile(r"([\\`*_{}\[\]()#+!.-])")


def plain_heading(heading: str) -> str:
    """A heading's words as its page shows them: without its attribute list, citations, footnotes, HTML,
    link targets and emphasis markers, and with character references (`&lt;`) as the characters."""
    text = ATTRIBUTE_LIST.sub(" ", heading)
    for pattern in (CITATION, FOOTNOTE_REFERENCE, HTML_TAG):
        text = pattern.sub(" ", text)
    text = _LINK.sub(r"\1", text)
    text = html.unescape(_MARKERS.sub("", text))
    return _SPACES.sub(" ", text).strip()


def markdown_literal(text: str) -> str:
    """`text` as Markdown that shows exactly `text`: no link, emphasis, HTML, entity or citation."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace("@", "&#64;")
    return _MARKUP.sub(r"\\\1", text)
