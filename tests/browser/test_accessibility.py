"""Accessibility of the real site: axe-core on every kind of page in both schemes, and the keyboard.

axe-core comes with the PyPI package axe-playwright-python (its axe.min.js; no download at run time).
It checks WCAG 2.0, 2.1 and 2.2 at levels A and AA plus Deque's best practices; no rule is disabled.
The keyboard tests walk each page with Tab as a reader does: every control is reached and shows where
the focus is, with a ring that stands out at least 3:1 from what lies around it in both schemes, and
Material's skip link takes the focus past the header and navigation to the content.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import urljoin

import pytest
from axe_playwright_python.base import AXE_SCRIPT, AxeResults
from playwright.sync_api import Browser, Page, expect

from .search import search
from .tour import (
    CATALOGUES,
    PHONE,
    SCHEMES,
    SEARCH_QUERY,
    STOPS,
    Stop,
    search_filtered,
)

AXE_OPTIONS = {
    "runOnly": {
        "type": "tag",
        "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"],
    },
    "resultTypes": ["violations"],
}
VIEWPORT = {"width": 1280, "height": 720}
SKIP_TEXT = "Ga naar inhoud"  # Material's Dutch label for its skip link
MAX_TAB_STOPS = 400

# Ends running CSS transitions, so that computed colours are the ones a reader ends up seeing.
SETTLE = "() => document.getAnimations().forEach((a) => { try { a.finish(); } catch (e) {} })"

# Every control a keyboard user must be able to reach: rendered, enabled, in the tab order, not hidden
# nor in a closed dialog nor outside an open modal one; of a group of radio buttons one only (Tab
# enters a group once: at the checked one, else at the first). Each is numbered through an expando
# property, so the walk below can tell which ones it reached.
CONTROLS = """() => {
  const selector = "a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]";
  const group = (radio) => [...document.getElementsByName(radio.name)].filter((el) => el.type === "radio");
  const entersGroup = (radio) => {
    const radios = group(radio);
    return radios.some((el) => el.checked) ? radio.checked : radios[0] === radio;
  };
  // An open modal dialog makes the rest of the page inert.
  const root = document.querySelector("dialog:modal") ?? document;
  const controls = [...root.querySelectorAll(selector)].filter((el) =>
    el.tabIndex >= 0 && !el.disabled && !el.closest("[hidden], [inert], dialog:not([open])") &&
    el.checkVisibility({ visibilityProperty: true }) && (el.type !== "radio" || entersGroup(el)));
  return controls.map((el, index) => {
    el.__kbControl = index;
    return `${el.tagName.toLowerCase()}.${el.className} ${(el.textContent || "").trim().slice(0, 40)}`;
  });
}"""

# Material's palette toggle is a pair of radio buttons of no size; the label shown shows the focus.
SHOWN = """(el) => el.matches("input.md-option") ? el.form.querySelector("label:not([hidden])") : el"""

# The focused control and how it shows its focus: the computed style focused and blurred, compared.
FOCUS = """() => {
  const settle = () => document.getAnimations().forEach((a) => { try { a.finish(); } catch (e) {} });
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const shown = (SHOWN)(el);
  const look = () => {
    settle();
    const s = getComputedStyle(shown);
    const drawn = (style, width, color) =>
      style !== "none" && parseFloat(width) > 0 && !/rgba\\(.*,\\s*0\\)$/.test(color);
    return {
      outline: drawn(s.outlineStyle, s.outlineWidth, s.outlineColor)
        ? `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}` : "none",
      border: drawn(s.borderTopStyle, s.borderTopWidth, s.borderTopColor)
        ? `${s.borderStyle} ${s.borderWidth} ${s.borderColor}` : "none",
      shadow: s.boxShadow,
      background: s.backgroundColor,
      decoration: `${s.textDecorationLine} ${s.textDecorationThickness}`,
    };
  };
  const focused = look();
  el.blur();
  const blurred = look();
  el.focus({ preventScroll: true });
  settle();
  const box = shown.getBoundingClientRect();
  return {
    control: el.__kbControl ?? null,
    name: `${el.tagName.toLowerCase()}.${el.className} ${(el.textContent || "").trim().slice(0, 40)}`,
    indicator: Object.keys(focused).filter((key) => focused[key] !== blurred[key]),
    onScreen: box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0 &&
      box.top < innerHeight && box.left < innerWidth,
  };
}""".replace("SHOWN", SHOWN)


# WCAG 1.4.11 asks 3:1 of what shows the focus against the colours next to it.
RING_CONTRAST = 3.0

# The ring around the focused control and its contrast with what is drawn around it. The ring is the
# outline (or, failing that, a box-shadow); the background is taken where the ring is drawn, just
# outside each side of the control: the element found there (the header under the skip link, say) and
# its ancestors, translucent backgrounds laid over the ones below them.
RING = r"""async () => {
  // Material fits its sidebars to the page at the next frames after Tab scrolled it: measure after them.
  for (let frame = 0; frame < 2; frame++) await new Promise((done) => requestAnimationFrame(done));
  document.getAnimations().forEach((a) => { try { a.finish(); } catch (e) {} });
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const shown = (SHOWN)(el);
  const name = `${el.tagName.toLowerCase()}.${el.className} ${(el.textContent || "").trim().slice(0, 40)}`;
  window.__kbRings = window.__kbRings ?? 0;
  el.__kbRing = el.__kbRing ?? ++window.__kbRings;  // tells two controls of the same name apart
  const id = el.__kbRing;
  const parse = (text) => {
    const m = /rgba?\(([^)]+)\)/.exec(text);
    if (!m) return null;
    const [r, g, b, a = 1] = m[1].split(/[\s,\/]+/).filter(Boolean).map(Number);
    return { r, g, b, a };
  };
  const over = (top, below) => ({
    r: top.r * top.a + below.r * (1 - top.a),
    g: top.g * top.a + below.g * (1 - top.a),
    b: top.b * top.a + below.b * (1 - top.a),
    a: 1,
  });
  const backdrop = (node) => {
    const layers = [];
    for (let n = node; n instanceof Element; n = n.parentElement) {
      const color = parse(getComputedStyle(n).backgroundColor);
      if (color && color.a > 0) layers.push(color);
      if (color && color.a >= 1) break;
    }
    return layers.reverse().reduce((below, top) => over(top, below), { r: 255, g: 255, b: 255, a: 1 });
  };
  const luminance = ({ r, g, b }) => {
    const linear = (v) => (v / 255 <= 0.04045 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4);
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
  };
  const contrast = (x, y) => {
    const [light, dark] = [luminance(x), luminance(y)].sort((p, q) => q - p);
    return (light + 0.05) / (dark + 0.05);
  };
  const s = getComputedStyle(shown);
  let ring = null;
  let reach = 0;
  if (s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0) {
    ring = parse(s.outlineColor);
    reach = parseFloat(s.outlineOffset) + parseFloat(s.outlineWidth) / 2;
  } else if (s.boxShadow !== "none") {
    ring = parse(s.boxShadow);
    reach = parseFloat((s.boxShadow.match(/-?[\d.]+px/g) || [])[3] || "0") / 2;
  }
  const box = shown.getBoundingClientRect();
  const onScreen = box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0 &&
    box.top < innerHeight && box.left < innerWidth;
  if (!ring || ring.a === 0) return { id, name, ring: "none", contrast: 0, onScreen };
  const around = [
    [box.left + box.width / 2, box.top - reach],
    [box.left + box.width / 2, box.bottom + reach],
    [box.left - reach, box.top + box.height / 2],
    [box.right + reach, box.top + box.height / 2],
  ].filter(([x, y]) => x >= 0 && y >= 0 && x < innerWidth && y < innerHeight);
  const behind = around
    .map(([x, y]) => document.elementsFromPoint(x, y).find((n) => n !== shown && !shown.contains(n)))
    .map((hit) => backdrop(hit ?? shown.parentElement));
  if (!behind.length) behind.push(backdrop(shown.parentElement));
  return {
    id,
    name,
    ring: `${s.outlineStyle} ${s.outlineColor} ${s.boxShadow}`,
    contrast: Math.min(...behind.map((background) => contrast(over(ring, background), background))),
    onScreen,
  };
}""".replace("SHOWN", SHOWN)


@contextmanager
def pages_per_scheme(browser: Browser, viewport: dict[str, int]) -> Iterator[dict[str, Page]]:
    """One page per colour scheme, reused for every stop: the palette follows the system preference."""
    contexts = {scheme: browser.new_context(color_scheme=scheme, viewport=viewport) for scheme in SCHEMES}
    for context in contexts.values():
        context.add_init_script(AXE_SCRIPT)  # axe-core in every page, without sending it each time
    yield {scheme: context.new_page() for scheme, context in contexts.items()}
    for context in contexts.values():
        context.close()


@pytest.fixture(scope="module")
def scheme_pages(browser: Browser) -> Iterator[dict[str, Page]]:
    with pages_per_scheme(browser, VIEWPORT) as pages:
        yield pages


@pytest.fixture(scope="module")
def phone_scheme_pages(browser: Browser) -> Iterator[dict[str, Page]]:
    with pages_per_scheme(browser, PHONE) as pages:
        yield pages


def visit(page: Page, site_server: str, path: str) -> None:
    page.mouse.move(0, 0)  # no hover left over from the previous stop
    page.goto(urljoin(site_server, path))


# axe.run is asynchronous: started in both schemes' pages at once, the two renderers check in parallel.
START_AXE = "(options) => { window.__kbAxe = axe.run(document, options); }"
AXE_RESULTS = "() => window.__kbAxe"


@pytest.mark.parametrize("stop", STOPS, ids=lambda stop: stop.name)
def test_axe_finds_no_violation_in_either_scheme(
    scheme_pages: dict[str, Page], site_server: str, stop: Stop
) -> None:
    assert_axe_finds_nothing(scheme_pages, site_server, stop)


# On a phone the front page's cards, an entry's history, the changes and the header's buttons are laid
# out anew.
PHONE_STOPS = [stop for stop in STOPS if stop.name in {"home", "search-box", "history", "changes"}]


@pytest.mark.parametrize("stop", PHONE_STOPS, ids=lambda stop: stop.name)
def test_axe_finds_no_violation_on_a_phone_in_either_scheme(
    phone_scheme_pages: dict[str, Page], site_server: str, stop: Stop
) -> None:
    assert_axe_finds_nothing(phone_scheme_pages, site_server, stop)


def assert_axe_finds_nothing(scheme_pages: dict[str, Page], site_server: str, stop: Stop) -> None:
    for scheme, page in scheme_pages.items():
        visit(page, site_server, stop.path)
        expect(page.locator("body")).to_have_attribute("data-md-color-scheme", SCHEMES[scheme])
        if stop.action is not None:
            stop.action(page)
        page.evaluate(SETTLE)
        page.evaluate(START_AXE, AXE_OPTIONS)

    results = {scheme: AxeResults(page.evaluate(AXE_RESULTS)) for scheme, page in scheme_pages.items()}

    reports = [f"{scheme}: {result.generate_report()}" for scheme, result in results.items()]
    assert all(result.violations_count == 0 for result in results.values()), "\n".join(reports)


def tab_through(page: Page) -> tuple[list[str], list[dict]]:
    """Every control of the page, and what has the focus and what Tab reaches from there, in order."""
    controls = page.evaluate(CONTROLS)
    start = page.evaluate(FOCUS)
    reached: list[dict] = [start] if start is not None else []
    for _ in range(MAX_TAB_STOPS):
        page.keyboard.press("Tab")
        focus = page.evaluate(FOCUS)
        if focus is None or (reached and focus["name"] == reached[0]["name"]):
            break
        reached.append(focus)
    return controls, reached


def assert_keyboard_usable(controls: list[str], reached: list[dict]) -> None:
    missed = set(range(len(controls))) - {focus["control"] for focus in reached}
    assert not missed, ["unreachable: " + controls[index] for index in sorted(missed)]
    unseen = [focus["name"] for focus in reached if not focus["indicator"] or not focus["onScreen"]]
    assert not unseen, f"focus not visible on: {unseen}"


@pytest.mark.parametrize("path", ["", "interventies/int-001/", "interventies/", "matrix/", "404.html"])
def test_every_control_is_reached_with_tab_and_shows_its_focus(
    scheme_pages: dict[str, Page], site_server: str, path: str
) -> None:
    page = scheme_pages["light"]
    visit(page, site_server, path)

    controls, reached = tab_through(page)

    assert len(reached) >= 5, reached
    assert_keyboard_usable(controls, reached)


def test_the_search_dialog_is_usable_with_the_keyboard(
    scheme_pages: dict[str, Page], site_server: str
) -> None:
    page = scheme_pages["light"]
    visit(page, site_server, "")
    assert search(page, SEARCH_QUERY)
    dialog = page.locator("dialog#kb-search")

    controls, reached = tab_through(page)

    # The modal dialog keeps the focus: its field, its close button and every result.
    results = dialog.locator(".kb-search__result a").count()
    assert len(reached) >= results + 1, reached
    assert_keyboard_usable(controls, reached)
    page.keyboard.press("Escape")
    expect(dialog).not_to_have_attribute("open", "")


@pytest.mark.parametrize("path", ["", "interventies/int-001/", "interventies/", "begrippen/beg-csam/"])
def test_the_skip_link_moves_the_focus_to_the_content(
    scheme_pages: dict[str, Page], site_server: str, path: str
) -> None:
    page = scheme_pages["light"]
    visit(page, site_server, path)

    page.keyboard.press("Tab")

    skip = page.locator("a.md-skip")
    expect(skip).to_be_focused()
    expect(skip).to_have_text(SKIP_TEXT)
    page.evaluate(SETTLE)
    expect(skip).to_be_in_viewport()
    expect(skip).to_have_css("opacity", "1")
    target = skip.get_attribute("href") or ""
    # On an entry, the content starts with its title in the card, not with the first section.
    first_heading = page.locator("article h1").first
    assert target == "#" + (first_heading.get_attribute("id") or ""), target

    page.keyboard.press("Enter")

    # The browser updates the URL after the keypress is handled: wait for it rather than read it once.
    expect(page).to_have_url(re.compile(re.escape(target) + "$"))
    expect(first_heading).to_be_in_viewport()
    # The next Tab continues in the content, past the header and the navigation.
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.closest('article') !== null"), page.evaluate(
        "() => document.activeElement.outerHTML.slice(0, 200)"
    )


def test_the_theme_toggle_works_with_the_keyboard(page: Page, site_server: str) -> None:
    # A page of its own: the chosen scheme is remembered in the browser's storage.
    page.goto(site_server)
    scheme = page.locator("body").get_attribute("data-md-color-scheme")
    for _ in range(5):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.matches('input.md-option')"):
            break
    else:
        raise AssertionError("Tab never reached the theme toggle")

    page.keyboard.press("Enter")

    expect(page.locator("body")).not_to_have_attribute("data-md-color-scheme", scheme or "")


# A page of each kind with its controls: the header and navigation everywhere, a catalogue's filters and
# reset button, an entry's tags and citations, "Wat werkt"'s sort buttons, the search dialog's field,
# radio buttons, summary and results.
RING_STOPS = [
    Stop("home", ""),
    Stop("catalogue", "interventies/"),
    Stop("entry", "interventies/int-001/"),
    Stop("what-works", "interventies/wat-werkt/"),
    Stop("search-filtered", "", search_filtered),
]


@pytest.mark.parametrize("stop", RING_STOPS, ids=lambda stop: stop.name)
def test_every_focus_ring_stands_out_at_least_3_to_1_in_both_schemes(
    scheme_pages: dict[str, Page], site_server: str, stop: Stop
) -> None:
    faint = []
    for scheme, page in scheme_pages.items():
        visit(page, site_server, stop.path)
        if stop.action is not None:
            stop.action(page)
        # Round the page (or the open dialog) once: past its last control Tab leaves it for the
        # browser's own controls (no focus in the page), then comes back to its first.
        rings: list[dict] = []
        for _ in range(MAX_TAB_STOPS):
            page.keyboard.press("Tab")
            ring = page.evaluate(RING)
            if ring is not None and ring["id"] in {seen["id"] for seen in rings}:
                break
            if ring is not None:
                rings.append(ring)
        assert len(rings) >= 5, (scheme, rings)
        faint += [
            f"{scheme}: {ring['name']} ({ring['ring']}): {ring['contrast']:.2f}:1"
            + ("" if ring["onScreen"] else ", off screen")
            for ring in rings
            if ring["contrast"] < RING_CONTRAST or not ring["onScreen"]
        ]
    assert not faint, "\n".join(faint)


@pytest.mark.parametrize("path", CATALOGUES)
def test_the_skip_link_brings_a_catalogues_first_filter_within_three_tabs(
    scheme_pages: dict[str, Page], site_server: str, path: str
) -> None:
    page = scheme_pages["light"]
    visit(page, site_server, path)
    first_filter = page.locator("[data-kb-filters] select").first
    expect(first_filter).to_be_visible()

    page.keyboard.press("Tab")
    expect(page.locator("a.md-skip")).to_be_focused()
    page.keyboard.press("Enter")

    reached = []
    for _ in range(3):
        page.keyboard.press("Tab")
        reached.append(page.evaluate("() => document.activeElement.outerHTML.slice(0, 80)"))
        if first_filter.evaluate("select => select === document.activeElement"):
            break
    else:
        raise AssertionError(f"three Tabs after the skip link reach {reached}, not the first filter")
