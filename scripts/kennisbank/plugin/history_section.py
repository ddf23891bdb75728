"""The history of an entry at the foot of its page: each change with its date, what it touched, and the
release that first published it."""

from __future__ import annotations

import posixpath
from dataclasses import dataclass

from kennisbank.content.corpus import LoadedEntry
from kennisbank.dutch import dutch_date
from kennisbank.releases.history import History, describe

# The id of the section's heading, which the card's "Laatst gewijzigd" links to.
HISTORY_ANCHOR = "geschiedenis"
HISTORY_HEADING = "Geschiedenis"
# The newest changes are shown; the older ones fold away under a summary.
SHOWN_CHANGES = 3


@dataclass(frozen=True)
class HistoryItem:
    day: str  # in Dutch words
    iso: str
    text: str
    release: str | None  # the release that first published the change; None: not yet released
    release_url: str | None  # that release's copy of the page, where releases are published beside it


@dataclass(frozen=True)
class HistorySection:
    anchor: str
    heading: str
    available: bool  # False: the working copy has no git history
    recent: list[HistoryItem]
    older: list[HistoryItem]
    cut: bool  # history is cut off (a shallow clone): there were earlier changes
    releases: bool  # a release has been made: a change not in one is said to be unreleased


def history_section(
    entry: LoadedEntry, history: History, page_url: str, *, versioned: bool
) -> HistorySection:
    """The section for `entry`, whose page is at `page_url`; `versioned`: the build is one version of the
    site beside the others (mike), so an earlier release's copy of the page can be linked."""
    file_history = history.of(entry.file.path)
    items = [
        HistoryItem(
            day=dutch_date(revision.day),
            iso=revision.day.isoformat(),
            text=describe(revision, entry.entry_type.model),
            release=revision.release,
            release_url=release_url(revision.release, page_url) if versioned and revision.release else None,
        )
        for revision in file_history.revisions
    ]
    return HistorySection(
        anchor=HISTORY_ANCHOR,
        heading=HISTORY_HEADING,
        available=history.available,
        recent=items[:SHOWN_CHANGES],
        older=items[SHOWN_CHANGES:],
        cut=file_history.cut,
        releases=bool(history.releases),
    )


def release_url(version: str, page_url: str) -> str:
    """The page at `page_url` (relative to this version's root) in the copy of release `version`, which
    mike publishes as a sibling folder of this version."""
    to_root = "../" * page_url.count("/")
    return posixpath.join(to_root + "..", version, page_url)
