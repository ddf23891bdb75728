"""Releases with mike in a temporary git repository, what changed between them, and the life of an entry."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from kennisbank.content.corpus import Corpus
from kennisbank.plugin.lifecycle_pages import changes_page
from kennisbank.releases.changes import compare
from kennisbank.releases.history import NO_HISTORY
from kennisbank.releases.index import IndexedEntry, ReleaseIndex
from kennisbank.releases.root_pages import root_404
from tests.conftest import Released, git, git_project, run_tool


def html(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def test_two_releases_are_deployed_with_latest_as_default(released: Released) -> None:
    assert released.first.returncode == 0, released.first.stderr
    assert released.second.returncode == 0, released.second.stderr
    versions = json.loads((released.pages / "versions.json").read_text(encoding="utf-8"))
    assert versions == [
        {"version": "2026.2", "title": "2026.2", "aliases": ["latest"]},
        {"version": "2026.1", "title": "2026.1", "aliases": []},
    ]
    latest = released.pages / "latest"
    assert latest.is_dir() and not latest.is_symlink()  # plain static hosting needs no symlinks
    assert (latest / "index.html").read_bytes() == (released.pages / "2026.2" / "index.html").read_bytes()
    root = (released.pages / "index.html").read_text(encoding="utf-8")
    assert 'url=latest/"' in root


def test_canonical_urls_point_at_latest_and_citations_name_the_version(released: Released) -> None:
    old_entry = html(released.pages / "2026.1" / "interventies" / "int-001" / "index.html")
    assert old_entry.select_one('link[rel="canonical"]')["href"] == (
        "https://kennisbank.invalid/kb/latest/interventies/int-001/"
    )
    assert "versie 2026.1" in old_entry.select_one(".kb-cite__apa").get_text()
    config = json.loads(old_entry.select_one("#__config").get_text())
    assert config["version"] == {"provider": "mike", "default": "latest"}


def test_the_root_404_sends_unversioned_paths_to_latest(released: Released) -> None:
    page = (released.pages / "404.html").read_text(encoding="utf-8")
    assert 'var base="/kb/",known=["2026.2", "2026.1", "latest"]' in page
    assert "Content-Security-Policy" in page


def test_a_release_writes_no_headers_file(released: Released) -> None:
    """gh-pages goes to GitHub Pages, which sets no headers; in a version's folder no host reads _headers."""
    assert (released.pages / "404.html").is_file()
    assert sorted(released.pages.rglob("_headers")) == []


def test_each_release_records_its_entry_index_in_the_main_branch(released: Released) -> None:
    log = git(released.project, "log", "--format=%s", "main")
    assert "Release 2026.1: entry-index vastgelegd" in log
    assert "Release 2026.2: entry-index vastgelegd" in log
    first = json.loads((released.project / "releases/2026.1.json").read_text(encoding="utf-8"))
    assert first["version"] == "2026.1"
    assert first["entries"]["INT-001"]["title"] == "Voorbeeldinterventie"
    assert set(first["entries"]["INT-001"]) == {
        "type",
        "title",
        "retired",
        "hash",
        "fields",
        "status",
        "figure",
    }
    assert first["entries"]["CIJ-001"]["figure"] == "2025: 31.000"
    assert first["entries"]["INT-001"]["figure"] is None


def test_the_changes_page_lists_what_changed_per_release(released: Released) -> None:
    soup = html(released.pages / "2026.2" / "wijzigingen" / "index.html")
    text = soup.select_one("article").get_text(" ", strip=True)
    assert "2026.2" in text and "2026.1" in text
    assert "Gewijzigd: INT-001 · Herziene interventie : Titel" in text
    assert "Ingetrokken: EM-1" in text
    # Per release, a heading per type with its changes.
    release = soup.find("h2", id=re.compile("^20261"))
    assert release.find_next("h3").get_text(strip=True).removesuffix("¶") == "Interventies (1)"
    assert sum(text.count(f"Toegevoegd: {prefix}") for prefix in ("INT-", "BEV-", "AAN-")) >= 5


