"""The model reference for contributors, written as Markdown from the content model itself."""

from __future__ import annotations

import functools
from datetime import date

from pydantic import BaseModel

from kennisbank.allowlist import ADDRESSES, ELEMENTS, FILE_KINDS, GLOBAL_ATTRIBUTES, VALUES
from kennisbank.dutch import dutch_date
from kennisbank.model.entries import ENTRY_TYPES, EntryType, file_name
from kennisbank.model.fields import FieldKind, ModelField, model_fields
from kennisbank.model.sources import SECTION, SourceField, SourceType, verification_ways
from kennisbank.model.statutes import ARTICLES, LAWS, Article
from kennisbank.model.vocabularies import Choice


# Once per process and form: it depends on the model alone, and `mkdocs serve` rebuilds often.
@functools.cache
def render_reference(*, level: int = 1, anchors: bool = True) -> str:
    """The whole reference: every entry type with its fields, then every closed value list.

    The site's page has it at heading `level` 1 with explicit anchors; CONTRIBUTING.md holds the same
    text one level down and without the `{ #anchor }` syntax, which only the site understands (the
    implicit anchors of the headings are the same).
    """
    vocabularies = _vocabularies()
    used: dict[str, type[Choice]] = {}
    parts = [
        f"{'#' * level} Inhoudsmodel\n",
        "Dit overzicht wordt gemaakt uit het inhoudsmodel in `scripts/kennisbank/model/`: op de site bij "
        "elke build, in `CONTRIBUTING.md` met `make contributing`. Wat hier staat, controleren de "
        "validator en de build. Velden met *ja* in de kolom Verplicht moeten in de front matter van elke "
        "entry van dat type staan.\n",
    ]
    for entry_type in ENTRY_TYPES:
        parts.append(_type_section(entry_type, vocabularies, used, level + 1, anchors))
    parts.extend(_rows_section(model, used, level + 1, anchors) for model in _row_models().values())
    parts.append(f"{'#' * (level + 1)} Keuzelijsten\n")
    parts.extend(_vocabulary_section(vocabulary, level + 2) for vocabulary in used.values())
    parts.append(_sources_section(level + 1))
    parts.append(_statutes_section(level + 1))
    parts.append(_html_section(level + 1))
    return "\n".join(parts)


def _sources_section(level: int) -> str:
    kinds = [f"| `@{kind.value}` | {_cell(kind.label)} |" for kind in SourceType]
    fields = [
        f"| `{name.value}` | {_cell(name.label)} | {'ja' if name.published else 'nee'} |"
        for name in SourceField
    ]
    return "\n".join(
        [
            f"{'#' * level} {SECTION}\n",
            "Een bron in `bibliography/*.bib` is een BibTeX- of BibLaTeX-record dat zegt waar het is "
            f"gecontroleerd: {_cell(verification_ways(quote='`'))} "
            "(`scripts/kennisbank/model/sources.py`). Een export van Zotero heeft het eerste of het tweede "
            "al; een regel erboven is voor een bron zonder DOI of bekeken adres. De validator "
            "kent de soorten bronnen en velden hieronder; een andere soort of een ander veld (meestal een "
            "tikfout, zoals `@artcle` of `titel`) is een fout. Velden met *nee* in de kolom Gepubliceerd "
            "neemt een literatuurprogramma als Zotero vaak mee: ze mogen blijven staan, maar komen niet op "
            "de site en niet in de open data.\n",
            "| Soort | Wat |",
            "| --- | --- |",
            *kinds,
            "",
            "| Veld | Wat | Gepubliceerd |",
            "| --- | --- | --- |",
            *fields,
            "",
        ]
    )


def _statutes_section(level: int) -> str:
    articles = [
        f"| {row.label} | {_cell(row.covers)} | {_optional_date(row.in_force_from)} "
        f"| {_optional_date(row.repealed_on)} | {_successor(row)} | `{row.source}` |"
        for row in ARTICLES
    ]
    laws = [
        f"| {_cell(law.name)} | {law.dossier} | {dutch_date(law.in_force_from)} | `{law.source}` |"
        for law in LAWS
    ]
    return "\n".join(
        [
            f"{'#' * level} Wetsartikelen\n",
            "De validator kent de wetsartikelen en wetten hieronder "
            "(`scripts/kennisbank/model/statutes.py`), elk met de bron waarin het nummer of de datum is "
            "gecontroleerd. Een artikel dat hier niet staat, is een fout: controleer het in de officiële "
            "wettekst en voeg het eerst aan de tabel toe. Een vervallen artikel mag alleen als geschiedenis "
            "in de tekst staan, met in dezelfde zin een woord als 'tot 1 juli 2024', 'voorheen' of '(oud)'. "
            "Een wet die in werking is, heet geen wetsvoorstel, tenzij dezelfde zin zegt dat zij in werking "
            "is getreden.\n",
            "| Artikel | Wat het regelt | Geldt sinds | Vervallen op | Vervangen door | Bron |",
            "| --- | --- | --- | --- | --- | --- |",
            *articles,
            "",
            "| Wet | Kamerstuk | In werking sinds | Bron |",
            "| --- | --- | --- | --- |",
            *laws,
            "",
        ]
    )


