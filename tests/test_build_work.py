"""Work done once per build, not once per page: counted in a real build of the fixture site."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import mkdocs_bibtex.registry as mkdocs_registry
import pypandoc
import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config

import kennisbank.content.bibliography as bibliography_module


def counting(calls: Counter[str], name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    def counted(*args: Any, **kwargs: Any) -> Any:
        calls[name] += 1
        return function(*args, **kwargs)

    return counted


def test_bibliography_is_parsed_once_and_pandoc_runs_twice_per_build(
    fixture_site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: Counter[str] = Counter()
    monkeypatch.setattr(pypandoc, "convert_text", counting(calls, "pandoc", pypandoc.convert_text))
    monkeypatch.setattr(
        bibliography_module, "parse_string", counting(calls, "parse", bibliography_module.parse_string)
    )
    monkeypatch.setattr(
        mkdocs_registry, "parse_file", counting(calls, "parse_file", mkdocs_registry.parse_file)
    )
    logging.getLogger("mkdocs").setLevel(logging.WARNING)

    build(load_config(str(fixture_site / "mkdocs.yml")))

    # One pandoc run formats every citation and every reference (in the order of the Bronnen page), one
    # the CSL-JSON of the data export; none per page.
    assert calls["pandoc"] == 2
    # Each .bib file is parsed once, by the kennisbank plugin; mkdocs-bibtex parses nothing itself.
    assert calls["parse"] == len(list((fixture_site / "bibliography").glob("*.bib")))
    assert calls["parse_file"] == 0
    assert (fixture_site / "site" / "bronnen" / "index.html").exists()
