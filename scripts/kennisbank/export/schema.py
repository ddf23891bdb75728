"""The JSON Schema of entries.json: the content model's pydantic models as $defs, and the file's shape.

The entry types' fields come from `model_json_schema` of the models themselves; this module only adds
what the export wraps around them (identity, URL, links in both directions, citations). Its
descriptions are Dutch: the Data page shows them to readers.
"""

from __future__ import annotations

import functools
from typing import Any

from pydantic.json_schema import models_json_schema

from kennisbank.model import ANY_ID_PATTERN, ENTRY_TYPES, EntryType
from kennisbank.model.entries import CITATION_KEY_PATTERN
from kennisbank.model.fields import FieldKind, names_of

Schema = dict[str, Any]

JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"

# Keys of entries.json, with what they hold.
TOP_LEVEL: dict[str, tuple[str, Schema]] = {
    "name": ("Naam van de kennisbank.", {"type": "string"}),
    "version": (
        "Versie van de kennisbank waaruit het bestand komt (bij een lokale build: ontwikkelversie).",
        {"type": "string"},
    ),
    "built": ("Moment van de build, ISO 8601 in UTC.", {"type": "string", "format": "date-time"}),
    "types": ("De entrytypen met hun aantal entries en hun CSV-bestand.", {}),
    "entries": ("Alle entries, op ID gesorteerd.", {}),
}

# Keys of one entry in `entries`, with what they hold.
RECORD: dict[str, tuple[str, Schema]] = {
    "id": ("Het vaste ID van de entry.", {"type": "string"}),
    "type": ("Het entrytype (zie `types`).", {}),
    "url": (
        "Adres van de pagina van de entry, ten opzichte van de site of volledig als de site een adres heeft.",
        {"type": "string"},
    ),
    "fields": (
        "Alle velden uit de front matter, zoals het inhoudsmodel ze beschrijft; keuzewaarden als slug, "
        "datums als JJJJ-MM-DD, lege optionele velden als null.",
        {},
    ),
    "links_to": (
        "Verwijzingen van deze entry naar andere: het veld (zoals `related` of `chair`) en het ID.",
        {},
    ),
    "linked_from": ("Verwijzingen van andere entries naar deze: het veld in die entry en haar ID.", {}),
    "citations": (
        "De bronnen van de entry: citatiesleutel en de opgemaakte verwijzing in APA 7 (Markdown), of null "
        "als die er niet is.",
        {},
    ),
}

TYPE_INFO: dict[str, tuple[str, Schema]] = {
    "name": ("Naam van het type, zoals in `type` van een entry.", {"type": "string"}),
    "label": ("Naam van het type voor lezers.", {"type": "string"}),
    "plural": ("Meervoud, de titel van de catalogus.", {"type": "string"}),
    "folder": ("Map van het type op de site en in `docs/`.", {"type": "string"}),
    "csv": ("Het CSV-bestand met de entries van dit type.", {"type": "string"}),
    "count": ("Aantal entries van dit type.", {"type": "integer", "minimum": 0}),
}


def record_def(entry_type: EntryType) -> str:
    return f"{entry_type.model.__name__}Record"


# Once per process: pydantic takes a twentieth of a second for it, and `mkdocs serve` rebuilds often.
@functools.cache
def export_schema() -> Schema:
    """One schema: the entry types as $defs (from pydantic), the shape of entries.json on top."""
    _, generated = models_json_schema(
        [(entry_type.model, "validation") for entry_type in ENTRY_TYPES], ref_template="#/$defs/{model}"
    )
    defs: Schema = dict(generated["$defs"])
    link_fields = sorted(
        {name for entry_type in ENTRY_TYPES for name in names_of(entry_type.model, FieldKind.REFERENCE)}
    )
    defs["Link"] = _object(
        {
            "field": ("Het verwijzende veld.", {"enum": link_fields}),
            "id": ("ID van de andere entry.", {"type": "string", "pattern": ANY_ID_PATTERN}),
        }
    )
    defs["Citation"] = _object(
        {
            "key": (
                "Citatiesleutel uit de bibliografie.",
                {"type": "string", "pattern": CITATION_KEY_PATTERN},
            ),
            "reference": ("Opgemaakte verwijzing (APA 7, Markdown), of null.", {"type": ["string", "null"]}),
        }
    )
    defs["EntryType"] = _object(TYPE_INFO)
    for entry_type in ENTRY_TYPES:
        defs[record_def(entry_type)] = _object(
            RECORD,
            {
                "id": {"type": "string", "pattern": entry_type.id_scheme.pattern},
                "type": {"const": entry_type.name},
                "fields": {"$ref": f"#/$defs/{entry_type.model.__name__}"},
                "links_to": {"type": "array", "items": {"$ref": "#/$defs/Link"}},
                "linked_from": {"type": "array", "items": {"$ref": "#/$defs/Link"}},
                "citations": {"type": "array", "items": {"$ref": "#/$defs/Citation"}},
            },
        )
    schema = _object(
        TOP_LEVEL,
        {
            "types": {"type": "array", "items": {"$ref": "#/$defs/EntryType"}},
            "entries": {
                "type": "array",
                "items": {"oneOf": [{"$ref": f"#/$defs/{record_def(t)}"} for t in ENTRY_TYPES]},
            },
        },
    )
    return {
        "$schema": JSON_SCHEMA_DIALECT,
        "title": "Kennisbank e-protection: entries.json",
        "description": "Alle entries van de kennisbank met hun velden, verwijzingen in beide richtingen en "
        "bronnen. De entrytypen staan onder $defs, gemaakt uit het inhoudsmodel.",
        **schema,
        "$defs": defs,
    }


def _object(keys: dict[str, tuple[str, Schema]], overrides: Schema | None = None) -> Schema:
    overrides = overrides or {}
    return {
        "type": "object",
        "additionalProperties": False,
        "required": list(keys),
        "properties": {
            name: {"description": description, **schema, **overrides.get(name, {})}
            for name, (description, schema) in keys.items()
        },
    }
