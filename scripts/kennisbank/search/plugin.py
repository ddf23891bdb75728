"""The kennisbank/search plugin: indexes the built site with Pagefind, for Dutch.

Material's own search (lunr) matches word prefixes and cannot stem Dutch at the same time, nor fold
diacritics or find compound parts; Pagefind stems Dutch and folds diacritics, and this plugin adds
compound parts and glossary synonyms to each page's index.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import tempfile
from fnmatch import fnmatch
from pathlib import Path
from typing import IO

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils.templates import TemplateContext

from kennisbank import build_state, plugin_names
from kennisbank.search import kept_index
from kennisbank.search.config import SearchConfig
from kennisbank.search.kept_terms import KeptTerms
from kennisbank.search.markup import FILTER_LEGENDS, PAGE_KIND, Indexed, searchable
from kennisbank.search.suggestions import SUGGESTIONS_FILE, suggestions_json
from kennisbank.search.terms import html_text

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
    # For the search dialog's template: the filters it offers, with their legends.
    filter_legends = FILTER_LEGENDS

    def __init__(self) -> None:
        self.terms = KeptTerms()
        self._own_text: dict[str, str] = {}
        self.serving = False
        # Under `mkdocs serve`, Pagefind indexing the last build (with its output), while the site is served.
        self.indexing: tuple[subprocess.Popen[bytes], IO[bytes]] | None = None

    # Having on_startup keeps this plugin object between the rebuilds of `mkdocs serve`.
    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.serving = command == "serve"

    # MkDocs keeps this object for the rest of the process: a later build is no longer served.
    def on_shutdown(self) -> None:
        self._stop_indexing()
        self.serving = False

    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files | None:
        """Leave Material's own search assets out of the site (1.2 MB that no page loads); add the
        preferred terms the search dialog suggests."""
        if not any(name in config.plugins for name in MATERIAL_SEARCH_PLUGINS):
            for file in [file for file in files if file.src_uri.startswith(MATERIAL_SEARCH_ASSETS)]:
                files.remove(file)
        kennisbank = build_state.kennisbank(config, plugin_names.SEARCH)

        def url_of(src_uri: str) -> str:
            file = files.get_file_from_path(src_uri)
            return file.url if file is not None else ""

        content = suggestions_json(kennisbank.corpus, url_of)
        files.append(File.generated(config, SUGGESTIONS_FILE, content=content))
        return files

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        self._stop_indexing()  # the site it indexes is about to be rebuilt
        kennisbank = build_state.kennisbank(config, plugin_names.SEARCH)
        self.terms.start(kennisbank.corpus, kennisbank.cache.only_if(self.config.cache))

    # The text of the page as its Markdown made it, before the kennisbank plugin adds a card or catalogue.
    def on_page_content(self, html: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str | None:
        self._own_text[page.file.src_uri] = html_text(html)
        return html

    # After the kennisbank plugin has put the entry card into the content.
    @event_priority(-50)
    def on_page_context(
        self, context: TemplateContext, /, *, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> TemplateContext | None:
        if page.content is None or any(fnmatch(page.file.src_uri, p) for p in self.config.exclude_pages):
            return context  # without data-pagefind-body, Pagefind leaves the page out
        kennisbank = build_state.kennisbank(config, plugin_names.SEARCH)
        entry = kennisbank.corpus.by_src_uri.get(page.file.src_uri)
        # The page's own words find it, not those of the entries a catalogue lists.
        own = self._own_text.pop(page.file.src_uri, "")
        if entry is not None:
            own = f"{entry.data.title} {entry.data.summary} {own}"
        terms = self.terms.for_text(own)
        if entry is None:
            indexed = Indexed(PAGE_KIND, kind_in_card=False, extra_terms=terms)
        else:
            audiences = [audience.label for audience in entry.data.audience]
            kind = entry.entry_type.label
            indexed = Indexed(kind, kind_in_card=True, audiences=audiences, extra_terms=terms)
        page.content = searchable(page.content, indexed)
        return context

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        """Index the site with Pagefind, or copy the index of an earlier build of the same pages; under
        `mkdocs serve` Pagefind runs in the background, so that an edited page shows at once and search
        follows a moment later (issue 9: an edit shows within 2 s)."""
        self.terms.keep()
        site = Path(config.site_dir)
        index = site / self.config.output_subdir
        options = [
            "--output-subdir",
            self.config.output_subdir,
            "--exclude-selectors",
            ",".join(self.config.exclude_selectors),
            "--silent",
        ]
        kept = build_state.kennisbank(config, plugin_names.SEARCH).cache.only_if(self.config.cache)
        key = kept_index.input_digest(kept, site, self.config.output_subdir, options)
        if kept_index.restore(kept, key, index):
            return
        # The index in the site may be linked to the kept one (kept_index.restore), and Pagefind writes
        # into files that exist: removed first, it writes new ones.
        shutil.rmtree(index, ignore_errors=True)
        command = [str(_pagefind()), "--site", str(site), *options]
        if self.serving:
            output = tempfile.TemporaryFile()  # noqa: SIM115 (closed in _stop_indexing)
            process = subprocess.Popen(command, stdout=output, stderr=subprocess.STDOUT)
            self.indexing = (process, output)
            return
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise PluginError(f"Pagefind kon de zoekindex niet maken:\n{result.stdout}{result.stderr}")
        for name in PAGEFIND_UNUSED:
            (index / name).unlink(missing_ok=True)
        kept_index.keep(kept, key, index)

    def _stop_indexing(self) -> None:
        if self.indexing is None:
            return
        process, output = self.indexing
        self.indexing = None
        if process.poll() is None:
            process.kill()
            process.wait()
        elif process.returncode != 0:
            output.seek(0)
            message = output.read().decode("utf-8", "replace")
            log.warning(f"Pagefind kon de zoekindex niet maken:\n{message}")
        output.close()


def _pagefind() -> Path:
    """Pagefind's binary, started directly: `python -m pagefind` would start Python first to find it."""
    # pagefind.service loads asyncio (12 ms of every build); a build that takes the kept index never needs it.
    from pagefind.service import get_executable  # noqa: PLC0415

    executable = get_executable()
    if executable is None:
        raise PluginError("Pagefind ontbreekt; installeer de afhankelijkheden met make")
    return executable
