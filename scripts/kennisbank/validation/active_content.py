"""Active content and addresses: raw HTML and attribute lists within the allow-list (kennisbank.allowlist),
links and images only to addresses it allows, and no http:// anywhere, in running text or a source."""

from __future__ import annotations

import bisect
import html
import itertools
import re
from collections.abc import Iterator

from kennisbank.allowlist import address_refusal, https_message, tag_refusals
from kennisbank.text.links import links
from kennisbank.text.prose import HTML_TAG, blank, blank_attribute_lists
from kennisbank.text.raw_html import attribute_list_tags, raw_tags

_HTTP = re.compile(r"\bhttp://[^\s<>\"')\]]*", re.IGNORECASE)
# In a source every field is text that reaches readers: an address there is never one to run.
_SCRIPT_IN_FIELD = re.compile(r"(?<![\w])(?:javascript|vbscript|data):", re.IGNORECASE)


def markdown_refusals(markdown: str) -> Iterator[tuple[int, str]]:
    """(offset, message) for each problem in `markdown`, whose code is blanked out."""
    for tag in (*raw_tags(markdown), *attribute_list_tags(markdown)):
        yield from ((tag.offset, message) for message in tag_refusals(tag.name, tag.attributes))
    found = list(links(markdown))
    for link in found:
        # Python-Markdown passes character references in an address on to the browser, which reads them.
        refusal = address_refusal(html.unescape(link.url), embedded=link.embedded)
        if refusal:
            yield link.start, refusal
    # http:// outside any link, tag or attribute list (in the running text) is just as unwelcome.
    text = blank_attribute_lists(blank(HTML_TAG, markdown))
    # An address lies in a link if a link starting before it ends after it (an image can lie in a link):
    # the furthest end of the links started so far says so, in one search per address.
    spans = sorted((link.start, link.end) for link in found)
    starts = [start for start, _ in spans]
    furthest = list(itertools.accumulate((end for _, end in spans), max))
    for address in _HTTP.finditer(text):
        before = bisect.bisect_right(starts, address.start()) - 1
        if before < 0 or address.start() >= furthest[before]:
            yield address.start(), https_message(address.group())


def field_refusals(text: str) -> Iterator[str]:
    """The problems of one front matter value: no http:// address."""
    for address in _HTTP.finditer(text):
        yield https_message(address.group())


def bibliography_refusals(line: str) -> Iterator[str]:
    """The problems of one line of a source's fields: they reach readers (the Bronnen page,
    bibliography.json), so a link only over https, and no address that runs a script, in notes and
    titles as much as in `url`."""
    for address in _HTTP.finditer(line):
        yield https_message(address.group().rstrip("},"))
    for found in _SCRIPT_IN_FIELD.finditer(line):
        yield f"een adres met '{found.group().split(':')[0]}:' is in een bron niet toegestaan"
