"""The generated index page of each entry type's folder: every entry with its ID, title and summary."""

from __future__ import annotations

from kennisbank.model import EntryType


def notice_admonition(entry_type: EntryType) -> str:
    if entry_type.notice is None:
        return ""
    return f'!!! warning "Inhoudswaarschuwing"\n\n    {entry_type.notice}\n\n'


def overview_page(entry_type: EntryType) -> str:
    """The Markdown of a type's index page; the plugin adds the catalogue below it."""
    return (
        f"---\ntitle: {entry_type.plural}\n---\n\n# {entry_type.plural}\n\n"
        f"{notice_admonition(entry_type)}{entry_type.model.__doc__}\n"
    )
