"""Every kind of page of the real site, each with what a reader does there; shared by the quality gates.

test_accessibility.py runs axe-core on each stop in the light and the dark scheme; test_privacy.py
visits each stop, uses it (theme toggle, search, filters, citation tooltips) and proves that nothing
left 127.0.0.1 and that the Content-Security-Policy blocked nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

from playwright.sync_api import Page, expect

from .search import filter_counts, open_filters, search, search_from_box

SEARCH_QUERY = "grooming"
# Two words that no page holds both of: the dialog shows partial matches.
PARTIAL_QUERY = "versleuteling telefoon"
# Material's palette in mkdocs.yml: the first scheme follows a light, the second a dark preference.
SCHEMES = {"light": "default", "dark": "slate"}
# A phone's screen: no page scrolls sideways on it (test_phone.py); axe checks the front page on it too.
PHONE = {"width": 360, "height": 740}


def filter_first(page: Page) -> None:
    """Pick the first value of the catalogue's first filter, as a reader does."""
    select = page.locator("[data-kb-filters] select").first
    value = select.locator("option").nth(1).get_attribute("value") or ""
    select.select_option(value)
    name = select.get_attribute("name") or ""
    assert parse_qs(urlsplit(page.url).query).get(name) == [value], page.url


def filter_status(page: Page) -> None:
    """On "Stand van de aanbevelingen": follow a status from the counts, then filter by addressee too."""
    page.locator("article table a").first.click()
    status = parse_qs(urlsplit(page.url).query)["status"][0]
    expect(page.locator("#kb-filter-status")).to_have_value(status)
    shown = page.locator("[data-kb-row]:visible")
    expect(shown.first).to_be_visible()
    assert all(row.get_attribute("data-f-status") == status for row in shown.all())
    page.locator("#kb-filter-addressees").select_option(index=1)
    assert "addressees=" in page.url


def sort_by_evidence(page: Page) -> None:
    """On "Wat werkt": sort by the strength of the evidence, strongest first, then filter by effect."""
    button = page.locator("button[data-kb-sort='design']")
    button.click()
    button.click()
    heading = page.locator("th", has=button)
    expect(heading).to_have_attribute("aria-sort", "descending")
    levels = [int(row.get_attribute("data-sort-design") or 0) for row in page.locator("[data-kb-row]").all()]
    assert levels == sorted(levels, reverse=True), levels
    page.locator("#kb-filter-effect").select_option(index=1)
    assert "effect=" in page.url


def search_open(page: Page) -> None:
    """The search dialog open with results: "/" and a query typed key by key."""
    assert search(page, SEARCH_QUERY), f"no results for {SEARCH_QUERY!r}"


def search_from_home(page: Page) -> None:
    """The front page's search box: the query sent with "Zoeken" opens the dialog with its results."""
    assert search_from_box(page, SEARCH_QUERY), f"no results for {SEARCH_QUERY!r}"


def search_filtered(page: Page) -> None:
    """A query no page answers in full, its filters unfolded and one type chosen with the keyboard."""
    assert search(page, PARTIAL_QUERY), f"no results for {PARTIAL_QUERY!r}"
    open_filters(page)
    kind = next(kind for kind, count in filter_counts(page, "type").items() if count and kind != "Alle")
    page.locator('fieldset[data-filter="type"] label', has_text=f"{kind} (").locator("input").focus()
    page.keyboard.press("Space")
    expect(page.locator(".kb-search__result .kb-search__type").first).to_have_text(kind)
    expect(page.locator(".kb-search__partial").first).to_be_visible()


def citation_tooltip(page: Page) -> None:
    """Point at the first citation: Material shows the reference in a tooltip."""
    page.locator("article sup a.footnote-ref").first.hover()
    expect(page.locator(".md-tooltip2--active .md-tooltip2__inner")).to_be_visible()


def open_history(page: Page) -> None:
    """Follow the card's "geschiedenis" to the entry's history and unfold its older changes."""
    page.locator('[data-field="last_changed"] a').click()
    history = page.locator(".kb-history")
    expect(history).to_be_in_viewport()
    expect(history.locator("li time").first).to_be_visible()
    history.locator("details > summary").click()
    expect(history.locator("details li").first).to_be_visible()


def toggle_scheme(page: Page) -> str:
    """Click Material's palette toggle; returns the scheme the page shows afterwards."""
    before = page.locator("body").get_attribute("data-md-color-scheme")
    page.locator('[data-md-component="palette"] label:visible').click()
    expect(page.locator("body")).not_to_have_attribute("data-md-color-scheme", before or "")
    return page.locator("body").get_attribute("data-md-color-scheme") or ""


@dataclass(frozen=True)
class Stop:
    name: str
    path: str  # relative to the site's root
    action: Callable[[Page], None] | None = None


ENTRIES = [
    "interventies/int-001/",
    "bevindingen/bev-001/",
    "dadergedrag/dad-001/",
    "aanbevelingen/aan-001/",
    "expertmeetings/em-1/",
    "organisaties/org-ckm/",
    "begrippen/beg-csam/",
]
CATALOGUES = [
    "interventies/",
    "bevindingen/",
    "dadergedrag/",
    "aanbevelingen/",
    "expertmeetings/",
    "organisaties/",
    "begrippen/",
]

STOPS = [
    Stop("home", ""),
    *(Stop(path.split("/")[1], path, citation_tooltip) for path in ENTRIES),
    *(Stop(f"{path.rstrip('/')}-filtered", path, filter_first) for path in CATALOGUES),
    Stop("glossary", "begrippen/"),
    Stop("key-figures", "cijfers/"),
    Stop("series", "cijfers/cij-001/", citation_tooltip),
    Stop("embedded-series", "interventies/int-010/"),
    Stop("bibliography", "bronnen/"),
    Stop("audience", "voor/reclassering/"),
    Stop("policy", "voor/beleid/"),
    Stop("recommendations-status", "aanbevelingen/stand/", filter_status),
    Stop("handout", "handouts/em-1/"),
    Stop("what-works", "interventies/wat-werkt/", sort_by_evidence),
    Stop("matrix", "matrix/"),
    # The entry with the most changes in the repository, so its history folds older ones away.
    Stop("history", "interventies/int-002/", open_history),
    Stop("changes", "wijzigingen/"),
    Stop("search", "", search_open),
    Stop("search-box", "", search_from_home),
    Stop("search-filtered", "", search_filtered),
    Stop("not-found", "404.html"),
]
