"""The Atom feed (RFC 4287) of the entries' changes, newest first: one item per entry per change, made
with feedgen from the same history as the entry pages.

Every value in it comes from the repository and the content, never from the clock: two builds of the same
commit write the same feed. An item's id is a name-based UUID of the entry and the commit, so it stays
the same when the site moves to another address.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime, time

from feedgen.feed import FeedGenerator

from kennisbank.content.corpus import Corpus, LoadedEntry
from kennisbank.releases.history import History, describe

# The file, at the root of the site: relative links in it resolve against its own address.
FEED_FILE = "wijzigingen.xml"
FEED_TYPE = "application/atom+xml"
FEED_TITLE = "Wijzigingen in de kennisbank"
# Items in the feed: readers poll it; what is older stays on the entries' pages and on Wijzigingen.
FEED_SIZE = 50


def atom_feed(
    history: History,
    corpus: Corpus,
    *,
    site_name: str,
    feed_url: str,
    changes_url: str,
    url_of: Callable[[LoadedEntry], str],
    size: int = FEED_SIZE,
) -> str:
    """The feed at `feed_url`; `url_of` gives an entry's address and `changes_url` that of the Wijzigingen
    page, each absolute where the site's address is known, else relative to the root of the site."""
    entries = corpus.by_path
    changes = history.newest(entries, size)
    feed = FeedGenerator()
    # An id is an absolute IRI: the feed's address where it is known, else a name-based UUID.
    feed.id(feed_url if "://" in feed_url else _urn(site_name, FEED_FILE))
    feed.title(f"{FEED_TITLE} – {site_name}")
    feed.subtitle("Toegevoegde, gewijzigde en ingetrokken entries, met de velden en delen van de tekst.")
    feed.author({"name": site_name})
    feed.language("nl")
    feed.link(href=feed_url, rel="self", type=FEED_TYPE)
    feed.link(href=changes_url, rel="alternate", type="text/html")
    newest = changes[0][1].when if changes else _content_date(corpus)
    feed.updated(newest)
    # feedgen puts the first entry added last; adding the oldest first writes them newest first.
    for path, revision in reversed(changes):
        entry = entries[path]
        item = feed.add_entry()
        item.id(_urn(site_name, f"{entry.id}@{revision.commit}"))
        item.title(f"{entry.id} · {entry.data.title} ({revision.kind.value})")
        item.link(href=url_of(entry), rel="alternate", type="text/html")
        item.updated(revision.when)
        item.summary(describe(revision, entry.entry_type.model))
        item.category(term=entry.entry_type.name, label=entry.entry_type.label)
    return str(feed.atom_str(pretty=True).decode("utf-8"))


def _urn(site_name: str, name: str) -> str:
    return uuid.uuid5(uuid.NAMESPACE_URL, f"{site_name}/{name}").urn


def _content_date(corpus: Corpus) -> datetime:
    """Without history: the day the content was last checked, the newest date the content itself holds."""
    days = [entry.data.reviewed for entry in corpus.by_id.values()]
    return datetime.combine(max(days), time(), UTC) if days else datetime(1970, 1, 1, tzinfo=UTC)
