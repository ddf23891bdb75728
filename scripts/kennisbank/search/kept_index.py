"""Pagefind's index of an earlier build, used again when Pagefind would index the same pages.

Pagefind reads the HTML files of the built site and nothing else (no pagefind.yml, no PAGEFIND_ variable
is used here). Two runs over the same files write the same index, up to the order within its filter files
(and so their names, which are hashes of their content). After a build whose pages are all as before
(a rebuild, a release build into another folder, `make test` after `make build`), the index is copied
from `.cache/pagefind/` instead of being made again: a third of a second for the real site, nine seconds
and 900 MB for 2000 entries. The copy is checked against the digest it was kept with; a copy that does not
match is not used (with a warning) and Pagefind indexes the site.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import tempfile
from pathlib import Path

from kennisbank import cache

log = logging.getLogger("mkdocs.plugins.kennisbank.search")

FOLDER = "pagefind"
BUNDLE = "bundle"
MANIFEST = "kept.json"


def input_digest(kept: cache.Cache, site_dir: Path, output_subdir: str, options: list[str]) -> str:
    """Everything Pagefind's index is made from: the code (cache.py: the version of Pagefind among it),
    Pagefind's options, and every HTML file of the site (Pagefind's own folder left out), by path and
    content. Empty when there is no cache."""
    if kept.folder is None:
        return ""
    seed = kept.key(json.dumps(options))
    return cache.files_digest(site_dir, "*.html", skip=site_dir / output_subdir, seed=seed)


def restore(kept_in: cache.Cache, key: str, target: Path) -> bool:
    """Link the kept index into `target` if it was made from `key`; False when there is none to use."""
    if kept_in.folder is None:
        return False
    kept = kept_in.folder / FOLDER
    try:
        manifest = json.loads((kept / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    if not isinstance(manifest, dict) or manifest.get("input") != key:
        return False
    if manifest.get("output") != _output_digest(kept / BUNDLE):
        log.info(f"{kept}: waarschuwing: een onleesbaar bestand van de build-cache; genegeerd")
        return False
    shutil.rmtree(target, ignore_errors=True)
    try:
        shutil.copytree(kept / BUNDLE, target, copy_function=_link_or_copy)
    except OSError:  # replaced meanwhile by a build that ran alongside this one
        shutil.rmtree(target, ignore_errors=True)
        return False
    return True


def keep(kept_in: cache.Cache, key: str, made: Path) -> None:
    """Keep the index Pagefind just made in `made`, in place of the one kept before."""
    if kept_in.folder is None:
        return
    cache_dir = kept_in.folder
    kept = cache_dir / FOLDER
    cache_dir.mkdir(parents=True, exist_ok=True)
    # Made aside and moved in whole: a build stopped halfway leaves the old index or the new one.
    aside = Path(tempfile.mkdtemp(dir=cache_dir, prefix=f".{FOLDER}-"))
    shutil.copytree(made, aside / BUNDLE, copy_function=_link_or_copy)
    manifest = {"input": key, "output": _output_digest(aside / BUNDLE)}
    (aside / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    old = Path(tempfile.mkdtemp(dir=cache_dir, prefix=f".{FOLDER}-old-"))
    try:
        if kept.exists():
            kept.rename(old / FOLDER)
        aside.rename(kept)
    except OSError:  # a build that ran alongside this one kept its index first: that one stays
        shutil.rmtree(aside, ignore_errors=True)
    shutil.rmtree(old, ignore_errors=True)


def _link_or_copy(source: str, target: str) -> None:
    try:
        os.link(source, target)
    except OSError:  # another file system, or one without hard links
        shutil.copy2(source, target)


def _output_digest(bundle: Path) -> str | None:
    return cache.files_digest(bundle) if bundle.is_dir() else None
