"""What mkdocs.yml holds for the core, read in one place: the only module that turns a MkDocsConfig into the
core's typed settings (`ProjectPaths`, `SafetySettings`). The plugins call `project_paths`, the commands
`read_config` and `read_project`; the core itself never sees a MkDocsConfig.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import ConfigurationError, PluginError

from kennisbank import plugin_names
from kennisbank.cache import Cache, project_digest
from kennisbank.project import ProjectPaths, SafetySettings


class SettingsError(Exception):
    """mkdocs.yml cannot be read, or lacks what the tooling needs. `reason` is MkDocs' own words."""

    def __init__(self, config_file: Path, reason: str, *, unreadable: bool) -> None:
        super().__init__(f"{config_file}: configuratiefout: {reason}" if unreadable else reason)
        self.reason = reason


def read_config(config_file: Path) -> MkDocsConfig:
    try:
        return load_config(config_file=str(config_file))
    except ConfigurationError as error:
        raise SettingsError(config_file, str(error), unreadable=True) from None


def read_project(config_file: Path) -> ProjectPaths:
    """The project's paths and settings as mkdocs.yml in `config_file` gives them."""
    config = read_config(config_file)
    try:
        return project_paths(config)
    except PluginError as error:
        raise SettingsError(config_file, str(error), unreadable=False) from None


def project_paths(config: MkDocsConfig) -> ProjectPaths:
    """The paths and settings the core needs, from a MkDocsConfig (PluginError when missing)."""
    root = Path(config.config_file_path).resolve().parent
    # kennisbank/citations' `bib_dir` names the bibliography folder, kennisbank's `releases_dir` the
    # folder of recorded release indexes.
    missing = [
        name for name in (plugin_names.KENNISBANK, plugin_names.CITATIONS) if name not in config.plugins
    ]
    if missing:
        listed = " en ".join(f"'{name}'" for name in missing)
        raise PluginError(
            f"{Path(config.config_file_path).name}: de kennisbank heeft de plugin {listed} nodig "
            "(voor de mappen en instellingen van de inhoud); zet die onder plugins, zonder enabled: false"
        )
    bibtex = config.plugins[plugin_names.CITATIONS]
    kennisbank = config.plugins[plugin_names.KENNISBANK]
    return ProjectPaths(
        root=root,
        docs_dir=Path(config.docs_dir).resolve(),
        bib_dir=Path(bibtex.config.bib_dir).resolve(),
        releases_dir=root / kennisbank.config.releases_dir,
        cache_folder=kennisbank.config.cache_dir,
        safety=SafetySettings(
            public_contacts={
                str(org): tuple(found) for org, found in kennisbank.config.public_contacts.items()
            },
            avoid_terms=tuple(kennisbank.config.avoid_terms),
            config_file=Path(config.config_file_path).name,
        ),
    )


def build_cache(config: MkDocsConfig, folder: Path, *, enabled: bool) -> Cache:
    """The cache of this build: its key holds mkdocs.yml, its hooks and the theme's custom_dir."""
    files = [Path(config.config_file_path)] if config.config_file_path else []
    files += [Path(hook) for hook in config.get("hooks") or []]
    custom_dir = config.theme.custom_dir
    project = project_digest(files, Path(custom_dir) if custom_dir else None)
    return Cache.for_build(project, folder, enabled=enabled)
