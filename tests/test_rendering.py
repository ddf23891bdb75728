"""Pages kept between builds (kennisbank/rendering) are the pages MkDocs would render, and nothing old shows.

Each build here runs in this process with a new plugin object, as a new `mkdocs build` does, unless the
test keeps one object across builds, as `mkdocs serve` does.
"""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig

from kennisbank.cache import Cache
from kennisbank.project import CACHE_FOLDER
from kennisbank.rendering.plugin import CACHE_NAME, COMPILED_FOLDER, RenderingPlugin
from tests.test_fixture_site import page

PLUGIN = "kennisbank/rendering"
# Tests about the cache use it, whatever the developer's environment says.
pytestmark = pytest.mark.usefixtures("with_cache")
ENTRY = "interventies/int-001"


def configured(project: Path, plugin: RenderingPlugin | None) -> MkDocsConfig:
    """The project's configuration with `plugin` as its kennisbank/rendering: the one mkdocs.yml lists is
    left out, since MkDocs keeps that object for the whole process (as it does under `mkdocs serve`)."""
    listed = project / "mkdocs.yml"
    text = listed.read_text(encoding="utf-8")
    unlisted = project / "zonder-rendering.yml"
    unlisted.write_text(text.replace(f"  - {PLUGIN}\n", ""), encoding="utf-8")
    assert unlisted.read_text(encoding="utf-8") != text, f"mkdocs.yml lists no '{PLUGIN}'"
    config = load_config(str(unlisted), strict=False)  # some tests link to a missing page
    if plugin is not None:  # None: MkDocs alone converts every page
        config.plugins[PLUGIN] = plugin
    return config


def fresh() -> RenderingPlugin:
    plugin = RenderingPlugin()
    plugin.load_config({})
    return plugin


def built(project: Path, plugin: RenderingPlugin | None) -> dict[str, bytes]:
    with contextlib.chdir(project):
        build(configured(project, plugin))
    site = project / "site"
    return {path.relative_to(site).as_posix(): path.read_bytes() for path in site.rglob("*.html")}


def test_kept_pages_are_the_pages_mkdocs_renders(fixture_site: Path) -> None:
    rendered = built(fixture_site, None)
    first, second = fresh(), fresh()  # two processes: the second reads what the first kept on disk
    assert built(fixture_site, first) == rendered
    assert first.hits == 0 and (fixture_site / CACHE_FOLDER / f"{CACHE_NAME}.json").is_file()
    assert built(fixture_site, second) == rendered
    assert second.hits == len(second.kept.now) > 20  # every page came from the cache


def test_an_edited_entry_is_rendered_again_and_the_others_are_kept(fixture_site: Path) -> None:
    serving = fresh()
    built(fixture_site, serving)
    entry = fixture_site / "docs" / f"{ENTRY}.md"
    entry.write_text(entry.read_text(encoding="utf-8") + "\nEen nieuwe slotzin.\n", encoding="utf-8")
    built(fixture_site, serving)
    assert "Een nieuwe slotzin." in page(fixture_site / "site", ENTRY).get_text()
    assert 0 < serving.hits < len(serving.kept.now)


def test_a_new_page_renders_links_to_it_anew(fixture_site: Path) -> None:
    serving = fresh()
    home = fixture_site / "docs" / "index.md"
    home.write_text(home.read_text(encoding="utf-8") + "\nZie [de nieuwe pagina](nieuw.md).\n")
    built(fixture_site, serving)  # a link to a page that is not there yet
    (fixture_site / "docs" / "nieuw.md").write_text("# Nieuw\n\nEen nieuwe pagina.\n", encoding="utf-8")
    built(fixture_site, serving)
    link = page(fixture_site / "site", "").find("a", string="de nieuwe pagina")
    assert link is not None and link["href"] == "nieuw/"


def test_a_page_that_warned_is_rendered_again_and_warns_again(
    fixture_site: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = fixture_site / "docs" / "index.md"
    home.write_text(home.read_text(encoding="utf-8") + "\nZie [een ontbrekende pagina](ontbreekt.md).\n")
    serving = fresh()
    monkeypatch.setattr(logging.getLogger("mkdocs"), "propagate", True)  # for caplog; the CLI turns it off
    for _ in range(2):
        caplog.clear()
        built(fixture_site, serving)
        assert any("ontbreekt.md" in record.getMessage() for record in caplog.records)


def test_a_link_to_a_page_that_is_removed_warns_in_the_next_build(
    fixture_site: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = fixture_site / "docs" / "index.md"
    home.write_text(home.read_text(encoding="utf-8") + "\nZie [de nieuwe pagina](nieuw.md).\n")
    (fixture_site / "docs" / "nieuw.md").write_text("# Nieuw\n\nEen nieuwe pagina.\n", encoding="utf-8")
    serving = fresh()
    built(fixture_site, serving)
    (fixture_site / "docs" / "nieuw.md").unlink()
    monkeypatch.setattr(logging.getLogger("mkdocs"), "propagate", True)  # for caplog; the CLI turns it off
    caplog.clear()
    built(fixture_site, serving)
    assert any("'nieuw.md'" in record.getMessage() for record in caplog.records)


def test_under_serve_the_kept_pages_are_written_when_the_server_stops(fixture_site: Path) -> None:
    serving = fresh()
    serving.on_startup(command="serve", dirty=False)
    kept = fixture_site / CACHE_FOLDER / f"{CACHE_NAME}.json"
    built(fixture_site, serving)
    assert not kept.exists()
    serving.on_shutdown()
    next_process = fresh()
    built(fixture_site, next_process)
    assert kept.is_file() and next_process.hits == len(next_process.kept.now) > 20


def test_compiled_templates_are_kept_per_digest_of_the_code(tmp_path: Path) -> None:
    first = Cache(tmp_path, "code").folder_for(COMPILED_FOLDER)
    (first / "template.cache").write_bytes(b"compiled")
    assert Cache(tmp_path, "code").folder_for(COMPILED_FOLDER) == first
    assert (first / "template.cache").exists()
    other = Cache(tmp_path, "other code").folder_for(COMPILED_FOLDER)
    assert other.is_dir() and not first.exists()  # what other code compiled is removed


def test_a_build_keeps_the_compiled_templates(fixture_site: Path) -> None:
    plugin = fresh()
    built(fixture_site, plugin)
    assert plugin.kept.cache is not None and plugin.kept.cache.code
    compiled = fixture_site / CACHE_FOLDER / COMPILED_FOLDER / plugin.kept.cache.code
    assert len(list(compiled.iterdir())) > 10
