"""`python -m kennisbank pdf`: the handouts of the built site as PDF, printed by WeasyPrint.

WeasyPrint lays out the handout pages as a browser prints them (media type print), so the print
stylesheet of the site decides what the PDF shows. It reads only local files: the built site.
WeasyPrint needs Debian's Pango libraries; `make pdf` installs them when they are missing.
"""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass
from pathlib import Path

from kennisbank import plugin_names
from kennisbank.export.config import DEFAULT_HANDOUTS_DIR
from kennisbank.mkdocs_settings import SettingsError, read_config

PDF_DIR = "pdf"
PANGO_PACKAGES = "libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0"


@dataclass(frozen=True)
class Printed:
    source: Path
    pdf: Path
    pages: int


def print_handouts(site_dir: Path, handouts_dir: str) -> list[Printed]:
    """Every site/<handouts_dir>/<name>/index.html (not the overview) as site/pdf/<name>.pdf."""
    from weasyprint import HTML  # noqa: PLC0415 (needs Pango; only this command loads it)
    from weasyprint.urls import URLFetcher  # noqa: PLC0415

    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    # Only the built site: no request leaves the machine, whatever a page links to.
    fetcher = URLFetcher(allowed_protocols={"file", "data"})
    out = site_dir / PDF_DIR
    out.mkdir(parents=True, exist_ok=True)
    printed = []
    for source in sorted((site_dir / handouts_dir).glob("*/index.html")):
        pdf = out / f"{source.parent.name}.pdf"
        document = HTML(filename=source, url_fetcher=fetcher, media_type="print").render()
        document.write_pdf(pdf)
        printed.append(Printed(source, pdf, len(document.pages)))
    return printed


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
