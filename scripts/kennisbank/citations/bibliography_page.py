"""The Bronnen page: every source once, in the order of the style, with an anchor and its citing pages."""

from __future__ import annotations

import posixpath
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pypandoc

from kennisbank.citations.pandoc_markdown import to_python_markdown
from kennisbank.content.corpus import Corpus

# pandoc writes each formatted reference as a fenced div `::: {#ref-KEY .csl-entry}` ... `:::`.
_REFERENCE = re.compile(
    r"^::: \{#ref-(?P<key>\S+) \.csl-entry\}\n(?P<text>.*?)\n:::$", re.MULTILINE | re.DOTALL
)


@dataclass(frozen=True)
class Reference:
    key: str
    text: str  # Markdown, as pandoc formats it


def anchor(key: str) -> str:
    return f"bron-{key}"


def formatted_references(bibtex: str, csl_file: str) -> list[Reference]:
    """Every entry of the bibliography, formatted and ordered by the style, in one pandoc run."""
    with tempfile.TemporaryDirectory() as folder:
        bib_path = Path(folder) / "bibliografie.bib"
        bib_path.write_text(bibtex, encoding="utf-8")
        output = pypandoc.convert_text(
            "---\nnocite: '[@*]'\n---\n",
            to="markdown-citations",
            format="markdown",
            extra_args=["--citeproc", "--bibliography", str(bib_path), "--csl", csl_file, "--wrap=none"],
        )
    return [
        Reference(match["key"], to_python_markdown(match["text"].strip()))
        for match in _REFERENCE.finditer(output)
    ]


def bibliography_page(references: list[Reference], corpus: Corpus, page_uri: str) -> str:
    cited_by: dict[str, list[str]] = {reference.key: [] for reference in references}
    for entry in corpus.by_id.values():
        for key in entry.data.sources:
            cited_by.setdefault(key, []).append(f"[{entry.id}]({_relative(entry.src_uri, page_uri)})")
    sections = [
        f'<div class="kb-source" id="{anchor(reference.key)}" markdown>\n\n{reference.text}\n\n'
        f'<span class="kb-source__cited-by">{_cited_by_text(cited_by[reference.key])}</span>\n\n</div>'
        for reference in references
    ]
    return (
        "---\ntitle: Bronnen\n---\n\n# Bronnen\n\n"
        f"Alle {len(references)} bronnen van de kennisbank, in de volgorde van APA 7. Bij elke bron staat "
        "welke entries haar citeren.\n\n" + "\n\n".join(sections) + "\n"
    )


def _cited_by_text(links: list[str]) -> str:
    return "Geciteerd in: " + ", ".join(links) if links else "Nog door geen entry geciteerd."


def _relative(src_uri: str, page_uri: str) -> str:
    return posixpath.relpath(src_uri, posixpath.dirname(page_uri) or ".")
