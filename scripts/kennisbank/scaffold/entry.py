"""A new entry, written from the content model: the next free ID, every field, the type's sections.

Everything comes from `kennisbank.model`: the fields and whether they are required, their titles and
descriptions, the allowed values of closed lists, the ID scheme and the headed sections of the type.
Required fields get a value containing `PLACEHOLDER_MARK`, which the validator rejects until a
contributor has filled it in.
"""

from __future__ import annotations

import re
import textwrap
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import yaml
from pydantic import TypeAdapter, ValidationError

from kennisbank.content.frontmatter import FrontMatterError, read_entry_file
from kennisbank.model import ENTRY_TYPES, EntryType, IdScheme
from kennisbank.model.entries import PLACEHOLDER_MARK, file_name
from kennisbank.model.fields import FieldKind, ModelField, model_fields

# Fields the scaffold fills itself instead of with a placeholder.
_ID, _TITLE, _REVIEWED = "id", "title", "reviewed"
# What a plain-text field may not hold (see `_plain` in the model); kept out of placeholder texts.
_MARKUP = re.compile(r"[<>\[\]`*#|]")
_COMMENT_WIDTH = 100


class ScaffoldError(Exception):
    """A request the scaffold refuses, with a message for the contributor."""


@dataclass(frozen=True)
class NewEntry:
    entry_type: EntryType
    id: str
    path: Path
    text: str


def entry_type_named(name: str) -> EntryType:
    names = ", ".join(entry_type.name for entry_type in ENTRY_TYPES)
    if not name.strip():
        raise ScaffoldError(f"geef een type, bijvoorbeeld TYPE=interventie; kies uit: {names}")
    for entry_type in ENTRY_TYPES:
        if name.strip().lower() in (entry_type.name, entry_type.folder):
            return entry_type
    raise ScaffoldError(f"onbekend type '{name}'; kies uit: {names}")


def new_entry(
    docs_dir: Path, type_name: str, title: str, *, slug: str | None = None, today: date | None = None
) -> NewEntry:
    """The entry to write: refuses an unknown type, an invalid title and an ID that is taken."""
    entry_type = entry_type_named(type_name)
    title = _checked_title(entry_type, title)
    folder = docs_dir / entry_type.folder
    taken = existing_ids(folder, entry_type.id_scheme)
    scheme = entry_type.id_scheme
    if scheme.slug:
        entry_id = f"{scheme.prefix}-{slugify(slug if slug is not None else title)}"
        if not re.fullmatch(scheme.pattern, entry_id):
            raise ScaffoldError(
                f"uit '{slug if slug is not None else title}' valt geen ID van de vorm {scheme.prefix}-naam "
                "te maken; geef een korte naam met letters en cijfers"
            )
    else:
        if slug is not None:
            raise ScaffoldError(f"type {entry_type.name} krijgt een volgnummer, geen naam: laat de naam weg")
        entry_id = next_numbered_id(scheme, taken)
    path = folder / file_name(entry_id)
    if path.exists() or entry_id in taken:
        raise ScaffoldError(
            f"{entry_id} bestaat al ({path.name}); een ID wordt nooit hergebruikt: "
            "kies een andere naam of verbeter de bestaande entry"
        )
    return NewEntry(
        entry_type, entry_id, path, render_entry(entry_type, entry_id, title, today or date.today())
    )


def write_entry(entry: NewEntry) -> None:
    entry.path.parent.mkdir(parents=True, exist_ok=True)
    with entry.path.open("x", encoding="utf-8") as file:  # never overwrite
        file.write(entry.text)


def existing_ids(folder: Path, scheme: IdScheme) -> set[str]:
    """IDs of this scheme used in the folder: from the file names and from the `id` in front matter."""
    found: set[str] = set()
    for path in sorted(folder.rglob("*.md")) if folder.is_dir() else []:
        stem = path.stem
        if stem.upper().startswith(f"{scheme.prefix}-"):
            found.add(scheme.prefix + stem[len(scheme.prefix) :])
        try:
            written = read_entry_file(path, path.name).meta.get(_ID)
        except FrontMatterError:
            continue
        if isinstance(written, str):
            found.add(written.strip())
    return {entry_id for entry_id in found if re.fullmatch(scheme.pattern, entry_id)}


def next_numbered_id(scheme: IdScheme, taken: set[str]) -> str:
    """The highest number in use plus one, written as the scheme writes it."""
    highest = max((int(entry_id.split("-", 1)[1]) for entry_id in taken), default=0)
    number = str(highest + 1).zfill(scheme.digits or 1)
    entry_id = f"{scheme.prefix}-{number}"
    if not re.fullmatch(scheme.pattern, entry_id):
        raise ScaffoldError(
            f"na {scheme.prefix}-{highest} is er geen vrij nummer in het patroon {scheme.pattern}"
        )
    return entry_id


