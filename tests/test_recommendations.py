"""Recommendations and their follow-up: the status rule of the model, and where the site shows it (the
entry page, "Stand van de aanbevelingen", the catalogue, the home and policy pages, "Te herzien", the
handout of a meeting, and the change list of a release)."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from bs4 import BeautifulSoup
from pydantic import ValidationError

from kennisbank.content.corpus import Corpus
from kennisbank.model import ENTRY_TYPES
from kennisbank.model.entries import Aanbeveling
from kennisbank.model.fields import derived_names
from kennisbank.model.vocabularies import FollowUpStep, RecommendationStatus
from kennisbank.plugin.lifecycle_pages import changes_page
from kennisbank.plugin.recommendation_pages import STATUS_MARKER
from kennisbank.releases.history import NO_HISTORY
from kennisbank.releases.index import IndexedEntry, ReleaseIndex
from kennisbank.scaffold.entry import render_entry
from tests.conftest import copy_fixture_site, run_tool

BASE: dict[str, Any] = {
    "id": "AAN-009",
    "title": "Een aanbeveling",
    "summary": "Een samenvatting van voldoende lengte.",
    "sources": ["rapport", "brief"],
    "reviewed": "2026-01-15",
    "addressees": ["overheid"],
    "origin": "rapport",
    "issued_by": ["ORG-voorbeeld"],
    "issued_on": "2023-12-12",
    "document": "rapport",
}


def step(kind: FollowUpStep | str, on: str = "2024-06-25") -> dict[str, str]:
    return {"date": on, "step": str(kind), "text": "Wat er gebeurde.", "source": "brief"}


@pytest.mark.parametrize("kind", list(FollowUpStep), ids=lambda kind: kind.value)
def test_the_status_is_the_one_set_by_the_latest_step_that_sets_one(kind: FollowUpStep) -> None:
    first = step(FollowUpStep.OVERGENOMEN, "2024-06-25")
    recommendation = Aanbeveling(**BASE, timeline=[first, step(kind, "2025-03-12")])
    if kind.sets is None:  # an evaluation, a debate, a reaction: the status of the step before stays
        assert recommendation.status is RecommendationStatus.OVERGENOMEN
        assert recommendation.status_date == date(2024, 6, 25)
    else:
        assert recommendation.status is kind.sets
        assert recommendation.status_date == date(2025, 3, 12)


def test_every_status_but_unknown_is_set_by_some_step() -> None:
    reachable = {kind.sets for kind in FollowUpStep}
    assert reachable == set(RecommendationStatus) - {RecommendationStatus.ONBEKEND} | {None}


def test_without_a_deciding_step_the_status_is_unknown_and_says_where_was_searched() -> None:
    with pytest.raises(ValidationError, match="schrijf in 'searched' waar je naar opvolging hebt gezocht"):
        Aanbeveling(**BASE, timeline=[step(FollowUpStep.PARLEMENT)])
    searched = Aanbeveling(**BASE, searched="tweedekamer.nl, tot december 2026")
    assert searched.status is RecommendationStatus.ONBEKEND
    assert searched.status_date is None


def test_a_status_typed_by_hand_must_agree_with_the_timeline() -> None:
    timeline = [step(FollowUpStep.WETSVOORSTEL)]
    agreed = Aanbeveling(**BASE, timeline=timeline, status="in-uitvoering", status_date="2024-06-25")
    assert agreed.status is RecommendationStatus.IN_UITVOERING
    with pytest.raises(
        ValidationError, match=r"'status' volgt uit de opvolging .* in-uitvoering, niet uitgevoerd"
    ):
        Aanbeveling(**BASE, timeline=timeline, status="uitgevoerd")
    with pytest.raises(ValidationError, match="'status_date' volgt uit de opvolging"):
        Aanbeveling(**BASE, timeline=timeline, status_date="2026-01-01")


def test_a_recommendation_is_due_for_review_two_years_after_the_last_thing_known() -> None:
    recommendation = Aanbeveling(**BASE, timeline=[step(FollowUpStep.GESTART, "2024-06-25")])
    assert not recommendation.is_dated(date(2026, 6, 25))
    assert recommendation.is_dated(date(2026, 6, 26))
    unknown = Aanbeveling(**BASE, searched="rijksoverheid.nl")
    assert unknown.last_news == date(2023, 12, 12)


@pytest.mark.parametrize(
    ("written", "start", "label"),
    [
        (date(2023, 12, 13), date(2023, 12, 13), "13 december 2023"),
        ("2023-12", date(2023, 12, 1), "december 2023"),
        (2021, date(2021, 1, 1), "2021"),
    ],
)
def test_a_recommendation_is_dated_as_precisely_as_its_source(
    written: object, start: date, label: str
) -> None:
    recommendation = Aanbeveling(**{**BASE, "issued_on": written}, searched="rijksoverheid.nl")
    assert recommendation.issued is not None
    assert (recommendation.issued.start, recommendation.issued.label) == (start, label)
    assert recommendation.last_news == start


@pytest.mark.parametrize("written", ["2023-13", "2023-02-30", "23-12-2023", "december 2023"])
def test_a_date_that_does_not_exist_or_is_written_otherwise_is_refused(written: str) -> None:
    with pytest.raises(ValidationError, match="issued_on"):
        Aanbeveling(**{**BASE, "issued_on": written}, searched="rijksoverheid.nl")


def test_an_undated_document_is_checked_from_the_day_it_was_reviewed() -> None:
    undated = Aanbeveling(**{**BASE, "issued_on": None}, searched="rijksoverheid.nl")
    assert undated.issued is None and undated.last_news == date(2026, 1, 15)


def test_a_new_recommendation_leaves_out_what_the_model_works_out() -> None:
    recommendation = next(entry_type for entry_type in ENTRY_TYPES if entry_type.model is Aanbeveling)
    text = render_entry(recommendation, "AAN-099", "Een titel", date(2026, 12, 7))
    assert derived_names(Aanbeveling) == ["status", "status_date"]
    for name in derived_names(Aanbeveling):
        assert f"\n{name}:" not in text and f"# {name}:" not in text
    assert "timeline:" in text and "issued_by:" in text


def indexed(status: str | None) -> IndexedEntry:
    return IndexedEntry(
        "aanbeveling", "Een aanbeveling", False, status or "-", {"status": status or "-"}, status
    )


def test_a_change_of_status_shows_in_the_change_list_of_a_release() -> None:
    before = ReleaseIndex("2026.1", date(2026, 1, 1), {"AAN-001": indexed("Onbekend")})
    after = ReleaseIndex("2026.2", date(2026, 6, 1), {"AAN-001": indexed("Overgenomen")})
    page = changes_page([before, after], after, Corpus([]), NO_HISTORY)
    assert "Gewijzigd: AAN-001 · Een aanbeveling: Stand (stand: onbekend → **overgenomen**)" in page
    unchanged = changes_page([before], before, Corpus([]), NO_HISTORY)
    assert "stand:" not in unchanged


# A second recommendation for the fixture site: nothing found since 2020, addressed to the police too.
UNKNOWN = """---
id: AAN-002
title: Tweede voorbeeldaanbeveling
summary: Een aanbeveling waarvan geen opvolging is gevonden, om de stand onbekend te toetsen.
sources: [rapport2021]
reviewed: 2026-02-01
addressees: [overheid, politie]
origin: rapport
issued_by: [ORG-voorbeeld]
issued_on: 2020-11
document: rapport2021
searched: tweedekamer.nl en rijksoverheid.nl, tot februari 2026
---

