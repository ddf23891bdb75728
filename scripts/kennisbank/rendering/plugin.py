"""The kennisbank/rendering plugin: a page whose Markdown is the same as in an earlier build is not
converted again.

Converting the Markdown of every page is the largest part of a build (the entries carry their cards'
Markdown, related sections, series tables and reference lists), and under `mkdocs serve` an edit changes
one or a few pages. What Page.render made of a page is kept, in memory between the rebuilds of
`mkdocs serve` and in `.cache/pages.json` between builds, under a digest of everything the HTML depends
on: the page's final Markdown (after every plugin), its address, the addresses of all files (links are
resolved against them), the Markdown extensions with their settings (the glossary of abbreviations too),
the runner (MkDocs or ProperDocs, with its version) and the versions of Python-Markdown,
pymdown-extensions and Material. A page whose conversion logged a warning is never kept: it is converted,
and warns, every time.
"""

from __future__ import annotations

import functools
import json
import logging
from importlib.metadata import version
from pathlib import Path
from typing import Any

import mkdocs
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from kennisbank import build_cache, build_state, plugin_names
from kennisbank.rendering.config import RenderingConfig
from kennisbank.rendering.kept import Rendered

CACHE_NAME = "pages"
# What converts Markdown to HTML besides the runner: a new version may convert the same text otherwise.
CONVERTERS = ("markdown", "pymdown-extensions", "mkdocs-material")


class RenderingPlugin(BasePlugin[RenderingConfig]):
    def __init__(self) -> None:
        self.kept: dict[str, Rendered] = {}  # by digest: what the previous build rendered
        self.rendered: dict[str, Rendered] = {}  # by digest: what this build rendered or reused
        self.context = ""
        self.cache_dir: Path | None = None
        self.hits = 0

    # Having on_startup keeps this plugin object, and what it rendered, between `mkdocs serve` rebuilds.
    def on_startup(self, *, command: str, dirty: bool) -> None:
        pass

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        # The kennisbank plugin read the project's paths already (its on_config runs first).
        self.cache_dir = build_state.kennisbank(config, plugin_names.RENDERING).project_paths.cache_dir
        if not self.kept:
            self.kept = _load(self.cache_dir)
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
        key = build_cache.digest(self.context, page.file.src_uri, page.markdown or "")
        kept = self.kept.get(key)
        if kept is not None and kept.restore(page, files):
            self.rendered[key] = kept
            self.hits += 1
            return
        with _warnings() as warned:
            Page.render(page, config, files)
        if not warned:
            self.rendered[key] = Rendered.of(page)

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        if self.cache_dir is None:
            return
        changed = self.rendered.keys() != self.kept.keys()
        self.kept = self.rendered
        if changed:
            pages = {key: rendered.to_json() for key, rendered in self.rendered.items()}
            build_cache.save(self.cache_dir, CACHE_NAME, self.context, pages)


def _load(cache_dir: Path) -> dict[str, Rendered]:
    kept = build_cache.load(cache_dir, CACHE_NAME)
    if kept is None or not isinstance(kept[1], dict):
        return {}
    try:
        return {key: Rendered.from_json(data) for key, data in kept[1].items()}
    except TypeError:
        return {}  # written by another version of this plugin


class _Warned(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.records += 1

    def __bool__(self) -> bool:
        return self.records > 0


class _warnings:
    """Counts the warnings logged meanwhile, by MkDocs (its logger does not propagate) or anything else."""

    def __enter__(self) -> _Warned:
        self.handler = _Warned()
        self.loggers = [logging.getLogger("mkdocs"), logging.getLogger()]
        for logger in self.loggers:
            logger.addHandler(self.handler)
        return self.handler

    def __exit__(self, *_: object) -> None:
        for logger in self.loggers:
            logger.removeHandler(self.handler)


def _stable(value: Any) -> str:
    """A setting that is no JSON (a function of a custom fence) by its name: the same in every process."""
    if callable(value):
        return f"{getattr(value, '__module__', '')}.{getattr(value, '__qualname__', repr(value))}"
    return repr(value)
