"""Typed access from one of the project's plugins to another: the corpus, the bibliography and the settings
that the kennisbank plugin loaded (kennisbank/citations' own plugin object: `citations.state`).

A plugin that needs another asks here, and gets what it reads with its type, or a clear error naming what
is missing in mkdocs.yml: never an untyped lookup that fails later with an AttributeError. What the plugins
read of the kennisbank plugin is a protocol, `KennisbankState`, made of the core's types: this module does
not import that plugin, so the plugins that ask (citations among them) and the one they ask form no import
cycle. mypy checks in kennisbank/plugin/plugin.py that the plugin gives what the protocol promises.
"""

from __future__ import annotations

from datetime import date
from typing import Protocol, runtime_checkable

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

from kennisbank import plugin_names
from kennisbank.cache import Cache
from kennisbank.content.bibliography import Bibliography
from kennisbank.content.corpus import Corpus
from kennisbank.project import ProjectPaths


class KennisbankSettings(Protocol):
    """The options of the kennisbank plugin that other plugins read."""

    @property
    def model_reference(self) -> str: ...


@runtime_checkable
class KennisbankState(Protocol):
    """What the other plugins read of the kennisbank plugin (kennisbank/plugin/plugin.py)."""

    paths: ProjectPaths | None  # None until its on_config has run
    bibliography: Bibliography
    corpus: Corpus
    today: date
    version: str
    cache: Cache  # where this build keeps its results (cache.OFF until on_config has run)

    @property
    def project_paths(self) -> ProjectPaths: ...

    @property
    def config(self) -> KennisbankSettings: ...


def kennisbank(config: MkDocsConfig, needed_by: str) -> KennisbankState:
    """The kennisbank plugin, loaded (its on_config has run)."""
    plugin = config.plugins.get(plugin_names.KENNISBANK)
    if not isinstance(plugin, KennisbankState):
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


def _config_file(config: MkDocsConfig) -> str:
    return str(config.config_file_path or "mkdocs.yml").rsplit("/", 1)[-1]
