"""Model validation errors turned into one clear Dutch message per problem, at the line of the field."""

from __future__ import annotations

import functools

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from kennisbank.content.frontmatter import EntryFile
from kennisbank.model import ENTRY_TYPES, EntryType
from kennisbank.model.entries import PLACEHOLDER_MARK
from kennisbank.model.forms import forms_in
from kennisbank.problems import Problem
from kennisbank.text.excerpt import excerpt

# Dutch wording per pydantic error type; the fallback keeps pydantic's own message.
_MESSAGES = {
    "missing": "verplicht veld '{name}' ontbreekt",
    "extra_forbidden": "onbekend veld '{name}' voor type {type}; toegestaan: {allowed}",
    "enum": "'{value}' is geen toegestane waarde voor '{name}'; kies uit {expected}",
    "id_pattern": "ID '{value}' past niet bij type {type} (map {folder}/): schrijf {form}",
    "date": "'{value}' in '{name}' is geen geldige datum; schrijf JJJJ-MM-DD",
    "too_short": "'{name}' moet minstens één waarde hebben",
    "list_type": "'{name}' moet een lijst zijn (regels die met '- ' beginnen)",
    "string_type": "'{name}' moet tekst zijn, niet {value_type}",
    "string_pattern_mismatch": "'{value}' in '{name}' heeft niet de juiste vorm; schrijf {form}",
    "string_too_long": "'{name}' is te lang: hoogstens {max_length} tekens",
    "string_too_short": "'{name}' is te kort: minstens {min_length} tekens",
    "value_error": "'{name}': {error}",
}


def describe(error: ValidationError, entry_file: EntryFile, entry_type: EntryType) -> list[Problem]:
    problems = []
    for detail in error.errors(include_url=False):
        loc = detail["loc"]
        field = loc[0] if loc else ""
        line = entry_file.line_of(field, loc[1] if len(loc) > 1 else None)
        problems.append(Problem(entry_file.path, line, _message(detail, entry_type)))
    return problems


def _message(detail: ErrorDetails, entry_type: EntryType) -> str:
    loc = detail["loc"]
    ctx = detail.get("ctx", {})
    value = detail.get("input")
    if isinstance(value, str) and PLACEHOLDER_MARK in value:
        return f"'{_name(loc)}': tekst is nog niet ingevuld ('{PLACEHOLDER_MARK}')"
    template = _MESSAGES.get(_kind(detail))
    if template is None:
        return f"'{_name(loc)}': {detail['msg']}"
    return template.format(
        name=_name(loc),
        value=excerpt(value),
        value_type=type(value).__name__,
        type=entry_type.name,
        folder=entry_type.folder,
        allowed=", ".join(entry_type.model.model_fields),
        expected=ctx.get("expected", ""),
        form=_forms().get(ctx.get("pattern", ""), "zoals het inhoudsmodel het beschrijft"),
        max_length=ctx.get("max_length", ""),
        min_length=ctx.get("min_length", ""),
        error=ctx.get("error", ""),
    )


# Once per process: the JSON Schemas of the models take pydantic a twentieth of a second.
@functools.cache
def _forms() -> dict[str, str]:
    """The words of every text form of the model, by its pattern (pydantic's error names the pattern)."""
    return {
        pattern: words
        for entry_type in ENTRY_TYPES
        for pattern, words in forms_in(entry_type.model.model_json_schema()).items()
    }


def _kind(detail: ErrorDetails) -> str:
    kind = detail["type"]
    if kind == "string_pattern_mismatch" and detail["loc"] == ("id",):
        return "id_pattern"
    if kind.startswith(("date_", "datetime_")):
        return "date"
    if kind in ("too_short", "too_long") and isinstance(detail.get("input"), str):
        # A length limit on plain text (a field of the PlainText kind) is checked as pydantic checks a
        # sequence: "at most 300 items". Said as what it is, a number of characters.
        return f"string_{kind}"
    if kind == "too_short" and not isinstance(detail.get("input"), list):
        return "other"
    return kind


def _name(loc: tuple[int | str, ...]) -> str:
    """`('points', 2, 'value')` as contributors count: "points, nr. 3, value"."""
    return ", ".join(f"nr. {part + 1}" if isinstance(part, int) else part for part in loc) or "front matter"
