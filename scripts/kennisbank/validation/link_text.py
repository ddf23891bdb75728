"""Links that lie: a link whose text is a web address or a host name leads to that host.

`[https://www.rijksoverheid.nl](https://elders.invalid/x)` and `[rijksoverheid.nl](…)` show the reader one
host and take them to another. The text counts as an address when all of it (emphasis left out) is one: it
begins with a scheme (`https://`) or with `www.`, or it is a host name (`rijksoverheid.nl`, also with a path)
whose last part is not a file extension (`rapport.pdf` names a file). Ordinary words are not checked. A
target at the shown host is fine, with or without `www.`, and so is one at a subdomain of the shown host
(`open.rijksoverheid.nl` for `rijksoverheid.nl`). Hosts are compared as a browser reads them: lower case,
international names in their ASCII form (a Cyrillic letter in the text is another host), `\\` as `/`, the
part before an `@` no host. A link within the site (a path, an anchor) leaves no host to compare: the
reader stays on the site. Markdown links (inline and by reference) and raw `<a href>` count; code does
not (`text.code.blank_code`).
"""

from __future__ import annotations

import contextlib
import html
import re
from urllib.parse import unquote, urlsplit

from kennisbank.allowlist import as_browsers_read
from kennisbank.content.frontmatter import EntryFile
from kennisbank.problems import Problem
from kennisbank.text.code import blank_code
from kennisbank.text.excerpt import excerpt
from kennisbank.text.links import shown_links
from kennisbank.text.raw_html import raw_anchors

# The text as an address: an optional scheme, the host, an optional port and path.
_ADDRESS = re.compile(
    r"(?:(?P<scheme>[a-z][a-z0-9+.-]*)://)?(?P<host>[^\s/\\?#:@]+)(?::\d*)?(?:[/\\?#]\S*)?", re.IGNORECASE
)
# A host name without a scheme: labels of letters, digits and hyphens, the last of two letters or more.
_HOST_NAME = re.compile(r"(?:[^\W_](?:[\w-]*[^\W_])?\.)+[^\W\d_]{2,}")
# How names of files end that could pass for a host name: they name a file, not a site.
_FILE_EXTENSIONS = frozenset(
    {
        *("pdf", "doc", "docx", "odt", "rtf", "txt", "md", "xls", "xlsx", "ods", "csv", "ppt", "pptx", "odp"),
        *("htm", "html", "xml", "json", "bib", "png", "jpg", "jpeg", "gif", "svg", "webp", "zip", "js"),
    }
)
_MARKUP = "*_~ \t\n"  # emphasis around the address, and space


def link_text_problems(page: EntryFile) -> list[Problem]:
    """A problem, with its line, for each link of the page whose text shows another host than it leads to."""
    body = blank_code(page.body)
    found = [(link.start, link.text, link.url) for link in shown_links(body)]
    found += [(anchor.offset, anchor.text, anchor.href) for anchor in raw_anchors(body)]
    problems: list[Problem] = []
    for offset, text, url in sorted(found):
        message = lie(text, url)
        if message:
            problems.append(Problem(page.path, page.body_line + body.count("\n", 0, offset), message))
    return problems


def lie(text: str, url: str) -> str | None:
    """Why a link showing `text` may not lead to `url`; None if the text is no address or names the host
    the link leads to."""
    shown = shown_host(text)
    target = target_host(url)
    if shown is None or target is None or _same_site(target, shown):
        return None
    # A letter of another script looks the same and is another host: its ASCII form shows the difference.
    written = shown if shown.isascii() else f"{shown} (als adres: {_comparable(shown)})"
    return (
        f"de linktekst toont het adres '{excerpt(written)}', maar de link gaat naar '{excerpt(target)}': "
        f"laat de tekst tonen waar de link heen gaat ('{excerpt(target)}'), beschrijf het doel in woorden, "
        f"of laat de link naar '{excerpt(shown)}' gaan"
    )


def shown_host(text: str) -> str | None:
    """The host that `text`, a link's text, shows; None if the text is no address."""
    text = html.unescape(text).strip(_MARKUP)
    if text.startswith("<") and text.endswith(">"):
        text = text[1:-1]
    found = _ADDRESS.fullmatch(text.rstrip(".,;:!?"))
    if found is None:
        return None
    host = found.group("host")
    if found.group("scheme"):
        return host
    if not _HOST_NAME.fullmatch(host.rstrip(".")):
        return None
    if host.lower().startswith("www.") or found.group(0) != host:
        return host  # `www.`, or a path after the host: an address, whatever it ends in
    return None if host.rstrip(".").rsplit(".", 1)[1].lower() in _FILE_EXTENSIONS else host


def target_host(url: str) -> str | None:
    """The host a link to `url` leads to, as a browser reads it; None for an address within the site or
    one that is not on the web (mailto:, tel:)."""
    address = as_browsers_read(html.unescape(url)).replace("\\", "/")
    try:
        parts = urlsplit(address)
        scheme = parts.scheme.lower()
        if scheme not in ("http", "https", "") or (not scheme and not address.startswith("//")):
            return None
        host = parts.hostname or ""
    except ValueError:  # "[" in the host: an IPv6 address that does not read as one
        host = address.split("//", 1)[-1].split("/", 1)[0]
    return unquote(host)


def _same_site(target: str, shown: str) -> bool:
    """Whether `target` is `shown` or a subdomain of it; `www.` in front does not count."""
    target, shown = _comparable(target), _comparable(shown)
    return bool(shown) and (target == shown or target.endswith("." + shown))


def _comparable(host: str) -> str:
    host = host.lower().rstrip(".")
    with contextlib.suppress(UnicodeError):  # a name a browser cannot look up is compared as written
        host = host.encode("idna").decode("ascii")
    return host.removeprefix("www.")
