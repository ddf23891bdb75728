"""Characters a reader cannot see but that change what is read: bidirectional overrides and isolates,
which can show a text in another order than it is stored, and zero-width characters, which can split a
word so a check no longer finds it. Refused in every field, in the text and in the bibliography.

Dutch and English need none of them. A quotation in a script that joins letters with a zero-width
joiner or non-joiner (Persian, some Indic scripts) would; the site has none, so none is allowed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from kennisbank.content.bibliography import Bibliography
from kennisbank.content.blocks import text_values
from kennisbank.content.frontmatter import EntryFile
from kennisbank.problems import Problem

_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")


def invisible_problems(page: EntryFile) -> list[Problem]:
    problems = [
        Problem(page.path, page.line_of(key), message)
        for key, value in page.meta.items()
        for text in text_values(value)
        for message in _messages(text)
    ]
    for number, line in enumerate(page.body.split("\n"), page.body_line):
        problems.extend(Problem(page.path, number, message) for message in _messages(line))
    return problems


def bibliography_invisible_problems(bibliography: Bibliography) -> list[Problem]:
    return [
        Problem(path, number, message)
        for path, text in bibliography.texts_by_file.items()
        for number, line in enumerate(text.split("\n"), 1)
        for message in _messages(line)
    ]


def _messages(text: str) -> Iterator[str]:
    for found in dict.fromkeys(_INVISIBLE.findall(text)):
        name = unicodedata.name(found, "onbekend").lower()
        yield (
            f"onzichtbaar teken U+{ord(found):04X} ({name}): het kan tekst anders laten lezen dan ze is "
            "opgeslagen; verwijder het"
        )
