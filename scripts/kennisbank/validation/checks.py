"""Checks across entries and the bibliography: references resolve, citations exist and are declared."""

from __future__ import annotations

from datetime import date

from kennisbank.citations.syntax import cited_keys
from kennisbank.content.bibliography import Bibliography, load_bibliography
from kennisbank.content.corpus import Corpus, LoadedEntry, load_corpus
from kennisbank.problems import Problem, Severity
from kennisbank.project import ProjectPaths
from kennisbank.releases.index import ReleaseIndex, load_indexes
from kennisbank.validation.evidence import evidence_problems
from kennisbank.validation.invisible import bibliography_invisible_problems, invisible_problems
from kennisbank.validation.lifecycle import overdue_reviews, release_problems
from kennisbank.validation.link_text import link_text_problems
from kennisbank.validation.prose import prose_problems
from kennisbank.validation.recommendations import recommendation_problems
from kennisbank.validation.safety import safety_problems
from kennisbank.validation.series import series_problems
from kennisbank.validation.snippets import snippet_problems
from kennisbank.validation.statutes import statute_problems


def inspect_content(
    paths: ProjectPaths, bibliography: Bibliography, indexes: list[ReleaseIndex], today: date
) -> tuple[Corpus, list[Problem]]:
    """Load every entry and check it against the others, the bibliography and the recorded releases."""
    corpus, problems = load_corpus(paths)
    return corpus, sorted(problems + check_content(paths, corpus, bibliography, indexes, today))


def check_content(
    paths: ProjectPaths, corpus: Corpus, bibliography: Bibliography, indexes: list[ReleaseIndex], today: date
) -> list[Problem]:
    """Every problem of the loaded entries beyond their own front matter: across entries, with the
    bibliography and the releases, in the prose, and for safety."""
    return structure_problems(paths, corpus, bibliography, indexes, today) + text_problems(
        paths, corpus, bibliography
    )


def structure_problems(
    paths: ProjectPaths, corpus: Corpus, bibliography: Bibliography, indexes: list[ReleaseIndex], today: date
) -> list[Problem]:
    """What the build relies on: references resolve, citations exist and are declared, releases agree."""
    problems: list[Problem] = []
    problems.extend(release_problems(corpus, indexes, paths.shown(paths.releases_dir)))
    problems.extend(overdue_reviews(corpus, today))
    problems.extend(_abbreviation_problems(corpus))
    problems.extend(_uncited_sources(corpus, bibliography))
    problems.extend(_page_citation_problems(corpus, bibliography))
    for entry in corpus.by_id.values():
        problems.extend(_reference_problems(entry, corpus))
        problems.extend(_citation_problems(entry, bibliography))
        problems.extend(series_problems(entry, bibliography, today))
        problems.extend(recommendation_problems(entry, bibliography, today))
        problems.extend(evidence_problems(entry, bibliography))
    return problems


def text_problems(paths: ProjectPaths, corpus: Corpus, bibliography: Bibliography) -> list[Problem]:
    """What is wrong in the text itself: uncited figures, unfilled text, the law cited, links whose text
    shows another host than they lead to, and safety.
    Nothing the build does depends on these; they are the costly part of the checks (a scan of every
    page's text)."""
    problems = [problem for entry in corpus.by_id.values() for problem in prose_problems(entry)]
    for page in [entry.file for entry in corpus.by_id.values()] + corpus.other_texts:
        problems.extend(statute_problems(page))
        problems.extend(invisible_problems(page))
        problems.extend(snippet_problems(page))
        problems.extend(link_text_problems(page))
    problems.extend(bibliography_invisible_problems(bibliography))
    problems.extend(safety_problems(paths, corpus, bibliography))
    return problems


