"""The copies of Material's partials in overrides/ are checked against the pinned Material.

Each copy names, in its header, the Material version and file it was made from and that file's sha256. When
an upgrade of Material changes the file, this test fails: compare the new file with the copy, carry its
changes (a fix) over, and write the new version and digest into the header.
"""

from __future__ import annotations

import hashlib
import re
from importlib.metadata import version
from pathlib import Path

import material

from tests.conftest import ROOT

OVERRIDES = ROOT / "overrides"
MATERIAL_TEMPLATES = Path(material.__file__).parent / "templates"
# main.html is no copy: it extends Material's base.html and fills three of its blocks.
NOT_COPIES = {"main.html"}
HEADER = re.compile(
    r"Material for MkDocs (?P<version>[\d.]+)'s (?P<path>[\w/.-]+\.html).*?"
    r"Made from Material's file with sha256 (?P<digest>[0-9a-f]{64})",
    re.S,
)


def copies() -> list[str]:
    """Every template in overrides/ that replaces one of Material's, by its path below templates/."""
    return sorted(
        path.relative_to(OVERRIDES).as_posix()
        for path in OVERRIDES.rglob("*.html")
        if (MATERIAL_TEMPLATES / path.relative_to(OVERRIDES)).is_file()
        and path.relative_to(OVERRIDES).as_posix() not in NOT_COPIES
    )


def test_there_are_copies_to_check() -> None:
    assert "partials/nav-item.html" in copies() and "partials/header.html" in copies()


def test_each_copy_was_made_from_the_pinned_materials_own_file() -> None:
    pinned = version("mkdocs-material")
    stale = []
    for name in copies():
        header = HEADER.search((OVERRIDES / name).read_text(encoding="utf-8"))
        assert header is not None, f"overrides/{name}: the header names no Material version, file and sha256"
        assert header["path"] == name, f"overrides/{name}: the header names {header['path']}"
        digest = hashlib.sha256((MATERIAL_TEMPLATES / name).read_bytes()).hexdigest()
        if header["version"] != pinned or header["digest"] != digest:
            stale.append(
                f"overrides/{name} was made from Material {header['version']}; Material {pinned}'s {name} "
                f"has sha256 {digest}: compare, carry its changes over, update the header"
            )
    assert not stale, "\n".join(stale)
