"""The allow-list check is skipped only for HTML it found clean in the previous build of the same code."""

from __future__ import annotations

from pathlib import Path

import pytest

from kennisbank import allowlist
from kennisbank.cache import Cache
from kennisbank.plugin.clean_pages import CleanPages

CLEAN = "<p>Een gewone alinea.</p>"
REFUSED = '<p onclick="x()">Een alinea met een script.</p>'


def started(cache: Cache) -> CleanPages:
    pages = CleanPages()
    pages.start(cache)
    return pages


def test_refused_html_is_refused_in_every_build_and_clean_html_is_checked_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = started(Cache(tmp_path, "code"))
    assert first.refusals(CLEAN) == [] and first.refusals(REFUSED)
    first.keep()

    checked: list[str] = []
    check = allowlist.html_refusals
    monkeypatch.setattr(allowlist, "html_refusals", lambda html: checked.append(html) or check(html))
    second = started(Cache(tmp_path, "code"))
    assert second.refusals(CLEAN) == [] and second.refusals(REFUSED)
    assert checked == [REFUSED]


def test_other_code_checks_every_page_anew(tmp_path: Path) -> None:
    first = started(Cache(tmp_path, "code"))
    first.refusals(CLEAN)
    first.keep()
    assert started(Cache(tmp_path, "code")).kept.before
    assert started(Cache(tmp_path, "other code")).kept.before == {}
