"""The front page of the real site leads with what a visitor needs (issue 33): the search box, an entry point
per audience, the latest changes, the key figures' small charts; the explanation comes below them."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest
from bs4 import BeautifulSoup, Tag
from mkdocs.config import load_config

from kennisbank.charts.figure import series_of
from kennisbank.charts.svg import value_text
from kennisbank.content.corpus import Corpus, LoadedEntry, load_corpus
from kennisbank.mkdocs_settings import project_paths
from kennisbank.model.entries import Reeks, reading_order
from kennisbank.model.vocabularies import Audience
from kennisbank.plugin.home_page import keyfigure_cards
from kennisbank.plugin.pages import audience_uri

# The sections of the front page, in the order a visitor meets them.
SECTIONS = [
    "Waar te beginnen",
    "Laatste wijzigingen",
    "Kerncijfers",
    "Stand van de aanbevelingen",
    "Voor wie",
    "Over de kennisbank",
    "Wat er in een entry staat",
    "Hoe de inhoud tot stand komt",
]


@pytest.fixture(scope="module")
def corpus(root: Path) -> Corpus:
    loaded, _ = load_corpus(project_paths(load_config(str(root / "mkdocs.yml"))))
    return loaded


@pytest.fixture(scope="module")
def home(site_dir: Path) -> Tag:
    soup = BeautifulSoup((site_dir / "index.html").read_text(encoding="utf-8"), "html.parser")
    article = soup.select_one("article")
    assert article is not None
    return article


def heading_text(heading: Tag) -> str:
    return heading.get_text(strip=True).rstrip("¶")


def section(home: Tag, title: str) -> list[Tag]:
    """The elements under the h2 `title`, up to the next h2."""
    heading = next(h2 for h2 in home.select("h2") if heading_text(h2) == title)
    found = []
    for sibling in heading.find_next_siblings():
        if sibling.name == "h2":
            break
        found.append(sibling)
    return found


def url_of(src_uri: str) -> str:
    return src_uri.removesuffix("index.md").removesuffix(".md").rstrip("/") + "/"


def test_the_search_box_and_the_sections_come_in_the_order_a_visitor_needs_them(home: Tag) -> None:
    h1 = home.select_one("h1")
    assert h1 is not None
    order = [
        element.name if element.name in {"h1", "form"} else heading_text(element)
        for element in home.find_all(["h1", "h2", "form"])
    ]
    assert order == ["h1", "form", *SECTIONS, "Bronnen"]
    # Between the title and the search box: the lead, with its citation.
    lead = h1.find_next_sibling("p")
    assert lead is not None and lead.select("sup a.footnote-ref")
    assert lead.find_next_sibling() is home.select_one("form")


def test_the_search_box_is_a_labelled_form_sending_zoek_to_the_page_itself(home: Tag) -> None:
    form = home.select_one('form[role="search"]')
    assert form is not None
    # No action: the form sends ?zoek=… to the page it is on, where search.js opens the dialog with it.
    assert form.get("method") == "get" and not form.has_attr("action")
    field = form.select_one('input[type="search"][name="zoek"]')
    assert field is not None
    label = form.select_one(f'label[for="{field["id"]}"]')
    assert label is not None and label.get_text(strip=True)
    button = form.select_one('button[type="submit"]')
    assert button is not None and button.get_text(strip=True) == "Zoeken"


def test_there_is_one_entry_point_per_audience_with_the_types_it_comes_for(home: Tag) -> None:
    cards = [card for element in section(home, "Waar te beginnen") for card in element.select(".cards li")]
    assert len(cards) == len(Audience)
    for card, audience in zip(cards, Audience, strict=True):
        links = card.select("a")
        assert links[0]["href"] == url_of(audience_uri(audience))
        assert links[0].get_text() == audience.entry_point
        leading = reading_order(audience)[: len(audience.leads_with)]
        assert [(a["href"], a.get_text()) for a in links[1:]] == [
            (f"{entry_type.folder}/", entry_type.plural) for entry_type in leading
        ]


def test_the_latest_changes_have_their_own_section_before_the_key_figures(home: Tag) -> None:
    assert [heading_text(h2) for h2 in home.select("h2")].index("Laatste wijzigingen") == 1


def test_each_series_in_use_shows_its_small_chart_and_newest_figure_linking_to_it(
    home: Tag, corpus: Corpus
) -> None:
    cards = [card for element in section(home, "Kerncijfers") for card in element.select(".kb-home-figure")]
    series = sorted(
        (
            entry
            for entry in corpus.by_id.values()
            if isinstance(entry.data, Reeks) and not entry.data.retired
        ),
        key=lambda entry: entry.id,
    )
    assert series, "the real site has series"
    assert len(cards) == len(series)
    for card, entry in zip(cards, series, strict=True):
        data = series_of(entry)
        title = card.select_one("a")
        assert title is not None
        assert title["href"] == url_of(entry.src_uri) and title.get_text() == data.title
        assert card.select_one("svg.kb-chart__svg--small") is not None
        # The paragraph under the chart (the chart's own description names the newest point too).
        text = card.select("p")[-1].get_text()
        newest = data.newest
        assert f"Nieuwste meetpunt: {value_text(data, newest)} ({newest.when.label})." in text
        assert f"Geteld door: {data.counter}" in text


def test_a_retired_series_is_not_among_the_key_figures(corpus: Corpus) -> None:
    series = [entry for entry in corpus.by_id.values() if isinstance(entry.data, Reeks)]
    retired, kept = series[0], series[1]
    withdrawn = retired.data.model_copy(update={"retired": date(2026, 1, 1), "retired_reason": "Vervangen."})
    entries: list[LoadedEntry] = [dataclasses.replace(retired, data=withdrawn), kept]

    cards = keyfigure_cards(Corpus(entries), "index.md", date(2026, 12, 8))

    assert kept.src_uri in cards
    assert retired.src_uri not in cards
