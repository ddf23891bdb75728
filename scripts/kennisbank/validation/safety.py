"""Content safety: what no page of the knowledge base may show, link to or load.

Every Markdown file under docs/ (entries and other pages) is checked; each violation is a problem at
its line:

- no darkweb addresses (.onion, .i2p): not in the text, not in code, link targets or front matter;
- no e-mail addresses or phone numbers, except the public ones of organisations listed in the
  `public_contacts` option of the kennisbank plugin; `mailto:` only to those addresses;
- no active HTML outside code: <script>, <iframe>, <object>, <embed>, inline event handlers
  (`onclick=`), `javascript:` URLs;
- links to other sites over https only; no images or other embedded files from other hosts;
- none of the terms the glossary says to avoid (the `avoid` fields of its entries, plus the
  `avoid_terms` option), except in quotations: blockquotes and text between quotation marks.
"""

from __future__ import annotations

import codecs
import contextlib
import functools
import html
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import latexcodec  # noqa: F401  (registers the "ulatex" codec used for titles of sources)
from mkdocs_bibtex.citation import EMAIL_REGEX

from kennisbank.citations.syntax import cited_keys, mask_code
from kennisbank.content.bibliography import Bibliography
from kennisbank.content.blocks import text_values
from kennisbank.content.corpus import Corpus
from kennisbank.content.frontmatter import EntryFile
from kennisbank.model import ENTRY_TYPES
from kennisbank.model.entries import Organisatie, citation_fields, nested_not_prose, reference_fields
from kennisbank.problems import Problem
from kennisbank.project import ProjectPaths, SafetySettings

# --- What is looked for ---------------------------------------------------------------------------

_DARKWEB = re.compile(r"(?<![\w.-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:onion|i2p)\b", re.IGNORECASE)
# Phone numbers as people write them: international (+31 20 123 4567, 0031 6 12345678) or Dutch
# (020-1234567, 06 12 34 56 78, (020) 123 4567, 0800-1234); counted by their digits afterwards.
_PHONE = re.compile(
    r"(?<![\w+/.,-])(?:\+|00)[1-9]\d{0,2}(?:[ .-]?\(0\))?(?:[ .-]?\d){6,12}(?![\w-])"
    r"|(?<![\w+/.,-])(?:\(0\d{1,4}\)|0\d{1,4})(?:[ .-]?\d){4,9}(?![\w-])"
)
_DATE_LIKE = re.compile(r"^\d{1,2}[-./]\d{1,2}[-./]\d{2,4}$")
_MIN_PHONE_DIGITS, _MAX_PHONE_DIGITS = 8, 15
_ACTIVE_ELEMENTS = ("script", "iframe", "object", "embed")
_HTTP = re.compile(r"\bhttp://[^\s<>\"')\]]*", re.IGNORECASE)

# --- Markdown and HTML syntax, on text whose code is already masked ------------------------------

_INLINE_LINK = re.compile(r"(!?)\[(?:[^\[\]\n]|\[[^\[\]\n]*\])*\]\(\s*(<[^>\n]*>|[^\s)]*)")
_REFERENCE_DEFINITION = re.compile(r"^ {0,3}\[([^\]^][^\]]*)\]:[ \t]*<?([^\s>]+)>?", re.MULTILINE)
_REFERENCE_IMAGE = re.compile(r"!\[([^\]\n]*)\]\[([^\]\n]*)\]")
_AUTOLINK = re.compile(r"<([a-zA-Z][a-zA-Z0-9+.-]*:[^<>\s]*)>")
_TAG = re.compile(r"<([a-zA-Z][\w:-]*)((?:[^<>\"']|\"[^\"]*\"|'[^']*')*)>")
_ATTRIBUTE = re.compile(r"([^\s=/>\"']+)\s*=\s*(\"[^\"]*\"|'[^']*'|[^\s>\"']+)")
_ATTRIBUTE_LIST = re.compile(r"\{:?[ \t]*[^{}\n]*=[^{}\n]*\}")
_EVENT_HANDLER = re.compile(r"on[a-z]+", re.IGNORECASE)
_CSS_URL = re.compile(r"url\(\s*['\"]?\s*((?:[a-z][a-z0-9+.-]*:)?//[^)'\"\s]*)", re.IGNORECASE)
# Attributes that make the browser fetch a file and show it in the page, not navigate to it.
_EMBEDDING_ATTRIBUTES = ("src", "srcset", "poster", "data", "background")
_LINK_ATTRIBUTES = ("href", "action", "formaction", "xlink:href", "cite")
_SCRIPT_SCHEMES = re.compile(r"^(?:javascript|vbscript|data:text/html)", re.IGNORECASE)
_SCRIPT_IN_FIELD = re.compile(r"(?<![\w])(?:javascript|vbscript|data):", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x20]")

