"""The files beside the Markdown under docs/: only the kinds the site needs, each what its name says.

MkDocs copies every file under docs/ that is not Markdown into the site as it is: an HTML page with a
script, a JavaScript file, a static host's configuration (`_headers`, `_redirects`) or a style sheet that
takes the place of the theme's would reach readers unchecked. So beside the Markdown (`.md`) stand only
the kinds of `kennisbank.allowlist.FILE_KINDS` (images), each within its size bound and with the content
its extension names; an SVG holds only what the allow-list of page HTML allows. Every other file is refused
with its path, other Markdown extensions (`.markdown`, which MkDocs would publish without the checks)
included. Symbolic links are refused by `content.links`, and not followed here.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from kennisbank.allowlist import FILE_KINDS, KIND_BY_EXTENSION
from kennisbank.content.frontmatter import megabytes
from kennisbank.problems import Problem
from kennisbank.text.excerpt import excerpt

MARKDOWN = ".md"
# What MkDocs also reads as Markdown (mkdocs.utils.markdown_extensions); the checks read only `.md`.
_OTHER_MARKDOWN = (".markdown", ".mdown", ".mkdn", ".mkd")
# The configuration files of static hosts (Netlify, Cloudflare Pages): the site's own headers are made
# by the build, not taken from docs/.
_HOST_FILES = frozenset({"_headers", "_redirects"})
_ALLOWED = ", ".join(f"{kind.name} ({', '.join(kind.extensions)})" for kind in FILE_KINDS)


def hidden(path: Path, docs_dir: Path) -> bool:
    """Whether `path` is a hidden file or lies in a hidden folder (`.name`) under `docs_dir`: MkDocs never
    publishes it (its `exclude_docs` always holds `.*`), so no check reads it."""
    return any(part.startswith(".") for part in path.relative_to(docs_dir).parts)


def file_problems(docs_dir: Path, shown: Callable[[Path], str]) -> list[Problem]:
    """A problem for every file under `docs_dir` that may not be in the site; symbolic links are left to
    `content.links.link_problems`. Hidden files and folders (`hidden`) are passed over: a contributor should
    not be stopped by a `.DS_Store` or an editor's swap file they cannot see."""
    problems: list[Problem] = []
    if not docs_dir.is_dir():
        return problems
    for folder, folders, files in os.walk(docs_dir, followlinks=False):
        here = Path(folder)
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        for name in sorted(files):
            path = here / name
            if not hidden(path, docs_dir) and not path.is_symlink():
                problems.extend(Problem(shown(path), line, message) for line, message in _refusals(path))
    return problems


def _refusals(path: Path) -> list[tuple[int | None, str]]:
    name, extension = path.name, path.suffix
    if extension == MARKDOWN:
        return []  # a page: read and checked with the entries
    if name in _HOST_FILES:
        return [
            (
                None,
                f"'{name}' is een instellingenbestand van een webhost; de headers en doorverwijzingen van de "
                "site komen niet uit docs/: verwijder het bestand",
            )
        ]
    if extension.lower() in (MARKDOWN, *_OTHER_MARKDOWN):
        return [(None, f"Markdown staat in een bestand op .md: hernoem het naar {path.stem}.md")]
    kind = KIND_BY_EXTENSION.get(extension)
    if kind is None and extension.lower() in KIND_BY_EXTENSION:
        return [
            (
                None,
                "schrijf de extensie in kleine letters: hernoem het bestand naar "
                f"{path.stem}{extension.lower()}",
            )
        ]
    if kind is None:
        what = f"een bestand op '{excerpt(extension)}'" if extension else "een bestand zonder extensie"
        return [
            (
                None,
                f"{what} hoort niet in docs/: naast Markdown neemt de site alleen afbeeldingen op: "
                f"{_ALLOWED}; verwijder het bestand of zet de inhoud in Markdown",
            )
        ]
    size = path.stat().st_size
    if size > kind.max_bytes:
        return [
            (
                None,
                f"het bestand is {_size(size, kind.max_bytes)} groot; een {kind.label} mag hoogstens "
                f"{megabytes(kind.max_bytes)} zijn: verklein of comprimeer de afbeelding",
            )
        ]
    return kind.check(path.read_bytes())


def _size(size: int, bound: int) -> str:
    """`size` in megabytes, or in bytes where the megabytes would read as the bound."""
    shown = megabytes(size)
    return f"{size:,} bytes".replace(",", ".") if shown == megabytes(bound) else shown
