"""An entry's history from the repository: what each commit changed in it (kind, fields, sections), which
release first published it, and what a copy with cut-off or no history says."""

from __future__ import annotations

import os
import subprocess
from datetime import date
from pathlib import Path

import feedparser
import markdown
import pytest
from bs4 import BeautifulSoup

from kennisbank.dutch import dutch_date
from kennisbank.model import ENTRY_TYPES
from kennisbank.plugin.history_section import HISTORY_ANCHOR
from kennisbank.releases.feed import FEED_FILE
from kennisbank.releases.history import Kind, Revision, describe, read_history
from kennisbank.text.literal import markdown_literal, plain_heading
from tests.atom import atom_problems
from tests.conftest import GIT_IDENTITY, git, git_project, run_tool
from tests.test_fixture_site import page

ENTRY = "docs/interventies/int-001.md"
INTERVENTION = next(entry_type for entry_type in ENTRY_TYPES if entry_type.folder == "interventies").model

TEXT = """---
id: INT-001
title: Een interventie
summary: Een samenvatting van twintig tekens of meer.
reviewed: 2026-01-15
---

## Wat het is

Een zin.

## Wat bekend is

Nog een zin.
"""


class Repository:
    """A repository whose commits are made one day apart, so their order is their dates' order."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.day = 0
        root.mkdir(parents=True, exist_ok=True)
        self.git("init", "-q", "-b", "main")

    def git(self, *args: str) -> str:
        moment = f"2026-03-{max(self.day, 1):02d}T12:00:00+01:00"
        env = {**os.environ, **GIT_IDENTITY, "GIT_AUTHOR_DATE": moment, "GIT_COMMITTER_DATE": moment}
        result = subprocess.run(
            ["git", *args], cwd=self.root, env=env, capture_output=True, text=True, check=False
        )
        assert result.returncode == 0, result.stderr
        return result.stdout

    def write(self, path: str, text: str) -> None:
        target = self.root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")

    def commit(self, message: str) -> str:
        self.day += 1
        self.git("add", "-A")
        self.git("commit", "-q", "-m", message)
        return self.git("rev-parse", "HEAD").strip()

    def history(self, root: Path | None = None) -> list[Revision]:
        where = root or self.root
        return list(read_history(where, where / "docs", where / "releases").of(ENTRY).revisions)


@pytest.fixture
def repository(tmp_path: Path) -> Repository:
    repository = Repository(tmp_path / "project")
    repository.write(ENTRY, TEXT)
    repository.commit("Toegevoegd")
    return repository


def edit(repository: Repository, old: str, new: str, path: str = ENTRY) -> None:
    text = (repository.root / path).read_text(encoding="utf-8")
    assert old in text, old
    repository.write(path, text.replace(old, new))


def test_each_commit_is_a_change_with_the_fields_and_sections_it_touched(repository: Repository) -> None:
    edit(repository, "Een samenvatting", "Een andere samenvatting")
    edit(repository, "Een zin.", "Een betere zin.")
    repository.commit("Samenvatting en tekst")
    edit(repository, "reviewed: 2026-01-15", "reviewed: 2026-03-03")
    repository.commit("Gecontroleerd")
    edit(repository, "Nog een zin.", "Nog een zin.   ")  # white space only: nothing a reader sees
    repository.commit("Spaties")
    revisions = repository.history()
    assert [(revision.kind, revision.fields, revision.sections) for revision in revisions] == [
        (Kind.REVIEWED, ("reviewed",), ()),
        (Kind.CHANGED, ("summary",), ("Wat het is",)),
        (Kind.ADDED, (), ()),
    ]
    assert [revision.day for revision in revisions] == [date(2026, 3, 3), date(2026, 3, 2), date(2026, 3, 1)]
    assert describe(revisions[1], INTERVENTION) == "Gewijzigd: Samenvatting; tekst: Wat het is"
    assert describe(revisions[0], INTERVENTION) == "Opnieuw beoordeeld"
    assert describe(revisions[2], INTERVENTION) == "Toegevoegd"


def test_a_change_names_fields_by_their_title_and_counts_the_rest_in_brief(repository: Repository) -> None:
    edit(repository, "title: Een interventie", "title: Een betere interventie")
    edit(repository, "Een samenvatting", "Een andere samenvatting")
    edit(repository, "Een zin.", "Een betere zin.")
    edit(repository, "Nog een zin.", "Nog een andere zin.")
    repository.commit("Veel")
    newest = repository.history()[0]
    assert describe(newest, INTERVENTION) == (
        "Gewijzigd: Titel, Samenvatting; tekst: Wat het is, Wat bekend is"
    )
    assert describe(newest, INTERVENTION, at_most=3) == (
        "Gewijzigd: Titel, Samenvatting; tekst: Wat het is; en 1 meer"
    )
    # A field the model no longer has is named as it was written.
    assert describe(newest, None) == "Gewijzigd: title, summary; tekst: Wat het is, Wat bekend is"


def test_a_retired_or_moved_entry_says_so(repository: Repository) -> None:
    edit(
        repository,
        "reviewed: 2026-01-15",
        "reviewed: 2026-01-15\nretired: 2026-03-02\nretired_reason: Verouderd.",
    )
    repository.commit("Ingetrokken")
    repository.git("mv", ENTRY, "docs/interventies/int-009.md")
    repository.commit("Verplaatst")
    moved = read_history(repository.root, repository.root / "docs", repository.root / "releases")
    revisions = moved.of("docs/interventies/int-009.md").revisions
    # The history follows the file to its new name.
    assert [revision.kind for revision in revisions] == [Kind.MOVED, Kind.RETIRED, Kind.ADDED]
    assert moved.of(ENTRY).revisions == ()


def test_a_change_belongs_to_the_first_release_recorded_after_it(repository: Repository) -> None:
    edit(repository, "Een zin.", "Een betere zin.")
    repository.commit("Voor de release")
    repository.write("releases/2026.1.json", "{}\n")
    repository.commit("Release 2026.1: entry-index vastgelegd")
    edit(repository, "Nog een zin.", "Nog een betere zin.")
    repository.commit("Na de release")
    history = read_history(repository.root, repository.root / "docs", repository.root / "releases")
    assert [revision.release for revision in history.of(ENTRY).revisions] == [None, "2026.1", "2026.1"]
    assert history.releases == ("2026.1",)


def test_a_shallow_clone_says_where_its_history_begins(repository: Repository, tmp_path: Path) -> None:
    edit(repository, "Een zin.", "Een betere zin.")
    repository.commit("Tweede")
    edit(repository, "Nog een zin.", "Nog een betere zin.")
    repository.commit("Derde")
    shallow = tmp_path / "shallow"
    clone = ["git", "clone", "-q", "--depth", "2", f"file://{repository.root}", str(shallow)]
    subprocess.run(clone, check=True)
    # The oldest commit of the clone is its boundary, which git shows as adding every file: no change.
    history = read_history(shallow, shallow / "docs", shallow / "releases")
    revisions = history.of(ENTRY).revisions
    assert [revision.sections for revision in revisions] == [("Wat bekend is",)]
    assert history.of(ENTRY).cut and history.cut_at == date(2026, 3, 2)
    assert history.last_changed(ENTRY) == date(2026, 3, 3)
    single = tmp_path / "single"
    subprocess.run(
        ["git", "clone", "-q", "--depth", "1", f"file://{repository.root}", str(single)], check=True
    )
    cut = read_history(single, single / "docs", single / "releases")
    assert cut.available and cut.of(ENTRY).revisions == () and cut.of(ENTRY).cut
    assert cut.last_changed(ENTRY) is None


def test_without_a_repository_there_is_no_history(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    history = read_history(tmp_path, tmp_path / "docs", tmp_path / "releases")
    assert not history.available
    assert history.last_changed(ENTRY) is None


def test_changes_are_listed_newest_first_across_entries(repository: Repository) -> None:
    other = "docs/interventies/int-002.md"
    repository.write(other, TEXT.replace("INT-001", "INT-002"))
    repository.commit("Tweede entry")
    edit(repository, "Een zin.", "Een betere zin.")
    repository.commit("Eerste entry gewijzigd")
    history = read_history(repository.root, repository.root / "docs", repository.root / "releases")
    newest = [(path, revision.kind) for path, revision in history.newest([ENTRY, other])]
    assert newest == [(ENTRY, Kind.CHANGED), (other, Kind.ADDED), (ENTRY, Kind.ADDED)]
    assert [path for path, _ in history.newest([ENTRY, other], 2)] == [ENTRY, other]


# A commit on the fixture site shows everywhere a reader follows changes.


@pytest.fixture(scope="module")
def changed_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture site in a repository: a first commit, then one that changes INT-001's summary; built
    with the site's address set, as a release is."""
    project = tmp_path_factory.mktemp("history") / "project"
    project.mkdir()
    git_project(project)
    entry = project / "docs/interventies/int-001.md"
    text = entry.read_text(encoding="utf-8")
    entry.write_text(
        text.replace("summary: Een interventie", "summary: Een herziene interventie"), encoding="utf-8"
    )
    git(project, "commit", "-q", "-am", "Samenvatting herzien")
    result = run_tool(["mkdocs", "build", "--strict"], project, env={"KENNISBANK_SITE_URL": SITE_URL})
    assert result.returncode == 0, result.stderr
    return project / "site"


