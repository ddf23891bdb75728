"""What counts as a citation in Markdown: `[@key]`, `[see @key, p. 12; @other]`, but never inside code or
an e-mail address. The validator and the build both use this module, so they agree on every `@`: the
kennisbank/citations plugin is mkdocs-bibtex's, and `citations/upstream.py` makes it read citations with
the classes here.

The syntax is mkdocs-bibtex's (4.4.0, `mkdocs_bibtex/citation.py`, BSD-3-Clause-LBNL), written out here so
that the core reads citations without importing mkdocs-bibtex, whose package loads MkDocs on any import.
tests/test_citations_upstream.py holds it to mkdocs-bibtex's own on every page of the site.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kennisbank.text.code import Masked, mask_code
from kennisbank.text.prose import EMAIL

CITATION_REGEX = re.compile(r"(?:(?P<prefix>[^@;]*?)\s*)?@(?P<key>[\w-]+)(?:,\s*(?P<suffix>[^;]+))?")
CITATION_BLOCK_REGEX = re.compile(r"\[(.*?)\]")
# A part of a block that is an e-mail address is no citation (mkdocs-bibtex's own test, kept as it is).
_EMAIL_PART = re.compile(r"[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\.[a-zA-Z]{2,}")


@dataclass
class Citation:
    """One cited key with what is written before it and after its comma."""

    key: str
    prefix: str = ""
    suffix: str = ""

    def __str__(self) -> str:
        return " ".join(part for part in (self.prefix, f"@{self.key}", self.suffix) if part)

    @classmethod
    def from_markdown(cls, markdown: str) -> list[Citation]:
        """The citations of the inside of a block: parts between semicolons."""
        citations = []
        for part in markdown.split(";"):
            if _EMAIL_PART.match(part):
                continue
            match = CITATION_REGEX.match(part)
            if match:
                found = {group: match.group(group) or "" for group in ("prefix", "key", "suffix")}
                citations.append(cls(**found))
        return citations


@dataclass
class CitationBlock:
    """A `[...]` that holds at least one citation, as written (`raw`, without the brackets)."""

    citations: list[Citation]
    raw: str = ""

    def __str__(self) -> str:
        if self.raw:
            return f"[{self.raw}]"
        return "[" + "; ".join(str(citation) for citation in self.citations) + "]"

    @classmethod
    def from_markdown(cls, markdown: str) -> list[CitationBlock]:
        """Every block of `markdown` in order; brackets without a citation are none."""
        blocks = []
        for match in CITATION_BLOCK_REGEX.finditer(markdown):
            citations = Citation.from_markdown(match.group(1))
            if citations:
                blocks.append(cls(raw=match.group(1), citations=citations))
        return blocks


def mask_non_citations(markdown: str) -> Masked:
    """Hide code and e-mail addresses; line breaks are kept, so lines count."""
    return mask_code(markdown, also=EMAIL)


def citation_blocks(markdown: str) -> list[CitationBlock]:
    """The citation blocks mkdocs-bibtex will format, in order."""
    return blocks_in(mask_non_citations(markdown))


def blocks_in(masked: Masked) -> list[CitationBlock]:
    """The citation blocks of Markdown that mask_non_citations has masked already."""
    return CitationBlock.from_markdown(masked.text)


@dataclass(frozen=True)
class CitedKey:
    key: str
    line: int  # 1-based line in the file


def cited_keys(body: str, body_line: int) -> list[CitedKey]:
    """Every cited key in the body, with its line in the file."""
    text = mask_non_citations(body).text
    found: list[CitedKey] = []
    line, counted = body_line, 0  # lines counted up to each block from the one before: linear time
    for block in CITATION_BLOCK_REGEX.finditer(text):
        line += text.count("\n", counted, block.start())
        counted = block.start()
        found.extend(CitedKey(citation.key, line) for citation in Citation.from_markdown(block.group(1)))
    return found
