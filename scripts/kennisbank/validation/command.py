"""`python -m kennisbank check`: every problem in the content, one line each, exit 1 when any is an error."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from mkdocs.config import load_config
from mkdocs.exceptions import ConfigurationError, PluginError

from kennisbank.content.bibliography import load_bibliography
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
        config = load_config(config_file=str(config_file))
    except ConfigurationError as error:
        print(f"{config_file}: configuratiefout: {error}", file=sys.stderr)
        return 2
    try:
        paths = ProjectPaths.from_config(config)
    except PluginError as error:
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
