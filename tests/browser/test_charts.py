"""Charts as a reader on a phone sees them: inside the screen, in the colours of either scheme."""

from __future__ import annotations

import re
from urllib.parse import urljoin

import pytest
from playwright.sync_api import Browser

from .tour import SCHEMES

PHONE = {"width": 360, "height": 740}
CHART_PAGES = ["cijfers/", "cijfers/cij-001/", "interventies/int-010/", "bevindingen/bev-005/"]

# What the browser draws: the chart's width on screen, and the colours the stylesheet gives its parts.
DRAWN = """() => {
  const svg = document.querySelector("figure.kb-chart svg, .kb-chart svg");
  const line = svg.querySelector(".kb-chart__line");
  const label = svg.querySelector("text");
  const page = getComputedStyle(document.body).backgroundColor;
  return {
    width: svg.getBoundingClientRect().width,
    right: svg.getBoundingClientRect().right,
    stroke: getComputedStyle(line).stroke,
    fill: getComputedStyle(line).fill,
    label: label ? getComputedStyle(label).fill : null,
    page,
  };
}"""


def rgba(css: str) -> tuple[float, float, float, float]:
    parts = [float(part) for part in re.findall(r"[\d.]+", css)]
    return (parts[0], parts[1], parts[2], parts[3] if len(parts) > 3 else 1.0)


def contrast(color: str, background: str) -> float:
    """WCAG contrast ratio of a (possibly translucent) colour drawn on an opaque background."""
    red, green, blue, alpha = rgba(color)
    base = rgba(background)
    blended = [alpha * c + (1 - alpha) * b for c, b in zip((red, green, blue), base[:3], strict=True)]

    def luminance(rgb: list[float] | tuple[float, ...]) -> float:
        linear = [c / 255 / 12.92 if c / 255 <= 0.03928 else ((c / 255 + 0.055) / 1.055) ** 2.4 for c in rgb]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    lighter, darker = sorted((luminance(blended), luminance(base[:3])), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


@pytest.mark.parametrize("path", CHART_PAGES)
def test_no_chart_page_scrolls_sideways_on_a_phone(browser: Browser, site_server: str, path: str) -> None:
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.goto(urljoin(site_server, path))
    widest = page.evaluate("() => document.documentElement.scrollWidth")
    drawn = page.evaluate(DRAWN)
    context.close()
    assert widest <= PHONE["width"], f"{path}: {widest} px wide"
    assert drawn["width"] > 100 and drawn["right"] <= PHONE["width"]


@pytest.mark.parametrize("scheme", SCHEMES)
def test_a_chart_takes_its_colours_from_the_scheme(browser: Browser, site_server: str, scheme: str) -> None:
    context = browser.new_context(color_scheme="dark" if scheme == "dark" else "light")
    page = context.new_page()
    page.goto(urljoin(site_server, "cijfers/cij-001/"))
    page.evaluate(f"() => document.body.setAttribute('data-md-color-scheme', '{SCHEMES[scheme]}')")
    drawn = page.evaluate(DRAWN)
    context.close()
    assert drawn["fill"] == "none"
    # WCAG 1.4.11 asks 3:1 for the line, a graphical object; 1.4.3 asks 4.5:1 for the axis labels.
    assert contrast(drawn["stroke"], drawn["page"]) >= 3, drawn
    assert contrast(drawn["label"], drawn["page"]) >= 4.5, drawn