SITE_URL = "https://kennisbank.invalid/kb/"


def test_the_entry_page_shows_its_history_newest_first(changed_site: Path) -> None:
    soup = page(changed_site, "interventies/int-001")
    changes = [item.get_text(" ", strip=True) for item in soup.select(".kb-history li")]
    today = dutch_date(date.today())
    assert changes == [f"{today} Gewijzigd: Samenvatting", f"{today} Toegevoegd"]
    assert soup.select_one(".kb-history time")["datetime"] == date.today().isoformat()
    # The card's last change leads to the history, and so does the table of contents.
    assert soup.select_one('[data-field="last_changed"] a')["href"] == f"#{HISTORY_ANCHOR}"
    assert soup.select_one(f'.md-sidebar--secondary a[href="#{HISTORY_ANCHOR}"]') is not None
    assert soup.select_one(".kb-history")["data-pagefind-ignore"] == "all"


def test_the_feed_is_valid_atom_with_the_change_first(changed_site: Path) -> None:
    document = (changed_site / FEED_FILE).read_bytes()
    assert atom_problems(document) == []
    feed = feedparser.parse(document)
    assert not feed.bozo and feed.version == "atom10"
    newest = feed.entries[0]
    assert newest.title == "INT-001 · Voorbeeldinterventie (gewijzigd)"
    assert newest.summary == "Gewijzigd: Samenvatting"
    assert newest.link == f"{SITE_URL}interventies/int-001/"
    assert [tag.term for tag in newest.tags] == ["interventie"]
    assert feed.feed.id == f"{SITE_URL}{FEED_FILE}"
    # The first commit added every entry: one item per entry per change, newest first.
    entries = sum(1 for path in (changed_site.parent / "docs").rglob("*.md") if path.stem[:3] in PREFIXES)
    assert len(feed.entries) == entries + 1
    times = [entry.updated_parsed for entry in feed.entries]
    assert times == sorted(times, reverse=True)


