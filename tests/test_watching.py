"""Under `mkdocs serve`, the file watcher looks for edits every 0.1 s rather than MkDocs' 0.5 s, and the
server rebuilds when told of one instead of waiting 0.1 s more."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from mkdocs.config import load_config
from mkdocs.livereload import LiveReloadServer

from kennisbank.plugin.watching import BUILD_DELAY_SECONDS, POLL_SECONDS


def served(root: Path) -> LiveReloadServer:
    """A server as `mkdocs serve` makes it, before it starts: nothing is bound or listening yet."""
    return LiveReloadServer(builder=lambda: None, host="127.0.0.1", port=0, root=str(root))


def test_the_kennisbank_plugin_moves_every_watch_to_a_quicker_observer(fixture_site: Path) -> None:
    config = load_config(str(fixture_site / "mkdocs.yml"))
    server = served(fixture_site / "site")
    server.watch(config.docs_dir)
    server.watch(str(config.config_file_path))
    mkdocs_observer = server.observer
    assert [emitter.timeout for emitter in mkdocs_observer.emitters] == [0.5, 0.5]
    assert server.build_delay == 0.1

    server = config.plugins.on_serve(server, config=config, builder=lambda: None)
    server.watch(str(fixture_site / "bibliography"))  # mkdocs.yml's `watch`, added after on_serve

    assert server.observer is not mkdocs_observer
    assert server.build_delay == BUILD_DELAY_SECONDS
    assert not mkdocs_observer.emitters
    watched = {emitter.watch.raw_path: emitter.timeout for emitter in server.observer.emitters}
    assert watched == {
        config.docs_dir: POLL_SECONDS,
        str(config.config_file_path): POLL_SECONDS,
        str(fixture_site / "bibliography"): POLL_SECONDS,
    }


def test_after_the_move_an_edit_still_starts_a_rebuild(fixture_site: Path) -> None:
    config = load_config(str(fixture_site / "mkdocs.yml"))
    server = served(fixture_site / "site")
    server.watch(config.docs_dir)
    server = config.plugins.on_serve(server, config=config, builder=lambda: None)
    asked = threading.Event()
    server.builder = asked.set
    server.observer.start()
    try:
        time.sleep(2 * POLL_SECONDS)  # the first look, which everything after is compared with
        page = fixture_site / "docs" / "index.md"
        page.write_text(page.read_text(encoding="utf-8") + "\nBewerkt.\n", encoding="utf-8")
        threading.Thread(target=server._build_loop, daemon=True).start()  # as server.serve() runs it
        assert asked.wait(timeout=10)
    finally:
        server.shutdown()
