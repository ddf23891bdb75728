"""One source for the site's policy: the <meta> policy of every page, the `_headers` the build writes for
Netlify and Cloudflare Pages, and the nginx lines in README.md say the same, and the headers add only what
a <meta> policy cannot say (frame-ancestors) and the headers a <meta> tag cannot send."""

from __future__ import annotations

from pathlib import Path

from lxml import html

from kennisbank.security_policy import (
    DENIED_FEATURES,
    HEADER_ONLY,
    PAGE_POLICY,
    REFERRER_POLICY,
    meta_policy,
    nginx_snippet,
    parse_policy,
    policy_text,
    write_headers,
)
from tests.conftest import ROOT
from tests.host_headers import read_headers_file, read_nginx_snippets

# Pages of each kind: the policy comes from one global, whatever the page.
PAGES = ["index.html", "interventies/int-001/index.html", "interventies/index.html", "404.html"]
# What the headers must refuse whatever else they list: sensors of the reader and advertising profiles.
MUST_DENY = {"camera", "microphone", "geolocation", "browsing-topics", "interest-cohort", "payment"}


def page_meta(site: Path, page: str) -> tuple[str, str]:
    """The Content-Security-Policy and the referrer policy a built page declares."""
    document = html.fromstring((site / page).read_bytes())
    policies = document.xpath('//meta[translate(@http-equiv, "CSP", "csp")="content-security-policy"]')
    referrers = document.xpath('//meta[@name="referrer"]')
    assert len(policies) == 1 and len(referrers) == 1, page
    return policies[0].get("content"), referrers[0].get("content")


def site_headers(site: Path) -> dict[str, str]:
    rules = read_headers_file(site / "_headers")
    assert list(rules) == ["/*"], "the headers hold for every path, in one rule"
    return rules["/*"]


def test_every_kind_of_page_carries_the_policy_of_the_module(site_dir: Path) -> None:
    assert {page: page_meta(site_dir, page) for page in PAGES} == dict.fromkeys(
        PAGES, (meta_policy(), REFERRER_POLICY)
    )
    assert parse_policy(meta_policy())["script-src"] == ["'self'", "'wasm-unsafe-eval'"]


def test_the_headers_file_holds_the_meta_policy_with_frame_ancestors(site_dir: Path) -> None:
    policy, referrer = page_meta(site_dir, "index.html")
    meta = parse_policy(policy)
    headers = site_headers(site_dir)
    assert "frame-ancestors" not in meta  # a <meta> policy ignores it (and Chromium warns)
    assert parse_policy(headers["Content-Security-Policy"]) == {**meta, "frame-ancestors": ["'none'"]}
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == referrer
    features = dict(item.strip().split("=", 1) for item in headers["Permissions-Policy"].split(","))
    assert set(features.values()) == {"()"}, features
    assert features.keys() >= MUST_DENY, MUST_DENY - features.keys()
    assert set(headers) == {
        "Content-Security-Policy",
        "X-Content-Type-Options",
        "Referrer-Policy",
        "Permissions-Policy",
    }


def test_the_readme_gives_nginx_the_same_headers(site_dir: Path) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    snippets = read_nginx_snippets(readme)
    assert len(snippets) == 1, f"README.md: one ```nginx block, not {len(snippets)}"
    assert snippets[0] == site_headers(site_dir), f"README.md: write the nginx lines as\n{nginx_snippet()}"
    assert "**GitHub Pages kan geen headers zetten.**" in readme


def test_a_headers_file_from_docs_is_replaced_and_a_link_not_followed(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    outside = tmp_path / "elsewhere.txt"
    outside.write_text("untouched\n", encoding="utf-8")
    (site / "_headers").symlink_to(outside)
    write_headers(site)
    assert outside.read_text(encoding="utf-8") == "untouched\n"
    assert not (site / "_headers").is_symlink()
    (site / "_headers").write_text("/*\n  Content-Security-Policy: default-src *\n", encoding="utf-8")
    write_headers(site)
    assert "frame-ancestors 'none'" in site_headers(site)["Content-Security-Policy"]


def test_the_policy_reads_back_as_written_and_needs_no_escaping() -> None:
    """overrides/main.html writes the policy into an attribute as it is: no value may need escaping."""
    assert parse_policy(policy_text(PAGE_POLICY)) == {
        name: list(values) for name, values in PAGE_POLICY.items()
    }
    sources = [source for values in [*PAGE_POLICY.values(), *HEADER_ONLY.values()] for source in values]
    assert [source for source in sources if set(source) & set(';,"<>&\n ')] == []
    assert set(HEADER_ONLY).isdisjoint(PAGE_POLICY)
    assert [feature for feature in DENIED_FEATURES if not feature.replace("-", "").isalpha()] == []
