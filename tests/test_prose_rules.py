"""The prose rules: every figure is cited in its own paragraph; no placeholder survives."""

from __future__ import annotations

from datetime import date

import pytest

from kennisbank.content.corpus import LoadedEntry
from kennisbank.content.frontmatter import EntryFile
from kennisbank.model import ENTRY_TYPES
from kennisbank.text.blocks import prose_blocks
from kennisbank.validation.prose import PLACEHOLDER_MARK, prose_problems

INTERVENTIE = ENTRY_TYPES[0]


def entry(body: str, **meta: object) -> LoadedEntry:
    data = INTERVENTIE.model.model_construct(id="INT-001", reviewed=date(2026, 1, 1))
    entry_file = EntryFile("docs/x.md", dict(meta), body, body_line=10, key_lines={"title": 3})
    return LoadedEntry(INTERVENTIE, data, entry_file, "interventies/int-001.md")


def messages(body: str, **meta: object) -> list[str]:
    return [str(problem) for problem in prose_problems(entry(body, **meta))]


def test_blocks_skip_headings_and_fenced_code_and_keep_lines() -> None:
    body = "## Kop 1\n\nEerste alinea\nloopt door.\n\n```\ncode 12\n\nnog code\n```\n- punt\n- punt 2\n"
    blocks = list(prose_blocks(body, 10))
    assert [(block.line, block.text) for block in blocks] == [
        (12, "Eerste alinea\nloopt door."),
        (20, "- punt\n- punt 2"),
    ]


@pytest.mark.parametrize(
    "body",
    [
        "In 2014 werden 423 slachtoffers geïdentificeerd.",
        "Het aandeel was 3,4 %.",
        "| Jaar | Aantal |\n| --- | --- |\n| 2013 | 233 |",
        "- eerste punt\n- ongeveer 150 rechercheurs",
    ],
)
def test_a_figure_without_a_citation_in_its_paragraph_is_reported(body: str) -> None:
    assert len(messages(f"Inleiding [@bron].\n\n{body}\n")) == 1
    assert messages(f"Inleiding [@bron].\n\n{body}\n")[0].startswith("docs/x.md:12: cijfer")


@pytest.mark.parametrize(
    "body",
    [
        "In 2014 werden 423 slachtoffers geïdentificeerd [@bron].",
        "| Jaar | Aantal [@bron] |\n| --- | --- |\n| 2013 | 233 |",
        "Zie [INT-002](int-002.md) en EM-1.",
        "De lidstaten van de EU-27 en INT-001 noemen het ook.",
        "1. eerste stap\n2. tweede stap",
        "Code als `versie 2` telt niet, en [een link](https://voorbeeld.nl/pagina-12) ook niet.",
        "## Cijfers 2012 tot 2014",
    ],
)
def test_cited_figures_ids_list_numbers_code_and_links_are_fine(body: str) -> None:
    assert messages(body + "\n") == []


def test_placeholders_are_reported_in_front_matter_and_body() -> None:
    found = messages(
        f"Alinea [@bron].\n\n{PLACEHOLDER_MARK}: beschrijf het effect.\n", title=f"{PLACEHOLDER_MARK} titel"
    )
    assert found == [
        "docs/x.md:3: tekst is nog niet ingevuld ('INVULLEN')",
        "docs/x.md:12: tekst is nog niet ingevuld ('INVULLEN')",
    ]
    assert messages("Nog te doen: TODO.\n") == ["docs/x.md:10: tekst is nog niet ingevuld ('TODO')"]
    assert messages("Lorem ipsum dolor.\n") != []
    assert messages("De formulieren invullen is werk van de hulpverlener.\n") == []
