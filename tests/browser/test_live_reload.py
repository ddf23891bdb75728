"""`make serve`: an edit shows in the open page by itself, and the served pages log no policy error."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import ConsoleMessage, Page, expect

from tools.bench.measure import free_port

LOCAL_HOST = "127.0.0.1"


@pytest.fixture
def served_fixture(fixture_site: Path) -> Iterator[str]:
    """`mkdocs serve` as `make serve` runs it, on a copy of the fixture site; yields its base URL."""
    port = free_port()
    command = [sys.executable, "-m", "mkdocs", "serve", "--strict", "--dev-addr", f"{LOCAL_HOST}:{port}"]
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    server = subprocess.Popen(
        command, cwd=fixture_site, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    url = f"http://{LOCAL_HOST}:{port}/"
    try:
        started = time.monotonic()
        while not _answers(url):
            assert server.poll() is None, server.stderr.read().decode() if server.stderr else ""
            assert time.monotonic() - started < 300, "mkdocs serve kwam niet op gang"
            time.sleep(0.2)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=30)


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=5):
            return True
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return False


def test_an_edit_shows_in_the_open_page_without_a_refresh(
    page: Page, served_fixture: str, fixture_site: Path
) -> None:
    console: list[ConsoleMessage] = []

    def record(message: ConsoleMessage) -> None:  # Playwright cannot take the list's own append
        console.append(message)

    page.on("console", record)
    # The script MkDocs puts in the page runs (and says so) only if the page's policy lets it.
    with page.expect_console_message(lambda message: "Enabled live reload" in message.text):
        page.goto(f"{served_fixture}interventies/int-001/")
    expect(page.locator("article")).to_contain_text("Voorbeeldinterventie")
    entry = fixture_site / "docs" / "interventies" / "int-001.md"
    marker = "Livereloadwijziging"
    entry.write_text(entry.read_text(encoding="utf-8") + f"\n{marker} is toegevoegd.\n", encoding="utf-8")
    expect(page.locator("article")).to_contain_text(marker, timeout=120_000)
    errors = [message.text for message in console if message.type == "error"]
    assert errors == [], errors
