"""The statutory articles and laws the knowledge base cites, with the date each took or lost force.

This table is the one place where the site knows the law. The validator reads it to refuse an article
that is not in it (add it here only after checking its number in the official text), to refuse a repealed
article written without a marker that it is history ("tot 1 juli 2024: art. 240b Sr"), and to refuse
calling a law that is in force a proposal. Each row names the bibliography key of the source in which its
number or date was checked; the generated model reference lists the table for contributors. The texts
are Dutch because readers and contributors see them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kennisbank.dutch import dutch_date


@dataclass(frozen=True)
class Code:
    """A law whose articles the site cites: its abbreviation as written after the article number."""

    abbreviation: str  # "Sr", as in "art. 252 Sr"
    name: str  # "Wetboek van Strafrecht", as in "artikel 252 van het Wetboek van Strafrecht"


@dataclass(frozen=True)
class Article:
    """One article of a code: what it covers, since when, and what replaced it if it no longer applies."""

    code: Code
    number: str
    covers: str
    source: str  # bibliography key of the text in which the number was checked
    in_force_from: date | None = None  # None: older than anything the site discusses
    repealed_on: date | None = None
    replaced_by: str | None = None  # number of the article in the same code that took over

    @property
    def label(self) -> str:
        return f"art. {self.number} {self.code.abbreviation}"

    @property
    def history_markers(self) -> tuple[str, ...]:
        """Words that, in the sentence that names a repealed article, say it is the former article."""
        markers = ["(oud)", "oud artikel", "oude artikel", "voorheen", "destijds", "toenmalige"]
        if self.repealed_on:
            markers += [f"tot {dutch_date(self.repealed_on)}", f"vóór {dutch_date(self.repealed_on)}"]
        return tuple(markers)


@dataclass(frozen=True)
class Law:
    """A law the site mentions by its parliamentary file: once in force it is no longer a proposal."""

    name: str
    dossier: str  # Kamerstukken number, as in "kamerstuk 35991"
    keywords: tuple[str, ...]  # words by which the text names the law, in lower case
    in_force_from: date
    source: str  # bibliography key of the text that shows the date


SR = Code("Sr", "Wetboek van Strafrecht")
CODES: tuple[Code, ...] = (SR,)

_SEXUAL_OFFENCES_ACT = date(2024, 7, 1)  # Wet seksuele misdrijven, Stb. 2024, 59

ARTICLES: tuple[Article, ...] = (
    Article(
        SR,
        "14c",
        "Voorwaarden bij een voorwaardelijke straf: de algemene voorwaarde en de bijzondere voorwaarden, "
        "zoals medewerking aan reclasseringstoezicht",
        source="sr-14c",
    ),
    Article(
        SR,
        "38z",
        "De gedragsbeïnvloedende en vrijheidsbeperkende maatregel (langdurig toezicht) voor onder meer "
        "veroordeelden wegens een zedendelict",
        source="sr-38z",
        in_force_from=date(2018, 1, 1),  # Wet langdurig toezicht (Stb. 2015, 460); date: dji2017-wlt
    ),
    Article(
        SR,
        "240b",
        "Afbeeldingen van seksueel kindermisbruik (wettelijke term: 'kinderpornografie')",
        source="om2024-richtlijn-kinderpornografie",
        repealed_on=_SEXUAL_OFFENCES_ACT,
        replaced_by="252",
    ),
    Article(
        SR,
        "248e",
        "Een kind onder de zestien online een ontmoeting voorstellen voor seksuele doeleinden (grooming)",
        source="explorelaw-sr-251",
        repealed_on=_SEXUAL_OFFENCES_ACT,
        replaced_by="251",
    ),
    Article(
        SR,
        "251",
        "Seksuele benadering van kinderen, waaronder het voorstellen van een ontmoeting voor seksuele "
        "doeleinden (grooming)",
        source="explorelaw-sr-251",
        in_force_from=_SEXUAL_OFFENCES_ACT,
    ),
    Article(
        SR,
        "252",
        "Visuele weergaven van seksueel kindermisbruik (wettelijke term: 'kinderpornografie'): onder meer "
        "vervaardigen, verspreiden, verwerven, bezitten en zich toegang verschaffen",
        source="om2024-richtlijn-kinderpornografie",
        in_force_from=_SEXUAL_OFFENCES_ACT,
    ),
    Article(
        SR,
        "254",
        "Strafverzwaring, onder meer voor wie van misdrijven uit art. 252 Sr een beroep of gewoonte maakt",
        source="om2024-richtlijn-kinderpornografie",
        in_force_from=_SEXUAL_OFFENCES_ACT,
    ),
)

LAWS: tuple[Law, ...] = (
    Law(
        "Wet seksuele misdrijven",
        "36222",
        ("wet seksuele misdrijven",),
        _SEXUAL_OFFENCES_ACT,
        source="stb-2024-59",
    ),
    Law(
        "Strafbaarstelling van voorbereidingshandelingen voor seksueel misbruik van kinderen",
        "35991",
        ("voorbereidingshandelingen", "pedohandboek", "pedohandleiding"),
        date(2023, 7, 1),
        source="telegraaf2023-pedohandboeken",
    ),
)


def article(code: Code, number: str) -> Article | None:
    return next((row for row in ARTICLES if row.code == code and row.number == number), None)
