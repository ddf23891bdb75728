"""The pages generated from the content model, checked against the model on the real site."""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from mkdocs.config import load_config

from kennisbank.content.corpus import Corpus, load_corpus
from kennisbank.mkdocs_settings import project_paths
from kennisbank.model import ENTRY_TYPES, EntryType
from kennisbank.model.entries import Reeks
from kennisbank.model.fields import facets
from kennisbank.model.vocabularies import Audience, MnrDomain, Phase
from tools.bench.measure import pagefind_fragment


@pytest.fixture(scope="module")
def corpus(root: Path) -> Corpus:
    loaded, _ = load_corpus(project_paths(load_config(str(root / "mkdocs.yml"))))
    return loaded


def soup_of(site: Path, url: str) -> BeautifulSoup:
    return BeautifulSoup((site / url / "index.html").read_text(encoding="utf-8"), "html.parser")


def slugs(value: object) -> list[str]:
    values = value if isinstance(value, list) else [] if value is None else [value]
    return [str(item.value) for item in values]  # type: ignore[attr-defined]


# Series have the overview of key figures instead of a catalogue.
CATALOGUED = [entry_type for entry_type in ENTRY_TYPES if entry_type.model is not Reeks]


@pytest.mark.parametrize("entry_type", CATALOGUED, ids=lambda t: t.name)
def test_every_entry_is_in_its_catalogue_with_its_facets(
    corpus: Corpus, site_dir: Path, entry_type: EntryType
) -> None:
    soup = soup_of(site_dir, entry_type.folder)
    rows = {row.select_one("td a").get_text(): row for row in soup.select("[data-kb-catalogue] tbody tr")}
    entries = corpus.of_type(entry_type)
    assert sorted(rows) == sorted(entry.id for entry in entries)
    type_facets = facets(entry_type.model)
    filters = [select["name"] for select in soup.select("[data-kb-filters] select")]
    assert filters == [facet.field for facet in type_facets]
    for entry in entries:
        row = rows[entry.id]
        for facet in type_facets:
            written = row.get(f"data-f-{facet.field}", "").split()
            assert written == slugs(getattr(entry.data, facet.field)), (entry.id, facet.field)
        assert (
            row.select_one("a")["href"]
            == entry.src_uri.removeprefix(entry_type.folder + "/").removesuffix(".md") + "/"
        )
    shown = soup.select_one("[data-kb-shown]").get_text()
    assert shown == str(len(entries))


def test_the_offender_behaviour_finder_shows_each_summarys_signals(corpus: Corpus, site_dir: Path) -> None:
    soup = soup_of(site_dir, "dadergedrag")
    filters = [select["name"] for select in soup.select("[data-kb-filters] select")]
    assert filters[:3] == ["behaviours", "platforms", "signal_types"]
    for row in soup.select("[data-kb-catalogue] tbody tr"):
        entry = corpus.by_id[row.select_one("td a").get_text()]
        assert [li.get_text() for li in row.select(".kb-catalogue__listed li")] == list(entry.data.signals)


def test_the_catalogue_table_needs_no_javascript(site_dir: Path) -> None:
    soup = soup_of(site_dir, "interventies")
    assert soup.select_one("[data-kb-filters]").has_attr("hidden")  # only the script shows the filters
    assert not any(row.has_attr("hidden") for row in soup.select("[data-kb-catalogue] tbody tr"))


@pytest.mark.parametrize("audience", list(Audience), ids=lambda a: a.value)
def test_each_audience_has_an_entry_point_with_its_entries(
    corpus: Corpus, site_dir: Path, audience: Audience
) -> None:
    soup = soup_of(site_dir, f"voor/{audience.value}")
    assert soup.select_one("article h1").get_text(strip=True).rstrip("¶") == audience.entry_point
    listed = {a.get_text().split(" · ")[0] for a in soup.select("article li > a")}
    expected = {entry.id for entry in corpus.by_id.values() if audience in entry.data.audience}
    assert listed == expected
    home = soup_of(site_dir, ".")
    assert home.select_one(f'article a[href="voor/{audience.value}/"]') is not None


def indexed_pages(site: Path) -> dict[str, dict]:
    fragments = map(pagefind_fragment, (site / "pagefind" / "fragment").glob("*.pf_fragment"))
    return {fragment["url"]: fragment for fragment in fragments}


def test_search_finds_an_audience_page_by_its_own_words_and_the_entries_by_theirs(
    corpus: Corpus, site_dir: Path
) -> None:
    fragments = indexed_pages(site_dir)
    for audience in Audience:
        entries = [entry for entry in corpus.by_id.values() if audience in entry.data.audience]
        own = fragments[f"/voor/{audience.value}/"]["content"]
        assert audience.entry_point in own
        listed = [entry.id for entry in entries if entry.id in own or entry.data.summary[:60] in own]
        assert not listed, f"{audience.value}: the index has the list of entries: {listed}"
        entry = entries[0]
        assert entry.data.summary[:60] in fragments[f"/{entry.src_uri.removesuffix('.md')}/"]["content"]


def test_the_matrix_places_each_intervention_by_mnr_domain_and_phase(corpus: Corpus, site_dir: Path) -> None:
    soup = soup_of(site_dir, "matrix")
    rows = soup.select("article table tbody tr")
    assert [row.select_one("td").get_text() for row in rows] == [domain.label for domain in MnrDomain]
    for row, domain in zip(rows, MnrDomain, strict=True):
        for cell, phase in zip(row.select("td")[1:], Phase, strict=True):
            expected = sorted(
                entry.id
                for entry in corpus.by_id.values()
                if entry.entry_type.name == "interventie"
                and phase in entry.data.phases
                and any(capability.domain is domain for capability in entry.data.mnr)
            )
            assert [a.get_text() for a in cell.select("a")] == expected, (domain, phase)


def test_findings_list_the_recommendations_and_interventions_that_respond(
    corpus: Corpus, site_dir: Path
) -> None:
    findings = [entry for entry in corpus.by_id.values() if entry.entry_type.name == "bevinding"]
    with_responses = 0
    for finding in findings:
        soup = soup_of(site_dir, finding.src_uri.removesuffix(".md"))
        expected = [
            other.id
            for other in corpus.related(finding.id)
            if other.entry_type.name in ("aanbeveling", "interventie")
        ]
        section = soup.select("#reacties + ul > li > a")
        assert [a.get_text().split(" · ")[0] for a in section] == expected
        verwant = [a.get_text().split(" · ")[0] for a in soup.select("#verwant + ul > li > a")]
        assert not set(verwant) & set(expected)
        with_responses += bool(expected)
    assert with_responses > 0


def test_tags_have_an_index_page(corpus: Corpus, site_dir: Path) -> None:
    soup = soup_of(site_dir, "tags")
    listed = {tag.get_text(strip=True) for tag in soup.select("article .md-tag")}
    used = {tag for entry in corpus.by_id.values() for tag in entry.data.tags}
    assert used <= listed
