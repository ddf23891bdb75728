"""`python -m tools.bench`: build synthetic knowledge bases of several sizes and measure them.

For each size N it generates a project in the content model (tools.bench.synthetic) under
bench/work/, builds it with the project's own mkdocs.yml and with a floor configuration (bare Material
with navigation.prune, the same Markdown extensions, none of our plugins), each `--runs` times, in turn,
in rounds over all sizes.
Then it builds the real site, times an edit under `mkdocs serve` on a copy of the project, and measures
what a first visit to an entry page and one search transfer. It prints a table and a PASS/FAIL line
per target, and writes bench/results.json and bench/build-time.svg.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import platform
import shutil
import sys
import time
from datetime import UTC, date, datetime
from pathlib import Path, PurePosixPath
from typing import Any

import yaml
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.utils.yaml import yaml_load

from kennisbank import plugin_names
from kennisbank.content.corpus import Corpus, load_corpus
from kennisbank.mkdocs_settings import project_paths
from kennisbank.model import ENTRY_TYPES
from kennisbank.project import ProjectPaths
from tools.bench import measure, report
from tools.bench.synthetic import ProjectSource, RealProfile, SyntheticCorpus, make_project

DEFAULT_SIZES = (100, 500, 2000)
FLOOR_CONFIG = "mkdocs-floor.yml"
FLOOR_SITE = "site-floor"
# The entry page whose weight is measured: the first entry of the first type, as the issue names it.
WEIGHED_TYPE = ENTRY_TYPES[0]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.bench", description=__doc__.split("\n")[0])
    parser.add_argument(
        "--sizes",
        default=",".join(map(str, DEFAULT_SIZES)),
        help="comma-separated corpus sizes (default: %(default)s)",
    )
    parser.add_argument("--runs", type=int, default=3, help="builds per size and configuration (default: 3)")
    parser.add_argument("--config", type=Path, default=Path("mkdocs.yml"), help="the project's mkdocs.yml")
    parser.add_argument("--out", type=Path, default=Path("bench"), help="output folder (default: bench)")
    parser.add_argument("--check", action="store_true", help="exit with status 1 when a target is missed")
    parser.add_argument("--no-tests", action="store_true", help="leave out the timing of the test suite")
    args = parser.parse_args(argv)
    sizes = sorted({int(size) for size in args.sizes.split(",") if size.strip()})
    logging.basicConfig(level=logging.WARNING, format="%(message)s")
    os.environ["NO_MKDOCS_2_WARNING"] = "1"
    started = time.perf_counter()
    results = run(args.config.resolve(), args.out.resolve(), sizes, args.runs)
    if not args.no_tests:
        _progress("the test suite (pytest, as `make test` runs it)")
        results["tests"] = measure.test_suite(args.config.resolve().parent)
    results["benchmark_seconds"] = round(time.perf_counter() - started, 1)

    found = report.targets(results)
    results["targets"] = report.as_json(found)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "results.json").write_text(
        json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    (args.out / "build-time.svg").write_text(report.svg_plot(results), encoding="utf-8")

    print()
    print(report.table(results))
    print()
    _print_details(results)
    print()
    for target in found:
        print(target.line())
    print(
        f"\n{args.out / 'results.json'}, {args.out / 'build-time.svg'} ({results['benchmark_seconds']:.0f} s)"
    )
    return 1 if args.check and any(target.passed is False for target in found) else 0


def run(config_file: Path, out: Path, sizes: list[int], runs: int) -> dict[str, Any]:
    config = _load(config_file)
    paths = project_paths(config)
    corpus, problems = load_corpus(paths)
    if not len(corpus):
        raise SystemExit(f"geen geldige entries in {paths.docs_dir}: {len(problems)} probleem/problemen")
    profile = RealProfile.from_corpus(corpus)
    search_subdir = (
        config.plugins[plugin_names.SEARCH].config.output_subdir
        if plugin_names.SEARCH in config.plugins
        else None
    )
    work = out / "work"
    work.mkdir(parents=True, exist_ok=True)
    tags_page = paths.docs_dir / "tags.md"
    overrides = Path(config.theme.custom_dir) if config.theme.custom_dir else None
    source = ProjectSource(
        config_file,
        overrides,
        tags_page if tags_page.exists() else None,
        docs_dir=paths.docs_dir.relative_to(paths.root).as_posix(),
        bib_dir=paths.bib_dir.relative_to(paths.root).as_posix(),
    )
    results: dict[str, Any] = {
        "generated": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {
            "cpus": os.cpu_count(),
            "load_average_at_start": [round(value, 2) for value in os.getloadavg()],
            "reference_loop_seconds": {"start": round(measure.reference_loop_seconds(), 3)},
            "python": platform.python_version(),
            "platform": platform.platform(),
        },
        "commands": {
            "ours": "python -m mkdocs build --strict --config-file mkdocs.yml --site-dir site",
            "floor": f"python -m mkdocs build --strict --config-file {FLOOR_CONFIG} --site-dir {FLOOR_SITE}",
            "serve": "python -m mkdocs serve --strict --dev-addr 127.0.0.1:<free port>",
        },
        "runs": runs,
        "real_profile": {
            "entries_by_type": profile.counts,
            "vocabulary": len(profile.vocabulary.words),
            "locator_share": profile.locator_share,
        },
        "sizes": [],
    }
    floor_yaml = floor_config(config_file, source.docs_dir)
    projects: dict[int, Path] = {}
    generated: dict[int, SyntheticCorpus] = {}
    for size in sizes:
        _progress(f"N={size}: generating")
        projects[size] = work / f"n{size}"
        generated[size] = make_project(projects[size], source, profile, size, date.today())
        (projects[size] / FLOOR_CONFIG).write_text(floor_yaml, encoding="utf-8")
    # Round after round over every size, ours and the floor in turn: the speed of a shared machine drifts
    # over minutes, and each size's median then comes from the same stretches of time as the others'.
    ours: dict[int, list[measure.Run]] = {size: [] for size in sizes}
    floor: dict[int, list[measure.Run]] = {size: [] for size in sizes}
    for number in range(runs):
        for size in sizes:
            project = projects[size]
            ours[size].append(measure.build(project, "mkdocs.yml", project / "site"))
            floor[size].append(measure.build(project, FLOOR_CONFIG, project / FLOOR_SITE))
            timings = f"ours {ours[size][-1].seconds:.2f} s, floor {floor[size][-1].seconds:.2f} s"
            _progress(f"N={size}: run {number + 1}/{runs}: {timings}")
    for size in sizes:
        project, corpus_made = projects[size], generated[size]
        ours_builds, floor_builds = measure.Builds(ours[size]), measure.Builds(floor[size])
        results["sizes"].append(
            {
                "n": size,
                "corpus": {
                    "entries_by_type": corpus_made.by_type,
                    "words": corpus_made.words,
                    "citations": corpus_made.citations,
                    "relations": corpus_made.relations,
                    "tags": len(corpus_made.tags),
                    "bibliography": len(corpus_made.citation_keys),
                },
                "ours": _builds_json(ours_builds, size)
                | measure.site_metrics(project / "site", search_subdir),
                "floor": _builds_json(floor_builds, size) | measure.site_metrics(project / FLOOR_SITE, None),
                "ratio_to_floor": round(ours_builds.median_seconds / floor_builds.median_seconds, 3),
            }
        )
    largest_site = projects[sizes[-1]] / "site" if sizes else None

    results["real_site"] = real_site(config_file, paths, corpus, work, runs=runs, search_subdir=search_subdir)
    _progress("real site: timing an edit under mkdocs serve")
    results["serve"] = serve(config_file, config, paths, corpus, work)

    weighed = _first_entry_page(corpus)
    real_site_dir = work / "real" / "site"
    results["page_weight"] = {"static": measure.static_page_weight(real_site_dir, weighed)}
    if measure.browser_available():
        _progress("page weight and one search, in Chromium")
        results["page_weight"]["browser"] = measure.browser_measurements(
            real_site_dir, weighed, _query(profile)
        )["first_visit"]
        if largest_site is not None:
            page = _first_page_in(largest_site.parent / "docs")
            found = measure.browser_measurements(largest_site, page, _query(profile))
            results["search_query"] = {"site": f"N={sizes[-1]}", **found["search"]}
    results["machine"]["reference_loop_seconds"]["end"] = round(measure.reference_loop_seconds(), 3)
    return results


def floor_config(config_file: Path, docs_dir: str) -> str:
    """Bare Material with navigation.prune and the project's Markdown extensions: nothing of ours."""
    with config_file.open(encoding="utf-8") as file:
        project = yaml_load(file)
    floor = {
        "site_name": "Floor: bare Material",
        "docs_dir": docs_dir,
        "theme": {"name": "material", "features": ["navigation.prune"], "font": False},
        "markdown_extensions": project.get("markdown_extensions", []),
    }
    return "# The benchmark's floor (python -m tools.bench); generated, do not edit.\n" + yaml.safe_dump(
        floor, allow_unicode=True, sort_keys=False
    )


