"""Driving the knowledge base's search dialog as a reader does: keyboard shortcut, typing, reading results."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from playwright.sync_api import Page, expect

# What the search loads from the site itself: Pagefind's script, its Dutch WebAssembly, index chunks.
PAGEFIND_SCRIPT = "pagefind/pagefind.js"
PAGEFIND_DUTCH = "pagefind/wasm.nl.pagefind"


@dataclass(frozen=True)
class Hit:
    path: str  # URL path of the result, e.g. /interventies/int-001/
    kind: str  # the entry type shown with the result
    title: str


def search(page: Page, query: str, *, key_by_key: bool = True) -> list[Hit]:
    """Open the search with "/", type `query` key by key (or paste it), and return the results shown for
    it."""
    dialog = page.locator("dialog#kb-search")
    if not dialog.evaluate("d => d.open"):
        page.keyboard.press("/")
    field = dialog.locator("input.kb-search__input")
    expect(field).to_be_focused()
    field.fill("")
    if key_by_key:
        field.press_sequentially(query)
    else:
        field.fill(query)
    return results(page, query)


def search_from_box(page: Page, query: str) -> list[Hit]:
    """Type `query` into the search box on the page (the front page's) and press "Zoeken": the page is
    loaded again with ?zoek=…, and the search dialog opens with the results; returns them."""
    form = page.get_by_role("search", name="Kennisbank doorzoeken")
    form.get_by_label("Zoek in de kennisbank").fill(query)
    form.get_by_role("button", name="Zoeken").click()
    dialog = page.locator("dialog#kb-search")
    expect(dialog).to_have_attribute("open", "")
    expect(dialog.locator("input.kb-search__input")).to_have_value(query)
    return results(page, query)


def results(page: Page, query: str) -> list[Hit]:
    """The results the search dialog shows, once they are those of `query`."""
    dialog = page.locator("dialog#kb-search")
    expect(dialog.locator(f'.kb-search__results[data-query="{query}"]')).to_be_attached()
    found = dialog.locator(".kb-search__result")
    return [
        Hit(
            urlsplit(found.nth(i).locator("a").get_attribute("href") or "").path,
            found.nth(i).locator(".kb-search__type").text_content() or "",
            found.nth(i).locator(".kb-search__result-title").text_content() or "",
        )
        for i in range(found.count())
    ]


def status(page: Page) -> str:
    return page.locator("dialog#kb-search .kb-search__status").text_content() or ""


def partial_notes(page: Page) -> list[str]:
    return page.locator("dialog#kb-search .kb-search__partial").all_text_contents()


def open_filters(page: Page) -> None:
    """Unfold the filters of the dialog, once their counts are in."""
    filters = page.locator("dialog#kb-search [data-kb-search-filters]")
    expect(filters).to_be_visible()
    if not filters.evaluate("details => details.open"):
        filters.locator("summary").click()


def filter_counts(page: Page, name: str) -> dict[str, int]:
    """The values of one filter with the number of results each would give, as the dialog shows them
    once it has counted them for the query and filters of the moment."""
    expect(page.locator("dialog#kb-search [data-kb-search-filters]")).to_have_attribute("aria-busy", "false")
    labels = page.locator(f'dialog#kb-search fieldset[data-filter="{name}"] label').all_text_contents()
    counts: dict[str, int] = {}
    for label in labels:
        value, _, count = label.strip().rpartition(" (")
        counts[value] = int(count.rstrip(")"))
    return counts


def paths(hits: list[Hit]) -> list[str]:
    return [hit.path for hit in hits]


def ranking_problem(query: str, expected: str, hits: list[Hit], top: int, expectations: str) -> str | None:
    """None when `expected` is among the first `top` results; otherwise, in Dutch, what a contributor reads:
    the query, the page expected, the pages above it now, and what to do."""
    found = paths(hits)
    if expected in found[:top]:
        return None
    where = f"op plaats {found.index(expected) + 1}" if expected in found else "niet bij de resultaten"
    return (
        f"Zoeken op ‘{query}’ op de echte site: {expected} hoort bij de eerste {top} resultaten, maar staat "
        f"{where}. Bovenaan staan nu:\n{listing(hits, top)}\n"
        f"Is een van deze pagina's een beter antwoord op ‘{query}’ (bijvoorbeeld de entry die u toevoegde)? "
        f"Zet die pagina dan als verwachting bij ‘{query}’ in {expectations}. Zo niet, maak de titel of de "
        "samenvatting van uw entry preciezer, of vraag in de pull request om hulp."
    )


def listing(hits: list[Hit], top: int) -> str:
    """The first `top` results, numbered, as a failure message shows them."""
    return "\n".join(f"  {number}. {hit.title} ({hit.path})" for number, hit in enumerate(hits[:top], 1))