def _html_section(level: int) -> str:
    def attributes(element: str) -> str:
        names = [f"`{name}`" for name in sorted(ELEMENTS[element])]
        names += [
            f"`{name}` ({', '.join(f'`{value}`' for value in sorted(values))})"
            for name, values in sorted(VALUES.get(element, {}).items())
        ]
        return ", ".join(names) or "–"

    plain = ", ".join(f"`{element}`" for element in sorted(ELEMENTS) if attributes(element) == "–")
    rows = [
        f"| `{element}` | {attributes(element)} |"
        for element in sorted(ELEMENTS)
        if attributes(element) != "–"
    ]
    links = ", ".join(f"`{attribute}` op `{element}`" for element, attribute in ADDRESSES)
    kinds = ", ".join(
        f"{kind.name} ({', '.join(f'`{extension}`' for extension in kind.extensions)})" for kind in FILE_KINDS
    )
    bound = max(kind.max_bytes for kind in FILE_KINDS) // 1_000_000
    return "\n".join(
        [
            f"{'#' * level} HTML in een pagina\n",
            "Schrijf in Markdown; HTML is zelden nodig. Waar het toch staat, en in wat Markdown van een "
            "pagina "
            "maakt, zijn alleen de elementen en attributen hieronder toegestaan "
            "(`scripts/kennisbank/allowlist.py`). De validator noemt elk ander element of attribuut met het "
            "regelnummer; de build houdt de HTML van elke pagina met de sanitizer nh3 tegen dezelfde lijst. "
            f"Op elk element mogen: {', '.join(f'`{name}`' for name in sorted(GLOBAL_ATTRIBUTES))}. "
            f"Een adres ({links}, en in Markdown-links en -afbeeldingen) begint met https://, is een pad "
            "binnen de site of een #anker; een link mag ook mailto: of tel: zijn, met een openbaar adres of "
            "nummer. Een afbeelding staat in docs/. Nooit http://, javascript:, data: of een adres dat met "
            "// naar een andere host wijst.\n",
            f"Naast Markdown (`.md`) staan in docs/ alleen afbeeldingen: {kinds}; elk hoogstens {bound} MB "
            "en met de inhoud die de extensie noemt. Een SVG bevat alleen elementen en attributen van de "
            "lijst hieronder. Elk ander bestand (HTML, JavaScript, CSS, `_headers`, `_redirects`, een "
            "bestand zonder extensie) weigert de validator: MkDocs zou het ongezien "
            "in de site zetten.\n",
            f"Elementen zonder eigen attributen: {plain}. De andere elementen, met hun eigen attributen:\n",
            "| Element | Attributen |",
            "| --- | --- |",
            *rows,
            "",
        ]
    )


def _successor(row: Article) -> str:
    return f"art. {row.replaced_by} {row.code.abbreviation}" if row.replaced_by else ""


def _optional_date(value: date | None) -> str:
    return dutch_date(value) if value else ""


def _type_section(
    entry_type: EntryType,
    vocabularies: dict[str, type[Choice]],
    used: dict[str, type[Choice]],
    level: int,
    anchors: bool,
) -> str:
    rows = _field_rows(entry_type.model, vocabularies, used)
    return "\n".join(
        [
            f"{'#' * level} {entry_type.label}{f' {{ #{entry_type.name} }}' if anchors else ''}\n",
            f"{entry_type.model.__doc__}\n",
            f"Map `docs/{entry_type.folder}/`; ID: {entry_type.id_scheme.form.words}; "
            f"bestandsnaam: het ID in kleine letters, bijvoorbeeld `{_example_file(entry_type)}`. "
            f"`make new` zet deze kopjes in de tekst: {', '.join(entry_type.sections) or 'geen'}.\n",
            "| Veld | Naam | Verplicht | Waarde | Toelichting |",
            "| --- | --- | --- | --- | --- |",
            *rows,
            "",
        ]
    )


