"""Lighthouse scores (mobile) of the built site: the home page, an entry and a catalogue.

Not part of the test suite: the scores depend on the machine's load. `make lighthouse` builds the site,
installs the pinned Lighthouse from package-lock.json beside this file, and runs this script, which
serves the site on 127.0.0.1 (compressed with gzip, as any static host does), runs Lighthouse with
Debian's Chromium and the browser tests' no-network flags, writes each JSON report and prints a table.
Every page is measured --runs times; the run with the median performance score counts, as Lighthouse
itself advises for its simulated throttling.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import io
import json
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import BinaryIO
from urllib.parse import urlsplit

from kennisbank.chromium import CHROMIUM, CHROMIUM_ARGS

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
LIGHTHOUSE = HERE / "node_modules" / "lighthouse" / "cli" / "index.js"
HOST = "127.0.0.1"
PAGES = {"home": "", "entry": "interventies/int-001/", "catalogue": "interventies/"}
CATEGORIES = ["accessibility", "best-practices", "seo", "performance"]
TARGETS = {"accessibility": 1.0, "best-practices": 1.0, "seo": 0.95, "performance": 0.95}
# Headless, without GPU, and with the flags of the browser tests (no background traffic).
CHROME_FLAGS = ["--headless=new", *CHROMIUM_ARGS]
COMPRESSED = {".html", ".css", ".js", ".json", ".svg", ".xml", ".txt"}


class _Handler(SimpleHTTPRequestHandler):
    """Static files, gzip-compressed for text types when the client accepts it."""

    def log_message(self, format: str, *args: object) -> None:
        pass

    def send_head(self) -> BinaryIO | None:
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            if not urlsplit(self.path).path.endswith("/"):
                return super().send_head()  # the redirect to the folder's URL
            path = path / "index.html"
        accepts = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (accepts and path.is_file() and path.suffix in COMPRESSED):
            return super().send_head()
        body = gzip.compress(path.read_bytes())
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


@contextmanager
def serving(site: Path) -> Iterator[str]:
    server = ThreadingHTTPServer((HOST, 0), functools.partial(_Handler, directory=str(site)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://{HOST}:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def lighthouse(url: str, report: Path) -> dict[str, float]:
    node = shutil.which("node")
    if node is None:
        sys.exit("node ontbreekt: installeer Node.js (Debian: apt-get install nodejs npm).")
    command = [
        node,
        str(LIGHTHOUSE),
        url,
        "--quiet",
        "--output=json",
        f"--output-path={report}",
        f"--only-categories={','.join(CATEGORIES)}",
        f"--chrome-flags={' '.join(CHROME_FLAGS)}",
    ]
    subprocess.run(command, check=True, env={**os.environ, "CHROME_PATH": str(CHROMIUM)}, timeout=300)
    result = json.loads(report.read_text(encoding="utf-8"))
    return {category: result["categories"][category]["score"] for category in CATEGORIES}


def median_run(url: str, out: Path, name: str, runs: int) -> tuple[dict[str, float], Path]:
    measured = []
    for run in range(1, runs + 1):
        report = out / f"{name}-{run}.json"
        measured.append((lighthouse(url, report), report))
    measured.sort(key=lambda item: item[0]["performance"])
    scores, report = measured[len(measured) // 2]
    shutil.copy(report, out / f"{name}.json")
    return scores, out / f"{name}.json"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, default=ROOT / "site", help="the built site")
    parser.add_argument("--out", type=Path, default=ROOT / ".lighthouse", help="folder for the reports")
    parser.add_argument("--runs", type=int, default=3, help="runs per page; the median counts")
    args = parser.parse_args()
    if not (args.site / "index.html").is_file():
        sys.exit(f"{args.site} bevat geen gebouwde site: eerst `make build`.")
    if not LIGHTHOUSE.is_file():
        sys.exit("Lighthouse ontbreekt: `make lighthouse` installeert het (npm ci in tools/lighthouse).")
    args.out.mkdir(parents=True, exist_ok=True)

    rows = []
    with serving(args.site) as base:
        for name, path in PAGES.items():
            scores, report = median_run(base + path, args.out, name, args.runs)
            rows.append((name, "/" + path, scores, report))

    width = max(len(f"{name} {path}") for name, path, _, _ in rows)
    print(f"{'pagina'.ljust(width)}  " + "  ".join(f"{c:>14}" for c in CATEGORIES))
    below = []
    for name, path, scores, _ in rows:
        print(f"{f'{name} {path}'.ljust(width)}  " + "  ".join(f"{scores[c]:>14.2f}" for c in CATEGORIES))
        below += [
            f"{name} {c} {scores[c]:.2f} < {TARGETS[c]:.2f}" for c in CATEGORIES if scores[c] < TARGETS[c]
        ]
    print(f"\nRapporten (mediaan van {args.runs} runs): {args.out}/")
    if below:
        print("Onder het doel: " + "; ".join(below))
    return 0


if __name__ == "__main__":
    sys.exit(main())
