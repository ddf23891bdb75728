"""Series of figures drawn at build time: the geometry, the SVG, and where the site shows them."""

from __future__ import annotations

import itertools
import re
import shutil
from datetime import date
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from pypdf import PdfReader

from kennisbank.charts.geometry import FULL, SMALL, layout
from kennisbank.charts.svg import chart_svg, describe
from kennisbank.model.entries import Reeks

from .conftest import run_tool
from .test_fixture_site import page

# The ceiling for one chart.
MAX_CHART_BYTES = 40_000


def series(points: list[tuple[str, float]], unit: str = "aantal") -> Reeks:
    return Reeks(
        id="CIJ-001",
        title="Meldingen & aangiften",
        summary="Een reeks die alleen bestaat om de grafieken te toetsen.",
        sources=["bron"],
        reviewed=date(2026, 1, 1),
        measure="meldingen bij een meldpunt",
        unit=unit,
        geography="nederland",
        counter="het meldpunt",
        points=[{"period": period, "value": value, "source": "bron"} for period, value in points],
    )


def test_time_runs_proportionally_and_the_y_axis_starts_at_zero_with_round_ticks() -> None:
    geometry = layout(series([("2010", 9164), ("2015", 25347), ("2020", 307021), ("2021", 413262)]), FULL)
    xs = [mark.x for mark in geometry.marks]
    assert (xs[1] - xs[0]) == pytest.approx(5 * (xs[3] - xs[2]))
    assert geometry.y_ticks[0].label == "0"
    assert geometry.y_ticks[0].position == geometry.baseline
    assert [tick.label for tick in geometry.y_ticks] == ["0", "200.000", "400.000", "600.000"]
    assert all(mark.y <= geometry.baseline for mark in geometry.marks)


def test_labels_on_the_time_axis_never_crowd_and_always_show_the_newest_period() -> None:
    months = [(f"2023-{month:02d}", month * 10) for month in range(1, 13)]
    ticks = layout(series(months), FULL).x_ticks
    assert ticks[-1].label == "2023-12"
    assert all(b.position - a.position >= 40 for a, b in itertools.pairwise(ticks))
    assert len(ticks) < 12


def test_the_svg_is_accessible_small_and_carries_no_style_or_script() -> None:
    points = [(str(year), year * 1000 + 0.5 * (year % 7)) for year in range(1985, 2025)]
    svg = chart_svg(series(points, unit="procent"), "kb-test")
    assert len(svg.encode()) < MAX_CHART_BYTES
    root = BeautifulSoup(svg, "html.parser").svg
    assert root["role"] == "img"
    assert root["aria-labelledby"] == "kb-test-titel kb-test-beschrijving"
    assert root.title.get_text() == "Meldingen & aangiften"  # escaped in the SVG, readable as text
    assert "Meldingen &amp; aangiften" in svg
    assert root.desc["id"] == "kb-test-beschrijving"
    assert not re.search(r"<style|style=|<script|on\w+=|href=", svg)
    assert "\n\n" not in svg  # one raw HTML block for Markdown


def test_the_description_says_what_the_chart_shows_in_words() -> None:
    text = describe(series([("2022-H1", 8100), ("2022-H2", 129000), ("2023-H1", 5000)]))
    assert text.startswith("Lijngrafiek van 3 meetpunten, 1e halfjaar 2022 tot en met 1e halfjaar 2023")
    assert "Laagste waarde 5.000 (1e halfjaar 2023), hoogste 129.000 (2e halfjaar 2022)" in text
    assert "nieuwste 5.000 (1e halfjaar 2023)" in text


def test_a_small_chart_marks_only_the_newest_point() -> None:
    svg = chart_svg(series([("2021", 1), ("2022", 2), ("2023", 3)]), "klein", small=True)
    assert svg.count("<circle") == 1
    assert f'viewBox="0 0 {SMALL.width} {SMALL.height}"' in svg


def test_a_series_is_dated_when_its_newest_point_is_more_than_three_years_old() -> None:
    reeks = series([("2021", 1), ("2022", 2)])
    assert not reeks.is_dated(date(2025, 12, 31))
    assert reeks.is_dated(date(2026, 1, 1))


