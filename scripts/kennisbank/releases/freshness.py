"""When an entry is due for review."""

from __future__ import annotations

from datetime import date

from dateutil.relativedelta import relativedelta

from kennisbank.content.corpus import LoadedEntry


def review_due(entry: LoadedEntry) -> date:
    return entry.data.reviewed + relativedelta(months=entry.entry_type.review_months)
