"""The allow-list check is skipped only for HTML it found clean in the previous build."""

from __future__ import annotations

from pathlib import Path

import pytest

from kennisbank import allowlist
from kennisbank.plugin import clean_pages
from kennisbank.plugin.clean_pages import CleanPages

CLEAN = "<p>Een gewone alinea.</p>"
REFUSED = '<p onclick="x()">Een alinea met een script.</p>'


def test_refused_html_is_refused_in_every_build_and_clean_html_is_checked_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = CleanPages(tmp_path)
    assert first.refusals(CLEAN) == [] and first.refusals(REFUSED)
    first.keep()

    checked: list[str] = []
    check = allowlist.html_refusals
    monkeypatch.setattr(allowlist, "html_refusals", lambda html: checked.append(html) or check(html))
    second = CleanPages(tmp_path)
    assert second.refusals(CLEAN) == [] and second.refusals(REFUSED)
    assert checked == [REFUSED]


def test_other_rules_check_every_page_anew(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = CleanPages(tmp_path)
    first.refusals(CLEAN)
    first.keep()
    monkeypatch.setattr(clean_pages, "_RULES", "andere regels")
    assert CleanPages(tmp_path).before == set()
