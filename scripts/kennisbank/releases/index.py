"""The entry index recorded at each release (ID, type, title, retired, hashes, what readers see of a
status or a figure), to compare releases."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path

from kennisbank.charts.svg import value_text
from kennisbank.content.corpus import Corpus, LoadedEntry
from kennisbank.model.entries import Reeks
from kennisbank.problems import Problem

# The Markdown body is hashed as a field of its own, so a changed text shows as a changed field.
BODY = "tekst"


@dataclass(frozen=True)
class IndexedEntry:
    type: str
    title: str
    retired: bool
    hash: str
    fields: dict[str, str] = field(default_factory=dict)  # field name -> hash of its value
    # The status as readers see it (a recommendation's stand, an intervention's status), so a release's
    # change list can say what it was and what it became; None for types without one.
    status: str | None = None
    # The newest figure of a series as readers see it ("2023: 1.234 meldingen"), so a release's change list
    # can say which figure it now shows; None for other types.
    figure: str | None = None


@dataclass(frozen=True)
class ReleaseIndex:
    version: str
    date: date | None  # None for the unreleased state of the working tree
    entries: dict[str, IndexedEntry]

    def to_json(self) -> str:
        data = {
            "version": self.version,
            "date": self.date.isoformat() if self.date else None,
            "entries": {entry_id: asdict(entry) for entry_id, entry in sorted(self.entries.items())},
        }
        return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def index_of(corpus: Corpus, version: str, released: date | None) -> ReleaseIndex:
    return ReleaseIndex(version, released, {entry.id: _indexed(entry) for entry in corpus.by_id.values()})


def _indexed(entry: LoadedEntry) -> IndexedEntry:
    values = entry.data.model_dump(mode="json", exclude_defaults=True)
    fields = {name: _hash(value) for name, value in sorted(values.items())}
    fields[BODY] = _hash(entry.file.body.strip())
    return IndexedEntry(
        type=entry.entry_type.name,
        title=entry.data.title,
        retired=entry.data.retired is not None,
        hash=_hash(fields),
        fields=fields,
        status=getattr(getattr(entry.data, "status", None), "label", None),
        figure=_figure(entry.data) if isinstance(entry.data, Reeks) else None,
    )


def _figure(series: Reeks) -> str:
    return f"{series.newest.when.label}: {value_text(series, series.newest)}"


def _hash(value: object) -> str:
    canonical = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]


def index_path(releases_dir: Path, version: str) -> Path:
    return releases_dir / f"{version}.json"


def load_indexes(releases_dir: Path, shown: str) -> tuple[list[ReleaseIndex], list[Problem]]:
    """Every recorded release, oldest first; an unreadable index is a problem, not a crash."""
    indexes: list[ReleaseIndex] = []
    problems: list[Problem] = []
    for path in sorted(releases_dir.glob("*.json")) if releases_dir.is_dir() else []:
        where = f"{shown}/{path.name}"
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            entries = {key: IndexedEntry(**value) for key, value in data["entries"].items()}
            indexes.append(ReleaseIndex(data["version"], date.fromisoformat(data["date"]), entries))
        except (OSError, ValueError, KeyError, TypeError) as error:
            problems.append(Problem(where, None, f"release-index onleesbaar: {error}"))
    return sorted(indexes, key=lambda index: (index.date or date.min, index.version)), problems