def real_site(
    config_file: Path,
    paths: ProjectPaths,
    corpus: Corpus,
    work: Path,
    *,
    runs: int,
    search_subdir: str | None,
) -> dict[str, Any]:
    """The project's own build, and bare Material building the same docs/ (not strict: without our
    plugins its links to generated pages are warnings), in turn. Ours uses the project's build cache,
    as a contributor's second build does."""
    site = work / "real" / "site"
    floor_file = work / "real" / FLOOR_CONFIG
    floor_file.parent.mkdir(parents=True, exist_ok=True)
    floor_file.write_text(floor_config(config_file, paths.docs_dir.as_posix()), encoding="utf-8")
    builds, floor = [], []
    for number in range(runs):
        builds.append(measure.build(config_file.parent, config_file.name, site))
        floor.append(
            measure.build(floor_file.parent, floor_file.name, work / "real" / FLOOR_SITE, strict=False)
        )
        _progress(
            f"real site: run {number + 1}/{runs}: ours {builds[-1].seconds:.2f} s, "
            f"floor {floor[-1].seconds:.2f} s"
        )
    ours_builds, floor_builds = measure.Builds(builds), measure.Builds(floor)
    return {
        "entries": len(corpus),
        **_builds_json(ours_builds, len(corpus)),
        **measure.site_metrics(site, search_subdir),
        "floor": _builds_json(floor_builds, len(corpus)),
        "ratio_to_floor": round(ours_builds.median_seconds / floor_builds.median_seconds, 3),
    }


