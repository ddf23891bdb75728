"""Links to entries: one builder, relative to the linking page, with titles that cannot break the link."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from kennisbank.content.entry_links import entry_link


def entry(title: str) -> Any:
    return SimpleNamespace(id="INT-001", src_uri="interventies/int-001.md", data=SimpleNamespace(title=title))


def test_the_three_forms_of_a_link_relative_to_the_page() -> None:
    plain = entry("Hulplijn")
    assert entry_link(plain, "aanbevelingen/aan-001.md") == "[INT-001 · Hulplijn](../interventies/int-001.md)"
    assert entry_link(plain, "matrix.md", with_id=False) == "[Hulplijn](interventies/int-001.md)"
    assert entry_link(plain, "matrix.md", short=True) == '[INT-001](interventies/int-001.md "Hulplijn")'
    assert entry_link(plain, "wijzigingen.md", title="Oude titel") == (
        "[INT-001 · Oude titel](interventies/int-001.md)"
    )


def test_brackets_and_quotes_in_a_title_cannot_end_the_link() -> None:
    odd = entry('De "Stop" [pilot]')
    assert entry_link(odd, "matrix.md") == '[INT-001 · De "Stop" \\[pilot\\]](interventies/int-001.md)'
    assert (
        entry_link(odd, "matrix.md", short=True)
        == '[INT-001](interventies/int-001.md "De \\"Stop\\" [pilot]")'
    )
