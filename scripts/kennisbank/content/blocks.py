"""The text values of front matter."""

from __future__ import annotations

from collections.abc import Iterator


def text_values(value: object) -> Iterator[str]:
    """Every string in a front matter value, however deeply it is nested in lists and mappings."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, list | tuple | set):
        for item in value:
            yield from text_values(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from text_values(item)
