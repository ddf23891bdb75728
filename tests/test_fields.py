"""The one field layer (model/fields.py): a field's kind, how a value is shown, a term's other names; and
the one pattern of a period."""

from __future__ import annotations

import json
import re
from datetime import date
from functools import cache
from pathlib import Path

import pytest
from mkdocs.config import load_config
from pydantic import BaseModel

from kennisbank.content.corpus import Corpus, load_corpus
from kennisbank.export.handouts import _facts as handout_facts
from kennisbank.mkdocs_settings import project_paths
from kennisbank.model import ENTRY_TYPES, EntryType
from kennisbank.model.dates import PartialDate
from kennisbank.model.entries import (
    CITATION_KEY_PATTERN,
    Aanbeveling,
    Begrip,
    Entry,
    EvidenceProfile,
    Interventie,
    Point,
    Reeks,
)
from kennisbank.model.fields import (
    FieldKind,
    facets,
    listed_fields,
    model_fields,
    names_of,
    not_prose,
    other_names,
    shown,
)
from kennisbank.model.reference import _row_models
from kennisbank.model.series import PERIOD_PATTERN, Period
from kennisbank.model.vocabularies import Choice, Phase
from kennisbank.plugin.card import build_card
from kennisbank.search.suggestions import normalised, suggestions_json
from kennisbank.search.terms import SearchTerms, words
from tests.conftest import ROOT, copy_fixture_site

ALL_MODELS: list[type[BaseModel]] = [
    *(entry_type.model for entry_type in ENTRY_TYPES),
    *_row_models().values(),
]


def corpus_at(project: Path) -> Corpus:
    corpus, _ = load_corpus(project_paths(load_config(str(project / "mkdocs.yml"))))
    return corpus


@cache
def real_corpus() -> Corpus:
    return corpus_at(ROOT)


@pytest.mark.parametrize("model", ALL_MODELS, ids=lambda model: model.__name__)
def test_every_field_has_one_kind_that_agrees_with_the_annotation_and_the_schema(
    model: type[BaseModel],
) -> None:
    properties = model.model_json_schema()["properties"]
    fields = model_fields(model)
    assert [field.name for field in fields] == list(model.model_fields)
    for field in fields:
        prop = properties[field.name]
        value = prop.get("items", prop)
        patterns = {option.get("pattern") for option in [value, *value.get("anyOf", [])]}
        assert isinstance(field.kind, FieldKind)
        assert (field.kind is FieldKind.REFERENCE) == bool(prop.get("x-reference")), field.name
        assert (field.kind is FieldKind.CITATION) == (CITATION_KEY_PATTERN in patterns), field.name
        assert (field.kind is FieldKind.CHOICE) == issubclass(field.value_type, Choice), field.name
        with_fields = field.kind in (FieldKind.ROWS, FieldKind.NESTED)
        assert with_fields == issubclass(field.value_type, BaseModel), field.name
        assert field.derived == (prop.get("readOnly") is True), field.name
        assert field.many == (prop.get("type") == "array"), field.name
        # Only an entry's own ID is of kind ID: a field of IDs not marked as a reference would never be
        # resolved nor shown as a link.
        assert (field.kind is FieldKind.ID) == (field.name == "id" and issubclass(model, Entry)), field.name


def test_the_kinds_of_a_recommendation_a_series_and_its_points() -> None:
    def kinds(model: type[BaseModel]) -> dict[str, str]:
        return {
            field.name: field.kind.value for field in model_fields(model) if field.kind is not FieldKind.TEXT
        }

    common = {
        "id": "id",
        "sources": "citation",
        "related": "reference",
        "reviewed": "date",
        "audience": "choice",
        "retired": "date",
        "replaced_by": "reference",
        "series": "reference",
    }
    assert kinds(Aanbeveling) == {
        **common,
        "addressees": "choice",
        "origin": "choice",
        "issued_by": "reference",
        "issued_on": "partial-date",
        "document": "citation",
        "timeline": "rows",
        "status": "choice",
        "status_date": "date",
    }
    assert kinds(Reeks) == {**common, "unit": "choice", "geography": "choice", "points": "rows"}
    assert kinds(Point) == {"period": "period", "value": "number", "source": "citation"}
    assert kinds(Interventie)["evidence"] == "nested"


def test_fields_without_prose_are_ids_references_citations_and_avoided_terms() -> None:
    assert not_prose(Aanbeveling) == {
        "id",
        "sources",
        "related",
        "replaced_by",
        "series",
        "issued_by",
        "document",
        "timeline.source",
    }
    assert not_prose(Reeks) == {"id", "sources", "related", "replaced_by", "series", "points.source"}
    assert "avoid" in not_prose(Begrip) and "synonyms" not in not_prose(Begrip)


def test_a_value_is_shown_by_its_kind() -> None:
    assert shown(Phase.PREVENTIE, FieldKind.CHOICE).text == Phase.PREVENTIE.label
    assert shown(Phase.PREVENTIE, FieldKind.CHOICE).slug == "preventie"
    assert shown(date(2024, 3, 5), FieldKind.DATE).text == "5 maart 2024"
    assert shown("2023-12", FieldKind.PARTIAL_DATE).text == "december 2023"
    assert shown("BEV-001", FieldKind.REFERENCE).entry == "BEV-001"
    assert shown("jansen2020", FieldKind.CITATION).citation == "jansen2020"
    # A text of a citation-key form that is no partial date stays as written.
    assert shown("2023-12", FieldKind.TEXT).text == "2023-12"


