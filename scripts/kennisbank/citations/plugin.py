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
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from pybtex.database import BibliographyData

from kennisbank import background, build_cache, build_state, plugin_names
from kennisbank.citations.bibliography_page import Reference, bibliography_page
from kennisbank.citations.config import CitationsConfig
from kennisbank.citations.registry import Formatted, PreparedRegistry
from kennisbank.citations.style import dutch_style
from kennisbank.citations.syntax import blocks_in, citation_blocks, mask_non_citations
from kennisbank.citations.upstream import BibTexPlugin

CACHE_NAME = "citations"
PARTS = ("inline", "references")  # of Formatted, as kept in the cache
# Python-Markdown's footnotes extension puts the footnote list where this marker stands.
FOOTNOTES_MARKER = "///Footnotes Go Here///"


class CitationsPlugin(BibTexPlugin):
    config: CitationsConfig
    config_class = CitationsConfig
    # What pandoc made of the citations in the previous build: this plugin object lives on between the
    # rebuilds of `mkdocs serve` (mkdocs-bibtex's on_startup), which then skip pandoc after a text edit.
    formatted: Formatted | None = None
    formatting: Future[Formatted]
    # Where the formatted citations are kept between builds, and the digest of those this build started
    # from: only a new result is written.
    cache_dir: Path
    previous_digest: str | None = None
    # Every source, formatted, in the order of the style (from on_files): the data export publishes them.
    references: list[Reference]

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        kennisbank = build_state.kennisbank(config, plugin_names.CITATIONS)
        self.references = []
        self.csl_file = str(dutch_style(self.config.style))
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
        self.cache_dir = kennisbank.project_paths.cache_dir
        on_disk = _formatted_on_disk(self.cache_dir)
        self.previous_digest = on_disk.digest if on_disk is not None else None
        # What this process formatted last (under `mkdocs serve`) and what is on disk: either may match.
        candidates = [formatted for formatted in (self.formatted, on_disk) if formatted is not None]
        self.formatting = background.start(self.registry.prepare, blocks, candidates)

    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files | None:
        """Add the page listing all sources."""
        corpus = build_state.kennisbank(config, plugin_names.CITATIONS).corpus
        formatted = self.formatting.result()
        if formatted.digest != self.previous_digest:
            kept = {part: getattr(formatted, part) for part in PARTS}
            build_cache.save(self.cache_dir, CACHE_NAME, formatted.digest, kept)
        self.formatted = formatted
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


def _formatted_on_disk(cache_dir: Path) -> Formatted | None:
    kept = build_cache.load(cache_dir, CACHE_NAME)
    if kept is None:
        return None
    digest, value = kept
    if not isinstance(value, dict) or not all(isinstance(value.get(part), dict) for part in PARTS):
        return None  # written by another version of this plugin: formatted anew
    return Formatted(digest, value["inline"], value["references"])
