"""How to cite an entry page: an APA 7 reference, the same as BibTeX, and citation_* meta tags."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from kennisbank.content.corpus import LoadedEntry
from kennisbank.dutch import dutch_date

# Characters that BibTeX reads as commands; titles are plain text, but may hold these.
_BIBTEX_SPECIALS = str.maketrans({char: "\\" + char for char in "&%$#_{}"})


@dataclass(frozen=True)
class PageCitation:
    apa_html: str
    bibtex: str
    meta: list[tuple[str, str]]  # (name, content) of the citation_* meta tags


def page_citation(entry: LoadedEntry, site_name: str, version: str, url: str | None) -> PageCitation:
    data, reviewed = entry.data, entry.data.reviewed
    day_month = dutch_date(reviewed).rsplit(" ", 1)[0]  # "22 november"
    where = f" {escape(url)}" if url else ""
    apa_html = (
        f"{escape(site_name)}. ({reviewed.year}, {day_month}). <em>{escape(data.title)}</em> "
        f"({escape(data.id)}; versie {escape(version)}).{where}"
    )
    fields = {
        "author": f"{{{site_name.translate(_BIBTEX_SPECIALS)}}}",
        "title": f"{{{data.title.translate(_BIBTEX_SPECIALS)}}}",
        "year": str(reviewed.year),
        "month": str(reviewed.month),
        "note": f"{data.id}, versie {version.translate(_BIBTEX_SPECIALS)}",
        "url": url,
    }
    body = ",\n".join(f"  {name:<6} = {{{value}}}" for name, value in fields.items() if value)
    meta = [
        ("citation_title", data.title),
        ("citation_author", site_name),
        ("citation_publication_date", reviewed.strftime("%Y/%m/%d")),
        ("citation_publisher", site_name),
        ("citation_technical_report_number", data.id),
        ("citation_language", "nl"),
    ]
    if url:
        meta.append(("citation_public_url", url))
    return PageCitation(apa_html, f"@misc{{kennisbank-{data.id.lower()},\n{body}\n}}", meta)
