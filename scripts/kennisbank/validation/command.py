"""`python -m kennisbank check`: every problem in the content, one line each, exit 1 when any is an error."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from kennisbank.content.bibliography import load_bibliography
from kennisbank.mkdocs_settings import SettingsError, read_project
from kennisbank.problems import Problem, errors
from kennisbank.project import ProjectPaths
from kennisbank.releases.index import load_indexes
from kennisbank.validation.checks import inspect_content


def collect_problems(paths: ProjectPaths) -> list[Problem]:
    bibliography, bib_problems = load_bibliography(paths)
    indexes, index_problems = load_indexes(paths.releases_dir, paths.shown(paths.releases_dir))
    _, content_problems = inspect_content(paths, bibliography, indexes, date.today())
    return sorted(bib_problems + index_problems + content_problems)


def run_check(config_file: Path) -> int:
    try:
        paths = read_project(config_file)
    except SettingsError as error:
        print(error, file=sys.stderr)
        return 2
    problems = collect_problems(paths)
    for problem in problems:
        print(problem, file=sys.stderr)
    failed = len(errors(problems))
    if failed:
        print(f"{failed} fout(en) gevonden.", file=sys.stderr)
        return 1
    print(f"Inhoud in orde ({len(problems)} waarschuwing(en)).")
    return 0
