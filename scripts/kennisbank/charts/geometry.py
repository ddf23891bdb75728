"""Where everything of a line chart goes: the scales, the ticks, the line and its points.

The chart is measured in the units of its viewBox; the browser scales it to the width of the page.
Time runs proportionally along the x axis (2015 and 2020 stand five years apart), the y axis starts at
zero so a change is never exaggerated, and its ticks are round numbers.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from kennisbank.dutch import dutch_number
from kennisbank.model.entries import Reeks
from kennisbank.model.series import Period


@dataclass(frozen=True)
class Frame:
    """The size of a chart and the space around its plot area."""

    width: int
    height: int
    left: int
    right: int
    top: int
    bottom: int


FULL = Frame(width=400, height=240, left=60, right=18, top=14, bottom=34)
SMALL = Frame(width=160, height=48, left=4, right=8, top=6, bottom=6)
# Labels on the time axis keep at least this distance (viewBox units), so they never overlap.
LABEL_SPACING = 40


@dataclass(frozen=True)
class Tick:
    position: float
    label: str


@dataclass(frozen=True)
class Mark:
    x: float
    y: float


@dataclass(frozen=True)
class Geometry:
    frame: Frame
    x_ticks: list[Tick]
    y_ticks: list[Tick]
    marks: list[Mark]

    @property
    def path(self) -> str:
        return "M" + " L".join(f"{mark.x:.1f} {mark.y:.1f}" for mark in self.marks)

    @property
    def baseline(self) -> float:
        return self.frame.height - self.frame.bottom


def layout(series: Reeks, frame: Frame) -> Geometry:
    periods = [point.when for point in series.points]
    values = [float(point.value) for point in series.points]
    top_value, step = _nice_top(max(values))
    plot_width = frame.width - frame.left - frame.right
    plot_height = frame.height - frame.top - frame.bottom
    half_part = 0.5 / periods[0].kind.parts_per_year
    first, last = periods[0].middle - half_part, periods[-1].middle + half_part

    def x_of(period: Period) -> float:
        return frame.left + (period.middle - first) / (last - first) * plot_width

    def y_of(value: float) -> float:
        return frame.top + plot_height * (1 - value / top_value)

    marks = [Mark(x_of(period), y_of(value)) for period, value in zip(periods, values, strict=True)]
    y_ticks = [Tick(y_of(step * n), dutch_number(step * n)) for n in range(round(top_value / step) + 1)]
    return Geometry(frame, _spaced([Tick(x_of(p), p.short_label) for p in periods]), y_ticks, marks)


def _nice_top(highest: float) -> tuple[float, float]:
    """A round top for the y axis at or above the highest value, and a round step of about four ticks."""
    if highest <= 0:
        return 1.0, 1.0
    rough = highest / 4
    magnitude = 10 ** math.floor(math.log10(rough))
    step = next(factor * magnitude for factor in (1, 2, 2.5, 5, 10) if factor * magnitude >= rough)
    return math.ceil(highest / step) * step, step


def _spaced(ticks: list[Tick]) -> list[Tick]:
    """The time labels that keep their distance, always with the newest period."""
    kept: list[Tick] = []
    for tick in reversed(ticks):
        if not kept or kept[-1].position - tick.position >= LABEL_SPACING:
            kept.append(tick)
    return list(reversed(kept))
