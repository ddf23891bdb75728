"""The theme's templates, compiled once per process rather than once per build.

MkDocs makes a new Jinja environment for every build, which compiles Material's templates and ours
again. Under `mkdocs serve` every edit is a build; with this cache each template is compiled once per
session, and again only when its source changes (Jinja compares a checksum of the source).
"""

from __future__ import annotations

from jinja2.bccache import Bucket, BytecodeCache


class MemoryBytecodeCache(BytecodeCache):
    def __init__(self) -> None:
        self._compiled: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        compiled = self._compiled.get(bucket.key)
        if compiled is not None:
            bucket.bytecode_from_string(compiled)

    def dump_bytecode(self, bucket: Bucket) -> None:
        self._compiled[bucket.key] = bucket.bytecode_to_string()

    def clear(self) -> None:
        self._compiled.clear()


# Module state lives as long as the process: one `mkdocs build`, or a whole `mkdocs serve` session.
COMPILED_TEMPLATES = MemoryBytecodeCache()
