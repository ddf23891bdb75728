"""The front page's generated parts: the search box, an entry point per audience, the key figures.

docs/index.md places them with marker comments. The entry points and key figures are Markdown, put in by
on_page_markdown like the other markers; the search box is a form, which is no content: the allow-list
of the page's HTML refuses it, so it is rendered from a template into the finished content
(on_page_context), after that check.
"""

from __future__ import annotations

from datetime import date

from kennisbank.content.corpus import FOLDER_INDEX, Corpus
from kennisbank.content.entry_links import entry_link, link_target
from kennisbank.model.entries import reading_order
from kennisbank.model.vocabularies import Audience
from kennisbank.plugin.pages import audience_uri
from kennisbank.plugin.series_pages import current_series, newest_point, small_chart_block

SEARCH_MARKER = "<!-- kennisbank:zoekvak -->"
AUDIENCES_MARKER = "<!-- kennisbank:ingangen -->"
KEYFIGURES_MARKER = "<!-- kennisbank:kerncijfers -->"


def audience_cards(here: str) -> str:
    """A card per audience: its page, and the entry types it comes for first (their catalogues)."""
    cards = []
    for audience in Audience:
        leading = reading_order(audience)[: len(audience.leads_with)]
        types = " en ".join(
            f"[{entry_type.plural}]({link_target(f'{entry_type.folder}/{FOLDER_INDEX}', here)})"
            for entry_type in leading
        )
        cards.append(
            f"-   **[{audience.entry_point}]({link_target(audience_uri(audience), here)})**\n\n"
            f"    {audience.label}: begin bij {types}."
        )
    return (
        '<div class="grid cards kb-home-cards" data-pagefind-ignore="all" markdown>\n\n'
        + "\n\n".join(cards)
        + "\n\n</div>\n"
    )


def keyfigure_cards(corpus: Corpus, here: str, today: date) -> str:
    """A card per series in use: its title linking to it, its small chart, its newest figure and who
    counted it, as the series holds them. A retired series is left out."""
    cards = [
        f'<div class="card kb-home-figure" role="listitem" markdown>\n\n'
        f"**{entry_link(entry, here, with_id=False)}**\n\n"
        f"{small_chart_block(entry)}\n\n"
        f"{newest_point(entry, today, area=False)}\n\n</div>"
        for entry in current_series(corpus)
    ]
    if not cards:
        return "Er zijn nog geen cijferreeksen.\n"
    return (
        '<div class="grid kb-home-figures" role="list" data-pagefind-ignore="all" markdown>\n\n'
        + "\n\n".join(cards)
        + "\n\n</div>\n"
    )
