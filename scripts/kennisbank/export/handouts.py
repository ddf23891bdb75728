"""A printable handout per expert meeting: its aim, the recommendations linked to it, what those refer to.

A recommendation belongs to a meeting when either names the other (`related`, both directions, as
`Corpus.related` gives them). The handout is an ordinary page of the site; the print stylesheet makes it
a clean A4 page and `make pdf` turns it into a PDF.
"""

from __future__ import annotations

import json
import posixpath
import re
from datetime import date

from kennisbank.charts.figure import series_figure
from kennisbank.content.corpus import Corpus, LoadedEntry
from kennisbank.content.entry_links import entry_link
from kennisbank.dutch import dutch_date
from kennisbank.model import ENTRY_TYPES, Entry
from kennisbank.model.entries import Aanbeveling, Interventie, Reeks, file_name
from kennisbank.model.fields import Shown, listed_fields
from kennisbank.text.blocks import heading
from kennisbank.text.code import in_fenced_code

MEETING = next(entry_type for entry_type in ENTRY_TYPES if entry_type.name == "expertmeeting")
RECOMMENDATION = next(entry_type for entry_type in ENTRY_TYPES if entry_type.name == "aanbeveling")
# The section of a meeting's text that states its aim; the scaffold writes it into every new meeting.
AIM_SECTION = "Doel"

# An inline link or image target: `](target)` or `](target "title")`.
_LINK_TARGET = re.compile(r"\]\((?P<target>[^)\s]+)(?P<title>\s+\"[^\"]*\")?\)")
_EXTERNAL = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|/)", re.IGNORECASE)


def handout_uri(folder: str, meeting: LoadedEntry) -> str:
    return f"{folder}/{file_name(meeting.id)}"


def handouts_index(folder: str, corpus: Corpus) -> str:
    meetings = corpus.of_type(MEETING)
    items = "\n".join(
        f"- [{meeting.id} · {meeting.data.title}]({posixpath.basename(handout_uri(folder, meeting))})"
        for meeting in meetings
    )
    return (
        "---\ntitle: Handouts\n---\n\n# Handouts\n\n"
        "Per expertmeeting één printbare pagina: het doel van de bijeenkomst, de aanbevelingen die eraan "
        "gekoppeld zijn, en de entries waar die aanbevelingen naar verwijzen. Print een handout vanuit de "
        "browser (A4); `make pdf` maakt er PDF's van.\n\n"
        + (items or "Er zijn nog geen expertmeetings.")
        + "\n"
    )


def handout_page(meeting: LoadedEntry, corpus: Corpus, here: str, version: str, today: date) -> str:
    """The Markdown of the handout of one meeting, written to live at `here` (a path below docs/)."""
    data = meeting.data
    recommendations = [other for other in corpus.related(meeting.id) if other.entry_type == RECOMMENDATION]
    listed = {meeting.id, *(recommendation.id for recommendation in recommendations)}
    referred: dict[str, LoadedEntry] = {}
    for recommendation in recommendations:
        for other in corpus.related(recommendation.id):
            if other.id not in listed:
                referred.setdefault(other.id, other)
    title = f"Handout {meeting.id}: {data.title}"
    parts = [
        f"---\ntitle: {json.dumps(f'Handout {meeting.id}', ensure_ascii=False)}\n---\n",
        f"# {title}\n",
        f"Kennisbank e-protection, versie {version}. Entry: {entry_link(meeting, here)}.\n"
        "{: .kb-handout__source }\n",
        "\n".join(f"- {fact}" for fact in _facts(meeting, corpus, here)) + "\n",
        f"## {AIM_SECTION}\n",
        f"{data.summary}\n",
    ]
    aim = section_text(meeting.file.body, AIM_SECTION)
    if aim:
        parts.append(rebase_links(aim, meeting.src_uri, here) + "\n")
    parts.append(f"## {RECOMMENDATION.plural} ({len(recommendations)})\n")
    if not recommendations:
        parts.append(f"In de kennisbank is (nog) geen aanbeveling aan {meeting.id} gekoppeld.\n")
    parts.extend(_recommendation(recommendation, meeting, corpus, here) for recommendation in recommendations)
    if referred:
        parts.append("## Waar de aanbevelingen naar verwijzen\n")
        parts.append(
            "\n".join(
                f"- {entry_link(other, here)} ({other.entry_type.label.lower()}{_retired(other.data)}): "
                f"{other.data.summary}{_profile(other.data)}"
                for other in sorted(referred.values(), key=lambda entry: entry.id)
            )
            + "\n"
        )
    figures = _series_shown(recommendations + list(referred.values()), corpus)
    if figures:
        parts.append("## Cijfers\n")
        parts.extend(
            f"### {entry_link(series, here)}\n\n{series_figure(series, today)}" for series in figures
        )
    return "\n".join(parts)


