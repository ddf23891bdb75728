"""Dates and numbers as Dutch readers write them: "1 juli 2024", "25.347", "12,5"."""

from __future__ import annotations

from datetime import date

from babel.dates import format_date
from babel.numbers import format_decimal


def dutch_date(value: date) -> str:
    return format_date(value, "d MMMM y", locale="nl")


def month_name(month: int) -> str:
    return format_date(date(2000, month, 1), "MMMM", locale="nl")


def dutch_number(value: float) -> str:
    return format_decimal(value, locale="nl")
