"""Options of the kennisbank/export plugin."""

from __future__ import annotations

from mkdocs.config import base, config_options

DEFAULT_HANDOUTS_DIR = "handouts"


class ExportConfig(base.Config):
    # Folder under site/ for entries.json, one CSV per entry type, bibliography.json and schema.json.
    data_dir = config_options.Type(str, default="data")
    # The generated page that documents those files and their fields.
    data_page = config_options.Type(str, default="data.md")
    # Folder of the generated handouts, one printable page per expert meeting.
    handouts_dir = config_options.Type(str, default=DEFAULT_HANDOUTS_DIR)
    # `cache: false` (or KENNISBANK_CACHE=off) converts the bibliography to CSL-JSON in every build,
    # without `.cache/csl-json.json`.
    cache = config_options.Type(bool, default=True)
