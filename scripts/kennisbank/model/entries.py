"""The entry types of the knowledge base and their fields: the one definition of the content model.

Every consumer (validator, MkDocs plugin, model reference, JSON Schema) reads the classes and the
`ENTRY_TYPES` registry below. Field titles and descriptions are Dutch because they are shown to
contributors in the generated model reference.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Annotated, Any, ClassVar, Self, TypeVar

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    HttpUrl,
    StrictFloat,
    StrictInt,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic.json_schema import JsonDict

from kennisbank.model.dates import PartialDate, PartialDateText
from kennisbank.model.forms import TextForm
from kennisbank.model.series import PERIOD_FORM, Period
from kennisbank.model.vocabularies import (
    Audience,
    Behaviour,
    EffectDirection,
    EvaluationDesign,
    EvidenceBasis,
    EvidenceLevel,
    FollowUpStep,
    Geography,
    InterventionStatus,
    MnrCapability,
    OrganisationKind,
    Origin,
    Phase,
    Platform,
    RecommendationStatus,
    SignalType,
    Stakeholder,
    Unit,
)

_DIGIT_COUNTS = {2: "twee", 3: "drie", 4: "vier"}
ID_DESCRIPTION = "Vaste identificatie; de bestandsnaam is het ID in kleine letters."


@dataclass(frozen=True)
class IdScheme:
    """How the IDs of one entry type look: a prefix and either a number or a slug."""

    prefix: str
    digits: int | None = None  # fixed width of the number; None for an unpadded number
    slug: bool = False

    @property
    def example(self) -> str:
        if self.slug:
            return f"{self.prefix}-voorbeeld"
        return f"{self.prefix}-{'1'.zfill(self.digits or 1)}"

    @property
    def form(self) -> TextForm:
        """What an ID of this scheme is, for contributors: in messages and the model reference."""
        if self.slug:
            tail = "een korte naam in kleine letters, cijfers en streepjes"
        elif self.digits:
            tail = f"{_DIGIT_COUNTS.get(self.digits, str(self.digits))} cijfers"
        else:
            tail = "het volgnummer"
        return TextForm(self.pattern, f"{self.prefix}- gevolgd door {tail}, zoals {self.example}")

    def field(self) -> Any:
        """The `id` field of a model whose IDs follow this scheme."""
        return self.form.field(title="ID", description=ID_DESCRIPTION)

    @property
    def pattern(self) -> str:
        if self.slug:
            tail = r"[a-z0-9]+(?:-[a-z0-9]+)*"
        elif self.digits:
            tail = rf"\d{{{self.digits}}}"
        else:
            tail = r"[1-9]\d*"
        return rf"^{self.prefix}-{tail}$"


T = TypeVar("T")


def file_name(entry_id: str) -> str:
    """The file of an entry in its type's folder: its ID in lower case (INT-001 is int-001.md)."""
    return f"{entry_id.lower()}.md"


def values_of(value: T | list[T] | None) -> list[T]:
    """A field's values: the items of a list field, a single value as one, none for an empty field."""
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


INTERVENTIE_IDS = IdScheme("INT", digits=3)
BEVINDING_IDS = IdScheme("BEV", digits=3)
DADERGEDRAG_IDS = IdScheme("DAD", digits=3)
AANBEVELING_IDS = IdScheme("AAN", digits=3)
EXPERTMEETING_IDS = IdScheme("EM")
ORGANISATIE_IDS = IdScheme("ORG", slug=True)
BEGRIP_IDS = IdScheme("BEG", slug=True)
REEKS_IDS = IdScheme("CIJ", digits=3)
ALL_ID_SCHEMES = (
    INTERVENTIE_IDS,
    BEVINDING_IDS,
    DADERGEDRAG_IDS,
    AANBEVELING_IDS,
    EXPERTMEETING_IDS,
    ORGANISATIE_IDS,
    BEGRIP_IDS,
    REEKS_IDS,
)
ANY_ID_PATTERN = "^(?:" + "|".join(s.pattern.strip("^$") for s in ALL_ID_SCHEMES) + ")$"
ANY_ID_FORM = TextForm(
    ANY_ID_PATTERN, f"het ID van een entry, zoals {INTERVENTIE_IDS.example} of {ORGANISATIE_IDS.example}"
)
CITATION_KEY_FORM = TextForm(
    r"^[A-Za-z0-9_:-]+$",
    "de sleutel van een bron in bibliography/ (letters zonder accent, cijfers en _ : -, zonder spaties), "
    "zoals jansen2020",
)
CITATION_KEY_PATTERN = CITATION_KEY_FORM.pattern
TAG_FORM = TextForm(
    r"^[a-z0-9à-ÿ][a-z0-9à-ÿ -]*$",
    "kleine letters, cijfers, spaties en streepjes, beginnend met een letter of cijfer, "
    "zoals online grooming",
)
# What the scaffold writes where a contributor still has to write something; the validator refuses it.
PLACEHOLDER_MARK = "INVULLEN"

