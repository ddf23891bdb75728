"""The law the text cites: unknown articles, repealed articles stated as current, laws in force called
proposals; and the table itself (scripts/kennisbank/model/statutes.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from mkdocs.config import load_config

from kennisbank.content.bibliography import load_bibliography
from kennisbank.content.frontmatter import EntryFile
from kennisbank.mkdocs_settings import project_paths
from kennisbank.model.statutes import ARTICLES, LAWS, article
from kennisbank.validation.statutes import statute_problems


def problems_in(body: str, **meta: str) -> list[str]:
    page = EntryFile("docs/x.md", dict(meta), body, body_line=10, key_lines={key: 3 for key in meta})
    return [str(problem) for problem in statute_problems(page)]


@pytest.mark.parametrize(
    "text",
    [
        "Bezit is strafbaar (art. 240b Sr).",
        "Dit valt onder artikel 240b van het Wetboek van Strafrecht.",
        "Dit valt onder art. 240b, tweede lid, Sr.",
        "Zie de artikelen 252 en 240b Sr.",
        "Dit regelde artikel 240b al jaren.",
    ],
)
def test_a_repealed_article_stated_as_current_law_names_the_current_one(text: str) -> None:
    [problem] = problems_in(text)
    assert problem.startswith("docs/x.md:10: art. 240b Sr geldt sinds 1 juli 2024 niet meer")
    assert "noem art. 252 Sr" in problem
    assert "'tot 1 juli 2024: art. 240b Sr'" in problem


@pytest.mark.parametrize(
    "text",
    [
        "Het delict staat in art. 252 Sr (tot 1 juli 2024: art. 240b Sr).",
        "Vóór 1 juli 2024 stond grooming in art. 248e Sr.",
        "Het oude artikel 240b Sr sprak van een afbeelding.",
        "De conclusie ging over art. 240b (oud) Sr.",
        "Grooming stond voorheen in artikel 248e Sr.",
        "Zie art. 251 Sr en art. 254 lid 1 sub c Sr.",
        "Het Wetboek van Strafrecht stelt dit strafbaar in artikel 252 van het Wetboek van Strafrecht.",
        "Artikel 8 EVRM en artikel 3 van de grondwet zijn geen artikelen van de tabel.",
        "In 2024 Sr. Jansen schreef ... `art. 240b Sr` als code.",
    ],
)
def test_history_current_articles_other_laws_and_code_pass(text: str) -> None:
    assert problems_in(text) == []


def test_an_article_missing_from_the_table_must_be_checked_and_added_first() -> None:
    [problem] = problems_in("Zie art. 999 Sr.")
    assert problem.startswith("docs/x.md:10: art. 999 Sr staat niet in de tabel van wetsartikelen")
    assert "scripts/kennisbank/model/statutes.py" in problem


def test_the_marker_must_stand_in_the_same_sentence() -> None:
    [problem] = problems_in("Tot 1 juli 2024 gold iets anders. Bezit valt onder art. 240b Sr.")
    assert "art. 240b Sr geldt sinds 1 juli 2024 niet meer" in problem


def test_problems_name_the_line_within_a_paragraph_and_in_front_matter() -> None:
    found = problems_in(
        "Eerste regel,\ntweede regel,\nen art. 248e Sr op de derde.", summary="Zie art. 240b Sr."
    )
    assert found[0].startswith("docs/x.md:3: art. 240b Sr")
    assert found[1].startswith(
        "docs/x.md:12: art. 248e Sr geldt sinds 1 juli 2024 niet meer; noem art. 251 Sr"
    )


def test_a_law_in_force_is_no_proposal() -> None:
    [problem] = problems_in("Het wetsvoorstel tegen pedohandboeken is een belangrijke stap.")
    assert "een wetsvoorstel, maar die wet is op 1 juli 2023 in werking getreden" in problem
    [by_dossier] = problems_in("Het wetsvoorstel (kamerstuk 35991) regelt dit.")
    assert "kamerstuk 35991" in by_dossier
    assert problems_in("Het wetsvoorstel over pedohandboeken is op 1 juli 2023 in werking getreden.") == []
    assert problems_in("Het wetsvoorstel voor een Europese verordening is nog in behandeling.") == []


def test_every_repealed_article_points_to_one_in_force_and_every_source_is_in_the_bibliography(
    root: Path,
) -> None:
    bibliography, problems = load_bibliography(project_paths(load_config(str(root / "mkdocs.yml"))))
    assert problems == []
    for row in ARTICLES:
        assert row.source in bibliography, row.label
        if row.replaced_by:
            successor = article(row.code, row.replaced_by)
            assert successor is not None and successor.repealed_on is None, row.label
            assert row.repealed_on == successor.in_force_from, row.label
    for law in LAWS:
        assert law.source in bibliography, law.name