Houd de cijfers per regio bij [@rapport2021].
"""


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = tmp_path_factory.mktemp("recommendations") / "project"
    project.mkdir()
    copy_fixture_site(project)
    (project / "docs/aanbevelingen/aan-002.md").write_text(UNKNOWN, encoding="utf-8")
    meeting = project / "docs/expertmeetings/em-1.md"
    meeting.write_text(
        meeting.read_text(encoding="utf-8").replace(
            "participants:",
            "theme: Voorbeelden\norganisers: [ORG-voorbeeld]\noutcomes: [AAN-002]\nparticipants:",
        ),
        encoding="utf-8",
    )
    home = project / "docs/index.md"
    home.write_text(home.read_text(encoding="utf-8") + f"\n{STATUS_MARKER}\n", encoding="utf-8")
    result = run_tool(["mkdocs", "build", "--strict"], project)
    assert result.returncode == 0, result.stderr
    return project / "site"


def page(site: Path, url: str) -> BeautifulSoup:
    return BeautifulSoup((site / url / "index.html").read_text(encoding="utf-8"), "html.parser")


def text_of(soup: BeautifulSoup, selector: str = "article") -> str:
    return " ".join(soup.select_one(selector).get_text(" ").split())


def test_an_entry_page_leads_with_its_status_and_each_step_with_its_source(site: Path) -> None:
    soup = page(site, "aanbevelingen/aan-001")
    section = soup.select_one("h2#stand")
    assert section is not None
    lead = " ".join(section.find_next("p").get_text(" ").split())
    assert lead.startswith(
        "Stand: overgenomen (stand per 15 juni 2021). Gedaan door Voorbeeldinstituut op 1 maart 2021"
    )
    steps = [" ".join(item.get_text(" ").split()) for item in section.find_next("ul").select("li")]
    assert [step.split(".")[0] for step in steps] == [
        "15 juni 2021: overgenomen door de adressaat",
        "1 oktober 2025: evaluatie verschenen",
    ]
    assert all("(Jansen & De Vries, 2020)" in step for step in steps), "every step cites its source"
    facts = {
        fact["data-field"]: " ".join(fact.get_text(" ").split()) for fact in soup.select(".kb-card__fact")
    }
    assert facts["status"] == "Stand Overgenomen" and facts["status_date"] == "Stand per 15 juni 2021"
    unknown = text_of(page(site, "aanbevelingen/aan-002"))
    assert "Stand: onbekend : geen stap in de opvolging gevonden" in unknown
    assert "Gezocht naar opvolging: tweedekamer.nl en rijksoverheid.nl, tot februari 2026" in unknown


def test_the_status_page_counts_by_status_and_addressee_and_lists_every_recommendation(site: Path) -> None:
    soup = page(site, "aanbevelingen/stand")
    tables = soup.select("article table")
    by_status = {
        row.select("td")[0].get_text(): row.select("td")[1].get_text() for row in tables[0].select("tbody tr")
    }
    assert by_status == {"Overgenomen": "1", "Onbekend": "1", "Totaal": "2"}
    assert tables[0].select_one("a")["href"] == "./?status=overgenomen"
    by_addressee = {
        row.select("td")[0].get_text(): row.select("td")[2].get_text() for row in tables[1].select("tbody tr")
    }
    assert by_addressee == {"Politie": "1 onbekend", "Rijksoverheid en beleid": "1 overgenomen, 1 onbekend"}
    rows = {row.select_one("td a").get_text(): row for row in soup.select("[data-kb-catalogue] tbody tr")}
    assert (
        rows["AAN-001"]["data-f-status"] == "overgenomen" and rows["AAN-002"]["data-f-status"] == "onbekend"
    )
    standing = rows["AAN-001"].select_one(".kb-catalogue__standing").get_text()
    assert (
        standing
        == "Overgenomen, stand per 15 juni 2021. Laatste stap (1 oktober 2025): Een evaluatie verschijnt."
    )
    assert [select["name"] for select in soup.select("[data-kb-filters] select")] == [
        "addressees",
        "origin",
        "status",
        "audience",
    ]
    catalogue = page(site, "aanbevelingen")
    assert catalogue.select_one(".kb-catalogue__standing") is not None


def test_the_home_and_policy_pages_lead_to_the_status(site: Path) -> None:
    for url, link in ((".", "aanbevelingen/stand/"), ("voor/beleid", "../../aanbevelingen/stand/")):
        soup = page(site, url)
        lead = soup.find("a", string="Stand van de aanbevelingen")
        assert lead is not None and lead["href"] == link, url
        assert "van de 2 aanbevelingen in de kennisbank zijn er 1 overgenomen en 1 onbekend" in " ".join(
            lead.find_parent("p").get_text(" ").split()
        )


def test_a_recommendation_without_news_for_two_years_is_to_be_reviewed(site: Path) -> None:
    soup = page(site, "te-herzien")
    heading = soup.select_one("h2#aanbevelingen-zonder-recente-stap")
    assert heading is not None
    rows = [row.select("td") for row in heading.find_next("table").select("tbody tr")]
    assert [row[0].get_text() for row in rows] == ["AAN-002"]
    assert rows[0][3].get_text() == "1 november 2020"
    unknown = text_of(page(site, "aanbevelingen/aan-002"))
    assert "Gedaan door Voorbeeldinstituut in november 2020" in unknown


def test_every_step_is_a_row_of_the_follow_up_csv_with_the_status_it_gives(site: Path) -> None:
    text = (site / "data/opvolging.csv").read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [tuple(row.values()) for row in rows] == [
        (
            "AAN-001",
            "2021-06-15",
            "overgenomen",
            "overgenomen",
            "Het kabinet neemt de aanbeveling over.",
            "artikel2020",
        ),
        ("AAN-001", "2025-10-01", "evaluatie", "", "Een evaluatie verschijnt.", "artikel2020"),
    ]
    data = " ".join(page(site, "data").get_text(" ").split())
    assert "opvolging.csv Alle 2 stappen in de opvolging van de aanbevelingen" in data


def test_a_meeting_records_its_theme_organisers_and_outcomes_and_its_handout_shows_their_status(
    site: Path,
) -> None:
    facts = text_of(page(site, "expertmeetings/em-1"), ".kb-card")
    assert "Thema Voorbeelden" in facts and "Organisatoren Voorbeeldinstituut" in facts
    assert "Uitkomsten Tweede voorbeeldaanbeveling" in facts
    handout = text_of(page(site, "handouts/em-1"))
    assert "Stand: Overgenomen" in handout and "Stand per: 15 juni 2021" in handout
    assert "Laatste stap (1 oktober 2025): Evaluatie verschenen. Een evaluatie verschijnt." in handout
    assert "Stand: Onbekend" in handout and "Gezocht in: tweedekamer.nl en rijksoverheid.nl" in handout
