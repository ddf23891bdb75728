"""Closed value lists of the content model.

Each list is an enum whose values are the slugs written in front matter (stable, ASCII, usable in a
URL) and whose labels are the Dutch words shown to readers. The validator, the build, the schema and
the model reference all read these enums; no other list of allowed values exists. The docstrings are
Dutch because the generated model reference shows them to contributors.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Self


class Choice(StrEnum):
    """A closed-list value with a Dutch label for readers."""

    label: str

    def __new__(cls, value: str, label: str, *_details: object) -> Self:
        # A list whose values carry more than a label (a level, a flag) takes those in its own __init__,
        # which Enum calls with the same arguments.
        member = str.__new__(cls, value)
        member._value_ = value
        member.label = label
        return member


class Phase(Choice):
    """Fase: waar in de keten van preventie tot nazorg een interventie werkt."""

    PREVENTIE = "preventie", "Preventie"
    SIGNALERING = "signalering", "Signalering"
    OPSPORING = "opsporing", "Opsporing en vervolging"
    HULPVERLENING = "hulpverlening", "Hulpverlening"
    NAZORG = "nazorg", "Nazorg"


class Stakeholder(Choice):
    """Betrokkenen: groepen belanghebbenden, zoals in de expertmeetings van CKM en JenV."""

    HULPVERLENING = "hulpverlening", "Hulpverlening en jeugdzorg"
    POLITIE = "politie", "Politie"
    OM = "openbaar-ministerie", "Openbaar Ministerie"
    RECLASSERING = "reclassering", "Reclassering"
    NGO = "ngo", "Ngo's"
    TECH = "tech-sector", "Tech-sector"
    WETENSCHAP = "wetenschap", "Wetenschap"
    OVERHEID = "overheid", "Rijksoverheid en beleid"
    INTERNATIONAAL = "internationaal", "Internationale samenwerking"
    BURGERS = "burgers", "Burgers en jongeren"


class Audience(Choice):
    """Publiek: voor wie een entry geschreven is; elk publiek heeft een eigen ingang op de site, die begint
    met de soorten entries waarvoor dat publiek komt."""

    entry_point: str  # title of the audience's page
    # Names of the entry types the audience comes for, most wanted first: its page lists them first.
    leads_with: tuple[str, ...]

    def __init__(self, _value: str, _label: str, entry_point: str, leads_with: tuple[str, ...]) -> None:
        self.entry_point = entry_point
        self.leads_with = leads_with

    # Offender supervisors and therapists: what offenders do and the signals of it, then what helps.
    RECLASSERING = (
        "reclassering",
        "Reclassering en behandelaars",
        "Voor de reclassering",
        ("dadergedrag", "interventie"),
    )
    # Care workers: what they can offer or refer to, then the signals they may meet.
    HULPVERLENING = "hulpverlening", "Hulpverlening", "Voor hulpverlening", ("interventie", "dadergedrag")
    # Investigators and prosecutors: what is known of the networks and of offenders' methods.
    OPSPORING = "opsporing", "Opsporing en vervolging", "Voor opsporing", ("bevinding", "dadergedrag")
    # Platforms: the measures they can take, then what is asked of them.
    TECH = "tech-bedrijven", "Tech-bedrijven", "Voor tech-bedrijven", ("interventie", "aanbeveling")
    # Policy advisors: the recommendations and what became of them, then the key figures.
    BELEID = "beleid", "Beleid", "Voor beleid", ("aanbeveling", "reeks")


class Platform(Choice):
    """Platform: de online omgeving waar gedrag of een interventie plaatsvindt."""

    SOCIALE_MEDIA = "sociale-media", "Sociale media"
    BERICHTENDIENSTEN = "berichtendiensten", "Chat- en berichtendiensten"
    DARKWEB = "darkweb", "Darkweb-fora"
    PEER_TO_PEER = "peer-to-peer", "Peer-to-peer-netwerken"
    OPSLAGDIENSTEN = "opslagdiensten", "Servers en opslagdiensten"
    GAMING = "gaming", "Gameplatforms"
    ALGEMEEN = "algemeen", "Internet in het algemeen"


class EvidenceLevel(Choice):
    """Erkenningsniveau van de Erkenningscommissie Interventies, plus 'niet beoordeeld'."""

    NIET_BEOORDEELD = "niet-beoordeeld", "Niet beoordeeld"
    GOED_BESCHREVEN = "goed-beschreven", "Goed beschreven"
    GOED_ONDERBOUWD = "goed-onderbouwd", "Goed onderbouwd"
    EERSTE_AANWIJZINGEN = "effectief-eerste-aanwijzingen", "Effectief volgens eerste aanwijzingen"
    GOEDE_AANWIJZINGEN = "effectief-goede-aanwijzingen", "Effectief volgens goede aanwijzingen"
    STERKE_AANWIJZINGEN = "effectief-sterke-aanwijzingen", "Effectief volgens sterke aanwijzingen"


class EffectDirection(Choice):
    """Effect: de richting van het effect dat de beste evaluatie van een interventie vond."""

    GUNSTIG = "gunstig", "Gunstig"
    GEEN = "geen", "Geen effect gevonden"
    ONGUNSTIG = "ongunstig", "Ongunstig"
    GEMENGD = "gemengd", "Gemengd"
    ONBEKEND = "onbekend", "Onbekend"


class EvaluationDesign(Choice):
    """Ontwerp van de beste evaluatie van een interventie, met het niveau op de Maryland Scientific Methods
    Scale (1 zwakst, 5 sterkst); de sterkte van het bewijs volgt uit dat niveau."""

    level: int | None  # Maryland Scientific Methods Scale; None: no evaluation, or a review of studies

    def __init__(self, _value: str, _label: str, level: int | None) -> None:
        self.level = level

    GEEN_EVALUATIE = "geen-evaluatie", "Geen evaluatie", None
    ZELFRAPPORTAGE = "zelfrapportage", "Eigen rapportage van gebruikers of uitvoerders", 1
    VOOR_NA = "voor-na", "Voor- en nameting zonder vergelijkingsgroep", 2
    VERGELIJKINGSGROEP = "vergelijkingsgroep", "Vergelijking met een groep zonder de interventie", 3
    QUASI_EXPERIMENT = "quasi-experiment", "Quasi-experiment met controle voor verschillen", 4
    RCT = "rct", "Gerandomiseerd experiment", 5
    REVIEW = "systematische-review", "Systematische review van meerdere evaluaties", None

    @property
    def strength(self) -> str:
        """The strength of the evidence, by one rule from the design: the Maryland level in words."""
        if self is EvaluationDesign.GEEN_EVALUATIE:
            return "Geen bewijs"
        if self.level is None:
            return "Volgt uit de studies in de review"
        return {1: "Zeer zwak", 2: "Zwak", 3: "Redelijk", 4: "Sterk", 5: "Zeer sterk"}[self.level]


class InterventionStatus(Choice):
    """Status van een interventie, voor zover de bronnen die noemen."""

    IN_GEBRUIK = "in-gebruik", "In gebruik"
    IN_ONTWIKKELING = "in-ontwikkeling", "In ontwikkeling"
    BEEINDIGD = "beeindigd", "Beëindigd"
    ONBEKEND = "onbekend", "Onbekend"


class RecommendationStatus(Choice):
    """Stand van een aanbeveling: volgt uit de laatste stap van haar opvolging die een stand bepaalt."""

    meaning: str  # when a recommendation has this status, for readers and contributors

    def __init__(self, _value: str, _label: str, meaning: str) -> None:
        self.meaning = meaning

    OPEN = (
        "open",
        "Open",
        "Een reactie is aangekondigd of gegeven, maar een besluit over de aanbeveling is niet bekend.",
    )
    OVERGENOMEN = (
        "overgenomen",
        "Overgenomen",
        "De adressaat neemt de aanbeveling over; uitvoering is nog niet gemeld.",
    )
    DEELS_OVERGENOMEN = (
        "deels-overgenomen",
        "Deels overgenomen",
        "De adressaat neemt een deel van de aanbeveling over.",
    )
    NIET_OVERGENOMEN = "niet-overgenomen", "Niet overgenomen", "De adressaat neemt de aanbeveling niet over."
    IN_UITVOERING = (
        "in-uitvoering",
        "In uitvoering",
        "Een wetsvoorstel, maatregel of programma is gestart of loopt.",
    )
    UITGEVOERD = "uitgevoerd", "Uitgevoerd", "Een wet of regeling is in werking, of de maatregel is afgerond."
    ONBEKEND = (
        "onbekend",
        "Onbekend",
        "Gezocht, maar geen stap gevonden die een stand bepaalt; de aanbeveling zegt waar.",
    )


class FollowUpStep(Choice):
    """Stap in de opvolging van een aanbeveling; de stand die de stap bepaalt, staat erachter.

    Een stap zonder stand (evaluatie, behandeling in het parlement, reactie van de opsteller) laat de
    stand van de stap ervoor staan."""

    sets: RecommendationStatus | None  # the status this step gives the recommendation, or None: unchanged

    def __init__(self, _value: str, _label: str, sets: RecommendationStatus | None) -> None:
        self.sets = sets

    AANGEKONDIGD = (
        "aangekondigd",
        "Reactie aangekondigd of gegeven, zonder bekend besluit",
        RecommendationStatus.OPEN,
    )
    OVERGENOMEN = "overgenomen", "Overgenomen door de adressaat", RecommendationStatus.OVERGENOMEN
    DEELS_OVERGENOMEN = "deels-overgenomen", "Deels overgenomen", RecommendationStatus.DEELS_OVERGENOMEN
    NIET_OVERGENOMEN = "niet-overgenomen", "Niet overgenomen", RecommendationStatus.NIET_OVERGENOMEN
    WETSVOORSTEL = "wetsvoorstel", "Wetsvoorstel ingediend", RecommendationStatus.IN_UITVOERING
    WET_AANGENOMEN = "wet-aangenomen", "Wet aangenomen door het parlement", RecommendationStatus.IN_UITVOERING
    GESTART = "gestart", "Maatregel, programma of pilot gestart", RecommendationStatus.IN_UITVOERING
    VOORTGANG = "voortgang", "Voortgang gemeld", RecommendationStatus.IN_UITVOERING
    IN_WERKING = "in-werking", "Wet of regeling in werking getreden", RecommendationStatus.UITGEVOERD
    AFGEROND = "afgerond", "Maatregel afgerond", RecommendationStatus.UITGEVOERD
    EVALUATIE = "evaluatie", "Evaluatie verschenen", None
    PARLEMENT = "parlement", "Behandeld in het parlement (debat, motie, vragen)", None
    REACTIE = "reactie", "Reactie van de opsteller", None


class Origin(Choice):
    """Herkomst: uit wat voor stuk of overleg een aanbeveling komt."""

    RAPPORT = "rapport", "Rapport of onderzoek"
    RAPPORTEUR = "nationaal-rapporteur", "Nationaal Rapporteur"
    ALLIANTIE = "internationale-alliantie", "Internationale alliantie"
    EXPERTMEETING = "expertmeeting", "Expertmeeting"
    BELEID = "beleid", "Beleidsstuk"


class EvidenceBasis(Choice):
    """Basis: waar een bevinding op rust."""

    EMPIRISCH = "empirisch-onderzoek", "Empirisch onderzoek"
    REGISTRATIE = "registratiecijfers", "Registratie- en politiecijfers"
    OPSPORINGSPRAKTIJK = "opsporingspraktijk", "Beschrijving uit de opsporingspraktijk"
    BELEIDSANALYSE = "beleidsanalyse", "Beleidsanalyse"


class Behaviour(Choice):
    """Gedrag: soorten dadergedrag, voor reclasseringswerkers en behandelaars."""

    GROOMING = "grooming", "Grooming"
    SEXTORTION = "sextortion", "Sextortion"
    VERZAMELEN = "verzamelen", "Verzamelen van materiaal"
    VERSPREIDEN = "verspreiden", "Verspreiden en uitwisselen"
    FORUMDEELNAME = "forumdeelname", "Deelname aan fora"
    AFSCHERMING = "afscherming", "Afscherming en anonimisering"
    UITBUITING = "uitbuiting", "Seksuele uitbuiting"


class SignalType(Choice):
    """Soort signaal: wat een professional kan waarnemen of navragen."""

    GEDRAG = "gedrag", "Gedrag en gewoonten"
    DIGITAAL = "digitaal", "Digitale middelen en apparaten"
    CONTACTEN = "contacten", "Contacten en netwerk"
    GESPREK = "gesprek", "Uitspraken in gesprek"
    SITUATIE = "situatie", "Leefsituatie"


class OrganisationKind(Choice):
    """Soort organisatie."""

    OVERHEID = "overheid", "Overheid"
    STRAFRECHTKETEN = "strafrechtketen", "Politie en justitie"
    TOEZICHT = "onafhankelijk-toezicht", "Onafhankelijk rapporteur of toezicht"
    HULPVERLENING = "hulpverlening", "Hulpverlening"
    NGO = "ngo", "Ngo"
    ONDERZOEK = "onderzoek", "Onderzoek"
    INTERNATIONAAL = "internationaal", "Internationaal samenwerkingsverband"
    BEDRIJF = "bedrijf", "Bedrijf"


class MnrDomain(Choice):
    """De zes domeinen van het WeProtect Model National Response."""

    BELEID = "beleid-en-bestuur", "Beleid en bestuur"
    STRAFRECHT = "strafrecht", "Strafrecht"
    SLACHTOFFER = "slachtoffer", "Slachtoffer"
    SAMENLEVING = "samenleving", "Samenleving"
    INDUSTRIE = "industrie", "Industrie"
    MEDIA = "media-en-communicatie", "Media en communicatie"


class MnrCapability(Choice):
    """De 21 capaciteiten van het WeProtect Model National Response (2015), genummerd als gepubliceerd."""

    domain: MnrDomain

    def __init__(self, _value: str, _label: str, domain: MnrDomain) -> None:
        self.domain = domain

    LEIDERSCHAP = "mnr-01", "1 Leiderschap (Leadership)", MnrDomain.BELEID
    ONDERZOEK = "mnr-02", "2 Onderzoek, analyse en monitoring", MnrDomain.BELEID
    WETGEVING = "mnr-03", "3 Wetgeving (Legislation)", MnrDomain.BELEID
    OPSPORING = "mnr-04", "4 Gespecialiseerde opsporing (Dedicated law enforcement)", MnrDomain.STRAFRECHT
    RECHTSPRAAK = "mnr-05", "5 Rechtspraak en openbaar ministerie", MnrDomain.STRAFRECHT
    DADERAANPAK = "mnr-06", "6 Daderaanpak (Offender management process)", MnrDomain.STRAFRECHT
    BEELDDATABANKEN = "mnr-07", "7 Toegang tot beelddatabanken", MnrDomain.STRAFRECHT
    ONDERSTEUNING = "mnr-08", "8 Ondersteuning van begin tot eind", MnrDomain.SLACHTOFFER
    JEUGDBESCHERMING = "mnr-09", "9 Jeugdbeschermingsprofessionals", MnrDomain.SLACHTOFFER
    SCHADEVERGOEDING = "mnr-10", "10 Schadevergoeding, herstel en klachten", MnrDomain.SLACHTOFFER
    KINDERTELEFOON = "mnr-11", "11 Hulplijn voor kinderen (Child helpline)", MnrDomain.SLACHTOFFER
    MELDPUNT = "mnr-12", "12 Meldpunt (CSEA hotline)", MnrDomain.SAMENLEVING
    VOORLICHTING = "mnr-13", "13 Voorlichtingsprogramma (Education programme)", MnrDomain.SAMENLEVING
    KINDPARTICIPATIE = "mnr-14", "14 Participatie van kinderen", MnrDomain.SAMENLEVING
    DADERHULP = "mnr-15", "15 Hulp voor (potentiële) daders", MnrDomain.SAMENLEVING
    VERWIJDERING = "mnr-16", "16 Verwijderprocedures (Takedown)", MnrDomain.INDUSTRIE
    MELDPLICHT = "mnr-17", "17 Melden door bedrijven (CSEA reporting)", MnrDomain.INDUSTRIE
    INNOVATIE = "mnr-18", "18 Innovatieve oplossingen", MnrDomain.INDUSTRIE
    MVO = "mnr-19", "19 Maatschappelijk verantwoord ondernemen", MnrDomain.INDUSTRIE
    MEDIABERICHTGEVING = "mnr-20", "20 Ethische en geïnformeerde berichtgeving", MnrDomain.MEDIA
    TERMINOLOGIE = "mnr-21", "21 Eenduidige terminologie (Universal terminology)", MnrDomain.MEDIA


class Unit(Choice):
    """Eenheid: waarin de waarden van een cijferreeks zijn uitgedrukt."""

    whole: bool  # whether every value must be a whole number
    suffix: str  # written after a value: "12 %"

    def __init__(self, _value: str, _label: str, whole: bool, suffix: str) -> None:
        self.whole = whole
        self.suffix = suffix

    AANTAL = "aantal", "Aantal", True, ""
    PROCENT = "procent", "Procent", False, " %"


class Geography(Choice):
    """Gebied: waarop de cijfers van een reeks betrekking hebben."""

    NEDERLAND = "nederland", "Nederland"
    VERENIGD_KONINKRIJK = "verenigd-koninkrijk", "Verenigd Koninkrijk"
    VERENIGDE_STATEN = "verenigde-staten", "Verenigde Staten"
    EUROPESE_UNIE = "europese-unie", "Europese Unie"
    WERELD = "wereld", "Wereldwijd of een internationaal netwerk"
