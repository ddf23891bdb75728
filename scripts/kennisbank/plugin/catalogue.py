"""The catalogue of an entry type: every entry with its facets, and the filters the facets allow."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from kennisbank.content.corpus import Corpus
from kennisbank.model import Choice, EntryType
from kennisbank.model.entries import Aanbeveling, values_of
from kennisbank.model.fields import Facet, facets
from kennisbank.plugin.card import UrlFor
from kennisbank.plugin.recommendation_pages import standing


@dataclass(frozen=True)
class Option:
    slug: str
    label: str
    count: int


@dataclass(frozen=True)
class Filter:
    field: str
    title: str
    options: list[Option]


@dataclass(frozen=True)
class Row:
    id: str
    title: str
    summary: str
    href: str
    values: dict[str, list[Choice]]  # facet field -> values, for the filters and the Kenmerken cell
    listed: dict[str, list[str]]  # listed field -> its texts (the signals of offender behaviour)
    standing: str | None  # where a recommendation stands, with the date of its deciding step


@dataclass(frozen=True)
class Catalogue:
    plural: str
    filters: list[Filter]
    rows: list[Row]
    listed_titles: dict[str, str]

    @property
    def has_standing(self) -> bool:
        return any(row.standing for row in self.rows)


def build_catalogue(entry_type: EntryType, corpus: Corpus, url_for: UrlFor) -> Catalogue:
    type_facets = facets(entry_type.model)
    rows = [
        Row(
            id=entry.id,
            title=entry.data.title,
            summary=entry.data.summary,
            href=url_for(entry.src_uri),
            values={facet.field: values_of(getattr(entry.data, facet.field)) for facet in type_facets},
            listed={name: list(getattr(entry.data, name)) for name in entry_type.listed},
            standing=standing(entry.data) if isinstance(entry.data, Aanbeveling) else None,
        )
        for entry in corpus.of_type(entry_type)
    ]
    listed_titles = {name: entry_type.model.model_fields[name].title or name for name in entry_type.listed}
    return Catalogue(entry_type.plural, [_filter(facet, rows) for facet in type_facets], rows, listed_titles)


def _filter(facet: Facet, rows: list[Row]) -> Filter:
    counts = Counter(choice for row in rows for choice in row.values[facet.field])
    options = [
        Option(choice.value, choice.label, counts[choice]) for choice in facet.vocabulary if counts[choice]
    ]
    return Filter(facet.field, facet.title, options)
