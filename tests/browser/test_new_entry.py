"""A contributor's whole path: `new`, fill in, check, build; the entry is then everywhere a reader looks."""

from __future__ import annotations

import json
from pathlib import Path

from bs4 import BeautifulSoup
from playwright.sync_api import Page

from kennisbank.model import ENTRY_TYPES
from kennisbank.validation.prose import PLACEHOLDER_MARK

from ..conftest import run_tool
from ..filling import fill_placeholders, valid_fields
from .conftest import serving
from .search import search

RECOMMENDATION = next(entry_type for entry_type in ENTRY_TYPES if entry_type.name == "aanbeveling")
TITLE = "Zeefdrukaanbeveling over handouts voor expertmeetings"
MEETING = "EM-1"


def test_a_new_recommendation_once_filled_in_is_in_its_catalogue_search_export_and_handout(
    page: Page, fixture_site: Path
) -> None:
    new = run_tool(["kennisbank", "new", RECOMMENDATION.name, TITLE], fixture_site)
    assert new.returncode == 0, new.stderr
    path = fixture_site / "docs" / RECOMMENDATION.folder / "aan-002.md"
    assert new.stdout.startswith(f"docs/{RECOMMENDATION.folder}/aan-002.md:")

    refused = run_tool(["kennisbank", "check"], fixture_site)
    assert refused.returncode == 1
    assert f"docs/{RECOMMENDATION.folder}/aan-002.md" in refused.stderr

    fields = {**valid_fields(RECOMMENDATION), "related": f"[{MEETING}]", "tags": "[zeefdruk]"}
    path.write_text(fill_placeholders(path.read_text(encoding="utf-8"), fields), encoding="utf-8")
    checked = run_tool(["kennisbank", "check"], fixture_site)
    assert checked.returncode == 0, checked.stderr
    built = run_tool(["mkdocs", "build", "--strict"], fixture_site)
    assert built.returncode == 0, built.stderr
    site = fixture_site / "site"

    def soup(url: str) -> BeautifulSoup:
        return BeautifulSoup((site / url / "index.html").read_text(encoding="utf-8"), "html.parser")

    # The catalogue of its type.
    rows = soup(RECOMMENDATION.folder).select("[data-kb-catalogue] tbody tr")
    assert [row.select_one("td a").get_text() for row in rows] == ["AAN-001", "AAN-002"]
    assert TITLE in rows[1].get_text()

    # The export.
    entries = {
        entry["id"]: entry for entry in json.loads((site / "data" / "entries.json").read_text())["entries"]
    }
    assert entries["AAN-002"]["fields"]["title"] == TITLE
    assert {"field": "related", "id": MEETING} in entries["AAN-002"]["links_to"]
    assert entries["AAN-002"]["fields"]["status"] == "overgenomen"
    assert {"field": "related", "id": "AAN-002"} in entries[MEETING]["linked_from"]
    assert PLACEHOLDER_MARK not in json.dumps(entries["AAN-002"])
    csv_text = (site / "data" / f"{RECOMMENDATION.folder}.csv").read_text(encoding="utf-8")
    assert "AAN-002" in csv_text

    # The handout of the meeting it is linked to.
    handout = soup(f"handouts/{MEETING.lower()}").select_one("article")
    assert TITLE in handout.get_text()
    assert handout.select_one('a[href="../../aanbevelingen/aan-002/"]') is not None

    # Search: Pagefind's index, queried in the browser as a reader does.
    with serving(site) as url:
        page.goto(url)
        first = search(page, "AAN-002")[0]
        assert (first.path, first.kind, first.title) == (
            "/aanbevelingen/aan-002/",
            RECOMMENDATION.label,
            TITLE,
        )
        hits = [hit.path for hit in search(page, "zeefdrukaanbeveling")]
        assert "/aanbevelingen/aan-002/" in hits
        assert not any(path.startswith("/handouts/") for path in hits), "handouts repeat entries: not indexed"
