"""Reading the BibTeX/BibLaTeX files under bibliography/ into one set of entries, with clear errors."""

from __future__ import annotations

from dataclasses import dataclass, field

from pybtex.database import BibliographyData, Entry, parse_file
from pybtex.exceptions import PybtexError
from pybtex.scanner import PybtexSyntaxError

from kennisbank.problems import Problem
from kennisbank.project import ProjectPaths


@dataclass
class Bibliography:
    """All bibliography entries by key, and the file each key comes from."""

    entries: dict[str, Entry] = field(default_factory=dict)
    files_by_key: dict[str, str] = field(default_factory=dict)

    def __contains__(self, key: object) -> bool:
        return key in self.entries

    def as_pybtex(self) -> BibliographyData:
        return BibliographyData(entries=self.entries)


def load_bibliography(paths: ProjectPaths) -> tuple[Bibliography, list[Problem]]:
    """Parse every .bib file under bibliography/ (sorted, so the result never depends on disk order)."""
    bibliography = Bibliography()
    problems: list[Problem] = []
    for path in sorted(paths.bib_dir.rglob("*.bib")):
        shown_as = paths.shown(path)
        try:
            data = parse_file(str(path), bib_format="bibtex")
        except PybtexSyntaxError as error:
            problems.append(Problem(shown_as, error.lineno, f"BibTeX-syntaxfout: {error.args[0]}"))
            continue
        except UnicodeDecodeError:
            problems.append(Problem(shown_as, None, "het bestand is niet in UTF-8 opgeslagen"))
            continue
        except PybtexError as error:
            problems.append(Problem(shown_as, None, f"BibTeX-fout: {error}"))
            continue
        for key, entry in data.entries.items():
            if key in bibliography.entries:
                first = bibliography.files_by_key[key]
                problems.append(Problem(shown_as, None, f"citatiesleutel '{key}' staat ook in {first}"))
                continue
            bibliography.entries[key] = entry
            bibliography.files_by_key[key] = shown_as
    return bibliography, problems
