"""The kennisbank/rendering plugin: a page whose Markdown is the same as in an earlier build is not
converted again.

Converting the Markdown of every page is the largest part of a build (the entries carry their cards'
Markdown, related sections, series tables and reference lists), and under `mkdocs serve` an edit changes
one or a few pages. What Page.render made of a page is kept, in memory between the rebuilds of
`mkdocs serve` and in `.cache/pages.json` between builds (cache.py: under the digest of the code, the
installed packages and mkdocs.yml), by a digest of everything else the HTML depends on: the page's final
Markdown (after every plugin), its address, the addresses of all files (links are resolved against them),
the Markdown extensions with their settings as the plugins left them (the glossary of abbreviations too)
and the runner (MkDocs or ProperDocs). A page whose conversion logged a warning is never kept: it is
converted, and warns, every time. Under `mkdocs serve` `.cache/pages.json` is written when the server
stops: on ext4 replacing it flushes it to disk, a tenth of a second or more of every rebuild.

Jinja's compiled templates are kept too (Jinja's own bytecode cache, `.cache/jinja/`), a tenth of a
second or more of every build. The page template's output is not kept: keeping it took a description of
everything a template can read for every page, and a warm build of the real site was no faster with it
(README, "Snelheid").
"""

from __future__ import annotations

import contextlib
import functools
import json
from typing import Any

import mkdocs
from jinja2 import Environment, FileSystemBytecodeCache
from jinja2.bccache import Bucket
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from kennisbank import build_state, cache, plugin_names
from kennisbank.rendering.config import RenderingConfig
from kennisbank.rendering.kept import Rendered
from kennisbank.rendering.warned import warnings_logged

CACHE_NAME = "pages"
COMPILED_FOLDER = "jinja"


class RenderingPlugin(BasePlugin[RenderingConfig]):
    def __init__(self) -> None:
        self.kept = cache.Kept(CACHE_NAME)  # each page's Rendered.to_json(), by digest
        self.context = ""
        self.hits = 0
        self.serving = False

    # Having on_startup keeps this plugin object, and what it rendered, between `mkdocs serve` rebuilds.
    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.serving = command == "serve"

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        # The kennisbank plugin made this build's cache already (its on_config runs first).
        kennisbank = build_state.kennisbank(config, plugin_names.RENDERING)
        self.kept.start(kennisbank.cache.only_if(self.config.cache))
        return config

    # First: other plugins load templates in their on_env (Material's tags renders its listings there).
    @event_priority(100)
    def on_env(self, env: Environment, /, *, config: MkDocsConfig, files: Files) -> Environment | None:
        kept = self.kept.cache
        if kept is not None and kept.folder is not None:
            env.bytecode_cache = compiled_templates(kept)
        return env

    # Last: the files other plugins generate are among those links resolve against.
    @event_priority(-100)
    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files | None:
        addresses = sorted((file.src_uri, file.dest_uri, file.url) for file in files)
        settings = json.dumps(
            [config.markdown_extensions, config.mdx_configs, config.use_directory_urls, config.validation],
            sort_keys=True,
            default=_stable,
        )
        # The runner as loaded: under ProperDocs, `mkdocs` is ProperDocs (pages differ in their generator).
        runner = f"{mkdocs.__name__} {mkdocs.__version__}"
        self.context = cache.digest(runner, settings, json.dumps(addresses))
        self.hits = 0
        return files

    # Last, when every plugin has changed the page's Markdown.
    @event_priority(-100)
    def on_page_markdown(
        self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str | None:
        # MkDocs renders the page right after this event; Page.render is MkDocs' own, called when the page
        # is not kept.
        page.render = functools.partial(self._render, page)  # type: ignore[method-assign]
        return markdown

    def _render(self, page: Page, config: MkDocsConfig, files: Files) -> None:
        key = cache.digest(self.context, page.file.src_uri, page.markdown or "")
        kept = self.kept.get(key)
        if isinstance(kept, dict) and _restored(kept, page, files):
            self.hits += 1
            return
        self.kept.now.pop(key, None)
        with warnings_logged() as warned:
            Page.render(page, config, files)
        if not warned:
            self.kept.put(key, Rendered.of(page).to_json())

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        # Under `mkdocs serve` the pages stay in memory; they are written once, when the server stops.
        self.kept.keep(write=not self.serving)

    # MkDocs keeps this object for the rest of the process: a later build is no longer served.
    def on_shutdown(self) -> None:
        self.kept.write()
        self.serving = False


def compiled_templates(kept: cache.Cache) -> FileSystemBytecodeCache:
    """Jinja's own cache of compiled templates, in `.cache/jinja/<digest of the code>/`: Jinja keys each
    template by its name and file and compiles it anew when its source changed."""
    return _CompiledTemplates(str(kept.folder_for(COMPILED_FOLDER)))


class _CompiledTemplates(FileSystemBytecodeCache):
    def dump_bytecode(self, bucket: Bucket) -> None:
        # The folder may be removed meanwhile by a build of other code: then it is kept next time.
        with contextlib.suppress(OSError):
            super().dump_bytecode(bucket)


def _restored(kept: dict[str, Any], page: Page, files: Files) -> bool:
    try:
        rendered = Rendered.from_json(kept)
    except TypeError:
        return False  # written by another version of this plugin
    return rendered.restore(page, files)


def _stable(value: Any) -> str:
    """A setting that is no JSON (a function of a custom fence) by its name: the same in every process."""
    if callable(value):
        return f"{getattr(value, '__module__', '')}.{getattr(value, '__qualname__', repr(value))}"
    return repr(value)
