"""What works: every intervention side by side on the five dimensions of its evidence profile (EMMIE), and
the rubric that says how a profile is rated, written from the model for the page, Werkwijze and
CONTRIBUTING.md alike."""

from __future__ import annotations

from dataclasses import dataclass

from kennisbank.content.corpus import Corpus
from kennisbank.model import ENTRY_TYPES
from kennisbank.model.entries import EvidenceProfile, Interventie
from kennisbank.model.vocabularies import EffectDirection, EvaluationDesign, Phase
from kennisbank.plugin.card import UrlFor
from kennisbank.plugin.catalogue import Filter, Option

INTERVENTION = next(entry_type for entry_type in ENTRY_TYPES if entry_type.model is Interventie)
WHAT_WORKS_PAGE = f"{INTERVENTION.folder}/wat-werkt.md"
WHAT_WORKS_TITLE = "Wat werkt"
# Where the Werkwijze page shows the rubric.
RUBRIC_MARKER = "<!-- kennisbank:rubriek -->"


@dataclass(frozen=True)
class Dimension:
    title: str
    text: str  # what research found, or "niet onderzocht"
    studied: bool


@dataclass(frozen=True)
class ProfileRow:
    id: str
    title: str
    href: str
    effect: EffectDirection
    design: EvaluationDesign
    strength: str
    dimensions: list[Dimension]
    values: dict[str, list[str]]  # filter field -> slugs, for catalogue.js
    sort: dict[str, str]  # column -> the value it sorts by


@dataclass(frozen=True)
class EvidenceTable:
    filters: list[Filter]
    rows: list[ProfileRow]
    dimension_titles: list[str]


def what_works_page() -> str:
    """The page's Markdown: what it shows and how to read it; the plugin adds the table below."""
    return (
        f"---\ntitle: {WHAT_WORKS_TITLE}\n---\n\n# {WHAT_WORKS_TITLE}\n\n"
        "Alle interventies naast elkaar op de vijf dimensies van hun bewijsprofiel. De sterkte van het "
        "bewijs volgt uit het ontwerp van de beste evaluatie; elke beoordeling rust op een studie die bij de "
        "interventie als bron staat. *Niet onderzocht* is een eerlijk antwoord, geen oordeel over de "
        "interventie. Sorteer met de knoppen in de kop van de tabel; de filters staan in het adres.\n\n"
        "## Hoe het profiel wordt beoordeeld\n\n" + rubric() + "\n## Alle interventies\n"
    )


def rubric() -> str:
    """The rubric as Markdown, from the model: the dimensions, the effect directions, each design with its
    Maryland level and the strength that follows."""
    fields = EvidenceProfile.model_fields
    dimensions = "\n".join(
        f"- **{fields[name].title}**: {fields[name].description}"
        for name in ("effect", "design", *EvidenceProfile.NOTES)
    )
    effects = ", ".join(f"*{direction.label.lower()}*" for direction in EffectDirection)
    designs = "\n".join(
        f"| {design.label} | {design.level if design.level is not None else '–'} | {design.strength} |"
        for design in EvaluationDesign
    )
    return (
        f"{EvidenceProfile.__doc__}\n\n{dimensions}\n\nHet effect is een van: {effects}. Een effect "
        "anders dan onbekend vraagt een evaluatie; een ontwerp boven eigen rapportage vraagt een "
        "evaluatie in een artikel of rapport, niet in een bericht of webpagina.\n\n"
        "| Ontwerp van de beste evaluatie | Niveau (Maryland) | Sterkte van het bewijs |\n"
        "| --- | --- | --- |\n" + designs + "\n"
    )


def evidence_table(corpus: Corpus, url_for: UrlFor) -> EvidenceTable:
    rows = []
    for entry in corpus.of_type(INTERVENTION):
        data = entry.data
        if not isinstance(data, Interventie) or data.retired is not None:
            continue
        profile = data.evidence
        dimensions = [
            Dimension(
                EvidenceProfile.model_fields[name].title or name,
                note.text if note else "niet onderzocht",
                note is not None,
            )
            for name, note in profile.notes.items()
        ]
        rows.append(
            ProfileRow(
                id=data.id,
                title=data.title,
                href=url_for(entry.src_uri),
                effect=profile.effect,
                design=profile.design,
                strength=profile.strength,
                dimensions=dimensions,
                values={
                    "effect": [profile.effect.value],
                    "design": [profile.design.value],
                    "phases": [phase.value for phase in data.phases],
                },
                sort={
                    "id": data.id,
                    "effect": str(list(EffectDirection).index(profile.effect)),
                    "design": str(profile.design.level or 0),
                    **{
                        f"d{index}": str(int(dimension.studied)) for index, dimension in enumerate(dimensions)
                    },
                },
            )
        )
    filters = [
        _filter("effect", "Effect", [(d.value, d.label) for d in EffectDirection], rows),
        _filter("design", "Ontwerp", [(d.value, d.label) for d in EvaluationDesign], rows),
        _filter("phases", "Fase", [(p.value, p.label) for p in Phase], rows),
    ]
    titles = [EvidenceProfile.model_fields[name].title or name for name in EvidenceProfile.NOTES]
    return EvidenceTable(filters, rows, titles)


def _filter(field: str, title: str, choices: list[tuple[str, str]], rows: list[ProfileRow]) -> Filter:
    counts = {slug: sum(slug in row.values[field] for row in rows) for slug, _ in choices}
    return Filter(
        field, title, [Option(slug, label, counts[slug]) for slug, label in choices if counts[slug]]
    )
