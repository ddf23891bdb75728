"""A bibliography exported by Zotero (BibLaTeX) builds as it is: no `% verified against:` comment, its
own DOI or address with the date of the visit says where each record was verified, and what Zotero adds
(abstract, keywords, file, langid, tabs, a comma after the last field) needs no hand edits."""

from __future__ import annotations

from pathlib import Path

from bs4 import BeautifulSoup

from tests.conftest import run_in_process

# As Zotero 7 exports BibLaTeX, made-up records for the fixture site.
EXPORT = """\

@article{nurmi_onderzoek_2024,
\ttitle = {Onderzoek naar het {Tor}-netwerk voor preventie},
\tvolume = {14},
\tissn = {2045-2322},
\tdoi = {10.1000/voorbeeld.2024.7849},
\tabstract = {Een samenvatting van de auteurs, met komma's, {accolades} en een = teken.},
\tlangid = {english},
\tnumber = {1},
\tjournaltitle = {Voorbeeldtijdschrift},
\tauthor = {Nurmi, Juha and Paju, Arttu},
\tdate = {2024-04-02},
\tkeywords = {darkweb, preventie},
\tpages = {7849},
\tfile = {Full Text PDF:/home/bijdrager/Zotero/storage/ABCD1234/nurmi.pdf:application/pdf},
}

@online{stichting_hulplijn_2025,
\ttitle = {Hulplijn voor jongeren},
\turl = {https://voorbeeld.invalid/hulplijn},
\tabstract = {Wat de hulplijn doet.},
\tlangid = {dutch},
\tauthor = {{Stichting Voorbeeld}},
\turldate = {2026-01-02},
\tdate = {2025-06-01},
}

@report{instituut_jaarbericht_2023,
\ttitle = {Jaarbericht 2023},
\turl = {https://voorbeeld.invalid/jaarbericht-2023.pdf},
\tinstitution = {Voorbeeldinstituut},
\tauthor = {{Voorbeeldinstituut}},
\turldate = {2026-01-03},
\tdate = {2023},
\tlangid = {dutch},
\tkeywords = {jaarbericht},
\tfile = {PDF:/home/bijdrager/Zotero/storage/EFGH5678/jaarbericht.pdf:application/pdf},
}
"""
KEYS = ["nurmi_onderzoek_2024", "stichting_hulplijn_2025", "instituut_jaarbericht_2023"]

ENTRY = f"""\
---
id: BEV-003
title: Derde bevinding
summary: Een bevinding die bronnen uit Zotero citeert.
sources: [{", ".join(KEYS)}]
reviewed: 2026-01-15
evidence_basis: beleidsanalyse
platforms: [darkweb]
---

Een onderzoek [@nurmi_onderzoek_2024]. Een hulplijn [@stichting_hulplijn_2025]. Een jaarbericht
[@instituut_jaarbericht_2023].
"""


def test_a_zotero_export_without_comments_builds_and_is_on_the_bronnen_page(fixture_site: Path) -> None:
    assert "verified" not in EXPORT and "%" not in EXPORT
    (fixture_site / "bibliography" / "zotero-export.bib").write_text(EXPORT, encoding="utf-8")
    (fixture_site / "docs" / "bevindingen" / "bev-003.md").write_text(ENTRY, encoding="utf-8")

    check = run_in_process(["kennisbank", "check"], fixture_site)
    assert check.returncode == 0, check.stderr
    assert "zotero-export.bib" not in check.stdout + check.stderr
    build = run_in_process(["mkdocs", "build", "--strict"], fixture_site)
    assert build.returncode == 0, build.stderr

    html = (fixture_site / "site" / "bronnen" / "index.html").read_text(encoding="utf-8")
    text = BeautifulSoup(html, "html.parser").get_text(" ")
    for title in (
        "Onderzoek naar het Tor-netwerk voor preventie",
        "Hulplijn voor jongeren",
        "Jaarbericht 2023",
    ):
        assert title in text
    assert 'href="https://doi.org/10.1000/voorbeeld.2024.7849"' in html
    assert "https://voorbeeld.invalid/hulplijn" in html
    # What Zotero brought along for the contributor alone is not published.
    assert "Zotero/storage" not in html and "Wat de hulplijn doet" not in html