_MARKUP = re.compile(r"[<>\[\]`*#|]|\n")


def _plain(text: str) -> str:
    if _MARKUP.search(text):
        raise ValueError(
            "gewone tekst verwacht, zonder Markdown of HTML (geen < > [ ] ` * # | of regeleinde)"
        )
    return text


PlainText = Annotated[str, AfterValidator(_plain), Field(min_length=2)]
Summary = Annotated[
    str,
    AfterValidator(_plain),
    Field(
        min_length=20, max_length=300, title="Samenvatting", description="Eén tot drie zinnen, gewone tekst."
    ),
]
CitationKey = Annotated[str, CITATION_KEY_FORM.field()]
EntryId = Annotated[str, ANY_ID_FORM.field()]
OrganisationId = Annotated[str, ORGANISATIE_IDS.form.field()]
RecommendationId = Annotated[str, AANBEVELING_IDS.form.field()]
SeriesId = Annotated[str, REEKS_IDS.form.field()]
# Fields whose values are IDs of other entries carry this mark; they must resolve, and the site
# shows each such link on both pages ("Verwant").
REFERENCE: JsonDict = {"x-reference": True}
# Fields the model works out from other fields (a recommendation's status from its timeline): never
# written by hand, so the scaffold leaves them out and the JSON Schema marks them read-only.
DERIVED: JsonDict = {"readOnly": True}
Tag = Annotated[str, TAG_FORM.field(max_length=40)]


def _https(url: HttpUrl) -> HttpUrl:
    if url.scheme != "https":
        raise ValueError("alleen https-adressen zijn toegestaan")
    return url


HttpsUrl = Annotated[HttpUrl, AfterValidator(_https)]


def _nonempty(description: str, title: str) -> Any:
    """A required list field with at least one value."""
    return Field(min_length=1, title=title, description=description)


