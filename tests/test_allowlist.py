"""The HTML allow-list: what it takes out of a page's HTML, and that it takes nothing out of the real site."""

from __future__ import annotations

from pathlib import Path

import markdown
import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.pages import Page

from kennisbank.allowlist import address_refusal, html_refusals
from tests.conftest import ROOT, run_tool


@pytest.mark.parametrize(
    ("html", "says"),
    [
        ('<form action="https://a.invalid"><p>x</p></form>', "HTML-element <form>"),
        ("<script>alert(1)</script>", "HTML-element <script>"),
        ('<p onclick="x()">a</p>', "attribuut 'onclick' op <p>"),
        ('<a href="javascript:alert(1)">a</a>', "een adres met 'javascript:'"),
        ('<a href="JAVA&#x0A;SCRIPT:alert(1)">a</a>', "een adres met 'javascript:'"),
        ('<img src="https://a.invalid/a.png" alt="">', "afbeelding of bestand van een andere host"),
        ('<a href="//a.invalid/">a</a>', "zonder schema"),
        ('<table><tr><td style="text-align: right">1</td></tr></table>', "attribuut 'style' op <td>"),
        ('<svg viewBox="0 0 1 1"><foreignObject><p>x</p></foreignObject></svg>', "<foreignobject>"),
        ('<a href="https://a.invalid/" target="_blank">a</a>', "attribuut 'target' op <a>"),
    ],
)
def test_what_the_allowlist_takes_out_is_named(html: str, says: str) -> None:
    found = html_refusals(html)
    assert len(found) == 1, found
    assert says in found[0]


def test_what_the_markdown_extensions_make_is_kept() -> None:
    source = "\n\n".join(
        [
            "# Kop",
            "Tekst met een voetnoot[^1] en een *afkorting*: CKM.",
            "*[CKM]: Centrum Kinderhandel Mensenhandel",
            '!!! note "Let op"\n    Een opmerking.',
            '??? info "Meer"\n    Uitgeklapt.',
            '=== "Een"\n    Eerste.\n\n=== "Twee"\n    Tweede.',
            "- [x] gedaan\n- [ ] open",
            "Term\n:   Uitleg",
            "| a | b |\n|---|---|\n| 1 | 2 |",
            "```python\nprint(1)\n```",
            "[Site](https://a.invalid/) [Pagina](../b/) [Anker](#kop) ![Beeld](img/a.png){ width=300 }",
            "[^1]: De voetnoot.",
        ]
    )
    html = markdown.markdown(
        source,
        extensions=[
            "abbr",
            "admonition",
            "attr_list",
            "def_list",
            "footnotes",
            "md_in_html",
            "tables",
            "toc",
            "pymdownx.details",
            "pymdownx.superfences",
            "pymdownx.tabbed",
            "pymdownx.tasklist",
        ],
        extension_configs={
            "toc": {"permalink": True},
            "pymdownx.tabbed": {"alternate_style": True},
            "pymdownx.tasklist": {"custom_checkbox": True},
        },
    )
    assert "tabbed-set" in html and "task-list" in html and "footnote" in html  # the extensions ran
    assert html_refusals(html) == []


@pytest.mark.parametrize(
    "address",
    ["https://a.invalid/", "../b/", "/c/", "#anker", "?q=1", "mailto:info@a.invalid", "tel:+31201234567"],
)
def test_addresses_a_link_may_have(address: str) -> None:
    assert address_refusal(address, embedded=False) is None


class _Capture(BasePlugin):  # type: ignore[type-arg]
    """Keeps each page's HTML as the kennisbank plugin checks it: after Markdown, before the card."""

    def __init__(self) -> None:
        super().__init__()
        self.contents: dict[str, str] = {}

    @event_priority(100)
    def on_page_content(self, html: str, /, *, page: Page, **_: object) -> str | None:
        self.contents[page.file.src_uri] = html
        return html


def test_the_allowlist_takes_nothing_out_of_any_page_of_the_real_site(tmp_path: Path) -> None:
    config = load_config(str(ROOT / "mkdocs.yml"), site_dir=str(tmp_path / "site"))
    capture = _Capture()
    config.plugins["capture"] = capture
    build(config)
    sources = {path.relative_to(ROOT / "docs").as_posix() for path in (ROOT / "docs").rglob("*.md")}
    assert sources <= set(capture.contents), "every Markdown file of docs/ is a page"
    assert any("<svg" in html for html in capture.contents.values()), "the pages with charts are among them"
    found = {page: refusals for page, html in capture.contents.items() if (refusals := html_refusals(html))}
    assert found == {}


def test_the_build_names_each_refusal_of_a_page_once(fixture_site: Path) -> None:
    entry = fixture_site / "docs" / "interventies" / "int-001.md"
    table = "\n\n| Periode | Aantal |\n|:--------|-------:|\n| vorig jaar | twaalf |\n| dit jaar | tien |\n"
    entry.write_text(entry.read_text(encoding="utf-8") + table, encoding="utf-8")
    result = run_tool(["mkdocs", "build", "--strict"], fixture_site)
    lines = (result.stdout + result.stderr).splitlines()
    assert result.returncode != 0
    for element in ("th", "td"):
        named = [line for line in lines if f"attribuut 'style' op <{element}>" in line]
        assert len(named) == 1, lines
        assert named[0].startswith("docs/interventies/int-001.md: ")
