"""Options of the kennisbank plugin in mkdocs.yml."""

from __future__ import annotations

from mkdocs.config import base, config_options

from kennisbank.project import CACHE_FOLDER


class KennisbankConfig(base.Config):
    # Template (under overrides/) that renders the metadata card at the top of every entry page.
    card_template = config_options.Type(str, default="partials/kennisbank/entry-card.html")
    # Template that renders an entry's history at the foot of its page.
    history_template = config_options.Type(str, default="partials/kennisbank/history.html")
    # Template that renders the filterable catalogue on the index page of each type folder.
    catalogue_template = config_options.Type(str, default="partials/kennisbank/catalogue.html")
    # Template that renders the table of "Wat werkt": every intervention on its evidence profile.
    evidence_template = config_options.Type(str, default="partials/kennisbank/evidence.html")
    # Template that renders the search box where a page has the marker <!-- kennisbank:zoekvak -->.
    search_box_template = config_options.Type(str, default="partials/kennisbank/search-box.html")
    # Heading of the section that lists related entries in both directions.
    related_heading = config_options.Type(str, default="Verwant")
    # Page generated from the content model that documents every field and allowed value.
    model_reference = config_options.Type(str, default="inhoudsmodel.md")
    # The edition readers cite ("versie 2026.1") when KENNISBANK_VERSION is not set. The variable is
    # read as text by the plugin: YAML's !ENV would turn 2026.10 into the number 2026.1.
    version = config_options.Type(str, default="ontwikkelversie")
    # What builds keep for the next one (cache.py), in this folder relative to mkdocs.yml: `cache: false`
    # (or KENNISBANK_CACHE=off) builds without reading or writing it, for this plugin and every other.
    cache = config_options.Type(bool, default=True)
    cache_dir = config_options.Type(str, default=CACHE_FOLDER)
    # Folder (relative to mkdocs.yml) holding the entry index recorded at each release.
    releases_dir = config_options.Type(str, default="releases")
    # Content safety (validation/safety.py). Public e-mail addresses and phone numbers the site may show,
    # per organisation: the ID of an organisation entry, then its addresses and numbers. Every other
    # address or number in the content is an error.
    public_contacts = config_options.DictOfItems(
        config_options.ListOfItems(config_options.Type(str)), default={}
    )
    # Terms to avoid on top of the `avoid` fields of the glossary entries, which are always used.
    avoid_terms = config_options.ListOfItems(config_options.Type(str), default=[])
