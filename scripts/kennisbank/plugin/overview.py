"""The generated index page of each entry type's folder: every entry with its ID, title and summary."""

from __future__ import annotations

from kennisbank.content.corpus import Corpus, LoadedEntry
from kennisbank.model import EntryType


def notice_admonition(entry_type: EntryType) -> str:
    if entry_type.notice is None:
        return ""
    return f'!!! warning "Inhoudswaarschuwing"\n\n    {entry_type.notice}\n\n'


def overview_page(entry_type: EntryType, corpus: Corpus) -> str:
    entries = corpus.of_type(entry_type)
    rows = "\n".join(_row(entry) for entry in entries)
    table = (
        f"| ID | Titel | Samenvatting |\n| --- | --- | --- |\n{rows}\n"
        if entries
        else "Er zijn nog geen entries van dit type.\n"
    )
    return (
        f"---\ntitle: {entry_type.plural}\n---\n\n# {entry_type.plural}\n\n"
        f"{notice_admonition(entry_type)}{entry_type.model.__doc__}\n\n"
        f"{len(entries)} {entry_type.plural.lower() if len(entries) != 1 else entry_type.label.lower()}.\n\n"
        f"{table}"
    )


def _row(entry: LoadedEntry) -> str:
    file_name = entry.src_uri.removeprefix(entry.entry_type.folder + "/")
    return f"| [{entry.id}]({file_name}) | {entry.data.title} | {entry.data.summary} |"
