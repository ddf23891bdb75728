"""Typed access from one of the project's plugins to another: the corpus, the bibliography and the settings
that the kennisbank plugin loaded, and the references kennisbank/citations formatted.

A plugin that needs another asks here, and gets the plugin object with its type, or a clear error naming
what is missing in mkdocs.yml: never an untyped lookup that fails later with an AttributeError.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

from kennisbank import plugin_names

if TYPE_CHECKING:
    from kennisbank.citations.plugin import CitationsPlugin
    from kennisbank.plugin.plugin import KennisbankPlugin


def kennisbank(config: MkDocsConfig, needed_by: str) -> KennisbankPlugin:
    """The kennisbank plugin, loaded (its on_config has run)."""
    from kennisbank.plugin.plugin import KennisbankPlugin  # noqa: PLC0415 (that module imports this one's users)

    plugin = config.plugins.get(plugin_names.KENNISBANK)
    if not isinstance(plugin, KennisbankPlugin):
        raise PluginError(
            f"{_config_file(config)}: de plugin '{needed_by}' heeft de plugin '{plugin_names.KENNISBANK}' "
            f"nodig; zet '- {plugin_names.KENNISBANK}' vóór '- {needed_by}' onder plugins "
            "(zonder enabled: false)"
        )
    if plugin.paths is None:
        raise PluginError(
            f"{_config_file(config)}: de plugin '{needed_by}' heeft de plugin '{plugin_names.KENNISBANK}' "
            f"nodig, maar die is nog niet geladen; zet '- {needed_by}' ná '- {plugin_names.KENNISBANK}'"
        )
    return plugin


def citations(config: MkDocsConfig) -> CitationsPlugin | None:
    """kennisbank/citations, when mkdocs.yml lists it."""
    from kennisbank.citations.plugin import CitationsPlugin  # noqa: PLC0415 (it imports this module)

    plugin = config.plugins.get(plugin_names.CITATIONS)
    return plugin if isinstance(plugin, CitationsPlugin) else None


def _config_file(config: MkDocsConfig) -> str:
    return str(config.config_file_path or "mkdocs.yml").rsplit("/", 1)[-1]
