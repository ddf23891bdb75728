"""Options of the kennisbank plugin in mkdocs.yml."""

from __future__ import annotations

from mkdocs.config import base, config_options


class KennisbankConfig(base.Config):
    enabled = config_options.Type(bool, default=True)
    # Template (under overrides/) that renders the metadata card at the top of every entry page.
    card_template = config_options.Type(str, default="partials/kennisbank/entry-card.html")
    # Template that renders the filterable catalogue on the index page of each type folder.
    catalogue_template = config_options.Type(str, default="partials/kennisbank/catalogue.html")
    # Heading of the section that lists related entries in both directions.
    related_heading = config_options.Type(str, default="Verwant")
    # Page generated from the content model that documents every field and allowed value.
    model_reference = config_options.Type(str, default="inhoudsmodel.md")
    # The edition readers cite ("versie 2026.1"); a release sets it, a local build says so.
    version = config_options.Type(str, default="ontwikkelversie")
