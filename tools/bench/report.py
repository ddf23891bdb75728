"""The benchmark's verdicts and how they are shown: targets, the printed table and the SVG plot."""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from html import escape
from typing import Any

# Targets of issues 9 and 18.
MAX_FLOOR_RATIO = 1.5
MAX_GROWTH = 4.5  # time at 2000 entries / time at 500 entries; linear is 4
GROWTH_SIZES = (500, 2000)
MAX_REAL_SITE_SECONDS = 5.0
MAX_PEAK_BYTES = 600_000_000
PEAK_SIZE = 2000
MAX_SEARCH_BYTES = 1_500_000
MAX_SERVE_SECONDS = 1.0
MAX_TEST_SECONDS = 150.0

MB = 1_000_000
KB = 1_000


@dataclass(frozen=True)
class Target:
    name: str
    passed: bool | None  # None: not measured in this run
    detail: str

    def line(self) -> str:
        verdict = {True: "PASS", False: "FAIL", None: "SKIP"}[self.passed]
        return f"{verdict}  {self.name}: {self.detail}"


def targets(results: dict[str, Any]) -> list[Target]:
    sizes = {item["n"]: item for item in results["sizes"]}
    found: list[Target] = []

    ratios = {n: item["ratio_to_floor"] for n, item in sizes.items()}
    found.append(
        Target(
            f"build ≤ {MAX_FLOOR_RATIO} × the floor at every N",
            all(ratio <= MAX_FLOOR_RATIO for ratio in ratios.values()) if ratios else None,
            ", ".join(f"N={n}: {ratio:.2f} ×" for n, ratio in ratios.items()) or "no sizes built",
        )
    )

    small, large = GROWTH_SIZES
    if small in sizes and large in sizes:
        growth = sizes[large]["ours"]["median_seconds"] / sizes[small]["ours"]["median_seconds"]
        floor_growth = sizes[large]["floor"]["median_seconds"] / sizes[small]["floor"]["median_seconds"]
        found.append(
            Target(
                f"near-linear growth, time({large}) / time({small}) ≤ {MAX_GROWTH}",
                growth <= MAX_GROWTH,
                f"{growth:.2f} (linear: {large / small:.0f}; the floor: {floor_growth:.2f})",
            )
        )
    else:
        found.append(Target(f"near-linear growth ({large} vs {small})", None, "needs --sizes with both"))

    real = results.get("real_site")
    found.append(
        Target(
            f"the real site's build ≤ {MAX_FLOOR_RATIO} × bare Material building its docs/",
            real["ratio_to_floor"] <= MAX_FLOOR_RATIO if real else None,
            f"{real['ratio_to_floor']:.2f} × ({real['median_seconds']:.2f} s against "
            f"{real['floor']['median_seconds']:.2f} s)"
            if real
            else "not measured",
        )
    )
    found.append(
        Target(
            f"the real site builds in < {MAX_REAL_SITE_SECONDS:.0f} s",
            real["median_seconds"] < MAX_REAL_SITE_SECONDS if real else None,
            f"{real['median_seconds']:.2f} s (median of {len(real['runs'])}, {real['entries']} entries)"
            if real
            else "not measured",
        )
    )

    peak = sizes.get(PEAK_SIZE)
    found.append(
        Target(
            f"peak memory < {MAX_PEAK_BYTES / MB:.0f} MB at {PEAK_SIZE} entries",
            peak["ours"]["peak_rss_bytes"] < MAX_PEAK_BYTES if peak else None,
            (
                f"{peak['ours']['peak_rss_bytes'] / MB:.0f} MB, the largest process (the Python build "
                f"itself: {peak['ours']['python_peak_rss_bytes'] / MB:.0f} MB); by N: "
                + ", ".join(
                    f"{n}: {item['ours']['peak_rss_bytes'] / MB:.0f} MB" for n, item in sorted(sizes.items())
                )
                + _per_indexed_word(peak["ours"])
            )
            if peak
            else f"N={PEAK_SIZE} not built",
        )
    )

    found.append(_search_target(sizes.get(PEAK_SIZE), results.get("search_query")))

    serve = results.get("serve")
    found.append(
        Target(
            f"an edit shows up under `make serve` in ≤ {MAX_SERVE_SECONDS:.1f} s (real site, median)",
            serve["median_edit_seconds"] <= MAX_SERVE_SECONDS if serve else None,
            (
                f"{serve['median_edit_seconds']:.2f} s (median of "
                + ", ".join(f"{s:.2f}" for s in serve["edit_seconds"])
                + ")"
            )
            if serve
            else "not measured",
        )
    )

    tests = results.get("tests")
    found.append(
        Target(
            f"the tests of `make test` (pytest) pass in ≤ {MAX_TEST_SECONDS:.0f} s",
            tests["passed"] and tests["seconds"] <= MAX_TEST_SECONDS if tests else None,
            f"{tests['seconds']:.0f} s, {tests['summary']}" if tests else "not run (--no-tests)",
        )
    )
    return found


