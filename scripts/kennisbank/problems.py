"""Problems found in the content, reported to contributors as `path:line: message`."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "fout"
    WARNING = "waarschuwing"


@dataclass(frozen=True)
class Problem:
    """One problem in one file; `line` is 1-based, or None when no line applies."""

    path: str
    line: int | None
    message: str
    severity: Severity = Severity.ERROR

    def __lt__(self, other: Problem) -> bool:
        """By file, then line (a problem without a line first), so problems read top to bottom."""
        return self._order() < other._order()

    def _order(self) -> tuple[str, int, str, str]:
        return (self.path, self.line or 0, self.message, self.severity.value)

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        prefix = "waarschuwing: " if self.severity is Severity.WARNING else ""
        return f"{where}: {prefix}{self.message}"


def errors(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity is Severity.ERROR]
