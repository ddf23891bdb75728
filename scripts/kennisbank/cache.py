"""What a build keeps for the next one, in the project's `.cache/` folder (ignored by git): one mechanism
for every kept result.

The key rule: a result is used again only under the same key, and every key holds the digest of the code
that could have shaped it, besides the result's own inputs (a page's Markdown, the citations, the HTML).
That digest errs towards making a result anew: it covers every file of the kennisbank package (not only
the module that made the result: a template reads constants of plugins, a plugin calls the whole
package), the version of every installed package and of Python (read once per process: the code that
runs is the code that was loaded), and mkdocs.yml, its hooks and the theme's own folder (overrides/), read
for every build, since `mkdocs serve` reads them anew for each.

`KENNISBANK_CACHE=off` (any value but `on`) builds without reading or writing anything here, as does
`cache: false` under the kennisbank plugin; `cache: false` under one of the other plugins leaves only that
plugin's results out. The folder may be deleted at any time (`make clean` does); a file that cannot be
read is ignored with a warning.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import os
import platform
import shutil
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

log = logging.getLogger("mkdocs.plugins.kennisbank")

VARIABLE = "KENNISBANK_CACHE"
ON = "on"
PACKAGE = Path(__file__).resolve().parent


def digest(*parts: str) -> str:
    return hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()


def files_digest(folder: Path, pattern: str = "*", *, skip: Path | None = None, seed: str = "") -> str:
    """A digest of `seed` and of every file under `folder` matching `pattern` (outside `skip`), by path and
    content, in a fixed order."""
    hashed = hashlib.sha256(seed.encode("utf-8"))
    for path in sorted(folder.rglob(pattern)):
        if path.is_file() and (skip is None or not path.is_relative_to(skip)):
            hashed.update(b"\0" + path.relative_to(folder).as_posix().encode("utf-8") + b"\0")
            hashed.update(path.read_bytes())
    return hashed.hexdigest()


@functools.cache
def code_digest() -> str:
    """The kennisbank package (every file but Python's bytecode), the installed packages with their
    versions, and Python: once per process."""
    installed = sorted(
        found.name
        for entry in dict.fromkeys(sys.path)
        if entry and Path(entry).is_dir()
        for found in Path(entry).iterdir()
        if found.suffix in (".dist-info", ".egg-info")
    )
    seed = json.dumps([sys.version, platform.platform(), installed])
    hashed = hashlib.sha256(seed.encode("utf-8"))
    for path in sorted(PACKAGE.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            hashed.update(b"\0" + path.relative_to(PACKAGE).as_posix().encode("utf-8") + b"\0")
            hashed.update(path.read_bytes())
    return hashed.hexdigest()


def project_digest(files: list[Path], theme_dir: Path | None) -> str:
    """The project's own configuration files (mkdocs.yml, its hooks) and the theme's own folder (such as
    overrides/): for every build. A file by name and content: the same file given by another path
    (`-f mkdocs.yml`) is the same."""
    parts = [f"{path.name}\0{path.read_bytes().hex()}" for path in files if path.is_file()]
    if theme_dir is not None and theme_dir.is_dir():
        parts.append(files_digest(theme_dir))
    return digest(*parts)


def wanted() -> bool:
    """Whether the environment allows a cache: KENNISBANK_CACHE unset, empty or `on`."""
    return os.environ.get(VARIABLE, ON).strip().lower() in ("", ON)


@dataclass(frozen=True)
class Cache:
    """Where this build keeps its results and the digest of the code every key holds; `folder` None: a
    build without cache."""

    folder: Path | None
    code: str = ""

    @classmethod
    def for_build(cls, project: str, folder: Path, *, enabled: bool = True) -> Cache:
        """The cache of a build of the project whose `project_digest` is `project`."""
        if not enabled or not wanted():
            return OFF
        return cls(folder, digest(code_digest(), project))

    def only_if(self, enabled: bool) -> Cache:
        """This cache, or none when a plugin's own `cache` option is false."""
        return self if enabled else OFF

    def key(self, *inputs: str) -> str:
        """The key of a result made from `inputs` by this build's code."""
        return digest(self.code, *inputs)

    def folder_for(self, name: str) -> Path:
        """A folder for results that are files (`name/<code digest>/`), made empty for other code."""
        assert self.folder is not None, "only with a cache"
        own = self.folder / name / self.code
        if not own.is_dir():
            shutil.rmtree(self.folder / name, ignore_errors=True)
            own.mkdir(parents=True, exist_ok=True)
        return own

    def load(self, name: str) -> dict[str, Any]:
        """The results kept under `name` by a build of the same code; empty when there are none."""
        if self.folder is None:
            return {}
        path = self.folder / f"{name}.json"
        if not path.is_file():
            return {}
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            code, value = str(data["code"]), data["results"]
        except (OSError, ValueError, KeyError, TypeError) as error:
            # At info level, as the content's warnings: a cache is no reason to fail a strict build.
            log.info(f"{path}: waarschuwing: een onleesbaar bestand van de build-cache; genegeerd ({error})")
            return {}
        return value if code == self.code and isinstance(value, dict) else {}

    def save(self, name: str, results: dict[str, Any]) -> None:
        if self.folder is not None:
            data = {"code": self.code, "results": results}
            write_bytes(self.folder / f"{name}.json", json.dumps(data, ensure_ascii=False).encode("utf-8"))


OFF = Cache(None)


class Kept:
    """The results of one kind (`name`), each by its key: those the previous build kept, and those this
    build made or used again. A result this build did not ask for is not kept for the next.

    Under `mkdocs serve` the object lives on between rebuilds: a rebuild of the same code starts from what
    the previous one had in memory, else from what is on disk.
    """

    def __init__(self, name: str) -> None:
        self.name = name
        self.cache: Cache | None = None
        self.before: dict[str, Any] = {}
        self.now: dict[str, Any] = {}
        self.unsaved = False

    def start(self, cache: Cache) -> None:
        """A new build, with this cache."""
        if cache != self.cache:
            self.cache = cache
            self.before = cache.load(self.name)
            self.unsaved = False
        self.now = {}

    def get(self, key: str) -> Any | None:
        """The result kept for `key` (kept for the next build too), or None."""
        found = self.before.get(key)
        if found is not None:
            self.now[key] = found
        return found

    def put(self, key: str, value: Any) -> None:
        self.now[key] = value

    def keep(self, *, write: bool = True) -> None:
        """The end of a build: its results are what the next one starts from; written to disk unless
        `write` is false (then by `write()`, as `mkdocs serve` does when it stops)."""
        if self.now != self.before:
            self.unsaved = True
        self.before = self.now
        if write:
            self.write()

    def write(self) -> None:
        if self.unsaved and self.cache is not None:
            self.cache.save(self.name, self.before)
        self.unsaved = False


def cached(cache: Cache, name: str, key: str, make: Callable[[], Any]) -> Any:
    """The result kept under `name` for `key`, else `make()`, kept for the next build."""
    kept = Kept(name)
    kept.start(cache)
    value = kept.get(key)
    if value is None:
        value = make()
        kept.put(key, value)
    kept.keep()
    return value


def write_bytes(path: Path, data: bytes) -> None:
    """Written aside and renamed: never half a file, not even when a build is stopped or two run at once."""
    folder = path.parent
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile("wb", dir=folder, suffix=".tmp", delete=False) as file:
        file.write(data)
    Path(file.name).replace(path)
