"""What Pagefind reads from a page: the part to index, the page's kind, the filters it can be narrowed by,
and the words it is also found by."""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape

from kennisbank.model.entries import Entry

# Type shown in search results for pages that are not entries.
PAGE_KIND = "Pagina"
# The Pagefind filters of the search dialog, with the legend of each (partials/kennisbank/search.html):
# the type of a page, and the audiences an entry is written for.
TYPE_FILTER = "type"
AUDIENCE_FILTER = "publiek"
FILTER_LEGENDS = {TYPE_FILTER: "Type", AUDIENCE_FILTER: str(Entry.model_fields["audience"].title)}
# The metadata field that says how many extra words close a page's indexed text (search.js reads it).
EXTRA_WORDS_META = "extra"


@dataclass(frozen=True)
class Indexed:
    """How one page is indexed: its type, its audiences and its extra search words."""

    kind: str
    kind_in_card: bool  # an entry's card names its type already (data-pagefind-meta)
    audiences: list[str] = field(default_factory=list)
    extra_terms: list[str] = field(default_factory=list)


def searchable(content: str, indexed: Indexed) -> str:
    """Mark `content` as the only indexed part of the page, with its filters and extra words."""
    kind_meta = "" if indexed.kind_in_card else f' data-pagefind-meta="type:{escape(indexed.kind)}"'
    filters = [(TYPE_FILTER, indexed.kind)] + [(AUDIENCE_FILTER, audience) for audience in indexed.audiences]
    marks = "".join(f'<span data-pagefind-filter="{name}:{escape(value)}"></span>' for name, value in filters)
    # After the content, with their number: the excerpt of a result is taken from the words before them,
    # as they read as nonsense (search.js).
    extra = " ".join(indexed.extra_terms)
    terms = (
        f'<span data-pagefind-weight="5" data-pagefind-index-attrs="data-kb-terms"'
        f' data-kb-terms="{escape(extra)}"'
        f' data-pagefind-meta="{EXTRA_WORDS_META}:{len(extra.split())}"></span>'
        if indexed.extra_terms
        else ""
    )
    return f"<div data-pagefind-body{kind_meta}>{marks}{content}{terms}</div>"
