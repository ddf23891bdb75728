"""The raw HTML in Markdown: its start tags, the links (`<a href>`) with the text they show, and the
attribute lists of Python-Markdown's attr_list, which set attributes on the element they follow."""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

from markdown.extensions.attr_list import get_attrs_and_remainder

from kennisbank.text.prose import AUTOLINK, HTML_COMMENT, attribute_lists, blank

# What a browser takes for an element name; `<a@b.nl>` (an e-mail autolink) is none.
_ELEMENT_NAME = re.compile(r"[a-z][a-z0-9-]*")


@dataclass(frozen=True)
class Tag:
    name: str  # in lower case, as the browser reads it
    attributes: tuple[tuple[str, str], ...]  # names in lower case, values with character references resolved
    offset: int  # where the tag begins


@dataclass(frozen=True)
class Anchor:
    """An `<a href>` in raw HTML: where it leads and the text between its tags."""

    href: str  # character references resolved
    text: str  # character references resolved, tags left out
    offset: int  # where the start tag begins


def raw_tags(markdown: str) -> list[Tag]:
    """The start tags in `markdown`, whose code is blanked out (`text.code.blank_code`)."""
    return _parsed(markdown).tags


def raw_anchors(markdown: str) -> list[Anchor]:
    """The links of raw HTML in `markdown` (code blanked out), each with the text it shows."""
    return _parsed(markdown).anchors


def _parsed(markdown: str) -> _StartTags:
    parser = _StartTags(markdown)
    parser.feed(blank(HTML_COMMENT, blank(AUTOLINK, markdown)))
    parser.close()
    parser.end_anchor()
    return parser


def attribute_list_tags(markdown: str) -> list[Tag]:
    """The attribute lists in `markdown` (code blanked out), as tags without a name."""
    found: list[Tag] = []
    for match in attribute_lists(markdown):
        attributes, _ = get_attrs_and_remainder(match.group(1))
        named = tuple(
            ("class" if name == "." else name.lower(), value or "")
            for name, value in attributes
            if name != ":"
        )
        found.append(Tag("", named, match.start()))
    return found


class _StartTags(HTMLParser):
    def __init__(self, markdown: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[Tag] = []
        self.anchors: list[Anchor] = []
        self._open: tuple[Tag, list[str]] | None = None  # the <a href> whose text is being read
        self._line_starts = [0, *(match.end() for match in re.finditer("\n", markdown))]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if not _ELEMENT_NAME.fullmatch(tag):
            return
        line, column = self.getpos()
        attributes = tuple((name, value or "") for name, value in attrs)
        self.tags.append(Tag(tag, attributes, self._line_starts[line - 1] + column))
        if tag == "a":
            self.end_anchor()  # an <a> inside another ends it, as browsers read it
            if "href" in dict(attributes):
                self._open = (self.tags[-1], [])

    def handle_data(self, data: str) -> None:
        if self._open is not None:
            self._open[1].append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "a":
            self.end_anchor()

    def end_anchor(self) -> None:
        if self._open is not None:
            tag, text = self._open
            self.anchors.append(Anchor(dict(tag.attributes)["href"], "".join(text), tag.offset))
            self._open = None

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
