"""Reading what a host is told to send: the `_headers` file of the built site and the README's nginx lines.

The readers are the tests' own, written from the hosts' formats, not from
scripts/kennisbank/security_policy.py: a mistake in how the module writes a file shows up here.
"""

from __future__ import annotations

import re
from pathlib import Path

# Netlify and Cloudflare Pages: a line with a path (pattern), then its headers, indented, as `Name: value`.
HEADER_LINE = re.compile(r"^[ \t]+(?P<name>[A-Za-z0-9-]+):[ \t]*(?P<value>\S.*?)[ \t]*$")
NGINX_BLOCK = re.compile(r"^```nginx\n(?P<body>.*?)^```$", re.M | re.S)
NGINX_LINE = re.compile(r'^add_header (?P<name>[A-Za-z0-9-]+) "(?P<value>[^"]*)" always;$')


def read_headers_file(path: Path) -> dict[str, dict[str, str]]:
    """The headers of each path pattern in a `_headers` file; a line that fits neither shape fails."""
    rules: dict[str, dict[str, str]] = {}
    current: dict[str, str] | None = None
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        header = HEADER_LINE.match(line)
        if header is not None:
            assert current is not None, f"{path}:{number}: a header before any path"
            assert header["name"] not in current, f"{path}:{number}: {header['name']} twice"
            current[header["name"]] = header["value"]
        else:
            assert line == line.strip() and line.startswith("/"), f"{path}:{number}: not a path: {line!r}"
            current = rules.setdefault(line, {})
    return rules


def read_nginx_snippets(markdown: str) -> list[dict[str, str]]:
    """The headers of each ```nginx block of a Markdown text; each line must be `add_header … always;`."""
    snippets = []
    for block in NGINX_BLOCK.finditer(markdown):
        headers: dict[str, str] = {}
        for line in block["body"].splitlines():
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            found = NGINX_LINE.match(line.strip())
            assert found is not None, f'not an `add_header Name "value" always;` line: {line!r}'
            headers[found["name"]] = found["value"]
        snippets.append(headers)
    return snippets
