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


def search(page: Page, query: str) -> list[Hit]:
    """Open the search with "/", type `query` key by key, and return the results shown for it."""
    dialog = page.locator("dialog#kb-search")
    if not dialog.evaluate("d => d.open"):
        page.keyboard.press("/")
    field = dialog.locator("input.kb-search__input")
    expect(field).to_be_focused()
    field.fill("")
    field.press_sequentially(query)
    expect(dialog.locator(f'.kb-search__results[data-query="{query}"]')).to_be_attached()
    results = dialog.locator(".kb-search__result")
    return [
        Hit(
            urlsplit(results.nth(i).locator("a").get_attribute("href") or "").path,
            results.nth(i).locator(".kb-search__type").text_content() or "",
            results.nth(i).locator(".kb-search__result-title").text_content() or "",
        )
        for i in range(results.count())
    ]
