"""Work done once per build, not once per page: counted in a real build of the fixture site."""

from __future__ import annotations

import logging
import multiprocessing
import os
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
from mkdocs.exceptions import Abort
from mkdocs.structure.pages import Page

import kennisbank.content.bibliography as bibliography_module
import kennisbank.plugin.plugin as kennisbank_plugin
from kennisbank.citations.registry import PreparedRegistry


def counting(calls: Counter[str], name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    def counted(*args: Any, **kwargs: Any) -> Any:
        calls[name] += 1
        return function(*args, **kwargs)

    return counted


def test_bibliography_is_parsed_once_and_pandoc_runs_twice_per_build(
    fixture_site: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    calls: Counter[str] = Counter()
    monkeypatch.setattr(pypandoc, "convert_text", counting(calls, "pandoc", pypandoc.convert_text))
    monkeypatch.setattr(
        bibliography_module, "parse_bibtex", counting(calls, "parse", bibliography_module.parse_bibtex)
    )
    monkeypatch.setattr(
        mkdocs_registry, "parse_file", counting(calls, "parse_file", mkdocs_registry.parse_file)
    )
    caplog.set_level(logging.WARNING, logger="mkdocs")  # for this test only: others read the info
    # A bibliography no build has seen (in this process or in a cache): pandoc has all to do.
    bib = next((fixture_site / "bibliography").glob("*.bib"))
    bib.write_text(f"{bib.read_text(encoding='utf-8')}\n% {fixture_site}\n", encoding="utf-8")

    build(load_config(str(fixture_site / "mkdocs.yml")))

    # One pandoc run formats every citation and every reference (in the order of the Bronnen page), one
    # the CSL-JSON of the data export; none per page.
    assert calls["pandoc"] == 2
    # Each .bib file is parsed once, by the kennisbank plugin; mkdocs-bibtex parses nothing itself.
    assert calls["parse"] == len(list((fixture_site / "bibliography").glob("*.bib")))
    assert calls["parse_file"] == 0
    assert (fixture_site / "site" / "bronnen" / "index.html").exists()


def test_the_text_is_checked_in_another_process_while_the_pages_are_rendered(
    fixture_site: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """The costly checks of the text run in a forked child while this process renders the pages: the
    child waits until the first page is rendered, which it never would if the build waited for it."""
    context = multiprocessing.get_context("fork")
    rendering, answered = context.Event(), context.Queue()
    render, text_problems = Page.render, kennisbank_plugin.text_problems

    def rendering_page(self: Page, *args: Any) -> Any:
        rendering.set()
        return render(self, *args)

    def waiting_checks(*args: Any) -> Any:
        answered.put((os.getpid(), rendering.wait(timeout=10)))
        return text_problems(*args)

    monkeypatch.setattr(Page, "render", rendering_page)
    monkeypatch.setattr(kennisbank_plugin, "text_problems", waiting_checks)
    caplog.set_level(logging.WARNING, logger="mkdocs")  # for this test only: others read the info
    # A page no earlier build rendered (kennisbank/rendering would reuse it): this one is rendered.
    home = fixture_site / "docs" / "index.md"
    home.write_text(f"{home.read_text(encoding='utf-8')}\nGebouwd in {fixture_site}.\n", encoding="utf-8")

    build(load_config(str(fixture_site / "mkdocs.yml")))

    checked_in, saw_rendering = answered.get(timeout=1)
    assert checked_in != os.getpid()
    assert saw_rendering
    assert (fixture_site / "site" / "bronnen" / "index.html").exists()


def test_pandoc_formats_the_citations_while_the_structure_is_checked(
    fixture_site: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    formatting = threading.Event()
    seen_by_the_checks: list[bool] = []
    prepare, structure_problems = PreparedRegistry.prepare, kennisbank_plugin.structure_problems

    def started_prepare(self: PreparedRegistry, *args: Any) -> Any:
        formatting.set()
        return prepare(self, *args)

    def waiting_checks(*args: Any) -> Any:
        seen_by_the_checks.append(formatting.wait(timeout=10))
        return structure_problems(*args)

    monkeypatch.setattr(PreparedRegistry, "prepare", started_prepare)
    monkeypatch.setattr(kennisbank_plugin, "structure_problems", waiting_checks)
    caplog.set_level(logging.WARNING, logger="mkdocs")  # for this test only: others read the info

    build(load_config(str(fixture_site / "mkdocs.yml")))

    # pandoc was started (on its own thread) before the checks began, not after them.
    assert seen_by_the_checks == [True]
    assert (fixture_site / "site" / "bronnen" / "index.html").exists()


def test_errors_in_the_structure_and_in_the_text_are_reported_together(
    fixture_site: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """The text is checked in a child process; when the structure check stops the build early, the
    contributor still gets every error in one list, not the text's errors only on the next attempt."""
    entry = fixture_site / "docs/bevindingen/bev-001.md"
    entry.write_text(
        entry.read_text(encoding="utf-8") + "\nDe oudterm komt voor [@onbekend2020].\n", encoding="utf-8"
    )
    caplog.set_level(logging.WARNING, logger="mkdocs")  # for this test only: others read the info

    with pytest.raises(Abort):
        build(load_config(str(fixture_site / "mkdocs.yml")))

    [message] = [record.getMessage() for record in caplog.records if record.levelno == logging.ERROR]
    assert message.startswith("De inhoud bevat 2 fout(en):")
    assert "docs/bevindingen/bev-001.md:15: citatie [@onbekend2020] staat niet in de bibliografie" in message
    assert "docs/bevindingen/bev-001.md:15: te vermijden term 'oudterm'" in message
    assert not (fixture_site / "site" / "index.html").exists()