def serve(
    config_file: Path, config: MkDocsConfig, paths: ProjectPaths, corpus: Corpus, work: Path
) -> dict[str, Any]:
    """The edit latency of `make serve`, on a copy of the project: the real docs are never touched."""
    copy = work / "serve"
    if copy.exists():
        shutil.rmtree(copy)
    copy.mkdir(parents=True)
    shutil.copy(config_file, copy / config_file.name)
    root = paths.root
    folders = {paths.docs_dir, paths.bib_dir, paths.releases_dir, *map(Path, config.watch)}
    if config.theme.custom_dir:
        folders.add(Path(config.theme.custom_dir))
    for folder in sorted(folder.resolve() for folder in folders):
        if folder.is_dir() and folder.is_relative_to(root) and folder != root:
            shutil.copytree(folder, copy / folder.relative_to(root), dirs_exist_ok=True)
    entry = corpus.by_src_uri[_first_entry_src(corpus)]
    edited = copy / paths.docs_dir.relative_to(root) / entry.src_uri
    return measure.serve_edit_latency(copy, edited, _first_entry_page(corpus).removesuffix("index.html"))


def _builds_json(builds: measure.Builds, entries: int) -> dict[str, Any]:
    return {
        "runs": [
            {
                "seconds": round(run.seconds, 3),
                "cpu_seconds": round(run.cpu_seconds, 3),
                "peak_rss_bytes": run.peak_rss,
                "python_peak_rss_bytes": run.python_peak_rss,
            }
            for run in builds.runs
        ],
        "median_seconds": round(builds.median_seconds, 3),
        "median_cpu_seconds": round(builds.median_cpu_seconds, 3),
        "ms_per_entry": round(builds.median_seconds * 1000 / entries, 2),
        "peak_rss_bytes": builds.peak_rss,
        # The build's own Python process; the peak above may be Pagefind's, which the build waits for.
        "python_peak_rss_bytes": max(run.python_peak_rss for run in builds.runs),
    }


