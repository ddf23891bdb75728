"""`python -m kennisbank new TYPE TITLE` and `python -m kennisbank contributing [--check]`."""

from __future__ import annotations

import sys
from pathlib import Path

from kennisbank.mkdocs_settings import SettingsError, read_project
from kennisbank.model.entries import PLACEHOLDER_MARK
from kennisbank.scaffold.contributing import MarkersMissing, update_contributing
from kennisbank.scaffold.entry import ScaffoldError, new_entry, write_entry

CONTRIBUTING = "CONTRIBUTING.md"


def run_new(config_file: Path, type_name: str, title: str, slug: str | None = None) -> int:
    """Write a new entry; a refusal is one line on stderr and exit status 1, never a traceback."""
    try:
        paths = read_project(config_file)
    except SettingsError as error:
        print(error, file=sys.stderr)
        return 2
    try:
        entry = new_entry(paths.docs_dir, type_name, title, slug=slug)
        write_entry(entry)
    except (ScaffoldError, FileExistsError) as error:
        print(f"new: {error}", file=sys.stderr)
        return 1
    print(
        f"{paths.shown(entry.path)}: nieuwe entry {entry.id} ({entry.entry_type.name}). Vervang elk "
        f"{PLACEHOLDER_MARK} en controleer met `make check`; tot dan weigert de validator de entry."
    )
    return 0


def run_contributing(config_file: Path, *, check: bool) -> int:
    """Regenerate the model reference in CONTRIBUTING.md (next to mkdocs.yml), or with --check compare."""
    path = config_file.resolve().parent / CONTRIBUTING
    try:
        current = update_contributing(path, check=check)
    except (OSError, MarkersMissing) as error:
        print(f"{CONTRIBUTING}: {error}", file=sys.stderr)
        return 2
    if current:
        print(f"{CONTRIBUTING}: het inhoudsmodel is actueel.")
        return 0
    if check:
        print(
            f"{CONTRIBUTING}: het inhoudsmodel is verouderd; werk het bij met `make contributing`.",
            file=sys.stderr,
        )
        return 1
    print(f"{CONTRIBUTING}: het inhoudsmodel is bijgewerkt.")
    return 0
