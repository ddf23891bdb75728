"""Unit tests of the content model and the front-matter reader."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from mkdocs.config import load_config
from pydantic import ValidationError

from kennisbank.content.corpus import load_corpus
from kennisbank.content.field_errors import describe
from kennisbank.content.frontmatter import FrontMatterError, _split, read_entry_file
from kennisbank.mkdocs_settings import project_paths
from kennisbank.model import ENTRY_TYPES, EntryType
from kennisbank.model.entries import (
    ANY_ID_PATTERN,
    Begrip,
    Expertmeeting,
    IdScheme,
    Organisatie,
    Reeks,
    file_name,
    reading_order,
    values_of,
)
from kennisbank.model.fields import FieldKind, listed_fields, names_of
from kennisbank.model.forms import FORM_KEY
from kennisbank.model.reference import render_reference
from kennisbank.model.vocabularies import Audience, Choice, MnrCapability, MnrDomain, Phase
from tests.conftest import ROOT

COMMON = {
    "title": "Een titel",
    "summary": "Een samenvatting van voldoende lengte.",
    "sources": ["bron2021"],
    "reviewed": "2026-01-15",
}


@pytest.mark.parametrize(
    ("scheme", "good", "bad"),
    [
        (IdScheme("INT", digits=3), ["INT-001", "INT-120"], ["INT-1", "INT-0001", "int-001", "BEV-001"]),
        (IdScheme("EM"), ["EM-1", "EM-12"], ["EM-0", "EM-01", "EM-", "EM-a"]),
        (
            IdScheme("ORG", slug=True),
            ["ORG-ckm", "ORG-nationaal-rapporteur"],
            ["ORG-CKM", "ORG--x", "ORG-x-"],
        ),
    ],
)
def test_id_schemes(scheme: IdScheme, good: list[str], bad: list[str]) -> None:
    assert all(re.fullmatch(scheme.pattern, entry_id) for entry_id in good)
    assert not any(re.fullmatch(scheme.pattern, entry_id) for entry_id in bad)


def test_every_type_has_its_own_folder_and_prefix() -> None:
    assert len({t.folder for t in ENTRY_TYPES}) == len(ENTRY_TYPES) == 8
    assert len({t.id_scheme.prefix for t in ENTRY_TYPES}) == 8


def test_any_id_pattern_accepts_every_type() -> None:
    for entry_id in ("INT-001", "BEV-002", "DAD-003", "AAN-004", "EM-3", "ORG-ckm", "BEG-csam"):
        assert re.fullmatch(ANY_ID_PATTERN, entry_id)
    assert not re.fullmatch(ANY_ID_PATTERN, "XYZ-001")


def test_vocabularies_have_unique_slugs_and_dutch_labels() -> None:
    pending = list(Choice.__subclasses__())
    while pending:
        vocabulary = pending.pop()
        pending.extend(vocabulary.__subclasses__())
        values = [member.value for member in vocabulary]
        assert len(values) == len(set(values)), vocabulary
        assert all(member.label for member in vocabulary), vocabulary


@pytest.mark.parametrize("audience", list(Audience), ids=lambda a: a.value)
def test_each_audience_reads_every_type_once_leading_with_its_own(audience: Audience) -> None:
    order = reading_order(audience)
    assert sorted(order, key=ENTRY_TYPES.index) == list(ENTRY_TYPES)
    assert audience.leads_with and [t.name for t in order[: len(audience.leads_with)]] == list(
        audience.leads_with
    )


def test_the_audiences_lead_with_what_they_come_for() -> None:
    assert Audience.RECLASSERING.leads_with[0] == "dadergedrag"
    assert Audience.BELEID.leads_with[0] == "aanbeveling"


def test_mnr_has_21_capabilities_in_6_domains() -> None:
    assert len(MnrCapability) == 21
    assert {capability.domain for capability in MnrCapability} == set(MnrDomain)
    assert MnrCapability("mnr-07").domain is MnrDomain.STRAFRECHT


def test_a_valid_entry_parses_with_typed_values() -> None:
    meeting = Expertmeeting.model_validate(
        {**COMMON, "id": "EM-2", "participants": ["ngo"], "chair": "ORG-ckm"}
    )
    assert meeting.reviewed == date(2026, 1, 15)
    assert meeting.held_on is None
    assert Phase("preventie").label == "Preventie"


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ({"website": "http://voorbeeld.nl/"}, "alleen https"),
        ({"summary": "Met <b>html</b> erin, lang genoeg."}, "gewone tekst"),
        ({"kind": "club"}, "Input should be"),
        ({"unknown": 1}, "Extra inputs"),
    ],
)
def test_invalid_values_are_rejected(extra: dict[str, object], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        Organisatie.model_validate({**COMMON, "id": "ORG-x", "kind": "ngo", **extra})


def test_reference_fields_are_marked_in_the_model() -> None:
    assert names_of(Expertmeeting, FieldKind.REFERENCE) == [
        "related",
        "replaced_by",
        "series",
        "organisers",
        "chair",
        "outcomes",
    ]
    assert names_of(Begrip, FieldKind.REFERENCE) == ["related", "replaced_by", "series"]
    assert Expertmeeting.model_json_schema()["properties"]["chair"]["x-reference"] is True


def write(tmp_path: Path, text: str | bytes) -> Path:
    path = tmp_path / "int-001.md"
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return path


def test_reader_gives_lines_of_keys_and_body(tmp_path: Path) -> None:
    path = write(tmp_path, "---\nid: INT-001\n\ntitle: Titel\nreviewed: 2026-01-15\n---\nTekst\n")
    entry_file = read_entry_file(path, "docs/x.md")
    assert entry_file.meta == {"id": "INT-001", "title": "Titel", "reviewed": "2026-01-15"}
    assert entry_file.line_of("title") == 4
    assert entry_file.line_of("absent") == 1
    assert entry_file.body == "Tekst\n"
    assert entry_file.body_line == 7


def test_reader_accepts_a_byte_order_mark_and_windows_line_endings(tmp_path: Path) -> None:
    path = write(tmp_path, b"\xef\xbb\xbf---\r\nid: INT-001\r\n---\r\nTekst\r\n")
    entry_file = read_entry_file(path, "docs/x.md")
    assert entry_file.meta == {"id": "INT-001"}
    assert entry_file.body == "Tekst\n"


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("geen front matter\n", 1, "geen front matter"),
        ("---\nid: INT-001\n", 1, "niet afgesloten"),
        ("---\n---\n", 1, "leeg"),
        ("---\n- a\n- b\n---\n", 2, "'veld: waarde'"),
        (
            "---\nid: INT-001\ntitle: [a\nb: c\n---\n",
            3,
            "de lijst die hier met '[' begint, wordt niet gesloten",
        ),
        ("---\nid: a\nid: b\n---\n", 3, "twee keer"),
        ("---\nid: INT-001\n\ttitle: x\n---\n", 3, "een tab: spring in met spaties, niet met tabs"),
        (
            '---\nid: INT-001\ntitle: "abc\nstatus: x\n---\n',
            3,
            "het aanhalingsteken hier wordt niet gesloten",
        ),
        ("---\nid: INT-001\ntitle: Deel 1: opzet\n---\n", 3, "zet de hele waarde tussen aanhalingstekens"),
        ("---\nevidence:\n  effect: gunstig\n design: x\n---\n", 4, "deze regel springt anders in"),
        ("---\nid: INT-001\nfoo\nstatus: x\n---\n", 3, "een regel zonder ':' na de veldnaam"),
        ("---\ntitle: 'a' b\n---\n", 2, "na de waarde staat nog tekst die YAML niet verwacht"),
        ('---\ntitle: "a\\d"\n---\n', 2, "is '\\d' onbekend: gebruik enkele aanhalingstekens"),
        ("---\n? [a, b]\n: c\n---\n", 2, "gewone tekst"),
        (
            "---\nid: !!python/object:os.system x\n---\n",
            2,
            "een YAML-tag (!naam of !!type) is in de front matter niet toegestaan",
        ),
    ],
)
def test_reader_reports_defects_with_a_line(tmp_path: Path, text: str, line: int, message: str) -> None:
    with pytest.raises(FrontMatterError) as caught:
        read_entry_file(write(tmp_path, text), "docs/x.md")
    (problem,) = caught.value.problems
    assert problem.line == line
    assert message in problem.message
    assert str(problem).startswith(f"docs/x.md:{line}: ")


def test_a_syntax_error_is_said_in_dutch_words_never_in_pyyaml_s() -> None:
    with pytest.raises(FrontMatterError) as caught:
        _split("---\nid: INT-001\nphases: [preventie, signalering\nstatus: open\n---\n", "docs/x.md")
    (problem,) = caught.value.problems
    assert str(problem) == (
        "docs/x.md:3: ongeldige YAML in de front matter: de lijst die hier met '[' begint, wordt niet "
        "gesloten: zet ']' aan het eind van de lijst en een komma tussen de waarden; staat er in een waarde "
        "een komma, ':' of haakje, zet die waarde dan tussen aanhalingstekens"
    )
    with pytest.raises(FrontMatterError) as caught:
        _split("---\n%YAML 9\n---\n", "docs/x.md")
    assert "expected" not in str(*caught.value.problems)


def test_one_reading_names_every_anchor_tag_and_duplicate_key_of_a_file_and_its_syntax_error() -> None:
    text = "---\ntags: &a [x]\nextra: [*a, *a]\nkind: !ngo ngo\nphases: [a, b\nstatus: x\n---\n"
    with pytest.raises(FrontMatterError) as caught:
        _split(text, "docs/x.md")
    assert [(problem.line, problem.message[:40]) for problem in caught.value.problems] == [
        (2, "een anker (&naam) is in de front matter "),
        (3, "een verwijzing naar een anker (*naam) is"),
        (4, "een YAML-tag (!naam of !!type) is in de "),
        (5, "ongeldige YAML in de front matter: de li"),
    ]
    with pytest.raises(FrontMatterError) as caught:
        _split("---\nid: a\nid: b\ntitle: c\ntitle: d\n---\n", "docs/x.md")
    assert [str(problem) for problem in caught.value.problems] == [
        "docs/x.md:3: het veld 'id' staat twee keer in de front matter (ook op regel 2); laat er één staan",
        "docs/x.md:5: het veld 'title' staat twee keer in de front matter (ook op regel 4); "
        "laat er één staan",
    ]


def test_a_message_quotes_only_a_short_excerpt_of_a_long_value() -> None:
    text = "---\nid: INT-001\nstatus: " + "x" * 100_000 + "\n---\n"
    entry_file = _split(text, "docs/x.md")
    interventie = next(t for t in ENTRY_TYPES if t.name == "interventie")
    with pytest.raises(ValidationError) as caught:
        interventie.model.model_validate(entry_file.meta)
    messages = [str(problem) for problem in describe(caught.value, entry_file, interventie)]
    status = next(message for message in messages if "'status'" in message)
    assert status.startswith("docs/x.md:3: 'xxxx")
    assert len(status) < 300


def _patterns(schema: object) -> list[dict[str, object]]:
    """Every part of a JSON Schema that has a pattern."""
    if isinstance(schema, dict):
        found = [schema] if "pattern" in schema else []
        return found + [part for value in schema.values() for part in _patterns(value)]
    if isinstance(schema, list):
        return [part for value in schema for part in _patterns(value)]
    return []


@pytest.mark.parametrize("entry_type", ENTRY_TYPES, ids=lambda entry_type: entry_type.name)
def test_every_pattern_of_the_model_says_its_form_in_words_with_an_example(entry_type: EntryType) -> None:
    parts = _patterns(entry_type.model.model_json_schema())
    assert parts
    for part in parts:
        words = part.get(FORM_KEY)
        assert isinstance(words, str), f"{part['pattern']} has no words"
        assert "zoals " in words or re.search(r"\d{4}", words), words  # an example
        assert "^" not in words and "\\" not in words


def test_the_model_reference_shows_no_regular_expression() -> None:
    reference = render_reference()
    assert "vorm `^" not in reference and "\\d{" not in reference
    assert "tekst: kleine letters, cijfers, spaties en streepjes" in reference


@pytest.mark.parametrize(
    ("field", "value", "says"),
    [
        ("tags", ["Toets"], "'Toets' in 'tags, nr. 1' heeft niet de juiste vorm; schrijf kleine letters"),
        ("sources", ["bron 2021"], "schrijf de sleutel van een bron in bibliography/"),
        ("related", ["int-1"], "schrijf het ID van een entry, zoals INT-001 of ORG-voorbeeld"),
        ("id", "INT-1", "past niet bij type interventie (map interventies/): schrijf INT- gevolgd door drie"),
    ],
)
def test_a_value_of_the_wrong_form_is_told_the_form_in_words(field: str, value: object, says: str) -> None:
    interventie = next(t for t in ENTRY_TYPES if t.name == "interventie")
    entry_file = _split("---\nid: INT-001\n---\n", "docs/x.md")
    with pytest.raises(ValidationError) as caught:
        interventie.model.model_validate({**COMMON, "id": "INT-001", field: value})
    messages = [problem.message for problem in describe(caught.value, entry_file, interventie)]
    told = [message for message in messages if says in message]
    assert told, messages
    assert "^" not in told[0] and "\\" not in told[0]


def test_an_entrys_file_is_named_after_its_id_in_one_place() -> None:
    assert file_name("INT-001") == "int-001.md" and file_name("ORG-ckm") == "org-ckm.md"
    scripts = Path(__file__).resolve().parent.parent / "scripts"
    writing_the_rule = sorted(
        path.relative_to(scripts).as_posix()
        for path in scripts.rglob("*.py")
        if ".lower()}.md" in path.read_text(encoding="utf-8")
    )
    assert writing_the_rule == ["kennisbank/model/entries.py"]


def test_a_fields_values_are_its_items_its_value_or_none() -> None:
    assert values_of(None) == [] and values_of("a") == ["a"] and values_of(["a", "b"]) == ["a", "b"]


@pytest.mark.parametrize("entry_type", ENTRY_TYPES, ids=lambda entry_type: entry_type.name)
def test_the_id_field_is_described_by_its_scheme(entry_type: EntryType) -> None:
    scheme = entry_type.id_scheme
    assert scheme.form.words.startswith(f"{scheme.prefix}- ") and scheme.example in scheme.form.words
    assert re.match(scheme.pattern, scheme.example)
    schema = entry_type.model.model_json_schema()["properties"]["id"]
    assert schema["pattern"] == scheme.pattern and schema[FORM_KEY] == scheme.form.words


def test_listed_fields_put_the_types_own_first_and_leave_tables_out() -> None:
    corpus, _ = load_corpus(project_paths(load_config(str(ROOT / "mkdocs.yml"))))
    series = next(entry for entry in corpus.by_id.values() if isinstance(entry.data, Reeks))
    listed = listed_fields(series.data)
    names = [field.name for field in listed]
    assert "points" not in names and "measure" in names
    common = [field.field.common for field in listed]
    assert common == sorted(common), "the type's own fields come first"
    related = next(field for field in listed if field.name == "related")
    assert related.field.kind is FieldKind.REFERENCE
    assert [value.entry for value in related.values] == list(series.data.related)
