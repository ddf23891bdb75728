"""Browser fixtures: the built site served on 127.0.0.1, Debian's Chromium, a recorder of what a page does.

Playwright's own browser downloads are never used: `browser_type_launch_args` points pytest-playwright at
/usr/bin/chromium. Every test in this folder is marked `browser`, so `-m "not browser"` skips them all.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from playwright.sync_api import ConsoleMessage, Error, Page, Request, Worker

from kennisbank.chromium import CHROMIUM, CHROMIUM_ARGS

from .recording import LOCAL_HOST, PageRecord

HERE = Path(__file__).resolve().parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # This hook sees every collected item of the session, not only this folder's.
    for item in items:
        if item.path.is_relative_to(HERE):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict) -> dict:
    """pytest-playwright's launch arguments, with Debian's Chromium and no background traffic."""
    return {
        **browser_type_launch_args,
        "executable_path": str(CHROMIUM),
        "args": CHROMIUM_ARGS,
    }


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def serving(directory: Path) -> Iterator[str]:
    """`directory` over HTTP on 127.0.0.1 (a free port); yields the base URL, ending in a slash."""
    with running(functools.partial(_QuietHandler, directory=str(directory))) as url:
        yield url


@contextmanager
def running(handler: Callable[..., BaseHTTPRequestHandler]) -> Iterator[str]:
    """Requests served by `handler` on 127.0.0.1 (a free port); yields the base URL, ending in a slash."""
    server = ThreadingHTTPServer((LOCAL_HOST, 0), handler)
    thread = threading.Thread(target=server.serve_forever, name="site-server", daemon=True)
    thread.start()
    try:
        yield f"http://{LOCAL_HOST}:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


@pytest.fixture(scope="session")
def site_server(site_dir: Path) -> Iterator[str]:
    """The real site."""
    with serving(site_dir) as url:
        yield url


@pytest.fixture(scope="session")
def fixture_server(built_fixture_site: Path) -> Iterator[str]:
    """The small fixture site, whose content the tests control word by word."""
    with serving(built_fixture_site) as url:
        yield url


@pytest.fixture
def page_record(page: Page) -> PageRecord:
    """Start recording before the test navigates.

    Requests and console messages are taken from the browser context: in Playwright 1.65 with Chromium,
    the requests of a dedicated worker (Material's search worker and its importScripts) and its console
    messages arrive there (and on the page), while a Worker object emits only "console" and "close",
    never "request". Uncaught errors, of the page and of its workers, arrive as "pageerror".
    """
    record = PageRecord()

    def on_request(request: Request) -> None:
        record.requests.append(request.url)

    def on_console(message: ConsoleMessage) -> None:
        if message.type == "error":
            where = message.location
            record.console_errors.append(f"{message.text} ({where.get('url')}:{where.get('lineNumber')})")

    def on_page_error(error: Error) -> None:
        record.page_errors.append(f"{error.name}: {error.message}")

    def on_worker(worker: Worker) -> None:
        record.workers.append(worker.url)

    page.context.on("request", on_request)
    page.context.on("console", on_console)
    page.on("pageerror", on_page_error)
    page.on("worker", on_worker)
    return record
