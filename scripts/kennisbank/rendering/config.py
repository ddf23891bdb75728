"""Options of the kennisbank/rendering plugin."""

from __future__ import annotations

from mkdocs.config import base, config_options


class RenderingConfig(base.Config):
    """`cache: false` (or KENNISBANK_CACHE=off) converts every page from Markdown in every build, as MkDocs
    does by itself, without reading or writing `.cache/pages.json`; `enabled: false` (MkDocs' own option
    of every plugin) leaves the plugin out altogether."""

    cache = config_options.Type(bool, default=True)
