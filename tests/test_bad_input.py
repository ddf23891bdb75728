"""Every kind of bad contribution stops both the validator and the strict build with a clear message."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import run_tool

INT = "docs/interventies/int-001.md"
BEV = "docs/bevindingen/bev-001.md"
BIB = "bibliography/test.bib"


def replace(rel: str, old: str, new: str) -> Callable[[Path], None]:
    def mutate(project: Path) -> None:
        path = project / rel
        text = path.read_text(encoding="utf-8")
        assert old in text, f"{old!r} not in {rel}"
        path.write_text(text.replace(old, new, 1), encoding="utf-8")

    return mutate


def write(rel: str, content: bytes) -> Callable[[Path], None]:
    def mutate(project: Path) -> None:
        path = project / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)

    return mutate


def copy(source: str, target: str) -> Callable[[Path], None]:
    def mutate(project: Path) -> None:
        (project / target).parent.mkdir(parents=True, exist_ok=True)
        (project / target).write_bytes((project / source).read_bytes())

    return mutate


OTHER_ORGANISATION = b"""---
id: ORG-ander
title: Ander instituut
summary: Een tweede organisatie met dezelfde afkorting als de eerste.
sources: [rapport2021]
reviewed: 2026-01-15
kind: onderzoek
abbreviation: VBI
---

