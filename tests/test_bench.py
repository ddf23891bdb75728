"""The benchmark's synthetic knowledge bases pass the validator, and its verdicts name every target."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from mkdocs.config import load_config

from kennisbank.content.corpus import load_corpus
from kennisbank.mkdocs_settings import project_paths
from kennisbank.model import ENTRY_TYPES
from tests.conftest import ROOT, run_in_process
from tools.bench import report
from tools.bench.synthetic import ProjectSource, RealProfile, make_project


@pytest.fixture(scope="module")
def profile() -> RealProfile:
    corpus, _ = load_corpus(project_paths(load_config(str(ROOT / "mkdocs.yml"))))
    return RealProfile.from_corpus(corpus)


def test_a_synthetic_project_has_every_type_and_passes_the_validator(
    profile: RealProfile, tmp_path: Path
) -> None:
    source = ProjectSource(ROOT / "mkdocs.yml", ROOT / "overrides", ROOT / "docs" / "tags.md")
    made = make_project(tmp_path / "project", source, profile, 60, date(2026, 12, 2))
    assert set(made.by_type) == {entry_type.name for entry_type in ENTRY_TYPES}
    assert all(count > 0 for count in made.by_type.values())
    check = run_in_process(["kennisbank", "check"], tmp_path / "project")
    assert check.returncode == 0, check.stderr


def _builds(seconds: float, peak_mb: float) -> dict[str, Any]:
    return {
        "median_seconds": seconds,
        "runs": [{"seconds": seconds}],
        "peak_rss_bytes": peak_mb * report.MB,
        "python_peak_rss_bytes": 100 * report.MB,
        "search": {
            "index_bytes": 1,
            "fragment_bytes": 1,
            "index_chunks": 1,
            "chunked": True,
            "indexed_words": 1_000_000,
        },
    }


def test_every_target_gets_a_verdict_from_the_measurements() -> None:
    sizes = [
        {"n": n, "ratio_to_floor": ratio, "ours": _builds(seconds, peak), "floor": _builds(1.0, 50)}
        for n, ratio, seconds, peak in ((100, 1.4, 1.4, 300), (500, 1.6, 5.0, 400), (2000, 1.2, 19.0, 650))
    ]
    results = {
        "sizes": sizes,
        "real_site": {
            **_builds(3.0, 200),
            "entries": 100,
            "ratio_to_floor": 2.5,
            "floor": _builds(1.2, 50),
        },
        "serve": {"median_edit_seconds": 0.9, "edit_seconds": [0.8, 0.9, 1.1]},
        "tests": {"seconds": 140.0, "passed": True, "summary": "600 passed"},
    }
    verdicts = {target.name: target.passed for target in report.targets(results)}
    assert verdicts == {
        "build ≤ 1.5 × the floor at every N": False,
        "near-linear growth, time(2000) / time(500) ≤ 4.5": True,
        "the real site's build ≤ 1.5 × bare Material building its docs/": False,
        "the real site builds in < 5 s": True,
        "peak memory < 600 MB at 2000 entries": False,
        "search index ≤ 1.5 MB at 2000 entries": True,
        "an edit shows up under `make serve` in ≤ 1.0 s (real site, median)": True,
        "the tests of `make test` (pytest) pass in ≤ 150 s": True,
    }


def test_the_memory_verdict_says_what_the_indexer_holds_per_word() -> None:
    size = {"n": 2000, "ratio_to_floor": 1.0, "ours": _builds(19.0, 800), "floor": _builds(19.0, 100)}
    memory = next(target for target in report.targets({"sizes": [size]}) if target.name.startswith("peak"))
    assert "Pagefind indexed 1.00 million words: 0.80 kB per word at the peak" in memory.detail
