"""Citations as readers see them: APA 7 in Dutch, one reference per source, the Bronnen page, citing."""

from __future__ import annotations

import re
from pathlib import Path

from bs4 import BeautifulSoup

from tests.conftest import run_tool
from tests.test_fixture_site import page


def paragraph_with(soup: BeautifulSoup, text: str) -> BeautifulSoup:
    found = next((p for p in soup.select("article p") if text in p.get_text()), None)
    assert found is not None, text
    return found


def test_a_locator_is_kept_in_the_apa_citation(built_fixture_site: Path) -> None:
    soup = page(built_fixture_site, "bevindingen/bev-002")
    assert "(Van der Bruggen & Blokland, 2021, p. 12)" in paragraph_with(soup, "paginanummer").get_text()


def test_two_sources_in_one_citation_give_two_separate_marks(built_fixture_site: Path) -> None:
    cited = paragraph_with(page(built_fixture_site, "bevindingen/bev-002"), "Twee bronnen")
    assert "(Jansen & De Vries, 2020; Stichting Voorbeeld, 2024)" in cited.get_text()
    marks = cited.select("sup a.footnote-ref")
    assert [a["href"] for a in marks] == ["#fn:webpagina2024", "#fn:artikel2020"]
    # The marks read as "2,3", not as the number 23.
    assert re.search(r"</sup>,<sup", str(cited))


def test_the_same_source_twice_gives_one_reference(built_fixture_site: Path) -> None:
    soup = page(built_fixture_site, "bevindingen/bev-002")
    assert len(soup.select('article sup a[href="#fn:handboek2019"]')) == 2
    assert [li["id"] for li in soup.select("article .footnote li")] == [
        "fn:bruggen2021",
        "fn:webpagina2024",
        "fn:artikel2020",
        "fn:handboek2019",
    ]


def test_code_and_email_addresses_are_never_read_as_citations(built_fixture_site: Path) -> None:
    soup = page(built_fixture_site, "bevindingen/bev-002")
    mail = paragraph_with(soup, "Mail naar")
    assert "info@voorbeeld.invalid" in mail.get_text()
    assert "[secretariaat@voorbeeld.invalid]" in mail.get_text()
    assert [code.get_text() for code in mail.select("code")] == ["[@geen-bron]", "@decorator"]
    block = soup.select_one("article .highlight code").get_text()
    assert "@decorator" in block
    assert '"[@ook-geen-bron]"' in block
    assert not mail.select("sup")


def test_every_entry_page_ends_with_its_sources(built_fixture_site: Path) -> None:
    soup = page(built_fixture_site, "bevindingen/bev-002")
    # The text ends with its sources; only the page's history, which is no text of the entry, follows.
    headings = [h2.get("id") for h2 in soup.select("article h2")]
    assert headings[-2:] == ["bronnen", "geschiedenis"]
    assert soup.select_one("article h2#geschiedenis").parent["class"] == ["kb-history"]
    sources = soup.select_one("article h2#bronnen").find_next_sibling()
    assert "footnote" in sources["class"]


def test_biblatex_from_zotero_with_url_braces_accents_and_doi_renders_cleanly(
    built_fixture_site: Path,
) -> None:
    soup = page(built_fixture_site, "bevindingen/bev-002")
    report = soup.select_one('article li[id="fn:bruggen2021"]')
    text = report.get_text().strip()
    assert text.startswith(
        "Van der Bruggen, M., & Blokland, A. (2021). Netwerken op het Darkweb: een analyse van"
    )
    assert report.select_one('a[href="https://doi.org/10.1177/1079063220981063"]') is not None
    assert report.select_one('a[href="https://voorbeeld.invalid/fora"]') is not None
    online = soup.select_one('article li[id="fn:webpagina2024"]').get_text()
    assert "Stichting Voorbeeld. (2024, maart 5). Ideeën over ë-protection, én coöperatie." in online
    for leftover in ("{", "}", "\\url", "\\", "nocase", "--"):
        assert leftover not in text + online, leftover


def test_ampersands_and_dashes_in_urls_reach_the_reader_as_written(built_fixture_site: Path) -> None:
    """pybtex writes `\\&` back as `\\\\&` (a line break to pandoc); typographic dashes stop at URLs."""
    soup = page(built_fixture_site, "bevindingen/bev-001")
    article = soup.select_one('article li[id="fn:artikel2020"]').get_text()
    assert "Tijdschrift voor Toetsen & Meten" in article
    assert "\\" not in article
    report = soup.select_one('article li[id="fn:rapport2021"]')
    assert report.select_one('a[href="https://voorbeeld.invalid/rapporten/2021---voorbeelden"]') is not None


def bibliography_keys(site: Path) -> list[str]:
    return [div["id"] for div in page(site, "bronnen").select("article .kb-source")]


def test_the_bronnen_page_lists_every_source_once_in_apa_order_with_backlinks(
    built_fixture_site: Path,
) -> None:
    assert bibliography_keys(built_fixture_site) == [
        "bron-artikel2020",
        "bron-handboek2019",
        "bron-webpagina2024",
        "bron-bruggen2021",
        "bron-rapport2021",
    ]
    soup = page(built_fixture_site, "bronnen")
    cited_by = soup.select_one("#bron-artikel2020 .kb-source__cited-by")
    assert [(a.get_text(), a["href"]) for a in cited_by.select("a")] == [
        ("AAN-001", "../aanbevelingen/aan-001/"),  # in its timeline, not in its text
        ("BEV-001", "../bevindingen/bev-001/"),
        ("BEV-002", "../bevindingen/bev-002/"),
        ("CIJ-001", "../cijfers/cij-001/"),
        ("INT-001", "../interventies/int-001/"),  # the study behind its evidence profile
    ]
    doi = soup.select_one('#bron-bruggen2021 a[href^="https://doi.org/"]')
    assert doi["href"] == "https://doi.org/10.1177/1079063220981063"
    # The fields Zotero exported that a reference does not need reach no page.
    for page_name in ("bronnen", "bevindingen/bev-002"):
        text = str(page(built_fixture_site, page_name))
        assert "samenvatting van de auteurs" not in text and "Zotero/storage" not in text, page_name


