"""Pagefind's indexing service (`pagefind --service`), fed each page as MkDocs writes it.

Run after the build, Pagefind reads the whole site again and MkDocs waits for it (2 s at 500 entries).
Fed page by page, it indexes on another core while MkDocs renders the next pages, and only writes the
index at the end (issue 9).

Pagefind's own Python client (pagefind.index) reads one reply per tenth of a second, which would add
50 s for 500 pages; this client speaks the same protocol (the pinned Pagefind 1.5.2's: each message is
base64-encoded JSON followed by a comma) and reads the replies on a thread of its own.
"""

from __future__ import annotations

import base64
import json
import subprocess
import threading
from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError


class PagefindService:
    def __init__(self, executable: Path, config: dict[str, Any]) -> None:
        self._process = subprocess.Popen(
            [str(executable), "--service"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,  # the service writes its replies, and nothing else, to stdout
        )
        self._replies: dict[int, dict[str, Any]] = {}
        self._arrived = threading.Condition()
        self._ended = False
        self._last_id = 0
        self._pending: list[int] = []
        threading.Thread(target=self._read_replies, name="pagefind-replies", daemon=True).start()
        self._index_id = self._ask({"type": "NewIndex", "config": config}, expect="NewIndex")["index_id"]

    def add_page(self, html: str, url: str) -> None:
        """Hand over one page; its reply is collected by `write`."""
        request = {"type": "AddFile", "index_id": self._index_id, "url": url, "file_contents": html}
        self._pending.append(self._send(request))

    def write(self, output_path: Path) -> int:
        """Wait until every page is indexed, write the index to `output_path`; the number of pages."""
        for message_id in self._pending:
            self._reply(message_id, expect="IndexedFile")
        pages = len(self._pending)
        self._pending = []
        self._ask(
            {"type": "WriteFiles", "index_id": self._index_id, "output_path": str(output_path)},
            expect="WriteFiles",
        )
        return pages

    def close(self) -> None:
        if self._process.stdin is not None and not self._process.stdin.closed:
            self._process.stdin.close()
        try:
            self._process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()

    def _ask(self, payload: dict[str, Any], *, expect: str) -> dict[str, Any]:
        return self._reply(self._send(payload), expect=expect)

    def _send(self, payload: dict[str, Any]) -> int:
        self._last_id += 1
        message = json.dumps({"message_id": self._last_id, "payload": payload}).encode("utf-8")
        assert self._process.stdin is not None
        try:
            self._process.stdin.write(base64.b64encode(message) + b",")
            self._process.stdin.flush()
        except BrokenPipeError as error:
            raise PluginError("Pagefind is onverwacht gestopt tijdens het maken van de zoekindex") from error
        return self._last_id

    def _reply(self, message_id: int, *, expect: str) -> dict[str, Any]:
        with self._arrived:
            self._arrived.wait_for(lambda: message_id in self._replies or self._ended)
            reply = self._replies.pop(message_id, None)
        if reply is None:
            raise PluginError("Pagefind is onverwacht gestopt tijdens het maken van de zoekindex")
        if reply.get("type") != expect:
            raise PluginError(f"Pagefind kon de zoekindex niet maken: {reply.get('message', reply)}")
        return reply

    def _read_replies(self) -> None:
        assert self._process.stdout is not None
        buffered = b""
        while chunk := self._process.stdout.read1(1 << 16):
            buffered += chunk
            *messages, buffered = buffered.split(b",")
            replies = [json.loads(base64.b64decode(message)) for message in messages if message.strip()]
            with self._arrived:
                for reply in replies:
                    self._replies[_message_id(reply)] = reply["payload"]
                self._arrived.notify_all()
        with self._arrived:
            self._ended = True
            self._arrived.notify_all()


def _message_id(reply: dict[str, Any]) -> int:
    """The request a reply answers; a request the service could not read is echoed in the error."""
    if reply.get("message_id") is not None:
        return int(reply["message_id"])
    original = json.loads(reply["payload"].get("original_message") or "{}")
    return int(original.get("message_id", 0))