def _per_indexed_word(builds: dict[str, Any]) -> str:
    """Pagefind's indexer, the largest process, holds every word of every page at once."""
    words = builds["search"].get("indexed_words")
    if not words:
        return ""
    per_word = builds["peak_rss_bytes"] / words
    return f"; Pagefind indexed {words / 1e6:.2f} million words: {per_word / KB:.2f} kB per word at the peak"


def _search_target(largest: dict[str, Any] | None, query: dict[str, Any] | None) -> Target:
    name = f"search index ≤ {MAX_SEARCH_BYTES / MB:.1f} MB at {PEAK_SIZE} entries"
    if largest is None:
        return Target(name, None, f"N={PEAK_SIZE} not built")
    search = largest["ours"]["search"]
    both = search["index_bytes"] + search["fragment_bytes"]
    totals = (
        f"index {search['index_bytes'] / KB:.0f} kB in {search['index_chunks']} chunks + fragments "
        f"{search['fragment_bytes'] / KB:.0f} kB = {both / KB:.0f} kB"
    )
    chunked = "chunked" if search["chunked"] else "NOT chunked"
    if query is not None:
        downloaded = query["bytes"]
        return Target(
            name,
            downloaded <= MAX_SEARCH_BYTES,
            f"{chunked}; one search ('{query['query']}', {query['results_shown']} results shown) downloads "
            f"{downloaded / KB:.0f} kB ({query['requests']} files, Pagefind's scripts and WebAssembly "
            f"included); on disk: {totals}",
        )
    within = search["index_bytes"] + search["fragment_bytes"] <= MAX_SEARCH_BYTES
    return Target(name, within, f"{chunked}; per search not measured (no Chromium); on disk: {totals}")


# --- The table --------------------------------------------------------------------------------------

_COLUMNS = (
    ("N", "{n}"),
    ("words/entry", "{words_per_entry:.0f}"),
    ("ours s", "{ours_s:.2f}"),
    ("ms/entry", "{ms_per_entry:.1f}"),
    ("floor s", "{floor_s:.2f}"),
    ("ratio", "{ratio:.2f}"),
    ("cpu s ours/floor", "{ours_cpu:.1f}/{floor_cpu:.1f}"),
    ("peak MB (python)", "{peak_mb:.0f} ({python_mb:.0f})"),
    ("floor MB", "{floor_peak_mb:.0f}"),
    ("site MB", "{site_mb:.1f}"),
    ("page kB", "{page_kb:.1f}"),
    ("pagefind kB", "{pagefind_kb:.0f}"),
    ("index kB (chunks)", "{index_kb:.0f} ({chunks})"),
    ("fragments kB", "{fragment_kb:.0f}"),
)


def table(results: dict[str, Any]) -> str:
    rows = []
    for item in results["sizes"]:
        ours, floor = item["ours"], item["floor"]
        search = ours["search"]
        values = {
            "n": item["n"],
            "words_per_entry": item["corpus"]["words"] / item["n"],
            "ours_s": ours["median_seconds"],
            "ms_per_entry": ours["ms_per_entry"],
            "floor_s": floor["median_seconds"],
            "ours_cpu": ours["median_cpu_seconds"],
            "floor_cpu": floor["median_cpu_seconds"],
            "ratio": item["ratio_to_floor"],
            "peak_mb": ours["peak_rss_bytes"] / MB,
            "python_mb": ours["python_peak_rss_bytes"] / MB,
            "floor_peak_mb": floor["peak_rss_bytes"] / MB,
            "site_mb": ours["site_bytes"] / MB,
            "page_kb": ours["median_page_html_bytes"] / KB,
            "pagefind_kb": search["total_bytes"] / KB,
            "index_kb": search["index_bytes"] / KB,
            "chunks": search["index_chunks"],
            "fragment_kb": search["fragment_bytes"] / KB,
        }
        rows.append([template.format(**values) for _, template in _COLUMNS])
    headers = [title for title, _ in _COLUMNS]
    widths = [max(len(cell) for cell in column) for column in zip(headers, *rows, strict=False)]
    lines = [
        " | ".join(cell.rjust(width) for cell, width in zip(row, widths, strict=True))
        for row in [headers, *rows]
    ]
    lines.insert(1, "-+-".join("-" * width for width in widths))
    return "\n".join(lines)


def as_json(found: list[Target]) -> list[dict[str, Any]]:
    return [asdict(target) for target in found]


# --- The plot ---------------------------------------------------------------------------------------

_WIDTH, _HEIGHT = 640, 400
_LEFT, _RIGHT, _TOP, _BOTTOM = 64, 24, 40, 56


