"""Where recommendations stand: the overview page "Stand van de aanbevelingen", the line that leads to it
from the home page and the policy entry point, and the status with its timeline on each recommendation."""

from __future__ import annotations

from collections import Counter

from kennisbank.content.corpus import Corpus, LoadedEntry
from kennisbank.content.entry_links import entry_link, link_target
from kennisbank.dutch import dutch_date
from kennisbank.model import ENTRY_TYPES
from kennisbank.model.dates import PartialDate
from kennisbank.model.entries import Aanbeveling
from kennisbank.model.vocabularies import RecommendationStatus, Stakeholder

RECOMMENDATION = next(entry_type for entry_type in ENTRY_TYPES if entry_type.model is Aanbeveling)
STATUS_PAGE = f"{RECOMMENDATION.folder}/stand.md"
STATUS_TITLE = "Stand van de aanbevelingen"
# Where the home page shows the counts by status.
STATUS_MARKER = "<!-- kennisbank:stand-aanbevelingen -->"
FOLLOW_UP_HEADING = "Stand en opvolging"


def current(corpus: Corpus) -> list[tuple[LoadedEntry, Aanbeveling]]:
    """The recommendations in force (not retired), by ID."""
    return [
        (entry, entry.data)
        for entry in corpus.of_type(RECOMMENDATION)
        if isinstance(entry.data, Aanbeveling) and entry.data.retired is None
    ]


def standing(recommendation: Aanbeveling) -> str:
    """The status in words with its date and the latest step: "Overgenomen, stand per 25 juni 2024.
    Laatste stap (3 maart 2025): ..."."""
    status = recommendation.status or RecommendationStatus.ONBEKEND
    if recommendation.status_date is None:
        return f"{status.label}: geen opvolging gevonden."
    text = f"{status.label}, stand per {dutch_date(recommendation.status_date)}."
    latest = recommendation.timeline[-1]
    return f"{text} Laatste stap ({dutch_date(latest.date)}): {latest.text}"


def status_lead(corpus: Corpus, here: str) -> str:
    """One paragraph with the counts by status and a link to the overview, for the home and policy pages."""
    counts = Counter(recommendation.status for _, recommendation in current(corpus))
    parts = [f"{counts[status]} {status.label.lower()}" for status in RecommendationStatus if counts[status]]
    link = link_target(STATUS_PAGE, here)
    total = sum(counts.values())
    return (
        f"**[{STATUS_TITLE}]({link})**: van de {total} aanbevelingen in de kennisbank zijn er "
        + _joined(parts)
        + ". Per aanbeveling de laatste stap, met datum en bron."
    )


def status_page(corpus: Corpus) -> str:
    """Counts by status and by addressee; the plugin adds the filterable catalogue below."""
    recommendations = current(corpus)
    by_status = Counter(recommendation.status for _, recommendation in recommendations)
    status_rows = [
        f"| [{status.label}](stand.md?status={status.value}) | {by_status[status]} |"
        for status in RecommendationStatus
        if by_status[status]
    ]
    addressee_rows = []
    for addressee in Stakeholder:
        statuses = Counter(
            recommendation.status
            for _, recommendation in recommendations
            if addressee in recommendation.addressees
        )
        if statuses:
            spread = ", ".join(
                f"{statuses[status]} {status.label.lower()}"
                for status in RecommendationStatus
                if statuses[status]
            )
            link = f"[{addressee.label}](stand.md?addressees={addressee.value})"
            addressee_rows.append(f"| {link} | {sum(statuses.values())} | {spread} |")
    intro = (
        "Wat er met elke aanbeveling is gebeurd sinds zij werd gedaan. De stand volgt uit de laatste stap in "
        "de opvolging die een stand bepaalt (een kabinetsreactie, een wet die in werking treedt, een "
        "maatregel die start); elke stap heeft een datum en een bron. Een aanbeveling waarvan de laatste "
        f"stap meer dan {Aanbeveling.current_for_years} jaar oud is, staat op [Te herzien](../te-herzien.md)."
    )
    legend = [f"- **{status.label}**: {status.meaning}" for status in RecommendationStatus]
    return "\n".join(
        [
            f"---\ntitle: {STATUS_TITLE}\n---\n",
            f"# {STATUS_TITLE}\n",
            intro + "\n",
            *legend,
            "",
            "## Per stand\n",
            "| Stand | Aantal |",
            "| --- | --- |",
            *status_rows,
            f"| **Totaal** | **{len(recommendations)}** |",
            "",
            "## Per adressaat\n",
            "Een aanbeveling kan aan meer adressaten gericht zijn.\n",
            "| Adressaat | Aantal | Stand |",
            "| --- | --- | --- |",
            *addressee_rows,
            "",
            "## Alle aanbevelingen\n",
            "Filter op stand, adressaat, herkomst en publiek; de filterstand staat in het adres.\n",
        ]
    )


def follow_up_section(entry: LoadedEntry, corpus: Corpus) -> str:
    """The status, who made the recommendation, when and where, and each step with its source."""
    recommendation = entry.data
    if not isinstance(recommendation, Aanbeveling):
        return ""
    issuers = _joined(
        [
            entry_link(corpus.by_id[issuer], entry.src_uri, with_id=False)
            for issuer in recommendation.issued_by
            if issuer in corpus.by_id
        ]
    )
    status = recommendation.status or RecommendationStatus.ONBEKEND
    when = (
        f" (stand per {dutch_date(recommendation.status_date)})"
        if recommendation.status_date
        else ": geen stap in de opvolging gevonden"
    )
    lines = [
        f"## {FOLLOW_UP_HEADING} {{ #stand }}\n",
        f"**Stand: {status.label.lower()}**{when}. Gedaan door {issuers} {_on(recommendation.issued)}, in "
        f"[@{recommendation.document}].\n",
    ]
    # A list rather than a table: each step stays readable on a phone, date first.
    lines += [
        f"- **{dutch_date(step.date)}: {step.step.label.lower()}.** {step.text} [@{step.source}]"
        for step in recommendation.timeline
    ]
    if recommendation.timeline:
        lines.append("")
    if recommendation.searched:
        lines.append(f"**Gezocht naar opvolging:** {recommendation.searched}\n")
    return "\n".join(lines) + "\n"


def _on(issued: PartialDate | None) -> str:
    if issued is None:
        return "(ongedateerd)"
    return f"op {issued.label}" if issued.day else f"in {issued.label}"


def _joined(parts: list[str]) -> str:
    if len(parts) < 2:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " en " + parts[-1]
