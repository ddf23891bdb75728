"""Pages about the life of the content: what changed per release, which entries are due for review."""

from __future__ import annotations

import posixpath
from datetime import date

from kennisbank.charts.figure import series_of
from kennisbank.content.corpus import Corpus
from kennisbank.content.entry_links import entry_link
from kennisbank.dutch import dutch_date
from kennisbank.model import ENTRY_TYPES
from kennisbank.model.entries import Aanbeveling, Reeks
from kennisbank.plugin.recommendation_pages import current, standing
from kennisbank.plugin.series_pages import dated_series
from kennisbank.releases.changes import Changed, Changes, compare
from kennisbank.releases.freshness import review_due
from kennisbank.releases.index import ReleaseIndex

CHANGES_PAGE = "wijzigingen.md"
REVIEW_PAGE = "te-herzien.md"
# Where the home page shows the latest release.
RELEASE_MARKER = "<!-- kennisbank:laatste-release -->"


def changes_page(indexes: list[ReleaseIndex], current: ReleaseIndex, corpus: Corpus) -> str:
    """Per release, newest first, what was added, changed (with the fields) and retired; unreleased on top."""
    sections = []
    unreleased = compare(indexes[-1] if indexes else None, current)
    if indexes and not unreleased.empty:
        sections.append(_section(f"Sinds {indexes[-1].version} (nog niet uitgebracht)", unreleased, corpus))
    for position in range(len(indexes) - 1, -1, -1):
        release = indexes[position]
        heading = f"{release.version} ({dutch_date(release.date)})" if release.date else release.version
        changes = compare(indexes[position - 1] if position else None, release)
        sections.append(_section(heading, changes, corpus))
    if not indexes:
        sections.append("Er is nog geen release uitgebracht.\n")
    intro = (
        "Per release de entries die zijn toegevoegd, gewijzigd (met de gewijzigde velden) en ingetrokken, "
        "berekend uit de entry-index die bij elke release is vastgelegd."
    )
    return "---\ntitle: Wijzigingen\n---\n\n# Wijzigingen\n\n" + intro + "\n\n" + "\n".join(sections)


def _section(heading: str, changes: Changes, corpus: Corpus) -> str:
    lines = [f"## {heading}\n"]
    if changes.empty:
        lines.append("Geen wijzigingen in de entries.\n")
    groups = [
        ("Toegevoegd", [_link(entry_id, title, corpus) for entry_id, title in changes.added]),
        (
            "Gewijzigd",
            [
                f"{_link(item.id, item.title, corpus)}: {', '.join(item.fields)}"
                f"{_status_change(item)}{_figure_change(item)}"
                for item in changes.changed
            ],
        ),
        ("Ingetrokken", [_link(entry_id, title, corpus) for entry_id, title in changes.retired]),
    ]
    for title, items in groups:
        if items:
            lines.append(f"**{title}** ({len(items)})\n\n" + "\n".join(f"- {item}" for item in items) + "\n")
    return "\n".join(lines)


def _status_change(item: Changed) -> str:
    if item.status is None:
        return ""
    before, after = (label or "geen" for label in item.status)
    return f" (stand: {before.lower()} → **{after.lower()}**)"


def _figure_change(item: Changed) -> str:
    if item.figure is None:
        return ""
    before, after = (figure or "geen" for figure in item.figure)
    return f" (laatste cijfer: {before} → **{after}**)"


def _link(entry_id: str, title: str, corpus: Corpus) -> str:
    """An entry as a release recorded it: linked while it is in the knowledge base."""
    entry = corpus.by_id.get(entry_id)
    return entry_link(entry, CHANGES_PAGE, title=title) if entry else f"{entry_id} · {title}"


def review_page(corpus: Corpus, today: date) -> str:
    lines = [
        "---\ntitle: Te herzien\n---\n\n# Te herzien\n",
        "Entries waarvan de herzieningstermijn is verstreken, oudste eerst. De termijn per type:",
        "",
        *(
            f"- {entry_type.plural}: {entry_type.review_months} maanden na de laatste beoordeling"
            for entry_type in ENTRY_TYPES
        ),
        "",
    ]
    due = sorted(
        (
            entry
            for entry in corpus.by_id.values()
            if entry.data.retired is None and review_due(entry) < today
        ),
        key=review_due,
    )
    if not due:
        lines.append(f"Op {dutch_date(today)} is geen entry aan herziening toe.")
    else:
        lines += ["| ID | Titel | Beoordeeld op | Te herzien sinds |", "| --- | --- | --- | --- |"]
        lines += [
            f"| [{entry.id}]({entry.src_uri}) | {entry.data.title} | {dutch_date(entry.data.reviewed)} "
            f"| {dutch_date(review_due(entry))} |"
            for entry in due
        ]
    stale = [
        (entry, recommendation) for entry, recommendation in current(corpus) if recommendation.is_dated(today)
    ]
    if stale:
        lines += [
            "",
            "## Aanbevelingen zonder recente stap\n",
            f"Aanbevelingen waarvan de laatste bekende stap meer dan {Aanbeveling.current_for_years} jaar "
            "oud is: zoek wat er sindsdien gebeurde.\n",
            "| ID | Titel | Stand | Laatste stap |",
            "| --- | --- | --- | --- |",
        ]
        lines += [
            f"| [{entry.id}]({entry.src_uri}) | {recommendation.title} | {standing(recommendation)} "
            f"| {dutch_date(recommendation.last_news)} |"
            for entry, recommendation in sorted(stale, key=lambda pair: pair[1].last_news)
        ]
    dated = dated_series(corpus, today)
    if dated:
        lines += [
            "",
            "## Cijferreeksen met verouderde cijfers\n",
            f"Reeksen waarvan het nieuwste meetpunt meer dan {Reeks.current_for_years} jaar oud is.\n",
            "| ID | Titel | Nieuwste meetpunt |",
            "| --- | --- | --- |",
        ]
        lines += [
            f"| [{entry.id}]({entry.src_uri}) | {entry.data.title} | {series_of(entry).newest.when.label} |"
            for entry in dated
        ]
    return "\n".join(lines) + "\n"


def latest_release_line(indexes: list[ReleaseIndex], here: str) -> str:
    changes = posixpath.relpath(CHANGES_PAGE, posixpath.dirname(here) or ".")
    latest = indexes[-1] if indexes else None
    if latest is None or latest.date is None:
        return f"Er is nog geen release uitgebracht; zie de [wijzigingen]({changes})."
    return (
        f"Laatste release: **{latest.version}**, {dutch_date(latest.date)}. Zie de [wijzigingen]({changes})."
    )
