"""Under `mkdocs serve` (and ProperDocs' serve), the reload script the server puts in each page passes the
page's Content-Security-Policy by its hash; nothing else is allowed, and the built pages are untouched."""

from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path

import pytest
from mkdocs.config import load_config
from mkdocs.livereload import LiveReloadServer as MkDocsServer
from properdocs.livereload import LiveReloadServer as ProperDocsServer

from kennisbank.security_policy import meta_policy, script_sources

POLICY = meta_policy()
SCRIPT_SOURCES = script_sources()
PAGE = (
    f'<html><head><meta http-equiv="Content-Security-Policy" content="{POLICY}"></head>'
    '<body><p>Tekst</p><script src="../assets/site.js"></script></body></html>'
).encode()


@pytest.mark.parametrize("server_class", [MkDocsServer, ProperDocsServer], ids=["mkdocs", "properdocs"])
def test_a_served_page_lets_the_reload_script_run_and_nothing_more(
    fixture_site: Path, server_class: type[MkDocsServer]
) -> None:
    config = load_config(str(fixture_site / "mkdocs.yml"))
    server = server_class(builder=lambda: None, host="127.0.0.1", port=0, root=str(fixture_site / "site"))
    plain = server._inject_js_into_html(PAGE, 1)
    assert POLICY.encode() in plain  # what MkDocs serves by itself: the policy refuses its script

    server = config.plugins.on_serve(server, config=config, builder=lambda: None)
    served = server._inject_js_into_html(PAGE, 1).decode()
    script = re.findall(r"<script>(.*?)</script>", served, flags=re.S)
    assert len(script) == 1 and "livereload(1," in script[0]
    digest = base64.b64encode(hashlib.sha256(script[0].encode()).digest()).decode()
    policy = re.search(r'content="([^"]*)"', served)
    assert policy is not None
    assert SCRIPT_SOURCES == "script-src 'self' 'wasm-unsafe-eval'"
    assert policy.group(1) == POLICY.replace(SCRIPT_SOURCES, f"{SCRIPT_SOURCES} 'sha256-{digest}'")
    server.shutdown()
