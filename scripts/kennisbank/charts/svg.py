"""A series drawn as an accessible SVG line chart, from the template beside this module.

The SVG carries no style of its own: the Content-Security-Policy of the site (`style-src 'self'`) would
block it, so the colours come from the site's stylesheet and follow the light and dark scheme. Its
presentation attributes (`fill="none"`, `currentColor`) are what a renderer without the stylesheet
draws, such as WeasyPrint for the PDF handouts. Screen
readers get the title and a description in words; the table beside the chart holds every value.
"""

from __future__ import annotations

from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from kennisbank.charts.geometry import FULL, SMALL, layout
from kennisbank.dutch import dutch_number
from kennisbank.model.entries import Point, Reeks

_TEMPLATES = Environment(
    loader=FileSystemLoader(Path(__file__).parent),
    autoescape=True,
    trim_blocks=True,
    lstrip_blocks=True,
    undefined=StrictUndefined,
)


def chart_svg(series: Reeks, element_id: str, *, small: bool = False) -> str:
    """The chart as one block of SVG without blank lines, so Markdown keeps it as raw HTML."""
    geometry = layout(series, SMALL if small else FULL)
    svg = _TEMPLATES.get_template("chart.svg.j2").render(
        g=geometry,
        id=element_id,
        variant="small" if small else "full",
        title=series.title,
        description=describe(series),
    )
    return "\n".join(line for line in svg.splitlines() if line.strip())


def value_text(series: Reeks, point: Point) -> str:
    return dutch_number(point.value) + series.unit.suffix


def describe(series: Reeks) -> str:
    """The chart in words: what it shows, from when to when, its lowest, highest and newest value."""
    points = series.points
    lowest = min(points, key=lambda point: point.value)
    highest = max(points, key=lambda point: point.value)

    def at(point: Point) -> str:
        return f"{value_text(series, point)} ({point.when.label})"

    first, last = points[0].when.label, points[-1].when.label
    return (
        f"Lijngrafiek van {len(points)} meetpunten, {first} tot en met {last}: {series.measure}. "
        f"Laagste waarde {at(lowest)}, hoogste {at(highest)}, nieuwste {at(series.newest)}. "
        f"Geteld door {series.counter}. De tabel bij de grafiek geeft alle waarden."
    )
