"""Options of the kennisbank/search plugin."""

from __future__ import annotations

from mkdocs.config import base, config_options


class SearchConfig(base.Config):
    # Parts of a page that are no help in finding it: permalink signs, the citation box, reference lists,
    # and catalogue tables (each entry is found on its own page).
    exclude_selectors = config_options.ListOfItems(
        config_options.Type(str),
        default=[".headerlink", ".kb-cite", ".footnote", ".md-source-file", ".kb-catalogue"],
    )
    # Pages left out of the index, as patterns of their path below docs/ (`handouts/*`): pages that only
    # repeat entries would crowd the entries themselves out of the results.
    exclude_pages = config_options.ListOfItems(config_options.Type(str), default=[])
    # The folder under site/ where Pagefind writes its index and scripts.
    output_subdir = config_options.Type(str, default="pagefind")
    # `cache: false` (or KENNISBANK_CACHE=off) finds every page's extra words and runs Pagefind in every
    # build, without `.cache/search-terms.json` and `.cache/pagefind/`.
    cache = config_options.Type(bool, default=True)
