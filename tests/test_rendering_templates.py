"""Page templates kept between builds (kennisbank/rendering) make MkDocs' own pages; nothing old shows.

Every test compares the whole site with the site MkDocs builds without the plugin, after each change a
contributor or maintainer makes: to another entry (its title shows in every page's navigation), to
mkdocs.yml, to a template in overrides/, to the page itself.
"""

from __future__ import annotations

import contextlib
import logging
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jinja2
import pytest
from jinja2.bccache import bc_magic
from mkdocs.commands.build import build
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from kennisbank.project import CACHE_FOLDER
from kennisbank.rendering import fingerprint
from kennisbank.rendering.compiled import CompiledTemplates
from kennisbank.rendering.plugin import COMPILED_FOLDER, TEMPLATES_FOLDER, RenderingPlugin
from kennisbank.rendering.templates import UNREAD, UNREAD_SETTINGS, KeptTemplates
from tests.conftest import copy_fixture_site
from tests.test_fixture_site import page
from tests.test_rendering import built, configured, fresh

ENTRY = "bevindingen/bev-001"
OTHER = "bevindingen/bev-002"


def pages_of(site: dict[str, bytes]) -> dict[str, bytes]:
    """The pages MkDocs builds from the docs; 404.html is a static template, never kept."""
    return {path: html for path, html in site.items() if path != "404.html"}


def test_a_second_build_takes_every_page_from_the_kept_templates(fixture_site: Path) -> None:
    rendered = built(fixture_site, None)
    first, second = fresh(), fresh()  # two processes: the second reads what the first kept on disk
    assert built(fixture_site, first) == rendered
    assert first.templates is not None and first.templates.hits == 0
    kept = list((fixture_site / CACHE_FOLDER / TEMPLATES_FOLDER).glob("*.html"))
    assert len(kept) == len(pages_of(rendered)) > 20
    assert built(fixture_site, second) == rendered
    assert second.templates is not None and second.templates.hits == len(kept)
    assert second.templates.not_keepable == {}
    # Into another folder, as `mkdocs serve` and a release build: the same pages.
    elsewhere, third = fixture_site / "elders", fresh()
    config = configured(fixture_site, third)
    config["site_dir"] = str(elsewhere)
    with contextlib.chdir(fixture_site):
        build(config)
    assert {
        path.relative_to(elsewhere).as_posix(): path.read_bytes() for path in elsewhere.rglob("*.html")
    } == rendered
    assert third.templates is not None and third.templates.hits == len(kept)


def _retitle_other(project: Path) -> None:
    other = project / "docs" / f"{OTHER}.md"
    text = other.read_text(encoding="utf-8")
    other.write_text(re.sub(r"^title: .*$", "title: Een nieuwe titel", text, count=1, flags=re.M))


def _edit_entry(project: Path) -> None:
    entry = project / "docs" / f"{ENTRY}.md"
    entry.write_text(entry.read_text(encoding="utf-8") + "\nEen nieuwe slotzin.\n", encoding="utf-8")


def _change_copyright(project: Path) -> None:
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(
        re.sub(r"^copyright: .*?\n(?=\S)", "copyright: Nieuw colofon\n", text, flags=re.M | re.S)
    )


def _change_template(project: Path) -> None:
    main = project / "overrides" / "main.html"
    text = main.read_text(encoding="utf-8")
    main.write_text(text.replace("{% block site_meta %}", "{% block site_meta %}\n  <!-- gewijzigd -->", 1))


def _override_a_partial(project: Path) -> None:
    """A new file in overrides/ that takes the place of one of Material's partials."""
    (project / "overrides" / "partials" / "copyright.html").write_text(
        '<div class="md-copyright">Eigen colofon</div>\n', encoding="utf-8"
    )


CHANGES: dict[str, tuple[Callable[[Path], None], str, str]] = {
    # change, a page it shows on, and what shows there
    "another entry's title": (_retitle_other, ENTRY, "Een nieuwe titel"),
    "the entry itself": (_edit_entry, ENTRY, "Een nieuwe slotzin."),
    "mkdocs.yml": (_change_copyright, "", "Nieuw colofon"),
    "a template of overrides/": (_change_template, "", "gewijzigd"),
    "a new file in overrides/": (_override_a_partial, OTHER, "Eigen colofon"),
}


