"""What counts as a citation in Markdown: `[@key]` as mkdocs-bibtex reads it, but never inside code or
an e-mail address. The validator and the build both use this module, so they agree on every `@`."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from mkdocs_bibtex.citation import CITATION_BLOCK_REGEX, EMAIL_REGEX, Citation, CitationBlock

_FENCE = re.compile(r"^[ \t]*(`{3,}|~{3,})")
_INLINE_CODE = re.compile(r"(`+)(?!`).+?(?<!`)\1", re.DOTALL)
# Private-use characters: they cannot occur in our Markdown and mean nothing to mkdocs-bibtex.
_TOKEN = re.compile("\ue000(\\d+)\ue001")


@dataclass
class Masked:
    """Markdown with code and e-mail addresses swapped for inert tokens, and the way back."""

    text: str
    originals: list[str] = field(default_factory=list)

    def restore(self, text: str) -> str:
        return _TOKEN.sub(lambda token: self.originals[int(token.group(1))], text)


def mask_non_citations(markdown: str) -> Masked:
    """Hide fenced code blocks, inline code and e-mail addresses; line breaks are kept, so lines count."""
    return _mask(markdown, emails=True)


def mask_code(markdown: str) -> Masked:
    """Hide fenced code blocks and inline code only; line breaks are kept, so lines count."""
    return _mask(markdown, emails=False)


def _mask(markdown: str, *, emails: bool) -> Masked:
    masked = Masked("")

    def hide(text: str) -> str:
        masked.originals.append(text)
        return f"\ue000{len(masked.originals) - 1}\ue001" + "\n" * text.count("\n")

    prose = _hide_fences(markdown, hide)
    prose = _INLINE_CODE.sub(lambda match: hide(match.group()), prose)
    masked.text = EMAIL_REGEX.sub(lambda match: hide(match.group()), prose) if emails else prose
    return masked


def _hide_fences(markdown: str, hide: Callable[[str], str]) -> str:
    out: list[str] = []
    fence: str | None = None
    block: list[str] = []
    for line in markdown.split("\n"):
        opening = _FENCE.match(line)
        if fence is None and opening:
            fence, block = opening.group(1), [line]
        elif fence is not None:
            block.append(line)
            if opening and opening.group(1)[0] == fence[0] and len(opening.group(1)) >= len(fence):
                out.append(hide("\n".join(block)))
                fence = None
        else:
            out.append(line)
    if fence is not None:  # an unclosed fence runs to the end, as in Markdown
        out.append(hide("\n".join(block)))
    return "\n".join(out)


def citation_blocks(markdown: str) -> list[CitationBlock]:
    """The citation blocks mkdocs-bibtex will format, in order."""
    return CitationBlock.from_markdown(mask_non_citations(markdown).text)


@dataclass(frozen=True)
class CitedKey:
    key: str
    line: int  # 1-based line in the file


def cited_keys(body: str, body_line: int) -> list[CitedKey]:
    """Every cited key in the body, with its line in the file."""
    text = mask_non_citations(body).text
    found: list[CitedKey] = []
    for block in CITATION_BLOCK_REGEX.finditer(text):
        line = body_line + text.count("\n", 0, block.start())
        found.extend(CitedKey(citation.key, line) for citation in Citation.from_markdown(block.group(1)))
    return found
