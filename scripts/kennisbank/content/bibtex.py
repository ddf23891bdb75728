"""pybtex's BibTeX parser, made to read a whole file whatever its errors and to say where each record and
field is.

pybtex stops at the first syntax error with an English message ("premature end of file"). Here its
parser goes on after an error (it restarts at the next `@`), so one run reports every error of a file and
the records around a broken one are still read and checked. Each error is said in Dutch with what to write
instead. The scanner notes the line of each record and the line and place of each field: the validator
names the line of an unknown field, and the fields that are not published are cut from the text that
pandoc formats.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from pybtex.database import BibliographyData, InvalidNameString
from pybtex.database.input.bibtex import DuplicateField, LowLevelParser, Parser, UndefinedMacro
from pybtex.exceptions import PybtexError
from pybtex.scanner import PrematureEOF, PybtexSyntaxError, TokenRequired


@dataclass(frozen=True)
class FieldSpan:
    name: str  # as written
    line: int
    start: int  # where the text of the field starts: right after the comma before it
    end: int  # right after its value


@dataclass(frozen=True)
class Record:
    kind: str  # as written after the @: article, Online, ...
    key: str | None
    line: int
    fields: tuple[FieldSpan, ...]


@dataclass(frozen=True)
class ParsedBibtex:
    data: BibliographyData
    records: tuple[Record, ...]
    errors: tuple[tuple[int | None, str], ...]  # (line, Dutch message)


# The same text parses to the same records: under `mkdocs serve` a rebuild parses only the files that
# changed (all of them took a tenth of a second).
@functools.lru_cache(maxsize=256)
def parse_bibtex(text: str) -> ParsedBibtex:
    parser = _Parser()
    data = parser.parse_string(text)
    return ParsedBibtex(data, tuple(parser.records), tuple(parser.errors))


def without_fields(text: str, records: tuple[Record, ...], names: frozenset[str]) -> str:
    """The text with every field named in `names` (in lower case) cut out, with the comma after it."""
    cuts = sorted(
        (span.start, _after_comma(text, span.end))
        for record in records
        for span in record.fields
        if span.name.lower() in names
    )
    if not cuts:
        return text
    kept, at = [], 0
    for start, end in cuts:
        kept.append(text[at:start])
        at = end
    kept.append(text[at:])
    return "".join(kept)


_COMMA = re.compile(r"\s*,")


def _after_comma(text: str, end: int) -> int:
    comma = _COMMA.match(text, end)
    return comma.end() if comma else end


class _Parser(Parser):
    """pybtex's parser with the recording scanner below, collecting errors instead of raising them."""

    def __init__(self) -> None:
        super().__init__()
        self.records: list[Record] = []
        self.errors: list[tuple[int | None, str]] = []

    def handle_error(self, error: PybtexError) -> None:
        if isinstance(error, DuplicateField):
            return  # the validator names it with the line of the field (bibliography.py)
        self.errors.append((None, _FALLBACK))

    def parse_string(self, text: str) -> BibliographyData:
        """pybtex's own parse_string, with the recording scanner and a check of its own: a key given twice
        in a file is named with the lines of both records (pybtex would raise, without a line)."""
        self.unnamed_entry_counter = 1
        scanner = _Scanner(text, macros=self.macros)
        self.records, self.errors = scanner.records, scanner.errors  # one list of errors for both
        lines_by_key: dict[str, int] = {}
        for command, body in scanner:
            if command.lower() == "preamble":
                self.process_preamble(*body)
            elif command.lower() != "string":
                record = scanner.records[-1]
                if record.key is None:
                    continue  # the missing key is reported; there is nothing to cite it by
                key = record.key.lower()
                if key in lines_by_key:
                    scanner.errors.append((record.line, _twice(record.key, lines_by_key[key])))
                    continue
                lines_by_key[key] = record.line
                try:
                    self.process_entry(command, *body)
                except InvalidNameString:  # raised by pybtex's global error handler, not handle_error
                    scanner.errors.append((record.line, f"bron '{record.key}': {_NAMES}"))
        return self.data


def _twice(key: str, first: int) -> str:
    return f"citatiesleutel '{key}' staat ook op regel {first}; geef elke bron een eigen sleutel"


