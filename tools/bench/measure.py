"""Measuring builds and sites: wall time and peak memory of a build, the sizes of what it wrote, the bytes
a first visit and a search transfer, and how fast an edit shows up under `mkdocs serve`."""

from __future__ import annotations

import functools
import gzip
import json
import os
import random
import socket
import statistics
import string
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from html.parser import HTMLParser
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

from kennisbank.chromium import CHROMIUM, CHROMIUM_ARGS

LOCAL_HOST = "127.0.0.1"
BUILD_TIMEOUT = 900


def _environment() -> dict[str, str]:
    return {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


# --- Builds -----------------------------------------------------------------------------------------


class BuildFailed(Exception):
    pass


@dataclass(frozen=True)
class Run:
    seconds: float
    cpu_seconds: float  # user and system time of the build and the processes it waited for
    peak_rss: int  # bytes: the largest resident set of the build or any process it waited for
    python_peak_rss: int  # bytes: the largest resident set of the build's own Python process


def reference_loop_seconds(repeats: int = 10_000_000) -> float:
    """Seconds a fixed loop of pure Python takes: the same on the same idle machine, longer when a shared
    machine is busy. Taken at the start and the end of the benchmark, it shows how far its speed drifted."""
    started = time.perf_counter()
    total = 0
    for number in range(repeats):
        total += number
    return time.perf_counter() - started


def build(project: Path, config_file: str, site_dir: Path, *, strict: bool = True) -> Run:
    """`mkdocs build [--strict]` in a fresh process; wall time and peak memory of that process alone.

    os.wait4 gives the resource usage of this one child (with the children it waited for, such as
    Pagefind and pandoc), where RUSAGE_CHILDREN would give the maximum over every build so far.
    """
    command = [
        sys.executable,
        "-m",
        "mkdocs",
        "build",
        *(["--strict"] if strict else []),
        "--config-file",
        config_file,
        "--site-dir",
        str(site_dir),
    ]
    with tempfile.TemporaryFile() as output:
        started = time.perf_counter()
        process = subprocess.Popen(command, cwd=project, env=_environment(), stdout=output, stderr=output)
        try:
            _, status, usage, own_peak = _wait4(process.pid, BUILD_TIMEOUT)
        except TimeoutError:
            process.kill()
            process.wait()
            raise BuildFailed(f"{' '.join(command)}: na {BUILD_TIMEOUT} s afgebroken") from None
        seconds = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode != 0:
            output.seek(0)
            tail = output.read().decode("utf-8", "replace")[-4000:]
            raise BuildFailed(f"{' '.join(command)} (in {project}) mislukte:\n{tail}")
    # Linux gives ru_maxrss in kilobytes.
    return Run(seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss * 1024, own_peak)


def _wait4(pid: int, timeout: float) -> tuple[int, int, Any, int]:
    """Wait for the process; also its own peak resident set (VmHWM), read while it runs."""
    deadline = time.monotonic() + timeout
    own_peak = 0
    while True:
        own_peak = max(own_peak, _own_peak(pid))
        found, status, usage = os.wait4(pid, os.WNOHANG)
        if found:
            return found, status, usage, own_peak
        if time.monotonic() > deadline:
            raise TimeoutError
        time.sleep(0.02)


def _own_peak(pid: int) -> int:
    try:
        status = Path(f"/proc/{pid}/status").read_text(encoding="ascii")
    except OSError:
        return 0
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    return 0


@dataclass(frozen=True)
class Builds:
    runs: list[Run]

    @property
    def median_seconds(self) -> float:
        return statistics.median(run.seconds for run in self.runs)

    @property
    def median_cpu_seconds(self) -> float:
        return statistics.median(run.cpu_seconds for run in self.runs)

    @property
    def peak_rss(self) -> int:
        return max(run.peak_rss for run in self.runs)


# --- What a build wrote -----------------------------------------------------------------------------


def folder_bytes(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())


def site_metrics(site: Path, search_subdir: str | None) -> dict[str, Any]:
    pages = [path for path in site.rglob("*.html") if path.is_file()]
    sizes = sorted(path.stat().st_size for path in pages)
    metrics: dict[str, Any] = {
        "site_bytes": folder_bytes(site),
        "html_pages": len(pages),
        "median_page_html_bytes": int(statistics.median(sizes)) if sizes else 0,
        "largest_page_html_bytes": sizes[-1] if sizes else 0,
    }
    if search_subdir is not None:
        metrics["search"] = pagefind_metrics(site / search_subdir)
    else:
        lunr_index = site / "search" / "search_index.json"
        metrics["search"] = {"lunr_index_bytes": lunr_index.stat().st_size if lunr_index.exists() else 0}
    return metrics


def pagefind_metrics(folder: Path) -> dict[str, Any]:
    """Pagefind's output: a chunked index (index/*.pf_index) and a fragment per page (fragment/*.pf_fragment);
    a search loads the chunks of its words and the fragments of the results it shows, never the whole."""
    chunks = sorted((folder / "index").glob("*.pf_index"))
    fragments = sorted((folder / "fragment").glob("*.pf_fragment"))
    chunk_sizes = [path.stat().st_size for path in chunks]
    fragment_sizes = [path.stat().st_size for path in fragments]
    return {
        "total_bytes": folder_bytes(folder),
        "index_bytes": sum(chunk_sizes),
        "fragment_bytes": sum(fragment_sizes),
        "index_chunks": len(chunks),
        "largest_index_chunk_bytes": max(chunk_sizes, default=0),
        "fragments": len(fragments),
        "median_fragment_bytes": int(statistics.median(fragment_sizes)) if fragment_sizes else 0,
        "chunked": len(chunks) > 1,
        # What Pagefind's indexer holds in memory grows with this (issue 18).
        "indexed_words": sum(pagefind_fragment(path).get("word_count", 0) for path in fragments),
    }


def pagefind_fragment(path: Path) -> dict[str, Any]:
    """One page as Pagefind indexed it (url, content, word_count, …): gzipped JSON after a signature."""
    data = gzip.decompress(path.read_bytes())
    fragment: dict[str, Any] = json.loads(data[data.index(b"{") :])
    return fragment


# --- Serving a built site ---------------------------------------------------------------------------


class _RecordingHandler(SimpleHTTPRequestHandler):
    """Serves files quietly and notes each one it sends, with its size: what the browser transferred,
    Pagefind's requests from its web worker included."""

    sent: list[tuple[str, int]]

    def send_head(self) -> Any:
        body = super().send_head()
        if body is not None and hasattr(body, "fileno"):
            self.sent.append((urlsplit(self.path).path, os.fstat(body.fileno()).st_size))
        return body

    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def serving(directory: Path) -> Iterator[tuple[str, list[tuple[str, int]]]]:
    """`directory` over HTTP on 127.0.0.1 on a free port: the base URL (ending in a slash) and the list
    of (path, bytes) the server sends, in order."""
    sent: list[tuple[str, int]] = []
    handler = type("_Handler", (_RecordingHandler,), {"sent": sent})
    server = ThreadingHTTPServer((LOCAL_HOST, 0), functools.partial(handler, directory=str(directory)))
    thread = threading.Thread(target=server.serve_forever, name="bench-site-server", daemon=True)
    thread.start()
    try:
        yield f"http://{LOCAL_HOST}:{server.server_port}/", sent
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


# --- Page weight ------------------------------------------------------------------------------------


class _Assets(HTMLParser):
    """The files a page makes the browser fetch at once: stylesheets, scripts, icons and images."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        rel = (values.get("rel") or "").split()
        if tag == "link" and {"stylesheet", "icon"} & set(rel) and values.get("href"):
            self.found.append(values["href"] or "")
        elif tag in ("script", "img") and values.get("src"):
            self.found.append(values["src"] or "")


def _gzipped(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=6, mtime=0))


def static_page_weight(site: Path, page: str) -> dict[str, Any]:
    """The HTML and every stylesheet, script, icon and image it names: bytes on disk and gzipped."""
    html_file = site / page
    parser = _Assets()
    parser.feed(html_file.read_text(encoding="utf-8"))
    files: dict[str, Path] = {page: html_file}
    for reference in parser.found:
        target = urlsplit(reference)
        if target.scheme or target.netloc:
            continue
        path = (html_file.parent / target.path).resolve()
        if path.is_file():
            files[path.relative_to(site.resolve()).as_posix()] = path
    kinds: dict[str, dict[str, int]] = {}
    for name, path in files.items():
        kind = _kind(name)
        data = path.read_bytes()
        bucket = kinds.setdefault(kind, {"files": 0, "bytes": 0, "gzip_bytes": 0})
        bucket["files"] += 1
        bucket["bytes"] += len(data)
        bucket["gzip_bytes"] += _gzipped(data)
    return {
        "method": "files named in the HTML",
        "page": page,
        "files": sorted(files),
        "by_kind": kinds,
        "bytes": sum(bucket["bytes"] for bucket in kinds.values()),
        "gzip_bytes": sum(bucket["gzip_bytes"] for bucket in kinds.values()),
    }


def _kind(name: str) -> str:
    suffix = Path(urlsplit(name).path).suffix.lower()
    return {".html": "html", ".css": "css", ".js": "js", ".mjs": "js"}.get(suffix, "other")


def browser_available() -> bool:
    if not CHROMIUM.exists():
        return False
    try:
        import playwright.sync_api  # noqa: F401, PLC0415 (optional: a test dependency)
    except ImportError:
        return False
    return True


def browser_measurements(site: Path, page: str, query: str) -> dict[str, Any]:
    """In Chromium: what a first visit to `page` transfers, then what one search for `query` adds."""
    from playwright.sync_api import sync_playwright  # noqa: PLC0415 (optional: a test dependency)

    with serving(site) as (base, sent), sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            tab = browser.new_context().new_page()
            tab.goto(urljoin(base, page.removesuffix("index.html")), wait_until="networkidle")
            visit = _transfers(sent)
            sent.clear()
            field = tab.locator("dialog#kb-search .kb-search__input")
            tab.locator("[data-kb-search-open]").first.click()
            field.wait_for(state="visible")
            field.fill(query)
            tab.locator(f".kb-search__results[data-query={json.dumps(query)}]").wait_for(state="attached")
            tab.wait_for_load_state("networkidle")
            results = tab.locator(".kb-search__result").count()
            search = _transfers(sent)
        finally:
            browser.close()
    return {
        "method": "Chromium (Playwright); bytes as the test server sent them, uncompressed",
        "first_visit": visit,
        "search": {"query": query, "results_shown": results, **search},
    }


def _transfers(sent: list[tuple[str, int]]) -> dict[str, Any]:
    files = dict(sent)
    by_kind: dict[str, int] = {}
    for path, size in files.items():
        kind = (
            "search" if "/pagefind/" in path else _kind(path if "." in path.rsplit("/", 1)[-1] else "x.html")
        )
        by_kind[kind] = by_kind.get(kind, 0) + size
    return {"requests": len(files), "bytes": sum(files.values()), "by_kind": by_kind, "files": files}


# --- mkdocs serve -----------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((LOCAL_HOST, 0))
        return int(probe.getsockname()[1])


def _fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8", "replace")
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return None


def serve_edit_latency(
    project: Path, entry_file: Path, page: str, edits: int = 5, startup_timeout: float = 300
) -> dict[str, Any]:
    """Seconds from saving an edit to `entry_file` until `mkdocs serve` (as `make serve` runs it) serves it.

    The server runs in `project`, a copy: the real docs are never touched.
    """
    port = free_port()
    url = f"http://{LOCAL_HOST}:{port}/{page}"
    command = [sys.executable, "-m", "mkdocs", "serve", "--strict", "--dev-addr", f"{LOCAL_HOST}:{port}"]
    with tempfile.TemporaryFile() as output:
        server = subprocess.Popen(command, cwd=project, env=_environment(), stdout=output, stderr=output)
        try:
            started = time.perf_counter()
            while _fetch(url) is None:
                if server.poll() is not None or time.perf_counter() - started > startup_timeout:
                    output.seek(0)
                    tail = output.read().decode("utf-8", "replace")[-3000:]
                    raise BuildFailed(f"mkdocs serve kwam niet op gang:\n{tail}")
                time.sleep(0.1)
            first_build = time.perf_counter() - started
            original = entry_file.read_text(encoding="utf-8")
            latencies: list[float] = []
            cpu: list[float] = []
            for _ in range(edits):
                # Letters only: a figure without a source would fail the strict build.
                marker = "Benchmarkwijziging" + "".join(random.choices(string.ascii_lowercase, k=8))
                time.sleep(1.0)  # let the watcher settle after the previous rebuild
                entry_file.write_text(f"{original}\n{marker} is toegevoegd.\n", encoding="utf-8")
                saved = time.perf_counter()
                cpu_before = _cpu_seconds(server.pid)
                while marker not in (_fetch(url) or ""):
                    if time.perf_counter() - saved > startup_timeout:
                        raise BuildFailed(f"de wijziging verscheen niet binnen {startup_timeout} s op {url}")
                    time.sleep(0.05)
                latencies.append(time.perf_counter() - saved)
                cpu.append(_cpu_seconds(server.pid) - cpu_before)
            entry_file.write_text(original, encoding="utf-8")
        finally:
            server.terminate()
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
    return {
        "first_build_seconds": first_build,
        "edit_seconds": latencies,
        "median_edit_seconds": statistics.median(latencies),
        # CPU time of the server process for each edit (pandoc and Pagefind left out): about the wall
        # time on an idle machine, less the file watcher's wait of up to 0.5 s.
        "edit_cpu_seconds": cpu,
        "page": page,
    }


def _cpu_seconds(pid: int) -> float:
    """User and system time of a running process, its children left out (Linux).

    The children would add the Pagefind run of the previous rebuild, which the server collects in the
    next one.
    """
    try:
        fields = Path(f"/proc/{pid}/stat").read_text(encoding="ascii").rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    # After the command name: state is field 3, utime and stime are fields 14 and 15.
    return sum(int(value) for value in fields[11:13]) / os.sysconf("SC_CLK_TCK")


def test_suite(project: Path) -> dict[str, Any]:
    """The pytest part of `make test` (its options are pyproject.toml's), in a fresh process: wall time,
    and pytest's own summary line."""
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"]
    started = time.perf_counter()
    result = subprocess.run(
        command, cwd=project, env=_environment(), capture_output=True, text=True, check=False
    )
    seconds = time.perf_counter() - started
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    return {
        "command": " ".join(["python", *command[1:]]),
        "seconds": round(seconds, 1),
        "passed": result.returncode == 0,
        "summary": lines[-1].strip("= ") if lines else f"exit code {result.returncode}",
    }
