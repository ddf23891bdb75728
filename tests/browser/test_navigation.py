"""Finding one's way on the real site: the audience pages, the phone's drawer, the side navigation."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import urljoin

import pytest
from playwright.sync_api import Browser, Page, expect

from kennisbank.model.entries import reading_order
from kennisbank.model.vocabularies import Audience
from kennisbank.plugin.pages import audience_uri

from .tour import ENTRIES

PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1280, "height": 720}


@pytest.fixture(scope="module")
def phone(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport=PHONE)
    yield context.new_page()
    context.close()


@pytest.fixture(scope="module")
def desktop(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport=DESKTOP)
    yield context.new_page()
    context.close()


@pytest.mark.parametrize("audience", list(Audience), ids=lambda a: a.value)
def test_an_audience_page_leads_with_what_the_audience_comes_for(
    phone: Page, site_server: str, audience: Audience
) -> None:
    phone.goto(urljoin(site_server, audience_uri(audience).removesuffix(".md") + "/"))

    headings = [text.strip().rstrip("¶") for text in phone.locator("article h2").all_inner_texts()]

    order = [entry_type.plural for entry_type in reading_order(audience)]
    assert headings[0] == order[0], headings
    assert headings == [plural for plural in order if plural in headings]


@pytest.mark.parametrize("path", ENTRIES)
def test_on_a_phone_a_sections_menu_leads_to_its_catalogue(phone: Page, site_server: str, path: str) -> None:
    phone.goto(urljoin(site_server, path))
    catalogue = urljoin(site_server, path.split("/", maxsplit=1)[0] + "/")
    section = phone.locator(".md-nav--primary > .md-nav__list > .md-nav__item--active > .md-nav")
    title = (section.locator("> .md-nav__title").text_content() or "").strip()

    phone.locator('label.md-header__button[for="__drawer"]').click()

    # The drawer opens on the entry's section; the first item of its menu is the section's catalogue.
    expect(section).to_be_in_viewport(ratio=1)
    overview = section.get_by_role("link", name=f"Overzicht {title}")
    expect(overview).to_be_in_viewport()
    overview.click()
    expect(phone).to_have_url(catalogue)


@pytest.mark.parametrize("path", ["interventies/", "interventies/int-001/"])
@pytest.mark.parametrize("width", ["desktop", "phone"])
def test_the_navigation_shows_no_icon_a_reader_cannot_explain(
    desktop: Page, phone: Page, site_server: str, path: str, width: str
) -> None:
    page = desktop if width == "desktop" else phone
    page.goto(urljoin(site_server, path))
    if width == "phone":
        page.locator('label.md-header__button[for="__drawer"]').click()
    links = page.locator(".md-nav--primary .md-nav__link:visible")
    expect(links.first).to_be_visible()

    # Whatever a navigation link shows besides its words: Material's arrows that open a section, and
    # nothing else (Material drew an entry's `status` as a page status, an (i) without a name).
    unexplained = links.evaluate_all(
        """links => links.flatMap((link) => [...link.querySelectorAll("*")]
             .filter((element) => !element.closest(".md-nav__icon, .md-visually-hidden"))
             .filter((element) => !element.textContent.trim() && element.getClientRects().length)
             .map((element) => `${link.textContent.trim().slice(0, 40)}: ${element.className}`))"""
    )
    assert unexplained == []
