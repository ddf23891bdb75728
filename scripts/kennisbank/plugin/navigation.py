"""Order of the site's pages: home first, then the entry types in the model's order, then the rest."""

from __future__ import annotations

from pathlib import PurePosixPath

from mkdocs.structure.files import File, Files, file_sort_key
from mkdocs.utils import nest_paths

from kennisbank.model import ENTRY_TYPES

_TYPE_RANK = {entry_type.folder: rank for rank, entry_type in enumerate(ENTRY_TYPES)}


def navigation(files: Files) -> list[object]:
    """The `nav` MkDocs would build from the files, in our order instead of alphabetical order."""
    pages = sorted((f for f in files.documentation_pages() if f.inclusion.is_in_nav()), key=_nav_order)
    return nest_paths(f.src_uri for f in pages)


def _nav_order(file: File) -> tuple[object, ...]:
    parts = PurePosixPath(file.src_uri).parts
    if len(parts) > 1 and parts[0] in _TYPE_RANK:
        return (1, _TYPE_RANK[parts[0]], file_sort_key(file))
    if len(parts) == 1 and file.name == "index":
        return (0,)
    return (2, file_sort_key(file))
