"""Everything this project takes from mkdocs-bibtex (4.4.0, pinned; archived upstream), in one place.

The kennisbank/citations plugin is mkdocs-bibtex's plugin with its loading and formatting replaced. No other
module imports mkdocs-bibtex (tests/test_citations_upstream.py checks it), so replacing it means replacing
what this module gives: the plugin and its options and the pandoc registry; the citation syntax is the
project's own (citations/syntax.py), and the plugin is made to read citations with it.
"""

from __future__ import annotations

import mkdocs_bibtex.plugin
from mkdocs_bibtex.config import BibTexConfig
from mkdocs_bibtex.plugin import BibTexPlugin
from mkdocs_bibtex.registry import PandocRegistry

from kennisbank.citations.syntax import Citation, CitationBlock

# The plugin finds citations with the classes of citations/syntax.py, which the validator uses too: one
# reading of `[@key]` for both, and a core that reads citations without importing mkdocs-bibtex.
mkdocs_bibtex.plugin.Citation = Citation
mkdocs_bibtex.plugin.CitationBlock = CitationBlock

__all__ = ["BibTexConfig", "BibTexPlugin", "PandocRegistry"]