def test_the_order_of_references_does_not_depend_on_the_order_of_files(
    fixture_site: Path, built_fixture_site: Path
) -> None:
    bib = fixture_site / "bibliography"
    (bib / "zotero.bib").rename(bib / "0-eerst.bib")
    (bib / "test.bib").rename(bib / "sub-z.bib")
    result = run_tool(["mkdocs", "build", "--strict"], fixture_site)
    assert result.returncode == 0, result.stderr
    assert bibliography_keys(fixture_site / "site") == bibliography_keys(built_fixture_site)


def test_a_source_no_entry_cites_is_a_warning_not_an_error(fixture_site: Path) -> None:
    with (fixture_site / "bibliography" / "test.bib").open("a", encoding="utf-8") as bib:
        bib.write("\n% verified against: https://voorbeeld.invalid/ (test)\n")
        bib.write("@misc{ongebruikt,\n  title = {Niemand citeert dit},\n  year = {2020}\n}\n")
    check = run_tool(["kennisbank", "check"], fixture_site)
    assert check.returncode == 0, check.stderr
    assert (
        "bibliography/test.bib:19: waarschuwing: bron 'ongebruikt' wordt door geen entry of pagina geciteerd"
        in check.stderr
    )
    build = run_tool(["mkdocs", "build", "--strict"], fixture_site)
    assert build.returncode == 0, build.stderr
    listed = page(fixture_site / "site", "bronnen").select_one("#bron-ongebruikt")
    assert "Nog door geen entry geciteerd" in listed.get_text()


def test_each_entry_says_how_to_cite_it(built_fixture_site: Path) -> None:
    soup = page(built_fixture_site, "interventies/int-001")
    cite = soup.select_one("details.kb-cite")
    assert cite.select_one("summary").get_text() == "Citeer deze pagina"
    assert cite.select_one(".kb-cite__apa").get_text() == (
        "Kennisbank e-protection. (2026, 15 januari). Voorbeeldinterventie (INT-001; versie ontwikkelversie)."
    )
    assert cite.select_one(".kb-cite__apa em").get_text() == "Voorbeeldinterventie"
    bibtex = cite.select_one(".kb-cite__bibtex.copy pre code").get_text()
    assert bibtex.startswith("@misc{kennisbank-int-001,\n")
    assert "  title  = {{Voorbeeldinterventie}},\n" in bibtex
    assert "  note   = {INT-001, versie ontwikkelversie}\n}" in bibtex
    meta = {tag["name"]: tag["content"] for tag in soup.select('meta[name^="citation_"]')}
    assert meta["citation_title"] == "Voorbeeldinterventie"
    assert meta["citation_publication_date"] == "2026/01/15"
    assert meta["citation_publisher"] == "Kennisbank e-protection"
    assert "citation_public_url" not in meta


def test_with_a_site_url_the_citation_carries_the_page_url(fixture_site: Path) -> None:
    config = fixture_site / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert 'site_url: !ENV [KENNISBANK_SITE_URL, ""]' in text
    config.write_text(
        text.replace('site_url: !ENV [KENNISBANK_SITE_URL, ""]', "site_url: https://kennisbank.invalid/"),
        "utf-8",
    )
    result = run_tool(["mkdocs", "build", "--strict"], fixture_site)
    assert result.returncode == 0, result.stderr
    soup = page(fixture_site / "site", "interventies/int-001")
    url = "https://kennisbank.invalid/interventies/int-001/"
    assert soup.select_one(".kb-cite__apa").get_text().endswith(f"(INT-001; versie ontwikkelversie). {url}")
    assert f"  url    = {{{url}}}\n" in soup.select_one(".kb-cite__bibtex code").get_text()
    assert soup.select_one('meta[name="citation_public_url"]')["content"] == url


def test_pages_that_are_not_entries_carry_no_citation_meta(built_fixture_site: Path) -> None:
    assert page(built_fixture_site, ".").select('meta[name^="citation_"]') == []


def test_a_page_that_is_not_an_entry_cites_from_the_same_bibliography(fixture_site: Path) -> None:
    with (fixture_site / "bibliography" / "test.bib").open("a", encoding="utf-8") as bib:
        bib.write("\n% verified against: https://voorbeeld.invalid/ (test)\n")
        bib.write("@misc{werkwijze,\n  title = {Alleen de werkwijze citeert dit},\n  year = {2020}\n}\n")
    (fixture_site / "docs" / "werkwijze.md").write_text(
        "# Werkwijze\n\nDe schaal komt uit een bron [@werkwijze].\n\nEn uit een die er niet is [@nergens].\n",
        encoding="utf-8",
    )
    check = run_tool(["kennisbank", "check"], fixture_site)
    assert check.returncode == 1
    assert "docs/werkwijze.md:5: citatie [@nergens] staat niet in de bibliografie" in check.stderr
    assert "'werkwijze' wordt door geen entry" not in check.stderr
