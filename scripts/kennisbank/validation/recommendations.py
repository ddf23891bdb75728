"""Rules on a recommendation's follow-up that the model of one step cannot see: the document and every
step's source declared and in the bibliography, the steps in date order, none before the recommendation or
after today; and a warning when nothing has been recorded for longer than the model allows."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from kennisbank.content.bibliography import Bibliography
from kennisbank.content.corpus import LoadedEntry
from kennisbank.dutch import dutch_date
from kennisbank.model.entries import Aanbeveling
from kennisbank.problems import Problem, Severity


def recommendation_problems(entry: LoadedEntry, bibliography: Bibliography, today: date) -> list[Problem]:
    if not isinstance(entry.data, Aanbeveling):
        return []
    recommendation = entry.data
    path, line_of = entry.file.path, entry.file.line_of
    problems = [
        Problem(path, line_of("document"), message)
        for message in _source_messages(recommendation.document, "het stuk", recommendation, bibliography)
    ]
    problems += [
        Problem(path, line_of("timeline", index), message)
        for index, message in _step_messages(recommendation, bibliography, today)
    ]
    if recommendation.is_dated(today):
        problems.append(
            Problem(
                path,
                line_of("timeline", len(recommendation.timeline) - 1) if recommendation.timeline else 1,
                f"de laatste stap in de opvolging ({dutch_date(recommendation.last_news)}) is meer dan "
                f"{recommendation.current_for_years} jaar oud; zoek wat er sindsdien gebeurde",
                Severity.WARNING,
            )
        )
    return problems


def _step_messages(
    recommendation: Aanbeveling, bibliography: Bibliography, today: date
) -> Iterator[tuple[int, str]]:
    issued = recommendation.issued
    for index, step in enumerate(recommendation.timeline):
        when = dutch_date(step.date)
        if step.date > today:
            yield index, f"stap van {when} ligt in de toekomst; schrijf alleen wat al gebeurd is"
        elif issued is not None and step.date < issued.start:
            yield (
                index,
                f"stap van {when} ligt vóór de aanbeveling zelf ({issued.label}, 'issued_on'); opvolging "
                "komt erna",
            )
        if index and step.date < recommendation.timeline[index - 1].date:
            before = dutch_date(recommendation.timeline[index - 1].date)
            yield index, f"stap van {when} staat na een stap van {before}: zet de stappen van oud naar nieuw"
        for message in _source_messages(step.source, "de bron van deze stap", recommendation, bibliography):
            yield index, message


def _source_messages(
    key: str, what: str, recommendation: Aanbeveling, bibliography: Bibliography
) -> Iterator[str]:
    if key not in recommendation.sources:
        yield f"{what} ('{key}') ontbreekt in 'sources'; voeg de sleutel daar toe"
    elif bibliography.lacks(key):
        yield f"{what} ('{key}') staat niet in de bibliografie; voeg de bron toe in bibliography/"
