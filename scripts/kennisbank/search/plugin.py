"""The kennisbank/search plugin: indexes the built site with Pagefind, for Dutch.

Material's own search (lunr) matches word prefixes and cannot stem Dutch at the same time, nor fold
diacritics or find compound parts; Pagefind stems Dutch and folds diacritics, and this plugin adds
compound parts and glossary synonyms to each page's index.
"""

from __future__ import annotations

import subprocess
import sys
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils.templates import TemplateContext

from kennisbank.search.config import SearchConfig
from kennisbank.search.markup import PAGE_KIND, searchable
from kennisbank.search.terms import SearchTerms, html_text

KENNISBANK_PLUGIN = "kennisbank"


class SearchPlugin(BasePlugin[SearchConfig]):
    def __init__(self) -> None:
        self.terms = SearchTerms([], [])

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        kennisbank: Any = config.plugins[KENNISBANK_PLUGIN]
        self.terms = SearchTerms.from_corpus(kennisbank.corpus)

    # After the kennisbank plugin has put the entry card into the content.
    @event_priority(-50)
    def on_page_context(
        self, context: TemplateContext, /, *, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> TemplateContext | None:
        if page.content is None:
            return context
        kennisbank: Any = config.plugins[KENNISBANK_PLUGIN]
        entry = kennisbank.corpus.by_src_uri.get(page.file.src_uri)
        kind = None if entry is not None else PAGE_KIND
        page.content = searchable(page.content, kind, self.terms.for_text(html_text(page.content)))
        return context

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        command = [
            sys.executable,
            "-m",
            "pagefind",
            "--site",
            config.site_dir,
            "--output-subdir",
            self.config.output_subdir,
            "--exclude-selectors",
            ",".join(self.config.exclude_selectors),
            "--silent",
        ]
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise PluginError(f"Pagefind kon de zoekindex niet maken:\n{result.stdout}{result.stderr}")