def _field_rows(
    model: type[BaseModel], vocabularies: dict[str, type[Choice]], used: dict[str, type[Choice]]
) -> list[str]:
    return [
        f"| `{field.name}` | {field.title} | {'ja' if field.required else 'nee'} "
        f"| {_describe_type(field, vocabularies, used)} | {_cell(field.description)} |"
        for field in model_fields(model)
    ]


def _rows_section(model: type[BaseModel], used: dict[str, type[Choice]], level: int, anchors: bool) -> str:
    """A model whose instances are the rows of a table field (a series' points), with its own fields."""
    vocabularies = _vocabularies()
    return "\n".join(
        [
            f"{'#' * level} {model.__name__}{f' {{ #{model.__name__.lower()} }}' if anchors else ''}\n",
            f"{model.__doc__}\n",
            "| Veld | Naam | Verplicht | Waarde | Toelichting |",
            "| --- | --- | --- | --- | --- |",
            *_field_rows(model, vocabularies, used),
            "",
        ]
    )


def _row_models() -> dict[str, type[BaseModel]]:
    """The models with fields of their own inside an entry (a series' points, an evidence profile and its
    notes), each once, in the order they first appear."""
    found: dict[str, type[BaseModel]] = {}
    pending = [field for entry_type in ENTRY_TYPES for field in model_fields(entry_type.model)]
    while pending:
        field = pending.pop(0)
        if field.kind in _WITH_FIELDS and field.model.__name__ not in found:
            found[field.model.__name__] = field.model
            pending.extend(model_fields(field.model))
    return found


_WITH_FIELDS = (FieldKind.ROWS, FieldKind.NESTED)


def _describe_type(
    field: ModelField, vocabularies: dict[str, type[Choice]], used: dict[str, type[Choice]]
) -> str:
    return ("lijst van " if field.many else "") + _describe_value(field, vocabularies, used)


def _describe_value(
    field: ModelField, vocabularies: dict[str, type[Choice]], used: dict[str, type[Choice]]
) -> str:
    name = field.value_type.__name__
    if field.kind in _WITH_FIELDS:
        return f"rij met eigen velden, zie [{name}](#{name.lower()})"
    if field.kind is FieldKind.CHOICE:
        used.setdefault(name, vocabularies[name])
        return f"keuze uit [{name}](#{name.lower()})"
    if field.kind is FieldKind.REFERENCE:
        return "ID van een entry"
    if field.kind is FieldKind.DATE:
        return "datum (JJJJ-MM-DD)"
    if field.kind is FieldKind.URL:
        return "https-adres"
    if field.kind is FieldKind.NUMBER:
        return "getal"
    if field.form:
        return f"tekst: {_cell(field.form)}"
    return "tekst"


# A closed list whose values carry a second fact shows it in a column of its own: the MNR domain of a
# capability, the status a follow-up step gives a recommendation, the types an audience's page leads with.
_EXTRA_COLUMNS = {
    "domain": "Domein",
    "sets": "Stand na deze stap",
    "meaning": "Wanneer",
    "level": "Niveau",
    "leads_with": "Ingang begint met",
}


def _vocabulary_section(vocabulary: type[Choice], level: int) -> str:
    members = list(vocabulary)
    extra = next((name for name in _EXTRA_COLUMNS if all(hasattr(member, name) for member in members)), None)
    header = "| Waarde | Betekenis |" + (f" {_EXTRA_COLUMNS[extra]} |" if extra else "")
    divider = "| --- | --- |" + (" --- |" if extra else "")
    rows = [
        f"| `{member.value}` | {member.label} |"
        + (f" {_extra_cell(getattr(member, extra), extra)} |" if extra else "")
        for member in members
    ]
    return "\n".join(
        [f"{'#' * level} {vocabulary.__name__}\n", f"{vocabulary.__doc__}\n", header, divider, *rows, ""]
    )


def _extra_cell(value: Choice | str | int | tuple[str, ...] | None, column: str) -> str:
    if isinstance(value, Choice):
        return value.label
    if isinstance(value, tuple):  # names of entry types
        plurals = {entry_type.name: entry_type.plural for entry_type in ENTRY_TYPES}
        return ", ".join(plurals[name] for name in value)
    if value is None:
        return "blijft gelijk" if column == "sets" else "–"
    return str(value)


def _vocabularies() -> dict[str, type[Choice]]:
    found: dict[str, type[Choice]] = {}
    pending = list(Choice.__subclasses__())
    while pending:
        vocabulary = pending.pop()
        found[vocabulary.__name__] = vocabulary
        pending.extend(vocabulary.__subclasses__())
    return found


def _example_file(entry_type: EntryType) -> str:
    return file_name(entry_type.id_scheme.example)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")
