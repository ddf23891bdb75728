"""Privacy and safety of the real site: nothing but 127.0.0.1 is contacted, and the policy blocks nothing.

The Content-Security-Policy is a <meta> tag in overrides/main.html. The static tests read every built
page: one policy, the expected one, ahead of every script and stylesheet it governs, and nothing inline
that it would block. The browser tests visit every kind of page, use it as a reader does (theme toggle,
catalogue filter, citation tooltip, search), and record every request of the page and its workers,
every console error or warning and every `securitypolicyviolation` event.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from lxml import html
from lxml.html import HtmlElement
from playwright.sync_api import Browser, ConsoleMessage, Page

from .recording import PageRecord
from .search import PAGEFIND_DUTCH, PAGEFIND_SCRIPT
from .tour import STOPS, Stop, toggle_scheme

POLICY = {
    "default-src": ["'self'"],
    "script-src": ["'self'", "'wasm-unsafe-eval'"],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "worker-src": ["'self'"],
    "object-src": ["'none'"],
    "frame-src": ["'none'"],
    "media-src": ["'none'"],
    "manifest-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
}
# Script types a browser does not execute; Material's configuration is JSON.
DATA_SCRIPT_TYPES = {"application/json", "application/ld+json"}
# <link> relations that make the browser fetch or connect.
FETCHING_RELS = {
    "stylesheet",
    "icon",
    "apple-touch-icon",
    "manifest",
    "preload",
    "modulepreload",
    "prefetch",
    "preconnect",
    "dns-prefetch",
}
RESOURCE_ATTRIBUTES = {
    "script": "src",
    "img": "src",
    "source": "src",
    "iframe": "src",
    "audio": "src",
    "video": "src",
    "embed": "src",
    "object": "data",
}
PAGEFIND_WORKER = "pagefind/pagefind-worker.js"
# A host that cannot exist (RFC 2606), for requests the policy must block.
BLOCKED_HOST = "example.invalid"
# How Chromium, through Playwright, reports a request the policy stopped.
BLOCKED_BY_POLICY = {"csp", "net::ERR_BLOCKED_BY_CSP"}
CSS_URL = re.compile(r"""(?:url\(\s*['"]?|@import\s+['"])([^'")\s]+)""")

# Collects the page's securitypolicyviolation events, from before its first script.
LISTEN = """
window.__kbViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__kbViolations.push(`${event.effectiveDirective} blocked ${event.blockedURI || "inline"}` +
    ` (${event.sourceFile}:${event.lineNumber})`);
});
"""


def parse_policy(text: str) -> dict[str, list[str]]:
    directives = [part.split() for part in text.split(";") if part.strip()]
    return {name.lower(): values for name, *values in directives}


def foreign(url: str) -> bool:
    """Whether loading `url` from a page of the site would contact another host."""
    parts = urlsplit(url)
    return parts.scheme not in ("", "data", "blob") or bool(parts.netloc)


def script_url(attribute: str, value: str) -> bool:
    return attribute in ("href", "src", "action") and value.strip().lower().startswith("javascript:")


def rels(element: HtmlElement) -> set[str]:
    return set((element.get("rel") or "").lower().split())


def show(element: HtmlElement) -> str:
    return html.tostring(element, encoding="unicode")[:120]


@pytest.fixture(scope="module")
def built_pages(site_dir: Path) -> dict[str, HtmlElement]:
    paths = sorted(site_dir.rglob("*.html"))
    assert len(paths) > 50, paths
    return {str(path.relative_to(site_dir)): html.fromstring(path.read_bytes()) for path in paths}


def test_every_page_declares_the_policy_ahead_of_what_it_governs(built_pages: dict[str, HtmlElement]) -> None:
    wrong = []
    for name, document in built_pages.items():
        policies = [
            meta
            for meta in document.iter("meta")
            if (meta.get("http-equiv") or "").lower() == "content-security-policy"
        ]
        if len(policies) != 1 or parse_policy(policies[0].get("content") or "") != POLICY:
            wrong.append(f"{name}: {[show(meta) for meta in policies]}")
            continue
        # A <meta> policy governs only what follows it: nothing it governs may come first.
        for element in document.iter("script", "style", "link"):
            if element is policies[0].getparent():
                continue
            if element.sourceline > policies[0].sourceline:
                break
            if element.tag != "link" or rels(element) & FETCHING_RELS - {"icon"}:
                wrong.append(f"{name}: {show(element)} comes before the policy")
    assert not wrong, "\n".join(wrong)


def test_no_page_holds_inline_script_or_style(built_pages: dict[str, HtmlElement]) -> None:
    inline = []
    for name, document in built_pages.items():
        for script in document.iter("script"):
            if not script.get("src") and (script.get("type") or "").lower() not in DATA_SCRIPT_TYPES:
                inline.append(f"{name}: {show(script)}")
        inline += [f"{name}: {show(style)}" for style in document.iter("style")]
        for element in document.iter():
            for attribute, value in element.attrib.items():
                if attribute == "style" or attribute.startswith("on") or script_url(attribute, value):
                    inline.append(f"{name}: <{element.tag} {attribute}={value[:60]}>")
    assert not inline, "\n".join(inline[:30])


def test_nothing_is_loaded_from_another_host(site_dir: Path, built_pages: dict[str, HtmlElement]) -> None:
    loads = []
    for name, document in built_pages.items():
        for element in document.iter(*RESOURCE_ATTRIBUTES):
            url = element.get(RESOURCE_ATTRIBUTES[element.tag])
            if url is not None:
                loads.append((name, url))
        loads += [
            (name, link.get("href") or "") for link in document.iter("link") if rels(link) & FETCHING_RELS
        ]
    for stylesheet in site_dir.rglob("*.css"):
        text = stylesheet.read_text(encoding="utf-8")
        loads += [(str(stylesheet.relative_to(site_dir)), url) for url in CSS_URL.findall(text)]
    assert loads, "no resource found: the check would prove nothing"
    assert [f"{name}: {url}" for name, url in loads if foreign(url)] == []


@dataclass
class Watch:
    """What one visit did: requests, errors (a PageRecord), console warnings; reset for each visit."""

    record: PageRecord = field(default_factory=PageRecord)
    warnings: list[str] = field(default_factory=list)


@pytest.fixture(scope="module")
def tour_page(browser: Browser) -> Iterator[tuple[Page, Watch]]:
    """One page for the whole tour, recording as conftest.py's page_record does.

    Requests of the page and its workers come from the browser context; besides errors, console
    warnings are kept, and LISTEN collects securitypolicyviolation events from every document's start.
    """
    context = browser.new_context()
    context.add_init_script(LISTEN)
    page = context.new_page()
    watch = Watch()

    def on_console(message: ConsoleMessage) -> None:
        if message.type == "error":
            watch.record.console_errors.append(f"{message.text} ({message.location.get('url')})")
        elif message.type == "warning":
            watch.warnings.append(message.text)

    context.on("request", lambda request: watch.record.requests.append(request.url))
    context.on("console", on_console)
    page.on("pageerror", lambda error: watch.record.page_errors.append(f"{error.name}: {error.message}"))
    yield page, watch
    context.close()


@pytest.fixture
def watched(tour_page: tuple[Page, Watch]) -> tuple[Page, PageRecord, list[str]]:
    """The tour's page with a fresh record: requests, errors, console warnings."""
    page, watch = tour_page
    watch.record, watch.warnings = PageRecord(), []
    return page, watch.record, watch.warnings


