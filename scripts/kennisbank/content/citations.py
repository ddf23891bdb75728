"""Finding the citations in an entry's Markdown, the way mkdocs-bibtex reads them."""

from __future__ import annotations

from dataclasses import dataclass

from mkdocs_bibtex.citation import CITATION_BLOCK_REGEX, Citation


@dataclass(frozen=True)
class CitedKey:
    key: str
    line: int  # 1-based line in the file


def cited_keys(body: str, body_line: int) -> list[CitedKey]:
    """Every `[@key]` citation in the body, with its line in the file."""
    found: list[CitedKey] = []
    for block in CITATION_BLOCK_REGEX.finditer(body):
        line = body_line + body.count("\n", 0, block.start())
        found.extend(CitedKey(citation.key, line) for citation in Citation.from_markdown(block.group(1)))
    return found
