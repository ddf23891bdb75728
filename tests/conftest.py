"""Shared fixtures: the project root and the real site, built once per test session."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run_tool(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run a command of the project's venv (`mkdocs ...` or `kennisbank ...`) as a contributor would."""
    module = "mkdocs" if args[0] == "mkdocs" else "kennisbank"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run(
        [sys.executable, "-m", module, *args[1:]],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def site_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real site, built with --strict into a temporary folder."""
    out = tmp_path_factory.mktemp("site")
    result = run_tool(["mkdocs", "build", "--strict", "--site-dir", str(out)], ROOT)
    assert result.returncode == 0, result.stderr
    return out


FIXTURE_SITE = ROOT / "tests" / "fixtures" / "site"


def copy_fixture_site(target: Path) -> Path:
    """A small valid site under `target`: the project's own mkdocs.yml and overrides, test content."""
    shutil.copy(ROOT / "mkdocs.yml", target / "mkdocs.yml")
    shutil.copytree(ROOT / "overrides", target / "overrides")
    shutil.copytree(FIXTURE_SITE / "docs", target / "docs")
    shutil.copytree(FIXTURE_SITE / "bibliography", target / "bibliography")
    return target


@pytest.fixture
def fixture_site(tmp_path: Path) -> Path:
    project = tmp_path / "project"
    project.mkdir()
    return copy_fixture_site(project)


@pytest.fixture(scope="session")
def built_fixture_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture site built once with --strict; returns its site folder."""
    project = tmp_path_factory.mktemp("fixture") / "project"
    project.mkdir()
    copy_fixture_site(project)
    result = run_tool(["mkdocs", "build", "--strict"], project)
    assert result.returncode == 0, result.stderr
    return project / "site"