class Entry(BaseModel):
    """Fields every entry has."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)

    id_scheme: ClassVar[IdScheme]

    id: str = Field(title="ID", description=ID_DESCRIPTION)
    title: PlainText = Field(max_length=120, title="Titel")
    summary: Summary
    sources: list[CitationKey] = Field(
        min_length=1,
        title="Bronnen",
        description="Citatiesleutels uit `bibliography/`; minstens één.",
    )
    related: list[EntryId] = Field(
        default_factory=list,
        json_schema_extra=REFERENCE,
        title="Verwant",
        description="ID's van verwante entries; de site toont de relatie in beide richtingen.",
    )
    reviewed: date = Field(
        title="Beoordeeld op", description="Datum van de laatste inhoudelijke controle (JJJJ-MM-DD)."
    )
    tags: list[Tag] = Field(default_factory=list, title="Tags", description="Trefwoorden in kleine letters.")
    audience: list[Audience] = Field(
        default_factory=list,
        title="Publiek",
        description="Voor wie de entry vooral bedoeld is.",
    )
    retired: date | None = Field(
        default=None,
        title="Ingetrokken op",
        description="Een entry wordt nooit verwijderd maar ingetrokken; de pagina blijft met een melding.",
    )
    retired_reason: PlainText | None = Field(
        default=None,
        title="Reden van intrekking",
        description="Verplicht bij 'retired'.",
    )
    replaced_by: EntryId | None = Field(
        default=None,
        json_schema_extra=REFERENCE,
        title="Vervangen door",
        description="ID van de entry die deze vervangt.",
    )
    series: list[SeriesId] = Field(
        default_factory=list,
        json_schema_extra=REFERENCE,
        title="Cijferreeksen",
        description="ID's van cijferreeksen (CIJ-…) die de pagina als grafiek met tabel toont.",
    )

    def sources_in_fields(self) -> set[str]:
        """Sources the entry cites in its front matter rather than in its text (a series' points)."""
        return set()

    @model_validator(mode="after")
    def _retirement_has_a_reason(self) -> Self:
        if (self.retired is None) != (self.retired_reason is None):
            raise ValueError("'retired' en 'retired_reason' horen samen: vul beide in of geen van beide")
        return self


class EvidenceNote(BaseModel):
    """Wat onderzoek over één dimensie van een interventie zegt: een korte samenvatting en de bron."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)

    text: PlainText = Field(
        max_length=300, title="Samenvatting", description="Eén of twee zinnen, eigen woorden."
    )
    source: CitationKey = Field(title="Bron", description="Citatiesleutel van de bron; ook in 'sources'.")


def _not_studied(title: str, question: str) -> Any:
    return Field(
        default=None,
        title=title,
        description=f"{question} Weglaten betekent: niet onderzocht.",
    )


class EvidenceProfile(BaseModel):
    """Wat bekend is over het effect van een interventie, langs vijf dimensies naar het voorbeeld van EMMIE:
    Effect, Mechanisme, Moderatoren, Implementatie en Economische kosten. De sterkte van het bewijs volgt
    uit het ontwerp van de beste evaluatie, op de vijf niveaus van de Maryland Scientific Methods Scale."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)
    # The four dimensions besides the effect, each a sourced summary or nothing (not studied).
    NOTES: ClassVar[tuple[str, ...]] = ("mechanism", "moderators", "implementation", "cost")

    effect: EffectDirection = Field(title="Effect", description="De richting van het gevonden effect.")
    design: EvaluationDesign = Field(
        title="Ontwerp", description="Het ontwerp van de beste evaluatie; bepaalt de sterkte van het bewijs."
    )
    study: CitationKey | None = Field(
        default=None,
        title="Evaluatie",
        description="Citatiesleutel van die evaluatie; verplicht behalve zonder evaluatie. Ook in 'sources'.",
    )
    mechanism: EvidenceNote | None = _not_studied("Mechanisme", "Waarom en hoe de interventie werkt.")
    moderators: EvidenceNote | None = _not_studied("Moderatoren", "Voor wie en waar zij wel of niet werkt.")
    implementation: EvidenceNote | None = _not_studied("Implementatie", "Wat nodig is om haar uit te voeren.")
    cost: EvidenceNote | None = _not_studied("Kosten", "Wat zij kost, en wat zij oplevert.")

    @property
    def strength(self) -> str:
        return self.design.strength

    @property
    def notes(self) -> dict[str, EvidenceNote | None]:
        """The four dimensions besides the effect, by field name."""
        return {name: getattr(self, name) for name in self.NOTES}

    @property
    def in_words(self) -> str:
        """The profile as a reader reads it on a card: the effect with its design and strength, then what
        is known of each other dimension, never by colour alone."""
        studied = "; ".join(
            f"{EvidenceProfile.model_fields[name].title}: {'onderzocht' if note else 'niet onderzocht'}"
            for name, note in self.notes.items()
        )
        return (
            f"Effect: {self.effect.label.lower()}; beste evaluatie: {self.design.label.lower()} "
            f"(bewijs: {self.strength.lower()}). {studied}."
        )

    def sources(self) -> set[str]:
        return {key for key in [self.study, *(note.source for note in self.notes.values() if note)] if key}

    @model_validator(mode="after")
    def _a_rating_rests_on_a_study(self) -> Self:
        if self.effect is not EffectDirection.ONBEKEND and self.design is EvaluationDesign.GEEN_EVALUATIE:
            raise ValueError(
                f"effect '{self.effect.value}' zonder evaluatie: kies het ontwerp van de studie die het "
                "effect vond ('design'), of zet het effect op 'onbekend'"
            )
        if self.design is not EvaluationDesign.GEEN_EVALUATIE and self.study is None:
            raise ValueError(
                f"ontwerp '{self.design.value}' zonder studie: noem in 'study' de citatiesleutel van de "
                "evaluatie"
            )
        return self


class Interventie(Entry):
    """Een e-protection-interventie: wat het is, wie het uitvoert, voor wie en met welk effect."""

    id_scheme = INTERVENTIE_IDS
    id: str = INTERVENTIE_IDS.field()
    target_group: PlainText = Field(title="Doelgroep")
    phases: list[Phase] = _nonempty("Fasen waarin de interventie werkt.", "Fase")
    stakeholders: list[Stakeholder] = _nonempty("Wie de interventie uitvoert of draagt.", "Betrokkenen")
    platforms: list[Platform] = Field(default_factory=list, title="Platform")
    evidence_level: EvidenceLevel = Field(
        title="Erkenningsniveau",
        description="Erkenningsniveau van de Erkenningscommissie Interventies, of niet-beoordeeld.",
    )
    status: InterventionStatus = Field(title="Status")
    mnr: list[MnrCapability] = _nonempty(
        "Capaciteiten van het WeProtect Model National Response.", "MNR-capaciteit"
    )
    evidence: EvidenceProfile = Field(
        title="Wat werkt",
        description="Het bewijsprofiel langs EMMIE: effect met ontwerp en studie, en per dimensie een "
        "samenvatting met bron of niets (niet onderzocht). Zie de rubriek onder Werkwijze.",
    )

    def sources_in_fields(self) -> set[str]:
        return self.evidence.sources()


class Bevinding(Entry):
    """Een bevinding over darkwebnetwerken of online seksueel kindermisbruik, met de basis ervan."""

    id_scheme = BEVINDING_IDS
    id: str = BEVINDING_IDS.field()
    evidence_basis: EvidenceBasis = Field(title="Basis", description="Waar de bevinding op rust.")
    platforms: list[Platform] = _nonempty("Waar het beschreven gedrag plaatsvindt.", "Platform")


class Dadergedrag(Entry):
    """Een samenvatting van dadergedrag voor reclasseringswerkers en behandelaars."""

    id_scheme = DADERGEDRAG_IDS
    id: str = DADERGEDRAG_IDS.field()
    behaviours: list[Behaviour] = _nonempty("Het gedrag dat de samenvatting beschrijft.", "Gedrag")
    platforms: list[Platform] = _nonempty("Platform of context van het gedrag.", "Platform")
    signal_types: list[SignalType] = _nonempty(
        "Soorten signalen die in de samenvatting staan.", "Soort signaal"
    )
    signals: list[PlainText] = _nonempty(
        "Korte signalen die een professional kan waarnemen of navragen.",
        "Signalen",
    )


# A step's field is called `date`, as contributors write it; inside its class that name hides the type.
Day = date


class Step(BaseModel):
    """Een stap in de opvolging van een aanbeveling: wanneer, wat er gebeurde en de bron die het zegt."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)

    date: Day = Field(title="Datum", description="Datum van de stap (JJJJ-MM-DD), zoals de bron die noemt.")
    step: FollowUpStep = Field(
        title="Stap", description="Wat er gebeurde; bepaalt de stand (zie de keuzelijst)."
    )
    text: PlainText = Field(
        max_length=300, title="Wat er gebeurde", description="Eén of twee zinnen in eigen woorden."
    )
    source: CitationKey = Field(
        title="Bron", description="Citatiesleutel van het stuk waarin de stap staat; ook in 'sources'."
    )


class Aanbeveling(Entry):
    """Een beleidsaanbeveling: wie haar deed, wanneer en waarin, aan wie, en wat er sindsdien mee gebeurde."""

    id_scheme = AANBEVELING_IDS
    # A recommendation whose latest step is older than this is listed on "Te herzien".
    current_for_years: ClassVar[int] = 2

    id: str = AANBEVELING_IDS.field()
    addressees: list[Stakeholder] = _nonempty("Aan wie de aanbeveling is gericht.", "Adressaat")
    origin: Origin = Field(title="Herkomst", description="Uit wat voor stuk of overleg de aanbeveling komt.")
    issued_by: list[OrganisationId] = Field(
        min_length=1,
        json_schema_extra=REFERENCE,
        title="Gedaan door",
        description="ID's van de organisaties die de aanbeveling deden.",
    )
    issued_on: PartialDateText | None = Field(
        default=None,
        title="Gedaan op",
        description=(
            "Datum van het stuk waarin de aanbeveling staat: JJJJ-MM-DD, of JJJJ-MM of JJJJ als de bron niet "
            "meer zegt. Alleen weglaten als het stuk ongedateerd is; zeg dat dan in de tekst."
        ),
    )
    document: CitationKey = Field(
        title="Stuk",
        description="Citatiesleutel van het rapport, de brief of het verslag met de aanbeveling.",
    )
    timeline: list[Step] = Field(
        default_factory=list,
        title="Opvolging",
        description="De stappen sinds de aanbeveling, van oud naar nieuw: datum, stap, tekst en bron.",
    )
    searched: PlainText | None = Field(
        default=None,
        max_length=300,
        title="Gezocht in",
        description=(
            "Waar naar opvolging is gezocht, en tot wanneer. Verplicht als geen stap de stand bepaalt "
            "(de stand is dan onbekend)."
        ),
    )
    status: RecommendationStatus | None = Field(
        default=None,
        validate_default=True,
        json_schema_extra=DERIVED,
        title="Stand",
        description="Volgt uit de laatste stap die een stand bepaalt; niet zelf invullen.",
    )

    status_date: date | None = Field(
        default=None,
        validate_default=True,
        json_schema_extra=DERIVED,
        title="Stand per",
        description="De datum van die stap; niet zelf invullen.",
    )

    @staticmethod
    def status_of(timeline: list[Step]) -> RecommendationStatus:
        """The one rule: the status set by the latest step that sets one; unknown when none does."""
        step = Aanbeveling.deciding_step(timeline)
        return RecommendationStatus.ONBEKEND if step is None or step.step.sets is None else step.step.sets

    @staticmethod
    def deciding_step(timeline: list[Step]) -> Step | None:
        """The latest step that sets a status: where "stand per" takes its date."""
        return next((step for step in reversed(timeline) if step.step.sets is not None), None)

    @field_validator("status", "status_date")
    @classmethod
    def _follows_the_timeline(cls, typed: object, info: ValidationInfo) -> object:
        if "timeline" not in info.data:
            return typed  # the timeline itself is wrong: that is the problem to report
        timeline = info.data["timeline"]
        if info.field_name == "status":
            derived: object = cls.status_of(timeline)
        else:
            step = cls.deciding_step(timeline)
            derived = step.date if step else None
        if typed is not None and typed != derived:
            shown = getattr(derived, "value", derived) or "leeg"
            raise ValueError(
                f"'{info.field_name}' volgt uit de opvolging ('timeline') en is {shown}, niet "
                f"{getattr(typed, 'value', typed)}; verwijder de regel of voeg de stap toe die de stand "
                "verandert"
            )
        return derived

    @model_validator(mode="after")
    def _unknown_status_says_where_was_searched(self) -> Self:
        if self.status is RecommendationStatus.ONBEKEND and self.searched is None:
            raise ValueError(
                "geen stap in 'timeline' bepaalt de stand: voeg een stap met bron toe, of schrijf in "
                "'searched' waar je naar opvolging hebt gezocht (de stand is dan onbekend)"
            )
        return self

    def sources_in_fields(self) -> set[str]:
        return {self.document} | {step.source for step in self.timeline}

    @property
    def issued(self) -> PartialDate | None:
        return PartialDate.parse(self.issued_on) if self.issued_on else None

    @property
    def last_news(self) -> date:
        """The date of the latest thing known: the last step, or the recommendation itself (by its first
        day; an undated one by the day it was last checked)."""
        made = self.issued.start if self.issued else self.reviewed
        return max([made, *(step.date for step in self.timeline)])

    def is_dated(self, today: date) -> bool:
        """Whether nothing has been recorded for more than `current_for_years` years."""
        return self.last_news.replace(year=self.last_news.year + self.current_for_years) < today


class Expertmeeting(Entry):
    """Een expertmeeting van CKM en het ministerie van Justitie en Veiligheid: wanneer, waarover, met wie,
    en wat zij opleverde."""

    id_scheme = EXPERTMEETING_IDS
    id: str = EXPERTMEETING_IDS.field()
    held_on: date | None = Field(
        default=None,
        title="Datum",
        description="Weglaten zolang de datum niet uit een bron bekend is.",
    )
    theme: PlainText | None = Field(
        default=None,
        max_length=200,
        title="Thema",
        description="Het thema van de bijeenkomst; weglaten zolang geen bron het noemt.",
    )
    organisers: list[OrganisationId] = Field(
        default_factory=list,
        json_schema_extra=REFERENCE,
        title="Organisatoren",
        description="ID's van de organisaties die de bijeenkomst organiseerden.",
    )
    chair: OrganisationId | None = Field(
        default=None,
        json_schema_extra=REFERENCE,
        title="Voorzitter",
        description="ID van de organisatie die de bijeenkomst voorzit.",
    )
    participants: list[Stakeholder] = _nonempty("Soorten deelnemende organisaties.", "Deelnemers")
    outcomes: list[RecommendationId] = Field(
        default_factory=list,
        json_schema_extra=REFERENCE,
        title="Uitkomsten",
        description="ID's van de aanbevelingen die uit de bijeenkomst kwamen; de handout toont hun stand.",
    )


class Organisatie(Entry):
    """Een organisatie die in de kennisbank voorkomt."""

    id_scheme = ORGANISATIE_IDS
    id: str = ORGANISATIE_IDS.field()
    kind: OrganisationKind = Field(title="Soort organisatie")
    abbreviation: PlainText | None = Field(default=None, max_length=20, title="Afkorting")
    website: HttpsUrl | None = Field(default=None, title="Website", description="Alleen https.")


class Begrip(Entry):
    """Een begrip uit de woordenlijst: voorkeursterm, synoniemen, te vermijden termen, Engelse term."""

    id_scheme = BEGRIP_IDS
    id: str = BEGRIP_IDS.field()
    english: PlainText = Field(title="Engelse term")
    synonyms: list[PlainText] = Field(default_factory=list, title="Synoniemen")
    avoid: list[PlainText] = Field(
        default_factory=list,
        title="Te vermijden termen",
        description="Termen die volgens de Luxemburgse richtlijnen vermeden worden.",
    )
    abbreviation: PlainText | None = Field(default=None, max_length=20, title="Afkorting")


def _number(value: object) -> object:
    """A value YAML read as a number; a string (such as 25.347,5 or "1.234") or a yes/no is refused."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(
            f"{str(value)[:40]!r} is geen getal; schrijf het getal zonder punten, bijvoorbeeld 25347"
        )
    return value


