"""Everything this project takes from mkdocs-bibtex (4.4.0, pinned; archived upstream), in one place.

The kennisbank/citations plugin is mkdocs-bibtex's plugin with its loading and formatting replaced. No other
module imports mkdocs-bibtex (tests/test_citations_upstream.py checks it), so replacing it means replacing
what this module gives: the plugin and its options, the citation syntax, and the pandoc registry.
"""

from __future__ import annotations

from mkdocs_bibtex.citation import CITATION_BLOCK_REGEX, Citation, CitationBlock
from mkdocs_bibtex.config import BibTexConfig
from mkdocs_bibtex.plugin import BibTexPlugin
from mkdocs_bibtex.registry import PandocRegistry

__all__ = [
    "CITATION_BLOCK_REGEX",
    "BibTexConfig",
    "BibTexPlugin",
    "Citation",
    "CitationBlock",
    "PandocRegistry",
]
