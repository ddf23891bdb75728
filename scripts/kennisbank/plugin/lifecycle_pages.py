"""Pages about the life of the content: what changed per release, which entries are due for review."""

from __future__ import annotations

from datetime import date

from kennisbank.charts.figure import series_of
from kennisbank.content.corpus import Corpus, LoadedEntry
from kennisbank.content.entry_links import entry_link, link_target
from kennisbank.dutch import dutch_date
from kennisbank.model import ENTRY_TYPES
from kennisbank.model.entries import Aanbeveling, Reeks
from kennisbank.model.fields import field_title
from kennisbank.plugin.recommendation_pages import current, standing
from kennisbank.plugin.series_pages import dated_series
from kennisbank.releases.changes import Changed, Changes, compare
from kennisbank.releases.feed import FEED_FILE
from kennisbank.releases.freshness import review_due
from kennisbank.releases.history import History, Revision, describe
from kennisbank.releases.index import ReleaseIndex
from kennisbank.text.literal import markdown_literal

CHANGES_PAGE = "wijzigingen.md"
REVIEW_PAGE = "te-herzien.md"
# Where the home page lists the latest changes of the entries.
LATEST_CHANGES_MARKER = "<!-- kennisbank:laatste-wijzigingen -->"
LATEST_CHANGES = 5
# Fields and sections a change names in that list before it counts the rest.
NAMED_IN_BRIEF = 3


def changes_page(indexes: list[ReleaseIndex], current: ReleaseIndex, corpus: Corpus, history: History) -> str:
    """What changed in the entries, grouped by type: first what no release holds yet, then per release,
    newest first."""
    last = indexes[-1] if indexes else None
    sections = [_unreleased(last, current, corpus, history)]
    for position in range(len(indexes) - 1, -1, -1):
        release = indexes[position]
        heading = f"{release.version} ({dutch_date(release.date)})" if release.date else release.version
        changes = compare(indexes[position - 1] if position else None, release)
        sections.append(f"## {heading}\n\n" + _by_type(changes, corpus))
    intro = (
        "Wat er aan de entries veranderde, per type: eerst wat nog in geen release staat, dan per release "
        "wat die bracht (berekend uit de entry-index die bij elke release is vastgelegd). Elke entry toont "
        "onderaan haar eigen geschiedenis. Volg de wijzigingen in een feedlezer met de "
        f"[Atom-feed]({FEED_FILE})."
    )
    return "---\ntitle: Wijzigingen\n---\n\n# Wijzigingen\n\n" + intro + "\n\n" + "\n".join(sections)


def _unreleased(last: ReleaseIndex | None, current: ReleaseIndex, corpus: Corpus, history: History) -> str:
    """What no release holds yet: from the history, where there is one; else what differs from the last
    release's index."""
    since = f"release {last.version}" if last else "het begin (er is nog geen release)"
    lines = [f"## Sinds {since}\n", "Nog niet uitgebracht.\n"]
    # The status and figure a change led to, which only the comparison of indexes knows.
    compared = compare(last, current)
    if not history.available:
        if last is None:
            lines.append(
                "Deze kopie van de kennisbank heeft geen versiegeschiedenis (geen git-repository).\n"
            )
        else:
            lines.append(_by_type(compared, corpus))
        return "\n".join(lines)
    notes = {item.id: _status_change(item) + _figure_change(item) for item in compared.changed}
    entries = corpus.by_path
    by_entry: dict[str, list[Revision]] = {}  # newest first, the entry changed last first
    for path, revision in history.newest(entries):
        if revision.release is None:
            by_entry.setdefault(path, []).append(revision)
    if not by_entry:
        lines.append("Geen wijzigingen in de entries.\n")
    for entry_type in ENTRY_TYPES:
        items = [
            _pending(entries[path], revisions, notes.get(entries[path].id, ""))
            for path, revisions in by_entry.items()
            if entries[path].entry_type == entry_type
        ]
        if items:
            lines.append(f"### {entry_type.plural} ({len(items)})\n\n" + "\n".join(items) + "\n")
    return "\n".join(lines)


def _pending(entry: LoadedEntry, revisions: list[Revision], note: str) -> str:
    """An entry's unreleased changes in a line: the newest, and how many came before it."""
    newest, earlier = revisions[0], len(revisions) - 1
    more = f" (en {earlier} eerdere {'wijziging' if earlier == 1 else 'wijzigingen'})" if earlier else ""
    return (
        f"- {dutch_date(newest.day)} · {entry_link(entry, CHANGES_PAGE)} — "
        f"{markdown_literal(describe(newest, entry.entry_type.model))}{note}{more}"
    )


def _by_type(changes: Changes, corpus: Corpus) -> str:
    """A release's changes under a heading per entry type: added, changed (with the fields), retired."""
    if changes.empty:
        return "Geen wijzigingen in de entries.\n"
    types = {entry_type.name: entry_type for entry_type in ENTRY_TYPES}
    index = changes.until.entries
    blocks = []
    for entry_type in ENTRY_TYPES:
        lines = [
            f"- Toegevoegd: {_link(entry_id, title, corpus)}"
            for entry_id, title in changes.added
            if index[entry_id].type == entry_type.name
        ]
        lines += [
            f"- Gewijzigd: {_link(item.id, item.title, corpus)}: "
            f"{', '.join(field_title(types[entry_type.name].model, name) for name in item.fields)}"
            f"{_status_change(item)}{_figure_change(item)}"
            for item in changes.changed
            if index[item.id].type == entry_type.name
        ]
        lines += [
            f"- Ingetrokken: {_link(entry_id, title, corpus)}"
            for entry_id, title in changes.retired
            if index[entry_id].type == entry_type.name
        ]
        if lines:
            blocks.append(f"### {entry_type.plural} ({len(lines)})\n\n" + "\n".join(lines) + "\n")
    return "\n".join(blocks)


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


def latest_changes(
    history: History, indexes: list[ReleaseIndex], corpus: Corpus, here: str, count: int = LATEST_CHANGES
) -> str:
    """The `count` newest changes of the entries, each with its date, then the latest release, for the
    page at `here`."""
    latest = indexes[-1] if indexes else None
    release = (
        f"Laatste release: **{latest.version}**, {dutch_date(latest.date)}."
        if latest is not None and latest.date is not None
        else "Er is nog geen release uitgebracht."
    )
    more = (
        f"{release} [Alle wijzigingen]({link_target(CHANGES_PAGE, here)}) · "
        f"[Atom-feed]({link_target(FEED_FILE, here)})\n"
    )
    if not history.available:
        return f"Deze kopie van de kennisbank heeft geen versiegeschiedenis.\n\n{more}"
    entries = corpus.by_path
    items = [
        f"- {dutch_date(revision.day)} · {entry_link(entries[path], here)} — "
        f"{markdown_literal(describe(revision, entries[path].entry_type.model, at_most=NAMED_IN_BRIEF))}"
        for path, revision in history.newest(entries, count)
    ]
    if not items:
        return f"Er zijn nog geen wijzigingen vastgelegd.\n\n{more}"
    return "\n".join(items) + f"\n\n{more}"