def svg_plot(results: dict[str, Any]) -> str:
    """Build time against N: ours, the floor, and the target of 1.5 × the floor, as a standalone SVG."""
    sizes = results["sizes"]
    points = {
        "ours": [(item["n"], item["ours"]["median_seconds"]) for item in sizes],
        "floor": [(item["n"], item["floor"]["median_seconds"]) for item in sizes],
    }
    points["target"] = [(n, seconds * MAX_FLOOR_RATIO) for n, seconds in points["floor"]]
    max_n = max((n for n, _ in points["ours"]), default=1)
    max_s = max((s for series in points.values() for _, s in series), default=1.0)
    x_ticks = _ticks(max_n)
    y_ticks = _ticks(max_s)
    x_max, y_max = x_ticks[-1], y_ticks[-1]

    def x(n: float) -> float:
        return _LEFT + (n / x_max) * (_WIDTH - _LEFT - _RIGHT)

    def y(seconds: float) -> float:
        return _HEIGHT - _BOTTOM - (seconds / y_max) * (_HEIGHT - _TOP - _BOTTOM)

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{_WIDTH}" height="{_HEIGHT}" '
        f'viewBox="0 0 {_WIDTH} {_HEIGHT}" font-family="sans-serif" font-size="12">',
        "<title>Build time against entries: the kennisbank and bare Material (the floor)</title>",
        f'<rect width="{_WIDTH}" height="{_HEIGHT}" fill="#fff"/>',
        f'<text x="{_WIDTH / 2}" y="22" text-anchor="middle" font-size="14">'
        "Build time (median of runs) against entries</text>",
    ]
    bottom = _HEIGHT - _BOTTOM
    for tick in x_ticks:
        parts.append(
            f'<line x1="{x(tick):.1f}" y1="{_TOP}" x2="{x(tick):.1f}" y2="{bottom}" stroke="#eee"/>'
            f'<text x="{x(tick):.1f}" y="{bottom + 18}" text-anchor="middle">{tick:g}</text>'
        )
    for tick in y_ticks:
        parts.append(
            f'<line x1="{_LEFT}" y1="{y(tick):.1f}" x2="{_WIDTH - _RIGHT}" y2="{y(tick):.1f}" stroke="#eee"/>'
            f'<text x="{_LEFT - 8}" y="{y(tick) + 4:.1f}" text-anchor="end">{tick:g}</text>'
        )
    parts.append(
        f'<line x1="{_LEFT}" y1="{bottom}" x2="{_WIDTH - _RIGHT}" y2="{bottom}" stroke="#333"/>'
        f'<line x1="{_LEFT}" y1="{_TOP}" x2="{_LEFT}" y2="{bottom}" stroke="#333"/>'
        f'<text x="{(_LEFT + _WIDTH - _RIGHT) / 2}" y="{_HEIGHT - 16}" text-anchor="middle">'
        "entries (N)</text>"
        f'<text transform="translate(18 {(_TOP + bottom) / 2}) rotate(-90)" text-anchor="middle">'
        "seconds</text>"
    )
    styles = {
        "ours": ("kennisbank (ours)", "#3f51b5", ""),
        "floor": ("bare Material, navigation.prune (floor)", "#888", ""),
        "target": (f"target: {MAX_FLOOR_RATIO} × floor", "#c62828", ' stroke-dasharray="6 4"'),
    }
    for number, (series, (label, colour, dash)) in enumerate(styles.items()):
        coordinates = " ".join(f"{x(n):.1f},{y(s):.1f}" for n, s in points[series])
        parts.append(
            f'<polyline points="{coordinates}" fill="none" stroke="{colour}" stroke-width="2"{dash}/>'
        )
        if series != "target":
            parts.extend(
                f'<circle cx="{x(n):.1f}" cy="{y(s):.1f}" r="3.5" fill="{colour}"><title>N={n}: {s:.2f} s'
                "</title></circle>"
                for n, s in points[series]
            )
        legend_y = _TOP + 8 + 18 * number
        parts.append(
            f'<line x1="{_LEFT + 16}" y1="{legend_y}" x2="{_LEFT + 40}" y2="{legend_y}" stroke="{colour}" '
            f'stroke-width="2"{dash}/><text x="{_LEFT + 46}" y="{legend_y + 4}">{escape(label)}</text>'
        )
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def _ticks(maximum: float) -> list[float]:
    """Round tick values from 0 to at least `maximum`, about five steps."""
    if maximum <= 0:
        return [0.0, 1.0]
    raw = maximum / 5
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(factor * magnitude for factor in (1, 2, 2.5, 5, 10) if factor * magnitude >= raw)
    return [round(step * index, 6) for index in range(math.ceil(maximum / step - 1e-9) + 1)]