def _first_entry_src(corpus: Corpus) -> str:
    return corpus.of_type(WEIGHED_TYPE)[0].src_uri


def _first_entry_page(corpus: Corpus) -> str:
    return _page_of(_first_entry_src(corpus))


def _first_page_in(docs_dir: Path) -> str:
    """The page of the first entry file of the weighed type in a docs folder (a generated one)."""
    first = min((docs_dir / WEIGHED_TYPE.folder).glob("*.md"))
    return _page_of(first.relative_to(docs_dir).as_posix())


def _page_of(src_uri: str) -> str:
    return (PurePosixPath(src_uri).with_suffix("") / "index.html").as_posix()


def _query(profile: RealProfile) -> str:
    """A query a reader might type: the most frequent long word of the real entries."""
    return profile.vocabulary.content_words(8)[0]


def _load(config_file: Path) -> MkDocsConfig:
    logging.getLogger("mkdocs").setLevel(logging.WARNING)
    return load_config(str(config_file))


def _print_details(results: dict[str, Any]) -> None:
    loop = results["machine"]["reference_loop_seconds"]
    print(
        f"Machine: {results['machine']['cpus']} CPUs; a fixed Python loop took {loop['start']:.2f} s at the "
        f"start and {loop['end']:.2f} s at the end (a shared machine's speed drifts: compare ratios)"
    )
    real = results["real_site"]
    print(
        f"Real site: {real['entries']} entries, {real['median_seconds']:.2f} s (runs "
        + ", ".join(f"{run['seconds']:.2f}" for run in real["runs"])
        + f"), peak {real['peak_rss_bytes'] / report.MB:.0f} MB, site {real['site_bytes'] / report.MB:.1f} MB"
    )
    serve_result = results["serve"]
    print(
        f"mkdocs serve: first build {serve_result['first_build_seconds']:.1f} s; edit visible after "
        + ", ".join(f"{seconds:.2f}" for seconds in serve_result["edit_seconds"])
        + " s (server CPU per rebuild: "
        + ", ".join(f"{seconds:.2f}" for seconds in serve_result["edit_cpu_seconds"])
        + " s)"
    )
    weight = results["page_weight"]
    static = weight["static"]
    kinds = ", ".join(
        f"{kind} {bucket['bytes'] / report.KB:.0f} kB ({bucket['gzip_bytes'] / report.KB:.0f} kB gzip)"
        for kind, bucket in sorted(static["by_kind"].items())
    )
    print(
        f"Page weight of {static['page']} (real site, first visit, search excluded): "
        f"{static['bytes'] / report.KB:.0f} kB, {static['gzip_bytes'] / report.KB:.0f} kB gzipped: {kinds}"
    )
    if "browser" in weight:
        browser = weight["browser"]
        print(f"  in Chromium: {browser['requests']} requests, {browser['bytes'] / report.KB:.0f} kB")
    query = results.get("search_query")
    if query:
        print(
            f"One search on {query['site']} ('{query['query']}'): {query['requests']} requests, "
            f"{query['bytes'] / report.KB:.0f} kB"
        )


def _progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


if __name__ == "__main__":
    sys.exit(main())