_NAMES = (
    "een naam in author of editor heeft meer dan twee komma's: schrijf elke naam als Achternaam, "
    "Voornaam en zet 'and' tussen twee namen; een organisatie zet je tussen dubbele accolades: "
    "{{Naam van de organisatie}}"
)
_FALLBACK = (
    "het record kan hier niet worden gelezen: controleer de accolades, de komma na elk veld en de '=' "
    "tussen veldnaam en waarde (title = {Een titel},)"
)


class _Scanner(LowLevelParser):
    """pybtex's scanner, noting each record and field, and each error in Dutch."""

    def __init__(self, text: str, macros: object) -> None:
        super().__init__(text, macros=macros)
        self.records: list[Record] = []
        self.errors: list[tuple[int | None, str]] = []
        self._record_line = 1
        self._fields: list[FieldSpan] = []

    def parse_command(self) -> tuple[str, tuple[object, ...]]:
        self._record_line = self.lineno  # skip_to just passed the @
        self._fields = []
        command, body = super().parse_command()
        if command.lower() not in ("string", "preamble"):
            self.records.append(
                Record(command, self.current_entry_key, self._record_line, tuple(self._fields))
            )
        return command, body

    def parse_field(self) -> None:
        """pybtex's parse_field, noting where the field is."""
        start = self.pos
        name = self.optional([self.NAME])
        if not name:
            return
        line = self.lineno
        self.current_field_name = name.value
        self.required([self.EQUALS])
        self.parse_value()
        end = self.pos  # past the whitespace pybtex read while looking for a `#` after the value
        while self.text[end - 1].isspace():
            end -= 1
        self._fields.append(FieldSpan(name.value, line, start, end))

    def handle_error(self, error: PybtexError) -> None:
        if isinstance(error, PrematureEOF):
            self.errors.append((self._record_line, self._unclosed()))
        elif isinstance(error, PybtexSyntaxError):
            self.errors.append(self._described(error))
        else:
            self.errors.append((None, _FALLBACK))

    def _unclosed(self) -> str:
        return (
            f"{self._record()} wordt niet afgesloten: het bestand houdt op voor de '}}' aan het eind van het "
            "record; sluit elke '{' met '}' en elk '\"' met '\"'"
        )

    def _record(self) -> str:
        return f"het record '{self.current_entry_key}'" if self.current_entry_key else "het record"

    def _described(self, error: PybtexSyntaxError) -> tuple[int | None, str]:
        """The line and the Dutch message of a syntax error."""
        field = self.current_field_name or "veld"
        if isinstance(error, UndefinedMacro):
            value = error.args[0]
            return (
                error.lineno,
                f"de waarde van '{field}' staat niet tussen accolades: schrijf {field} = {{{value}}}",
            )
        if not isinstance(error, TokenRequired):
            if error.args[0] == "unbalanced braces":
                return (
                    error.lineno,
                    f"in de waarde van '{field}' staat een '}}' zonder '{{' ervoor: haal haar weg",
                )
            return error.lineno, _FALLBACK
        expected = error.args[0].removesuffix(" expected")
        if expected in (self.NAME.description, f"{self.LPAREN.description} or {self.LBRACE.description}"):
            # At the @, not where pybtex looked next: often an @ in a comment, which BibTeX reads as a record.
            return self._record_line, (
                "na '@' horen de soort bron en '{' met de sleutel, zoals @article{sleutel, ...}; staat er "
                "een '@' buiten een record (ook in een regel met '%'), haal die dan weg"
            )
        if expected in (self.KEY_BRACE.description, self.KEY_PAREN.description):
            return (
                error.lineno,
                "het record heeft geen citatiesleutel: schrijf @soort{sleutel, veld = {waarde}, ...}",
            )
        if expected == self.EQUALS.description:
            return error.lineno, f"na de veldnaam '{field}' hoort '=': schrijf {field} = {{waarde}}"
        if expected == "field value":
            return error.lineno, f"het veld '{field}' heeft geen waarde: schrijf {field} = {{waarde}}"
        if expected in (self.RBRACE.description, self.RPAREN.description):
            return error.lineno, (
                f"{self._record()} (regel {self._record_line}) is hier nog niet afgesloten: zet een komma "
                "na elk veld behalve het laatste, en '}' aan het eind van het record"
            )
        return error.lineno, _FALLBACK
