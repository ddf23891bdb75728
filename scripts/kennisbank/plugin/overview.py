"""The generated index page of each entry type's folder: every entry with its ID, title and summary."""

from __future__ import annotations

from html import escape

from kennisbank.model import EntryType


def notice_admonition(entry_type: EntryType) -> str:
    """The type's content warning, as on each of its entries (partials/kennisbank/entry-card.html): the
    same words on every such page, so not what the page is found by nor the excerpt of a search result."""
    if entry_type.notice is None:
        return ""
    return (
        '<div class="admonition warning kb-notice" data-pagefind-ignore="all">\n'
        f'<p class="admonition-title">Inhoudswaarschuwing</p>\n<p>{escape(entry_type.notice)}</p>\n</div>\n\n'
    )


def overview_page(entry_type: EntryType) -> str:
    """The Markdown of a type's index page; the plugin adds the catalogue below it."""
    return (
        f"---\ntitle: {entry_type.plural}\n---\n\n# {entry_type.plural}\n\n"
        f"{notice_admonition(entry_type)}{entry_type.model.__doc__}\n"
    )