def test_each_change_shows_in_the_next_build_and_under_serve(fixture_site: Path) -> None:
    # One after the other on one project: each rebuild starts from what the previous one kept.
    serving = fresh()  # one object for every build, as under `mkdocs serve`
    built(fixture_site, serving)
    for change, (make_change, shown_on, text) in CHANGES.items():
        make_change(fixture_site)
        after = built(fixture_site, serving)
        assert text in str(page(fixture_site / "site", shown_on)), change
        assert serving.templates is not None and serving.templates.hits < len(pages_of(after)), change
        assert after == built(fixture_site, None), change
    next_process = fresh()
    assert built(fixture_site, next_process) == after
    assert next_process.templates is not None and next_process.templates.hits == len(pages_of(after))


class _Holds(BasePlugin):  # type: ignore[type-arg]
    """Puts a value in every page's context, as a plugin may."""

    def __init__(self, value: Any) -> None:
        super().__init__()
        self.value = value

    def on_page_context(self, context: Any, /, *, page: Page, config: MkDocsConfig, nav: Navigation) -> Any:
        context["held"] = self.value
        return context


def build_with(project: Path, plugin: RenderingPlugin, other: BasePlugin) -> dict[str, bytes]:  # type: ignore[type-arg]
    config = configured(project, plugin)
    config.plugins["test/other"] = other
    with contextlib.chdir(project):
        build(config)
    site = project / "site"
    return {path.relative_to(site).as_posix(): path.read_bytes() for path in site.rglob("*.html")}


def test_a_page_whose_context_cannot_be_described_is_rendered_every_time(fixture_site: Path) -> None:
    serving = fresh()
    for _ in range(2):
        build_with(fixture_site, serving, _Holds(re.compile("onbeschrijfbaar")))
        assert serving.templates is not None
        assert serving.templates.hits == 0 and serving.templates.used == set()
        assert set(serving.templates.not_keepable.values()) == {"re.Pattern"}