Ook dit instituut publiceerde [@rapport2021].
"""


@dataclass(frozen=True)
class Bad:
    mutate: Callable[[Path], None]
    where: str  # "path:line" or "path" that the message must name
    says: str  # a fragment of the message


CASES = {
    "malformed YAML": Bad(
        replace(INT, "phases: [preventie, signalering]", "phases: [preventie, signalering"),
        f"{INT}:12",
        "regel 11",
    ),
    "missing required field": Bad(
        replace(INT, "evidence_level: niet-beoordeeld\n", ""),
        f"{INT}:1",
        "verplicht veld 'evidence_level' ontbreekt",
    ),
    "value outside its list": Bad(
        replace(INT, "status: in-gebruik", "status: actief"),
        f"{INT}:14",
        "'actief' is geen toegestane waarde voor 'status'",
    ),
    "impossible date": Bad(
        replace(INT, "reviewed: 2026-01-15", "reviewed: 2026-02-30"),
        f"{INT}:7",
        "'2026-02-30' in 'reviewed' is geen geldige datum",
    ),
    "ID of another type": Bad(
        replace(INT, "id: INT-001", "id: BEV-001"), f"{INT}:2", "past niet bij type interventie"
    ),
    "ID that is not the file name": Bad(
        replace(INT, "id: INT-001", "id: INT-002"), f"{INT}:2", "bestandsnaam moet int-002.md zijn"
    ),
    "duplicate ID": Bad(
        copy(INT, "docs/interventies/archief/int-001.md"),
        f"{INT}:2",
        "ID INT-001 is al gebruikt in docs/interventies/archief/int-001.md",
    ),
    "related ID that does not exist": Bad(
        replace(INT, "related: [BEV-001]", "related: [BEV-009]"),
        f"{INT}:6",
        "verwijst naar BEV-009, maar die entry bestaat niet",
    ),
    "unknown citation key in the text": Bad(
        replace(INT, "[@rapport2021]", "[@rapport2021] [@onbekend2021]"),
        f"{INT}:20",
        "citatie [@onbekend2021] staat niet in de bibliografie",
    ),
    "unknown citation key in sources": Bad(
        replace(BEV, "sources: [artikel2020, rapport2021]", "sources: [artikel2020, rapport2021, geenbron]"),
        f"{BEV}:5",
        "bron 'geenbron' staat niet in de bibliografie",
    ),
    "cited source not declared": Bad(
        replace(BEV, "sources: [artikel2020, rapport2021]", "sources: [artikel2020]"),
        f"{BEV}:11",
        "citatie [@rapport2021] ontbreekt in 'sources'",
    ),
    "bibliography that does not parse": Bad(
        replace(BIB, "  year    = {2020}\n}", "  year    = {2020}\n"), f"{BIB}:14", "BibTeX-syntaxfout"
    ),
    "Markdown file without front matter": Bad(
        write("docs/bevindingen/bev-003.md", b"Alleen tekst, geen front matter.\n"),
        "docs/bevindingen/bev-003.md:1",
        "geen front matter",
    ),
    "unterminated front matter": Bad(
        write("docs/bevindingen/bev-003.md", b"---\nid: BEV-003\n"),
        "docs/bevindingen/bev-003.md:1",
        "niet afgesloten",
    ),
    "unknown field": Bad(
        replace(INT, "status: in-gebruik", "status: in-gebruik\nstatsu: open"),
        f"{INT}:15",
        "onbekend veld 'statsu'",
    ),
    "text where a list belongs": Bad(
        replace(INT, "phases: [preventie, signalering]", "phases: preventie"),
        f"{INT}:11",
        "'phases' moet een lijst zijn",
    ),
    "number where text belongs": Bad(
        replace(INT, "target_group: Testers", "target_group: 12"),
        f"{INT}:10",
        "'target_group' moet tekst zijn",
    ),
    "Markdown in the summary": Bad(
        replace(INT, "summary: Een interventie", "summary: Een **interventie**"),
        f"{INT}:4",
        "gewone tekst verwacht",
    ),
    "duplicate key": Bad(
        replace(INT, "tags: [toets]", "tags: [toets]\ntags: [dubbel]"), f"{INT}:9", "staat twee keer"
    ),
    "figure without a citation": Bad(
        replace(
            INT,
            "Een zin met een bron [@rapport2021].",
            "Een zin met een bron [@rapport2021].\n\nIn 2014 waren het er 423.",
        ),
        f"{INT}:22",
        "cijfer '2014' zonder bron",
    ),
    "placeholder left in": Bad(
        replace(INT, "title: Voorbeeldinterventie", "title: INVULLEN"), f"{INT}:3", "nog niet ingevuld"
    ),
    "hand-written index of a type folder": Bad(
        write("docs/interventies/index.md", b"# Interventies\n"),
        "docs/interventies/index.md",
        "maakt de build zelf",
    ),
    "abbreviation defined twice": Bad(
        write("docs/organisaties/org-ander.md", OTHER_ORGANISATION),
        "docs/organisaties/org-voorbeeld.md:8",
        "al verklaard in docs/organisaties/org-ander.md",
    ),
    "not UTF-8": Bad(
        write("docs/bevindingen/bev-003.md", "---\nid: BEV-003\ntitle: Caf\u00e9\n---\n".encode("latin-1")),
        "docs/bevindingen/bev-003.md:3",
        "niet in UTF-8",
    ),
}


@pytest.fixture(params=sorted(CASES), ids=lambda name: name.replace(" ", "-"))
def broken(request: pytest.FixtureRequest, fixture_site: Path) -> tuple[Path, Bad]:
    case = CASES[request.param]
    case.mutate(fixture_site)
    return fixture_site, case


def assert_reported(output: str, case: Bad) -> None:
    assert "Traceback" not in output
    lines = [line for line in output.splitlines() if line.startswith(case.where + ":")]
    assert any(case.says in line for line in lines), output


def test_validator_reports_it(broken: tuple[Path, Bad]) -> None:
    project, case = broken
    result = run_tool(["kennisbank", "check"], project)
    assert result.returncode == 1
    assert_reported(result.stdout + result.stderr, case)
    # One defect, one message: no follow-on errors that would bury the real one.
    assert result.stderr.count("\n") == 2, result.stderr


def test_strict_build_stops_on_it(broken: tuple[Path, Bad]) -> None:
    project, case = broken
    result = run_tool(["mkdocs", "build", "--strict"], project)
    assert result.returncode != 0
    assert_reported(result.stdout + result.stderr, case)
    assert not (project / "site" / "interventies").exists()


def test_windows_line_endings_are_accepted(fixture_site: Path) -> None:
    path = fixture_site / INT
    path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))
    assert run_tool(["kennisbank", "check"], fixture_site).returncode == 0
    build = run_tool(["mkdocs", "build", "--strict"], fixture_site)
    assert build.returncode == 0, build.stderr
    assert "INT-001" in (fixture_site / "site/interventies/int-001/index.html").read_text(encoding="utf-8")


def test_valid_fixture_passes_both(fixture_site: Path) -> None:
    check = run_tool(["kennisbank", "check"], fixture_site)
    assert check.returncode == 0, check.stderr
    assert run_tool(["mkdocs", "build", "--strict"], fixture_site).returncode == 0
