"""What pandoc made of the citations, kept on disk between builds and keyed by all it was made from: the
bibliography as written, the style, every distinct citation and pandoc's version. A changed record,
citation or style gives another key, so the cache never shows an old reference; the folder may be
deleted at any time, and an unreadable file is ignored with a warning."""

from __future__ import annotations

import json
import logging
import tempfile
from pathlib import Path

from kennisbank.citations.registry import Formatted

CACHE_FILE = "citations.json"
log = logging.getLogger("mkdocs.plugins.kennisbank.citations")


def load(folder: Path) -> Formatted | None:
    path = folder / CACHE_FILE
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Formatted(str(data["digest"]), dict(data["inline"]), dict(data["references"]))
    except (OSError, ValueError, KeyError, TypeError) as error:
        # At info level, as the content's warnings: a cache is no reason to fail a strict build.
        log.info(f"{path}: waarschuwing: de cache van de citaties is onleesbaar en wordt genegeerd ({error})")
        return None


def save(folder: Path, formatted: Formatted) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    data = {"digest": formatted.digest, "inline": formatted.inline, "references": formatted.references}
    # Written aside and renamed: never half a file, not even when a build is stopped or two run at once.
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=folder, suffix=".tmp", delete=False) as file:
        json.dump(data, file, ensure_ascii=False)
    Path(file.name).replace(folder / CACHE_FILE)
