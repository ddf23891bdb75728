"""Filling in a scaffolded entry as a contributor does: every INVULLEN replaced, nothing else touched."""

from __future__ import annotations

from datetime import date

from kennisbank.model import EntryType
from kennisbank.model.entries import ORGANISATIE_IDS, PLACEHOLDER_MARK, EvidenceProfile
from kennisbank.model.fields import FieldKind, model_fields

# A source of the fixture site's bibliography, and a paragraph citing it.
SOURCE = "rapport2021"
# The fixture site's organisation, for a field that names organisations (who made a recommendation).
ORGANISATION = "ORG-voorbeeld"
PARAGRAPH = f"Deze tekst bestaat alleen om de nieuwe entry te toetsen [@{SOURCE}]."


def valid_fields(entry_type: EntryType) -> dict[str, str]:
    """A valid YAML value for every required field the scaffold leaves open, derived from the model."""
    values: dict[str, str] = {}
    for field in model_fields(entry_type.model):
        name = field.name
        if not field.required or name in ("id", "title", "reviewed") or field.kind is FieldKind.ROWS:
            continue
        if field.kind is FieldKind.CHOICE:
            value = next(iter(field.vocabulary)).value
        elif field.kind is FieldKind.CITATION:
            value = SOURCE
        elif field.pattern == ORGANISATIE_IDS.pattern:
            value = ORGANISATION
        elif field.kind is FieldKind.DATE:
            value = f"{date.today().year - 1}-01-01"
        elif field.kind is FieldKind.NESTED and field.model is EvidenceProfile:
            value = "{effect: onbekend, design: geen-evaluatie}"  # no evaluation: the honest minimum
        elif name == "summary":
            value = "Een entry die alleen bestaat om de scaffold van de kennisbank te toetsen."
        else:
            assert field.kind is FieldKind.TEXT, (name, field.kind)
            value = "Tekst om te toetsen"
        values[name] = f"[{value}]" if field.many else value
    return values


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
