"""The "Verwant" section: every entry linked to or from this one, as Markdown links MkDocs checks."""

from __future__ import annotations

import posixpath

from kennisbank.content.corpus import Corpus, LoadedEntry


def related_section(entry: LoadedEntry, corpus: Corpus, heading: str) -> str:
    related = corpus.related(entry.id)
    if not related:
        return ""
    here = posixpath.dirname(entry.src_uri)
    items = "\n".join(
        f"- [{other.id} · {other.data.title}]({posixpath.relpath(other.src_uri, here)})"
        f' <span class="kb-related__type">{other.entry_type.label}</span>'
        for other in related
    )
    return f"\n\n## {heading} {{ #verwant }}\n\n{items}\n"