def _series_shown(entries: list[LoadedEntry], corpus: Corpus) -> list[LoadedEntry]:
    """The series the handout's entries embed, and the series among them, each once, in order of ID."""
    ids = {series_id for entry in entries for series_id in entry.data.series}
    ids |= {entry.id for entry in entries if isinstance(entry.data, Reeks)}
    return [corpus.by_id[series_id] for series_id in sorted(ids) if series_id in corpus.by_id]


def section_text(body: str, title: str) -> str:
    """The text under the level-2 heading `title` (in plain words), up to the next heading of level 1
    or 2; headings in fenced code are text."""
    collected: list[str] | None = None
    for line, in_code in in_fenced_code(body.split("\n")):
        found = None if in_code else heading(line)
        if found is not None and found.level <= 2:
            if collected is not None:
                break
            if found.level == 2 and found.words == title:
                collected = []
            continue
        if collected is not None:
            collected.append(line)
    return "\n".join(collected or []).strip()


def rebase_links(markdown: str, source_uri: str, here: str) -> str:
    """Relative link targets written for `source_uri`, rewritten to work from `here`."""
    source_dir, here_dir = posixpath.dirname(source_uri), posixpath.dirname(here)

    def rebased(match: re.Match[str]) -> str:
        target = match.group("target")
        if _EXTERNAL.match(target):
            return match.group(0)
        path, _, fragment = target.partition("#")
        resolved = posixpath.normpath(posixpath.join(source_dir, path or posixpath.basename(source_uri)))
        new = posixpath.relpath(resolved, here_dir or ".") + (f"#{fragment}" if fragment else "")
        return f"]({new}{match.group('title') or ''})"

    return _LINK_TARGET.sub(rebased, markdown)


def _facts(entry: LoadedEntry, corpus: Corpus, here: str) -> list[str]:
    """The type's own fields, as the card shows them: a title, then labels, dates or linked entries."""
    facts = []
    for field in listed_fields(entry.data):
        if field.field.common:
            continue
        shown = [_shown(value, corpus, here) for value in field.values]
        if not shown and isinstance(entry.data, Aanbeveling):
            continue  # an empty field of a recommendation does not apply (no search where steps were found)
        facts.append(f"**{field.title}:** " + (", ".join(shown) or "niet bekend uit de bronnen"))
    return facts


def _shown(value: Shown, corpus: Corpus, here: str) -> str:
    """A value as the layer shows it, in Markdown: another entry linked by its title, a source cited."""
    if value.entry is not None and value.entry in corpus.by_id:
        return entry_link(corpus.by_id[value.entry], here, with_id=False)
    if value.citation is not None:
        return f"[@{value.citation}]"
    return value.text


def _recommendation(recommendation: LoadedEntry, meeting: LoadedEntry, corpus: Corpus, here: str) -> str:
    others = [other for other in corpus.related(recommendation.id) if other.id != meeting.id]
    facts = _facts(recommendation, corpus, here)
    data = recommendation.data
    if isinstance(data, Aanbeveling) and data.timeline:
        step = data.timeline[-1]
        facts.append(
            f"**Laatste stap ({dutch_date(step.date)}):** {step.step.label}. {step.text} [@{step.source}]"
        )
    if others:
        facts.append(
            "**Verwijst naar:** " + ", ".join(entry_link(other, here, short=True) for other in others)
        )
    items = "\n".join(f"- {fact}" for fact in facts)
    return (
        f"### {entry_link(recommendation, here)}{_retired(recommendation.data)}\n\n"
        f"{recommendation.data.summary}\n\n{items}\n"
    )


def _profile(data: Entry) -> str:
    """An intervention's evidence profile in words, after its summary: what a meeting weighs first."""
    return f" *Wat werkt:* {data.evidence.in_words}" if isinstance(data, Interventie) else ""


def _retired(data: Entry) -> str:
    return " (ingetrokken)" if getattr(data, "retired", None) else ""
