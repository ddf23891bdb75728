"""Check the links of a built site: every internal link reaches a file and every `#anchor` an id in it.

The site is read as the browser would: each href or src is resolved against the URL of its page, a
directory URL means its index.html, and the fragment must be the id (or the `name` of an `<a>`) of an
element in the target page. External links are collected for a report; nothing is fetched. Only the
standard library's HTML parser is used, so the check runs wherever the build runs.
"""

from __future__ import annotations

import posixpath
from collections import defaultdict
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

from kennisbank.problems import Problem

# Attributes whose value is a URL the page links to or loads.
_URL_ATTRIBUTES = {"href", "src", "srcset", "poster", "data"}
_EXTERNAL_SCHEMES = {"http", "https"}
# Schemes that name no file of the site and nothing on the web to list.
_OTHER_SCHEMES = {"mailto", "tel", "data", "javascript", "blob", "about"}


@dataclass(frozen=True)
class Link:
    page: str  # the page's path below the site folder, with forward slashes
    line: int
    url: str


@dataclass
class ParsedPage:
    ids: set[str] = field(default_factory=set)
    links: list[Link] = field(default_factory=list)


class _PageParser(HTMLParser):
    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.page = page
        self.parsed = ParsedPage()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        line = self.getpos()[0]
        for name, value in attrs:
            if value is None:
                continue
            if name == "id" or (name == "name" and tag == "a"):
                self.parsed.ids.add(value)
            elif name in _URL_ATTRIBUTES and not (tag == "link" and name == "href" and _is_meta(attrs)):
                urls = (
                    [part.split()[0] for part in value.split(",") if part.split()]
                    if name == "srcset"
                    else [value]
                )
                self.parsed.links.extend(Link(self.page, line, url.strip()) for url in urls)

    handle_startendtag = handle_starttag


def _is_meta(attrs: list[tuple[str, str | None]]) -> bool:
    """`<link rel="canonical">` and the like name the page itself, not a file it needs."""
    rel = next((value or "" for name, value in attrs if name == "rel"), "")
    return bool({"canonical", "alternate"} & set(rel.lower().split()))


@dataclass
class LinkReport:
    """What the check found: broken internal links, and every external URL with the pages that use it."""

    problems: list[Problem] = field(default_factory=list)
    external: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    # Relative links that climb out of the site folder: with mike, the other versions of the site
    # (the "newest version" link of an old release). This build cannot tell whether they exist.
    outside: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    pages: int = 0
    internal: int = 0


class SiteLinks:
    def __init__(self, site: Path, shown_as: str | None = None, site_url: str | None = None) -> None:
        self.site = site
        self.shown_as = shown_as if shown_as is not None else site.as_posix()
        self.site_url = site_url.rstrip("/") + "/" if site_url else None
        self._parsed: dict[str, ParsedPage] = {}

    def check(self) -> LinkReport:
        report = LinkReport()
        pages = sorted(path.relative_to(self.site).as_posix() for path in self.site.rglob("*.html"))
        report.pages = len(pages)
        for page in pages:
            for link in self._page(page).links:
                problem = self._check_link(link, report)
                if problem is not None:
                    report.problems.append(problem)
        return report

    def _page(self, page: str) -> ParsedPage:
        if page not in self._parsed:
            parser = _PageParser(page)
            parser.feed((self.site / page).read_text(encoding="utf-8", errors="replace"))
            parser.close()
            self._parsed[page] = parser.parsed
        return self._parsed[page]

    def _check_link(self, link: Link, report: LinkReport) -> Problem | None:
        url = link.url
        if self.site_url and url.startswith(self.site_url):
            url = "/" + url[len(self.site_url) :]
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        if scheme in _EXTERNAL_SCHEMES or (not scheme and parts.netloc):
            report.external[link.url].add(link.page)
            return None
        if scheme:
            if scheme in _OTHER_SCHEMES:
                return None
            return self._problem(link, f"link '{link.url}' heeft een onbekend schema '{scheme}:'")
        report.internal += 1
        target = self._target(link.page, unquote(parts.path))
        if target is None:
            report.outside[link.url].add(link.page)
            return None
        file = self.site / target
        if file.is_dir() or parts.path.endswith("/"):
            target = posixpath.join(target, "index.html") if target != "." else "index.html"
            file = self.site / target
        if not file.is_file():
            return self._problem(link, f"link '{link.url}': {target} bestaat niet in de gebouwde site")
        fragment = unquote(parts.fragment)
        if fragment and target.endswith(".html") and fragment not in self._page(target).ids:
            return self._problem(link, f"link '{link.url}': anker '#{fragment}' bestaat niet in {target}")
        return None

    @staticmethod
    def _target(page: str, path: str) -> str | None:
        """The path below the site folder that `path`, written on `page`, points to; None outside it."""
        if not path:
            return page
        joined = path.lstrip("/") if path.startswith("/") else posixpath.join(posixpath.dirname(page), path)
        target = posixpath.normpath(joined) if joined else "."
        return None if target == ".." or target.startswith("../") else target

    def _problem(self, link: Link, message: str) -> Problem:
        return Problem(f"{self.shown_as}/{link.page}", link.line, message)


def external_report(report: LinkReport) -> str:
    """The external links as a plain-text report: each URL once, with the pages that link to it."""
    lines = [
        f"# Externe links in de gebouwde site: {len(report.external)} adres(sen), niet opgevraagd.",
        "# Per adres de pagina's die ernaar linken; adressen zonder https zijn gemarkeerd.",
        "",
    ]
    for url in sorted(report.external):
        marker = "" if url.lower().startswith("https://") else "  [geen https]"
        lines.append(f"{url}{marker}")
        lines.extend(f"    {page}" for page in sorted(report.external[url]))
    if report.outside:
        lines.extend(["", "# Links buiten deze build (andere versies van de site), niet gecontroleerd:", ""])
        for url in sorted(report.outside):
            lines.append(f"{url}  [{len(report.outside[url])} pagina's]")
    return "\n".join(lines) + "\n"
