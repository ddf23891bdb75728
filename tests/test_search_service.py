"""The client of Pagefind's indexing service, which indexes each page as the build writes it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from mkdocs.exceptions import PluginError
from pagefind.service import get_executable

from kennisbank.search.service import PagefindService

PAGE = """<!doctype html><html lang="nl"><head><title>{title}</title></head>
<body><nav>Menu</nav><main {body}><h1>{title}</h1><p>{text}</p></main></body></html>"""


def pagefind() -> Path:
    executable = get_executable()
    assert executable is not None, "Pagefind's binary is one of the pinned dependencies"
    return executable


def page(title: str, text: str, *, searchable: bool = True) -> str:
    return PAGE.format(title=title, text=text, body="data-pagefind-body" if searchable else "")


def test_pages_handed_over_are_indexed_and_written(tmp_path: Path) -> None:
    service = PagefindService(pagefind(), {"exclude_selectors": [".kb-cite"]})
    try:
        service.add_page(page("Arbeidsuitbuiting", "Signalen van uitbuiting."), url="/begrippen/a/")
        service.add_page(page("Grooming", "Online benaderen van kinderen."), url="/begrippen/b/")
        # Once one page marks its body, Pagefind leaves out the pages that do not: as when it reads a site.
        service.add_page(page("Zoeken", "Alleen navigatie.", searchable=False), url="/zoeken/")
        assert service.write(tmp_path / "pagefind") == 3
    finally:
        service.close()

    entry = json.loads((tmp_path / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8"))
    assert entry["languages"]["nl"]["page_count"] == 2
    assert len(list((tmp_path / "pagefind" / "fragment").iterdir())) == 2


def test_a_service_that_does_not_run_is_a_clear_error_not_a_hang() -> None:
    with pytest.raises(PluginError, match="Pagefind is onverwacht gestopt"):
        PagefindService(Path("/bin/true"), {})


def test_a_refused_request_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(PluginError, match="Pagefind kon de zoekindex niet maken"):
        PagefindService(pagefind(), {"exclude_selectors": "geen lijst"})
