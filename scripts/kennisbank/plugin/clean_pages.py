"""The allow-list check of each page's HTML, skipped for HTML it found clean in the previous build.

What was clean is kept in `.cache/clean-pages.json` by a digest of the HTML (cache.py: under the digest of
the code, the allow-list's rules and the versions of nh3 and lxml among it): changed rules check every
page anew, and HTML with a refusal is checked, and refused, in every build.
"""

from __future__ import annotations

import hashlib

from kennisbank import allowlist
from kennisbank.cache import Cache, Kept

CACHE_NAME = "clean-pages"


class CleanPages:
    def __init__(self) -> None:
        self.kept = Kept(CACHE_NAME)

    def start(self, cache: Cache) -> None:
        self.kept.start(cache)

    def refusals(self, html: str) -> list[str]:
        key = hashlib.sha256(html.encode("utf-8")).hexdigest()
        if self.kept.get(key):
            return []
        found = allowlist.html_refusals(html)
        if not found:
            self.kept.put(key, True)
        return found

    def keep(self) -> None:
        """Keep what this build found clean, for the next one."""
        self.kept.keep()
