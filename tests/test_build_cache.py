"""What a build keeps in .cache/ never shows an old text: after an edit of the content, a template, the
configuration or the project's own code, or a new commit, a build with the cache writes the site a build
without it writes. What pandoc made (the citations, the CSL-JSON) is kept between builds."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pypandoc
import pytest
from mkdocs.commands.build import build as build_in_process
from mkdocs.config import load_config

import kennisbank
from kennisbank.citations.plugin import CACHE_NAME
from kennisbank.export.data_page import BIBLIOGRAPHY_FILE
from kennisbank.export.records import CSL_JSON_CACHE
from kennisbank.project import CACHE_FOLDER
from tests.conftest import NO_CACHE, git, run_tool
from tests.test_fixture_site import page

CACHE = Path(CACHE_FOLDER) / f"{CACHE_NAME}.json"
CSL_JSON = Path(CACHE_FOLDER) / f"{CSL_JSON_CACHE}.json"
CITING_PAGE = "interventies/int-001"
PACKAGE = Path(kennisbank.__file__).resolve().parent
# Tests about the cache use it, whatever the developer's environment says.
pytestmark = pytest.mark.usefixtures("with_cache")


def build(project: Path) -> str:
    result = run_tool(["mkdocs", "build", "--strict"], project)
    assert result.returncode == 0, result.stderr
    return result.stdout + result.stderr


def test_a_second_build_reuses_the_formatted_citations(fixture_site: Path) -> None:
    build(fixture_site)
    cached = json.loads((fixture_site / CACHE).read_text(encoding="utf-8"))
    assert cached["code"] and [kept["references"] for kept in cached["results"].values()]
    before = [(fixture_site / kept).stat().st_mtime_ns for kept in (CACHE, CSL_JSON)]
    build(fixture_site)
    assert [(fixture_site / kept).stat().st_mtime_ns for kept in (CACHE, CSL_JSON)] == before


def test_a_second_build_starts_no_pandoc_not_even_for_a_page_that_is_no_entry(
    fixture_site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = fixture_site / "docs" / "index.md"
    home.write_text(home.read_text(encoding="utf-8") + "\nOok de startpagina citeert [@rapport2021, p. 3].\n")
    build(fixture_site)

    def no_pandoc(*_: object) -> None:
        raise AssertionError("pandoc started although nothing changed")

    monkeypatch.setattr(pypandoc, "convert_text", no_pandoc)
    monkeypatch.chdir(fixture_site)
    build_in_process(load_config(str(fixture_site / "mkdocs.yml")))
    assert "(Voorbeeldinstituut, 2021, p. 3)" in page(fixture_site / "site", "").get_text()


def test_a_changed_record_shows_in_the_next_build(fixture_site: Path) -> None:
    build(fixture_site)
    bib = fixture_site / "bibliography" / "test.bib"
    text = bib.read_text(encoding="utf-8")
    title = next(line for line in text.splitlines() if line.strip().startswith("title"))
    bib.write_text(text.replace(title, "  title = {Een geheel nieuwe titel},"), encoding="utf-8")
    build(fixture_site)
    assert "Een geheel nieuwe titel" in page(fixture_site / "site", CITING_PAGE).get_text()
    exported = (fixture_site / "site" / "data" / BIBLIOGRAPHY_FILE).read_text(encoding="utf-8")
    assert "Een geheel nieuwe titel" in exported


def test_a_changed_citation_shows_in_the_next_build(fixture_site: Path) -> None:
    build(fixture_site)
    entry = fixture_site / "docs" / f"{CITING_PAGE}.md"
    text = entry.read_text(encoding="utf-8")
    entry.write_text(text.replace("[@rapport2021]", "[@rapport2021, p. 97]", 1), encoding="utf-8")
    build(fixture_site)
    assert "p. 97" in page(fixture_site / "site", CITING_PAGE).get_text()


def test_an_unreadable_cache_is_ignored_with_a_warning(fixture_site: Path) -> None:
    (fixture_site / CACHE).parent.mkdir(parents=True, exist_ok=True)
    (fixture_site / CACHE).write_text("{niet af", encoding="utf-8")
    output = build(fixture_site)
    assert f"{CACHE}: waarschuwing: een onleesbaar bestand van de build-cache; genegeerd" in output
    assert json.loads((fixture_site / CACHE).read_text(encoding="utf-8"))["results"]
    assert "Traceback" not in output


# What differs between any two builds of the same sources: Pagefind names its filter chunks by a hash of
# their content, whose order varies, and the meta file and entry file name those; entries.json says when
# it was built.
NONDETERMINISTIC = re.compile(r"pagefind/(filter/.*\.pf_filter|pagefind\..*\.pf_meta|pagefind-entry\.json)")
BUILT = re.compile(rb'"built": "[^"]*"')


def site_files(site: Path) -> dict[str, bytes]:
    files = {}
    for path in sorted(site.rglob("*")):
        name = path.relative_to(site).as_posix()
        if path.is_file():
            files[name] = b"" if NONDETERMINISTIC.fullmatch(name) else BUILT.sub(b"", path.read_bytes())
    return {NONDETERMINISTIC.sub("pagefind/(name varies)", name): data for name, data in files.items()}


def replaced(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{path}: no {old!r} to edit"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def committed_and_reverted(project: Path) -> None:
    """A commit and its revert: every file as before, the history not."""
    replaced(
        project / "docs" / f"{CITING_PAGE}.md", "title: Voorbeeldinterventie", "title: Een tijdelijke titel"
    )
    git(project, "commit", "-q", "-am", "Tijdelijke titel")
    git(project, "revert", "--no-edit", "HEAD")


# Each edit, of the project copy and of a copy of the kennisbank package the builds import.
EDITS: list[tuple[str, Callable[[Path, Path], None]]] = [
    # First: its commit takes every changed file along.
    ("history: a commit and its revert", lambda project, _: committed_and_reverted(project)),
    (
        "content: an entry's text",
        lambda project, _: replaced(
            project / "docs" / f"{CITING_PAGE}.md", "\n## ", "\nEen nieuwe zin van de inhoud.\n\n## "
        ),
    ),
    (
        "template: a partial in overrides/",
        lambda project, _: replaced(
            project / "overrides" / "partials" / "kennisbank" / "search.html", ">Filteren<", ">Verfijnen<"
        ),
    ),
    (
        "configuration: mkdocs.yml",
        lambda project, _: replaced(
            project / "mkdocs.yml", "copyright: >-\n", "copyright: >-\n  Gewijzigd.\n"
        ),
    ),
    (
        "code: a plugin's attribute a template reads (FILTER_LEGENDS)",
        lambda _, package: replaced(
            package / "search" / "markup.py", 'TYPE_FILTER: "Type"', 'TYPE_FILTER: "Soort pagina"'
        ),
    ),
    (
        "code: how pandoc's references are mended (pandoc_markdown.py)",
        lambda _, package: replaced(
            package / "citations" / "pandoc_markdown.py",
            'return "".join(parts)',
            'return "".join(parts).replace("Voorbeeldinstituut", "Het Voorbeeldinstituut")',
        ),
    ),
]


def test_after_every_kind_of_edit_a_build_with_the_cache_writes_what_one_without_it_writes(
    fixture_site: Path, tmp_path: Path
) -> None:
    code = tmp_path / "code"
    # The builds import this copy of the package (before the installed one), so its code can be edited.
    shutil.copytree(PACKAGE, code / "kennisbank", ignore=shutil.ignore_patterns("__pycache__"))
    env = {"PYTHONPATH": str(code)}

    def built(project: Path, extra: dict[str, str]) -> dict[str, bytes]:
        result = run_tool(["mkdocs", "build", "--strict"], project, env | extra)
        assert result.returncode == 0, result.stderr
        return site_files(project / "site")

    def without_cache() -> dict[str, bytes]:
        """The project as it is now, built in a copy that has no .cache/, and without using one."""
        fresh = tmp_path / "fresh"
        shutil.rmtree(fresh, ignore_errors=True)
        shutil.copytree(fixture_site, fresh, ignore=shutil.ignore_patterns(CACHE_FOLDER, "site"))
        return built(fresh, NO_CACHE)

    # A repository, so the history is part of what is built (the copies below take .git/ along).
    (fixture_site / ".gitignore").write_text(f"site/\n{CACHE_FOLDER}/\n", encoding="utf-8")
    git(fixture_site, "init", "-q", "-b", "main")
    git(fixture_site, "add", "-A")
    git(fixture_site, "commit", "-q", "-m", "Begin")
    before = built(fixture_site, {})  # fills the cache
    assert (fixture_site / CACHE).is_file()
    problems = []
    for kind, edit in EDITS:
        edit(fixture_site, code / "kennisbank")
        with_cache, without = built(fixture_site, {}), without_cache()
        assert without != before, f"{kind}: the edit changed nothing in the site"
        stale = sorted(
            name for name in with_cache.keys() | without.keys() if with_cache.get(name) != without.get(name)
        )
        if stale:
            problems.append(
                f"{kind}: with the cache, {len(stale)} files differ from a build without: {stale[:3]}"
            )
        before = without
    assert not problems, "\n".join(problems)


def test_with_kennisbank_cache_off_a_build_neither_reads_nor_writes_the_cache(
    fixture_site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (fixture_site / CACHE).parent.mkdir(parents=True, exist_ok=True)
    (fixture_site / CACHE).write_text("{niet af", encoding="utf-8")
    result = run_tool(["mkdocs", "build", "--strict"], fixture_site, NO_CACHE)
    assert result.returncode == 0, result.stderr
    assert "onleesbaar" not in result.stdout + result.stderr  # not read
    assert [path.name for path in (fixture_site / CACHE_FOLDER).iterdir()] == [CACHE.name]  # nothing written
    assert (fixture_site / CACHE).read_text(encoding="utf-8") == "{niet af"
