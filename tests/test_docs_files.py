"""The files beside the Markdown in docs/: images of the kinds the site takes reach the site as they are;
every other file is refused with its path, and the site's own configuration needs no other kind in docs/."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest
import yaml

from kennisbank.allowlist import FILE_KINDS, MAX_IMAGE_BYTES
from kennisbank.content.files import file_problems
from kennisbank.content.links import link_problems
from tests.conftest import ROOT, run_in_process

# A 1 × 1 grey PNG (67 bytes), a JPEG and a WebP as far as their first bytes go, and an SVG within the
# allow-list.
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg=="
)
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 20 + b"\xff\xd9"
WEBP = b"RIFF\x1a\x00\x00\x00WEBPVP8L" + b"\x00" * 14
SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" role="img" aria-label="Cirkel">\n'
    b"  <title>Cirkel</title>\n"
    b'  <circle cx="5" cy="5" r="4" fill="#3f51b5"/>\n'
    b"</svg>\n"
)
VALID = {"beeld.png": PNG, "foto.jpg": JPEG, "foto2.jpeg": JPEG, "beeld.webp": WEBP, "cirkel.svg": SVG}


def problems_of(files: dict[str, bytes], tmp_path: Path) -> list[str]:
    docs = tmp_path / "docs"
    for name, data in files.items():
        path = docs / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return [
        str(problem) for problem in file_problems(docs, lambda path: path.relative_to(tmp_path).as_posix())
    ]


def test_every_kind_of_image_of_the_table_is_taken(tmp_path: Path) -> None:
    assert {extension for kind in FILE_KINDS for extension in kind.extensions} == {
        Path(name).suffix for name in VALID
    }
    assert problems_of({**VALID, "pagina.md": b"# Pagina\n"}, tmp_path) == []


@pytest.mark.parametrize(
    ("name", "data", "says"),
    [
        (
            "docs/pagina.html",
            b"<script>alert(1)</script>",
            "docs/pagina.html: een bestand op '.html' hoort niet",
        ),
        ("docs/a/extra.js", b"alert(1)", "docs/a/extra.js: een bestand op '.js' hoort niet in docs/"),
        ("docs/extra.css", b"body{}", "docs/extra.css: een bestand op '.css' hoort niet in docs/"),
        ("docs/LEESMIJ", b"tekst", "docs/LEESMIJ: een bestand zonder extensie hoort niet in docs/"),
        ("docs/_headers", b"/*\n", "docs/_headers: '_headers' is een instellingenbestand van een webhost"),
        ("docs/_redirects", b"/ /x 301", "docs/_redirects: '_redirects' is een instellingenbestand"),
        ("docs/pagina.markdown", b"# a", "docs/pagina.markdown: Markdown staat in een bestand op .md"),
        ("docs/pagina.MD", b"# a", "hernoem het naar pagina.md"),
        ("docs/FOTO.PNG", PNG, "docs/FOTO.PNG: schrijf de extensie in kleine letters"),
        ("docs/nep.png", b"<html>", "docs/nep.png: de inhoud is geen PNG-afbeelding"),
        ("docs/nep.jpg", PNG, "docs/nep.jpg: de inhoud is geen JPEG-afbeelding"),
        ("docs/nep.webp", b"RIFF\x00\x00\x00\x00WAVE", "docs/nep.webp: de inhoud is geen WebP-afbeelding"),
        ("docs/nep.svg", b"<html><svg>", "docs/nep.svg:1: het bestand is geen geldige XML en dus geen SVG"),
        ("docs/kaal.svg", b"<svg/>", "docs/kaal.svg:1: het bestand begint niet met <svg xmlns="),
        ("docs/groot.png", PNG + b"0" * MAX_IMAGE_BYTES, "het bestand is 1.000.067 bytes groot; een PNG"),
        ("docs/groter.png", PNG + b"0" * 2 * MAX_IMAGE_BYTES, "docs/groter.png: het bestand is 2 MB groot"),
    ],
)
def test_each_other_file_is_refused_with_its_path(name: str, data: bytes, says: str, tmp_path: Path) -> None:
    found = problems_of({name.removeprefix("docs/"): data}, tmp_path)
    assert len(found) == 1, found
    assert says in found[0]


@pytest.mark.parametrize(
    ("svg", "says"),
    [
        (b"<script>alert(1)</script>", "svg:3: HTML-element <script> staat niet op de lijst"),
        (b'<circle cx="1" cy="1" r="1" onclick="x()"/>', "svg:3: attribuut 'onclick' op <circle>"),
        (b"<foreignObject><p>x</p></foreignObject>", "svg:3: HTML-element <foreignobject>"),
        (b'<a href="javascript:alert(1)"><text>x</text></a>', "svg:3: een adres met 'javascript:'"),
        (b'<a href="//elders.invalid/"><text>x</text></a>', "zonder schema wijst naar een andere host"),
        (b'<g xlink:href="https://elders.invalid/a.svg"/>', "svg:3: attribuut 'xlink:href' op <g>"),
        (b"<use/>", "svg:3: HTML-element <use> staat niet op de lijst"),
        (b'<g style="fill: red"/>', "svg:3: attribuut 'style' op <g> is niet toegestaan"),
        (b'<h:script xmlns:h="http://www.w3.org/1999/xhtml"/>', "svg:3: element <h:script> hoort niet in"),
    ],
)
def test_an_svg_holds_only_what_the_allowlist_of_page_html_allows(
    svg: bytes, says: str, tmp_path: Path
) -> None:
    data = (
        b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"\n'
        b'     viewBox="0 0 9 9">\n' + svg + b"\n</svg>\n"
    )
    found = problems_of({"beeld.svg": data}, tmp_path)
    assert len(found) == 1, found
    assert says in found[0]


def test_an_svg_has_no_doctype_or_processing_instruction(tmp_path: Path) -> None:
    data = (
        b'<?xml version="1.0"?>\n<?xml-stylesheet href="https://elders.invalid/a.css"?>\n'
        b'<!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa">]>\n'
        b'<svg xmlns="http://www.w3.org/2000/svg"><text>&a;</text></svg>\n'
    )
    found = problems_of({"beeld.svg": data}, tmp_path)
    assert sorted(found) == [
        "docs/beeld.svg:2: een verwerkingsinstructie (<?xml-stylesheet …?>) is in een SVG niet toegestaan: "
        "verwijder haar",
        "docs/beeld.svg:3: een <!DOCTYPE …> is in een SVG niet toegestaan: verwijder die regel",
    ]


def test_a_symbolic_link_is_named_once_by_the_check_of_links(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (tmp_path / "elders.js").write_text("alert(1)")
    (docs / "beeld.png").symlink_to(tmp_path / "elders.js")
    (docs / "map").symlink_to(tmp_path)

    def shown(path: Path) -> str:
        return path.relative_to(tmp_path).as_posix()

    assert file_problems(docs, shown) == []
    assert len(link_problems(docs, shown)) == 2


def test_the_site_takes_its_style_sheets_and_scripts_from_the_theme_not_from_docs() -> None:
    """What mkdocs.yml names besides pages lies in overrides/ (the theme's folder): docs/ needs no other kind
    of file than Markdown and images."""
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_IgnoringTags)
    named = [*config["extra_css"], *(item["path"] for item in config["extra_javascript"])]
    assert named
    for path in named:
        assert (ROOT / config["theme"]["custom_dir"] / path).is_file(), path
        assert not (ROOT / "docs" / path).exists(), path
    assert file_problems(ROOT / "docs", lambda path: path.as_posix()) == []


class _IgnoringTags(yaml.SafeLoader):
    """mkdocs.yml's `!ENV` tags, read as nothing."""


_IgnoringTags.add_multi_constructor("!", lambda loader, suffix, node: None)


HIDDEN = (
    ".DS_Store",
    "interventies/.int-001.md.swp",
    "interventies/.int-001.md",
    ".verborgen/pagina.html",
    ".verborgen/pagina.md",
)


def test_hidden_files_and_folders_are_passed_over(tmp_path: Path) -> None:
    assert problems_of({name: b"<script>alert(1)</script>" for name in HIDDEN}, tmp_path) == []


def test_images_of_every_kind_reach_the_site_as_they_are(fixture_site: Path) -> None:
    for name, data in VALID.items():
        (fixture_site / "docs" / "afbeeldingen" / name).parent.mkdir(exist_ok=True)
        (fixture_site / "docs" / "afbeeldingen" / name).write_bytes(data)
    # What a contributor's system leaves behind and cannot see stops nothing, and never reaches the site.
    for hidden in HIDDEN:
        (fixture_site / "docs" / hidden).parent.mkdir(parents=True, exist_ok=True)
        (fixture_site / "docs" / hidden).write_bytes(b"<script>alert(1)</script>")
    index = fixture_site / "docs" / "index.md"
    text = index.read_text(encoding="utf-8")
    old = "Een kleine site voor de tests."
    assert old in text
    index.write_text(
        text.replace(
            old, f"{old} ![Een cirkel](afbeeldingen/cirkel.svg) ![Een punt](afbeeldingen/beeld.png)"
        ),
        encoding="utf-8",
    )
    check = run_in_process(["kennisbank", "check"], fixture_site)
    assert check.returncode == 0, check.stderr
    build = run_in_process(["mkdocs", "build", "--strict"], fixture_site)
    assert build.returncode == 0, build.stderr
    for name, data in VALID.items():
        assert (fixture_site / "site" / "afbeeldingen" / name).read_bytes() == data
    for hidden in HIDDEN:
        assert not (fixture_site / "site" / hidden).exists()
    page = (fixture_site / "site" / "index.html").read_text(encoding="utf-8")
    assert '<img alt="Een cirkel" src="afbeeldingen/cirkel.svg"' in page
    links = run_in_process(["kennisbank", "links", "--site", "site"], fixture_site)
    assert links.returncode == 0, links.stderr
