"""What counts as a citation in Markdown: `[@key]` as mkdocs-bibtex reads it, but never inside code or
an e-mail address. The validator and the build both use this module, so they agree on every `@`."""

from __future__ import annotations

from dataclasses import dataclass

from kennisbank.citations.upstream import CITATION_BLOCK_REGEX, Citation, CitationBlock
from kennisbank.text.code import Masked, mask_code
from kennisbank.text.prose import EMAIL


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
