"""The records of the bibliography: which kinds of source and which fields a record in bibliography/*.bib
may have, and which of its fields reach readers.

Records come from reference managers (Zotero exports BibLaTeX: @online, @report, `date`, `urldate`,
`langid`) and are written by hand (BibTeX: @misc with `howpublished`, @techreport, `year`, `month`). Both
are read. A kind or field outside these lists is refused, so a typing error (`@artcle`, `titel`) never
silently gives a wrong reference. What a reference manager brings along that a reference does not need
(an abstract, keywords, the path of a PDF on the contributor's computer) is accepted in the file but never
published: not on the Bronnen page, not in bibliography.json.

The labels are Dutch: the model reference shows them to contributors, under this heading.
"""

from __future__ import annotations

from dataclasses import dataclass

from kennisbank.model.vocabularies import Choice

SECTION = "Soorten bronnen en velden"

# The comment directly above a record that says where its fields were seen. A field nobody saw is left
# out, so a record that says nowhere where it was verified cannot be trusted.
PROVENANCE = "% verified against:"


class SourceType(Choice):
    """Soort bron: het woord na de `@` van een record, zoals `@article{sleutel, ...}`."""

    # Whether research can report an evaluation in a source of this kind (an intervention's evidence
    # profile rests on one); a web page or a news item cannot.
    research: bool

    def __init__(self, _value: str, _label: str, research: bool = False) -> None:
        self.research = research

    ARTICLE = "article", "Artikel in een tijdschrift of krant", True
    BOOK = "book", "Boek", True
    BOOKLET = "booklet", "Brochure of folder"
    COLLECTION = "collection", "Bundel onder redactie"
    DATASET = "dataset", "Dataset"
    INBOOK = "inbook", "Deel of hoofdstuk van een boek", True
    INCOLLECTION = "incollection", "Hoofdstuk met een eigen auteur in een bundel", True
    INPROCEEDINGS = "inproceedings", "Bijdrage aan een congres", True
    INREFERENCE = "inreference", "Lemma in een naslagwerk"
    JURISDICTION = "jurisdiction", "Rechterlijke uitspraak"
    LEGISLATION = "legislation", "Wet of regeling"
    MANUAL = "manual", "Handleiding"
    MASTERSTHESIS = "mastersthesis", "Masterscriptie", True
    MISC = "misc", "Andere bron: webpagina, bericht, Kamerstuk of brief; de soort staat in howpublished"
    ONLINE = "online", "Webpagina (BibLaTeX, zoals Zotero exporteert)"
    PHDTHESIS = "phdthesis", "Proefschrift", True
    PROCEEDINGS = "proceedings", "Congresbundel"
    REPORT = "report", "Rapport van een instelling (BibLaTeX)", True
    TECHREPORT = "techreport", "Rapport van een instelling (BibTeX)", True
    THESIS = "thesis", "Scriptie of proefschrift (BibLaTeX; de soort staat in type)", True
    UNPUBLISHED = "unpublished", "Niet gepubliceerd stuk"


