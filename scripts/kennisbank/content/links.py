"""Symbolic links under docs/ and bibliography/: refused, and never followed.

A link can bring any file of the build machine into the site (a contributor's `docs/x.md -> ~/.ssh/…`,
or a CI runner's `.git/config`), so the readers of entries and sources skip what lies behind one and the
checks name each link.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from kennisbank.problems import Problem

MESSAGE = "een symbolische koppeling is hier niet toegestaan; zet het bestand of de map zelf in de repository"


def linked_paths(root: Path) -> list[Path]:
    """Every symbolic link below `root`, to a file or a folder, without following any."""
    found: list[Path] = []
    if not root.is_dir():
        return found
    for folder, folders, files in os.walk(root, followlinks=False):
        for name in sorted(folders + files):
            path = Path(folder) / name
            if path.is_symlink():
                found.append(path)
    return sorted(found)


def through_link(path: Path, root: Path) -> bool:
    """Whether `path` is a link or lies in a linked folder below `root`."""
    current = path
    while current != root and root in current.parents:
        if current.is_symlink():
            return True
        current = current.parent
    return False


def link_problems(root: Path, shown: Callable[[Path], str]) -> list[Problem]:
    return [Problem(shown(path), None, MESSAGE) for path in linked_paths(root)]
