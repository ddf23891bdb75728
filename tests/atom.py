"""What RFC 4287 requires of an Atom feed, as a list of what a feed breaks (section numbers in brackets).

feedparser reads far more than valid Atom; these are the rules it does not hold a feed to.
"""

from __future__ import annotations

import re
from collections import Counter

from lxml import etree

ATOM = "{http://www.w3.org/2005/Atom}"
# RFC 3339 date-time, as 3.3 requires of every date construct: an upper-case T and Z, a zone always.
DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
# An IRI with a scheme (4.2.6: atom:id is an absolute IRI).
ABSOLUTE_IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$")


def atom_problems(document: bytes) -> list[str]:
    root = etree.fromstring(document)
    if root.tag != f"{ATOM}feed":
        return [f"the root is {root.tag}, not atom:feed (4.1.1)"]
    problems = _element_problems(root, "feed")
    entries = root.findall(f"{ATOM}entry")
    if not root.findall(f"{ATOM}author") and any(not entry.findall(f"{ATOM}author") for entry in entries):
        problems.append("no atom:author on the feed nor on every entry (4.1.1)")
    for number, entry in enumerate(entries, 1):
        problems += _element_problems(entry, f"entry {number}")
        links = [link for link in entry.findall(f"{ATOM}link") if link.get("rel", "alternate") == "alternate"]
        if not links and entry.find(f"{ATOM}content") is None:
            problems.append(f"entry {number}: no alternate link and no content (4.1.2)")
    ids = Counter(entry.findtext(f"{ATOM}id") for entry in entries)
    problems += [
        f"entry id {entry_id} used {count} times (4.2.6)" for entry_id, count in ids.items() if count > 1
    ]
    return problems


def _element_problems(element: etree._Element, name: str) -> list[str]:
    problems = []
    for child in ("id", "title", "updated"):
        found = element.findall(f"{ATOM}{child}")
        if len(found) != 1:
            problems.append(f"{name}: {len(found)} atom:{child} elements, not exactly one (4.1.1, 4.1.2)")
    identifier = element.findtext(f"{ATOM}id") or ""
    if not ABSOLUTE_IRI.match(identifier):
        problems.append(f"{name}: atom:id {identifier!r} is no absolute IRI (4.2.6)")
    for date in element.findall(f"{ATOM}updated") + element.findall(f"{ATOM}published"):
        if not DATE_TIME.match(date.text or ""):
            problems.append(f"{name}: {date.text!r} is no RFC 3339 date-time (3.3)")
    for author in element.findall(f"{ATOM}author"):
        if not (author.findtext(f"{ATOM}name") or "").strip():
            problems.append(f"{name}: an atom:author without a name (3.2.1)")
    alternates = Counter(
        (link.get("type"), link.get("hreflang"))
        for link in element.findall(f"{ATOM}link")
        if link.get("rel", "alternate") == "alternate"
    )
    if any(count > 1 for count in alternates.values()):
        problems.append(f"{name}: two alternate links of the same type and language (4.1.1, 4.1.2)")
    if any(not link.get("href") for link in element.findall(f"{ATOM}link")):
        problems.append(f"{name}: an atom:link without href (4.2.7.1)")
    return problems
