"""What MkDocs' Page.render makes of a page, in a form that can be kept between builds and put back."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import AnchorLink, get_toc


@dataclass(frozen=True)
class Rendered:
    """A page's HTML and what MkDocs learns from it while converting: its table of contents, the title of
    its first heading, the anchors it has and the anchors of other pages it links to."""

    content: str
    toc: list[dict[str, Any]]  # Python-Markdown's toc tokens
    title: str | None
    anchors: list[str]
    links_to_anchors: dict[str, dict[str, str]] | None  # by the linked page's src_uri

    @classmethod
    def of(cls, page: Page) -> Rendered:
        links = page.links_to_anchors
        return cls(
            content=page.content or "",
            toc=[_token(link) for link in page.toc],
            title=page._title_from_render,
            anchors=sorted(page.present_anchor_ids or ()),
            links_to_anchors=None if links is None else {file.src_uri: dict(a) for file, a in links.items()},
        )

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Rendered:
        return cls(**data)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    def restore(self, page: Page, files: Files) -> bool:
        """Put this back on `page`, as its render would; False when a linked page is gone."""
        links = None
        if self.links_to_anchors is not None:
            links = {}
            for src_uri, anchors in self.links_to_anchors.items():
                file = files.get_file_from_path(src_uri)
                if file is None:
                    return False
                links[file] = dict(anchors)
        page.content = self.content
        page.toc = get_toc(self.toc)  # type: ignore[arg-type]  # MkDocs' _TocToken is a TypedDict
        page._title_from_render = self.title
        page.present_anchor_ids = set(self.anchors)
        if links is not None:
            page.links_to_anchors = links
        return True


def _token(link: AnchorLink) -> dict[str, Any]:
    return {
        "name": link.title,
        "id": link.id,
        "level": link.level,
        "children": [_token(child) for child in link.children],
    }
