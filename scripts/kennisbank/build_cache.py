"""What a build keeps for the next one, in the project's `.cache/` folder (ignored by git).

Each result is stored with a digest of everything it was made from (the input, the program that made it
and its version); it is used again only for the same digest, so a changed input never shows an old result.
The folder may be deleted at any time; a file that cannot be read is ignored with a warning.
"""

from __future__ import annotations

import hashlib
import json
import logging
import tempfile
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

log = logging.getLogger("mkdocs.plugins.kennisbank")


def digest(*parts: str) -> str:
    return hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()


def sources_digest(*modules: ModuleType) -> str:
    """A digest of the source code of `modules`: the version of the program that made a result."""
    return digest(*(Path(module.__file__ or "").read_text(encoding="utf-8") for module in modules))


def files_digest(folder: Path, pattern: str = "*", *, skip: Path | None = None, seed: str = "") -> str:
    """A digest of `seed` and of every file under `folder` matching `pattern` (outside `skip`), by path and
    content, in a fixed order."""
    hashed = hashlib.sha256(seed.encode("utf-8"))
    for path in sorted(folder.rglob(pattern)):
        if path.is_file() and (skip is None or not path.is_relative_to(skip)):
            hashed.update(b"\0" + path.relative_to(folder).as_posix().encode("utf-8") + b"\0")
            hashed.update(path.read_bytes())
    return hashed.hexdigest()


def load(folder: Path, name: str) -> tuple[str, Any] | None:
    """(digest, value) kept under `name`, or None when there is none or it cannot be read."""
    path = folder / f"{name}.json"
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return str(data["digest"]), data["value"]
    except (OSError, ValueError, KeyError, TypeError) as error:
        # At info level, as the content's warnings: a cache is no reason to fail a strict build.
        log.info(f"{path}: waarschuwing: een onleesbaar bestand van de build-cache; genegeerd ({error})")
        return None


def save(folder: Path, name: str, key: str, value: Any) -> None:
    write(folder / f"{name}.json", json.dumps({"digest": key, "value": value}, ensure_ascii=False))


def write(path: Path, text: str) -> None:
    write_bytes(path, text.encode("utf-8"))


def write_bytes(path: Path, data: bytes) -> None:
    """Written aside and renamed: never half a file, not even when a build is stopped or two run at once."""
    folder = path.parent
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile("wb", dir=folder, suffix=".tmp", delete=False) as file:
        file.write(data)
    Path(file.name).replace(path)


def cached(folder: Path, name: str, key: str, make: Callable[[], Any]) -> Any:
    """The value kept under `name` for this digest, else `make()`, kept for the next build."""
    kept = load(folder, name)
    if kept is not None and kept[0] == key:
        return kept[1]
    value = make()
    save(folder, name, key, value)
    return value
