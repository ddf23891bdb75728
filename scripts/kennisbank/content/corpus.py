"""All entries of the knowledge base, loaded once, with their relations in both directions."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from kennisbank.content.field_errors import describe
from kennisbank.content.frontmatter import EntryFile, FrontMatterError, read_entry_file
from kennisbank.model import ENTRY_TYPES, Entry, EntryType
from kennisbank.model.entries import reference_fields
from kennisbank.problems import Problem
from kennisbank.project import ProjectPaths

# Each type folder may hold an index.md of its own (the catalogue page); it is not an entry.
FOLDER_INDEX = "index.md"


@dataclass(frozen=True)
class LoadedEntry:
    """One valid entry: its type, its validated data and the file it came from."""

    entry_type: EntryType
    data: Entry
    file: EntryFile
    src_uri: str  # path below docs/, with forward slashes, as MkDocs names it

    @property
    def id(self) -> str:
        return self.data.id

    def references(self) -> list[tuple[str, str]]:
        """(field, ID) for every reference to another entry."""
        pairs: list[tuple[str, str]] = []
        for name in reference_fields(self.entry_type.model):
            value = getattr(self.data, name)
            targets = value if isinstance(value, list) else [value] if value else []
            pairs.extend((name, target) for target in targets)
        return pairs


class Corpus:
    """The valid entries by ID, by type and by source path, with the relation graph."""

    def __init__(self, entries: list[LoadedEntry]) -> None:
        self.by_id = {entry.id: entry for entry in sorted(entries, key=lambda e: e.id)}
        self.by_src_uri = {entry.src_uri: entry for entry in entries}
        self._related: dict[str, set[str]] = defaultdict(set)
        for entry in entries:
            for _, target in entry.references():
                if target in self.by_id and target != entry.id:
                    self._related[entry.id].add(target)
                    self._related[target].add(entry.id)

    def __len__(self) -> int:
        return len(self.by_id)

    def related(self, entry_id: str) -> list[LoadedEntry]:
        """Entries linked to or from this one, by ID order."""
        return [self.by_id[other] for other in sorted(self._related[entry_id])]


def entry_paths(docs_dir: Path) -> list[tuple[EntryType, Path]]:
    """Every Markdown file under a type folder, except the folder's own index page."""
    found: list[tuple[EntryType, Path]] = []
    for entry_type in ENTRY_TYPES:
        folder = docs_dir / entry_type.folder
        found.extend(
            (entry_type, path) for path in sorted(folder.rglob("*.md")) if path != folder / FOLDER_INDEX
        )
    return found


def load_corpus(paths: ProjectPaths) -> tuple[Corpus, list[Problem]]:
    """Read and validate every entry file; problems are collected, not raised, so all are reported."""
    loaded: list[LoadedEntry] = []
    problems: list[Problem] = []
    for entry_type, path in entry_paths(paths.docs_dir):
        shown_as = paths.shown(path)
        try:
            entry_file = read_entry_file(path, shown_as)
        except FrontMatterError as error:
            problems.append(error.problem)
            continue
        try:
            data = entry_type.model.model_validate(entry_file.meta)
        except ValidationError as error:
            problems.extend(describe(error, entry_file, entry_type))
            continue
        if path.stem != data.id.lower():
            problems.append(
                Problem(
                    shown_as,
                    entry_file.line_of("id"),
                    f"bestandsnaam moet {data.id.lower()}.md zijn (ID {data.id})",
                )
            )
            continue
        loaded.append(LoadedEntry(entry_type, data, entry_file, path.relative_to(paths.docs_dir).as_posix()))
    return Corpus(_without_duplicates(loaded, problems)), problems


def _without_duplicates(loaded: list[LoadedEntry], problems: list[Problem]) -> list[LoadedEntry]:
    seen: dict[str, LoadedEntry] = {}
    for entry in loaded:
        if entry.id in seen:
            first = seen[entry.id].file.path
            problems.append(
                Problem(entry.file.path, entry.file.line_of("id"), f"ID {entry.id} is al gebruikt in {first}")
            )
            continue
        seen[entry.id] = entry
    return list(seen.values())