# --- What is not prose for the avoid-list ---------------------------------------------------------

_CITATION = re.compile(r"\[[^\[\]]*@[^\[\]]*\]")
_LINK_TARGET = re.compile(r"\]\([^)]*\)")
_BARE_URL = re.compile(r"\b(?:[a-z][a-z0-9+.-]*://|www\.)[^\s<>]+", re.IGNORECASE)
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_FOOTNOTE_REFERENCE = re.compile(r"\[\^[^\]]*\]")
_BLOCKQUOTE = re.compile(r"^[ \t]*(?:(?:[-*+]|\d+[.)])[ \t]+)*>")
# Text between quotation marks, within one paragraph: "…", “…”, „…”, ‘…’ and «…».
_QUOTATION = re.compile(
    r"\"(?:[^\"\n]|\n(?![ \t]*\n))*\"|[“„](?:[^“”„\n]|\n(?![ \t]*\n))*”"
    r"|‘(?:[^‘’\n]|\n(?![ \t]*\n))*’|«(?:[^«»\n]|\n(?![ \t]*\n))*»"
)


# --- Settings ---------------------------------------------------------------------------------------


def phone_digits(number: str) -> str:
    """A phone number as its digits, the Dutch country code written as a leading 0."""
    number = number.replace("(0)", "")
    digits = re.sub(r"\D", "", number)
    if number.lstrip().startswith("+"):
        digits = "00" + digits
    return "0" + digits[4:] if digits.startswith("0031") else digits


def allowed_contacts(settings: SafetySettings) -> tuple[frozenset[str], frozenset[str]]:
    """The e-mail addresses (in lower case) and phone numbers (as digits) the site may show."""
    values = [value.strip() for found in settings.public_contacts.values() for value in found]
    emails = frozenset(value.lower() for value in values if "@" in value)
    return emails, frozenset(phone_digits(value) for value in values if "@" not in value)


# --- The check ------------------------------------------------------------------------------------


def safety_problems(paths: ProjectPaths, corpus: Corpus, bibliography: Bibliography) -> list[Problem]:
    """Every safety problem in every Markdown file under docs/ and in the settings themselves."""
    settings = paths.safety
    checker = _Checker(settings, AvoidList.from_corpus(corpus, settings.avoid_terms), bibliography)
    problems = _settings_problems(paths, corpus, settings)
    for entry in corpus.by_id.values():
        model = entry.entry_type.model
        skipped = {"id", "avoid", *citation_fields(model), *reference_fields(model), *nested_not_prose(model)}
        problems.extend(checker.page(entry.file, not_prose=skipped))
    for page in corpus.pages:
        problems.extend(checker.page(page, not_prose=set()))
    problems.extend(_bibliography_problems(bibliography))
    return list(dict.fromkeys(problems))  # the same term twice on a line is one thing to fix


def _bibliography_problems(bibliography: Bibliography) -> list[Problem]:
    """Every field of every source reaches readers (the Bronnen page, bibliography.json): no darkweb
    address, and a link only over https, in notes and titles as much as in `url`. The `% verified
    against:` comments are for contributors and never reach the site."""
    problems: list[Problem] = []
    for path, text in bibliography.texts_by_file.items():
        for number, line in enumerate(text.split("\n"), 1):
            if line.lstrip().startswith("%"):
                continue
            problems.extend(
                Problem(path, number, _darkweb_message(m.group())) for m in _DARKWEB.finditer(line)
            )
            problems.extend(
                Problem(path, number, _https_message(m.group().rstrip("},"))) for m in _HTTP.finditer(line)
            )
            problems.extend(
                Problem(
                    path, number, f"een adres met '{m.group().split(':')[0]}:' is in een bron niet toegestaan"
                )
                for m in _SCRIPT_IN_FIELD.finditer(line)
            )
    return problems


