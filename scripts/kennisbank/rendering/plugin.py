"""The kennisbank/rendering plugin: a page whose Markdown is the same as in an earlier build is not
converted again, and a page whose template would read the same is not rendered again (templates.py).

Converting the Markdown of every page is the largest part of a build (the entries carry their cards'
Markdown, related sections, series tables and reference lists), and under `mkdocs serve` an edit changes
one or a few pages. What Page.render made of a page is kept, in memory between the rebuilds of
`mkdocs serve` and in `.cache/pages.json` between builds, under a digest of everything the HTML depends
on: the page's final Markdown (after every plugin), its address, the addresses of all files (links are
resolved against them), the Markdown extensions with their settings (the glossary of abbreviations too),
the runner (MkDocs or ProperDocs, with its version) and the versions of Python-Markdown,
pymdown-extensions and Material. A page whose conversion logged a warning is never kept: it is converted,
and warns, every time. Under `mkdocs serve` `.cache/pages.json` is written when the server stops: on ext4
replacing it flushes it to disk, a tenth of a second or more of every rebuild.
"""

from __future__ import annotations

import functools
import json
from importlib.metadata import version
from pathlib import Path
from typing import Any

import mkdocs
from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from kennisbank import build_cache, build_state, plugin_names
from kennisbank.rendering.compiled import CompiledTemplates
from kennisbank.rendering.config import RenderingConfig
from kennisbank.rendering.kept import Rendered
from kennisbank.rendering.templates import KeptTemplates
from kennisbank.rendering.warned import warnings_logged

CACHE_NAME = "pages"
TEMPLATES_FOLDER = "templates"
COMPILED_FOLDER = "jinja"
# What converts Markdown to HTML besides the runner: a new version may convert the same text otherwise.
CONVERTERS = ("markdown", "pymdown-extensions", "mkdocs-material")


class RenderingPlugin(BasePlugin[RenderingConfig]):
    def __init__(self) -> None:
        self.kept: dict[str, Rendered] = {}  # by digest: what the previous build rendered
        self.rendered: dict[str, Rendered] = {}  # by digest: what this build rendered or reused
        self.context = ""
        self.cache_dir: Path | None = None
        self.hits = 0
        self.templates: KeptTemplates | None = None
        self.serving = False

    # Having on_startup keeps this plugin object, and what it rendered, between `mkdocs serve` rebuilds.
    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.serving = command == "serve"

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        # The kennisbank plugin read the project's paths already (its on_config runs first).
        self.cache_dir = build_state.kennisbank(config, plugin_names.RENDERING).project_paths.cache_dir
        if not self.kept:
            self.kept = _load(self.cache_dir)
        if self.templates is None:
            self.templates = KeptTemplates(self.cache_dir / TEMPLATES_FOLDER)
        return config

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
        self.context = build_cache.digest(runner, *map(version, CONVERTERS), settings, json.dumps(addresses))
        self.rendered = {}
        self.hits = 0
        if self.templates is not None:
            self.templates.start(self.context, config)
        return files

    # First: other plugins load templates in their on_env (Material's tags renders its listings there).
    @event_priority(100)
    def on_env(self, env: Environment, /, *, config: MkDocsConfig, files: Files) -> Environment | None:
        if self.cache_dir is not None:
            env.bytecode_cache = CompiledTemplates(self.cache_dir / COMPILED_FOLDER)
        if self.templates is not None:
            self.templates.keep_renders(env, config)
        return env

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
        key = build_cache.digest(self.context, page.file.src_uri, page.markdown or "")
        kept = self.kept.get(key)
        if kept is not None and kept.restore(page, files):
            self.rendered[key] = kept
            self.hits += 1
            return
        with warnings_logged() as warned:
            Page.render(page, config, files)
        if not warned:
            self.rendered[key] = Rendered.of(page)

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        if self.templates is not None:
            self.templates.finish()
        changed = self.rendered.keys() != self.kept.keys()
        self.kept = self.rendered
        # Under `mkdocs serve` the pages stay in memory; they are written once, when the server stops.
        if changed and not self.serving:
            self._save()

    # MkDocs keeps this object for the rest of the process: a later build is no longer served.
    def on_shutdown(self) -> None:
        if self.serving:
            self._save()
        self.serving = False

    def _save(self) -> None:
        if self.cache_dir is None:
            return
        pages = {key: rendered.to_json() for key, rendered in self.kept.items()}
        build_cache.save(self.cache_dir, CACHE_NAME, self.context, pages)


def _load(cache_dir: Path) -> dict[str, Rendered]:
    kept = build_cache.load(cache_dir, CACHE_NAME)
    if kept is None or not isinstance(kept[1], dict):
        return {}
    try:
        return {key: Rendered.from_json(data) for key, data in kept[1].items()}
    except TypeError:
        return {}  # written by another version of this plugin


def _stable(value: Any) -> str:
    """A setting that is no JSON (a function of a custom fence) by its name: the same in every process."""
    if callable(value):
        return f"{getattr(value, '__module__', '')}.{getattr(value, '__qualname__', repr(value))}"
    return repr(value)
