"""Abbreviations defined by entries, explained on hover on every page (Markdown's abbr extension)."""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig

ABBR_EXTENSION = "abbr"


def use_as_glossary(config: MkDocsConfig, abbreviations: dict[str, str]) -> None:
    """Make the abbreviations the abbr extension's glossary, applied to every page of this build.

    They used to be appended to each page's Markdown as `*[X]: ...` definitions; the block parser then
    re-tested the rest of that block against every block processor for each definition it took off, so
    every page cost time quadratic in the number of abbreviations (issue 9). A glossary is no Markdown.
    """
    if ABBR_EXTENSION not in config.markdown_extensions:
        config.markdown_extensions.append(ABBR_EXTENSION)
    options = dict(config.mdx_configs.get(ABBR_EXTENSION) or {})
    options["glossary"] = dict(sorted(abbreviations.items()))
    config.mdx_configs[ABBR_EXTENSION] = options
