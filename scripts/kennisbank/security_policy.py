"""The site's security policy, in one place: what every page allows, and the HTTP headers of a host.

Every page carries the Content-Security-Policy as a <meta> tag (overrides/main.html, through the Jinja
global the kennisbank plugin sets), so it holds on any host, GitHub Pages too. A host that can set headers
adds what a <meta> policy cannot do: the build writes `site/_headers` (Netlify, Cloudflare Pages) and
README.md shows the same headers for nginx (tests/test_security_policy.py holds both to this module).

The page policy, directive by directive:
- script-src: no inline script (Material's are moved to assets/javascripts/material/ by the overrides in
  overrides/partials/javascripts/); 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly when it falls
  back from its worker to the page (search fails without it then; a <meta> policy does not reach the
  worker itself).
- style-src: no 'unsafe-inline': neither Material nor Pagefind (pagefind.js, without its UI) puts a <style>
  element or style attribute in the page; their scripts set styles through the CSSOM (element.style),
  which a policy does not restrict.
- img-src data: Material's icons are data: SVG images in its CSS (mask-image).
- worker-src: Pagefind searches in a worker, pagefind/pagefind-worker.js.
- object-src, frame-src, media-src, manifest-src 'none': the site embeds no plug-in, frame, audio, video or
  web app manifest; base-uri and form-action close the two routes default-src leaves open.
- frame-ancestors, report-uri and sandbox are ignored in a <meta> policy: frame-ancestors 'none' is in the
  header policy only (HEADER_ONLY).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

Directives = Mapping[str, Sequence[str]]

# The policy of every page of the site.
PAGE_POLICY: Directives = {
    "default-src": ("'self'",),
    "script-src": ("'self'", "'wasm-unsafe-eval'"),
    "style-src": ("'self'",),
    "img-src": ("'self'", "data:"),
    "font-src": ("'self'",),
    "connect-src": ("'self'",),
    "worker-src": ("'self'",),
    "object-src": ("'none'",),
    "frame-src": ("'none'",),
    "media-src": ("'none'",),
    "manifest-src": ("'none'",),
    "base-uri": ("'self'",),
    "form-action": ("'self'",),
}
# What only a header policy can say: no page of another site (nor of this one) may show ours in a frame.
HEADER_ONLY: Directives = {"frame-ancestors": ("'none'",)}
# The 404 page at the root of a release branch (releases/root_pages.py): nothing but its one inline script,
# allowed by its hash (script-src is added there), and it can neither rebase its links nor post a form.
ROOT_PAGE_POLICY: Directives = {
    "default-src": ("'none'",),
    "base-uri": ("'none'",),
    "form-action": ("'none'",),
}
# What a link to another site passes on: the browsers' own default, written out so that every host and
# every browser setting gives the same; `<meta name="referrer">` on every page says the same.
REFERRER_POLICY = "strict-origin-when-cross-origin"
# Features the site never uses, refused to it and to anything it could be made to load; interest-cohort
# and browsing-topics keep the reader's visit out of advertising profiles. Only names that Chromium knows:
# an unknown one (ambient-light-sensor, bluetooth) costs a console warning on every page
# (tests/browser/test_headers.py).
DENIED_FEATURES = (
    "accelerometer",
    "browsing-topics",
    "camera",
    "display-capture",
    "geolocation",
    "gyroscope",
    "hid",
    "idle-detection",
    "interest-cohort",
    "local-fonts",
    "magnetometer",
    "microphone",
    "midi",
    "otp-credentials",
    "payment",
    "publickey-credentials-get",
    "screen-wake-lock",
    "serial",
    "usb",
    "xr-spatial-tracking",
)
# The headers' file in the built site, read by Netlify and Cloudflare Pages.
HEADERS_FILE = "_headers"
# The paths the headers hold for, in that file's syntax: every path of the site.
ALL_PATHS = "/*"


def policy_text(directives: Directives) -> str:
    """A Content-Security-Policy as a header or a <meta> tag writes it."""
    return "; ".join(" ".join([name, *sources]) for name, sources in directives.items())


def parse_policy(text: str) -> dict[str, list[str]]:
    """The directives of a written policy, by lower-case name, in their order."""
    parts = [part.split() for part in text.split(";") if part.strip()]
    return {name.lower(): values for name, *values in parts}


def meta_policy() -> str:
    """The content of every page's `<meta http-equiv="Content-Security-Policy">`."""
    return policy_text(PAGE_POLICY)


def meta_tag(directives: Directives) -> str:
    """A `<meta>` tag declaring `directives` (their sources hold no quote or markup of HTML)."""
    return f'<meta http-equiv="Content-Security-Policy" content="{policy_text(directives)}">'


def script_sources() -> str:
    """The page policy's script-src directive as written: live reload adds a hash at its end."""
    return policy_text({"script-src": PAGE_POLICY["script-src"]})


def permissions_policy() -> str:
    return ", ".join(f"{feature}=()" for feature in DENIED_FEATURES)


def header_values() -> dict[str, str]:
    """Every HTTP header a host sends with each response of the site, by name."""
    return {
        "Content-Security-Policy": policy_text({**PAGE_POLICY, **HEADER_ONLY}),
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": REFERRER_POLICY,
        "Permissions-Policy": permissions_policy(),
    }


def headers_file() -> str:
    """`_headers` for Netlify and Cloudflare Pages: the headers, for every path."""
    lines = [ALL_PATHS, *(f"  {name}: {value}" for name, value in header_values().items())]
    return "\n".join(lines) + "\n"


def write_headers(site_dir: Path) -> None:
    """Write `_headers` into the built site; one a contribution put in docs/ is replaced."""
    path = site_dir / HEADERS_FILE
    path.unlink(missing_ok=True)  # never written through: a link would lead out of the site
    path.write_text(headers_file(), encoding="utf-8", newline="\n")


def nginx_snippet() -> str:
    """The same headers as nginx `add_header` lines, as README.md shows them (`always`: on errors too)."""
    return "".join(f'add_header {name} "{value}" always;\n' for name, value in header_values().items())
