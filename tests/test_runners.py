"""Two runners, one site: ProperDocs (the maintained continuation of MkDocs 1.x) builds the same HTML as
MkDocs 1.6.1, apart from the generator it names. Both are pinned; `make serve RUNNER=properdocs` and
`make build RUNNER=properdocs` switch (README, "Twee runners")."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

GENERATOR = re.compile(r'<meta name="generator" content="([^"]*)">')


def pages(site: Path) -> dict[str, str]:
    return {
        path.relative_to(site).as_posix(): path.read_text(encoding="utf-8") for path in site.rglob("*.html")
    }


def test_properdocs_builds_the_html_mkdocs_builds(site_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "site"
    result = subprocess.run(
        [sys.executable, "-m", "properdocs", "build", "--strict", "--site-dir", str(out)],
        cwd=ROOT,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr
    by_properdocs, by_mkdocs = pages(out), pages(site_dir)
    assert GENERATOR.search(by_properdocs["index.html"])[1].startswith("mkdocs-ProperDocs 1.6.7")
    assert GENERATOR.search(by_mkdocs["index.html"])[1].startswith("mkdocs-1.6.1")
    assert sorted(by_properdocs) == sorted(by_mkdocs)
    differ = [
        name
        for name, html in by_mkdocs.items()
        if GENERATOR.sub("", html) != GENERATOR.sub("", by_properdocs[name])
    ]
    assert differ == [], f"{len(differ)} pages differ, for example {differ[:3]}"
