"""What changed between two entry indexes: entries added, changed (with the fields), and retired."""

from __future__ import annotations

from dataclasses import dataclass

from kennisbank.releases.index import ReleaseIndex


@dataclass(frozen=True)
class Changed:
    id: str
    title: str
    fields: list[str]
    status: tuple[str | None, str | None] | None = None  # (before, after) where the status changed
    figure: tuple[str | None, str | None] | None = None  # (before, after) where a series' newest figure did


@dataclass(frozen=True)
class Changes:
    since: str | None  # the earlier release, or None for the first
    until: ReleaseIndex
    added: list[tuple[str, str]]  # (ID, title)
    changed: list[Changed]
    retired: list[tuple[str, str]]

    @property
    def empty(self) -> bool:
        return not (self.added or self.changed or self.retired)


def compare(before: ReleaseIndex | None, after: ReleaseIndex) -> Changes:
    old = before.entries if before else {}
    added, changed, retired = [], [], []
    for entry_id, entry in sorted(after.entries.items()):
        previous = old.get(entry_id)
        if previous is None:
            added.append((entry_id, entry.title))
        elif entry.retired and not previous.retired:
            retired.append((entry_id, entry.title))
        elif entry.hash != previous.hash:
            fields = sorted(
                name
                for name in entry.fields.keys() | previous.fields.keys()
                if entry.fields.get(name) != previous.fields.get(name)
            )
            status = (previous.status, entry.status) if previous.status != entry.status else None
            figure = (previous.figure, entry.figure) if previous.figure != entry.figure else None
            changed.append(Changed(entry_id, entry.title, fields, status, figure))
    return Changes(before.version if before else None, after, added, changed, retired)
