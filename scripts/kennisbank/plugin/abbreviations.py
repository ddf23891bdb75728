"""Abbreviations defined by entries, explained on hover on every page (Markdown's abbr extension)."""

from __future__ import annotations


def abbreviation_definitions(abbreviations: dict[str, str]) -> str:
    """Definitions to append to a page's Markdown; the abbr extension applies them to the whole page."""
    lines = [f"*[{abbreviation}]: {meaning}" for abbreviation, meaning in sorted(abbreviations.items())]
    return "\n\n" + "\n".join(lines) + "\n" if lines else ""
