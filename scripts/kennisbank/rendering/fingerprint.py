"""What a page template can read of its context, as plain data: equal data, equal HTML.

A page template (Material's main.html and what it includes) reads the page, the navigation, the
configuration and whatever plugins put in the context. Each is described here as JSON data, so that the
digest of it can stand for the template's output. A value this module cannot describe raises NotKeepable,
and the page is rendered as MkDocs renders it.

Of the pages, sections and links in the navigation the description holds what a template shows of them
there (their titles, addresses and metadata); of the page being built it holds everything, its content and
table of contents too. Whether a navigation item is active follows from which page is built.
"""

from __future__ import annotations

import dataclasses
import datetime
import enum
import types
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from mkdocs.plugins import BasePlugin
from mkdocs.structure import StructureItem
from mkdocs.structure.files import File
from mkdocs.structure.nav import Link, Navigation, Section
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import AnchorLink, TableOfContents
from mkdocs.theme import Theme

# Of another page than the one being built, no template reads these; the current page is described whole.
CONTENT_OF_A_PAGE = frozenset({"markdown", "content", "toc", "links_to_anchors", "present_anchor_ids"})
# Each follows from the navigation (described once) and from which page is built.
RELATIONS = frozenset(
    {"parent", "children", "previous_page", "next_page", "_Page__active", "_Section__active"}
)
# Deeper than this, a value is no page data but a structure a template does not walk.
MAX_DEPTH = 40


class NotKeepable(Exception):
    """A value of the context this module cannot describe; the message names its type."""


def reference(item: StructureItem) -> list[Any]:
    """A navigation item named, not described: it is described in the navigation."""
    if isinstance(item, Page):
        return ["page", item.file.src_uri]
    if isinstance(item, Link):
        return ["link", item.title, item.url]
    return ["section", item.title, [ancestor.title for ancestor in item.ancestors]]


def navigation(nav: Navigation) -> Iterator[list[Any]]:
    """Every item of the navigation, as a template shows it there, in order, with its depth: one at a time,
    since 2000 entries' descriptions held at once took 90 MB."""
    yield from _items(nav.items, 0)


def current_page(page: Page) -> dict[str, Any]:
    """The page being built, with its content, and its place in the navigation."""
    described = _attributes(page, RELATIONS)
    described["title"] = plain(page.title)
    described["url"] = page.url
    described["ancestors"] = [reference(item) for item in page.ancestors]
    described["previous_page"] = None if page.previous_page is None else reference(page.previous_page)
    described["next_page"] = None if page.next_page is None else reference(page.next_page)
    return described


def plain(value: Any, depth: int = 0) -> Any:
    """`value` as JSON data, or NotKeepable."""
    if depth > MAX_DEPTH:
        raise NotKeepable(f"{type(value).__name__} nested deeper than {MAX_DEPTH}")
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    if isinstance(value, Mapping):
        return [[plain(key, depth + 1), plain(item, depth + 1)] for key, item in value.items()]
    if isinstance(value, (list, tuple)):
        return [plain(item, depth + 1) for item in value]
    if isinstance(value, (set, frozenset)):
        return sorted((plain(item, depth + 1) for item in value), key=repr)
    return _described(value, depth)


def _described(value: object, depth: int) -> Any:
    """An object that is no plain container: by what it is."""
    if isinstance(value, enum.Enum):
        return [type(value).__qualname__, plain(value.value, depth + 1)]
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, StructureItem):
        return reference(value)
    if isinstance(value, File):
        return ["file", value.src_uri, value.dest_uri, value.url]
    if isinstance(value, (TableOfContents, AnchorLink)):
        return _toc(value)
    if isinstance(value, BasePlugin):
        # Templates ask whether a plugin is used and read its options, not what it holds.
        return [type(value).__module__, type(value).__qualname__, plain(value.config, depth + 1)]
    if isinstance(value, Theme):
        return ["theme", value.name, value.dirs, plain(value.static_templates), plain(dict(value), depth + 1)]
    if isinstance(value, (types.FunctionType, types.BuiltinFunctionType, types.MethodType, type)):
        return ["callable", getattr(value, "__module__", ""), value.__qualname__]
    if isinstance(value, types.ModuleType):
        return ["module", value.__name__]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [type(value).__qualname__, plain(dataclasses.asdict(value), depth + 1)]
    if hasattr(value, "__dict__") and type(value).__module__ != "builtins":
        return [type(value).__module__, type(value).__qualname__, _attributes(value, frozenset(), depth + 1)]
    raise NotKeepable(f"{type(value).__module__}.{type(value).__qualname__}")


def _items(items: list[StructureItem], depth: int) -> Iterator[list[Any]]:
    for item in items:
        described = _attributes(item, RELATIONS | CONTENT_OF_A_PAGE)
        described["kind"] = reference(item)
        described["title"] = plain(item.title)
        if isinstance(item, Page):
            described["url"] = item.url
        yield [depth, described]
        if isinstance(item, Section):
            yield from _items(item.children, depth + 1)


def _attributes(value: object, left_out: frozenset[str], depth: int = 0) -> dict[str, Any]:
    attributes = sorted(vars(value).items())
    return {name: plain(item, depth + 1) for name, item in attributes if name not in left_out}


def _toc(value: Iterable[AnchorLink] | AnchorLink) -> Any:
    if isinstance(value, AnchorLink):
        return [value.id, value.title, value.level, _toc(value.children)]
    return [_toc(link) for link in value]
