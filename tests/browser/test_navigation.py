"""Finding one's way on the real site: the side navigation."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import urljoin

import pytest
from playwright.sync_api import Browser, Page, expect

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