@pytest.mark.parametrize("site", ["real", "fixture"])
def test_the_card_and_the_handout_show_every_value_the_same_way(site: str, tmp_path: Path) -> None:
    corpus = real_corpus() if site == "real" else corpus_at(copy_fixture_site(tmp_path))
    compared = 0
    for entry in corpus.by_id.values():
        card = build_card(entry, corpus, lambda uri: uri, None)
        handout = {
            line.split(":** ", 1)[0].removeprefix("**"): line.split(":** ", 1)[1]
            for line in handout_facts(entry, corpus, entry.src_uri)
        }
        own = {field.name for field in listed_fields(entry.data) if not field.field.common}
        for fact in card.facts:
            if fact.field not in own:
                continue
            # The handout links another entry in Markdown, the card in HTML: the same text either way.
            written = re.sub(r"\[((?:\\.|[^\]])*)\]\([^)]*\)", r"\1", handout[fact.title]).replace("\\", "")
            assert written == ", ".join(value.text for value in fact.values), (entry.id, fact.field)
            compared += 1
    assert compared > 10


def test_a_profile_a_partial_date_and_a_choice_read_alike_on_card_and_handout() -> None:
    corpus = real_corpus()
    recommendation = next(
        e for e in corpus.by_id.values() if isinstance(e.data, Aanbeveling) and e.data.issued_on
    )
    card = {fact.field: fact for fact in build_card(recommendation, corpus, lambda uri: uri, None).facts}
    assert isinstance(recommendation.data, Aanbeveling) and recommendation.data.issued_on
    label = PartialDate.parse(recommendation.data.issued_on).label
    assert [value.text for value in card["issued_on"].values] == [label]
    assert f"**Gedaan op:** {label}" in handout_facts(recommendation, corpus, recommendation.src_uri)
    intervention = next(e for e in corpus.by_id.values() if isinstance(e.data, Interventie))
    assert isinstance(intervention.data, Interventie)
    card = {fact.field: fact for fact in build_card(intervention, corpus, lambda uri: uri, None).facts}
    assert [value.text for value in card["evidence"].values] == [intervention.data.evidence.in_words]
    assert isinstance(intervention.data.evidence, EvidenceProfile)


def test_search_terms_and_suggestions_know_the_same_other_names_of_a_term() -> None:
    corpus = real_corpus()
    terms = [entry for entry in corpus.by_id.values() if isinstance(entry.data, Begrip)]
    assert len(terms) > 5
    search = SearchTerms.from_corpus(corpus)
    suggested = json.loads(suggestions_json(corpus, lambda uri: uri))
    for entry in terms:
        names = [other.text for other in other_names(entry.data)]
        assert isinstance(entry.data, Begrip)
        # A page naming the term is found by every word of its other names (but the page's own words).
        page = entry.data.title
        expected_words = {word for name in names for word in words(name)} - set(words(page))
        assert expected_words <= set(search.for_text(page)), entry.id
        # The search dialog suggests the term for each of those names (first term wins a shared name).
        for name in names:
            key = normalised(name)
            if key and key != normalised(page):
                assert key in suggested, (entry.id, name)
    by_term = {
        normalised(other.text)
        for entry in terms
        for other in other_names(entry.data)
        if normalised(other.text) != normalised(entry.data.title)
    }
    assert set(suggested) == by_term
    fields = {other.field for entry in terms for other in other_names(entry.data)}
    assert fields == {"avoid", "synonyms", "english", "abbreviation"}


def test_an_entry_that_is_no_term_has_no_other_names() -> None:
    corpus = real_corpus()
    assert all(not other_names(e.data) for e in corpus.by_id.values() if not isinstance(e.data, Begrip))


PERIODS = {
    "2023": ("jaar", "2023"),
    "2023-H1": ("halfjaar", "1e halfjaar 2023"),
    "2023-K4": ("kwartaal", "4e kwartaal 2023"),
    "2023-01": ("maand", "januari 2023"),
    "2023-12": ("maand", "december 2023"),
}
NOT_PERIODS = [
    "2023-13",
    "2023-00",
    "2023-99",
    "2023-1",
    "2023-H3",
    "2023-K5",
    "23",
    "٢٠٢٣",
    "2023-1٢",
    "2023\n",
]


@pytest.mark.parametrize("text", [*PERIODS, *NOT_PERIODS])
def test_a_period_is_what_its_one_pattern_accepts(text: str) -> None:
    """The model and the published JSON Schema take the same periods: a month 13 was a period to the
    model (its own pattern took any two digits) and none to the schema, and the chart failed on it."""
    in_schema = re.fullmatch(PERIOD_PATTERN, text, re.ASCII) is not None
    assert in_schema == (text in PERIODS)
    if text in PERIODS:
        period = Period.parse(text)
        assert (period.kind.name, period.label) == PERIODS[text]
        assert period.short_label == text
    else:
        with pytest.raises(ValueError, match="is geen periode; schrijf 2023, 2023-H1"):
            Period.parse(text)


@pytest.mark.parametrize("text", ["٢٠٢٣", "2023-1٢", "2023-12-1٣"])
def test_a_partial_date_is_written_in_ascii_digits(text: str) -> None:
    with pytest.raises(ValueError, match="is geen datum"):
        PartialDate.parse(text)


@pytest.mark.parametrize("entry_type", ENTRY_TYPES, ids=lambda t: t.name)
def test_a_facet_is_every_choice_field(entry_type: EntryType) -> None:
    assert sorted(facet.field for facet in facets(entry_type.model)) == sorted(
        names_of(entry_type.model, FieldKind.CHOICE)
    )