def _settings_problems(paths: ProjectPaths, corpus: Corpus, settings: SafetySettings) -> list[Problem]:
    shown = settings.config_file
    problems: list[Problem] = []
    organisations = next(entry_type for entry_type in ENTRY_TYPES if entry_type.model is Organisatie)
    for organisation, values in settings.public_contacts.items():
        entry = corpus.by_id.get(organisation)
        # An organisation whose file is there but did not load has its own problem reported already.
        unloaded = paths.docs_dir / organisations.folder / f"{organisation.lower()}.md"
        if (entry is None and not unloaded.is_file()) or (
            entry is not None and entry.entry_type != organisations
        ):
            problems.append(
                Problem(
                    shown, None, f"public_contacts: '{organisation}' is geen organisatie in de kennisbank"
                )
            )
        problems.extend(
            Problem(
                shown,
                None,
                f"public_contacts van {organisation}: '{value}' is geen e-mailadres of telefoonnummer",
            )
            for value in values
            if not (EMAIL_REGEX.fullmatch(value.strip()) or len(phone_digits(value)) >= _MIN_PHONE_DIGITS)
        )
    return problems


@dataclass(frozen=True)
class AvoidTerm:
    term: str
    preferred: str | None = None  # the glossary term to use instead
    preferred_id: str | None = None


class AvoidList:
    """The terms to avoid: from the glossary's `avoid` fields, plus the `avoid_terms` option."""

    def __init__(self, terms: list[AvoidTerm]) -> None:
        self.terms: dict[str, AvoidTerm] = {}
        for term in terms:
            self.terms.setdefault(term.term.lower(), term)
        # Longest first, so "kinderpornografie" is named rather than "kinderporno". A term matches at the
        # start of a word and runs on into compounds and inflections ("kinderpornografische"); a term in
        # capitals (an abbreviation) matches only as a whole word, in capitals.
        words = sorted(self.terms.values(), key=lambda t: len(t.term), reverse=True)
        plain = [_term_pattern(t.term) for t in words if not t.term.isupper()]
        capitals = [_term_pattern(t.term) for t in words if t.term.isupper()]
        self._plain = (
            re.compile(rf"(?<![^\W_])(?:{'|'.join(plain)})[^\W_]*", re.IGNORECASE) if plain else None
        )
        self._capitals = re.compile(rf"(?<![^\W_])(?:{'|'.join(capitals)})(?![^\W_])") if capitals else None
        # The letters each term begins with: a text with no word beginning so is not searched at all.
        self._plain_runs = _Beginnings.of([t.term.lower() for t in words if not t.term.isupper()])
        self._capital_runs = _Beginnings.of([t.term for t in words if t.term.isupper()])

    @classmethod
    def from_corpus(cls, corpus: Corpus, extra: Iterable[str] = ()) -> AvoidList:
        terms = [
            AvoidTerm(term, entry.data.title, entry.id)
            for entry in corpus.by_id.values()
            for term in getattr(entry.data, "avoid", [])
        ]
        terms.extend(AvoidTerm(term.strip()) for term in extra if term.strip())
        return cls(terms)

    def find(self, text: str) -> Iterator[tuple[int, str, AvoidTerm]]:
        """(offset, word as written, term) for every avoided term in `text`."""
        searches = ((self._plain, self._plain_runs, True), (self._capitals, self._capital_runs, False))
        for pattern, runs, fold in searches:
            if pattern is None:
                continue
            for match in _matches(pattern, text, runs, fold=fold):
                yield match.start(), match.group(), self._term_of(match.group())

    def _term_of(self, word: str) -> AvoidTerm:
        normalised = re.sub(r"\s+", " ", word.lower())
        return next(
            self.terms[key] for key in sorted(self.terms, key=len, reverse=True) if normalised.startswith(key)
        )


_WORD_RUN = re.compile(r"(?<![^\W_])[^\W_]+")
# The first letters of a word by which the beginnings of the terms to avoid are looked up.
_START_LETTERS = 4


