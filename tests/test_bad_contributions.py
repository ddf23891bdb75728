"""The corpus of broken contributions: each stops the validator and the strict build with a clear message.

Every file in tests/bad_contributions/ is one case: edits to a copy of the fixture site (replace text,
write or copy a file, make a symbolic link, change line endings, grow a file) and where each tool must
fail. A `write` takes `text` (in `encoding`, UTF-8 unless named) or, for a binary file such as an image,
`base64`: the bytes in base64. Each case runs through `python -m kennisbank check` and
`mkdocs build --strict`, and through the link check of the built site when the build succeeds. A tool the
case does not name must pass. A failing tool exits non-zero, names the file (with the line where there is
one) and never shows a traceback, and neither tool writes anything outside the build folder and the build
cache (.cache/).
"""

from __future__ import annotations

import base64
import hashlib
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from kennisbank.project import CACHE_FOLDER
from tests.conftest import ROOT, run_in_process, run_tool

CORPUS = ROOT / "tests" / "bad_contributions"
BUILD_FOLDER = "site"


@dataclass(frozen=True)
class Expected:
    """Where a tool reports the defect: a line of its output names `where` and contains `says`."""

    where: str  # "path:line" or "path"
    says: str
    # "start": the line starts with `where:` (our own problems); "contains": the line mentions `where`
    # anywhere (MkDocs' own warnings, which quote the path).
    match: str = "start"

    def found_in(self, output: str) -> bool:
        for line in output.splitlines():
            named = line.startswith(f"{self.where}:") if self.match == "start" else self.where in line
            if named and self.says in line:
                return True
        return False


@dataclass(frozen=True)
class Case:
    name: str
    description: str
    edits: list[dict[str, Any]]
    check: Expected | None  # None: the tool passes
    build: Expected | None
    links: Expected | None
    messages: int  # problems the validator reports (one defect, one message unless said otherwise)

    @classmethod
    def load(cls, path: Path) -> Case:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        expect = data.get("expect") or {}

        def expected(tool: str) -> Expected | None:
            return Expected(**expect[tool]) if expect.get(tool) else None

        check = expected("check")
        # The validator runs inside the build, so what stops it stops the build too, with the same line.
        build = expected("build") if "build" in expect else check
        links = expected("links")
        return cls(
            path.stem, data["description"], data["edits"], check, build, links, data.get("messages", 1)
        )


CASES = sorted(CORPUS.glob("*.yml"))


