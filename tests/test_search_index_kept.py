"""Pagefind's index is taken from .cache/pagefind/ when the pages are those it was made from, and made anew
when any page changed or the kept copy is damaged."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import subprocess
from pathlib import Path
from typing import Any

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config

from kennisbank.project import CACHE_FOLDER
from kennisbank.search import kept_index

KEPT = Path(CACHE_FOLDER) / kept_index.FOLDER
# Tests about the cache use it, whatever the developer's environment says.
pytestmark = pytest.mark.usefixtures("with_cache")


def built(project: Path, monkeypatch: pytest.MonkeyPatch) -> int:
    """Build the project in this process; returns how often Pagefind was started."""
    started = 0
    run = subprocess.run

    def counted(command: Any, *args: Any, **kwargs: Any) -> Any:
        nonlocal started
        started += Path(str(command[0])).name == "pagefind"
        return run(command, *args, **kwargs)

    monkeypatch.setattr(subprocess, "run", counted)
    with contextlib.chdir(project):
        build(load_config(str(project / "mkdocs.yml")))
    monkeypatch.setattr(subprocess, "run", run)
    return started


def index_of(project: Path) -> dict[str, Any]:
    site = project / "site" / "pagefind"
    entry = json.loads((site / "pagefind-entry.json").read_text(encoding="utf-8"))
    return {"pages": entry["languages"]["nl"]["page_count"], "files": len(list(site.rglob("*")))}


def test_the_same_pages_get_the_kept_index_without_pagefind(
    fixture_site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert built(fixture_site, monkeypatch) == 1
    made = index_of(fixture_site)
    assert made["pages"] > 10
    assert built(fixture_site, monkeypatch) == 0
    assert index_of(fixture_site) == made
    kept = fixture_site / KEPT / kept_index.BUNDLE
    site = fixture_site / "site" / "pagefind"
    assert {p.relative_to(kept): p.read_bytes() for p in kept.rglob("*") if p.is_file()} == {
        p.relative_to(site): p.read_bytes() for p in site.rglob("*") if p.is_file()
    }


def test_an_edited_page_is_indexed_anew(fixture_site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    built(fixture_site, monkeypatch)
    before = json.loads((fixture_site / KEPT / kept_index.MANIFEST).read_text(encoding="utf-8"))
    entry = fixture_site / "docs" / "interventies" / "int-001.md"
    entry.write_text(entry.read_text(encoding="utf-8") + "\nEen zin met het woord zoekwijziging.\n")
    assert built(fixture_site, monkeypatch) == 1
    after = json.loads((fixture_site / KEPT / kept_index.MANIFEST).read_text(encoding="utf-8"))
    assert after["input"] != before["input"]


def test_a_damaged_kept_index_is_made_anew_with_a_warning(
    fixture_site: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    built(fixture_site, monkeypatch)
    made = index_of(fixture_site)
    fragment = next((fixture_site / KEPT / kept_index.BUNDLE / "fragment").iterdir())
    fragment.unlink()
    monkeypatch.setattr(logging.getLogger("mkdocs"), "propagate", True)  # for caplog; the CLI turns it off
    caplog.set_level(logging.INFO, logger="mkdocs")
    assert built(fixture_site, monkeypatch) == 1
    assert index_of(fixture_site) == made
    assert any("onleesbaar bestand" in record.getMessage() for record in caplog.records)


def test_a_build_after_a_served_session_in_the_same_process_indexes_in_the_foreground(
    fixture_site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """MkDocs keeps a plugin with on_startup for the whole process: a `mkdocs serve` that ended earlier in
    it (another test) must not leave the next build indexing in the background, nor unkept."""
    plugins = load_config(str(fixture_site / "mkdocs.yml")).plugins
    plugins.on_startup(command="serve", dirty=False)
    plugins.on_shutdown()
    assert built(fixture_site, monkeypatch) == 1
    assert (fixture_site / KEPT / kept_index.MANIFEST).exists()


def test_pagefind_indexing_a_site_that_holds_the_kept_index_leaves_the_kept_one_whole(
    fixture_site: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """The kept index is linked into the site. A dirty rebuild under `mkdocs serve` leaves it there when
    Pagefind indexes an edited page; the original pages then still get the kept index, unchanged."""
    built(fixture_site, monkeypatch)
    assert built(fixture_site, monkeypatch) == 0
    entry = fixture_site / "docs" / "interventies" / "int-001.md"
    original = entry.read_text(encoding="utf-8")
    entry.write_text(original + "\nEen zin met het woord zoekwijziging.\n", encoding="utf-8")
    config = load_config(str(fixture_site / "mkdocs.yml"), strict=False)  # MkDocs warns of a dirty build
    config.plugins.on_startup(command="serve", dirty=True)
    with contextlib.chdir(fixture_site):
        build(config, dirty=True)
    search = config.plugins["kennisbank/search"]
    assert search.indexing is not None
    search.indexing[0].wait(timeout=120)
    config.plugins.on_shutdown()
    entry.write_text(original, encoding="utf-8")
    monkeypatch.setattr(logging.getLogger("mkdocs"), "propagate", True)  # for caplog; the CLI turns it off
    caplog.set_level(logging.INFO, logger="mkdocs")

    assert built(fixture_site, monkeypatch) == 0
    assert not [record.getMessage() for record in caplog.records if "onleesbaar" in record.getMessage()]


def test_where_files_cannot_be_linked_the_kept_index_is_copied(
    fixture_site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_links(source: str, target: str) -> None:
        raise OSError(18, "Invalid cross-device link")

    monkeypatch.setattr(os, "link", no_links)
    assert built(fixture_site, monkeypatch) == 1
    made = index_of(fixture_site)

    assert built(fixture_site, monkeypatch) == 0
    assert index_of(fixture_site) == made
