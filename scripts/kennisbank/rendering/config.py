"""Options of the kennisbank/rendering plugin."""

from __future__ import annotations

from mkdocs.config import base, config_options


class RenderingConfig(base.Config):
    # Off: every page is converted from Markdown in every build, as MkDocs does by itself.
    enabled = config_options.Type(bool, default=True)
