"""Catalogue filters in the browser: combinable, shareable through the URL, usable with the keyboard."""

from __future__ import annotations

from urllib.parse import parse_qs, urljoin, urlsplit

from playwright.sync_api import Page, expect


def visible_ids(page: Page) -> list[str]:
    return page.locator("[data-kb-catalogue] tbody tr:visible td.kb-catalogue__id").all_inner_texts()


def all_rows(page: Page) -> list[dict[str, str]]:
    return page.locator("[data-kb-catalogue] tbody tr").evaluate_all(
        "rows => rows.map(row => Object.fromEntries([...row.attributes].map(a => [a.name, a.value])))"
    )


def matching(page: Page, **wanted: str) -> list[str]:
    ids = page.locator("[data-kb-catalogue] tbody tr td.kb-catalogue__id").all_inner_texts()
    return [
        entry_id
        for entry_id, row in zip(ids, all_rows(page), strict=True)
        if all(value in row.get(f"data-f-{field}", "").split() for field, value in wanted.items())
    ]


def test_filters_narrow_the_catalogue_and_combine(page: Page, site_server: str) -> None:
    page.goto(urljoin(site_server, "interventies/"))
    total = len(visible_ids(page))
    page.select_option("#kb-filter-stakeholders", "tech-sector")
    tech = visible_ids(page)
    assert tech == matching(page, stakeholders="tech-sector")
    assert 0 < len(tech) < total
    page.select_option("#kb-filter-phases", "preventie")
    both = visible_ids(page)
    assert both == matching(page, stakeholders="tech-sector", phases="preventie")
    assert len(both) <= len(tech)
    expect(page.locator("[data-kb-shown]")).to_have_text(str(len(both)))
    query = parse_qs(urlsplit(page.url).query)
    assert query == {"stakeholders": ["tech-sector"], "phases": ["preventie"]}


def test_a_shared_url_restores_the_filter(page: Page, site_server: str) -> None:
    page.goto(urljoin(site_server, "interventies/?phases=opsporing&evidence_level=niet-beoordeeld"))
    expect(page.locator("#kb-filter-phases")).to_have_value("opsporing")
    expect(page.locator("#kb-filter-evidence_level")).to_have_value("niet-beoordeeld")
    assert visible_ids(page) == matching(page, phases="opsporing", evidence_level="niet-beoordeeld")
    page.locator(".kb-filters__reset").click()
    expect(page.locator("#kb-filter-phases")).to_have_value("")
    # The form resets its fields first; the table and the URL follow in a task after the reset event.
    expect(page).to_have_url(urljoin(site_server, "interventies/"))
    assert len(visible_ids(page)) == len(all_rows(page))


def test_no_match_says_so(page: Page, site_server: str) -> None:
    page.goto(urljoin(site_server, "interventies/"))
    options = page.locator("#kb-filter-mnr option").all()
    for option in options[1:]:
        page.select_option("#kb-filter-mnr", option.get_attribute("value"))
        page.select_option("#kb-filter-status", index=1)
        if not visible_ids(page):
            expect(page.locator("[data-kb-empty]")).to_be_visible()
            expect(page.locator("[data-kb-shown]")).to_have_text("0")
            return
    raise AssertionError("every combination matched something; pick another pair of facets")


def test_the_offender_behaviour_finder(page: Page, site_server: str) -> None:
    page.goto(urljoin(site_server, "dadergedrag/?platforms=sociale-media"))
    social = visible_ids(page)
    assert social == matching(page, platforms="sociale-media") and social
    page.select_option("#kb-filter-behaviours", "sextortion")
    page.select_option("#kb-filter-signal_types", "digitaal")
    found = visible_ids(page)
    assert found == matching(
        page, platforms="sociale-media", behaviours="sextortion", signal_types="digitaal"
    )
    assert "DAD-003" in found
    signals = page.locator("tr:visible .kb-catalogue__listed li")
    assert signals.count() > 0


def test_filters_work_with_the_keyboard(page: Page, site_server: str) -> None:
    page.goto(urljoin(site_server, "dadergedrag/"))
    first = page.locator("#kb-filter-behaviours")
    first.focus()
    outline = first.evaluate("e => getComputedStyle(e).outlineStyle")
    assert outline != "none"
    page.keyboard.press("ArrowDown")  # the first behaviour after "Alle"
    chosen = first.input_value()
    assert chosen
    assert visible_ids(page) == matching(page, behaviours=chosen)
    page.keyboard.press("Tab")
    expect(page.locator("#kb-filter-platforms")).to_be_focused()
    for _ in range(3):
        page.keyboard.press("Tab")
    expect(page.locator(".kb-filters__reset")).to_be_focused()
    page.keyboard.press("Enter")
    expect(first).to_have_value("")
