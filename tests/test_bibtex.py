"""Reading the bibliography: every error of a file in one run, in Dutch with what to write instead; unknown
kinds of source and fields refused with the known ones named; fields a reference does not need never
published."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from mkdocs.config import load_config

from kennisbank.content.bibliography import UNPUBLISHED, Bibliography, load_bibliography
from kennisbank.content.bibtex import parse_bibtex, without_fields
from kennisbank.mkdocs_settings import project_paths
from kennisbank.model.reference import render_reference
from kennisbank.model.sources import SECTION, SourceField, SourceType
from tests.conftest import ROOT

PROVENANCE = "% verified against: https://voorbeeld.invalid/ (test)\n"
# pybtex's English, which a message must never pass on.
ENGLISH = re.compile(r"\b(expected|premature|end of file|syntax error|entry|repeated|undefined)\b")


def read(project: Path, text: str) -> tuple[Bibliography, list[str]]:
    """The fixture site's bibliography replaced by one file with `text`: what is read, and the problems as
    the validator prints them."""
    for old in (project / "bibliography").glob("*.bib"):
        old.unlink()
    (project / "bibliography" / "bronnen.bib").write_text(text, encoding="utf-8")
    paths = project_paths(load_config(str(project / "mkdocs.yml")))
    bibliography, problems = load_bibliography(paths)
    return bibliography, [str(problem) for problem in sorted(problems)]


def load(project: Path, text: str) -> list[str]:
    return read(project, text)[1]


@pytest.mark.parametrize(
    ("text", "says"),
    [
        (
            "@misc{a,\n  title = {x},\n  year = {2020}\n",
            "bibliography/bronnen.bib:1: het record 'a' wordt niet afgesloten: het bestand houdt op voor de "
            "'}' aan het eind van het record; sluit elke '{' met '}' en elk '\"' met '\"'",
        ),
        (
            "@misc{a,\n  title = {x}\n  year = {2020}\n}\n",
            "bibliography/bronnen.bib:3: het record 'a' (regel 1) is hier nog niet afgesloten: zet een komma "
            "na elk veld behalve het laatste, en '}' aan het eind van het record",
        ),
        ("@misc{a,\n  title {x}\n}\n", "bibliography/bronnen.bib:2: na de veldnaam 'title' hoort '=': "),
        ("@misc{a,\n  title = ,\n}\n", "bibliography/bronnen.bib:2: het veld 'title' heeft geen waarde"),
        (
            "@misc{a,\n  month = mei\n}\n",
            "bibliography/bronnen.bib:2: de waarde van 'month' staat niet tussen accolades: schrijf "
            "month = {mei}",
        ),
        ("@misc{,\n  title = {x}\n}\n", "bibliography/bronnen.bib:1: het record heeft geen citatiesleutel"),
        (
            "% info@example.org\n@misc{a, title={x}}\n",
            "bibliography/bronnen.bib:1: na '@' horen de soort bron",
        ),
        (
            '@misc{a,\n  note = "a}b"\n}\n',
            "bibliography/bronnen.bib:2: in de waarde van 'note' staat een '}'",
        ),
        (
            "@misc{a, title={x}}\n@misc{A, title={y}}\n",
            "bibliography/bronnen.bib:2: citatiesleutel 'A' staat ook op regel 1; geef elke bron een eigen "
            "sleutel",
        ),
        (
            "@misc{a, author={Een, Twee, Drie, Vier}}\n",
            "bibliography/bronnen.bib:1: bron 'a': een naam in author of editor heeft meer dan twee komma's",
        ),
    ],
)
def test_a_syntax_error_is_said_in_dutch_at_its_line(fixture_site: Path, text: str, says: str) -> None:
    problems = load(fixture_site, text)
    assert any(problem.startswith(says) for problem in problems), problems
    for problem in problems:
        assert not ENGLISH.search(problem.split(": ", 1)[1]), problem


def test_one_run_names_every_error_of_a_file_and_still_checks_the_records_around_them(
    fixture_site: Path,
) -> None:
    text = (
        f"{PROVENANCE}@artcle{{a,\n  titel = {{x}},\n  year = {{2020}}\n\n"  # unknown kind and field, no }
        "@misc{b,\n  title = {y}\n}\n\n"  # no provenance
        f"{PROVENANCE}@misc{{c,\n  title = {{z}},\n  title = {{z}},\n  abstrct = {{w}}\n}}\n"
    )
    kinds = ", ".join("@" + kind.value for kind in SourceType)
    fields = ", ".join(field.value for field in SourceField)
    see = f"(zie '{SECTION}' in het inhoudsmodel)"
    assert load(fixture_site, text) == [
        "bibliography/bronnen.bib:2: bron 'a': '@artcle' is geen bekende soort bron (bedoel je "
        f"@article?); kies uit: {kinds} {see}",
        "bibliography/bronnen.bib:3: bron 'a': 'titel' is geen bekend veld (bedoel je title?); laat het "
        f"weg of kies uit: {fields} {see}",
        "bibliography/bronnen.bib:6: bron 'b': zeg waar ze is gecontroleerd: een veld doi, een url met "
        "urldate, of een regel '% verified against: <adres>' boven het record; laat weg wat daar niet stond",
        "bibliography/bronnen.bib:6: het record 'a' (regel 2) is hier nog niet afgesloten: zet een komma na "
        "elk veld behalve het laatste, en '}' aan het eind van het record",
        "bibliography/bronnen.bib:13: bron 'c': het veld 'title' staat twee keer in het record (ook op regel "
        "12); laat er één staan",
        "bibliography/bronnen.bib:14: bron 'c': 'abstrct' is geen bekend veld (bedoel je abstract?); laat "
        f"het weg of kies uit: {fields} {see}",
    ]


def test_a_key_in_a_record_that_could_not_be_read_is_not_called_missing(fixture_site: Path) -> None:
    text = f"{PROVENANCE}@misc{{a,\n  title = {{x\n}}\n\n{PROVENANCE}@misc{{b,\n  title = {{y}}\n}}\n"
    bibliography, problems = read(fixture_site, text)
    assert problems  # the unclosed brace of a
    assert not bibliography.lacks("b")  # swallowed by a's title, but written in the file
    assert bibliography.lacks("nergens")  # in no file: still reported


def test_every_kind_and_field_of_the_project_s_own_bibliography_is_known() -> None:
    paths = project_paths(load_config(str(ROOT / "mkdocs.yml")))
    bibliography, problems = load_bibliography(paths)
    assert len(bibliography.entries) > 400
    assert [problem for problem in problems if problem.path.startswith("bibliography/")] == []


def test_the_model_reference_names_every_kind_and_field_and_which_are_published() -> None:
    reference = render_reference()
    assert f"## {SECTION}" in reference
    assert "| `@online` | Webpagina (BibLaTeX, zoals Zotero exporteert) |" in reference
    assert "| `abstract` | Samenvatting van de bron (van een literatuurprogramma) | nee |" in reference
    assert "| `title` | Titel | ja |" in reference


def test_fields_a_reference_does_not_need_are_cut_from_the_published_text() -> None:
    text = (
        "@online{a,\n  abstract = {Met {accolades}, komma's en = tekens.},\n  title = {T},\n"
        "  keywords = {x,y},\n  url = {https://voorbeeld.invalid/},\n  file = {/home/iemand/a.pdf}\n}\n"
        "@misc{b, title = {U}, annotation = {eigen}, }\n"
    )
    published = without_fields(text, parse_bibtex(text).records, UNPUBLISHED)
    assert published == (
        "@online{a,\n  title = {T},\n  url = {https://voorbeeld.invalid/},\n}\n@misc{b, title = {U}, }\n"
    )
    assert not parse_bibtex(published).errors
    assert {"abstract", "annotation", "annote", "file", "keywords"} <= UNPUBLISHED


VERIFIED_NOWHERE = (
    "zeg waar ze is gecontroleerd: een veld doi, een url met urldate, of een regel '% verified against: "
    "<adres>' boven het record; laat weg wat daar niet stond"
)


@pytest.mark.parametrize(
    ("fields", "comment"),
    [
        ("doi = {10.1000/xyz123}", ""),  # an article from Zotero
        ("url = {https://voorbeeld.invalid/p},\n  urldate = {2026-01-02}", ""),  # a web page or report
        ("note = {Brief}", PROVENANCE),  # a letter that is nowhere online: the comment
        ("url = {https://voorbeeld.invalid/p}", PROVENANCE),
    ],
    ids=["doi", "url-with-urldate", "comment", "url-with-comment"],
)
def test_a_source_is_verified_by_its_doi_its_address_with_the_visit_date_or_the_comment(
    fixture_site: Path, fields: str, comment: str
) -> None:
    text = f"{comment}@misc{{a,\n  title = {{x}},\n  {fields}\n}}\n"
    assert load(fixture_site, text) == []


@pytest.mark.parametrize(
    "fields",
    [
        "url = {https://voorbeeld.invalid/p}",  # when was it seen?
        "urldate = {2026-01-02}",  # where?
        "doi = {}",  # empty
        "note = {Brief}",
    ],
    ids=["url-without-urldate", "urldate-without-url", "empty-doi", "none"],
)
def test_a_source_verified_nowhere_is_named_with_each_way(fixture_site: Path, fields: str) -> None:
    text = f"% Een opmerking, geen controle.\n@misc{{a,\n  title = {{x}},\n  {fields}\n}}\n"
    assert load(fixture_site, text) == [f"bibliography/bronnen.bib:2: bron 'a': {VERIFIED_NOWHERE}"]
