"""What in Markdown is the author's own running text, and what is not: code, citations, addresses, link
targets, HTML, attribute lists and footnote references. Each function keeps lines and offsets, so a
finding in the result is at the same place in the page."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from kennisbank.text.code import blank_code, spaces

# mkdocs-bibtex's EMAIL_REGEX, with the same matches, but tried only where a run of address characters
# begins: from every position inside a long word it rescanned the rest of the word (quadratic).
EMAIL = re.compile(r"(?<![a-zA-Z0-9._%+-])[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\.[a-zA-Z]{2,}")
CITATION = re.compile(r"\[[^\[\]]*@[^\[\]]*\]")
LINK_TARGET = re.compile(r"\]\([^)]*\)")
REFERENCE_DEFINITION = re.compile(r"^ {0,3}\[([^\]^][^\]]*)\]:[ \t]*<?([^\s>]+)>?", re.MULTILINE)
AUTOLINK = re.compile(r"<([a-zA-Z][a-zA-Z0-9+.-]*:[^<>\s]*)>")
BARE_URL = re.compile(r"\b(?:[a-z][a-z0-9+.-]*://|www\.)[^\s<>]+", re.IGNORECASE)
HTML_TAG = re.compile(r"</?([a-zA-Z][\w:-]*)((?:[^<>\"']|\"[^\"]*\"|'[^']*')*)>")
HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
# Python-Markdown's attr_list: `{: .class #id key=value }`, after a block or an inline element.
ATTRIBUTE_LIST = re.compile(r"\{:?[ \t]*([^{}\n]*)\}")
FOOTNOTE_REFERENCE = re.compile(r"\[\^[^\]]*\]")

# In this order: an e-mail address would read as a citation; a link target and a tag hold addresses.
_NOT_PROSE = (
    EMAIL,
    CITATION,
    LINK_TARGET,
    REFERENCE_DEFINITION,
    AUTOLINK,
    HTML_TAG,
    BARE_URL,
    FOOTNOTE_REFERENCE,
)
_BLOCKQUOTE = re.compile(r"^[ \t]*(?:(?:[-*+]|\d+[.)])[ \t]+)*>")
# Text between quotation marks, within one paragraph: "…", “…”, „…”, ‘…’ and «…».
_QUOTATION = re.compile(
    r"\"(?:[^\"\n]|\n(?![ \t]*\n))*\"|[“„](?:[^“”„\n]|\n(?![ \t]*\n))*”"
    r"|‘(?:[^‘’\n]|\n(?![ \t]*\n))*’|«(?:[^«»\n]|\n(?![ \t]*\n))*»"
)


def blank(pattern: re.Pattern[str], text: str) -> str:
    """`text` with every match replaced by spaces, line breaks kept."""
    return pattern.sub(lambda match: spaces(match.group()), text)


def prose(markdown: str, first: Iterable[re.Pattern[str]] = ()) -> str:
    """The running text of `markdown`, everything else blanked out. `first` blanks what is recognised by
    the markup around it (a title in emphasis or link text) before that markup is blanked itself."""
    text = blank(HTML_COMMENT, blank_code(markdown))
    for pattern in first:
        text = blank(pattern, text)
    for pattern in _NOT_PROSE:
        text = blank(pattern, text)
    return blank_attribute_lists(text)


def without_quotations(text: str) -> str:
    """`text` with blockquotes (lazy continuation lines included) and text between quotation marks
    blanked out: there the words are someone else's."""
    lines = text.split("\n")
    quoting = False
    for number, line in enumerate(lines):
        if _BLOCKQUOTE.match(line) or (quoting and line.strip()):
            lines[number] = spaces(line)
            quoting = True
        else:
            quoting = False
    return blank(_QUOTATION, "\n".join(lines))


def attribute_lists(text: str) -> Iterator[re.Match[str]]:
    """The attribute lists in `text`; braces in running text ("{x}") are none."""
    for match in ATTRIBUTE_LIST.finditer(text):
        if any(part.startswith((".", "#")) or "=" in part for part in match.group(1).split()):
            yield match


def blank_attribute_lists(text: str) -> str:
    """`text` with its attribute lists blanked, line breaks kept; in one pass, however many there are."""
    parts: list[str] = []
    done = 0
    for match in attribute_lists(text):
        parts += [text[done : match.start()], spaces(match.group())]
        done = match.end()
    return "".join([*parts, text[done:]])
