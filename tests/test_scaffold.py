"""`python -m kennisbank new`: a new entry from the model, rejected by the validator until filled in."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kennisbank.content.frontmatter import read_entry_file
from kennisbank.model import ENTRY_TYPES, EntryType, IdScheme
from kennisbank.model.entries import PLACEHOLDER_MARK
from kennisbank.model.fields import derived_names, facets
from kennisbank.scaffold.entry import ScaffoldError, new_entry, next_numbered_id, slugify

from .conftest import run_in_process
from .filling import fill_placeholders, valid_fields

TITLE = "Nieuwe entry: om te toetsen"


def scaffold(project: Path, entry_type: EntryType, title: str = TITLE) -> Path:
    result = run_in_process(["kennisbank", "new", entry_type.name, title], project)
    assert result.returncode == 0, result.stderr
    shown = result.stdout.split(":", 1)[0]
    return project / shown


@pytest.mark.parametrize("entry_type", ENTRY_TYPES, ids=lambda t: t.name)
def test_a_new_entry_has_every_field_of_the_model_and_the_sections_of_its_type(
    fixture_site: Path, entry_type: EntryType
) -> None:
    path = scaffold(fixture_site, entry_type)
    assert path.parent == fixture_site / "docs" / entry_type.folder
    written = read_entry_file(path, path.name)
    model = entry_type.model
    required = [name for name, info in model.model_fields.items() if info.is_required()]
    assert set(required) <= set(written.meta)
    assert set(written.meta) <= set(model.model_fields)
    assert written.meta["title"] == TITLE
    assert written.meta["reviewed"] == date.today().isoformat()
    assert path.stem == written.meta["id"].lower()
    for name in required:
        if name not in ("id", "title", "reviewed"):
            assert PLACEHOLDER_MARK in str(written.meta[name]), name
    text = path.read_text(encoding="utf-8")
    for facet in facets(model):
        if facet.field in derived_names(model):
            continue  # worked out by the model, never written in a new entry
        allowed = ", ".join(member.value for member in facet.vocabulary)
        comment = " ".join(line.lstrip("# ").strip() for line in text.splitlines() if line.startswith("#"))
        assert f"Kies uit: {allowed}." in comment, facet.field
    headings = [line.removeprefix("## ") for line in written.body.splitlines() if line.startswith("## ")]
    assert headings == list(entry_type.sections)
    assert entry_type.sections, "every type defines the sections of a new entry"


@pytest.mark.parametrize("entry_type", ENTRY_TYPES, ids=lambda t: t.name)
def test_the_validator_rejects_the_placeholders_until_they_are_filled(
    fixture_site: Path, entry_type: EntryType
) -> None:
    path = scaffold(fixture_site, entry_type)
    shown = path.relative_to(fixture_site).as_posix()
    untouched = run_in_process(["kennisbank", "check"], fixture_site)
    assert untouched.returncode == 1
    assert shown in untouched.stderr
    # With every closed list chosen, what is left open is still refused, line by line.
    fields = valid_fields(entry_type)
    closed = {facet.field for facet in facets(entry_type.model)}
    text = path.read_text(encoding="utf-8")
    path.write_text(fill_placeholders_partly(text, {k: v for k, v in fields.items() if k in closed}))
    partly = run_in_process(["kennisbank", "check"], fixture_site)
    assert partly.returncode == 1
    assert f"tekst is nog niet ingevuld ('{PLACEHOLDER_MARK}')" in partly.stderr
    assert f"{shown}:" in partly.stderr
    path.write_text(fill_placeholders(text, fields), encoding="utf-8")
    filled = run_in_process(["kennisbank", "check"], fixture_site)
    assert shown not in filled.stderr, filled.stderr
    assert filled.returncode == 0, filled.stderr


def fill_placeholders_partly(text: str, fields: dict[str, str]) -> str:
    lines = []
    for line in text.splitlines():
        name = line.split(":", 1)[0]
        lines.append(f"{name}: {fields[name]}" if name in fields and not line.startswith("#") else line)
    return "\n".join(lines) + "\n"


def test_numbered_ids_continue_after_the_highest_in_use(fixture_site: Path) -> None:
    interventie = next(t for t in ENTRY_TYPES if t.name == "interventie")
    folder = fixture_site / "docs" / "interventies"
    (folder / "int-007.md").write_text("---\nid: INT-007\n---\n", encoding="utf-8")
    # An ID in front matter counts even when the file name is wrong.
    (folder / "verkeerd.md").write_text("---\nid: INT-012\n---\n", encoding="utf-8")
    assert new_entry(fixture_site / "docs", "interventie", "Een titel").id == "INT-013"
    assert new_entry(fixture_site / "docs", "aanbeveling", "Een titel").id == "AAN-002"
    assert new_entry(fixture_site / "docs", "expertmeeting", "Een titel").id == "EM-2"
    assert interventie.id_scheme.digits == 3


@pytest.mark.parametrize(
    ("scheme", "taken", "expected"),
    [
        (IdScheme("INT", digits=3), set(), "INT-001"),
        (IdScheme("INT", digits=3), {"INT-009", "INT-010"}, "INT-011"),
        (IdScheme("EM"), {"EM-1", "EM-9"}, "EM-10"),
    ],
)
def test_next_numbered_id_is_zero_padded_per_scheme(scheme: IdScheme, taken: set[str], expected: str) -> None:
    assert next_numbered_id(scheme, taken) == expected


def test_the_last_number_of_a_scheme_is_never_wrapped_around() -> None:
    with pytest.raises(ScaffoldError):
        next_numbered_id(IdScheme("INT", digits=3), {"INT-999"})


def test_slug_types_take_their_id_from_the_title_or_a_given_name(fixture_site: Path) -> None:
    docs = fixture_site / "docs"
    assert slugify("Veilig Thuis (regio's) & Coöperatie") == "veilig-thuis-regio-s-cooperatie"
    assert new_entry(docs, "organisatie", "Stichting Één Voorbeeld").id == "ORG-stichting-een-voorbeeld"
    assert new_entry(docs, "begrip", "Online grooming", slug="grooming").id == "BEG-grooming"
    with pytest.raises(ScaffoldError, match="bestaat al"):
        new_entry(docs, "organisatie", "Voorbeeld")
    with pytest.raises(ScaffoldError, match="ORG-naam"):
        new_entry(docs, "organisatie", "¿¡")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["new", "interventies-oud", "Een titel"], "onbekend type 'interventies-oud'; kies uit: "),
        (["new"], "geef een type"),
        (["new", "interventie", "   "], "geef een titel"),
        (["new", "interventie", "Een *vette* titel"], "ongeldige titel: gewone tekst verwacht"),
        (["new", "organisatie", "Voorbeeld"], "ORG-voorbeeld bestaat al"),
        (["new", "interventie", "Een titel", "--slug", "naam"], "krijgt een volgnummer"),
    ],
)
def test_refusals_are_one_clear_line_and_a_failing_exit_status(
    fixture_site: Path, args: list[str], message: str
) -> None:
    before = sorted(p.relative_to(fixture_site) for p in (fixture_site / "docs").rglob("*.md"))
    result = run_in_process(["kennisbank", *args], fixture_site)
    assert result.returncode != 0
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    after = sorted(p.relative_to(fixture_site) for p in (fixture_site / "docs").rglob("*.md"))
    assert after == before
    if "onbekend type" in message:
        assert all(entry_type.name in result.stderr for entry_type in ENTRY_TYPES)
