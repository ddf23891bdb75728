"""The link check of the built site: internal links and anchors resolve; external links are listed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kennisbank.links.check import SiteLinks, external_report
from tests.conftest import run_tool

PAGE = "interventies/int-001/index.html"


@pytest.fixture
def site(built_fixture_site: Path, tmp_path: Path) -> Path:
    """A copy of the built fixture site that a test may break."""
    return Path(shutil.copytree(built_fixture_site, tmp_path / "site"))


def add_to_page(site: Path, html: str, page: str = PAGE) -> int:
    """Put `html` on a line of its own just after <body>; returns that line."""
    path = site / page
    lines = path.read_text(encoding="utf-8").split("\n")
    number = next(i for i, line in enumerate(lines) if "<body" in line) + 1
    lines.insert(number, html)
    path.write_text("\n".join(lines), encoding="utf-8")
    return number + 1


def messages(site: Path) -> list[str]:
    return [str(problem) for problem in SiteLinks(site, "site").check().problems]


def test_the_fixture_site_has_no_broken_links(site: Path) -> None:
    report = SiteLinks(site, "site").check()
    assert report.problems == []
    assert report.internal > 100
    assert "https://voorbeeld.invalid/fora" in report.external  # from the bibliography, listed not fetched


def test_the_real_site_has_no_broken_links(site_dir: Path) -> None:
    report = SiteLinks(site_dir, "site").check()
    assert [str(problem) for problem in report.problems] == []


def test_a_broken_anchor_is_reported_at_its_page_and_line(site: Path) -> None:
    line = add_to_page(site, '<a href="../../bevindingen/bev-001/#nergens">bevinding</a>')
    assert messages(site) == [
        f"site/{PAGE}:{line}: link '../../bevindingen/bev-001/#nergens': anker '#nergens' bestaat niet in "
        "bevindingen/bev-001/index.html"
    ]


@pytest.mark.parametrize(
    ("href", "says"),
    [
        ("#nergens", f"anker '#nergens' bestaat niet in {PAGE}"),
        ("../../bevindingen/bev-099/", "bevindingen/bev-099/index.html bestaat niet"),
        ("../../bevindingen/bev-001", None),
        ("../../bevindingen/bev-001/index.html#wat-het-is", "anker '#wat-het-is' bestaat niet"),
        ("/bevindingen/bev-001/", None),
        ("../int-001/#wat-het-is", None),
        ("#wat%20het%20is", "anker '#wat het is' bestaat niet"),
        ("../../assets/niet.css", "assets/niet.css bestaat niet"),
        ("mailto:info@voorbeeld.invalid", None),
        ("https://voorbeeld.invalid/ergens#x", None),
        ("../../../andere-versie/", None),
        ("ftp://voorbeeld.invalid/", "onbekend schema 'ftp:'"),
    ],
)
def test_links_resolve_as_a_browser_resolves_them(site: Path, href: str, says: str | None) -> None:
    add_to_page(site, f'<a href="{href}">x</a>')
    found = messages(site)
    if says is None:
        assert found == []
    else:
        assert len(found) == 1 and says in found[0], found


def test_images_and_scripts_must_exist_too(site: Path) -> None:
    add_to_page(
        site, '<img src="../../assets/weg.png" srcset="../../assets/weg.png 1x, ../../assets/ook-weg.png 2x">'
    )
    assert len(messages(site)) == 3


def test_external_links_are_reported_once_with_their_pages(site: Path) -> None:
    add_to_page(site, '<a href="http://oud.invalid/">x</a>')
    add_to_page(site, '<a href="http://oud.invalid/">x</a>', "bevindingen/bev-001/index.html")
    report = SiteLinks(site, "site").check()
    assert report.external["http://oud.invalid/"] == {PAGE, "bevindingen/bev-001/index.html"}
    text = external_report(report)
    assert "http://oud.invalid/  [geen https]\n    bevindingen/bev-001/index.html\n    interventies/" in text


def test_the_command_fails_on_a_broken_link_and_writes_the_report(site: Path) -> None:
    ok = run_tool(["kennisbank", "links", "--site", "site", "--report", "links.txt"], site.parent)
    assert ok.returncode == 0, ok.stderr
    assert "Alle interne links en ankers kloppen" in ok.stdout
    assert "https://voorbeeld.invalid/fora" in (site.parent / "links.txt").read_text(encoding="utf-8")
    line = add_to_page(site, '<a href="#nergens">x</a>')
    broken = run_tool(["kennisbank", "links", "--site", "site"], site.parent)
    assert broken.returncode == 1
    assert broken.stderr.startswith(f"site/{PAGE}:{line}: link '#nergens'")
    assert "Traceback" not in broken.stderr


def test_the_command_needs_a_built_site(tmp_path: Path) -> None:
    result = run_tool(["kennisbank", "links", "--site", "nergens"], tmp_path)
    assert result.returncode == 2
    assert "geen gebouwde site" in result.stderr
