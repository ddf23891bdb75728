"""Citations in the browser: the reference shows on hover and on keyboard focus; the BibTeX copies."""

from __future__ import annotations

from urllib.parse import urljoin

import pytest
from playwright.sync_api import Page, expect

from .recording import PageRecord

ENTRY = "interventies/int-001/"


@pytest.fixture
def entry_page(page: Page, page_record: PageRecord, site_server: str) -> Page:
    page.goto(urljoin(site_server, ENTRY))
    return page


def reference_text(page: Page, footnote_href: str) -> str:
    note = page.locator(f'article .footnote li[id="{footnote_href.removeprefix("#")}"] p')
    return note.evaluate("p => p.firstChild.textContent.trim()")


def test_pointing_at_a_citation_shows_its_reference(entry_page: Page, page_record: PageRecord) -> None:
    mark = entry_page.locator("article sup a.footnote-ref").first
    expected = reference_text(entry_page, mark.get_attribute("href") or "")
    tooltip = entry_page.locator(".md-tooltip2--active .md-tooltip2__inner")
    expect(tooltip).to_be_hidden()

    mark.hover()

    expect(tooltip).to_be_visible()
    expect(tooltip).to_contain_text(expected)
    assert "↩" not in tooltip.inner_text()
    assert page_record.console_errors == [] and page_record.page_errors == []


def test_the_reference_also_shows_on_keyboard_focus(entry_page: Page) -> None:
    mark = entry_page.locator("article sup a.footnote-ref").first
    expected = reference_text(entry_page, mark.get_attribute("href") or "")
    tooltip = entry_page.locator(".md-tooltip2--active .md-tooltip2__inner")

    # Tab from the element just before the mark, as a keyboard user would.
    mark.evaluate("a => a.closest('p').setAttribute('tabindex', '-1')")
    mark.evaluate("a => a.closest('p').focus()")
    entry_page.keyboard.press("Tab")

    expect(mark).to_be_focused()
    expect(tooltip).to_be_visible()
    expect(tooltip).to_contain_text(expected)


def test_the_bibtex_of_an_entry_copies_to_the_clipboard(entry_page: Page, site_server: str) -> None:
    entry_page.context.grant_permissions(
        ["clipboard-read", "clipboard-write"], origin=site_server.rstrip("/")
    )
    entry_page.locator("details.kb-cite summary").click()
    bibtex = entry_page.locator(".kb-cite__bibtex code").inner_text()
    assert bibtex.startswith("@misc{kennisbank-int-001,")

    entry_page.locator('.kb-cite__bibtex button[data-md-type="copy"]').click()

    copied = entry_page.evaluate("navigator.clipboard.readText()")
    assert copied.strip() == bibtex.strip()
