"""Code in Markdown: fenced blocks and inline code, shown as written, so never prose, links or citations."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

_FENCE = re.compile(r"^[ \t]*(`{3,}|~{3,})")
_INLINE_CODE = re.compile(r"(`+)(?!`).+?(?<!`)\1", re.DOTALL)
# Private-use characters: they cannot occur in our Markdown (the validator refuses them).
_TOKEN = re.compile("\ue000(\\d+)\n*\ue001")


def in_fenced_code(lines: Iterable[str]) -> Iterator[tuple[str, bool]]:
    """Each line, with whether it belongs to a fenced code block, its fences included. An unclosed fence
    runs to the end, as in Markdown."""
    fence: str | None = None
    for line in lines:
        opening = _FENCE.match(line)
        if fence is None:
            if opening:
                fence = opening.group(1)
            yield line, fence is not None
            continue
        if opening and opening.group(1)[0] == fence[0] and len(opening.group(1)) >= len(fence):
            fence = None
        yield line, True


def replace_code(markdown: str, replace: Callable[[str], str]) -> str:
    """`markdown` with each fenced block and each inline code span replaced by `replace(code)`."""
    out: list[str] = []
    block: list[str] = []
    for line, is_code in in_fenced_code(markdown.split("\n")):
        if is_code:
            block.append(line)
            continue
        if block:
            out.append(replace("\n".join(block)))
            block = []
        out.append(line)
    if block:
        out.append(replace("\n".join(block)))
    return _INLINE_CODE.sub(lambda match: replace(match.group()), "\n".join(out))


def spaces(text: str) -> str:
    """`text` as blanks, its line breaks kept."""
    return re.sub(r"[^\n]", " ", text)


def blank_code(markdown: str) -> str:
    """`markdown` with its code blanked out: lines and offsets stay put."""
    return replace_code(markdown, spaces)


@dataclass
class Masked:
    """Markdown with code (and whatever else was asked) swapped for inert tokens, and the way back."""

    text: str
    originals: list[str] = field(default_factory=list)

    def restore(self, text: str) -> str:
        return _TOKEN.sub(lambda token: self.originals[int(token.group(1))], text)


def mask_code(markdown: str, also: re.Pattern[str] | None = None) -> Masked:
    """Hide code, and what `also` matches outside it, behind tokens that keep the line breaks, so lines
    still count: a Markdown extension leaves the tokens alone, and `restore` brings the text back."""
    masked = Masked("")

    def hide(text: str) -> str:
        masked.originals.append(text)
        return f"\ue000{len(masked.originals) - 1}" + "\n" * text.count("\n") + "\ue001"

    text = replace_code(markdown, hide)
    masked.text = also.sub(lambda match: hide(match.group()), text) if also is not None else text
    return masked
