"""Reading the BibTeX/BibLaTeX files under bibliography/ into one set of entries, with clear errors.

Every file is read whole, whatever its errors, so one run names all of them: the syntax errors, and for
every record an unknown kind of source, an unknown or doubled field, and nothing that says where it was
verified (`model/sources.py`: its DOI, its address with the date of the visit, or a comment). The
kinds and fields a record may have, and which of them are published, are part of the content model
(`model/sources.py`).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pybtex.database import Entry

from kennisbank.content.bibtex import ParsedBibtex, Record, parse_bibtex, without_fields
from kennisbank.content.links import link_problems, through_link
from kennisbank.model.sources import (
    PROVENANCE,
    SECTION,
    SourceField,
    SourceType,
    verification_ways,
    verified_by,
)
from kennisbank.problems import Problem
from kennisbank.project import ProjectPaths

# What a reference manager brings along but a reference does not need: kept in the files, never published.
UNPUBLISHED = frozenset(name.value for name in SourceField if not name.published)


@dataclass
class Bibliography:
    """All bibliography entries by key, and the file each key comes from."""

    entries: dict[str, Entry] = field(default_factory=dict)
    files_by_key: dict[str, str] = field(default_factory=dict)
    lines_by_key: dict[str, int | None] = field(default_factory=dict)
    # False when a file could not be read at all (not UTF-8): any key may be in it.
    complete: bool = True
    # Keys of records in files with a syntax error: a record that could not be read may hold them, so
    # "not in the bibliography" would mislead.
    unread_keys: set[str] = field(default_factory=set)
    # The files as written, by file as contributors see it: for the checks of the text itself, which
    # read every field, published or not.
    texts_by_file: dict[str, str] = field(default_factory=dict)
    # The same files without the fields that are not published: what pandoc formats for the site and the
    # open data (as written: pybtex writes `\&` back as `\\&`, which pandoc reads as a line break).
    published_by_file: dict[str, str] = field(default_factory=dict)

    @property
    def bibtex(self) -> str:
        return "\n".join(self.published_by_file.values())

    def __contains__(self, key: object) -> bool:
        return key in self.entries

    def lacks(self, key: str) -> bool:
        """Whether the key is surely not in the bibliography: not among the entries read, and no file that
        could not be read (whole or in part) may hold it."""
        return self.complete and key not in self.entries and key not in self.unread_keys

    def field_lines(self) -> Iterator[tuple[str, int, str]]:
        """(file, line number, line) for every line of a record: all but the `%` comments."""
        for path, text in self.texts_by_file.items():
            for number, line in enumerate(text.split("\n"), 1):
                if not line.lstrip().startswith("%"):
                    yield path, number, line


def load_bibliography(paths: ProjectPaths) -> tuple[Bibliography, list[Problem]]:
    """Parse every .bib file under bibliography/ (sorted, so the result never depends on disk order)."""
    bibliography = Bibliography()
    problems = link_problems(paths.bib_dir, paths.shown)
    for path in sorted(paths.bib_dir.rglob("*.bib")):
        if through_link(path, paths.bib_dir):
            continue
        shown_as = paths.shown(path)
        text = _read(path, shown_as, problems)
        if text is None:
            bibliography.complete = False
            continue
        parsed = parse_bibtex(text)
        problems.extend(Problem(shown_as, line, message) for line, message in parsed.errors)
        if parsed.errors:
            bibliography.unread_keys.update(_RECORD_KEY.findall(text))
        _add_entries(bibliography, parsed, text, shown_as, problems)
        bibliography.texts_by_file[shown_as] = text
        bibliography.published_by_file[shown_as] = without_fields(text, parsed.records, UNPUBLISHED)
    return bibliography, problems


def _read(path: Path, shown_as: str, problems: list[Problem]) -> str | None:
    try:
        return path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        problems.append(Problem(shown_as, None, "het bestand is niet in UTF-8 opgeslagen"))
        return None


# The key of a record, `@type{key,`, found in the text itself: also in a record the parser could not read.
_RECORD_KEY = re.compile(r"@\w+\s*[{(]\s*([^\s,]+)\s*,")


def _add_entries(
    bibliography: Bibliography, parsed: ParsedBibtex, text: str, shown_as: str, problems: list[Problem]
) -> None:
    lines = text.split("\n")
    read: set[str] = set()
    for record in parsed.records:
        problems.extend(Problem(shown_as, line, message) for line, message in _record_problems(record))
        key = record.key
        if key is None or key not in parsed.data.entries or key.lower() in read:
            continue  # no key, or a key the file already gave: reported by the parser
        read.add(key.lower())
        line = record.line
        if key in bibliography.entries:
            first = bibliography.files_by_key[key]
            problems.append(Problem(shown_as, line, f"citatiesleutel '{key}' staat ook in {first}"))
            continue
        bibliography.entries[key] = parsed.data.entries[key]
        bibliography.files_by_key[key] = shown_as
        bibliography.lines_by_key[key] = line
        entry = parsed.data.entries[key]
        filled = {name.lower() for name, value in entry.fields.items() if str(value).strip()}
        if verified_by(filled, _has_provenance(lines, line)) is None:
            problems.append(
                Problem(
                    shown_as,
                    line,
                    f"bron '{key}': zeg waar ze is gecontroleerd: {verification_ways()}; "
                    "laat weg wat daar niet stond",
                )
            )


_KINDS = [kind.value for kind in SourceType]
_FIELDS = [name.value for name in SourceField]


def _record_problems(record: Record) -> Iterator[tuple[int, str]]:
    """An unknown kind of source, and every unknown or doubled field, with the line of each."""
    source = f"bron '{record.key}'" if record.key else "bron"
    kind = record.kind.lower()
    if kind not in _KINDS:
        known = ", ".join("@" + known for known in _KINDS)
        message = f"'@{record.kind}' is geen bekende soort bron{_guess(kind, _KINDS, '@')}"
        yield record.line, f"{source}: {message}; kies uit: {known} (zie '{SECTION}' in het inhoudsmodel)"
    seen: dict[str, int] = {}
    for span in record.fields:
        name = span.name.lower()
        if name in seen:
            message = f"het veld '{span.name}' staat twee keer in het record (ook op regel {seen[name]})"
            yield span.line, f"{source}: {message}; laat er één staan"
        elif name not in _FIELDS:
            message = (
                f"'{span.name}' is geen bekend veld{_guess(name, _FIELDS, '')}; laat het weg of kies uit"
            )
            yield (
                span.line,
                f"{source}: {message}: {', '.join(_FIELDS)} (zie '{SECTION}' in het inhoudsmodel)",
            )
        seen.setdefault(name, span.line)


def _guess(written: str, known: list[str], mark: str) -> str:
    """' (bedoel je @article?)' for the known name closest to a typing error, or nothing."""
    close = difflib.get_close_matches(written, known, n=1)
    return f" (bedoel je {mark}{close[0]}?)" if close else ""


def _has_provenance(lines: list[str], line: int) -> bool:
    """Whether the comment lines directly above the record on `line` say where it was verified."""
    at = line - 2  # the index of the line above it
    while at >= 0 and lines[at].lstrip().startswith("%"):
        comment = lines[at].strip()
        if comment.startswith(PROVENANCE) and comment[len(PROVENANCE) :].strip():
            return True
        at -= 1
    return False
