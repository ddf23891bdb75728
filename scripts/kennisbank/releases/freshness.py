"""How fresh an entry is: its last change from git history, and whether its review is overdue."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

from dateutil.relativedelta import relativedelta

from kennisbank.content.corpus import LoadedEntry


def last_changes(root: Path, folder: Path) -> dict[str, date]:
    """The date of the last commit touching each file under `folder`, keyed by path relative to `root`.

    One `git log` for the whole folder. Without git, outside a repository, or where history is cut off
    (a shallow clone), a file whose last commit is not in the available history gets no date rather
    than the wrong one: its last commit seen would be the shallow boundary, which git presents as the
    commit that added every file.
    """
    log = _git(root, "log", "--format=%x00%H %cs", "--name-only", "--relative", "--", str(folder))
    if log is None:
        return {}
    boundary = set(_shallow_commits(root))
    dates: dict[str, date | None] = {}
    for record in log.split("\x00")[1:]:
        header, _, names = record.partition("\n")
        commit, _, day = header.partition(" ")
        for name in names.split("\n"):
            if name and name not in dates:
                dates[name] = None if commit in boundary else date.fromisoformat(day)
    return {name: day for name, day in dates.items() if day is not None}


def review_due(entry: LoadedEntry) -> date:
    return entry.data.reviewed + relativedelta(months=entry.entry_type.review_months)


def _shallow_commits(root: Path) -> list[str]:
    path = _git(root, "rev-parse", "--git-path", "shallow")
    if not path:
        return []
    shallow = (root / path.strip()).resolve()
    return shallow.read_text(encoding="utf-8").split() if shallow.is_file() else []


def _git(root: Path, *args: str) -> str | None:
    try:
        result = subprocess.run(
            ["git", *args], cwd=root, capture_output=True, text=True, check=False, timeout=60
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    return result.stdout if result.returncode == 0 else None