PREFIXES = {"int", "bev", "dad", "aan", "em-", "org", "cij", "beg"}


def test_every_page_names_the_feed_in_its_head(changed_site: Path) -> None:
    pages = list(changed_site.rglob("index.html"))
    assert len(pages) > 20
    for path in pages:
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        link = soup.select_one('head link[rel="alternate"][type="application/atom+xml"]')
        assert link is not None, path
        assert (path.parent / link["href"]).resolve() == (changed_site / FEED_FILE).resolve(), path


def test_the_changes_page_lists_what_no_release_holds_by_type(changed_site: Path) -> None:
    soup = page(changed_site, "wijzigingen")
    text = soup.select_one("article").get_text(" ", strip=True)
    assert "Sinds het begin (er is nog geen release)" in text
    headings = [heading.get_text(strip=True) for heading in soup.select("article h3")]
    assert "Interventies (1)" in [heading.removesuffix("¶") for heading in headings]
    line = next(item for item in soup.select("article li") if "INT-001" in item.get_text())
    assert line.get_text(" ", strip=True).endswith("Gewijzigd: Samenvatting (en 1 eerdere wijziging)")
    assert soup.select_one(f'article a[href$="{FEED_FILE}"]') is not None


def test_the_home_page_lists_the_latest_changes(changed_site: Path) -> None:
    soup = page(changed_site, "")
    heading = soup.find("h2", id="laatste-wijzigingen")
    items = heading.find_next("ul").select("li")
    assert len(items) == 5
    assert "INT-001" in items[0].get_text() and items[0].get_text().endswith("Gewijzigd: Samenvatting")
    assert items[0].get_text().startswith(dutch_date(date.today()))


