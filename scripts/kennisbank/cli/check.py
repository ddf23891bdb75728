"""`python -m kennisbank check`: every problem in the content, one line each, exit 1 when any is an error."""

from __future__ import annotations

import sys
from pathlib import Path

from kennisbank.mkdocs_settings import SettingsError, read_project
from kennisbank.problems import errors
from kennisbank.validation.checks import collect_problems


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
