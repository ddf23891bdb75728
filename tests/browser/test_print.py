"""Printing a page: print.css leaves only the content, keeps citations and sources, writes out links."""

from __future__ import annotations

from playwright.sync_api import Page


def display(page: Page, selector: str) -> list[str]:
    return page.eval_on_selector_all(selector, "els => els.map(el => getComputedStyle(el).display)")


def test_printing_shows_the_content_and_its_sources_without_the_site_around_it(
    page: Page, fixture_server: str
) -> None:
    page.goto(f"{fixture_server}bevindingen/bev-001/")
    assert display(page, "details.kb-cite") != ["none"]
    page.emulate_media(media="print")
    for chrome in (".md-header", ".md-sidebar--primary", ".md-sidebar--secondary", ".md-footer", "dialog"):
        shown = display(page, chrome)
        assert shown and set(shown) == {"none"}, chrome
    assert display(page, "details.kb-cite") == ["none"]
    assert display(page, "article .footnote") == ["block"]
    assert page.locator("article h1").is_visible()
    assert page.locator("article sup a.footnote-ref").first.is_visible()


def test_printed_links_to_other_sites_show_their_address(page: Page, fixture_server: str) -> None:
    page.goto(f"{fixture_server}organisaties/org-voorbeeld/")
    page.emulate_media(media="print")
    external = page.locator('article a[href^="https://voorbeeld.invalid"]').first
    after = external.evaluate("a => getComputedStyle(a, '::after').content")
    assert after == '" (https://voorbeeld.invalid/)"'
    internal = page.locator('article a[href^="../"]').first
    assert internal.evaluate("a => getComputedStyle(a, '::after').content") in ("none", "normal")
