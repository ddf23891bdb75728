"""The handouts of the built site as PDF, printed by WeasyPrint (the command `pdf` is cli/pdf.py).

WeasyPrint lays out the handout pages as a browser prints them (media type print), so the print
stylesheet of the site decides what the PDF shows. It reads only local files: the built site.
WeasyPrint needs Debian's Pango libraries; `make pdf` installs them when they are missing.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

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
