"""`python -m kennisbank pdf`: the handouts of the built site as PDF (export/pdf.py prints them)."""

from __future__ import annotations

import sys
from pathlib import Path

from kennisbank import plugin_names
from kennisbank.export.config import DEFAULT_HANDOUTS_DIR
from kennisbank.export.pdf import PANGO_PACKAGES, print_handouts
from kennisbank.mkdocs_settings import SettingsError, read_config


def run_pdf(config_file: Path, site_dir: Path | None) -> int:
    try:
        config = read_config(config_file)
    except SettingsError as error:
        print(error, file=sys.stderr)
        return 2
    export = config.plugins.get(plugin_names.EXPORT)
    handouts_dir = export.config.handouts_dir if export is not None else DEFAULT_HANDOUTS_DIR
    site = (site_dir or Path(config.site_dir)).resolve()
    if not any((site / handouts_dir).glob("*/index.html")):
        print(
            f"{site / handouts_dir}: geen handouts gevonden; bouw eerst de site (make build).",
            file=sys.stderr,
        )
        return 1
    try:
        import weasyprint  # noqa: F401, PLC0415 (loads Pango)
    except OSError as error:
        print(
            f"WeasyPrint kan Pango niet laden ({error}). "
            f"Installeer als root: apt-get install {PANGO_PACKAGES} (of: make pdf)",
            file=sys.stderr,
        )
        return 2
    printed = print_handouts(site, handouts_dir)
    for item in printed:
        print(f"{item.pdf}: {item.pages} pagina('s)")
    return 0
