"""mkdocs-bibtex's pandoc registry, fed with the bibliography parsed once, and formatting in one run."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pypandoc
from pybtex.database import BibliographyData

from kennisbank import cache
from kennisbank.citations.bibliography_page import Reference
from kennisbank.citations.pandoc_markdown import to_python_markdown
from kennisbank.citations.syntax import CitationBlock
from kennisbank.citations.upstream import PandocRegistry

PARTS = ("inline", "references")  # of Formatted, as kept in the cache


@dataclass(frozen=True)
class Formatted:
    """What one pandoc run made of the citations, and from what."""

    digest: str  # of the bibliography, the style, each distinct citation and pandoc's version
    inline: dict[str, str]
    references: dict[str, str]


class PreparedRegistry(PandocRegistry):
    """Formats citations with pandoc and a CSL style, like mkdocs-bibtex, with two differences:

    - it takes the bibliography already parsed by the kennisbank plugin instead of parsing the .bib
      files again;
    - `prepare` formats every citation of the site in one pandoc run; mkdocs-bibtex would start
      pandoc again for each page with a citation it has not seen, which made builds with locators
      (`[@key, p. 12]`) ten times slower. Each distinct citation goes to pandoc once: an author-date
      citation reads the same wherever it stands, and pandoc's time grows with the citations it gets
      (the same few sources are cited on page after page);
    - that run also gives every reference in the order of the style, for the Bronnen page.
    """

    def __init__(self, bib_data: BibliographyData, bibtex: str, csl_file: str, footnote_format: str) -> None:
        # ReferenceRegistry.__init__ would parse the .bib files a second time; set what it sets.
        self.bib_data = bib_data
        self._bibtex = bibtex
        self.footnote_format = footnote_format
        self.csl_file = csl_file
        self._inline_cache: dict[str, str] = {}
        self._reference_cache: dict[str, str] = {}
        self._is_inline = self._check_csl_type(csl_file=csl_file, csl_file_encoding=None)

    @property
    def bib_data_bibtex(self) -> str:  # a cached_property upstream
        """The .bib files as written: pybtex's own BibTeX output turns `\\&` into a line break in pandoc."""
        return self._bibtex

    def prepare(self, blocks: list[CitationBlock], kept: cache.Kept | None = None) -> Formatted:
        """Format these citation blocks, and a reference for every bibliography entry, in one pandoc run.

        `kept`: what earlier builds formatted (in this process or on disk), by the digest of what it was
        made from; when one was made from the same bibliography, style, citations and pandoc (and the same
        code, cache.py), pandoc is not run again.
        """
        every_key = [CitationBlock.from_markdown(f"[@{key}]")[0] for key in self.bib_data.entries]
        distinct = {str(block): block for block in blocks + every_key}
        inputs = (
            pypandoc.get_pandoc_version(),
            self.bib_data_bibtex,
            Path(self.csl_file).read_text(encoding="utf-8"),
            *distinct,
        )
        digest = cache.digest(*inputs)
        earlier = kept.get(digest) if kept is not None else None
        if isinstance(earlier, dict) and all(isinstance(earlier.get(part), dict) for part in PARTS):
            self._inline_cache.update(earlier["inline"])
            self._reference_cache.update(earlier["references"])
            return Formatted(digest, earlier["inline"], earlier["references"])
        self.validate_citation_blocks(list(distinct.values()))
        for made in (self._inline_cache, self._reference_cache):
            made.update((key, to_python_markdown(text)) for key, text in made.items())
        formatted = Formatted(digest, dict(self._inline_cache), dict(self._reference_cache))
        if kept is not None:
            kept.put(digest, {part: getattr(formatted, part) for part in PARTS})
        return formatted

    def references(self) -> list[Reference]:
        """Every entry of the bibliography, formatted, in the order of the style: pandoc's own order."""
        return [Reference(key, text) for key, text in self._reference_cache.items()]

    def inline_text(self, citation_block: CitationBlock) -> str:
        """The author-date citation followed by one footnote mark per source, comma-separated.

        mkdocs-bibtex separates the marks with a space only, so `[@a; @b]` reads as one number.
        """
        text = super().inline_text(citation_block)
        return text.replace("] [^", "],[^")