Number = Annotated[StrictInt | StrictFloat, BeforeValidator(_number)]


def _period(text: str) -> str:
    Period.parse(text)  # raises with the forms a period may take
    return text


PeriodText = Annotated[str, AfterValidator(_period)]


class Point(BaseModel):
    """Een meetpunt van een cijferreeks: de periode, de waarde en de bron waarin die waarde staat."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)

    period: PeriodText = Field(
        json_schema_extra=PERIOD_FORM.schema(),
        title="Periode",
        description="Waarover de waarde gaat; alle meetpunten van een reeks hebben dezelfde soort periode.",
    )
    value: Number = Field(title="Waarde", description="Een getal, zonder punten of komma's.")
    source: CitationKey = Field(
        title="Bron", description="Citatiesleutel van de bron waarin deze waarde staat; ook in 'sources'."
    )
    note: PlainText | None = Field(
        default=None,
        max_length=200,
        title="Toelichting",
        description="Bijvoorbeeld een afwijkende definitie of telwijze, of een afgerond getal.",
    )

    @property
    def when(self) -> Period:
        """The period, parsed: its kind, its place in time and how readers write it."""
        return Period.parse(self.period)


class Reeks(Entry):
    """Een cijferreeks: wat er over de jaren is geteld, door wie, en elk meetpunt met zijn bron."""

    id_scheme = REEKS_IDS
    # The newest point of a series older than this is shown as dated and listed on "Te herzien".
    current_for_years: ClassVar[int] = 3

    id: str = REEKS_IDS.field()
    measure: PlainText = Field(max_length=300, title="Wat wordt geteld")
    excludes: PlainText | None = Field(
        default=None,
        max_length=300,
        title="Wat niet wordt geteld",
        description="Afbakening: wat buiten de telling valt of niet vergelijkbaar is.",
    )
    unit: Unit = Field(title="Eenheid")
    geography: Geography = Field(title="Gebied")
    counter: PlainText = Field(
        max_length=160, title="Wie telt", description="De organisatie die de cijfers telt."
    )
    points: list[Point] = Field(
        min_length=2,
        title="Meetpunten",
        description="Minstens twee, van oud naar nieuw, elk met periode, waarde en bron.",
    )

    def sources_in_fields(self) -> set[str]:
        return {point.source for point in self.points}

    @property
    def newest(self) -> Point:
        return max(self.points, key=lambda point: point.when.start)

    def is_dated(self, today: date) -> bool:
        """Whether the newest point describes a year more than `current_for_years` before today's."""
        return today.year - self.newest.when.year > self.current_for_years


