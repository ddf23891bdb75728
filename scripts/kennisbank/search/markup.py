"""What Pagefind reads from a page: the part to index, the page's kind, and the words it is also found by."""

from __future__ import annotations

from html import escape

# Type shown in search results for pages that are not entries.
PAGE_KIND = "Pagina"


def searchable(content: str, kind: str | None, extra_terms: list[str]) -> str:
    """Mark `content` as the only indexed part of the page; entries name their type in the card."""
    kind_meta = "" if kind is None else f' data-pagefind-meta="type:{escape(kind)}"'
    terms = (
        f'<span data-pagefind-weight="5" data-pagefind-index-attrs="data-kb-terms"'
        f' data-kb-terms="{escape(" ".join(extra_terms))}"></span>'
        if extra_terms
        else ""
    )
    return f"<div data-pagefind-body{kind_meta}>{terms}{content}</div>"
