"""Typed access to kennisbank/citations from another plugin, next to that plugin (build_state.py gives the
kennisbank plugin's state; it cannot import this plugin, which asks build_state for the corpus)."""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig

from kennisbank import plugin_names
from kennisbank.citations.plugin import CitationsPlugin


def citations(config: MkDocsConfig) -> CitationsPlugin | None:
    """kennisbank/citations, when mkdocs.yml lists it."""
    plugin = config.plugins.get(plugin_names.CITATIONS)
    return plugin if isinstance(plugin, CitationsPlugin) else None
