"""The one field layer: what kind each field of the model is, how a value is shown, and a glossary term's
other names.

Every reader of the fields asks here instead of looking at the annotations itself: the card and the
handouts (how a value is shown), the exports (which fields are tables or hold fields of their own), the
scaffold (what to write where), the model reference (what a value is), the checks (which fields hold no
prose) and search (a term's other names). A field's kind is derived once, from its pydantic annotation
and the JSON Schema pydantic makes of it.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from types import NoneType, UnionType
from typing import Annotated, Any, Union, get_args, get_origin

from pydantic import BaseModel, HttpUrl

from kennisbank.dutch import dutch_date
from kennisbank.model.dates import PARTIAL_DATE_PATTERN, PartialDate
from kennisbank.model.entries import (
    ALL_ID_SCHEMES,
    ANY_ID_PATTERN,
    CITATION_KEY_PATTERN,
    DERIVED,
    REFERENCE,
    Begrip,
    Entry,
    EvidenceProfile,
    values_of,
)
from kennisbank.model.forms import FORM_KEY
from kennisbank.model.series import PERIOD_PATTERN
from kennisbank.model.vocabularies import Choice

Schema = dict[str, Any]


class FieldKind(StrEnum):
    """What the values of a field are; every field of every model has exactly one kind."""

    ID = "id"  # the entry's own ID
    REFERENCE = "reference"  # IDs of other entries
    CITATION = "citation"  # citation keys of sources in bibliography/
    CHOICE = "choice"  # values from a closed list (a vocabulary)
    DATE = "date"  # a day, JJJJ-MM-DD
    PARTIAL_DATE = "partial-date"  # a date as precise as its source: 2023, 2023-12 or 2023-12-13
    PERIOD = "period"  # the period of a series' point: 2023, 2023-H1, 2023-K2, 2023-06
    NUMBER = "number"
    URL = "url"  # an https address
    ROWS = "rows"  # rows with fields of their own (a series' points): a table
    NESTED = "nested"  # one value with fields of its own (an evidence profile)
    TEXT = "text"  # the author's own words: prose the checks read


# Patterns that make a text field one of the kinds above; the ID patterns are the entry's own `id`.
_KIND_OF_PATTERN = {
    CITATION_KEY_PATTERN: FieldKind.CITATION,
    PARTIAL_DATE_PATTERN: FieldKind.PARTIAL_DATE,
    PERIOD_PATTERN: FieldKind.PERIOD,
    ANY_ID_PATTERN: FieldKind.ID,
    **{scheme.pattern: FieldKind.ID for scheme in ALL_ID_SCHEMES},
}


@dataclass(frozen=True)
class ModelField:
    """One field of a model, as every reader of the model sees it."""

    name: str
    title: str
    description: str
    kind: FieldKind
    many: bool  # a list of values
    required: bool
    derived: bool  # worked out by the model (a recommendation's status), never written by hand
    common: bool  # a field every entry has (dates, sources, tags), not one of its type's own
    # The class of one value: str, date, the vocabulary of a choice, the model of rows or a nested value.
    value_type: type
    pattern: str | None  # the pattern of text of a fixed form (a tag, a citation key, an ID)
    form: str | None  # the same rule in Dutch words, for contributors

    @property
    def vocabulary(self) -> type[Choice]:
        assert issubclass(self.value_type, Choice), self.name
        return self.value_type

    @property
    def model(self) -> type[BaseModel]:
        """The model of the rows or of the nested value."""
        assert issubclass(self.value_type, BaseModel), self.name
        return self.value_type


# Once per model: its JSON Schema takes pydantic milliseconds, and the safety checks ask for every entry.
@functools.cache
def model_fields(model: type[BaseModel]) -> tuple[ModelField, ...]:
    """Every field of `model` (an entry type, or the model of rows or of a nested value), in its order."""
    properties: Schema = model.model_json_schema()["properties"]
    return tuple(_field(model, name, properties[name]) for name in model.model_fields)


def _field(model: type[BaseModel], name: str, prop: Schema) -> ModelField:
    info = model.model_fields[name]
    annotation = _without_none(info.annotation)
    many = get_origin(annotation) is list
    value_type = _unannotated(get_args(annotation)[0] if many else annotation)
    assert isinstance(value_type, type), (model.__name__, name, value_type)
    value_prop = _value_schema(prop)
    return ModelField(
        name=name,
        title=info.title or name,
        description=info.description or "",
        kind=_kind(info.json_schema_extra == REFERENCE, value_type, value_prop, many),
        many=many,
        required=info.is_required(),
        derived=info.json_schema_extra == DERIVED,
        common=issubclass(model, Entry) and name in Entry.model_fields,
        value_type=value_type,
        pattern=value_prop.get("pattern"),
        form=value_prop.get(FORM_KEY),
    )


def _kind(reference: bool, value_type: type, value_prop: Schema, many: bool) -> FieldKind:
    if reference:
        return FieldKind.REFERENCE
    if issubclass(value_type, BaseModel):
        return FieldKind.ROWS if many else FieldKind.NESTED
    if issubclass(value_type, Choice):
        return FieldKind.CHOICE
    if value_prop.get("pattern") in _KIND_OF_PATTERN:
        return _KIND_OF_PATTERN[value_prop["pattern"]]
    if issubclass(value_type, date):
        return FieldKind.DATE
    if issubclass(value_type, HttpUrl):
        return FieldKind.URL
    if issubclass(value_type, int | float) and not issubclass(value_type, bool):
        return FieldKind.NUMBER
    return FieldKind.TEXT


def _value_schema(prop: Schema) -> Schema:
    """The JSON Schema of one value of the field: without `null`, the item of a list."""
    if "anyOf" in prop:
        options = [option for option in prop["anyOf"] if option.get("type") != "null"]
        if len(options) == 1:
            return _value_schema(options[0])
    if prop.get("type") == "array":
        return _value_schema(prop["items"])
    return prop


def _without_none(annotation: object) -> object:
    if get_origin(annotation) in (Union, UnionType):
        options = [option for option in get_args(annotation) if option is not NoneType]
        if len(options) == 1:
            return options[0]
    return annotation


def _unannotated(annotation: object) -> object:
    """The type of `Annotated[type, ...]`; an int-or-float number (a point's value) as float."""
    if get_origin(annotation) is Annotated:
        return _unannotated(get_args(annotation)[0])
    if get_origin(annotation) in (Union, UnionType):
        options = {_unannotated(option) for option in get_args(annotation)}
        if options <= {int, float}:
            return float
    return annotation


def field_named(model: type[BaseModel], name: str) -> ModelField:
    return next(field for field in model_fields(model) if field.name == name)


def field_title(model: type[BaseModel] | None, name: str) -> str:
    """A field's name as readers see it ("Samenvatting"); a name the model no longer has (a field of an
    older version of an entry) as it was written."""
    if model is not None and name in model.model_fields:
        return field_named(model, name).title
    return name


def names_of(model: type[BaseModel], *kinds: FieldKind) -> list[str]:
    """Names of the fields of `model` of any of `kinds`, in the model's order."""
    return [field.name for field in model_fields(model) if field.kind in kinds]


def derived_names(model: type[BaseModel]) -> list[str]:
    """Names of the fields the model works out itself (a recommendation's status): never written by hand."""
    return [field.name for field in model_fields(model) if field.derived]


@dataclass(frozen=True)
class Facet:
    """A field with a closed value list: readers filter catalogues by it."""

    field: str
    title: str
    vocabulary: type[Choice]


def facets(model: type[Entry]) -> list[Facet]:
    """The model's closed-list fields, the type's own first, in declaration order."""
    found = [
        Facet(field.name, field.title, field.vocabulary)
        for field in model_fields(model)
        if field.kind is FieldKind.CHOICE
    ]
    return sorted(found, key=lambda facet: facet.field in Entry.model_fields)


def not_prose(model: type[BaseModel]) -> set[str]:
    """The fields (`field`, or `field.subfield` inside rows) that hold no prose of the author: IDs,
    references and citation keys, and the terms a glossary entry says to avoid."""
    found = {field.name for field in model_fields(model) if field.kind in _NOT_PROSE}
    found |= {
        f"{field.name}.{sub}"
        for field in model_fields(model)
        if field.kind is FieldKind.ROWS
        for sub in names_of(field.model, FieldKind.CITATION)
    }
    if issubclass(model, Begrip):
        found.add(AVOIDED)
    return found


_NOT_PROSE = frozenset({FieldKind.ID, FieldKind.REFERENCE, FieldKind.CITATION})


@dataclass(frozen=True)
class Shown:
    """A value as readers see it: its text, and what the page makes of it besides."""

    text: str
    slug: str | None = None  # a choice as written in front matter, for filters and styling
    href: str | None = None  # an external address
    entry: str | None = None  # the ID of another entry: the page links it by its title
    citation: str | None = None  # a citation key: the page cites it


def shown(value: object, kind: FieldKind) -> Shown:
    """How one value of a field of `kind` is shown, on the card and in the handouts alike: a choice by its
    Dutch label, a date in Dutch words, an evidence profile in words."""
    if kind is FieldKind.REFERENCE:
        return Shown(str(value), entry=str(value))
    if kind is FieldKind.CITATION:
        return Shown(str(value), citation=str(value))
    if isinstance(value, Choice):
        return Shown(value.label, slug=value.value)
    if isinstance(value, date):
        return Shown(dutch_date(value))
    if kind is FieldKind.PARTIAL_DATE and isinstance(value, str):
        return Shown(PartialDate.parse(value).label)
    if isinstance(value, EvidenceProfile):
        return Shown(value.in_words)
    if isinstance(value, HttpUrl):
        return Shown(str(value), href=str(value))
    return Shown(str(value))


@dataclass(frozen=True)
class FieldValues:
    """One field of an entry as readers see it listed: the field and its values, each as shown."""

    field: ModelField
    values: list[Shown]

    @property
    def name(self) -> str:
        return self.field.name

    @property
    def title(self) -> str:
        return self.field.title


def listed_fields(data: Entry) -> list[FieldValues]:
    """An entry's fields as the card and the handout list them: the type's own first, then the common
    ones, in the model's order; fields shown as a table of their own (a series' points) left out."""
    ordered = sorted(model_fields(type(data)), key=lambda field: field.common)
    return [
        FieldValues(field, [shown(value, field.kind) for value in values_of(getattr(data, field.name))])
        for field in ordered
        if field.kind is not FieldKind.ROWS
    ]


# A glossary term's other names, in this order: a name that is both a term to avoid and a synonym
# elsewhere is named as one to avoid.
AVOIDED = "avoid"
OTHER_NAME_FIELDS = (AVOIDED, "synonyms", "english", "abbreviation")


@dataclass(frozen=True)
class OtherName:
    """A name of a glossary term besides its title: a synonym, a term to avoid, the English term or an
    abbreviation."""

    text: str
    field: str
    title: str  # the field's title in the model: "Synoniemen", "Te vermijden termen"


def other_names(data: Entry) -> list[OtherName]:
    """The other names of a glossary term (none for any other entry), in the order of OTHER_NAME_FIELDS."""
    if not isinstance(data, Begrip):
        return []
    return [
        OtherName(text, name, field_named(Begrip, name).title)
        for name in OTHER_NAME_FIELDS
        for text in values_of(getattr(data, name))
    ]


def avoided_terms(data: Entry) -> list[str]:
    """The terms a glossary entry says to avoid: the checks refuse them in every text."""
    return [name.text for name in other_names(data) if name.field == AVOIDED]
