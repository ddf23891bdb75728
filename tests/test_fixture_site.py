"""Build the small fixture site with the real configuration and check the HTML it produces."""

from __future__ import annotations

from pathlib import Path

from bs4 import BeautifulSoup

from kennisbank.model import ENTRY_TYPES
from kennisbank.model.entries import reading_order
from kennisbank.model.vocabularies import Audience


def page(site: Path, url: str) -> BeautifulSoup:
    return BeautifulSoup((site / url / "index.html").read_text(encoding="utf-8"), "html.parser")


def facts(soup: BeautifulSoup) -> dict[str, list[str]]:
    card = soup.select_one("aside.kb-card")
    assert card is not None
    return {
        fact["data-field"]: [value.get_text(strip=True) for value in fact.select("dd > *")]
        for fact in card.select(".kb-card__fact")
    }


def test_entry_page_has_one_title_and_a_metadata_card(built_fixture_site: Path) -> None:
    soup = page(built_fixture_site, "interventies/int-001")
    assert [h1.get_text(strip=True) for h1 in soup.select("article h1")] == ["Voorbeeldinterventie"]
    card = soup.select_one("aside.kb-card")
    assert card.select_one(".kb-card__type").get_text(strip=True) == "Interventie"
    assert card.select_one(".kb-card__id").get_text(strip=True) == "INT-001"
    assert "bestaat om de build" in card.select_one(".kb-card__summary").get_text()
    shown = facts(soup)
    assert shown["phases"] == ["Preventie", "Signalering"]
    assert shown["evidence_level"] == ["Niet beoordeeld"]
    assert shown["mnr"] == ["13 Voorlichtingsprogramma (Education programme)"]
    assert shown["reviewed"] == ["15 januari 2026"]
    assert card.select_one('[data-field="phases"] [data-value="preventie"]') is not None


def test_related_is_shown_in_both_directions(built_fixture_site: Path) -> None:
    forward = page(built_fixture_site, "interventies/int-001").select("#verwant + ul a")
    # On a finding, interventions and recommendations are listed as responses to it.
    backward = page(built_fixture_site, "bevindingen/bev-001").select("#reacties + ul a")
    assert [(a.get_text(strip=True), a["href"]) for a in forward] == [
        ("BEV-001 · Voorbeeldbevinding", "../../bevindingen/bev-001/")
    ]
    assert [(a.get_text(strip=True), a["href"]) for a in backward] == [
        ("INT-001 · Voorbeeldinterventie", "../../interventies/int-001/")
    ]


def test_reference_field_links_both_ways(built_fixture_site: Path) -> None:
    meeting = page(built_fixture_site, "expertmeetings/em-1")
    chair = meeting.select_one('[data-field="chair"] a')
    assert (chair.get_text(strip=True), chair["href"]) == (
        "Voorbeeldinstituut",
        "../../organisaties/org-voorbeeld/",
    )
    organisation = page(built_fixture_site, "organisaties/org-voorbeeld")
    assert [a.get_text(strip=True) for a in organisation.select("#verwant + ul a")] == [
        "AAN-001 · Voorbeeldaanbeveling",  # who made it (issued_by)
        "EM-1 · Eerste voorbeeldbijeenkomst",
    ]


def test_pages_that_are_not_entries_get_no_card(built_fixture_site: Path) -> None:
    soup = page(built_fixture_site, ".")
    assert soup.select_one("aside.kb-card") is None
    assert soup.select_one("#verwant") is None


def test_citations_become_footnotes_with_one_reference_per_source(built_fixture_site: Path) -> None:
    soup = page(built_fixture_site, "bevindingen/bev-001")
    body_refs = [a["href"] for a in soup.select("article sup a.footnote-ref")]
    assert body_refs == ["#fn:artikel2020", "#fn:rapport2021", "#fn:artikel2020", "#fn:artikel2020"]
    references = soup.select("article .footnote li")
    assert [li["id"] for li in references] == ["fn:artikel2020", "fn:rapport2021"]
    assert "Een artikel over toetsen" in references[0].get_text()
    assert "Jansen" in references[0].get_text()


