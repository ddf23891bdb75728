"""Related entries, as Markdown links MkDocs checks: responses to a finding, and everything else related.

A finding lists the recommendations and interventions that respond to it in a section of their own;
every entry lists the rest of what is linked to or from it under "Verwant".
"""

from __future__ import annotations

from kennisbank.content.corpus import Corpus, LoadedEntry
from kennisbank.content.entry_links import entry_link

RESPONSES_HEADING = "Aanbevelingen en interventies bij deze bevinding"


def related_sections(entry: LoadedEntry, corpus: Corpus, heading: str) -> str:
    related = corpus.related(entry.id)
    responses = [other for other in related if other.entry_type.name in entry.entry_type.responses]
    others = [other for other in related if other not in responses]
    return _section(RESPONSES_HEADING, "reacties", responses, entry) + _section(
        heading, "verwant", others, entry
    )


def _section(heading: str, anchor: str, entries: list[LoadedEntry], entry: LoadedEntry) -> str:
    if not entries:
        return ""
    items = "\n".join(
        f'- {entry_link(other, entry.src_uri)} <span class="kb-related__type">{other.entry_type.label}</span>'
        for other in entries
    )
    # Links to other pages: not what this page is found by, nor a sentence to show as its search excerpt.
    return (
        '\n\n<div class="kb-related" data-pagefind-ignore="all" markdown>\n\n'
        f"## {heading} {{ #{anchor} }}\n\n{items}\n\n</div>\n"
    )