def _reference_problems(entry: LoadedEntry, corpus: Corpus) -> list[Problem]:
    problems: list[Problem] = []
    for field, target in entry.references():
        line = entry.file.line_of(field)
        if target == entry.id:
            problems.append(
                Problem(entry.file.path, line, f"'{field}' verwijst naar de entry zelf ({target})")
            )
        elif target not in corpus.by_id and target not in corpus.unread:
            problems.append(
                Problem(
                    entry.file.path, line, f"'{field}' verwijst naar {target}, maar die entry bestaat niet"
                )
            )
    return problems


def _abbreviation_problems(corpus: Corpus) -> list[Problem]:
    """An abbreviation explains one thing site-wide, so two entries cannot define the same one."""
    first: dict[str, LoadedEntry] = {}
    problems: list[Problem] = []
    for entry in corpus.by_id.values():
        abbreviation = getattr(entry.data, "abbreviation", None)
        if not abbreviation:
            continue
        if abbreviation in first:
            other = first[abbreviation]
            message = f"afkorting '{abbreviation}' wordt al verklaard in {other.file.path} ({other.id})"
            problems.append(Problem(entry.file.path, entry.file.line_of("abbreviation"), message))
        else:
            first[abbreviation] = entry
    return problems


def _uncited_sources(corpus: Corpus, bibliography: Bibliography) -> list[Problem]:
    """A source nothing cites is listed on the Bronnen page without backlinks: worth a warning, no more.
    A page that is not an entry (the Werkwijze page) cites too."""
    cited = {key for entry in corpus.by_id.values() for key in entry.data.sources}
    cited |= {
        citation.key for page in corpus.other_texts for citation in cited_keys(page.body, page.body_line)
    }
    return [
        Problem(
            bibliography.files_by_key[key],
            bibliography.lines_by_key[key],
            f"bron '{key}' wordt door geen entry of pagina geciteerd",
            Severity.WARNING,
        )
        for key in bibliography.entries
        if key not in cited
    ]


def _page_citation_problems(corpus: Corpus, bibliography: Bibliography) -> list[Problem]:
    """A page that is not an entry has no 'sources' (and a refused entry none that can be trusted); each key
    it cites must still be in the bibliography."""
    return [
        Problem(page.path, citation.line, f"citatie [@{citation.key}] staat niet in de bibliografie")
        for page in corpus.other_texts
        for citation in cited_keys(page.body, page.body_line)
        if bibliography.lacks(citation.key)
    ]


def _citation_problems(entry: LoadedEntry, bibliography: Bibliography) -> list[Problem]:
    """Each key in 'sources' and in the text is in the bibliography (as far as it could be read), in both
    places, and cited."""
    path, sources_line = entry.file.path, entry.file.line_of("sources")
    declared = set(entry.data.sources)
    problems = [
        Problem(path, sources_line, f"bron '{key}' staat niet in de bibliografie")
        for key in entry.data.sources
        if bibliography.lacks(key)
    ]
    cited = cited_keys(entry.file.body, entry.file.body_line)
    for citation in cited:
        if bibliography.lacks(citation.key):
            problems.append(
                Problem(path, citation.line, f"citatie [@{citation.key}] staat niet in de bibliografie")
            )
        elif citation.key not in declared:
            problems.append(Problem(path, citation.line, f"citatie [@{citation.key}] ontbreekt in 'sources'"))
    cited_set = {citation.key for citation in cited} | entry.data.sources_in_fields()
    problems.extend(
        Problem(
            path, sources_line, f"bron '{key}' staat in 'sources' maar wordt in de tekst nergens geciteerd"
        )
        for key in entry.data.sources
        if not bibliography.lacks(key) and key not in cited_set
    )
    return problems


def collect_problems(paths: ProjectPaths) -> list[Problem]:
    """Every problem in the bibliography, the recorded releases and the content, in reading order."""
    bibliography, bib_problems = load_bibliography(paths)
    indexes, index_problems = load_indexes(paths.releases_dir, paths.shown(paths.releases_dir))
    _, content_problems = inspect_content(paths, bibliography, indexes, date.today())
    return sorted(bib_problems + index_problems + content_problems)
