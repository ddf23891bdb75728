"""Where the project keeps its content, read from mkdocs.yml so every tool uses the same paths."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig

# The plugin whose `bib_dir` option names the bibliography folder.
CITATIONS_PLUGIN = "kennisbank/citations"


@dataclass(frozen=True)
class ProjectPaths:
    root: Path
    docs_dir: Path
    bib_dir: Path

    @classmethod
    def from_config(cls, config: MkDocsConfig) -> ProjectPaths:
        bibtex = config.plugins[CITATIONS_PLUGIN]
        return cls(
            root=Path(config.config_file_path).resolve().parent,
            docs_dir=Path(config.docs_dir).resolve(),
            bib_dir=Path(bibtex.config.bib_dir).resolve(),
        )

    def shown(self, path: Path) -> str:
        """A path as contributors see it: relative to the project root."""
        return path.relative_to(self.root).as_posix() if path.is_relative_to(self.root) else path.as_posix()
