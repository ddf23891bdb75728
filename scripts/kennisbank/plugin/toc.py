"""An entry page's table of contents, headed by the card's title."""

from __future__ import annotations

from mkdocs.structure.toc import AnchorLink, TableOfContents

# The id of the h1 in overrides/partials/kennisbank/entry-card.html.
TITLE_ANCHOR = "kb-title"


def under_title(toc: TableOfContents, title: str) -> TableOfContents:
    """`toc` as the children of a level-1 item for the entry's title, as if the Markdown began with it.

    An entry's h1 is in its card, not in its Markdown, so its table of contents starts at the first h2.
    Material points the skip link ("Ga naar inhoud") at the first item, which would skip the card; with a
    level-1 first item, it points at the title, and the sidebar still lists the item's children only.
    """
    top = AnchorLink(title, TITLE_ANCHOR, 1)
    top.children = list(toc)
    return TableOfContents([top])
