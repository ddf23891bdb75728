"""The periods of a series of figures: what they look like, how they sort and how readers write them.

A period is a year (`2023`), a half year (`2023-H1`), a quarter (`2023-K2`) or a month (`2023-06`). All
points of one series use the same kind of period, so a chart never mixes a year with a half year of it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kennisbank.dutch import month_name
from kennisbank.model.forms import TextForm

# The one pattern of a period: the JSON Schema publishes it and `Period.parse` checks it. Its digits are
# ASCII digits, as in JSON Schema (Python's \d would also take other scripts' digits).
PERIOD_PATTERN = r"^\d{4}(?:-(?:H[12]|K[1-4]|0[1-9]|1[0-2]))?$"
PERIOD_FORM = TextForm(
    PERIOD_PATTERN, "2023, 2023-H1, 2023-K2 of 2023-06 (een jaar, halfjaar, kwartaal of maand)"
)
_PERIOD = re.compile(PERIOD_PATTERN, re.ASCII)


@dataclass(frozen=True)
class PeriodKind:
    name: str  # as in messages: "jaar", "halfjaar", ...
    parts_per_year: int


YEAR = PeriodKind("jaar", 1)
HALF = PeriodKind("halfjaar", 2)
QUARTER = PeriodKind("kwartaal", 4)
MONTH = PeriodKind("maand", 12)


@dataclass(frozen=True)
class Period:
    """A parsed period: its kind, year and the number of its part within the year (1 for a year)."""

    kind: PeriodKind
    year: int
    part: int

    @classmethod
    def parse(cls, text: str) -> Period:
        if _PERIOD.fullmatch(text) is None:
            raise ValueError(f"'{text[:20]}' is geen periode; schrijf {PERIOD_FORM.words}")
        year, _, part = text.partition("-")  # the pattern says what the part after the year is
        if part[:1] == "H":
            return cls(HALF, int(year), int(part[1:]))
        if part[:1] == "K":
            return cls(QUARTER, int(year), int(part[1:]))
        if part:
            return cls(MONTH, int(year), int(part))
        return cls(YEAR, int(year), 1)

    @property
    def start(self) -> float:
        """The start of the period in years, so periods of any kind sort and space on one time axis."""
        return self.year + (self.part - 1) / self.kind.parts_per_year

    @property
    def middle(self) -> float:
        return self.start + 0.5 / self.kind.parts_per_year

    @property
    def label(self) -> str:
        """The period as a Dutch reader writes it: "2023", "1e halfjaar 2023", "juni 2023"."""
        if self.kind is HALF:
            return f"{self.part}e halfjaar {self.year}"
        if self.kind is QUARTER:
            return f"{self.part}e kwartaal {self.year}"
        if self.kind is MONTH:
            return f"{month_name(self.part)} {self.year}"
        return str(self.year)

    @property
    def short_label(self) -> str:
        """For a chart's axis: "2023", "2023-H1"."""
        if self.kind is YEAR:
            return str(self.year)
        if self.kind is MONTH:
            return f"{self.year}-{self.part:02d}"
        return f"{self.year}-{'H' if self.kind is HALF else 'K'}{self.part}"
