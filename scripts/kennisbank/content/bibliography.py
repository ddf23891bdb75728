"""Reading the BibTeX/BibLaTeX files under bibliography/ into one set of entries, with clear errors."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pybtex.database import BibliographyData, Entry
from pybtex.database.input.bibtex import Parser
from pybtex.exceptions import PybtexError
from pybtex.scanner import PybtexSyntaxError

from kennisbank.content.links import link_problems, through_link
from kennisbank.problems import Problem
from kennisbank.project import ProjectPaths

# The comment every record carries directly above it: where its fields were seen. A field nobody saw is
# left out, so a record without this line cannot be trusted.
PROVENANCE = "% verified against:"


@dataclass
class Bibliography:
    """All bibliography entries by key, and the file each key comes from."""

    entries: dict[str, Entry] = field(default_factory=dict)
    files_by_key: dict[str, str] = field(default_factory=dict)
    lines_by_key: dict[str, int | None] = field(default_factory=dict)
    # False when a file could not be read: its keys are missing, so "unknown key" would mislead.
    complete: bool = True
    # The files as written, by file as contributors see it: for pandoc (pybtex writes `\&` back as `\\&`,
    # which pandoc reads as a line break) and for the checks of the text itself.
    texts_by_file: dict[str, str] = field(default_factory=dict)

    @property
    def bibtex(self) -> str:
        return "\n".join(self.texts_by_file.values())

    def __contains__(self, key: object) -> bool:
        return key in self.entries

    def field_lines(self) -> Iterator[tuple[str, int, str]]:
        """(file, line number, line) for every line that reaches readers: all but the `%` comments."""
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
        parsed = _parse(path, shown_as, problems)
        if parsed is None:
            bibliography.complete = False
        else:
            _add_entries(bibliography, *parsed, shown_as, problems)
            bibliography.texts_by_file[shown_as] = parsed[1]
    return bibliography, problems


# The same text parses to the same records: under `mkdocs serve` a rebuild parses only the files that
# changed (all of them took a tenth of a second). A parse that fails is not kept, so it fails again.
@functools.lru_cache(maxsize=256)
def parse_string(text: str) -> BibliographyData:
    """pybtex's BibTeX parser, taken directly: pybtex.database.parse_string looks it up among the
    installed packages' entry points on every call, which took a tenth of a rebuild under `mkdocs serve`."""
    return Parser().parse_string(text)


def _parse(path: Path, shown_as: str, problems: list[Problem]) -> tuple[BibliographyData, str] | None:
    try:
        text = path.read_bytes().decode("utf-8-sig")
        return parse_string(text), text
    except UnicodeDecodeError:
        problems.append(Problem(shown_as, None, "het bestand is niet in UTF-8 opgeslagen"))
    except PybtexSyntaxError as error:
        problems.append(Problem(shown_as, error.lineno, f"BibTeX-syntaxfout: {error.args[0]}"))
    except PybtexError as error:
        problems.append(Problem(shown_as, None, f"BibTeX-fout: {error}"))
    return None


def _add_entries(
    bibliography: Bibliography, data: BibliographyData, text: str, shown_as: str, problems: list[Problem]
) -> None:
    record_lines = _record_lines(text)
    lines = text.split("\n")
    for key, entry in data.entries.items():
        line = record_lines.get(key)
        if key in bibliography.entries:
            first = bibliography.files_by_key[key]
            problems.append(Problem(shown_as, line, f"citatiesleutel '{key}' staat ook in {first}"))
            continue
        bibliography.entries[key] = entry
        bibliography.files_by_key[key] = shown_as
        bibliography.lines_by_key[key] = line
        if line is not None and not _has_provenance(lines, line):
            problems.append(
                Problem(
                    shown_as,
                    line,
                    f"bron '{key}': de regel '{PROVENANCE} <adres>' ontbreekt direct boven het record; "
                    "noem waar de velden te zien waren en laat weg wat daar niet stond",
                )
            )


# The start of a record, `@type{key,`; a key holds no blank and no comma.
_RECORD_START = re.compile(r"@\w+\s*[{(]\s*([^\s,]+)\s*,")


def _record_lines(text: str) -> dict[str, int]:
    """The line of each key's first record, in one pass over the text (per key, a file of 200 records
    took a twentieth of every build)."""
    found: dict[str, int] = {}
    line, counted_to = 1, 0
    for match in _RECORD_START.finditer(text):
        line += text.count("\n", counted_to, match.start())
        counted_to = match.start()
        found.setdefault(match.group(1), line)
    return found


def _has_provenance(lines: list[str], line: int) -> bool:
    """Whether the comment lines directly above the record on `line` say where it was verified."""
    at = line - 2  # the index of the line above it
    while at >= 0 and lines[at].lstrip().startswith("%"):
        comment = lines[at].strip()
        if comment.startswith(PROVENANCE) and comment[len(PROVENANCE) :].strip():
            return True
        at -= 1
    return False
