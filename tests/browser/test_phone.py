"""On a phone (360 px wide) no page scrolls sideways; a catalogue's rows are cards, its filters work."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import urljoin

import pytest
from playwright.sync_api import Browser, Page, expect

from kennisbank.model import ENTRY_TYPES, EntryType
from kennisbank.model.vocabularies import Audience
from kennisbank.plugin.pages import audience_uri

from .tour import CATALOGUES, PHONE, SCHEMES, STOPS

# Every kind of page of the tour, and every audience page.
PAGES = sorted(
    {stop.path for stop in STOPS}
    | {audience_uri(audience).removesuffix(".md") + "/" for audience in Audience}
)


# The front page, whose cards and charts follow the width, also in the dark scheme.
SCHEMED_PAGES = [(path, "light") for path in PAGES] + [("", "dark")]


@pytest.fixture(scope="module")
def phones(browser: Browser) -> Iterator[dict[str, Page]]:
    """A phone per colour scheme: the palette follows the system preference."""
    contexts = {scheme: browser.new_context(viewport=PHONE, color_scheme=scheme) for scheme in SCHEMES}
    yield {scheme: context.new_page() for scheme, context in contexts.items()}
    for context in contexts.values():
        context.close()


@pytest.fixture(scope="module")
def phone(phones: dict[str, Page]) -> Page:
    return phones["light"]


@pytest.mark.parametrize(("path", "scheme"), SCHEMED_PAGES)
def test_no_page_scrolls_sideways(phones: dict[str, Page], site_server: str, path: str, scheme: str) -> None:
    phone = phones[scheme]
    phone.goto(urljoin(site_server, path))
    expect(phone.locator("body")).to_have_attribute("data-md-color-scheme", SCHEMES[scheme])
    widest = phone.evaluate(
        """() => [...document.querySelectorAll("body *")]
             .map((element) => [Math.ceil(element.getBoundingClientRect().right), element])
             .filter(([right]) => right > innerWidth)
             .map(([right, element]) => `${element.tagName.toLowerCase()}.${element.className} ${right}`)
             .slice(0, 3)"""
    )
    assert phone.evaluate("document.scrollingElement.scrollWidth") <= PHONE["width"], widest


@pytest.mark.parametrize("path", CATALOGUES)
def test_catalogue_rows_are_cards_and_the_filters_work(phone: Page, site_server: str, path: str) -> None:
    phone.goto(urljoin(site_server, path))
    rows = phone.locator("[data-kb-catalogue] tbody tr")
    first = rows.first
    assert first.evaluate("row => getComputedStyle(row).display") == "block"
    assert (
        phone.locator("[data-kb-catalogue] thead").evaluate("head => head.getBoundingClientRect().width") <= 1
    )
    expect(first.locator(".kb-catalogue__id a")).to_be_visible()
    select = phone.locator("[data-kb-filters] select").first
    expect(select).to_be_visible()
    # Every list of values stays within the filter box, the longest one's too.
    sticking_out = phone.locator("[data-kb-filters]").evaluate(
        """box => {
          const edge = box.getBoundingClientRect().right;
          return [...box.querySelectorAll("select")]
            .filter((select) => select.getBoundingClientRect().right > edge)
            .map((select) => select.name);
        }"""
    )
    assert sticking_out == []
    select.select_option(index=1)
    shown = int(phone.locator("[data-kb-shown]").text_content() or "0")
    visible = rows.evaluate_all(
        "rows => rows.filter((row) => getComputedStyle(row).display !== 'none').length"
    )
    assert shown == visible and shown <= rows.count()


@pytest.mark.parametrize("entry_type", [t for t in ENTRY_TYPES if t.listed], ids=lambda t: t.name)
def test_listed_texts_are_on_the_card_under_their_name(
    phone: Page, site_server: str, entry_type: EntryType
) -> None:
    phone.goto(urljoin(site_server, f"{entry_type.folder}/"))
    cells = phone.locator("[data-kb-catalogue] tbody tr").first.locator("td[data-label]")
    expect(cells.first).to_be_visible()
    labels = cells.evaluate_all("cells => cells.map((cell) => getComputedStyle(cell, '::before').content)")
    assert labels == [f'"{entry_type.model.model_fields[name].title}"' for name in entry_type.listed]
