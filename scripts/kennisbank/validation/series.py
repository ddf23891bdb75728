"""Rules on the points of a series of figures that the model of one point cannot see: the points in
time order, once each, of one kind of period; whole numbers where the unit counts; every point's source
declared and in the bibliography; and a notice when the newest point is dated."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from kennisbank.content.bibliography import Bibliography
from kennisbank.content.corpus import LoadedEntry
from kennisbank.model.entries import Reeks
from kennisbank.problems import Problem, Severity


def series_problems(entry: LoadedEntry, bibliography: Bibliography, today: date) -> list[Problem]:
    if not isinstance(entry.data, Reeks):
        return []
    series = entry.data
    path = entry.file.path
    problems = [
        Problem(path, entry.file.line_of("points", index), message)
        for index, message in _point_messages(series, bibliography)
    ]
    if series.is_dated(today):
        newest = series.newest.when
        problems.append(
            Problem(
                path,
                entry.file.line_of("points", len(series.points) - 1),
                f"het nieuwste meetpunt ({newest.label}) is meer dan {series.current_for_years} jaar oud; "
                "zoek nieuwere cijfers of zeg in de tekst waarom die er niet zijn",
                Severity.WARNING,
            )
        )
    return problems


def _point_messages(series: Reeks, bibliography: Bibliography) -> Iterator[tuple[int, str]]:
    periods = [point.when for point in series.points]
    first_kind = periods[0].kind
    for index, (point, period) in enumerate(zip(series.points, periods, strict=True)):
        if period.kind is not first_kind:
            yield (
                index,
                (
                    f"periode '{point.period}' is een {period.kind.name}, de eerste periode van de reeks een "
                    f"{first_kind.name}: één reeks gebruikt één soort periode"
                ),
            )
        elif index and period.start <= periods[index - 1].start:
            same = period.start == periods[index - 1].start
            yield (
                index,
                (
                    f"periode '{point.period}' staat al eerder in de reeks"
                    if same
                    else f"periode '{point.period}' komt na '{series.points[index - 1].period}': zet de "
                    "meetpunten van oud naar nieuw"
                ),
            )
        if series.unit.whole and not float(point.value).is_integer():
            yield (
                index,
                (
                    f"waarde {point.value} is geen geheel getal, maar de eenheid is '{series.unit.value}'; "
                    "schrijf aantallen zonder punt (25347, niet 25.347)"
                ),
            )
        if point.source not in series.sources:
            yield index, f"bron '{point.source}' van dit meetpunt ontbreekt in 'sources'"
        elif bibliography.lacks(point.source):
            yield index, f"bron '{point.source}' van dit meetpunt staat niet in de bibliografie"
