"""The kennisbank/export plugin: open data checked against its own schema and the model, the Data page,
the handouts, and the "edit this page" link in both of its states."""

from __future__ import annotations

import copy
import csv
import io
import json
import os
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import jsonschema
import pytest
from bs4 import BeautifulSoup
from mkdocs.config import load_config

from kennisbank.content.bibliography import load_bibliography
from kennisbank.content.corpus import Corpus, load_corpus
from kennisbank.export.handouts import RECOMMENDATION
from kennisbank.export.records import csv_columns
from kennisbank.mkdocs_settings import project_paths
from kennisbank.model import ENTRY_TYPES, EntryType
from kennisbank.model.fields import FieldKind, names_of
from kennisbank.project import ProjectPaths

from .conftest import copy_fixture_site, run_tool

DATA = "data"
REPO_URL = "https://git.example.invalid/redactie/kennisbank"


def paths_of(project: Path) -> ProjectPaths:
    return project_paths(load_config(str(project / "mkdocs.yml")))


def corpus_of(project: Path) -> Corpus:
    corpus, _ = load_corpus(paths_of(project))
    return corpus


def validator(site: Path) -> jsonschema.Draft202012Validator:
    schema = json.loads((site / DATA / "schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


def entries_json(site: Path) -> dict:
    return json.loads((site / DATA / "entries.json").read_text(encoding="utf-8"))


def soup_of(site: Path, url: str) -> BeautifulSoup:
    return BeautifulSoup((site / url / "index.html").read_text(encoding="utf-8"), "html.parser")


@pytest.mark.parametrize("which", ["fixture", "real"])
def test_entries_json_validates_against_schema_json(
    which: str, built_fixture_site: Path, site_dir: Path, root: Path
) -> None:
    site, project = (
        (built_fixture_site, built_fixture_site.parent) if which == "fixture" else (site_dir, root)
    )
    document = entries_json(site)
    errors = [error.message for error in validator(site).iter_errors(document)]
    assert errors == []
    corpus = corpus_of(project)
    assert [entry["id"] for entry in document["entries"]] == list(corpus.by_id)
    assert {t["name"]: t["count"] for t in document["types"]} == {
        t.name: len(corpus.of_type(t)) for t in ENTRY_TYPES
    }


def test_the_schema_rejects_what_the_model_rejects(built_fixture_site: Path) -> None:
    check = validator(built_fixture_site)
    document = entries_json(built_fixture_site)
    for change in (
        lambda entry: entry["fields"].update(status="misschien"),
        lambda entry: entry["fields"].update(onbekend_veld="x"),
        lambda entry: entry["fields"].pop("summary"),
        lambda entry: entry.update(id="INT-1"),
        lambda entry: entry["links_to"].append({"field": "related", "id": "XYZ-001"}),
    ):
        broken = copy.deepcopy(document)
        change(next(entry for entry in broken["entries"] if entry["id"] == "INT-001"))
        assert not check.is_valid(broken)


def test_entries_carry_version_build_date_relations_both_ways_and_citations(built_fixture_site: Path) -> None:
    document = entries_json(built_fixture_site)
    data_page = " ".join(soup_of(built_fixture_site, DATA).get_text(" ").split())
    assert document["name"] == load_config(str(built_fixture_site.parent / "mkdocs.yml")).site_name
    assert document["version"] and f"versie {document['version']}" in data_page
    built = datetime.fromisoformat(document["built"])
    assert timedelta(0) <= datetime.now(UTC) - built < timedelta(days=1)
    entries = {entry["id"]: entry for entry in document["entries"]}
    assert {"field": "related", "id": "BEV-001"} in entries["INT-001"]["links_to"]
    assert {"field": "related", "id": "INT-001"} in entries["BEV-001"]["linked_from"]
    assert {"field": "chair", "id": "ORG-voorbeeld"} in entries["EM-1"]["links_to"]
    assert {"field": "chair", "id": "EM-1"} in entries["ORG-voorbeeld"]["linked_from"]
    citations = {citation["key"]: citation["reference"] for citation in entries["BEV-001"]["citations"]}
    assert set(citations) == {"artikel2020", "rapport2021"}
    assert "Jansen" in citations["artikel2020"]
    assert entries["INT-001"]["fields"]["phases"] == ["preventie", "signalering"]
    assert entries["INT-001"]["url"] == "interventies/int-001/"
    assert (built_fixture_site / entries["INT-001"]["url"] / "index.html").is_file()


@pytest.mark.parametrize("entry_type", ENTRY_TYPES, ids=lambda t: t.name)
def test_one_csv_per_type_with_the_models_fields_as_columns(
    built_fixture_site: Path, entry_type: EntryType
) -> None:
    text = (built_fixture_site / DATA / f"{entry_type.folder}.csv").read_text(encoding="utf-8")
    rows = list(csv.reader(io.StringIO(text)))
    tables = set(names_of(entry_type.model, FieldKind.ROWS))
    fields = [name for name in entry_type.model.model_fields if name not in tables]
    assert rows[0] == [column for name in fields for column in csv_columns(entry_type.model, name)]
    corpus = corpus_of(built_fixture_site.parent)
    assert [row[0] for row in rows[1:]] == [entry.id for entry in corpus.of_type(entry_type)]
    if entry_type.name == "interventie":
        row = dict(zip(rows[0], rows[1], strict=True))
        assert (row["phases"], row["mnr"], row["related"]) == ("preventie; signalering", "mnr-13", "BEV-001")
        assert row["reviewed"] == "2026-01-15"
        assert (row["evidence.effect"], row["evidence.study"]) == ("gunstig", "artikel2020")


def test_the_points_of_every_series_are_one_csv_with_series_period_value_unit_and_source(
    built_fixture_site: Path,
) -> None:
    text = (built_fixture_site / DATA / "meetpunten.csv").read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert list(rows[0]) == ["series", "period", "value", "unit", "source", "note"]
    assert [(row["series"], row["period"], row["value"], row["unit"], row["source"]) for row in rows] == [
        ("CIJ-001", "2023", "1200", "aantal", "artikel2020"),
        ("CIJ-001", "2024", "25347", "aantal", "rapport2021"),
        ("CIJ-001", "2025", "31000", "aantal", "rapport2021"),
    ]
    assert rows[1]["note"] == "Andere telwijze dan in 2023"
    entries = json.loads((built_fixture_site / DATA / "entries.json").read_text(encoding="utf-8"))
    series = next(entry for entry in entries["entries"] if entry["id"] == "CIJ-001")
    assert series["fields"]["points"][0] == {
        "period": "2023",
        "value": 1200,
        "source": "artikel2020",
        "note": None,
    }
    using = next(entry for entry in entries["entries"] if entry["id"] == "BEV-010")
    assert {"field": "series", "id": "CIJ-001"} in using["links_to"]


def test_bibliography_json_is_csl_json_of_every_source(built_fixture_site: Path) -> None:
    references = json.loads((built_fixture_site / DATA / "bibliography.json").read_text(encoding="utf-8"))
    bibliography, _ = load_bibliography(paths_of(built_fixture_site.parent))
    assert sorted(reference["id"] for reference in references) == sorted(bibliography.entries)
    by_id = {reference["id"]: reference for reference in references}
    assert by_id["bruggen2021"]["type"] == "report"
    assert by_id["bruggen2021"]["issued"]["date-parts"] == [[2021, 11, 2]]
    assert by_id["webpagina2024"]["title"] == "Ideeën over ë-protection, én coöperatie"
    # What Zotero exported along with the record (tests/fixtures/site/bibliography/zotero.bib) is not
    # published: its abstract, keywords and the path of the PDF on the contributor's computer.
    assert by_id["bruggen2021"]["DOI"] == "10.1177/1079063220981063"
    published = (built_fixture_site / DATA / "bibliography.json").read_text(encoding="utf-8")
    for field in ("abstract", "keyword", "annote", "Zotero", "samenvatting van de auteurs"):
        assert field not in published, field


def test_the_data_page_documents_every_file_and_column(built_fixture_site: Path) -> None:
    soup = soup_of(built_fixture_site, DATA)
    article = soup.select_one("article")
    links = {a["href"] for a in article.select("a")}
    files = ["entries.json", "schema.json", "bibliography.json", *(f"{t.folder}.csv" for t in ENTRY_TYPES)]
    for name in files:
        assert name in links, name
        assert (built_fixture_site / DATA / name).is_file()
    text = article.get_text(" ")
    for entry_type in ENTRY_TYPES:
        for field in entry_type.model.model_fields:
            assert field in text
    for key in ("links_to", "linked_from", "citations", "version", "built"):
        assert key in text


def test_every_meeting_has_a_handout_with_its_recommendations_and_what_they_refer_to(
    site_dir: Path, root: Path
) -> None:
    corpus = corpus_of(root)
    meetings = [entry for entry in corpus.by_id.values() if entry.entry_type.name == "expertmeeting"]
    assert meetings
    linked_anywhere = 0
    for meeting in meetings:
        soup = soup_of(site_dir, f"handouts/{meeting.id.lower()}")
        article = soup.select_one("article")
        assert meeting.data.title in article.select_one("h1").get_text()
        ids = {a.get_text().split(" · ")[0] for a in article.select("a")}
        recommendations = [e for e in corpus.related(meeting.id) if e.entry_type == RECOMMENDATION]
        for recommendation in recommendations:
            assert recommendation.id in ids
            for other in corpus.related(recommendation.id):
                assert other.id in ids, (meeting.id, recommendation.id, other.id)
        linked_anywhere += bool(recommendations)
        assert soup.select_one(".md-sidebar") is not None  # an ordinary page; print.css hides the rest
        entry_page = soup_of(site_dir, meeting.src_uri.removesuffix(".md"))
        link = entry_page.select_one(".kb-handout-link a")
        assert link["href"] == f"../../handouts/{meeting.id.lower()}/"
    assert linked_anywhere, "at least one meeting on the real site has a recommendation"
    overview = soup_of(site_dir, "handouts").select("article li a")
    assert [a.get_text().split(" · ")[0] for a in overview] == [meeting.id for meeting in meetings]


def build_fixture(project: Path, env: dict[str, str | None]) -> Path:
    copy_fixture_site(project)
    with pytest.MonkeyPatch.context() as patch:
        for name, value in env.items():
            if value is None:
                patch.delenv(name, raising=False)
            else:
                patch.setenv(name, value)
        result = run_tool(["mkdocs", "build", "--strict"], project)
    assert result.returncode == 0, result.stderr
    return project / "site"


@pytest.fixture(scope="module")
def edit_link_sites(built_fixture_site: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict]:
    configured = tmp_path_factory.mktemp("edit") / "project"
    configured.mkdir()
    sites = {
        "configured": build_fixture(
            configured, {"KENNISBANK_REPO_URL": REPO_URL, "KENNISBANK_EDIT_URI": "edit/main/docs/"}
        )
    }
    if os.environ.get("KENNISBANK_REPO_URL") or os.environ.get("KENNISBANK_EDIT_URI"):
        plain = tmp_path_factory.mktemp("plain") / "project"
        plain.mkdir()
        sites["unconfigured"] = build_fixture(
            plain, {"KENNISBANK_REPO_URL": None, "KENNISBANK_EDIT_URI": None}
        )
    else:
        sites["unconfigured"] = built_fixture_site
    yield sites


ENTRY_PAGES = [
    "interventies/int-001",
    "bevindingen/bev-001",
    "expertmeetings/em-1",
    "organisaties/org-voorbeeld",
]
GENERATED_PAGES = ["interventies", "inhoudsmodel", DATA, "handouts/em-1", "."]


def test_with_a_repository_configured_every_entry_has_an_edit_link(edit_link_sites: dict) -> None:
    site = edit_link_sites["configured"]
    for url in ENTRY_PAGES:
        link = soup_of(site, url).select_one('a.md-content__button[rel="edit"]')
        assert link is not None, url
        assert link["href"] == f"{REPO_URL}/edit/main/docs/{url}.md"
        assert link["title"] == "Wijzig deze pagina"
    for url in GENERATED_PAGES:
        if url != ".":  # docs/index.md is a file of its own and may be edited too
            assert soup_of(site, url).select_one('a[rel="edit"]') is None, url


def test_without_a_repository_no_page_has_an_edit_link(edit_link_sites: dict) -> None:
    site = edit_link_sites["unconfigured"]
    for url in ENTRY_PAGES + GENERATED_PAGES:
        soup = soup_of(site, url)
        assert soup.select_one('a[rel="edit"]') is None, url
        assert soup.select_one(".md-source") is None, url
