"""The evidence profile of an intervention: the rule from design to strength, what a profile needs, and where
the site shows it (the card, "Wat werkt", the Werkwijze rubric, the CSV)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from pydantic import ValidationError

from kennisbank.model.entries import EvidenceProfile
from kennisbank.model.vocabularies import EvaluationDesign

STRENGTHS = {
    EvaluationDesign.GEEN_EVALUATIE: "Geen bewijs",
    EvaluationDesign.ZELFRAPPORTAGE: "Zeer zwak",
    EvaluationDesign.VOOR_NA: "Zwak",
    EvaluationDesign.VERGELIJKINGSGROEP: "Redelijk",
    EvaluationDesign.QUASI_EXPERIMENT: "Sterk",
    EvaluationDesign.RCT: "Zeer sterk",
    EvaluationDesign.REVIEW: "Volgt uit de studies in de review",
}


@pytest.mark.parametrize("design", list(EvaluationDesign), ids=lambda design: design.value)
def test_the_strength_follows_from_the_design_by_one_rule(design: EvaluationDesign) -> None:
    study = None if design is EvaluationDesign.GEEN_EVALUATIE else "studie2020"
    profile = EvidenceProfile(effect="onbekend", design=design, study=study)
    assert profile.strength == STRENGTHS[design]


def test_the_levels_rise_with_the_strength_of_the_design() -> None:
    levels = [design.level for design in EvaluationDesign if design.level is not None]
    assert levels == [1, 2, 3, 4, 5]


def test_a_rating_needs_a_design_and_a_design_needs_a_study() -> None:
    with pytest.raises(ValidationError, match="effect 'gunstig' zonder evaluatie"):
        EvidenceProfile(effect="gunstig", design="geen-evaluatie")
    with pytest.raises(ValidationError, match="ontwerp 'rct' zonder studie"):
        EvidenceProfile(effect="gunstig", design="rct")
    with pytest.raises(ValidationError, match="strength"):
        EvidenceProfile(effect="onbekend", design="geen-evaluatie", strength="Sterk")  # type: ignore[call-arg]
    unknown = EvidenceProfile(effect="onbekend", design="geen-evaluatie")
    assert unknown.sources() == set()


def test_the_profile_in_words_names_every_dimension_never_colour_alone() -> None:
    profile = EvidenceProfile(
        effect="gemengd",
        design="voor-na",
        study="studie2020",
        cost={"text": "Een dag training per uitvoerder.", "source": "kosten2021"},
    )
    assert profile.in_words == (
        "Effect: gemengd; beste evaluatie: voor- en nameting zonder vergelijkingsgroep (bewijs: zwak). "
        "Mechanisme: niet onderzocht; Moderatoren: niet onderzocht; Implementatie: niet onderzocht; "
        "Kosten: onderzocht."
    )
    assert profile.sources() == {"studie2020", "kosten2021"}


def page(site: Path, url: str) -> BeautifulSoup:
    return BeautifulSoup((site / url / "index.html").read_text(encoding="utf-8"), "html.parser")


def test_the_card_shows_the_profile_in_words(built_fixture_site: Path) -> None:
    fact = page(built_fixture_site, "interventies/int-001").select_one('[data-field="evidence"]')
    assert " ".join(fact.get_text(" ").split()) == (
        "Wat werkt Effect: gunstig; beste evaluatie: vergelijking met een groep zonder de interventie "
        "(bewijs: redelijk). Mechanisme: niet onderzocht; Moderatoren: niet onderzocht; Implementatie: "
        "onderzocht; Kosten: niet onderzocht."
    )


def test_what_works_sets_every_intervention_on_the_five_dimensions(built_fixture_site: Path) -> None:
    soup = page(built_fixture_site, "interventies/wat-werkt")
    headings = [th.get_text(strip=True) for th in soup.select("[data-kb-catalogue] thead th")]
    assert headings == [
        "Interventie",
        "Effect",
        "Bewijs",
        "Mechanisme",
        "Moderatoren",
        "Implementatie",
        "Kosten",
    ]
    assert all(th.select_one("button[data-kb-sort]") for th in soup.select("[data-kb-catalogue] thead th"))
    [row] = soup.select("[data-kb-catalogue] tbody tr")
    cells = [" ".join(td.get_text(" ").split()) for td in row.select("td")]
    assert cells == [
        "INT-001 · Voorbeeldinterventie",
        "Gunstig",
        "Redelijk Vergelijking met een groep zonder de interventie",
        "niet onderzocht",
        "niet onderzocht",
        "Uitvoerders hadden een training van een dag nodig.",
        "niet onderzocht",
    ]
    assert (row["data-f-effect"], row["data-f-design"], row["data-sort-design"]) == (
        "gunstig",
        "vergelijkingsgroep",
        "3",
    )
    assert [select["name"] for select in soup.select("[data-kb-filters] select")] == [
        "effect",
        "design",
        "phases",
    ]
    assert "Redelijk" in soup.select_one("article table").get_text()  # the rubric, above the table


def test_the_profile_is_in_the_csv_one_column_per_subfield(built_fixture_site: Path) -> None:
    text = (built_fixture_site / "data" / "interventies.csv").read_text(encoding="utf-8")
    [row] = list(csv.DictReader(io.StringIO(text)))
    assert (row["evidence.effect"], row["evidence.design"], row["evidence.study"]) == (
        "gunstig",
        "vergelijkingsgroep",
        "artikel2020",
    )
    assert row["evidence.implementation.source"] == "rapport2021" and row["evidence.cost.text"] == ""


def test_the_rubric_is_written_from_the_model_on_the_method_page(site_dir: Path) -> None:
    text = " ".join(page(site_dir, "methode").get_text(" ").split())
    for design in EvaluationDesign:
        assert f"{design.label} {design.level if design.level is not None else '–'} {design.strength}" in text
