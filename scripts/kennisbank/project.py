"""Where the project keeps its content, read from mkdocs.yml so every tool uses the same paths."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

from kennisbank import plugin_names


@dataclass(frozen=True)
class SafetySettings:
    """The content-safety options of the kennisbank plugin, applied by validation/safety.py."""

    # Organisation ID -> the public e-mail addresses and phone numbers the site may show.
    public_contacts: dict[str, tuple[str, ...]] = field(default_factory=dict, hash=False)
    # Terms to avoid on top of the `avoid` fields of the glossary.
    avoid_terms: tuple[str, ...] = ()
    config_file: str = "mkdocs.yml"  # as contributors see it, for problems in these settings


# Below the project root: what builds keep for the next one.
CACHE_FOLDER = ".cache"


@dataclass(frozen=True)
class ProjectPaths:
    root: Path
    docs_dir: Path
    bib_dir: Path
    releases_dir: Path
    # Not a path, but read from mkdocs.yml here too, so every tool that checks content applies it.
    safety: SafetySettings = field(default_factory=SafetySettings)
    cache_folder: str = CACHE_FOLDER  # the kennisbank plugin's `cache_dir`, relative to the root

    @classmethod
    def from_config(cls, config: MkDocsConfig) -> ProjectPaths:
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
        return cls(
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

    @property
    def cache_dir(self) -> Path:
        """What builds keep for the next one (`.cache/`, ignored by git): safe to delete."""
        return self.root / self.cache_folder

    def shown(self, path: Path) -> str:
        """A path as contributors see it: relative to the project root."""
        return path.relative_to(self.root).as_posix() if path.is_relative_to(self.root) else path.as_posix()
