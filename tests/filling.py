"""Filling in a scaffolded entry as a contributor does: every INVULLEN replaced, nothing else touched."""

from __future__ import annotations

from datetime import date
from typing import get_args, get_origin

from kennisbank.model import EntryType
from kennisbank.model.entries import (
    CITATION_KEY_PATTERN,
    ORGANISATIE_IDS,
    PLACEHOLDER_MARK,
    facets,
    table_fields,
)

# A source of the fixture site's bibliography, and a paragraph citing it.
SOURCE = "rapport2021"
# The fixture site's organisation, for a field that names organisations (who made a recommendation).
ORGANISATION = "ORG-voorbeeld"
PARAGRAPH = f"Deze tekst bestaat alleen om de nieuwe entry te toetsen [@{SOURCE}]."


def valid_fields(entry_type: EntryType) -> dict[str, str]:
    """A valid YAML value for every required field the scaffold leaves open, derived from the model."""
    closed = {facet.field: facet.vocabulary for facet in facets(entry_type.model)}
    properties = entry_type.model.model_json_schema()["properties"]
    values: dict[str, str] = {}
    tables = set(table_fields(entry_type.model))
    for name, info in entry_type.model.model_fields.items():
        if not info.is_required() or name in ("id", "title", "reviewed") or name in tables:
            continue
        listed = get_origin(info.annotation) is list
        if name in closed:
            value = next(iter(closed[name])).value
        elif name == "sources" or _pattern(properties[name]) == CITATION_KEY_PATTERN:
            value = SOURCE
        elif _pattern(properties[name]) == ORGANISATIE_IDS.pattern:
            value = ORGANISATION
        elif properties[name].get("format") == "date":
            value = f"{date.today().year - 1}-01-01"
        elif properties[name].get("$ref", "").endswith("/EvidenceProfile"):
            value = "{effect: onbekend, design: geen-evaluatie}"  # no evaluation: the honest minimum
        elif name == "summary":
            value = "Een entry die alleen bestaat om de scaffold van de kennisbank te toetsen."
        else:
            assert get_args(info.annotation) in ((), (str,)) or listed, (name, info.annotation)
            value = "Tekst om te toetsen"
        values[name] = f"[{value}]" if listed else value
    return values


def _pattern(prop: dict) -> str | None:
    return prop.get("pattern") or prop.get("items", {}).get("pattern")


def fill_placeholders(text: str, fields: dict[str, str], paragraph: str = PARAGRAPH) -> str:
    """Front matter lines `name: …` get the YAML in `fields`; placeholder paragraphs become `paragraph`."""
    _, front, body = text.split("---\n", 2)
    lines = []
    rows = 0
    for line in front.splitlines():
        name = line.split(":", 1)[0]
        if line.startswith("  ") and PLACEHOLDER_MARK in line.split("#", 1)[0]:
            rows += line.lstrip().startswith("- ")
            lines.append(_row_line(line, rows))
            continue
        lines.append(f"{name}: {fields[name]}" if not line.startswith("#") and name in fields else line)
    body = "\n".join(paragraph if PLACEHOLDER_MARK in line else line for line in body.splitlines())
    filled = "---\n" + "\n".join(lines) + "\n---\n" + body + "\n"
    # The explanatory comments may keep mentioning the mark; the YAML and the text may not.
    assert not any(PLACEHOLDER_MARK in line for line in filled.splitlines() if not line.startswith("#")), (
        filled
    )
    return filled


def _row_line(line: str, row: int) -> str:
    """A field of a row of a table field (a series' point): a recent year per row, a number, the source."""
    indent, field = line.split(":", 1)[0].rsplit(" ", 1)
    value = {
        "period": f'"{date.today().year - 2 + row}"',
        "value": str(row),
        "source": SOURCE,
        # A recommendation's follow-up: two steps after the recommendation, the first one deciding.
        "date": f"{date.today().year - 1}-0{row}-01",
        "step": "overgenomen" if row == 1 else "evaluatie",
        "text": "Een stap om te toetsen.",
    }[field]
    return f"{indent} {field}: {value}"
