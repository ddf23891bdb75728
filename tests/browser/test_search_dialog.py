"""The search dialog never dead-ends: partial matches, the preferred term, filters with counts, and the
query and filters in the address (shared links, the back button)."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import Page, expect

from .search import filter_counts, open_filters, partial_notes, paths, search, search_from_box, status

# A word of the fixture site on pages of several types, and a word on no page.
COMMON = "voorbeeld"
NOWHERE = "zwrkplts"
# Pagefind also returns a page for a query word that starts with a one-letter word of that page (an author's
# initial such as "Z." on the Bronnen page of the real site); this word starts with no letter of its own.
NOWHERE_REAL = "øzwrkplts"


def test_a_query_no_page_answers_in_full_shows_the_pages_with_most_of_its_words(
    page: Page, fixture_server: str
) -> None:
    page.goto(fixture_server)
    hits = search(page, f"netwerk {NOWHERE}")
    assert "/bevindingen/bev-001/" in paths(hits)
    assert status(page).startswith("Geen pagina bevat alle woorden van")
    notes = partial_notes(page)
    assert len(notes) == len(hits)
    assert all(note == f"Gedeeltelijk: bevat ‘netwerk’, niet ‘{NOWHERE}’." for note in notes), notes


def test_pages_with_more_of_the_words_rank_first(page: Page, site_server: str) -> None:
    page.goto(site_server)
    hits = search(page, f"sextortion jongens {NOWHERE_REAL}")
    notes = partial_notes(page)
    both = [note for note in notes if "bevat ‘sextortion’ en ‘jongens’" in note]
    assert both and notes[: len(both)] == both, notes  # the pages with two of the three words first
    assert len(hits) > len(both)


def test_only_a_query_of_which_no_word_matches_has_no_results(page: Page, fixture_server: str) -> None:
    page.goto(fixture_server)
    assert search(page, f"{NOWHERE} {NOWHERE}x") == []
    assert status(page) == "Geen resultaten."


def test_a_query_in_full_is_not_marked_partial(page: Page, fixture_server: str) -> None:
    page.goto(fixture_server)
    assert search(page, "netwerk")
    assert partial_notes(page) == []
    assert "resultat" in status(page)


def test_a_term_to_avoid_offers_the_preferred_term(page: Page, fixture_server: str) -> None:
    page.goto(fixture_server)
    search(page, "Oudterm")
    suggestion = page.locator("dialog#kb-search [data-kb-search-suggestion]")
    expect(suggestion).to_be_visible()
    expect(suggestion).to_contain_text("‘Oudterm’ staat in de woordenlijst bij te vermijden termen van")
    expect(suggestion.locator("a")).to_have_text("Voorbeeldterm")
    assert (
        urlsplit(suggestion.locator("a").get_attribute("href") or "").path == "/begrippen/beg-voorbeeldterm/"
    )
    suggestion.locator("button").click()
    expect(page.locator("dialog#kb-search input.kb-search__input")).to_have_value("Voorbeeldterm")
    expect(page.locator('.kb-search__results[data-query="Voorbeeldterm"]')).to_be_attached()
    expect(suggestion).to_be_hidden()


def test_each_filter_value_counts_the_results_it_gives(page: Page, fixture_server: str) -> None:
    page.goto(fixture_server)
    search(page, COMMON)
    total = int(status(page).split()[0])
    open_filters(page)
    counts = filter_counts(page, "type")
    assert counts.pop("Alle") == total
    assert sum(counts.values()) == total and len([n for n in counts.values() if n]) >= 3, counts
    kind, expected = next((kind, n) for kind, n in counts.items() if n)
    page.locator('fieldset[data-filter="type"] label', has_text=f"{kind} (").click()
    results = page.locator(".kb-search__result")
    expect(results).to_have_count(min(expected, 10))
    assert set(results.locator(".kb-search__type").all_text_contents()) == {kind}
    assert filter_counts(page, "publiek")["Alle"] == expected


def test_filters_work_with_the_keyboard_and_live_in_the_address(page: Page, fixture_server: str) -> None:
    page.goto(fixture_server)
    search(page, COMMON)
    open_filters(page)
    first = page.locator('fieldset[data-filter="type"] input').first
    first.focus()
    page.keyboard.press("ArrowDown")  # the next value: a radio group moves the choice with the arrows
    chosen = page.locator('fieldset[data-filter="type"] input:checked')
    expect(chosen).to_be_focused()
    value = chosen.get_attribute("value") or ""
    assert value
    page.wait_for_url(lambda url: parse_qs(urlsplit(url).query).get("zoek-type") == [value])
    assert parse_qs(urlsplit(page.url).query)["zoek"] == [COMMON]


def test_a_shared_address_opens_the_same_search_and_back_returns_to_it(
    page: Page, fixture_server: str
) -> None:
    page.goto(fixture_server)
    search(page, COMMON)
    open_filters(page)
    page.locator('fieldset[data-filter="type"] label', has_text="Interventie (").click()
    expect(page.locator(".kb-search__result")).to_have_count(1)
    shared = page.url

    other = page.context.new_page()
    other.goto(shared)
    expect(other.locator("dialog#kb-search")).to_have_attribute("open", "")
    expect(other.locator("input.kb-search__input")).to_have_value(COMMON)
    expect(other.locator(".kb-search__result")).to_have_count(1)
    expect(other.locator('fieldset[data-filter="type"] input:checked')).to_have_value("Interventie")

    page.locator(".kb-search__result a").first.click()
    page.wait_for_url(lambda url: urlsplit(url).path == "/interventies/int-001/")
    page.go_back()
    expect(page.locator("dialog#kb-search")).to_have_attribute("open", "")
    expect(page.locator("input.kb-search__input")).to_have_value(COMMON)
    expect(page.locator(".kb-search__result")).to_have_count(1)


def test_closing_the_dialog_takes_the_search_out_of_the_address(page: Page, fixture_server: str) -> None:
    page.goto(fixture_server)
    search(page, COMMON)
    assert "zoek=" in page.url
    page.keyboard.press("Escape")
    page.wait_for_url(lambda url: "zoek" not in url)


def test_pages_with_every_word_come_first_and_those_with_some_follow(page: Page, fixture_server: str) -> None:
    page.goto(fixture_server)
    # The organisation's page has both words; the meeting only the second, the finding only the first.
    hits = paths(search(page, "netwerk voorbeeldbijeenkomst"))
    assert hits[0] == "/organisaties/org-voorbeeld/"
    assert {"/expertmeetings/em-1/", "/bevindingen/bev-001/"} <= set(hits[1:])
    notes = page.locator(".kb-search__result").evaluate_all(
        "items => items.map(item => item.querySelector('.kb-search__partial')?.textContent ?? '')"
    )
    assert notes[0] == "" and all(note.startswith("Gedeeltelijk: bevat") for note in notes[1:]), notes
    assert status(page) == (
        f"{len(hits)} resultaten. 1 pagina met alle woorden, "
        f"daarna {len(hits) - 1} pagina’s met een deel ervan."
    )


def test_a_latin_plural_and_its_singular_find_each_other(page: Page, fixture_server: str) -> None:
    page.goto(fixture_server)
    assert "/bevindingen/bev-001/" in paths(search(page, "darkwebforum"))  # the page says "darkwebfora"
    assert "/organisaties/org-voorbeeld/" in paths(search(page, "voorbeeldfora"))  # it says "voorbeeldforum"


def excerpts(page: Page) -> dict[str, str]:
    results = page.locator(".kb-search__result")
    return {
        urlsplit(results.nth(i).locator("a").get_attribute("href") or "").path: results.nth(i)
        .locator(".kb-search__excerpt")
        .inner_text()
        for i in range(results.count())
    }


def test_an_excerpt_comes_from_the_text_not_from_what_helps_finding(page: Page, fixture_server: str) -> None:
    page.goto(fixture_server)
    # The content warning of findings says "daders" too; the excerpt is the sentence of the finding itself.
    search(page, "daders")
    shown = excerpts(page)
    assert "Daders vormen netwerken" in shown["/bevindingen/bev-001/"]
    assert not [text for text in shown.values() if "Deze sectie gaat over" in text], shown
    # INT-001 is found by "oudterm", a term to avoid for a glossary term it uses: a hidden word that is
    # never shown; nor is the list of related entries, which names BEV-001's title.
    search(page, "oudterm")
    assert "oudterm" not in excerpts(page)["/interventies/int-001/"].lower()
    search(page, "voorbeeldbevinding")
    assert not [text for text in excerpts(page).values() if "Verwant" in text]
    assert "/interventies/int-001/" not in excerpts(page)


@pytest.mark.parametrize("width", [1280, 360])
def test_every_result_can_be_reached_ten_at_a_time(page: Page, site_server: str, width: int) -> None:
    page.set_viewport_size({"width": width, "height": 800})
    page.goto(site_server)
    hits = search(page, "misbruikmateriaal", key_by_key=False)
    total = int(status(page).split()[0])
    assert len(hits) == 10 < total
    assert status(page).endswith("De eerste 10 staan hieronder.")
    more = page.locator("dialog#kb-search [data-kb-search-more]")
    shown = 10
    while shown < total:
        expect(more).to_be_visible()
        left = total - shown
        expect(more).to_have_text(f"Toon meer resultaten ({min(10, left)} van de {left} die nog volgen)")
        more.click()
        results = page.locator(".kb-search__result")
        expect(results).to_have_count(min(total, shown + 10))
        # The focus goes to the first of the new results, where reading goes on.
        expect(results.nth(shown).locator("a")).to_be_focused()
        shown = min(total, shown + 10)
    expect(more).to_be_hidden()
    assert status(page) == f"{total} resultaten."


def test_the_search_box_on_the_front_page_opens_the_dialog_with_the_results(
    page: Page, site_server: str
) -> None:
    page.goto(site_server)

    hits = search_from_box(page, "grooming")

    assert hits, status(page)
    assert parse_qs(urlsplit(page.url).query)["zoek"] == ["grooming"]
    expect(page.locator("dialog#kb-search input.kb-search__input")).to_be_focused()


SHARED_PAGE_STUB = Path(__file__).with_name("pagefind_shared_page.js")


def test_an_excerpt_is_that_of_the_latest_query_when_an_older_one_reads_the_same_page_later(
    page: Page, fixture_server: str
) -> None:
    # Pagefind writes a search's match locations into one object per page when its data is read. Here an
    # older query ("eerste") comes back after the latest ("tweede") has asked for the page's data, and both
    # wait for the page to load: the excerpt must still be the latest query's (word 60), not word 5.
    page.route("**/pagefind/pagefind.js", lambda route: route.fulfill(path=SHARED_PAGE_STUB))
    page.goto(fixture_server)
    page.keyboard.press("/")
    page.wait_for_function("() => window.kbPagefindStub !== undefined")
    page.evaluate("() => window.kbPagefindStub.hold('eerste')")
    field = page.locator("dialog#kb-search input.kb-search__input")
    field.fill("eerste")
    field.fill("tweede")
    page.wait_for_function("() => window.kbPagefindStub.read.includes('tweede')")
    page.evaluate("() => window.kbPagefindStub.release_eerste()")
    page.wait_for_function("() => window.kbPagefindStub.searched.includes('eerste')")
    page.evaluate("() => window.kbPagefindStub.loadPage()")
    expect(page.locator('.kb-search__results[data-query="tweede"]')).to_be_attached()
    excerpt = page.locator(".kb-search__result .kb-search__excerpt")
    expect(excerpt.locator("mark")).to_have_text("woord60")
    assert "woord5 " not in excerpt.inner_text()
