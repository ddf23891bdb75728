"""The open-data files: entries.json, one CSV per entry type, the bibliography as CSL-JSON.

Every column and field comes from the content model; entries.json has the shape `schema.py` describes.
"""

from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from datetime import datetime
from typing import Any

import pypandoc
from pydantic import BaseModel

from kennisbank import cache
from kennisbank.content.corpus import Corpus, LoadedEntry
from kennisbank.model import ENTRY_TYPES, EntryType
from kennisbank.model.entries import Aanbeveling, Reeks
from kennisbank.model.fields import FieldKind, field_named, model_fields

# How list values are joined in one CSV cell.
LIST_SEPARATOR = "; "
# The points of every series, one row each; the type's own CSV has one row per series without them.
POINTS_FILE = "meetpunten.csv"
CSL_JSON_CACHE = "csl-json"
POINT_COLUMNS = ("series", "period", "value", "unit", "source", "note")
# The follow-up steps of every recommendation, one row each, with the status each step gives (empty for a
# step that leaves it as it was).
STEPS_FILE = "opvolging.csv"
STEP_COLUMNS = ("recommendation", "date", "step", "status", "text", "source")

UrlOf = Callable[[LoadedEntry], str]


def csv_name(entry_type: EntryType) -> str:
    return f"{entry_type.folder}.csv"


def entries_document(
    corpus: Corpus,
    *,
    name: str,
    version: str,
    built: datetime,
    url_of: UrlOf,
    references: Mapping[str, str],
) -> dict[str, Any]:
    """entries.json: the knowledge base's identity, its types, and every entry."""
    incoming: dict[str, list[dict[str, str]]] = defaultdict(list)
    for entry in corpus.by_id.values():
        for field, target in entry.references():
            if target in corpus.by_id and target != entry.id:
                incoming[target].append({"field": field, "id": entry.id})
    return {
        "name": name,
        "version": version,
        "built": built.isoformat(timespec="seconds"),
        "types": [
            {
                "name": entry_type.name,
                "label": entry_type.label,
                "plural": entry_type.plural,
                "folder": entry_type.folder,
                "csv": csv_name(entry_type),
                "count": len(corpus.of_type(entry_type)),
            }
            for entry_type in ENTRY_TYPES
        ],
        "entries": [
            {
                "id": entry.id,
                "type": entry.entry_type.name,
                "url": url_of(entry),
                "fields": entry.data.model_dump(mode="json"),
                "links_to": [
                    {"field": field, "id": target}
                    for field, target in entry.references()
                    if target in corpus.by_id and target != entry.id
                ],
                "linked_from": sorted(incoming[entry.id], key=lambda link: (link["id"], link["field"])),
                "citations": [{"key": key, "reference": references.get(key)} for key in entry.data.sources],
            }
            for entry in corpus.by_id.values()
        ],
    }


def csv_table(entry_type: EntryType, corpus: Corpus) -> str:
    """The entries of one type, one column per field of the model (a table field has its own file; a field
    with fields of its own, such as the evidence profile, one column per subfield: `evidence.effect`),
    lists joined with "; "."""
    fields = [field.name for field in model_fields(entry_type.model) if field.kind is not FieldKind.ROWS]
    columns = [column for name in fields for column in csv_columns(entry_type.model, name)]
    rows = (_flat(entry.data.model_dump(mode="json")) for entry in corpus.of_type(entry_type))
    return _table(columns, ([values.get(column) for column in columns] for values in rows))


def csv_columns(model: type[BaseModel], name: str) -> list[str]:
    """The CSV columns of one field: its name, or `name.sub` for each field of a model it holds."""
    field = field_named(model, name)
    if field.kind not in (FieldKind.NESTED, FieldKind.ROWS):
        return [name]
    inner = field.model
    return [f"{name}.{column}" for sub in inner.model_fields for column in csv_columns(inner, sub)]


def _flat(values: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for name, value in values.items():
        if isinstance(value, dict):
            flat.update(_flat(value, f"{prefix}{name}."))
        else:
            flat[f"{prefix}{name}"] = value
    return flat


def points_csv(corpus: Corpus) -> str:
    """Every point of every series: the series' ID, the period, the value, the unit, the source."""
    return _table(
        POINT_COLUMNS,
        (
            (entry.id, point.period, point.value, entry.data.unit.value, point.source, point.note)
            for entry in corpus.by_id.values()
            if isinstance(entry.data, Reeks)
            for point in entry.data.points
        ),
    )


def steps_csv(corpus: Corpus) -> str:
    """Every step of every recommendation's follow-up, oldest first per recommendation."""
    return _table(
        STEP_COLUMNS,
        (
            (
                entry.id,
                step.date.isoformat(),
                step.step.value,
                step.step.sets.value if step.step.sets else None,
                step.text,
                step.source,
            )
            for entry in corpus.by_id.values()
            if isinstance(entry.data, Aanbeveling)
            for step in entry.data.timeline
        ),
    )


def _table(columns: Iterable[str], rows: Iterable[Iterable[object]]) -> str:
    """A CSV file: the header, then one line per row, each value as `_cell` writes it."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    writer.writerows([_cell(value) for value in row] for row in rows)
    return out.getvalue()


def csl_json(bibtex: str, kept: cache.Cache) -> str:
    """The bibliography as CSL-JSON, converted by pandoc (which reads BibTeX and BibLaTeX alike); pandoc
    runs again only when the bibliography, pandoc or the code changed."""

    def convert() -> str:
        return to_json(json.loads(pypandoc.convert_text(bibtex, to="csljson", format="biblatex")))

    key = cache.digest(pypandoc.get_pandoc_version(), bibtex)
    return str(cache.cached(kept, CSL_JSON_CACHE, key, convert))


def to_json(document: object) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return LIST_SEPARATOR.join(str(item) for item in value)
    return str(value)