@dataclass(frozen=True)
class EntryType:
    """One kind of entry: its name, its folder under docs/, its labels and its model."""

    name: str
    folder: str
    label: str
    plural: str
    model: type[Entry]
    # Shown above the section and on each of its pages when the subject matter is distressing.
    notice: str | None = None
    # Plain-text list fields shown as a column of the catalogue (the signals of offender behaviour).
    listed: tuple[str, ...] = ()
    # Types whose related entries are shown as responses to this one (recommendations to a finding).
    responses: tuple[str, ...] = ()
    # Months after `reviewed` when an entry is due for review; the validator then warns.
    review_months: int = 24
    # Headed sections of the body, in order: `python -m kennisbank new` writes them into a new entry.
    sections: tuple[str, ...] = ()

    @property
    def id_scheme(self) -> IdScheme:
        return self.model.id_scheme


_DISTRESSING = (
    "Deze sectie gaat over seksueel kindermisbruik en het gedrag van daders. Zij beschrijft bevindingen en "
    "signalen op het niveau van beleid en professionele praktijk; zij bevat geen beeldmateriaal, geen "
    "adressen en geen operationele details."
)

ENTRY_TYPES: tuple[EntryType, ...] = (
    EntryType(
        "interventie",
        "interventies",
        "Interventie",
        "Interventies",
        Interventie,
        sections=("Wat het is", "Wie voert het uit", "Doelgroep", "Wat bekend is over het effect"),
    ),
    EntryType(
        "bevinding",
        "bevindingen",
        "Bevinding",
        "Bevindingen",
        Bevinding,
        notice=_DISTRESSING,
        responses=("aanbeveling", "interventie"),
        sections=("Bevinding", "Waar de bevinding op rust", "Beperkingen", "Betekenis voor de praktijk"),
    ),
    EntryType(
        "dadergedrag",
        "dadergedrag",
        "Dadergedrag",
        "Dadergedrag",
        Dadergedrag,
        notice=_DISTRESSING,
        listed=("signals",),
        sections=(
            "Gedrag",
            "Wie dit gedrag vertoont",
            "Signalen",
            "Wat onderzoek zegt over risico",
            "Voorwaarden en toezicht in Nederland",
            "Jonge plegers",
            "Betekenis voor toezicht en behandeling",
            "Wat niet bekend is",
        ),
    ),
    EntryType(
        "aanbeveling",
        "aanbevelingen",
        "Aanbeveling",
        "Aanbevelingen",
        Aanbeveling,
        review_months=12,
        sections=("De aanbeveling", "Herkomst", "Adressaten", "Opvolging"),
    ),
    EntryType(
        "expertmeeting",
        "expertmeetings",
        "Expertmeeting",
        "Expertmeetings",
        Expertmeeting,
        review_months=60,
        sections=(
            "Doel",
            "Deelnemers",
            "Wat werd gepresenteerd",
            "Uitkomsten",
            "Opvolging",
            "Wat niet bekend is",
        ),
    ),
    EntryType(
        "organisatie",
        "organisaties",
        "Organisatie",
        "Organisaties",
        Organisatie,
        sections=("Wat de organisatie doet", "Rol in de aanpak"),
    ),
    EntryType(
        "reeks",
        "cijfers",
        "Cijferreeks",
        "Kerncijfers",
        Reeks,
        review_months=12,
        sections=("Wat de reeks meet", "Kanttekeningen"),
    ),
    EntryType(
        "begrip",
        "begrippen",
        "Begrip",
        "Begrippen",
        Begrip,
        review_months=36,
        sections=("Betekenis", "Gebruik in deze kennisbank"),
    ),
)


def reading_order(audience: Audience) -> tuple[EntryType, ...]:
    """Every entry type in the order `audience` reads them: the ones it comes for first (its
    `leads_with`), then the others in the model's order."""
    by_name = {entry_type.name: entry_type for entry_type in ENTRY_TYPES}
    first = tuple(by_name[name] for name in audience.leads_with)
    return first + tuple(entry_type for entry_type in ENTRY_TYPES if entry_type not in first)