@dataclass(frozen=True)
class _Beginnings:
    """The run of letters or digits each term to avoid begins with, filed under its first letters."""

    by_start: dict[str, tuple[str, ...]]
    short: tuple[str, ...]  # runs shorter than _START_LETTERS

    @classmethod
    def of(cls, terms: list[str]) -> _Beginnings | None:
        """None if a term does not begin with a letter or digit."""
        runs = [_WORD_RUN.match(term) for term in terms]
        if not all(runs):
            return None
        by_start: dict[str, list[str]] = {}
        short: list[str] = []
        for run in {run.group() for run in runs if run}:
            if len(run) < _START_LETTERS:
                short.append(run)
            else:
                by_start.setdefault(run[:_START_LETTERS], []).append(run)
        return cls({start: tuple(found) for start, found in by_start.items()}, tuple(short))

    def in_any(self, words: set[str]) -> bool:
        """Whether one of `words` begins with one of the runs."""
        for word in words:
            found = self.by_start.get(word[:_START_LETTERS], ())
            if any(word.startswith(run) for run in found) or any(word.startswith(run) for run in self.short):
                return True
        return False


def _matches(
    pattern: re.Pattern[str], text: str, beginnings: _Beginnings | None, *, fold: bool
) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`, for a pattern that matches only at a word that begins with one of the
    runs of `beginnings`: a text without such a word is passed over. The pattern tries every term at every
    position, which, with a glossary that grows with the entries, made the checks quadratic (issue 9)."""
    if beginnings is not None:
        words = set(_WORD_RUN.findall(text.lower() if fold else text))
        if not beginnings.in_any(words):
            return
    yield from pattern.finditer(text)


def _term_pattern(term: str) -> str:
    return r"\s+".join(re.escape(part) for part in term.split())


def _avoid_message(word: str, term: AvoidTerm) -> str:
    found = "" if word.lower() == term.term.lower() else f" (in '{word}')"
    instead = f"gebruik '{term.preferred}' ({term.preferred_id})" if term.preferred else "zie avoid_terms"
    return (
        f"te vermijden term '{term.term}'{found}; {instead}, of citeer de term tussen aanhalingstekens "
        "als je de bron of de wet aanhaalt"
    )


@dataclass(frozen=True)
class _Url:
    start: int
    end: int
    url: str
    embedded: bool  # the browser loads it into the page (an image), rather than following it


class _Checker:
    def __init__(self, settings: SafetySettings, avoid: AvoidList, bibliography: Bibliography) -> None:
        self.emails, self.phones = allowed_contacts(settings)
        self.avoid = avoid
        self.bibliography = bibliography

    def page(self, page: EntryFile, not_prose: set[str]) -> list[Problem]:
        problems: list[Problem] = []
        for key, value in page.meta.items():
            items = value if isinstance(value, list) else [value]
            for index, item in enumerate(items):
                line = page.line_of(key, index if isinstance(value, list) else None)
                fields = item.items() if isinstance(item, dict) else [("", item)]
                for sub, part in fields:
                    prose = str(key) not in not_prose and f"{key}.{sub}" not in not_prose
                    for text in text_values(part):
                        problems.extend(self._text(page.path, line, text, prose=prose))
        problems.extend(self._body(page))
        return problems

    def _text(self, path: str, line: int, text: str, *, prose: bool) -> Iterator[Problem]:
        """A front matter value: one line for every problem in it."""
        for _, message in self._addresses(text):
            yield Problem(path, line, message)
        for found in _HTTP.finditer(text):
            yield Problem(path, line, _https_message(found.group()))
        if prose:
            for pattern in (_BARE_URL, EMAIL_REGEX, _QUOTATION):
                text = _blank(pattern, text)
            for _, word, term in self.avoid.find(text):
                yield Problem(path, line, _avoid_message(word, term))

    def _addresses(self, text: str) -> Iterator[tuple[int, str]]:
        """(offset, message) for darkweb addresses and for e-mail addresses and phone numbers not allowed."""
        # A pattern is tried only on a text with the one thing it cannot match without: each tries every
        # position, which over all pages made up a fifth of the checks (issue 9).
        lowered = text.lower()
        if ".onion" in lowered or ".i2p" in lowered:
            for found in _DARKWEB.finditer(text):
                yield found.start(), _darkweb_message(found.group())
        if "@" in text:
            for found in EMAIL_REGEX.finditer(text):
                if found.group().lower() not in self.emails:
                    yield found.start(), _email_message(found.group())
        for found in _PHONE.finditer(text):
            if _is_phone(found.group()) and phone_digits(found.group()) not in self.phones:
                yield found.start(), _phone_message(found.group())

    def _body(self, page: EntryFile) -> list[Problem]:
        body, first = page.body, page.body_line

        def at(text: str, offset: int, message: str) -> Problem:
            return Problem(page.path, first + text.count("\n", 0, offset), message)

        # Addresses count wherever they are, code included: the page shows them all the same.
        problems = [at(body, offset, message) for offset, message in self._addresses(body)]
        markdown = mask_code(body).text
        problems.extend(at(markdown, offset, message) for offset, message in _active_html(markdown))
        problems.extend(at(markdown, offset, message) for offset, message in _link_problems(markdown))
        prose = self._prose(markdown, page)
        problems.extend(
            at(prose, offset, _avoid_message(word, term)) for offset, word, term in self.avoid.find(prose)
        )
        return problems

    def _prose(self, markdown: str, page: EntryFile) -> str:
        """The markdown with everything that is not the author's own prose blanked out, lines kept."""
        text = _blank(_HTML_COMMENT, markdown)
        for title in self._cited_titles(page):  # first: a title is known by the link or emphasis around it
            text = _blank(title, text)
        for pattern in (EMAIL_REGEX, _CITATION, _LINK_TARGET, _REFERENCE_DEFINITION, _AUTOLINK, _BARE_URL):
            text = _blank(pattern, text)
        for pattern in (_TAG, _ATTRIBUTE_LIST, _FOOTNOTE_REFERENCE):
            text = _blank(pattern, text)
        text = _blank_blockquotes(text)
        return _blank(_QUOTATION, text)

    def _cited_titles(self, page: EntryFile) -> list[re.Pattern[str]]:
        """The titles of the sources the page cites, as the page may name them.

        A title of several words counts wherever it is written in full; a title of one word
        ("Kinderpornografie") only where it is set off as a title, in emphasis or as the text of a link,
        for otherwise every use of that word would pass.
        """
        keys = {cited.key for cited in cited_keys(page.body, page.body_line)}
        titles: list[re.Pattern[str]] = []
        for key in sorted(keys):
            entry = self.bibliography.entries.get(key)
            pattern = _title_pattern(entry.fields.get("title", "")) if entry is not None else None
            if pattern is not None:
                titles.append(pattern)
        return titles


def _is_phone(found: str) -> bool:
    digits = phone_digits(found)
    return not _DATE_LIKE.match(found.strip()) and _MIN_PHONE_DIGITS <= len(digits) <= _MAX_PHONE_DIGITS


def _active_html(markdown: str) -> Iterator[tuple[int, str]]:
    """Script elements and embedded content, and event handlers on HTML tags or in attribute lists."""
    for tag in _TAG.finditer(markdown):
        name = tag.group(1).lower()
        if name in _ACTIVE_ELEMENTS:
            yield tag.start(), f"HTML-element <{name}> is niet toegestaan: geen scripts of ingesloten inhoud"
        yield from ((tag.start(), message) for message in _handler_messages(tag.group(2)))
    for attributes in _ATTRIBUTE_LIST.finditer(markdown):
        yield from ((attributes.start(), message) for message in _handler_messages(attributes.group()))


def _handler_messages(attributes: str) -> Iterator[str]:
    for attribute in _ATTRIBUTE.finditer(attributes):
        name = attribute.group(1).lower()
        if _EVENT_HANDLER.fullmatch(name):
            yield f"inline event handler '{name}=' is niet toegestaan: geen scripts in de tekst"


def _link_problems(markdown: str) -> Iterator[tuple[int, str]]:
    urls = list(_urls(markdown))
    for url in urls:
        message = _url_message(url)
        if message:
            yield url.start, message
    # http:// outside any link, image or attribute (in the running text) is just as unwelcome.
    for found in _HTTP.finditer(markdown):
        if not any(url.start <= found.start() < url.end for url in urls):
            yield found.start(), _https_message(found.group())


def _url_message(url: _Url) -> str | None:
    target = _CONTROL.sub("", html.unescape(url.url))
    lowered = target.lower()
    if _SCRIPT_SCHEMES.match(target):
        return (
            f"'{lowered.split(':', 1)[0]}:'-adressen zijn niet toegestaan: een link mag geen script uitvoeren"
        )
    external = lowered.startswith(("http://", "https://", "//"))
    if url.embedded and external:
        return (
            f"afbeelding of bestand van een andere host ('{target}'): zet het bestand in docs/ "
            "en verwijs er relatief naar"
        )
    if lowered.startswith("http://"):
        return _https_message(target)
    if lowered.startswith("mailto:") and not EMAIL_REGEX.search(target):
        return "mailto-link zonder toegestaan e-mailadres"
    return None


def _urls(markdown: str) -> Iterator[_Url]:
    """Every URL the page links to or loads: Markdown links and images, autolinks, HTML attributes."""
    definitions: dict[str, str] = {}
    for found in _REFERENCE_DEFINITION.finditer(markdown):
        definitions[found.group(1).strip().lower()] = found.group(2)
        yield _Url(found.start(2), found.end(2), found.group(2), embedded=False)
    for found in _INLINE_LINK.finditer(markdown):
        target = found.group(2).strip("<>")
        yield _Url(found.start(2), found.end(2), target, embedded=bool(found.group(1)))
    for found in _REFERENCE_IMAGE.finditer(markdown):
        label = (found.group(2) or found.group(1)).strip().lower()
        if label in definitions:
            yield _Url(found.start(), found.end(), definitions[label], embedded=True)
    for found in _AUTOLINK.finditer(markdown):
        yield _Url(found.start(1), found.end(1), found.group(1), embedded=False)
    yield from _html_urls(markdown)


def _html_urls(markdown: str) -> Iterator[_Url]:
    """The URLs in the attributes of raw HTML tags."""
    for tag in _TAG.finditer(markdown):
        offset = tag.start(2)
        for attribute in _ATTRIBUTE.finditer(tag.group(2)):
            name, value = attribute.group(1).lower(), attribute.group(2).strip("\"'")
            start, end = offset + attribute.start(2), offset + attribute.end(2)
            if name in _EMBEDDING_ATTRIBUTES:
                for candidate in value.split(","):  # srcset: "a.png 1x, b.png 2x"
                    parts = candidate.split()
                    if parts:
                        yield _Url(start, end, parts[0], embedded=True)
            elif name in _LINK_ATTRIBUTES:
                yield _Url(start, end, value, embedded=False)
            elif name == "style":
                for css in _CSS_URL.finditer(html.unescape(value)):
                    yield _Url(start, end, css.group(1), embedded=True)


def _blank(pattern: re.Pattern[str], text: str) -> str:
    """`text` with every match replaced by spaces, line breaks kept: offsets and lines stay put."""
    return pattern.sub(lambda match: _spaces(match.group()), text)


def _spaces(text: str) -> str:
    return re.sub(r"[^\n]", " ", text)


def _blank_blockquotes(text: str) -> str:
    """Blockquotes, lazy continuation lines included, are quotations."""
    lines = text.split("\n")
    quoting = False
    for number, line in enumerate(lines):
        if _BLOCKQUOTE.match(line) or (quoting and line.strip()):
            lines[number] = _spaces(line)
            quoting = True
        else:
            quoting = False
    return "\n".join(lines)


# Once per title, not once per citing page: decoding LaTeX is slow, and the same sources are cited on
# page after page (issue 9).
@functools.cache
def _title_pattern(title: str) -> re.Pattern[str] | None:
    words = _plain_title(title).split()
    if not words:
        return None
    pattern = r"\s+".join(map(re.escape, words))
    if len(words) == 1:
        pattern = rf"(?<=[*_\[]){pattern}(?=[*_]|\]\()"
    return re.compile(pattern, re.IGNORECASE)


def _plain_title(title: str) -> str:
    with contextlib.suppress(ValueError, LookupError):
        title = codecs.decode(title, "ulatex")
    return re.sub(r"[{}]", "", title).strip()


def _darkweb_message(address: str) -> str:
    return (
        f"darkweb-adres '{address}' hoort niet in de kennisbank, ook niet in een link, code of front matter"
    )


def _email_message(address: str) -> str:
    return (
        f"e-mailadres '{address}' mag niet op de site: alleen openbare adressen van organisaties "
        "in 'public_contacts' (mkdocs.yml)"
    )


def _phone_message(number: str) -> str:
    return (
        f"telefoonnummer '{number.strip()}' mag niet op de site: alleen openbare nummers van organisaties "
        "in 'public_contacts' (mkdocs.yml)"
    )


def _https_message(url: str) -> str:
    url = url.rstrip(".,;:!?")  # the end of the sentence, not of the address
    return f"link met http:// ('{url}'): gebruik https://, of laat de link weg als de site geen https heeft"
