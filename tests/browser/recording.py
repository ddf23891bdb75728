"""What a page did during a browser test, as recorded by the `page_record` fixture."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlsplit

LOCAL_HOST = "127.0.0.1"
# URLs that name no host and never touch the network.
HOSTLESS_SCHEMES = ("data", "blob")


@dataclass
class PageRecord:
    """What one page (and the workers it starts) did: requests, console errors, uncaught errors."""

    requests: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    workers: list[str] = field(default_factory=list)

    def foreign_hosts(self) -> set[str]:
        """Every requested host other than 127.0.0.1 (a URL without a host counts as itself)."""
        hosts: set[str] = set()
        for url in self.requests:
            parts = urlsplit(url)
            if parts.scheme in HOSTLESS_SCHEMES:
                continue
            host = parts.hostname or url
            if host != LOCAL_HOST:
                hosts.add(host)
        return hosts

    def requested(self, path: str) -> list[str]:
        """The requested URLs whose path ends with `path`."""
        return [url for url in self.requests if urlsplit(url).path.endswith(path)]