def assert_private_and_clean(page: Page, record: PageRecord, warnings: list[str]) -> None:
    assert record.requests, "no request recorded: the checks below would prove nothing"
    assert record.foreign_hosts() == set(), sorted(record.requests)
    assert page.evaluate("() => window.__kbViolations") == []
    assert record.console_errors == []
    assert warnings == []
    assert record.page_errors == []


@pytest.mark.parametrize("stop", STOPS, ids=lambda stop: stop.name)
def test_a_reader_contacts_only_the_site_and_the_policy_blocks_nothing(
    watched: tuple[Page, PageRecord, list[str]], site_server: str, stop: Stop
) -> None:
    page, record, warnings = watched
    page.goto(urljoin(site_server, stop.path))

    toggle_scheme(page)  # the page remembers the choice: the next stop loads in the other scheme
    if stop.action is not None:
        stop.action(page)

    if stop.name == "search":
        # Pagefind searches in a worker, which fetches the index: its requests are recorded too.
        assert record.requested(PAGEFIND_SCRIPT), "the search never ran"
        assert record.requested(PAGEFIND_WORKER) and record.requested(PAGEFIND_DUTCH), record.requests
    assert_private_and_clean(page, record, warnings)


def test_the_policy_is_enforced(page: Page, page_record: PageRecord, site_server: str) -> None:
    """What the policy must stop is stopped, and reported: inline script, foreign fetch, image, style."""
    record = page_record
    page.add_init_script(LISTEN)
    failures: dict[str, str] = {}
    page.on("requestfailed", lambda request: failures.setdefault(request.url, request.failure or ""))
    page.goto(site_server)

    ran = page.evaluate(
        """async (host) => {
          const script = document.createElement("script");
          script.textContent = "window.__kbInlineRan = true;";
          document.head.append(script);
          const style = document.createElement("style");
          style.textContent = "body { display: none; }";
          document.head.append(style);
          new Image().src = `https://${host}/pixel.png`;
          try { await fetch(`https://${host}/data.json`); } catch (error) {}
          await new Promise((resolve) => setTimeout(resolve, 100));
          return window.__kbInlineRan === true;
        }""",
        BLOCKED_HOST,
    )

    assert ran is False
    blocked = {line.split(" ", 1)[0] for line in page.evaluate("() => window.__kbViolations")}
    assert blocked == {"script-src-elem", "style-src-elem", "img-src", "connect-src"}
    # Chromium announces a blocked request, then fails it before it reaches the network.
    outside = [url for url in record.requests if urlsplit(url).hostname == BLOCKED_HOST]
    assert outside, "the blocked requests were not even attempted"
    assert {url: failures.get(url) in BLOCKED_BY_POLICY for url in outside} == dict.fromkeys(outside, True)
    assert page.locator("body").is_visible()