class SourceField(Choice):
    """Veld van een bron. Velden die niet gepubliceerd worden, neemt een literatuurprogramma vaak mee; ze
    mogen in het bestand staan, maar komen niet op de site en niet in de open data."""

    published: bool

    def __init__(self, _value: str, _label: str, published: bool = True) -> None:
        self.published = published

    ADDRESS = "address", "Plaats van uitgave (BibTeX)"
    AUTHOR = "author", "Auteurs: Achternaam, Voornaam; tussen twee namen 'and'; een organisatie tussen {{ }}"
    BOOKTITLE = "booktitle", "Titel van de bundel of het boek waarin de bron staat"
    CHAPTER = "chapter", "Hoofdstuk"
    DATE = "date", "Datum (BibLaTeX): 2023-12-13, 2023-12 of 2023"
    DAY = "day", "Dag van de maand"
    DOI = "doi", "DOI, zonder https://doi.org/"
    EDITION = "edition", "Druk"
    EDITOR = "editor", "Redacteuren, gescheiden door 'and'"
    EVENTTITLE = "eventtitle", "Naam van het congres (BibLaTeX)"
    HOWPUBLISHED = "howpublished", "Soort bron en uitgever bij @misc, zoals 'Kamerbrief' of 'Webpagina'"
    INSTITUTION = "institution", "Instelling die het rapport uitgaf"
    ISBN = "isbn", "ISBN"
    ISSN = "issn", "ISSN"
    ISSUE = "issue", "Aflevering, als die geen nummer is (BibLaTeX)"
    JOURNAL = "journal", "Tijdschrift of krant (BibTeX)"
    JOURNALTITLE = "journaltitle", "Tijdschrift of krant (BibLaTeX)"
    LANGID = "langid", "Taal van de bron (BibLaTeX), zoals dutch of english"
    LANGUAGE = "language", "Taal van de bron, zoals dutch of english"
    LOCATION = "location", "Plaats van uitgave (BibLaTeX)"
    MONTH = "month", "Maand"
    NOTE = "note", "Aanvulling die in de verwijzing verschijnt"
    NUMBER = "number", "Nummer: van de aflevering, het rapport of het Kamerstuk"
    ORGANIZATION = "organization", "Organisatie die de bron uitgaf"
    PAGES = "pages", "Pagina's, zoals 12--34"
    PUBLISHER = "publisher", "Uitgever"
    SCHOOL = "school", "Universiteit van een scriptie of proefschrift"
    SERIES = "series", "Reeks"
    SHORTTITLE = "shorttitle", "Korte titel"
    SUBTITLE = "subtitle", "Ondertitel (BibLaTeX)"
    TITLE = "title", "Titel"
    TITLEADDON = "titleaddon", "Toevoeging aan de titel (BibLaTeX)"
    TRANSLATOR = "translator", "Vertalers"
    TYPE = "type", "Soort stuk, zoals 'Rapport' of 'Proefschrift'"
    URL = "url", "Adres (https://) waar de bron te vinden is"
    URLDATE = "urldate", "Datum waarop de webpagina is bekeken"
    VERSION = "version", "Versie"
    VOLUME = "volume", "Jaargang of deel"
    YEAR = "year", "Jaar"

    ABSTRACT = "abstract", "Samenvatting van de bron (van een literatuurprogramma)", False
    ANNOTATION = "annotation", "Eigen aantekening (BibLaTeX)", False
    ANNOTE = "annote", "Eigen aantekening (BibTeX)", False
    FILE = "file", "Pad naar een bestand op de eigen computer", False
    KEYWORDS = "keywords", "Eigen trefwoorden", False
    PAGETOTAL = "pagetotal", "Aantal pagina's", False
    SHORTJOURNAL = "shortjournal", "Afgekorte naam van het tijdschrift", False


@dataclass(frozen=True)
class Verification:
    """One way a record says where it was verified: fields it has (each with a value), or the comment."""

    fields: tuple[SourceField, ...]
    # Dutch: how the message and the model reference name this way; literal text between {q} and {q}
    # (quotes in a message, backticks in Markdown).
    label: str
    comment: bool = False  # the line PROVENANCE directly above the record


# A record is verified by the first of these it meets. A reference manager writes the first two itself
# (Zotero's BibLaTeX: `doi` on an article, `url` with `urldate` on a web page or report); the comment is
# the way for a record without them.
VERIFIED_BY = (
    Verification((SourceField.DOI,), "een veld doi"),
    Verification((SourceField.URL, SourceField.URLDATE), "een url met urldate"),
    Verification((), "een regel {q}" + PROVENANCE + " <adres>{q} boven het record", comment=True),
)


def verified_by(fields: set[str], has_comment: bool) -> Verification | None:
    """The way a record with these fields (lower case, each with a value) is verified, or None."""
    for way in VERIFIED_BY:
        if (not way.comment or has_comment) and all(name.value in fields for name in way.fields):
            return way
    return None


def verification_ways(quote: str = "'") -> str:
    """'a, b, of c': the ways a record can be verified, as a Dutch enumeration; `quote` around literal
    text."""
    labels = [way.label.format(q=quote) for way in VERIFIED_BY]
    return ", ".join(labels[:-1]) + f", of {labels[-1]}"