def test_a_series_page_shows_its_chart_with_title_description_table_and_sources(
    built_fixture_site: Path,
) -> None:
    soup = page(built_fixture_site, "cijfers/cij-001")
    svg = soup.select_one("article figure.kb-chart svg[role=img]")
    title_id, desc_id = svg["aria-labelledby"].split()
    assert soup.find(id=title_id).get_text() == "Voorbeeldreeks meldingen"
    assert "1.200 (2023)" in soup.find(id=desc_id).get_text()
    caption = svg.find_parent("figure").figcaption.get_text()
    assert "Geteld door: Het Voorbeeldinstituut" in caption
    table = svg.find_parent("figure").find_next_sibling("table")
    rows = [[cell.get_text(" ", strip=True) for cell in row.select("td")] for row in table.select("tbody tr")]
    assert [row[:2] for row in rows] == [["2023", "1.200"], ["2024", "25.347"], ["2025", "31.000"]]
    assert rows[1][3] == "Andere telwijze dan in 2023"
    assert table.select_one('a[href="#fn:artikel2020"]') is not None
    assert soup.select_one("#fn\\:rapport2021") is not None  # in the page's list of sources
    assert "Verouderde cijfers" not in soup.get_text()


def test_an_entry_embeds_a_series_and_the_series_page_lists_the_entry(built_fixture_site: Path) -> None:
    entry = page(built_fixture_site, "bevindingen/bev-010")
    section = entry.select_one("article h2#cijfers")
    assert section is not None
    link = section.find_next("h3").a
    assert (link.get_text(), link["href"]) == ("CIJ-001 · Voorbeeldreeks meldingen", "../../cijfers/cij-001/")
    assert entry.select_one("article figure.kb-chart svg title").get_text() == "Voorbeeldreeks meldingen"
    series_page = page(built_fixture_site, "cijfers/cij-001")
    related = [a.get_text() for a in series_page.select_one("h2#verwant").find_next("ul").select("a")]
    assert "BEV-010 · Bevinding met een cijferreeks" in related


def test_the_overview_of_key_figures_lists_every_series_with_a_small_chart_and_its_newest_point(
    built_fixture_site: Path,
) -> None:
    soup = page(built_fixture_site, "cijfers")
    assert soup.select_one("article h1").get_text(strip=True).rstrip("¶") == "Kerncijfers"
    heading = soup.select_one("article h2#cij-001")
    assert heading.a["href"] == "cij-001/"
    assert heading.find_next("svg")["class"] == ["kb-chart__svg", "kb-chart__svg--small"]
    assert "Nieuwste meetpunt: 31.000 (2025)" in heading.find_next("p").get_text()


def test_a_dated_series_shows_a_notice_and_is_listed_for_review(fixture_site: Path) -> None:
    text = (fixture_site / "docs/cijfers/cij-001.md").read_text(encoding="utf-8")
    for old, new in (('"2023"', '"2013"'), ('"2024"', '"2014"'), ('"2025"', '"2015"')):
        text = text.replace(old, new)
    (fixture_site / "docs/cijfers/cij-001.md").write_text(text, encoding="utf-8")
    check = run_tool(["kennisbank", "check"], fixture_site)
    assert check.returncode == 0, check.stderr
    assert (
        "docs/cijfers/cij-001.md:19: waarschuwing: het nieuwste meetpunt (2015) is meer dan 3 jaar oud"
        in (check.stderr)
    )
    result = run_tool(["mkdocs", "build", "--strict"], fixture_site)
    assert result.returncode == 0, result.stderr
    series_page = page(fixture_site / "site", "cijfers/cij-001")
    assert (
        "Het nieuwste meetpunt van deze reeks is van 2015" in series_page.select_one(".admonition").get_text()
    )
    review = page(fixture_site / "site", "te-herzien")
    listed = review.select_one("h2#cijferreeksen-met-verouderde-cijfers").find_next("table")
    assert "CIJ-001" in listed.get_text() and "2015" in listed.get_text()


def test_a_meetings_handout_shows_the_charts_its_entries_embed(built_fixture_site: Path) -> None:
    handout = page(built_fixture_site, "handouts/em-1")
    figure = handout.select_one("article figure.kb-chart")
    assert figure is not None and figure.svg["role"] == "img"
    assert figure.find_previous("h3").get_text(strip=True).startswith("CIJ-001 · Voorbeeldreeks meldingen")


def test_the_pdf_handout_draws_the_chart_with_its_table(built_fixture_site: Path, tmp_path: Path) -> None:
    # A copy: the built fixture site is shared by every test of the run and written by none.
    site = Path(shutil.copytree(built_fixture_site, tmp_path / "site"))
    result = run_tool(["kennisbank", "pdf", "--site-dir", str(site)], built_fixture_site.parent)
    assert result.returncode == 0, result.stderr
    reader = PdfReader(site / "pdf" / "em-1.pdf")
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    # The axis labels are text of the SVG: WeasyPrint drew the chart, not only its caption.
    assert all(label in text for label in ("10.000", "40.000", "2023", "2025"))
    assert "Geteld door: Het Voorbeeldinstituut" in text
    assert "2024 25.347 (Voorbeeldinstituut, 2021)" in text