def test_model_reference_page_lists_every_type_and_value(built_fixture_site: Path) -> None:
    soup = page(built_fixture_site, "inhoudsmodel")
    text = soup.get_text(" ")
    headings = [h2.get_text(strip=True).rstrip("¶") for h2 in soup.select("article h2")]
    assert headings == [entry_type.label for entry_type in ENTRY_TYPES] + [
        "EvidenceProfile",
        "Step",
        "Point",
        "EvidenceNote",
        "Keuzelijsten",
        "Soorten bronnen en velden",
        "Wetsartikelen",
        "HTML in een pagina",
    ]
    assert "niet-beoordeeld" in text
    assert "data-pagefind-ignore" in text and "viewBox" in text  # from kennisbank.allowlist
    assert "art. 240b Sr" in text and "art. 252 Sr" in text
    assert "mnr-21" in text
    assert soup.select_one("#phase") is not None
    assert "@techreport" in text and "shortjournal" in text  # the kinds and fields of a source


def test_every_type_folder_gets_a_generated_catalogue_of_its_entries(built_fixture_site: Path) -> None:
    soup = page(built_fixture_site, "interventies")
    assert soup.select_one("article h1").get_text(strip=True).rstrip("¶") == "Interventies"
    rows = soup.select("[data-kb-catalogue] tbody tr")
    assert [row.select_one("td").get_text(strip=True) for row in rows] == ["INT-001"]
    assert rows[0]["data-f-phases"] == "preventie signalering"
    assert "Voorbeeldinterventie" in rows[0].select("td")[1].get_text()
    assert soup.select_one('[data-kb-catalogue] tbody a[href="int-001/"]') is not None
    empty = page(built_fixture_site, "dadergedrag")
    assert empty.select("[data-kb-catalogue] tbody tr") == []
    assert empty.select_one("[data-kb-shown]").get_text() == "0"


def test_distressing_sections_carry_a_content_notice(built_fixture_site: Path) -> None:
    for url in ("bevindingen", "bevindingen/bev-001", "dadergedrag"):
        notice = page(built_fixture_site, url).select_one("article .admonition.warning")
        assert notice is not None, url
        assert "Inhoudswaarschuwing" in notice.get_text()
    for url in ("interventies", "interventies/int-001"):
        assert page(built_fixture_site, url).select_one("article .admonition.warning") is None, url


def test_abbreviations_from_entries_are_explained_on_every_page(built_fixture_site: Path) -> None:
    abbr = page(built_fixture_site, "expertmeetings/em-1").select_one("article abbr")
    assert (abbr.get_text(), abbr["title"]) == ("VBI", "Voorbeeldinstituut")


def test_navigation_follows_the_order_of_the_model(built_fixture_site: Path) -> None:
    soup = page(built_fixture_site, ".")
    top = soup.select("nav.md-nav--primary > ul > li > a, nav.md-nav--primary > ul > li > div > a")
    titles = [link.get_text(strip=True) for link in top]
    order = ["Testkennisbank", "Per publiek", *(entry_type.plural for entry_type in ENTRY_TYPES)]
    assert titles[: len(order)] == order
    assert {"Bronnen", "Inhoudsmodel", "Matrix van interventies"} <= set(titles[len(order) :])


def test_an_audience_page_leads_with_what_the_audience_comes_for(built_fixture_site: Path) -> None:
    # Policy comes for the recommendations; the fixture has a recommendation and an intervention for it.
    soup = page(built_fixture_site, "voor/beleid")
    headings = [h2.get_text(strip=True).rstrip("¶") for h2 in soup.select("article h2")]
    assert headings == ["Aanbevelingen", "Interventies"]
    expected = [
        entry_type.plural for entry_type in reading_order(Audience.BELEID) if entry_type.plural in headings
    ]
    assert headings == expected