def test_a_retired_entry_stays_reachable_with_a_notice(released: Released) -> None:
    soup = html(released.pages / "2026.2" / "expertmeetings" / "em-1" / "index.html")
    notice = soup.select_one(".kb-retired")
    assert "Ingetrokken op 1 februari 2026" in notice.get_text()
    assert "Opgegaan in een latere bijeenkomst." in notice.get_text()


@pytest.mark.parametrize(
    ("prepare", "message"),
    [
        (
            lambda project: (project / "docs/index.md").write_text("gewijzigd\n", encoding="utf-8"),
            "niet schoon",
        ),
        (lambda project: None, "geen kalenderversie"),
    ],
)
def test_a_release_is_refused_on_a_dirty_tree_or_a_bad_version(
    tmp_path: Path, prepare: Callable[[Path], object], message: str
) -> None:
    project = tmp_path / "project"
    project.mkdir()
    git_project(project)
    prepare(project)
    version = "2026.1" if message == "niet schoon" else "versie-1"
    result = run_tool(["kennisbank", "release", version], project)
    assert result.returncode == 1
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert "gh-pages" not in git(project, "branch", "--list")


def test_a_release_is_refused_when_validation_fails(tmp_path: Path) -> None:
    project = tmp_path / "project"
    project.mkdir()
    git_project(project)
    path = project / "docs/interventies/int-001.md"
    path.write_text(
        path.read_text(encoding="utf-8").replace("status: in-gebruik", "status: actief"), encoding="utf-8"
    )
    git(project, "commit", "-q", "-am", "Fout")
    result = run_tool(["kennisbank", "release", "2026.1"], project)
    assert result.returncode == 1
    assert "de validatie faalt" in result.stderr and "docs/interventies/int-001.md:14" in result.stderr
    assert not (project / "releases").exists()


def indexed(title: str, hash_: str, /, *, retired: bool = False, **fields: str) -> IndexedEntry:
    return IndexedEntry("interventie", title, retired, hash_, fields)


def test_changes_between_two_constructed_releases() -> None:
    before = ReleaseIndex(
        "2026.1",
        date(2026, 1, 1),
        {
            "INT-001": indexed("Een", "a", title="1", phases="p"),
            "INT-002": indexed("Twee", "b", title="2"),
            "INT-003": indexed("Drie", "c", title="3"),
        },
    )
    after = ReleaseIndex(
        "2026.2",
        date(2026, 6, 1),
        {
            "INT-001": indexed("Een", "a2", title="1", phases="q", tekst="t"),
            "INT-002": indexed("Twee", "b"),
            "INT-003": indexed("Drie", "c2", retired=True, title="3"),
            "INT-004": indexed("Vier", "d"),
        },
    )
    changes = compare(before, after)
    assert changes.added == [("INT-004", "Vier")]
    assert [(item.id, item.fields) for item in changes.changed] == [("INT-001", ["phases", "tekst"])]
    assert changes.retired == [("INT-003", "Drie")]
    assert compare(None, before).added == [("INT-001", "Een"), ("INT-002", "Twee"), ("INT-003", "Drie")]


def record(project: Path, version: str, entries: dict[str, IndexedEntry]) -> None:
    folder = project / "releases"
    folder.mkdir(exist_ok=True)
    (folder / f"{version}.json").write_text(
        ReleaseIndex(version, date(2026, 1, 1), entries).to_json(), encoding="utf-8"
    )


def test_the_id_of_a_retired_entry_is_never_reused(fixture_site: Path) -> None:
    record(fixture_site, "2026.1", {"INT-001": indexed("Oud", "x", retired=True)})
    result = run_tool(["kennisbank", "check"], fixture_site)
    assert result.returncode == 1
    assert "docs/interventies/int-001.md:2: ID INT-001 is ingetrokken in release 2026.1" in result.stderr
    build = run_tool(["mkdocs", "build", "--strict"], fixture_site)
    assert build.returncode != 0 and "ID INT-001 is ingetrokken" in build.stderr


