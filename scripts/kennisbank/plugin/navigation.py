"""Order of the site's pages: home, audience entry points, entry types in the model's order, the rest."""

from __future__ import annotations

import re
from pathlib import PurePosixPath

from mkdocs.structure.files import File, Files, file_sort_key
from mkdocs.utils import dirname_to_title, nest_paths

from kennisbank.model import ENTRY_TYPES
from kennisbank.plugin.pages import AUDIENCE_FOLDER

_FOLDER_RANK = {AUDIENCE_FOLDER: 0} | {
    entry_type.folder: rank for rank, entry_type in enumerate(ENTRY_TYPES, 1)
}
# Each type's section is named after its plural ("Kerncijfers" for the folder cijfers/).
_SECTION_TITLES = {dirname_to_title(AUDIENCE_FOLDER): "Per publiek"} | {
    dirname_to_title(entry_type.folder): entry_type.plural for entry_type in ENTRY_TYPES
}


_ENTRY_PATTERNS = [entry_type.id_scheme.pattern for entry_type in ENTRY_TYPES]


def navigation(files: Files) -> list[object]:
    """The `nav` MkDocs would build from the files, in our order instead of alphabetical order."""
    pages = sorted((f for f in files.documentation_pages() if f.inclusion.is_in_nav()), key=_nav_order)
    return [_retitled(item) for item in nest_paths(f.src_uri for f in pages)]


def _retitled(item: object) -> object:
    if isinstance(item, dict):
        return {_SECTION_TITLES.get(title, title): children for title, children in item.items()}
    return item


def _nav_order(file: File) -> tuple[object, ...]:
    parts = PurePosixPath(file.src_uri).parts
    if len(parts) > 1 and parts[0] in _FOLDER_RANK:
        # In a type's folder: its index, then its overviews (Stand van de aanbevelingen), then the entries.
        is_entry = any(re.match(pattern, file.name, re.IGNORECASE) for pattern in _ENTRY_PATTERNS)
        return (1, _FOLDER_RANK[parts[0]], file.name != "index", is_entry, file_sort_key(file))
    if len(parts) == 1 and file.name == "index":
        return (0,)
    return (2, file_sort_key(file))
