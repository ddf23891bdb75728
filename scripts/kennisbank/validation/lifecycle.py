"""Rules on the life of entries: released IDs are never lost nor reused after retirement; reviews expire."""

from __future__ import annotations

from datetime import date

from kennisbank.content.corpus import Corpus
from kennisbank.problems import Problem, Severity
from kennisbank.releases.freshness import review_due
from kennisbank.releases.index import ReleaseIndex


def release_problems(corpus: Corpus, indexes: list[ReleaseIndex], shown_dir: str) -> list[Problem]:
    """Every ID of a recorded release still exists, and one retired there is still retired."""
    latest: dict[str, tuple[ReleaseIndex, bool, str]] = {}
    for index in indexes:  # oldest first, so the latest mention of each ID wins
        for entry_id, recorded in index.entries.items():
            latest[entry_id] = (index, recorded.retired, recorded.title)
    problems: list[Problem] = []
    for entry_id, (index, retired, title) in sorted(latest.items()):
        current = corpus.by_id.get(entry_id)
        if current is None:
            problems.append(
                Problem(
                    f"{shown_dir}/{index.version}.json",
                    None,
                    f"{entry_id} ({title}) stond in release {index.version} en bestaat niet meer; "
                    "trek een entry in met 'retired' in plaats van haar te verwijderen",
                )
            )
        elif retired and current.data.retired is None:
            problems.append(
                Problem(
                    current.file.path,
                    current.file.line_of("id"),
                    f"ID {entry_id} is ingetrokken in release {index.version} en wordt nooit opnieuw "
                    "gebruikt; geef deze entry een nieuw ID",
                )
            )
    return problems


def overdue_reviews(corpus: Corpus, today: date) -> list[Problem]:
    """Entries whose review interval has passed: a warning, so the build goes on."""
    return [
        Problem(
            entry.file.path,
            entry.file.line_of("reviewed"),
            f"herziening verlopen sinds {review_due(entry).isoformat()} "
            f"(termijn {entry.entry_type.review_months} maanden na {entry.data.reviewed.isoformat()})",
            Severity.WARNING,
        )
        for entry in corpus.by_id.values()
        if entry.data.retired is None and review_due(entry) < today
    ]
