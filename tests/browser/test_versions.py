"""Released versions in the browser: the version selector, the outdated notice, and old links to latest."""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterator
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.conftest import Released

from .recording import LOCAL_HOST


class _StaticHost(SimpleHTTPRequestHandler):
    """Like GitHub Pages: a missing path gets the site's root 404.html, with status 404."""

    def log_message(self, format: str, *args: object) -> None:
        pass

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        page = Path(self.directory) / "kb" / "404.html"
        if code != HTTPStatus.NOT_FOUND or not page.is_file():
            super().send_error(code, message, explain)
            return
        body = page.read_bytes()
        self.send_response(code)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def host(released: Released, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The gh-pages branch served under /kb/, the path the releases were made for."""
    root = tmp_path_factory.mktemp("host")
    (root / "kb").symlink_to(released.pages, target_is_directory=True)
    server = ThreadingHTTPServer((LOCAL_HOST, 0), functools.partial(_StaticHost, directory=str(root)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://{LOCAL_HOST}:{server.server_address[1]}/kb/"
    server.shutdown()
    server.server_close()


def test_the_root_redirects_to_latest(page: Page, host: str) -> None:
    page.goto(host)
    expect(page).to_have_url(f"{host}latest/")


def test_the_version_selector_lists_every_release(page: Page, host: str) -> None:
    page.goto(f"{host}latest/")
    selector = page.locator(".md-version")
    expect(selector).to_be_attached()
    expect(page.locator(".md-version__current")).to_have_text("2026.2")
    versions = page.locator(".md-version__list .md-version__link").all_text_contents()
    assert [text.strip() for text in versions] == ["2026.2", "2026.1"]


def test_an_older_version_says_it_is_outdated_and_links_to_latest(page: Page, host: str) -> None:
    page.goto(f"{host}latest/")  # Material learns which versions exist from here first
    page.goto(f"{host}2026.1/interventies/int-001/")
    banner = page.locator("[data-md-component=outdated]")
    expect(banner).to_be_visible()
    expect(banner.locator("a")).to_have_attribute("href", "../../../latest/")
    banner.locator("a").click()
    expect(page).to_have_url(f"{host}latest/")
    page.goto(f"{host}latest/interventies/int-001/")
    expect(page.locator("[data-md-component=outdated]")).to_be_hidden()


def test_an_unversioned_old_link_lands_on_latest(page: Page, host: str) -> None:
    page.goto(f"{host}interventies/int-001/")
    expect(page).to_have_url(f"{host}latest/interventies/int-001/")
    expect(page.locator("article h1")).to_have_text("Herziene interventie")
