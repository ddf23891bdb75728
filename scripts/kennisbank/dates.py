"""Dates as Dutch readers write them: "1 juli 2024"."""

from __future__ import annotations

from datetime import date

from babel.dates import format_date


def dutch_date(value: date) -> str:
    return format_date(value, "d MMMM y", locale="nl")
