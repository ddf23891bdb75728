"""mkdocs-bibtex's pandoc registry, fed with the bibliography parsed once, and formatting in one run."""

from __future__ import annotations

from mkdocs_bibtex.citation import CitationBlock
from mkdocs_bibtex.registry import PandocRegistry
from pybtex.database import BibliographyData

from kennisbank.citations.pandoc_markdown import to_python_markdown


class PreparedRegistry(PandocRegistry):
    """Formats citations with pandoc and a CSL style, like mkdocs-bibtex, with two differences:

    - it takes the bibliography already parsed by the kennisbank plugin instead of parsing the .bib
      files again;
    - `prepare` formats every citation of the site in one pandoc run; mkdocs-bibtex would start
      pandoc again for each page with a citation it has not seen, which made builds with locators
      (`[@key, p. 12]`) ten times slower.
    """

    def __init__(self, bib_data: BibliographyData, csl_file: str, footnote_format: str) -> None:
        # ReferenceRegistry.__init__ would parse the .bib files a second time; set what it sets.
        self.bib_data = bib_data
        self.footnote_format = footnote_format
        self.csl_file = csl_file
        self._inline_cache: dict[str, str] = {}
        self._reference_cache: dict[str, str] = {}
        self._is_inline = self._check_csl_type(csl_file=csl_file, csl_file_encoding=None)

    def prepare(self, blocks: list[CitationBlock]) -> None:
        """Format these citation blocks, and a reference for every bibliography entry, in one pandoc run."""
        every_key = [CitationBlock.from_markdown(f"[@{key}]")[0] for key in self.bib_data.entries]
        self.validate_citation_blocks(blocks + every_key)
        for cache in (self._inline_cache, self._reference_cache):
            cache.update((key, to_python_markdown(text)) for key, text in cache.items())

    def inline_text(self, citation_block: CitationBlock) -> str:
        """The author-date citation followed by one footnote mark per source, comma-separated.

        mkdocs-bibtex separates the marks with a space only, so `[@a; @b]` reads as one number.
        """
        text = super().inline_text(citation_block)
        return text.replace("] [^", "],[^")
