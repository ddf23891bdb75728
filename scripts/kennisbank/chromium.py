"""The browser of the browser tests, the benchmark and Lighthouse: Debian's Chromium, never a download.

One definition, so the three cannot drift apart on what keeps Chromium from making requests of its own.
"""

from __future__ import annotations

from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")
# No sandbox (the tests run as root in a container), no GPU, and no background traffic.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
