"""Links to entries in the Markdown the plugins write, made one way everywhere."""

from __future__ import annotations

import posixpath
import re

from kennisbank.content.corpus import LoadedEntry

_LINK_TEXT_SPECIAL = re.compile(r"([\\\[\]])")


def link_target(src_uri: str, here: str) -> str:
    """The relative link from the page whose source is `here` to the page or file `src_uri` (both paths
    below docs/), as Markdown writes it and MkDocs resolves it."""
    return posixpath.relpath(src_uri, posixpath.dirname(here) or ".")


def entry_link(
    entry: LoadedEntry, here: str, *, with_id: bool = True, short: bool = False, title: str | None = None
) -> str:
    """A Markdown link to `entry` from the page whose source is `here` (its path below docs/).

    The text is "ID · title", the title alone (`with_id=False`), or the ID with the title as its tooltip
    (`short`). `title` replaces the entry's own (a title as a release recorded it). Brackets in a title
    cannot end the link text, nor a quote the tooltip.
    """
    target = link_target(entry.src_uri, here)
    title = entry.data.title if title is None else title
    if short:
        tooltip = title.replace("\\", "\\\\").replace('"', '\\"')
        return f'[{entry.id}]({target} "{tooltip}")'
    text = _LINK_TEXT_SPECIAL.sub(r"\\\1", f"{entry.id} · {title}" if with_id else title)
    return f"[{text}]({target})"
