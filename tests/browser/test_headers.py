"""The built site served as Netlify or Cloudflare Pages would serve it: with the headers of its `_headers`.

A small server applies the file's `/*` rule to every response, errors too (as nginx's `always`). A page of
another origin (another port of 127.0.0.1) cannot show the site in a frame; served without the headers,
the same page can, so it is the headers that stop it. Under the headers, reading and searching the site
is as clean as test_privacy.py asks without them: the header policy reaches Pagefind's worker too.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, SimpleHTTPRequestHandler
from pathlib import Path
from urllib.parse import urljoin

import pytest
from playwright.sync_api import Browser, ConsoleMessage, Page

from kennisbank.security_policy import parse_policy
from tests.host_headers import read_headers_file

from .conftest import running
from .recording import PageRecord
from .test_privacy import LISTEN, assert_private_and_clean
from .tour import STOPS, Stop

# Where Chromium puts a frame whose document it refused.
BLOCKED_FRAME = "chrome-error://chromewebdata/"
# One stop of each kind of work: a plain page, citation tooltips, a chart, a sorted table, search.
CHOSEN_STOPS = {"home", "int-001", "series", "what-works", "search", "not-found"}
# Responses of each kind: pages, a stylesheet, a script, Pagefind's, a missing path.
PATHS = ["", "interventies/int-001/", "assets/stylesheets/kennisbank.css", "pagefind/pagefind.js", "geen/"]


class _HeadersHandler(SimpleHTTPRequestHandler):
    """Serves the site with the given headers on every response, as a static host reading _headers does."""

    def __init__(self, *args: object, headers: dict[str, str], **kwargs: object) -> None:
        self.extra_headers = headers
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]

    def end_headers(self) -> None:
        for name, value in self.extra_headers.items():
            self.send_header(name, value)
        super().end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass


class _FramingHandler(BaseHTTPRequestHandler):
    """A page of another origin that shows the URL in its path (after the slash) in a frame."""

    def do_GET(self) -> None:
        target = self.path[1:]
        body = f'<!doctype html><title>Elders</title><iframe src="{target}"></iframe>'.encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def site_headers(site_dir: Path) -> dict[str, str]:
    rules = read_headers_file(site_dir / "_headers")
    assert list(rules) == ["/*"], rules
    return rules["/*"]


@pytest.fixture(scope="module")
def headers_server(site_dir: Path, site_headers: dict[str, str]) -> Iterator[str]:
    """The real site with its headers."""
    with running(functools.partial(_HeadersHandler, directory=str(site_dir), headers=site_headers)) as url:
        yield url


@pytest.fixture(scope="module")
def elsewhere() -> Iterator[str]:
    """Another origin: the same host, another port."""
    with running(_FramingHandler) as url:
        yield url


def framed(page: Page, elsewhere: str, target: str) -> tuple[str, list[str]]:
    """Where the frame of a page of another origin showing `target` ended up, and the console errors."""
    errors: list[str] = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.goto(elsewhere + target)
    assert len(page.frames) == 2, [frame.url for frame in page.frames]
    return page.frames[1].url, errors


def test_a_page_of_another_origin_cannot_frame_the_site(
    page: Page, elsewhere: str, headers_server: str, site_server: str
) -> None:
    frame, errors = framed(page, elsewhere, headers_server)
    assert frame == BLOCKED_FRAME
    assert any("frame-ancestors 'none'" in error for error in errors), errors

    # The same page, the same site without the headers: the frame shows the site.
    frame, errors = framed(page, elsewhere, site_server)
    assert frame == site_server and errors == []
    assert "Kennisbank" in page.frames[1].title()


@pytest.mark.parametrize("path", PATHS)
def test_every_response_carries_the_headers(
    page: Page, headers_server: str, site_headers: dict[str, str], path: str
) -> None:
    response = page.request.get(urljoin(headers_server, path))
    assert response.status == (404 if path == "geen/" else 200)
    received = {name: response.headers.get(name.lower()) for name in site_headers}
    assert received == site_headers
    policy = parse_policy(received["Content-Security-Policy"])
    assert policy["frame-ancestors"] == ["'none'"] and policy["script-src"] == [
        "'self'",
        "'wasm-unsafe-eval'",
    ]


@pytest.mark.parametrize("stop", [stop for stop in STOPS if stop.name in CHOSEN_STOPS], ids=lambda s: s.name)
def test_reading_and_searching_under_the_headers_is_clean(
    browser: Browser, headers_server: str, stop: Stop
) -> None:
    context = browser.new_context()
    context.add_init_script(LISTEN)
    page = context.new_page()
    record, warnings = PageRecord(), []

    def on_console(message: ConsoleMessage) -> None:
        if message.type == "error":
            record.console_errors.append(message.text)
        elif message.type == "warning":
            warnings.append(message.text)

    context.on("request", lambda request: record.requests.append(request.url))
    context.on("console", on_console)
    page.on("pageerror", lambda error: record.page_errors.append(f"{error.name}: {error.message}"))
    try:
        response = page.goto(urljoin(headers_server, stop.path))
        assert response is not None and response.headers.get("content-security-policy")
        if stop.action is not None:
            stop.action(page)
        if stop.name == "search":
            assert record.requested("pagefind/pagefind-worker.js"), "the search never started its worker"
        assert_private_and_clean(page, record, warnings)
    finally:
        context.close()
