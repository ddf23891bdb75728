"""The Bronnen page: every source once, in the order of the style, with an anchor and its citing pages."""

from __future__ import annotations

from dataclasses import dataclass

from kennisbank.content.corpus import Corpus
from kennisbank.content.entry_links import link_target


@dataclass(frozen=True)
class Reference:
    key: str
    text: str  # Markdown, as pandoc formats it (made fit for Python-Markdown)


def anchor(key: str) -> str:
    return f"bron-{key}"


def bibliography_page(references: list[Reference], corpus: Corpus, page_uri: str) -> str:
    cited_by: dict[str, list[str]] = {reference.key: [] for reference in references}
    for entry in corpus.by_id.values():
        for key in entry.data.sources:
            cited_by.setdefault(key, []).append(f"[{entry.id}]({link_target(entry.src_uri, page_uri)})")
    sections = [
        f'<div class="kb-source" id="{anchor(reference.key)}" markdown>\n\n{reference.text}\n\n'
        f'<span class="kb-source__cited-by">{_cited_by_text(cited_by[reference.key])}</span>\n\n</div>'
        for reference in references
    ]
    return (
        "---\ntitle: Bronnen\n---\n\n# Bronnen\n\n"
        f"Alle {len(references)} bronnen van de kennisbank, in de volgorde van APA 7. Bij elke bron staat "
        "welke entries haar citeren.\n\n" + "\n\n".join(sections) + "\n"
    )


def _cited_by_text(links: list[str]) -> str:
    return "Geciteerd in: " + ", ".join(links) if links else "Nog door geen entry geciteerd."
