"""Under `mkdocs serve`, the page reloads after an edit although the site's policy allows no inline script.

MkDocs serves every page with an inline script at its end that asks the server for a rebuild and reloads
the page. The site's Content-Security-Policy (security_policy.py) allows no inline script, so the browser
refused it: an edit showed only after a manual refresh, with a console error on every page. While
serving, each page as it is served lets that one script run, by its hash in the policy's script-src. The
built site, and what the build caches, keep the strict policy: only the served bytes change.
"""

from __future__ import annotations

import base64
import hashlib

from mkdocs.livereload import LiveReloadServer

from kennisbank.security_policy import script_sources

# The directive the hash joins, as every page's policy writes it.
SCRIPT_SOURCES = script_sources().encode("ascii")


def allow_live_reload(server: LiveReloadServer) -> None:
    """Let the script MkDocs injects into each served page pass the page's policy. MkDocs 1.6.1 and
    ProperDocs 1.6.7 inject it in `_inject_js_into_html` (tests/test_live_reload.py holds both to it)."""
    inject = server._inject_js_into_html

    def injected(content: bytes, epoch: int) -> bytes:
        return with_script_allowed(inject(content, epoch))

    server._inject_js_into_html = injected  # type: ignore[method-assign]


def with_script_allowed(html: bytes) -> bytes:
    """`html` whose policy allows its last inline script, the one MkDocs puts before `</body>`."""
    end = html.rfind(b"</script>")
    start = html.rfind(b"<script>", 0, end)
    if start < 0:
        return html
    script = html[start + len(b"<script>") : end]
    digest = base64.b64encode(hashlib.sha256(script).digest())
    return html.replace(SCRIPT_SOURCES, SCRIPT_SOURCES + b" 'sha256-" + digest + b"'", 1)
