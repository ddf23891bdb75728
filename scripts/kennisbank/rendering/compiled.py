"""Jinja's compiled templates, kept for the process and in `.cache/jinja/` for the next build.

MkDocs makes a new Jinja environment for every build, and Jinja compiles Material's base.html with its
partials, and our templates, anew in each: a quarter of a second of every `mkdocs build`, even when every
page comes from `.cache/templates/`, since the 404 page is always rendered. Jinja keys a compiled template
by its name and file and stores the checksum of its source with it: an edited template is compiled again.
"""

from __future__ import annotations

import logging
import pickle
from pathlib import Path
from typing import ClassVar

from jinja2.bccache import Bucket, BytecodeCache

from kennisbank import build_cache

log = logging.getLogger("mkdocs.plugins.kennisbank.rendering")


class CompiledTemplates(BytecodeCache):
    # For the whole process (one `mkdocs build`, a whole `mkdocs serve` session, the builds of a test run),
    # by Jinja's key: the name and file of the template. A project's folder gets every template its builds
    # use, also those another project in this process compiled first.
    in_memory: ClassVar[dict[str, bytes]] = {}

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def load_bytecode(self, bucket: Bucket) -> None:
        path = self.folder / bucket.key
        compiled = self.in_memory.get(bucket.key)
        if compiled is None:
            try:
                compiled = path.read_bytes()
            except OSError:
                return
        elif not path.exists():
            build_cache.write_bytes(path, compiled)
        try:
            bucket.bytecode_from_string(compiled)  # resets the bucket when the source changed since
        except (pickle.UnpicklingError, EOFError, ValueError, TypeError) as error:
            bucket.reset()
            log.info(f"{path}: waarschuwing: een onleesbaar bestand van de build-cache; genegeerd ({error})")

    def dump_bytecode(self, bucket: Bucket) -> None:
        compiled = bucket.bytecode_to_string()
        self.in_memory[bucket.key] = compiled
        build_cache.write_bytes(self.folder / bucket.key, compiled)
