"""A date as precise as its source: a day (2023-12-13), a month (2023-12) or a year (2023).

Reports and web pages often show only a year or a month; the site never makes up the rest. Such a date
sorts and compares by its first day, and readers see it as written: "13 december 2023", "december 2023",
"2023".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Annotated

from pydantic import AfterValidator, BeforeValidator, Field

from kennisbank.dutch import dutch_date, month_name
from kennisbank.model.forms import TextForm

PARTIAL_DATE_PATTERN = r"^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-\d{2})?)?$"
PARTIAL_DATE_FORM = TextForm(PARTIAL_DATE_PATTERN, "2023-12-13, 2023-12 of 2023 (zo precies als de bron)")
# ASCII digits, as the pattern means them in JSON Schema; the month and the day are checked below, with a
# message that says which one does not exist.
_PARTS = re.compile(r"^(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?$", re.ASCII)


@dataclass(frozen=True)
class PartialDate:
    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        found = _PARTS.match(text)
        if found is None:
            raise ValueError(f"'{text[:20]}' is geen datum; schrijf {PARTIAL_DATE_FORM.words}")
        year, month, day = (int(part) if part else None for part in found.group("year", "month", "day"))
        assert year is not None  # the pattern requires it
        if day is not None and month is not None:
            try:
                date(year, month, day)
            except ValueError:
                message = f"'{text}' is geen bestaande datum; schrijf {PARTIAL_DATE_FORM.words}"
                raise ValueError(message) from None
        elif month is not None and not 1 <= month <= 12:
            raise ValueError(f"'{text}' heeft geen bestaande maand; schrijf {PARTIAL_DATE_FORM.words}")
        return cls(year, month, day)

    @property
    def start(self) -> date:
        """The first day it can mean: what it sorts and compares by."""
        return date(self.year, self.month or 1, self.day or 1)

    @property
    def label(self) -> str:
        if self.day is not None:
            return dutch_date(self.start)
        if self.month is not None:
            return f"{month_name(self.month)} {self.year}"
        return str(self.year)


def _as_text(value: object) -> object:
    """YAML reads 2023-12-13 as a date and 2023 as a number; both become the text they were written as."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return value


def _checked(text: str) -> str:
    PartialDate.parse(text)
    return text


PartialDateText = Annotated[
    str,
    BeforeValidator(_as_text),
    AfterValidator(_checked),
    # The pattern in the JSON Schema only: _checked says what is wrong, down to a day that does not exist.
    Field(json_schema_extra=PARTIAL_DATE_FORM.schema()),
]
