"""The kennisbank/citations plugin: mkdocs-bibtex's footnote citations in APA 7 (Dutch), made safe and fast.

It is mkdocs-bibtex's own plugin (pinned; archived upstream) with its loading and formatting replaced:
the bibliography comes from the kennisbank plugin, which parsed and checked it once; every citation of
the site is formatted in one pandoc run; code and e-mail addresses are never read as citations; and
each page that cites something gets a "Bronnen" section with its references.
"""

from __future__ import annotations

from concurrent.futures import Future
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from pybtex.database import BibliographyData

from kennisbank import background, build_state, plugin_names
from kennisbank.cache import Kept
from kennisbank.citations.bibliography_page import Reference, bibliography_page
from kennisbank.citations.config import CitationsConfig
from kennisbank.citations.registry import Formatted, PreparedRegistry
from kennisbank.citations.style import StyleError, dutch_style
from kennisbank.citations.syntax import blocks_in, citation_blocks, mask_non_citations
from kennisbank.citations.upstream import BibTexPlugin

CACHE_NAME = "citations"
# Python-Markdown's footnotes extension puts the footnote list where this marker stands.
FOOTNOTES_MARKER = "///Footnotes Go Here///"


class CitationsPlugin(BibTexPlugin):
    config: CitationsConfig
    config_class = CitationsConfig
    # What pandoc made of the citations, by the digest of what it was made from (registry.py): in
    # `.cache/citations.json` between builds, and in memory between the rebuilds of `mkdocs serve` (this
    # plugin object lives on, mkdocs-bibtex's on_startup), which then skip pandoc after a text edit.
    kept: Kept | None = None
    formatting: Future[Formatted]
    # Every source, formatted, in the order of the style (from on_files): the data export publishes them.
    references: list[Reference]

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        kennisbank = build_state.kennisbank(config, plugin_names.CITATIONS)
        self.references = []
        try:
            self.csl_file = str(dutch_style(self.config.style))
        except StyleError as error:
            raise PluginError(f"{Path(config.config_file_path).name}: {error}") from None
        self.registry = PreparedRegistry(
            BibliographyData(entries=kennisbank.bibliography.entries),
            kennisbank.bibliography.bibtex,
            csl_file=self.csl_file,
            footnote_format=self.config.footnote_format,
        )
        return config

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        """Format every citation of the entries at once, in pandoc, while the kennisbank plugin checks."""
        kennisbank = build_state.kennisbank(config, plugin_names.CITATIONS)
        # The pages that are no entries (the method page) cite too: a citation pandoc has not seen would
        # make mkdocs-bibtex start it once more for that page.
        texts = [entry.file for entry in kennisbank.corpus.by_id.values()] + kennisbank.corpus.pages
        blocks = [block for text in texts for block in citation_blocks(text.body)]
        if self.kept is None:
            self.kept = Kept(CACHE_NAME)
        self.kept.start(kennisbank.cache.only_if(self.config.cache))
        self.formatting = background.start(self.registry.prepare, blocks, self.kept)

    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files | None:
        """Add the page listing all sources."""
        corpus = build_state.kennisbank(config, plugin_names.CITATIONS).corpus
        self.formatting.result()
        if self.kept is not None:
            self.kept.keep()
        references = self.registry.references()
        self.references = references
        page = bibliography_page(references, corpus, self.config.bibliography_page)
        files.append(File.generated(config, self.config.bibliography_page, content=page))
        return files

    def on_page_markdown(
        self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str | None:
        masked = mask_non_citations(markdown)
        cited = super().on_page_markdown(masked.text, page, config, files)
        markdown = masked.restore(cited)
        if not blocks_in(masked):
            return markdown
        return f"{markdown}\n\n## {self.config.sources_heading} {{ #bronnen }}\n\n{FOOTNOTES_MARKER}\n"
