"""The Data page: which files the build publishes under data/, and what each holds, from the model."""

from __future__ import annotations

import posixpath
from collections.abc import Callable, Mapping

from kennisbank.content.corpus import Corpus
from kennisbank.export.records import (
    LIST_SEPARATOR,
    POINT_COLUMNS,
    POINTS_FILE,
    STEP_COLUMNS,
    STEPS_FILE,
    csv_columns,
    csv_name,
)
from kennisbank.export.schema import RECORD, TOP_LEVEL
from kennisbank.model import ENTRY_TYPES, EntryType
from kennisbank.model.entries import Aanbeveling, Point, Reeks
from kennisbank.model.fields import FieldKind, model_fields

ENTRIES_FILE = "entries.json"
SCHEMA_FILE = "schema.json"
BIBLIOGRAPHY_FILE = "bibliography.json"


def data_page(corpus: Corpus, *, page_uri: str, data_dir: str, model_reference: str, version: str) -> str:
    here = posixpath.dirname(page_uri) or "."

    def data_link(name: str) -> str:
        return f"[{name}]({posixpath.relpath(f'{data_dir}/{name}', here)})"

    model = posixpath.relpath(model_reference, here)
    files = [
        "| Bestand | Inhoud |",
        "| --- | --- |",
        f"| {data_link(ENTRIES_FILE)} | Alle {len(corpus)} entries met hun velden, verwijzingen in beide "
        "richtingen en bronnen, plus de versie van de kennisbank en het moment van de build. |",
        f"| {data_link(SCHEMA_FILE)} | Het JSON Schema van `{ENTRIES_FILE}`, gemaakt uit het inhoudsmodel. |",
        f"| {data_link(BIBLIOGRAPHY_FILE)} | Alle bronnen als CSL-JSON. |",
        *(
            f"| {data_link(csv_name(entry_type))} | De {len(corpus.of_type(entry_type))} entries van het "
            f"type {entry_type.label.lower()}, één rij per entry. |"
            for entry_type in ENTRY_TYPES
        ),
        f"| {data_link(POINTS_FILE)} | Alle {_point_count(corpus)} meetpunten van de cijferreeksen, "
        "één rij per meetpunt. |",
        f"| {data_link(STEPS_FILE)} | Alle {_step_count(corpus)} stappen in de opvolging van de "
        "aanbevelingen, één rij per stap. |",
    ]
    parts = [
        "---\ntitle: Data\n---\n",
        "# Data\n",
        "De inhoud van de kennisbank is ook als open data beschikbaar, voor eigen analyses, overzichten of "
        "koppelingen. Elke build maakt de bestanden opnieuw uit dezelfde entries als deze site; deze "
        f"bestanden horen bij versie **{version}**. Welke velden elk type heeft en welke waarden zijn "
        f"toegestaan, staat in het [Inhoudsmodel]({model}).\n",
        "\n".join(files) + "\n",
        f"## {ENTRIES_FILE}\n",
        "Eén JSON-object met deze sleutels:\n",
        _keys_table(TOP_LEVEL),
        "### Een entry\n",
        f"Elke entry in `entries` heeft deze sleutels. De velden in `fields` verschillen per type; "
        f"`{SCHEMA_FILE}` beschrijft ze per type onder `$defs`.\n",
        _keys_table(RECORD),
        "## CSV-bestanden\n",
        "Eén bestand per entrytype, in UTF-8, met komma's tussen de kolommen; de eerste rij noemt de "
        "kolommen. De kolommen zijn de velden van het type in het inhoudsmodel, in dezelfde volgorde. Een "
        f"lijst staat in één cel, met `{LIST_SEPARATOR.strip()}` en een spatie tussen de waarden; "
        "keuzewaarden staan er als slug (zoals `niet-beoordeeld`), datums als JJJJ-MM-DD, en een leeg "
        "optioneel veld is een lege cel.\n",
        *(_csv_section(entry_type, data_link, model) for entry_type in ENTRY_TYPES),
        f"### Meetpunten\n\n{data_link(POINTS_FILE)}, met de kolommen "
        + ", ".join(f"`{column}`" for column in POINT_COLUMNS)
        + f": het ID van de reeks, en van elk meetpunt {_point_fields()}, met de eenheid van de reeks "
        "(als slug). Dezelfde meetpunten staan in `entries.json` onder `points` in de velden van de reeks.\n",
        f"### Opvolging\n\n{data_link(STEPS_FILE)}, met de kolommen "
        + ", ".join(f"`{column}`" for column in STEP_COLUMNS)
        + ": het ID van de aanbeveling, de datum en de soort stap (als slug), de stand die de stap geeft "
        "(leeg als de stap de stand laat staan), wat er gebeurde en de citatiesleutel van de bron. Dezelfde "
        "stappen staan in `entries.json` onder `timeline` in de velden van de aanbeveling; de stand van een "
        "aanbeveling staat in `status` en `status_date`.\n",
        f"## {BIBLIOGRAPHY_FILE}\n",
        "De bibliografie als CSL-JSON, de vorm die literatuurbeheerders zoals Zotero inlezen, door pandoc "
        "gemaakt uit de BibTeX-bestanden van de kennisbank. Elke bron heeft als `id` haar citatiesleutel, "
        f"dezelfde als `key` onder `citations` in `{ENTRIES_FILE}`.\n",
        f"## {SCHEMA_FILE}\n",
        f"Een JSON Schema (draft 2020-12) van `{ENTRIES_FILE}`. De entrytypen staan onder `$defs` met hun "
        "velden, verplichte velden, ID-patronen en keuzelijsten, gemaakt uit hetzelfde inhoudsmodel als de "
        f"validator en deze site gebruiken. Een programma kan `{ENTRIES_FILE}` ermee controleren.\n",
    ]
    return "\n".join(parts)


def _keys_table(keys: Mapping[str, tuple[str, object]]) -> str:
    rows = [f"| `{name}` | {description} |" for name, (description, _) in keys.items()]
    return "\n".join(["| Sleutel | Inhoud |", "| --- | --- |", *rows, ""])


def _point_count(corpus: Corpus) -> int:
    return sum(len(entry.data.points) for entry in corpus.by_id.values() if isinstance(entry.data, Reeks))


def _step_count(corpus: Corpus) -> int:
    return sum(
        len(entry.data.timeline) for entry in corpus.by_id.values() if isinstance(entry.data, Aanbeveling)
    )


def _point_fields() -> str:
    return ", ".join(f"{(info.title or name).lower()}" for name, info in Point.model_fields.items())


def _csv_section(entry_type: EntryType, data_link: Callable[[str], str], model: str) -> str:
    columns = ", ".join(
        f"`{column}` ({field.title})"
        for field in model_fields(entry_type.model)
        if field.kind is not FieldKind.ROWS
        for column in csv_columns(entry_type.model, field.name)
    )
    link = data_link(csv_name(entry_type))
    return (
        f"### {entry_type.plural}\n\n{link}, met de kolommen {columns}. Zie "
        f"[{entry_type.label}]({model}#{entry_type.name}) in het inhoudsmodel.\n"
    )
