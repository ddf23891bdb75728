"""Where the project keeps its content and the settings that apply to it, as typed values: every tool gets
them from mkdocs.yml through kennisbank.mkdocs_settings, so every tool uses the same paths. Nothing of MkDocs
here."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


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
    # Not a path, but read from mkdocs.yml with the paths, so every tool that checks content applies it.
    safety: SafetySettings = field(default_factory=SafetySettings)
    cache_folder: str = CACHE_FOLDER  # the kennisbank plugin's `cache_dir`, relative to the root

    @property
    def cache_dir(self) -> Path:
        """What builds keep for the next one (`.cache/`, ignored by git): safe to delete."""
        return self.root / self.cache_folder

    def shown(self, path: Path) -> str:
        """A path as contributors see it: relative to the project root."""
        return path.relative_to(self.root).as_posix() if path.is_relative_to(self.root) else path.as_posix()
