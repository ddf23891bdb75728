"""A value quoted in a message to contributors: at most a line's worth, so no input makes the output large."""

from __future__ import annotations

# A message quotes at most this much of a value.
EXCERPT_LENGTH = 60


def excerpt(value: object) -> str:
    text = str(value)
    return text if len(text) <= EXCERPT_LENGTH else text[: EXCERPT_LENGTH - 1] + "…"
