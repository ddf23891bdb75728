"""What the metadata card of an entry page shows, derived from the entry's model fields."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from kennisbank.content.corpus import Corpus, LoadedEntry
from kennisbank.dutch import dutch_date
from kennisbank.model import Entry
from kennisbank.model.fields import FieldKind, Shown, listed_fields, shown

# Fields every entry has that the page shows elsewhere (title, lead, sources, related, tags).
_SHOWN_ELSEWHERE = frozenset(
    {
        "id",
        "title",
        "summary",
        "sources",
        "related",
        "tags",
        "reviewed",
        "retired",
        "retired_reason",
        "replaced_by",
        # A recommendation's document and where was searched stand in its section "Stand en opvolging".
        "document",
        "searched",
    }
)


@dataclass(frozen=True)
class Value:
    text: str
    href: str | None = None  # link to another entry (relative to the page) or an external URL
    slug: str | None = None  # the value as written in front matter, for filters and styling


@dataclass(frozen=True)
class Fact:
    field: str
    title: str
    values: list[Value]


@dataclass(frozen=True)
class Card:
    type_label: str
    id: str
    title: str
    summary: str
    facts: list[Fact]
    reviewed: str
    reviewed_iso: str
    last_changed: str | None  # from git; None where history does not tell
    last_changed_iso: str | None
    notice: str | None
    retirement: Retirement | None


@dataclass(frozen=True)
class Retirement:
    on: str
    reason: str
    replaced_by: Value | None


# Turns the src_uri of an entry into a URL relative to the page being rendered.
UrlFor = Callable[[str], str]


def build_card(entry: LoadedEntry, corpus: Corpus, url_for: UrlFor, last_changed: date | None) -> Card:
    data = entry.data
    return Card(
        type_label=entry.entry_type.label,
        id=data.id,
        title=data.title,
        summary=data.summary,
        facts=_facts(data, corpus, url_for),
        reviewed=dutch_date(data.reviewed),
        reviewed_iso=data.reviewed.isoformat(),
        last_changed=dutch_date(last_changed) if last_changed else None,
        last_changed_iso=last_changed.isoformat() if last_changed else None,
        notice=entry.entry_type.notice,
        retirement=_retirement(entry, corpus, url_for),
    )


def _retirement(entry: LoadedEntry, corpus: Corpus, url_for: UrlFor) -> Retirement | None:
    data = entry.data
    if data.retired is None or data.retired_reason is None:
        return None
    successor = (
        _value(shown(data.replaced_by, FieldKind.REFERENCE), corpus, url_for) if data.replaced_by else None
    )
    return Retirement(dutch_date(data.retired), data.retired_reason, successor)


def _facts(data: Entry, corpus: Corpus, url_for: UrlFor) -> list[Fact]:
    return [
        Fact(
            field.name,
            field.title,
            [_value(value, corpus, url_for) for value in field.values],
        )
        for field in listed_fields(data)
        if field.values and field.name not in _SHOWN_ELSEWHERE
    ]


def _value(value: Shown, corpus: Corpus, url_for: UrlFor) -> Value:
    """A value as the layer shows it; another entry by its title, linked."""
    if value.entry is not None:
        target = corpus.by_id[value.entry]
        return Value(target.data.title, href=url_for(target.src_uri))
    return Value(value.text, href=value.href, slug=value.slug)