def apply(edit: dict[str, Any], project: Path) -> None:
    """One edit of a case to the copy of the fixture site."""
    if "replace" in edit:
        path = project / edit["replace"]
        text = path.read_text(encoding="utf-8")
        assert edit["old"] in text, f"{edit['old']!r} not in {edit['replace']}"
        path.write_text(text.replace(edit["old"], edit["new"], 1), encoding="utf-8")
    elif "write" in edit:
        path = project / edit["write"]
        path.parent.mkdir(parents=True, exist_ok=True)
        if "base64" in edit:
            path.write_bytes(base64.b64decode(edit["base64"], validate=True))
        else:
            path.write_bytes(edit["text"].encode(edit.get("encoding", "utf-8")))
    elif "copy" in edit:
        target = project / edit["to"]
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes((project / edit["copy"]).read_bytes())
    elif "symlink" in edit:
        link = project / edit["symlink"]
        link.parent.mkdir(parents=True, exist_ok=True)
        link.symlink_to(edit["to"])
    elif "crlf" in edit:
        path = project / edit["crlf"]
        path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))
    elif "grow" in edit:
        path = project / edit["grow"]
        filler = edit["with"].encode("utf-8")
        missing = edit["to_bytes"] - path.stat().st_size
        with path.open("ab") as grown:
            grown.write(filler * (missing // len(filler) + 1))
    else:
        raise AssertionError(f"unknown edit {edit}")


def snapshot(project: Path) -> dict[str, str]:
    """Every file and folder of the project outside the build folder and the build cache, with a digest
    of each file."""
    found: dict[str, str] = {}
    for path in sorted(project.rglob("*")):
        relative = path.relative_to(project)
        if relative.parts[0] in (BUILD_FOLDER, CACHE_FOLDER):
            continue
        found[relative.as_posix()] = "map" if path.is_dir() else hashlib.sha256(path.read_bytes()).hexdigest()
    return found


def assert_outcome(tool: str, result: subprocess.CompletedProcess[str], expected: Expected | None) -> None:
    output = result.stdout + result.stderr
    assert "Traceback" not in output, f"{tool}:\n{output}"
    if expected is None:
        assert result.returncode == 0, f"{tool} should pass:\n{output}"
    else:
        assert result.returncode != 0, f"{tool} should fail:\n{output}"
        assert expected.found_in(output), f"{tool} should name {expected.where}: {expected.says}\n{output}"


def test_the_corpus_is_large_enough() -> None:
    assert len(CASES) >= 25
    assert all(Case.load(path).description for path in CASES)


@pytest.mark.parametrize("case_file", CASES, ids=[path.stem for path in CASES])
def test_bad_contribution(case_file: Path, fixture_site: Path) -> None:
    case = Case.load(case_file)
    for edit in case.edits:
        apply(edit, fixture_site)
    before = snapshot(fixture_site)

    check = run_in_process(["kennisbank", "check"], fixture_site)
    assert_outcome("check", check, case.check)
    if case.check is not None:
        assert check.returncode == 1
        problems = [line for line in check.stderr.splitlines() if not line.endswith("fout(en) gevonden.")]
        assert len(problems) == case.messages, check.stderr

    build = run_in_process(["mkdocs", "build", "--strict"], fixture_site)
    assert_outcome("build", build, case.build)
    if case.check is not None:
        # What the validator stops, the build stops before it writes any page.
        assert not (fixture_site / BUILD_FOLDER / "interventies").exists()
    if build.returncode == 0:
        links = run_in_process(["kennisbank", "links", "--site", BUILD_FOLDER], fixture_site)
        assert_outcome("links", links, case.links)
    else:
        assert case.links is None, "the link check needs a built site"

    assert snapshot(fixture_site) == before, "a tool wrote outside the build folder"


def test_the_valid_fixture_passes_every_tool(fixture_site: Path) -> None:
    check = run_tool(["kennisbank", "check"], fixture_site)
    assert check.returncode == 0, check.stderr
    build = run_tool(["mkdocs", "build", "--strict"], fixture_site)
    assert build.returncode == 0, build.stderr
    links = run_tool(["kennisbank", "links", "--site", BUILD_FOLDER], fixture_site)
    assert links.returncode == 0, links.stderr


def test_in_process_a_crash_still_shows_as_a_traceback(
    fixture_site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def crash(*_: object, **__: object) -> None:
        raise RuntimeError("stuk")

    monkeypatch.setattr("mkdocs.commands.build.build", crash)
    monkeypatch.setattr("kennisbank.__main__.run_check", crash)
    for tool in (["mkdocs", "build", "--strict"], ["kennisbank", "check"]):
        result = run_in_process(tool, fixture_site)
        assert result.returncode != 0
        assert "Traceback" in result.stderr and "RuntimeError: stuk" in result.stderr


def test_in_process_a_second_run_reports_the_same_messages(fixture_site: Path) -> None:
    apply({"replace": "docs/interventies/int-001.md", "old": "title:", "new": "titel:"}, fixture_site)
    first = run_in_process(["mkdocs", "build", "--strict"], fixture_site)
    second = run_in_process(["mkdocs", "build", "--strict"], fixture_site)
    assert first.returncode == second.returncode == 1
    named = [[line for line in run.stderr.splitlines() if "int-001.md" in line] for run in (first, second)]
    assert named[0] and named[0] == named[1]


def test_problems_of_every_kind_in_several_files_are_all_named_in_one_run(fixture_site: Path) -> None:
    """A broken .bib file, a YAML error, a tag of the wrong form, anchors and missing sources: the
    validator and the build name all of them at once, not one stage after another."""
    edits = [
        {"replace": "bibliography/test.bib", "old": "@article{artikel2020,", "new": "@artcle{artikel2020,"},
        {
            "replace": "bibliography/test.bib",
            "old": "  year        = {2021},",
            "new": "  year        = {2021}",
        },
        {"replace": "bibliography/zotero.bib", "old": "  institution = {", "new": "  instituut = {"},
        {"replace": "docs/interventies/int-001.md", "old": "[preventie, signalering]", "new": "[preventie"},
        {
            "replace": "docs/bevindingen/bev-001.md",
            "old": "platforms: [darkweb]",
            "new": "platforms: [darkweb]\ntags: [Darkweb]",
        },
        {"replace": "docs/bevindingen/bev-001.md", "old": "Tweede bewering", "new": "Tweede [@nergens2021]"},
        {"replace": "docs/begrippen/beg-voorbeeldterm.md", "old": "synonyms:", "new": "synonyms: &s"},
        {"replace": "docs/begrippen/beg-voorbeeldterm.md", "old": "avoid:", "new": "english2: *s\navoid:"},
        {"replace": "docs/index.md", "old": "voor de tests.", "new": "voor de tests [@nergens2020]."},
    ]
    for edit in edits:
        apply(edit, fixture_site)
    expected = [
        ("bibliography/test.bib:7", "het record 'rapport2021' (regel 2) is hier nog niet afgesloten"),
        ("bibliography/test.bib:11", "'@artcle' is geen bekende soort bron"),
        ("bibliography/zotero.bib:8", "'instituut' is geen bekend veld"),
        ("docs/begrippen/beg-voorbeeldterm.md:8", "een anker (&naam) is in de front matter niet toegestaan"),
        ("docs/begrippen/beg-voorbeeldterm.md:9", "een verwijzing naar een anker (*naam) is in de front"),
        ("docs/bevindingen/bev-001.md:9", "'Darkweb' in 'tags, nr. 1' heeft niet de juiste vorm"),
        # The text of an entry the model refused is checked all the same.
        ("docs/bevindingen/bev-001.md:12", "citatie [@nergens2021] staat niet in de bibliografie"),
        ("docs/index.md:7", "citatie [@nergens2020] staat niet in de bibliografie"),
        ("docs/interventies/int-001.md:11", "ongeldige YAML in de front matter: de lijst die hier met '['"),
    ]
    for tool in (["kennisbank", "check"], ["mkdocs", "build", "--strict"]):
        result = run_in_process(tool, fixture_site)
        assert result.returncode == 1, result.stderr
        named = [line for line in result.stderr.splitlines() if line.startswith(("bibliography/", "docs/"))]
        for where, says in expected:
            assert any(line.startswith(where) and says in line for line in named), f"{tool}: {where} {says}"
        assert len(named) == len(expected), "\n".join(named)
