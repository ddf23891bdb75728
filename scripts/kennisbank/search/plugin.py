"""The kennisbank/search plugin: indexes the built site with Pagefind, for Dutch.

Material's own search (lunr) matches word prefixes and cannot stem Dutch at the same time, nor fold
diacritics or find compound parts; Pagefind stems Dutch and folds diacritics, and this plugin adds
compound parts and glossary synonyms to each page's index.
"""

from __future__ import annotations

import logging
from concurrent.futures import Future
from fnmatch import fnmatch
from pathlib import Path
from typing import Any

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils.templates import TemplateContext
from pagefind.service import get_executable

from kennisbank import background
from kennisbank.search.config import SearchConfig
from kennisbank.search.markup import PAGE_KIND, searchable
from kennisbank.search.service import PagefindService
from kennisbank.search.terms import SearchTerms, html_text

KENNISBANK_PLUGIN = "kennisbank"
# Material's own search, which this plugin replaces: nothing loads its index worker or lunr's languages
# unless Material's search plugin is on.
MATERIAL_SEARCH_PLUGINS = ("search", "material/search")
MATERIAL_SEARCH_ASSETS = ("assets/javascripts/lunr/", "assets/javascripts/workers/")
# What Pagefind (1.5.2) writes besides pagefind.js and what that loads: ready-made search UIs and a
# highlighter, which overrides/assets/javascripts/search.js does not use.
PAGEFIND_UNUSED = (
    "pagefind-ui.js",
    "pagefind-ui.css",
    "pagefind-modular-ui.js",
    "pagefind-modular-ui.css",
    "pagefind-component-ui.js",
    "pagefind-component-ui.css",
    "pagefind-highlight.js",
)
log = logging.getLogger("mkdocs.plugins.kennisbank.search")


class SearchPlugin(BasePlugin[SearchConfig]):
    def __init__(self) -> None:
        self.terms = SearchTerms([], [])
        self.serving = False
        self.index: PagefindService | None = None
        # Under `mkdocs serve`, Pagefind writing the last build's index while the site is already served.
        self.writing: Future[int] | None = None

    # Having on_startup keeps this plugin object between the rebuilds of `mkdocs serve`.
    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.serving = command == "serve"

    def on_shutdown(self) -> None:
        self._stop_indexing()

    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files | None:
        """Leave Material's own search assets out of the site (1.2 MB that no page loads)."""
        if not any(name in config.plugins for name in MATERIAL_SEARCH_PLUGINS):
            for file in [file for file in files if file.src_uri.startswith(MATERIAL_SEARCH_ASSETS)]:
                files.remove(file)
        return files

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        self._stop_indexing()  # the site it indexes is about to be rebuilt
        kennisbank: Any = config.plugins[KENNISBANK_PLUGIN]
        self.terms = SearchTerms.from_corpus(kennisbank.corpus)

    def on_env(self, env: Environment, /, *, config: MkDocsConfig, files: Files) -> Environment | None:
        """Start Pagefind when the content is checked and the pages are about to be written."""
        self.index = PagefindService(_pagefind(), {"exclude_selectors": self.config.exclude_selectors})
        return env

    # After the kennisbank plugin has put the entry card into the content.
    @event_priority(-50)
    def on_page_context(
        self, context: TemplateContext, /, *, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> TemplateContext | None:
        if page.content is None or any(fnmatch(page.file.src_uri, p) for p in self.config.exclude_pages):
            return context  # without data-pagefind-body, Pagefind leaves the page out
        kennisbank: Any = config.plugins[KENNISBANK_PLUGIN]
        entry = kennisbank.corpus.by_src_uri.get(page.file.src_uri)
        kind = None if entry is not None else PAGE_KIND
        page.content = searchable(page.content, kind, self.terms.for_text(html_text(page.content)))
        return context

    # Last, when the page is as it will be written.
    @event_priority(-100)
    def on_post_page(self, output: str, /, *, page: Page, config: MkDocsConfig) -> str | None:
        if self.index is not None:
            self.index.add_page(output, url=f"/{page.url}")  # the URL Pagefind gives a page it reads
        return output

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        """Write the index; under `mkdocs serve` in the background, so an edited page shows at once and
        search follows a moment later (issue 9: an edit shows within 2 s)."""
        if self.index is None:
            return
        output = Path(config.site_dir) / self.config.output_subdir
        if self.serving:
            self.writing = background.start(self._write, self.index, output)
        else:
            self._write(self.index, output)
        self.index = None

    def _write(self, index: PagefindService, output: Path) -> int:
        try:
            pages = index.write(output)
        finally:
            index.close()
        for name in PAGEFIND_UNUSED:
            (output / name).unlink(missing_ok=True)
        return pages

    def _stop_indexing(self) -> None:
        if self.index is not None:  # a build that failed before its end
            self.index.close()
            self.index = None
        if self.writing is None:
            return
        writing, self.writing = self.writing, None
        try:
            writing.result()
        except PluginError as error:
            log.warning(str(error))


def _pagefind() -> Path:
    """Pagefind's binary, started directly: `python -m pagefind` would start Python first to find it."""
    executable = get_executable()
    if executable is None:
        raise PluginError("Pagefind ontbreekt; installeer de afhankelijkheden met make")
    return executable
