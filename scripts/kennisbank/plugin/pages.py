"""Pages generated from the whole corpus: an entry point per audience and the intervention matrix."""

from __future__ import annotations

from kennisbank.content.corpus import Corpus
from kennisbank.content.entry_links import entry_link
from kennisbank.model.entries import Interventie, reading_order
from kennisbank.model.vocabularies import Audience, MnrDomain, Phase
from kennisbank.plugin.recommendation_pages import status_lead

AUDIENCE_FOLDER = "voor"
MATRIX_PAGE = "matrix.md"


def audience_uri(audience: Audience) -> str:
    return f"{AUDIENCE_FOLDER}/{audience.value}.md"


def audience_page(audience: Audience, corpus: Corpus) -> str:
    here = audience_uri(audience)
    sections = []
    # What the audience comes for first (dadergedrag for the probation service), then the other types.
    for entry_type in reading_order(audience):
        entries = [entry for entry in corpus.of_type(entry_type) if audience in entry.data.audience]
        if entries:
            items = "\n".join(f"- {entry_link(entry, here)}: {entry.data.summary}" for entry in entries)
            sections.append(f"## {entry_type.plural}\n\n{items}\n")
    intro = (
        f"De entries die de redactie vooral bedoeld heeft voor {audience.label.lower()}, per type. In elke "
        f"catalogus kun je ook filteren op het publiek {audience.label.lower()}."
    )
    if audience is Audience.BELEID:
        # What a policy advisor asks first: which recommendations are open, and what happened since.
        intro = status_lead(corpus, here) + "\n\n" + intro
    # The lists repeat each entry's title and summary: left out of the search index (Pagefind's own
    # attribute), they would put this page among the results of almost every query and add a tenth to the
    # words the indexer holds in memory at 2000 entries (issue 18).
    listed = "\n".join(sections)
    return (
        f"---\ntitle: {audience.entry_point}\n---\n\n# {audience.entry_point}\n\n{intro}\n\n"
        f'<div data-pagefind-ignore="all" markdown>\n\n{listed}\n</div>\n'
    )


def matrix_page(corpus: Corpus) -> str:
    """Interventions by MNR domain (rows) and phase (columns), like ATT&CK's matrix."""
    interventions = [
        (entry, entry.data) for entry in corpus.by_id.values() if isinstance(entry.data, Interventie)
    ]
    header = "| MNR-domein | " + " | ".join(phase.label for phase in Phase) + " |"
    divider = "| --- " * (len(Phase) + 1) + "|"
    rows = []
    for domain in MnrDomain:
        cells = []
        for phase in Phase:
            found = [
                entry
                for entry, intervention in interventions
                if phase in intervention.phases
                and any(capability.domain is domain for capability in intervention.mnr)
            ]
            cells.append(", ".join(entry_link(entry, MATRIX_PAGE, short=True) for entry in found) or "–")
        rows.append(f"| {domain.label} | " + " | ".join(cells) + " |")
    intro = (
        "Alle interventies, geordend naar het domein van het WeProtect Model National Response waarin hun "
        "capaciteiten liggen (rijen) en de fase waarin zij werken (kolommen). Een interventie kan in meer "
        "cellen staan. Wijs een ID aan voor de titel."
    )
    return "---\ntitle: Matrix van interventies\n---\n\n# Matrix van interventies\n\n" + "\n".join(
        [intro, "", header, divider, *rows, ""]
    )
