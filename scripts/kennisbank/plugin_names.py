"""The names of the project's MkDocs plugins, as pyproject.toml registers them and mkdocs.yml lists them
(tests/test_build_state.py checks that the three agree)."""

from __future__ import annotations

KENNISBANK = "kennisbank"
SEARCH = "kennisbank/search"
EXPORT = "kennisbank/export"
CITATIONS = "kennisbank/citations"
RENDERING = "kennisbank/rendering"

ALL = (KENNISBANK, SEARCH, EXPORT, CITATIONS, RENDERING)
