"""Options of the kennisbank/rendering plugin."""

from __future__ import annotations

from mkdocs.config import base


class RenderingConfig(base.Config):
    """No options: `enabled: false` (MkDocs' own option of every plugin) leaves it out, and every page is
    converted from Markdown in every build, as MkDocs does by itself."""
