"""Under `mkdocs serve`, an edit is noticed within 0.1 s instead of 0.5 s, and rebuilt at once."""

from __future__ import annotations

from mkdocs.livereload import LiveReloadServer
from watchdog.observers.polling import PollingObserver

# A look at docs/ takes 0.9 ms for the real site and 11 ms at 2000 entries: 0.9 to 11 % of a core.
POLL_SECONDS = 0.1
# MkDocs waits 0.1 s after a change for more changes before it rebuilds. A polling observer reports what
# changed in one look all at once, and looks again only POLL_SECONDS later: that wait never sees more.
BUILD_DELAY_SECONDS = 0.01


def poll_sooner(server: LiveReloadServer, seconds: float = POLL_SECONDS) -> None:
    """Move the server's watches to an observer that looks for changed files every `seconds`, and let the
    server rebuild as soon as it is told of a change.

    MkDocs' own looks every 0.5 s: on average a quarter of a second of each edit's wait before the
    rebuild even starts (issue 9: an edit shows within 2 s; issue 18: within 1 s). Called before the
    server starts; what is watched after this (mkdocs.yml's `watch`) is watched as often.
    """
    watched = [emitter.watch.raw_path for emitter in server.observer.emitters]
    for path in watched:
        server.unwatch(path)
    server.observer = PollingObserver(timeout=seconds)
    for path in watched:
        server.watch(path)
    server.build_delay = BUILD_DELAY_SECONDS