def slugify(text: str) -> str:
    """Lowercase ASCII words joined by hyphens: "Veilig Thuis (regio's)" -> "veilig-thuis-regio-s"."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return "-".join(re.findall(r"[a-z0-9]+", ascii_text.lower()))


def _checked_title(entry_type: EntryType, title: str) -> str:
    title = " ".join(title.split())
    if not title:
        raise ScaffoldError('geef een titel, bijvoorbeeld TITLE="Hulplijn voor jongeren"')
    info = entry_type.model.model_fields[_TITLE]
    try:
        # The field's type with its constraints, put together at run time: no static type to check.
        annotated: Any = Annotated[(info.annotation, *info.metadata)]
        return TypeAdapter(annotated).validate_python(title)
    except ValidationError as error:
        detail = error.errors(include_url=False)[0]
        limit = detail.get("ctx", {})
        reasons = {
            "too_long": f"hoogstens {limit.get('max_length')} tekens",
            "too_short": f"minstens {limit.get('min_length')} tekens",
        }
        kind = str(detail["type"]).removeprefix("string_")
        reason = reasons.get(kind, str(detail["msg"]).removeprefix("Value error, "))
        raise ScaffoldError(f"ongeldige titel: {reason}") from None


def render_entry(entry_type: EntryType, entry_id: str, title: str, today: date) -> str:
    """The whole file: commented front matter with every field of the model, then the sections."""
    fixed: dict[str, object] = {_ID: entry_id, _TITLE: title, _REVIEWED: today}
    lines = [
        "---",
        f"# Nieuwe entry ({entry_type.name}): vervang elk {PLACEHOLDER_MARK}; controleer met `make check`.",
        "# Regels die met # beginnen zijn toelichting en mogen weg.",
    ]
    for field in model_fields(entry_type.model):
        name = field.name
        if field.derived:
            continue  # worked out by the model (a recommendation's status), never written by hand
        lines.extend(_comment(field))
        if field.kind is FieldKind.ROWS:
            lines.extend(_rows(field))
        elif name in fixed:
            lines.append(_yaml_line(name, fixed[name]))
        elif field.required:
            lines.append(_yaml_line(name, _placeholder(field)))
        elif field.many:
            lines.append(_yaml_line(name, []))
        else:
            lines.append(f"# {name}:")
    lines.append("---")
    body = [
        f"\n## {heading}\n\n{PLACEHOLDER_MARK}: schrijf in eigen woorden wat de bronnen zeggen; "
        "elke bewering krijgt een bron (zie CONTRIBUTING.md).\n"
        for heading in entry_type.sections
    ]
    return "\n".join(lines) + "\n" + "".join(body)


def _rows(table: ModelField) -> list[str]:
    """A table field (a series' points) as two rows to fill in, each field of a row on its own line."""
    fields = []
    for field in model_fields(table.model):
        label = f"{field.title}: {field.description}" if field.description else field.name
        value = f"{field.name}: {PLACEHOLDER_MARK}" if field.required else f"# {field.name}:"
        fields.append((value, label))
    lines = [f"{table.name}:"]
    for _ in range(2):
        for index, (value, label) in enumerate(fields):
            lines.append(f"  {'- ' if index == 0 else '  '}{value}  # {label}")
    return lines


def _comment(field: ModelField) -> list[str]:
    required = "verplicht" if field.required else "optioneel"
    kind = ", lijst" if field.many else ""
    text = f"{field.title} ({required}{kind})"
    if field.description:
        text += f": {field.description}"
    lines = [text]
    if field.kind is FieldKind.CHOICE:
        lines.append("Kies uit: " + ", ".join(member.value for member in field.vocabulary) + ".")
    return [
        wrapped
        for line in lines
        for wrapped in textwrap.wrap(
            line, _COMMENT_WIDTH, initial_indent="# ", subsequent_indent="#   ", break_on_hyphens=False
        )
    ]


def _placeholder(field: ModelField) -> object:
    if field.many:
        return [PLACEHOLDER_MARK]
    text = _MARKUP.sub("", field.description or field.title).strip()
    return f"{PLACEHOLDER_MARK}: {text}" if text and field.value_type is str else PLACEHOLDER_MARK


def _yaml_line(name: str, value: object) -> str:
    """`name: value` as YAML writes it, quoted where needed; lists in the short form `[a, b]`."""
    options: dict[str, Any] = {"allow_unicode": True, "sort_keys": False, "width": 10**6}
    if isinstance(value, list):
        return f"{name}: " + yaml.safe_dump(value, default_flow_style=True, **options).strip()
    return yaml.safe_dump({name: value}, default_flow_style=False, **options).strip()