class _Renames(BasePlugin):  # type: ignore[type-arg]
    """Retitles a navigation item while the pages are built: what one page reads, the next does not."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def on_page_context(self, context: Any, /, *, page: Page, config: MkDocsConfig, nav: Navigation) -> Any:
        self.count += 1
        nav.pages[0].title = f"Titel {self.count}"
        return context


def test_nothing_is_kept_of_a_build_whose_navigation_changed_while_it_ran(
    fixture_site: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(logging.getLogger("mkdocs"), "propagate", True)  # for caplog; the CLI turns it off
    caplog.set_level(logging.INFO, logger="mkdocs")  # an earlier CLI run in this process may have raised it
    plugin = fresh()
    build_with(fixture_site, plugin, _Renames())
    assert plugin.templates is not None and plugin.templates.used == set()
    assert any("veranderde tijdens de build" in record.getMessage() for record in caplog.records)
    assert not list((fixture_site / CACHE_FOLDER / TEMPLATES_FOLDER).glob("*.html"))


def test_no_page_template_reads_what_the_fingerprint_leaves_out(fixture_site: Path) -> None:
    config = configured(fixture_site, None)
    # Rendered into a page's content before its template runs (Material's tags listings), or used only
    # by Material's blog plugin, which this site does not use.
    assert "material/blog" not in config.plugins and "blog" not in config.plugins
    rendered_into_content = {"fragments"}
    blog_only = {
        "partials/post.html",
        "blog.html",
        "blog-post.html",
        "blog-archive.html",
        "blog-category.html",
    }
    templates = [
        (path, path.relative_to(folder).as_posix())
        for folder in map(Path, config.theme.dirs)
        for path in folder.rglob("*.html")
    ]
    assert len(templates) > 50
    for path, name in templates:
        text = path.read_text(encoding="utf-8")
        assert not any(unread in text for unread in UNREAD | UNREAD_SETTINGS), path
        if name.split("/")[0] in rendered_into_content or name in blog_only:
            continue
        # Of the other pages a template shows titles, addresses and metadata, never their content.
        for field in fingerprint.CONTENT_OF_A_PAGE:
            for found in re.finditer(rf"([\w.]+)\.{field}\b", text):
                assert found[1] == "page" or found[1].startswith("config."), f"{path}: {found[0]}"


@pytest.mark.parametrize(
    ("value", "described"),
    [
        ({"b": [1, 2.5], "a": None}, [["b", [1, 2.5]], ["a", None]]),
        ({3, 1, 2}, [1, 2, 3]),
        (len, ["callable", "builtins", "len"]),
    ],
)
def test_plain_values_are_described_as_they_are(value: Any, described: Any) -> None:
    assert fingerprint.plain(value) == described


def test_an_object_without_attributes_cannot_be_described() -> None:
    with pytest.raises(fingerprint.NotKeepable, match=r"builtins\.object"):
        fingerprint.plain(object())


def test_a_kept_page_changed_on_disk_is_ignored_with_a_warning(
    fixture_site: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    rendered = built(fixture_site, fresh())
    kept = sorted((fixture_site / CACHE_FOLDER / TEMPLATES_FOLDER).glob("*.html"))
    kept[0].write_text(kept[0].read_text(encoding="utf-8")[:-100], encoding="utf-8")  # cut off
    kept[1].write_bytes(b"\xff\xfe niet te lezen")
    monkeypatch.setattr(logging.getLogger("mkdocs"), "propagate", True)  # for caplog; the CLI turns it off
    caplog.set_level(logging.INFO, logger="mkdocs")  # an earlier CLI run in this process may have raised it
    again = fresh()
    assert built(fixture_site, again) == rendered
    assert again.templates is not None and again.templates.hits == len(kept) - 2
    warned = [record.getMessage() for record in caplog.records if "onleesbaar bestand" in record.getMessage()]
    # Each file once; a logger a test before this one left propagating may repeat the record in caplog.
    assert set(warned) == {
        f"{path}: waarschuwing: een onleesbaar bestand van de build-cache; genegeerd" for path in kept[:2]
    }


def test_a_kept_page_comes_back_byte_for_byte(tmp_path: Path) -> None:
    output = "<p>regel\r\nnog een\rregel é</p>\n"
    KeptTemplates(tmp_path).keep("sleutel", output)
    assert KeptTemplates(tmp_path).kept_output("sleutel") == output


def counting_compiles(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """How often Jinja compiles each template from now on, by name."""
    compiling = Counter[str]()
    original = jinja2.Environment.compile

    def counted(self: jinja2.Environment, source: Any, name: str | None = None, *args: Any) -> Any:
        compiling[name or ""] += 1
        return original(self, source, name, *args)

    monkeypatch.setattr(jinja2.Environment, "compile", counted)
    return compiling


def test_a_second_project_in_the_process_compiles_only_its_own_templates(
    fixture_site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As the tests do: one process builds project after project. Material's templates are compiled once;
    a project's overrides are files of its own, and Jinja keys a compiled template by its file."""
    monkeypatch.setattr(CompiledTemplates, "in_memory", {})
    rendered = built(fixture_site, fresh())
    (tmp_path / "other").mkdir()
    other = copy_fixture_site(tmp_path / "other")
    compiling = counting_compiles(monkeypatch)
    assert pages_of(built(other, fresh())) == pages_of(rendered)
    overrides = {
        path.relative_to(other / "overrides").as_posix() for path in other.glob("overrides/**/*.html")
    }
    assert "base.html" not in compiling and set(compiling) <= overrides
    folders = [project / CACHE_FOLDER / COMPILED_FOLDER for project in (fixture_site, other)]
    assert len(list(folders[1].iterdir())) == len(list(folders[0].iterdir()))


def test_compiled_templates_come_from_the_cache_and_a_broken_one_is_compiled_again(
    fixture_site: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    rendered = built(fixture_site, fresh())
    compiled = sorted((fixture_site / CACHE_FOLDER / COMPILED_FOLDER).iterdir())
    assert len(compiled) > 20  # Material's base.html, its partials, our overrides
    # A new process: nothing in memory, everything read from the folder.
    monkeypatch.setattr(CompiledTemplates, "in_memory", {})
    compiling = counting_compiles(monkeypatch)
    assert built(fixture_site, fresh()) == rendered
    assert "base.html" not in compiling and "main.html" not in compiling
    # Cut off within what Jinja reads first: compiled again, with a warning, and the same pages.
    for path in compiled:
        path.write_bytes(path.read_bytes()[: len(bc_magic) + 3])
    monkeypatch.setattr(CompiledTemplates, "in_memory", {})
    monkeypatch.setattr(logging.getLogger("mkdocs"), "propagate", True)  # for caplog; the CLI turns it off
    caplog.set_level(logging.INFO, logger="mkdocs")  # an earlier CLI run in this process may have raised it
    assert built(fixture_site, fresh()) == rendered
    assert compiling["base.html"] == 1
    assert any("onleesbaar bestand" in record.getMessage() for record in caplog.records)
