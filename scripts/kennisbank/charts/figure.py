"""A series as Markdown for any page: the chart in a figure with its caption, and the table of its points.

The table cites each point's source as `[@key]`, so the page's list of sources names it like any other
citation; screen readers and printers read the values from the table.
"""

from __future__ import annotations

from datetime import date

from markupsafe import escape

from kennisbank.charts.svg import chart_svg, value_text
from kennisbank.content.corpus import LoadedEntry
from kennisbank.model.entries import Reeks


def series_of(entry: LoadedEntry) -> Reeks:
    if not isinstance(entry.data, Reeks):
        raise TypeError(f"{entry.id} is geen cijferreeks")
    return entry.data


def series_figure(entry: LoadedEntry, today: date) -> str:
    """The chart and table of a series, with a caption that says what is counted, by whom and where."""
    series = series_of(entry)
    caption = (
        f"{series.title}. Wat wordt geteld: {series.measure}. Geteld door: {series.counter}. "
        f"Gebied: {series.geography.label}."
    )
    caption_html = str(escape(caption))
    if series.is_dated(today):
        newest = series.newest.when.label
        caption_html += f" <strong>Het nieuwste meetpunt is van {escape(newest)}.</strong>"
    svg = chart_svg(series, f"kb-grafiek-{entry.id.lower()}")
    figure = (
        f'<figure class="kb-chart" data-pagefind-ignore>\n{svg}\n'
        f"<figcaption>{caption_html}</figcaption>\n</figure>"
    )
    return f"{figure}\n\n{points_table(series)}\n"


def small_chart(entry: LoadedEntry) -> str:
    return chart_svg(series_of(entry), f"kb-klein-{entry.id.lower()}", small=True)


def points_table(series: Reeks) -> str:
    rows = [
        f"| {point.when.label} | {value_text(series, point)} | [@{point.source}] "
        f"| {_cell(point.note or '')} |"
        for point in series.points
    ]
    header = f"| Periode | {series.unit.label} | Bron | Toelichting |\n| --- | --- | --- | --- |"
    return "\n".join([header, *rows]) + "\n"


def _cell(text: str) -> str:
    return text.replace("|", "\\|")
