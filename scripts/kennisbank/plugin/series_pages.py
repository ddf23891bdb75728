"""Series of figures on the site: on their own page, on the pages that embed them, on the overview of
key figures, and on "Te herzien" when their newest point is dated."""

from __future__ import annotations

from datetime import date

from kennisbank.charts.figure import series_figure, series_of, small_chart
from kennisbank.charts.svg import value_text
from kennisbank.content.corpus import Corpus, LoadedEntry
from kennisbank.content.entry_links import entry_link
from kennisbank.model.entries import Reeks

EMBEDDED_HEADING = "Cijfers"


def with_series(entry: LoadedEntry, markdown: str, corpus: Corpus, today: date) -> str:
    """The Markdown of an entry's page with its series: a series' own chart and table above its text,
    and the series an entry embeds in a section of their own below it."""
    if isinstance(entry.data, Reeks):
        return _dated_notice(entry, today) + series_figure(entry, today) + "\n" + markdown
    embedded = [corpus.by_id[series_id] for series_id in entry.data.series if series_id in corpus.by_id]
    if not embedded:
        return markdown
    sections = [
        f"### {entry_link(other, entry.src_uri)}\n\n" + series_figure(other, today) for other in embedded
    ]
    return f"{markdown}\n\n## {EMBEDDED_HEADING} {{ #cijfers }}\n\n" + "\n".join(sections)


def keyfigures(corpus: Corpus, series_type_folder: str, today: date) -> str:
    """The overview of every series: a small chart, the newest point and who counted it."""
    blocks = []
    for entry in sorted(_all_series(corpus), key=lambda entry: entry.id):
        series = series_of(entry)
        blocks.append(
            f"## {entry_link(entry, f'{series_type_folder}/index.md', title=series.title)}"
            f" {{ #{entry.id.lower()} }}\n\n"
            f"{small_chart_block(entry)}\n\n" + newest_point(entry, today, area=True) + "\n"
        )
    return "\n".join(blocks) if blocks else "Er zijn nog geen cijferreeksen.\n"


def small_chart_block(entry: LoadedEntry) -> str:
    """A series' small chart, kept out of the search index (its title and description repeat the entry)."""
    return f'<div class="kb-chart kb-chart--small" data-pagefind-ignore>\n{small_chart(entry)}\n</div>'


def newest_point(entry: LoadedEntry, today: date, *, area: bool) -> str:
    """A series' newest figure with its period and who counted it (and where, with `area`), and whether it
    is dated: the one wording of the overview of key figures and of the front page."""
    series = series_of(entry)
    newest = series.newest
    text = (
        f"**Nieuwste meetpunt:** {value_text(series, newest)} ({newest.when.label}). "
        f"**Geteld door:** {series.counter}."
    )
    if area:
        text += f" **Gebied:** {series.geography.label}."
    if series.is_dated(today):
        text += f" *Verouderd: het nieuwste meetpunt is meer dan {series.current_for_years} jaar oud.*"
    return text


def current_series(corpus: Corpus) -> list[LoadedEntry]:
    """Every series not retired, by ID."""
    return [
        entry
        for entry in sorted(_all_series(corpus), key=lambda entry: entry.id)
        if entry.data.retired is None
    ]


def dated_series(corpus: Corpus, today: date) -> list[LoadedEntry]:
    return [entry for entry in current_series(corpus) if series_of(entry).is_dated(today)]


def _all_series(corpus: Corpus) -> list[LoadedEntry]:
    return [entry for entry in corpus.by_id.values() if isinstance(entry.data, Reeks)]


def _dated_notice(entry: LoadedEntry, today: date) -> str:
    series = series_of(entry)
    if not series.is_dated(today):
        return ""
    newest = series.newest.when.label
    return (
        f'!!! warning "Verouderde cijfers"\n\n    Het nieuwste meetpunt van deze reeks is van {newest}, meer '
        f"dan {series.current_for_years} jaar geleden. Nieuwere cijfers zijn (nog) niet in de kennisbank "
        "opgenomen; gebruik deze reeks als beeld van die periode.\n\n"
    )