def test_a_copy_without_history_says_so_and_builds(fixture_site: Path) -> None:
    result = run_tool(["mkdocs", "build", "--strict"], fixture_site)  # the fixture copy is no repository
    assert result.returncode == 0, result.stderr
    soup = page(fixture_site / "site", "interventies/int-001")
    assert "geen versiegeschiedenis" in soup.select_one(".kb-history").get_text()
    assert soup.select_one('[data-field="last_changed"] dd').get_text(" ", strip=True).startswith("onbekend")
    home = page(fixture_site / "site", "").get_text()
    assert "geen versiegeschiedenis" in home
    document = (fixture_site / "site" / FEED_FILE).read_bytes()
    assert atom_problems(document) == [] and feedparser.parse(document).entries == []


@pytest.mark.parametrize(
    ("heading", "plain"),
    [
        ("Wat het is", "Wat het is"),
        ("Wat *niet* bekend is {#onbekend}", "Wat niet bekend is"),
        ("Volgens [BEV-001](../bevindingen/bev-001.md) en [@rapport2021]", "Volgens BEV-001 en"),
        ("Een <em>nadruk</em> en een voetnoot[^1]", "Een nadruk en een voetnoot"),
        ("Minder &lt; meer &amp; &#8220;gelijk&#8221;", "Minder < meer & \u201cgelijk\u201d"),
    ],
)
def test_a_heading_is_named_in_plain_words(heading: str, plain: str) -> None:
    assert plain_heading(heading) == plain


@pytest.mark.parametrize(
    "text",
    [
        "Wat het is & doet <script>x</script>",
        "[INT-002](int-002.md) en [@rapport2021] met *nadruk* en `code`",
        "1. geen lijst; # geen kop; \\ een backslash; &amp; geen entiteit",
    ],
)
def test_a_literal_shows_exactly_its_text(text: str) -> None:
    html = markdown.markdown(f"- {markdown_literal(text)}")
    item = BeautifulSoup(html, "html.parser").select_one("li")
    assert item is not None and item.get_text() == text and not item.find(True)


def test_a_heading_with_a_link_is_named_in_plain_words_on_the_changes_page(tmp_path: Path) -> None:
    project = tmp_path / "project"
    project.mkdir()
    git_project(project)
    entry = project / "docs/interventies/int-001.md"
    heading = "## Wat *het* is & doet volgens [BEV-001](../bevindingen/bev-001.md)"
    entry.write_text(entry.read_text(encoding="utf-8").replace("## Wat het is", heading), encoding="utf-8")
    git(project, "commit", "-q", "-am", "Kop met een link")
    result = run_tool(["mkdocs", "build", "--strict"], project)
    assert result.returncode == 0, result.stderr
    line = next(
        item
        for item in page(project / "site", "wijzigingen").select("article li")
        if "INT-001" in item.get_text()
    )
    assert line.get_text(" ", strip=True).endswith(
        "tekst: Wat het is & doet volgens BEV-001, Wat het is (en 1 eerdere wijziging)"
    )
    # The section's name is text there: its link stays in the entry.
    assert [link.get_text() for link in line.select("a")] == ["INT-001 · Voorbeeldinterventie"]
