"""Work done once per build, not once per page: counted in a real build of the fixture site."""

from __future__ import annotations

import logging
import threading
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
import kennisbank.plugin.plugin as kennisbank_plugin
from kennisbank.citations.registry import PreparedRegistry


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


def test_pandoc_formats_the_citations_while_the_content_is_checked(
    fixture_site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    formatting = threading.Event()
    seen_by_the_checks: list[bool] = []
    prepare, check_content = PreparedRegistry.prepare, kennisbank_plugin.check_content

    def started_prepare(self: PreparedRegistry, *args: Any) -> Any:
        formatting.set()
        return prepare(self, *args)

    def waiting_checks(*args: Any) -> Any:
        seen_by_the_checks.append(formatting.wait(timeout=10))
        return check_content(*args)

    monkeypatch.setattr(PreparedRegistry, "prepare", started_prepare)
    monkeypatch.setattr(kennisbank_plugin, "check_content", waiting_checks)
    logging.getLogger("mkdocs").setLevel(logging.WARNING)

    build(load_config(str(fixture_site / "mkdocs.yml")))

    # pandoc was started (on its own thread) before the checks began, not after them.
    assert seen_by_the_checks == [True]
    assert (fixture_site / "site" / "bronnen" / "index.html").exists()
