"""Snippet includes (`--8<-- "file"`): the site does not use them, so pymdownx.snippets is not loaded.
A contribution that tries one would show the marker as text, or, were the extension back, copy a file
from anywhere on the build machine into a page; it is refused with the line instead."""

from __future__ import annotations

import re

from kennisbank.content.frontmatter import EntryFile
from kennisbank.problems import Problem
from kennisbank.text.blocks import prose_blocks

_SNIPPET = re.compile(r"^\s*;?-{1,}8<-{1,}", re.MULTILINE)


def snippet_problems(page: EntryFile) -> list[Problem]:
    return [
        Problem(
            page.path,
            block.line + block.text.count("\n", 0, found.start()),
            "een snippet-include (--8<--) is niet toegestaan: de site neemt geen bestanden in pagina's op; "
            "schrijf de tekst in de pagina zelf",
        )
        for block in prose_blocks(page.body, page.body_line)
        for found in _SNIPPET.finditer(block.text)
    ]
