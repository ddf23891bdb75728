"""Shared fixtures: the project root and the real site, built once per test session."""

from __future__ import annotations

import os
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
