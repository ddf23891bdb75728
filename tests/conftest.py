"""Shared fixtures: the project root and the real site, built once per test session."""

from __future__ import annotations

import contextlib
import io
import json
import logging
import os
import re
import shutil
import subprocess
import sys
import traceback
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner
from filelock import FileLock
from mkdocs.__main__ import cli as mkdocs_cli

from kennisbank import cache
from kennisbank.__main__ import main as kennisbank_main
from kennisbank.project import CACHE_FOLDER

ROOT = Path(__file__).resolve().parent.parent


def run_tool(
    args: list[str], cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run a command of the project's venv (`mkdocs ...` or `kennisbank ...`) as a contributor would;
    `env`: variables on top of this process's."""
    module = "mkdocs" if args[0] == "mkdocs" else "kennisbank"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", module, *args[1:]],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )


def run_in_process(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    """`mkdocs …` or `kennisbank …` in this test process, through the same entry point as the command line
    (MkDocs' click command, the kennisbank's `main`), without the second or so a new Python takes to start.

    An exception the command line would print as a traceback ends up in the output as one, so the tests
    that assert there is none still see it.
    """
    build_log = logging.getLogger("mkdocs.commands.build")
    filters, show_warning = list(build_log.filters), warnings.showwarning
    stdout, stderr = io.StringIO(), io.StringIO()
    try:
        with contextlib.chdir(cwd):
            if args[0] == "mkdocs":
                result = CliRunner().invoke(mkdocs_cli, args[1:], env={"NO_MKDOCS_2_WARNING": "1"})
                stdout.write(result.stdout)
                stderr.write(result.stderr)
                code = result.exit_code
                if result.exception is not None and not isinstance(result.exception, SystemExit):
                    stderr.write("Traceback (most recent call last):\n")
                    stderr.write("".join(traceback.format_exception(result.exception)))
            else:
                with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
                    code = _kennisbank_main(args[1:])
    finally:
        # MkDocs' command line adds a filter that drops repeated messages, which would otherwise keep
        # the messages of one run from the next.
        build_log.filters[:] = filters
        warnings.showwarning = show_warning
    return subprocess.CompletedProcess(args, code, stdout.getvalue(), stderr.getvalue())


def _kennisbank_main(argv: list[str]) -> int:
    try:
        return kennisbank_main(argv)
    except SystemExit as stop:
        return stop.code if isinstance(stop.code, int) else 1
    except Exception:
        traceback.print_exc()
        return 1


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


def once_per_run(tmp_path_factory: pytest.TempPathFactory, name: str, make: Callable[[Path], None]) -> Path:
    """A folder `make` fills once per test run, shared by the pytest-xdist workers (each runs the session
    fixtures of its own): the first to get here makes it, the others wait and use it."""
    shared = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        shared = shared.parent  # the folder above every worker's own
    folder, done = shared / name, shared / f"{name}.done"
    with FileLock(shared / f"{name}.lock"):
        if not done.exists():
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir()
            make(folder)
            done.touch()
    return folder


@pytest.fixture(scope="session")
def site_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real site, built with --strict into a temporary folder (once per test run), without the
    developer's .cache/: what the tests check is what the sources make."""

    def build(out: Path) -> None:
        result = run_tool(["mkdocs", "build", "--strict", "--site-dir", str(out)], ROOT, NO_CACHE)
        assert result.returncode == 0, result.stderr

    return once_per_run(tmp_path_factory, "site", build)


FIXTURE_SITE = ROOT / "tests" / "fixtures" / "site"
# A build that neither reads nor writes .cache/ (kennisbank/cache.py).
NO_CACHE = {cache.VARIABLE: "off"}


# What the fixture content needs on top of the project's mkdocs.yml: the public addresses of its
# example organisation, which the safety check would otherwise reject.
FIXTURE_PLUGIN_OPTIONS = """\
  - kennisbank:
      public_contacts:
        ORG-voorbeeld: [info@voorbeeld.invalid, secretariaat@voorbeeld.invalid]
"""


def copy_fixture_site(target: Path) -> Path:
    """A small valid site under `target`: the project's own mkdocs.yml and overrides, test content."""
    project_config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    config, found = re.subn(
        r"^  - kennisbank:?\n", lambda _: FIXTURE_PLUGIN_OPTIONS, project_config, flags=re.M
    )
    assert found == 1, "mkdocs.yml: no plugin entry '  - kennisbank' to add the fixture's options to"
    (target / "mkdocs.yml").write_text(config, encoding="utf-8")
    shutil.copytree(ROOT / "overrides", target / "overrides")
    shutil.copytree(FIXTURE_SITE / "docs", target / "docs")
    shutil.copytree(FIXTURE_SITE / "bibliography", target / "bibliography")
    return target


@pytest.fixture
def with_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    """For a test about the cache: it is on, whatever the environment says."""
    monkeypatch.setenv(cache.VARIABLE, cache.ON)


@pytest.fixture
def fixture_site(tmp_path: Path) -> Path:
    project = tmp_path / "project"
    project.mkdir()
    return copy_fixture_site(project)


@pytest.fixture(scope="session")
def built_fixture_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture site built once with --strict (once per test run); returns its site folder."""

    def build(project: Path) -> None:
        copy_fixture_site(project)
        result = run_tool(["mkdocs", "build", "--strict"], project)
        assert result.returncode == 0, result.stderr

    return once_per_run(tmp_path_factory, "fixture-project", build) / "site"


GIT_IDENTITY = {
    "GIT_AUTHOR_NAME": "Test",
    "GIT_AUTHOR_EMAIL": "test@kennisbank.invalid",
    "GIT_COMMITTER_NAME": "Test",
    "GIT_COMMITTER_EMAIL": "test@kennisbank.invalid",
}


def git(cwd: Path, *args: str) -> str:
    result = subprocess.run(
        ["git", *args],
        cwd=cwd,
        env={**os.environ, **GIT_IDENTITY},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def git_project(target: Path) -> Path:
    """The fixture site as a git repository with one commit, ready to be released."""
    copy_fixture_site(target)
    # As the project's own .gitignore: the built site and the build cache are no part of a commit.
    (target / ".gitignore").write_text(f"site/\n{CACHE_FOLDER}/\n", encoding="utf-8")
    git(target, "init", "-q", "-b", "main")
    git(target, "add", "-A")
    git(target, "commit", "-q", "-m", "Begin")
    return target


@dataclass(frozen=True)
class Released:
    project: Path
    pages: Path  # a checkout of the gh-pages branch
    first: subprocess.CompletedProcess[str]
    second: subprocess.CompletedProcess[str]


@pytest.fixture(scope="session")
def released(tmp_path_factory: pytest.TempPathFactory) -> Released:
    """Two releases of the fixture site: 2026.1, then 2026.2 with a changed, an added and a retired entry
    (made once per test run)."""
    folder = once_per_run(tmp_path_factory, "release", _release_twice)
    first, second = (
        subprocess.CompletedProcess(**run)
        for run in json.loads((folder / RELEASE_RUNS).read_text(encoding="utf-8"))
    )
    return Released(folder / "project", folder / "gh-pages", first, second)


RELEASE_RUNS = "runs.json"


def _release_twice(folder: Path) -> None:
    project = folder / "project"
    project.mkdir()
    git_project(project)
    release = ["kennisbank", "release", "--site-url", "https://kennisbank.invalid/kb/"]
    first = run_tool([*release[:2], "2026.1", *release[2:]], project)
    intervention = project / "docs/interventies/int-001.md"
    intervention.write_text(
        intervention.read_text(encoding="utf-8").replace(
            "title: Voorbeeldinterventie", "title: Herziene interventie"
        ),
        encoding="utf-8",
    )
    meeting = project / "docs/expertmeetings/em-1.md"
    meeting.write_text(
        meeting.read_text(encoding="utf-8").replace(
            "reviewed: 2026-01-15",
            "reviewed: 2026-01-15\nretired: 2026-02-01\nretired_reason: Opgegaan in een latere bijeenkomst.",
        ),
        encoding="utf-8",
    )
    git(project, "commit", "-q", "-am", "Wijzigingen voor 2026.2")
    second = run_tool([*release[:2], "2026.2", *release[2:]], project)
    assert first.returncode == second.returncode == 0, first.stderr + second.stderr
    pages = project.parent / "gh-pages"
    git(project, "worktree", "add", "-q", str(pages), "gh-pages")
    runs = [
        {"args": run.args, "returncode": run.returncode, "stdout": run.stdout, "stderr": run.stderr}
        for run in (first, second)
    ]
    (folder / RELEASE_RUNS).write_text(json.dumps(runs), encoding="utf-8")