def test_an_entry_of_a_release_is_never_deleted(fixture_site: Path) -> None:
    record(fixture_site, "2026.1", {"INT-009": indexed("Verdwenen", "x")})
    result = run_tool(["kennisbank", "check"], fixture_site)
    assert result.returncode == 1
    assert (
        "releases/2026.1.json: INT-009 (Verdwenen) stond in release 2026.1 en bestaat niet meer"
        in result.stderr
    )


def test_an_overdue_review_warns_without_failing_and_is_listed(fixture_site: Path) -> None:
    path = fixture_site / "docs/bevindingen/bev-001.md"
    path.write_text(
        path.read_text(encoding="utf-8").replace("reviewed: 2026-01-15", "reviewed: 2020-03-01"), "utf-8"
    )
    check = run_tool(["kennisbank", "check"], fixture_site)
    assert check.returncode == 0
    assert "docs/bevindingen/bev-001.md:6: waarschuwing: herziening verlopen sinds 2022-03-01" in check.stderr
    build = run_tool(["mkdocs", "build", "--strict"], fixture_site)
    assert build.returncode == 0, build.stderr
    rows = html(fixture_site / "site/te-herzien/index.html").select("article tbody tr")
    assert rows[0].select_one("td").get_text() == "BEV-001"


def test_a_moved_page_keeps_its_old_url(fixture_site: Path) -> None:
    config = fixture_site / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8").replace(
            "      redirect_maps: {}",
            "      redirect_maps:\n        oud/interventie.md: interventies/int-001.md",
        ),
        encoding="utf-8",
    )
    build = run_tool(["mkdocs", "build", "--strict"], fixture_site)
    assert build.returncode == 0, build.stderr
    old = (fixture_site / "site/oud/interventie/index.html").read_text(encoding="utf-8")
    assert "../../interventies/int-001/" in old


def test_the_root_404_has_a_hash_for_its_only_script() -> None:
    page = root_404("/", ["2026.1"])
    script = page.split("<script>")[1].split("</script>")[0]
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in page
    # default-src does not cover these two: the page can neither rebase its links nor post a form.
    assert "base-uri 'none'" in page and "form-action 'none'" in page


def series(figure: str | None) -> IndexedEntry:
    return IndexedEntry("reeks", "Meldingen", False, figure or "-", {"points": figure or "-"}, None, figure)


def test_a_new_figure_of_a_series_shows_in_the_change_list_of_a_release() -> None:
    before = ReleaseIndex("2026.1", date(2026, 1, 1), {"CIJ-001": series("2024: 25.347")})
    after = ReleaseIndex("2026.2", date(2026, 6, 1), {"CIJ-001": series("2025: 31.000")})
    page = changes_page([before, after], after, Corpus([]), NO_HISTORY)
    assert (
        "Gewijzigd: CIJ-001 · Meldingen: Meetpunten (laatste cijfer: 2024: 25.347 → **2025: 31.000**)" in page
    )
    # An index recorded before the figure was kept has none: the change shows what is known.
    older = ReleaseIndex("2026.1", date(2026, 1, 1), {"CIJ-001": series(None)})
    assert "(laatste cijfer: geen → **2025: 31.000**)" in changes_page(
        [older, after], after, Corpus([]), NO_HISTORY
    )
    assert "laatste cijfer" not in changes_page([before], before, Corpus([]), NO_HISTORY)


def test_an_entry_s_history_links_each_change_to_the_release_that_published_it(released: Released) -> None:
    path = released.pages / "2026.2" / "interventies" / "int-001" / "index.html"
    changes = html(path).select(".kb-history li")
    lines = [item.get_text(" ", strip=True) for item in changes]
    assert lines[0].endswith("Gewijzigd: Titel release 2026.2"), lines
    assert lines[-1].endswith("Toegevoegd release 2026.1"), lines
    for item, version in ((changes[0], "2026.2"), (changes[-1], "2026.1")):
        target = (path.parent / item.select_one("a")["href"]).resolve()
        # The copy of the page in that release, published beside this one on gh-pages.
        assert target == (released.pages / version / "interventies" / "int-001").resolve()
        assert (target / "index.html").is_file()
