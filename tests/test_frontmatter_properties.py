"""Whatever front matter a contributor writes, the loader accepts it or reports problems; it never crashes.

Hypothesis writes entry files with arbitrary YAML-ish text and with arbitrary mappings (wrong types,
huge numbers, nested structures, non-string keys, dates) and feeds them to the one reader
(`read_entry_file`), to the corpus loader with the model validation, and to the content checks that
read the loaded entries.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from mkdocs.config import load_config

from kennisbank.content.bibliography import Bibliography
from kennisbank.content.corpus import load_corpus
from kennisbank.content.frontmatter import YAML_ERROR, FrontMatterError, read_entry_file, read_page_file
from kennisbank.mkdocs_settings import project_paths
from kennisbank.model import ENTRY_TYPES
from kennisbank.problems import Problem
from kennisbank.project import ProjectPaths, SafetySettings
from kennisbank.validation.prose import prose_problems
from kennisbank.validation.safety import safety_problems
from tests.conftest import copy_fixture_site

SETTINGS = settings(
    max_examples=200,
    deadline=None,
    database=None,  # no example database: every run starts afresh
    suppress_health_check=[HealthCheck.too_slow],
)


@dataclass(frozen=True)
class Project:
    root: Path
    paths: ProjectPaths


FIELDS = sorted({name for entry_type in ENTRY_TYPES for name in entry_type.model.model_fields})
# An entry type and a file name its ID pattern accepts, so valid data can get all the way through.
TARGETS = [(entry_type, f"{entry_type.id_scheme.prefix.lower()}-900.md") for entry_type in ENTRY_TYPES]


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Project]:
    """The fixture site without its entries: each example is then the only entry the loader reads."""
    root = tmp_path_factory.mktemp("properties") / "project"
    root.mkdir()
    copy_fixture_site(root)
    for entry in (root / "docs").glob("*/*.md"):
        entry.unlink()
    # The fixture's public_contacts name ORG-voorbeeld, which is gone: no contacts are allowed here.
    paths = project_paths(load_config(str(root / "mkdocs.yml")))
    yield Project(root, replace(paths, safety=SafetySettings()))


scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=10**300, max_value=10**4000),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=40),
    st.sampled_from(["INT-001", "BEV-001", "ORG-voorbeeld", "rapport2021", "preventie", "2026-02-30", ""]),
    st.dates(),
    st.datetimes(),
)
values = st.recursive(
    scalars,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)
keys = st.one_of(st.sampled_from(FIELDS), st.text(max_size=12), st.integers(), st.booleans(), st.dates())
mappings = st.dictionaries(keys, values, max_size=12)

# Text built from YAML's punctuation, bits of real front matter, and anything else.
YAML_TOKENS = [
    *(string.ascii_letters + string.digits + " \t\n:-[]{},'\"#&*!|>?%@`.\\"),
    *("\n- ", ": ", "\nid: ", "\ntitle: ", "\nreviewed: ", "---", "...", "!!python/object:x", "!!binary "),
    *("<<: *a", "&a ", "*a", "? ", "é", "\u2028", "\x00", "\r", "9" * 5000, "1e999", "2026-02-30"),
]
yaml_ish = st.lists(st.sampled_from(YAML_TOKENS) | st.text(max_size=4), max_size=80).map("".join)


def entry_text(front_matter: str, body: str = "Tekst [@rapport2021].\n") -> str:
    return f"---\n{front_matter}\n---\n\n{body}"


def dump(mapping: dict[Any, Any]) -> str:
    try:
        return yaml.dump(mapping, Dumper=yaml.SafeDumper, allow_unicode=True, sort_keys=False)
    except (yaml.YAMLError, ValueError):  # a key PyYAML cannot write; the text strategy covers the rest
        return "id: INT-900"


def load(project: Project, target: int, content: bytes) -> list[Problem]:
    """Write one entry into the fixture site and run the loader and the checks over the whole corpus."""
    root, paths = project.root, project.paths
    entry_type, name = TARGETS[target]
    folder = root / "docs" / entry_type.folder
    folder.mkdir(exist_ok=True)
    for old in folder.glob("*-900.md"):
        old.unlink()
    path = folder / name
    path.write_bytes(content)
    shown = paths.shown(path)
    try:
        entry_file = read_entry_file(path, shown)
    except FrontMatterError as error:
        for problem in error.problems:
            assert_problem(problem, shown)
    else:
        assert isinstance(entry_file.meta, dict)
    corpus, problems = load_corpus(paths)
    for entry in corpus.by_id.values():
        problems.extend(prose_problems(entry))
    problems.extend(safety_problems(paths, corpus, Bibliography()))
    for problem in problems:
        assert_problem(problem, problem.path)
    path.unlink()
    return problems


# PyYAML's own words, which a message about YAML must never pass on.
PYYAML_ENGLISH = re.compile(r"\b(expected|found|while|scanning|parsing|allowed|could not|cannot|token)\b")


def assert_problem(problem: Problem, shown: str) -> None:
    assert isinstance(problem, Problem)
    assert problem.path == shown
    assert problem.line is None or (isinstance(problem.line, int) and problem.line >= 1)
    assert str(problem).startswith(shown)
    if problem.message.startswith(YAML_ERROR):
        assert not PYYAML_ENGLISH.search(problem.message), problem.message


@SETTINGS
@given(target=st.integers(0, len(TARGETS) - 1), front_matter=yaml_ish)
def test_arbitrary_front_matter_text(project: Project, target: int, front_matter: str) -> None:
    load(project, target, entry_text(front_matter).encode("utf-8", errors="surrogatepass"))


@SETTINGS
@given(target=st.integers(0, len(TARGETS) - 1), mapping=mappings)
def test_arbitrary_front_matter_mapping(project: Project, target: int, mapping: dict[Any, Any]) -> None:
    load(project, target, entry_text(dump(mapping)).encode("utf-8"))


@settings(SETTINGS, max_examples=100)
@given(target=st.integers(0, len(TARGETS) - 1), mapping=mappings, data=st.data())
def test_valid_entry_with_one_field_replaced(
    project: Project, target: int, mapping: dict[Any, Any], data: st.DataObject
) -> None:
    """A complete, valid entry of the type, with arbitrary values put in for some of its fields."""
    entry_type, name = TARGETS[target]
    valid = VALID[entry_type.name] | {"id": name.removesuffix(".md").upper()}
    field = data.draw(st.sampled_from(sorted(valid)))
    changed = {**valid, field: data.draw(values), **{k: v for k, v in mapping.items() if k in FIELDS}}
    load(project, target, entry_text(dump(changed)).encode("utf-8"))


@settings(SETTINGS, max_examples=100)
@given(content=st.binary(max_size=400))
def test_arbitrary_bytes(project: Project, content: bytes) -> None:
    load(project, 0, content)
    page = project.root / "docs" / "pagina.md"
    page.write_bytes(content)
    try:
        read_page_file(page, "docs/pagina.md")
    except FrontMatterError as error:
        for problem in error.problems:
            assert_problem(problem, "docs/pagina.md")
    finally:
        page.unlink()


def test_valid_entries_are_accepted(project: Project) -> None:
    """The valid entries used above pass, so the replaced-field test starts from something accepted."""
    for target, (entry_type, name) in enumerate(TARGETS):
        valid = VALID[entry_type.name] | {"id": name.removesuffix(".md").upper()}
        assert load(project, target, entry_text(dump(valid)).encode("utf-8")) == [], entry_type.name


COMMON: dict[str, Any] = {
    "title": "Een titel",
    "summary": "Een samenvatting van minstens twintig tekens.",
    "sources": ["rapport2021"],
    "reviewed": date(2026, 1, 15),
}
VALID: dict[str, dict[str, Any]] = {
    "interventie": COMMON
    | {
        "target_group": "Testers",
        "phases": ["preventie"],
        "stakeholders": ["overheid"],
        "evidence_level": "niet-beoordeeld",
        "status": "in-gebruik",
        "mnr": ["mnr-13"],
        "evidence": {"effect": "onbekend", "design": "geen-evaluatie"},
    },
    "bevinding": COMMON | {"evidence_basis": "beleidsanalyse", "platforms": ["darkweb"]},
    "dadergedrag": COMMON
    | {
        "behaviours": ["verzamelen"],
        "platforms": ["darkweb"],
        "signal_types": ["gedrag"],
        "signals": ["Een signaal"],
    },
    "aanbeveling": COMMON
    | {
        "addressees": ["overheid"],
        "origin": "expertmeeting",
        "issued_by": ["ORG-voorbeeld"],
        "issued_on": "2025-06",
        "document": "rapport2021",
        "searched": "tweedekamer.nl, tot januari 2026",
    },
    "expertmeeting": COMMON | {"participants": ["overheid"], "held_on": datetime(2026, 1, 1).date()},
    "organisatie": COMMON | {"kind": "onderzoek"},
    "reeks": COMMON
    | {
        "measure": "meldingen",
        "unit": "aantal",
        "geography": "nederland",
        "counter": "Een meldpunt",
        "points": [
            {"period": "2024", "value": 1, "source": "rapport2021"},
            {"period": "2025", "value": 2, "source": "rapport2021"},
        ],
    },
    "begrip": COMMON | {"english": "A term", "avoid": ["oudere term"]},
}


def test_the_reader_names_the_file_and_line_of_what_it_cannot_read(tmp_path: Path) -> None:
    path = tmp_path / "int-001.md"
    path.write_bytes(b"---\nid: INT-001\ntitle: a\x1fb\n---\n")
    with pytest.raises(FrontMatterError) as caught:
        read_entry_file(path, "docs/x.md")
    assert str(*caught.value.problems).startswith(
        "docs/x.md:3: ongeldige YAML in de front matter: het teken U+001F"
    )
    path.write_bytes(b"---\nid: INT-001\n---\n" + b"x" * 2_500_000)
    with pytest.raises(FrontMatterError) as caught:
        read_entry_file(path, "docs/x.md")
    assert str(*caught.value.problems) == (
        "docs/x.md: het bestand is 2,5 MB groot; een pagina mag hoogstens 0,2 MB zijn: "
        "splits de tekst of verwijder ingeplakte gegevens"
    )


def test_a_page_that_is_not_an_entry_may_do_without_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "pagina.md"
    path.write_bytes(b"# Titel\r\n\r\nTekst.\r\n")
    page = read_page_file(path, "docs/pagina.md")
    assert (page.meta, page.body, page.body_line) == ({}, "# Titel\n\nTekst.\n", 1)
    path.write_text("---\ntitle: Titel\n---\nTekst.\n", encoding="utf-8")
    page = read_page_file(path, "docs/pagina.md")
    assert (page.meta, page.body, page.body_line) == ({"title": "Titel"}, "Tekst.\n", 4)
