"""The allow-list check of each page's HTML, skipped for HTML it found clean in the previous build.

What was clean is kept in `.cache/` by a digest of the HTML, under a digest of the rules (the sources of
the allow-list and of the text patterns it uses, and the versions of nh3 and lxml): a changed rule checks
every page anew, and HTML with a refusal is checked, and refused, in every build.
"""

from __future__ import annotations

import hashlib
from importlib.metadata import version
from pathlib import Path

from kennisbank import allowlist, build_cache
from kennisbank.text import prose

CACHE_NAME = "clean-pages"
_RULES = build_cache.digest(build_cache.sources_digest(allowlist, prose), version("nh3"), version("lxml"))


class CleanPages:
    def __init__(self, cache_dir: Path) -> None:
        self.cache_dir = cache_dir
        kept = build_cache.load(cache_dir, CACHE_NAME)
        valid = kept is not None and kept[0] == _RULES and isinstance(kept[1], list)
        self.before: set[str] = set(kept[1]) if kept is not None and valid else set()
        self.now: set[str] = set()

    def refusals(self, html: str) -> list[str]:
        key = hashlib.sha256(html.encode("utf-8")).hexdigest()
        if key in self.before:
            self.now.add(key)
            return []
        found = allowlist.html_refusals(html)
        if not found:
            self.now.add(key)
        return found

    def keep(self) -> None:
        """Keep what this build found clean, for the next one."""
        if self.now != self.before:
            build_cache.save(self.cache_dir, CACHE_NAME, _RULES, sorted(self.now))
