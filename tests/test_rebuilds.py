"""What `mkdocs serve` shows after a change: each rebuild shows the changed input, whatever the build keeps
between builds (the formatted citations, the CSL-JSON, the search terms, the plugin objects).

`Serving` rebuilds as `mkdocs serve` does: the configuration is read again for every build, and the
plugin objects that have on_startup are the same from build to build.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config

from tests.conftest import git, git_project
from tests.test_fixture_site import page

ENTRY = "interventies/int-001"
# Tests about the cache use it, whatever the developer's environment says.
pytestmark = pytest.mark.usefixtures("with_cache")
SERVE_URL = "http://127.0.0.1:8000/"


class Serving:
    def __init__(self, project: Path) -> None:
        self.project = project
        load_config(str(project / "mkdocs.yml")).plugins.on_startup(command="serve", dirty=False)

    def rebuild(self) -> Path:
        with contextlib.chdir(self.project):
            build(load_config(str(self.project / "mkdocs.yml")), serve_url=SERVE_URL)
        return self.project / "site"

    def stop(self) -> None:
        load_config(str(self.project / "mkdocs.yml")).plugins.on_shutdown()


@pytest.fixture
def serving(fixture_site: Path) -> Iterator[Serving]:
    server = Serving(fixture_site)
    server.rebuild()
    yield server
    server.stop()


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_an_edited_entry_shows_on_its_page_and_in_its_catalogue(serving: Serving) -> None:
    edit(serving.project / "docs" / f"{ENTRY}.md", "title: Voorbeeldinterventie", "title: Herschreven titel")
    site = serving.rebuild()
    assert page(site, ENTRY).h1.get_text(strip=True) == "Herschreven titel"
    assert "Herschreven titel" in page(site, "interventies").get_text()


def test_a_changed_citation_shows_in_the_next_rebuild(serving: Serving) -> None:
    edit(serving.project / "docs" / f"{ENTRY}.md", "[@rapport2021]", "[@rapport2021, p. 97]")
    assert "(Voorbeeldinstituut, 2021, p. 97)" in page(serving.rebuild(), ENTRY).get_text()


def test_a_changed_bibtex_record_shows_in_the_next_rebuild(serving: Serving) -> None:
    edit(serving.project / "bibliography" / "test.bib", "Een rapport over voorbeelden", "Een herzien rapport")
    site = serving.rebuild()
    assert "Een herzien rapport" in page(site, ENTRY).get_text()
    assert "Een herzien rapport" in (site / "data" / "bibliography.json").read_text(encoding="utf-8")


def last_changed(site: Path) -> str | None:
    fact = page(site, ENTRY).select_one('[data-field="last_changed"] time')
    return fact["datetime"] if fact is not None else None


def test_a_new_commit_shows_as_the_entrys_last_change(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "project").mkdir()
    project = git_project(tmp_path / "project")
    server = Serving(project)
    try:
        first = last_changed(server.rebuild())
        edit(project / "docs" / f"{ENTRY}.md", "title: Voorbeeldinterventie", "title: Nieuwe versie")
        monkeypatch.setenv("GIT_COMMITTER_DATE", "2026-11-30T12:00:00")
        git(project, "commit", "-q", "-am", "Nieuwe versie")
        assert first != "2026-11-30"
        assert last_changed(server.rebuild()) == "2026-11-30"
    finally:
        server.stop()


def test_the_second_of_two_identical_rebuilds_writes_the_same_pages(serving: Serving) -> None:
    before = {path: path.read_bytes() for path in (serving.project / "site").rglob("*.html")}
    after = {path: path.read_bytes() for path in serving.rebuild().rglob("*.html")}
    assert before == after
