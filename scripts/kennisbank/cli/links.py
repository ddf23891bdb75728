"""`python -m kennisbank links`: broken internal links and anchors of the built site, one line each."""

from __future__ import annotations

import sys
from pathlib import Path

from kennisbank.links.check import SiteLinks, external_report


def run_links(site: Path, report_file: Path | None, site_url: str | None = None) -> int:
    if not (site / "index.html").is_file():
        print(f"{site}: geen gebouwde site gevonden; bouw eerst met 'mkdocs build'", file=sys.stderr)
        return 2
    report = SiteLinks(site, site.as_posix(), site_url).check()
    for problem in report.problems:
        print(problem, file=sys.stderr)
    if report_file is not None:
        report_file.write_text(external_report(report), encoding="utf-8")
        where = f"; externe links staan in {report_file}"
    else:
        where = ""
    summary = (
        f"{report.pages} pagina's, {report.internal} interne links, "
        f"{len(report.external)} externe adressen (niet opgevraagd){where}."
    )
    if report.problems:
        print(f"{len(report.problems)} kapotte link(s) of anker(s). {summary}", file=sys.stderr)
        return 1
    print(f"Alle interne links en ankers kloppen. {summary}")
    return 0
