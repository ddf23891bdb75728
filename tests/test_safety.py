"""The content-safety rules, on small pieces of text: what each reports, and what it leaves alone."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from mkdocs.config import load_config
from pybtex.database import Entry

from kennisbank.content.bibliography import Bibliography, load_bibliography
from kennisbank.content.corpus import load_corpus
from kennisbank.content.frontmatter import EntryFile
from kennisbank.mkdocs_settings import project_paths
from kennisbank.problems import Problem
from kennisbank.project import SafetySettings
from kennisbank.validation.contacts import phone_digits
from kennisbank.validation.safety import PageChecker, safety_problems
from kennisbank.validation.terminology import AvoidList, AvoidTerm

SETTINGS = SafetySettings(public_contacts={"ORG-meldpunt": ("info@meldpunt.invalid", "+31 (0)20 123 4567")})
AVOID = AvoidList([AvoidTerm("kinderporno", "Seksueel kindermisbruikmateriaal", "BEG-csam"), AvoidTerm("KP")])


def problems(body: str, **meta: object) -> list[str]:
    page = EntryFile("docs/x.md", dict(meta), body, body_line=10, key_lines={key: 3 for key in meta})
    return [
        str(problem) for problem in PageChecker(SETTINGS, AVOID, Bibliography()).page(page, not_prose={"id"})
    ]


@pytest.mark.parametrize(
    ("body", "says"),
    [
        ("Het forum abcdefghijklmnop.onion.", "darkweb-adres 'abcdefghijklmnop.onion'"),
        ("[Forum](https://forum.i2p/a)", "darkweb-adres 'forum.i2p'"),
        ("`http://abcdefghijklmnop.onion`", "darkweb-adres"),
        ("Mail jan@example.org.", "e-mailadres 'jan@example.org'"),
        ("Bel 020-7654321.", "telefoonnummer '020-7654321'"),
        ("Bel +31 6 12345678.", "telefoonnummer '+31 6 12345678'"),
        ("Bel (010) 123 45 67.", "telefoonnummer '(010) 123 45 67'"),
        ("Bel 0800-2666436.", "telefoonnummer '0800-2666436'"),
        ("[Bel](tel:+31612345678)", "telefoonnummer '+31612345678'"),
        ("<script>x()</script>", "HTML-element <script>"),
        ('<IFRAME src="kaart.html"></IFRAME>', "HTML-element <iframe>"),
        ("<object></object>", "HTML-element <object>"),
        ("<embed>", "HTML-element <embed>"),
        ('<div onClick="x()">a</div>', "attribuut 'onclick' op <div> is niet toegestaan: geen scripts"),
        ('Alinea\n{: onmouseover="x()" }', "attribuut 'onmouseover' in een attribuutlijst"),
        ("[a](javascript:alert(1))", "een adres met 'javascript:' is niet toegestaan"),
        ("[a]( JaVaScRiPt:alert(1))", "een adres met 'javascript:' is niet toegestaan"),
        ("[a](java&#x09;script&colon;alert(1))", "een adres met 'javascript:' is niet toegestaan"),
        ('<a href="jav&#x61;script:x()">a</a>', "een adres met 'javascript:' is niet toegestaan"),
        ('<a href=" \x01java\nscript:x()">a</a>', "een adres met 'javascript:' is niet toegestaan"),
        ("[a][r]\n\n[r]: javascript:x()", "een adres met 'javascript:' is niet toegestaan"),
        ('<a href="data:text/html;base64,PHNjcmlwdD4=">a</a>', "een adres met 'data:' is niet toegestaan"),
        ("[a](vbscript:x)", "een adres met 'vbscript:' is niet toegestaan"),
        ('<a href="//andere.invalid/pad">a</a>', "zonder schema wijst naar een andere host"),
        ('<a href="/\\andere.invalid/pad">a</a>', "zonder schema wijst naar een andere host"),
        ('<a href="https://a.invalid" ping="https://teller.invalid">a</a>', "attribuut 'ping' op <a>"),
        ('<form action="https://a.invalid"><input></form>', "HTML-element <form>"),
        ('<base href="https://a.invalid/">', "HTML-element <base>"),
        ('<meta http-equiv="refresh" content="0; url=https://a.invalid">', "HTML-element <meta>"),
        ('<link rel="stylesheet" href="https://a.invalid/a.css">', "HTML-element <link>"),
        ("<style>@import 'https://a.invalid/a.css';</style>", "HTML-element <style>"),
        ('<svg><use href="#a"/></svg>', "HTML-element <use>"),
        ('<input type="image">', "waarde 'image' van 'type' op <input>"),
        ('[a](https://a.invalid){: href="javascript:x" }', "een adres met 'javascript:'"),
        ("[a](http://voorbeeld.invalid)", "link met http://"),
        ("<http://voorbeeld.invalid>", "link met http://"),
        ("Zie http://voorbeeld.invalid/pagina.", "link met http:// ('http://voorbeeld.invalid/pagina'):"),
        ("[a](mailto:)", "mailto-link zonder e-mailadres"),
        ("![a](https://cdn.invalid/a.png)", "afbeelding of bestand van een andere host"),
        ("![a](//cdn.invalid/a.png)", "afbeelding of bestand van een andere host"),
        ("![a][r]\n\n[r]: https://cdn.invalid/a.png", "afbeelding of bestand van een andere host"),
        ('<img src="https://cdn.invalid/a.png">', "afbeelding of bestand van een andere host"),
        ('<img srcset="a.png 1x, https://cdn.invalid/b.png 2x">', "attribuut 'srcset' op <img>"),
        (
            "<span style=\"background: url('https://cdn.invalid/a.png')\">x</span>",
            "attribuut 'style' op <span>",
        ),
        ("Over kinderporno.", "te vermijden term 'kinderporno'; gebruik 'Seksueel kindermisbruikmateriaal'"),
        ("Kinderpornografische fora.", "te vermijden term 'kinderporno' (in 'Kinderpornografische')"),
        ("## Kinderporno", "te vermijden term"),
        ("[Kinderporno](a.md)", "te vermijden term"),
        ("Het KP-team.", "te vermijden term 'KP'; zie avoid_terms"),
        ("> citaat\n\nen dan kinderporno", "te vermijden term"),
    ],
)
def test_reported(body: str, says: str) -> None:
    found = problems(body)
    assert len(found) == 1, found
    assert found[0].startswith("docs/x.md:1"), found
    assert says in found[0], found


def test_each_http_address_is_named_once_between_links_and_images() -> None:
    """An address in a link's target is named as the link's; one in running text, before, between or after
    links (an image inside a link too), on its own."""
    body = (
        "[a](https://b.invalid) http://c.invalid [![d](e.png)](http://f.invalid) "
        "[g](https://h.invalid) http://i.invalid"
    )
    found = problems(body)
    assert sorted(message.split("('")[1].split("')")[0] for message in found) == [
        "http://c.invalid",
        "http://f.invalid",
        "http://i.invalid",
    ], found


@pytest.mark.parametrize(
    "body",
    [
        "Een .onion-adres is een adres op het Tor-netwerk.",
        "Mail info@meldpunt.invalid of bel 020-1234567 of +31 20 123 45 67.",
        "In 2012-2014, op 01-02-2020, 0,5 procent, p = 0.0001, 10.1177/1079063220981063.",
        "ISBN 978-90-1234-567-8, om 10:30 uur, 12 345 678 euro.",
        "Het kamerstuk kst-31015-158 en de zaak 14/05420; [@phr2015-2649, p. 12].",
        "Code: `<script>` en\n\n```html\n<iframe onclick='x'></iframe>\n<a href=\"javascript:x\">a</a>\n```",
        "[a](https://voorbeeld.invalid) en <https://voorbeeld.invalid> en ![lokaal](img/a.png).",
        '<a href="https://voorbeeld.invalid" title="x">a</a> <img src="img/a.png" alt="a">',
        '<details class="note" open><summary>Meer</summary><p lang="en">Text</p></details>',
        '<a href="#boven">a</a> <a href="../interventies/int-001.md">b</a>',
        '<a href="mailto:info@meldpunt.invalid">c</a>',
        'Een tekst {x} met accolades, en [a](https://a.invalid){: .knop #anker title="Uitleg" }',
        "Een vergelijking a < b en b > c, en <https://voorbeeld.invalid/a?b=1&c=2>.",
        'Het woord "kinderporno", “kinderporno” en ‘kinderporno’ en «kinderporno».',
        '"Meldpunt\nKinderporno" over twee regels.',
        "> De wet spreekt van kinderporno.\nen deze regel hoort bij het citaat.",
        "- > kinderporno in een citaat in een lijst",
        "[@rijksoverheid-kinderpornografie] [zie](kinderporno.md) https://kinderporno.invalid/",
        "<!-- kinderporno in commentaar -->",
        "Een kpn-abonnement en kp's.",
        "Javascript: een taal. On=off.",
    ],
)
def test_left_alone(body: str) -> None:
    assert problems(body) == []


def test_front_matter_is_checked_too() -> None:
    found = problems(
        "", summary='Zie forum.i2p of http://a.invalid over "kinderporno" en kinderporno.', id="KP-1"
    )
    assert [message.split(": ", 1)[1][:20] for message in found] == [
        "darkweb-adres 'forum",
        "link met http:// ('h",
        "te vermijden term 'k",
    ]
    assert all(message.startswith("docs/x.md:3: ") for message in found)


def test_phone_numbers_compare_by_their_digits() -> None:
    assert phone_digits("+31 (0)20 123 4567") == phone_digits("020-1234567") == "0201234567"
    assert phone_digits("0031 6 1234 5678") == "0612345678"
    assert phone_digits("+44 20 7946 0000") == "00442079460000"


def test_avoided_terms_come_from_the_glossary_and_the_configuration(fixture_site: Path) -> None:
    config = load_config(str(fixture_site / "mkdocs.yml"))
    config.plugins["kennisbank"].config["avoid_terms"] = ["proefwoord"]
    paths = project_paths(config)
    corpus, _ = load_corpus(paths)
    avoid = AvoidList.from_corpus(corpus, paths.safety.avoid_terms)
    assert avoid.terms["oudterm"] == AvoidTerm("oudterm", "Voorbeeldterm", "BEG-voorbeeldterm")
    assert avoid.terms["proefwoord"] == AvoidTerm("proefwoord")


def test_the_glossary_may_name_its_avoided_terms_in_the_avoid_field(fixture_site: Path) -> None:
    config = load_config(str(fixture_site / "mkdocs.yml"))
    paths = project_paths(config)
    corpus, _ = load_corpus(paths)
    bibliography, _ = load_bibliography(paths)
    assert safety_problems(paths, corpus, bibliography) == []


def test_titles_of_cited_sources_are_not_prose(fixture_site: Path) -> None:
    glossary = fixture_site / "docs/begrippen/beg-voorbeeldterm.md"
    glossary.write_text(
        glossary.read_text(encoding="utf-8").replace("avoid: [oudterm]", "avoid: [voorbeelden]")
    )
    entry = fixture_site / "docs/bevindingen/bev-001.md"
    text = entry.read_text(encoding="utf-8")
    entry.write_text(text + "\nHet stuk *Een rapport over voorbeelden* [@rapport2021].\n", encoding="utf-8")
    config = load_config(str(fixture_site / "mkdocs.yml"))
    paths = project_paths(config)
    corpus, _ = load_corpus(paths)
    bibliography, _ = load_bibliography(paths)
    assert safety_problems(paths, corpus, bibliography) == []
    entry.write_text(text + "\nVeel voorbeelden [@rapport2021].\n", encoding="utf-8")
    corpus, _ = load_corpus(paths)
    found = safety_problems(paths, corpus, bibliography)
    assert [str(problem)[:46] for problem in found] == ["docs/bevindingen/bev-001.md:15: te vermijden t"]


def test_public_contacts_must_belong_to_an_organisation(fixture_site: Path) -> None:
    config = load_config(str(fixture_site / "mkdocs.yml"))
    paths = project_paths(config)
    corpus, _ = load_corpus(paths)
    contacts = {"ORG-voorbeeld": ("geen adres",), "BEG-voorbeeldterm": ("info@voorbeeld.invalid",)}
    paths = replace(paths, safety=SafetySettings(public_contacts=contacts))
    found = [str(problem) for problem in safety_problems(paths, corpus, Bibliography())]
    assert "mkdocs.yml: public_contacts: 'BEG-voorbeeldterm' is geen organisatie in de kennisbank" in found
    assert (
        "mkdocs.yml: public_contacts van ORG-voorbeeld: 'geen adres' is geen e-mailadres of telefoonnummer"
        in found
    )


def test_problems_without_a_line_sort_before_those_with_one() -> None:
    with_line, without = Problem("a.bib", 3, "x"), Problem("a.bib", None, "y")
    assert sorted([with_line, without]) == [without, with_line]


def test_a_one_word_title_counts_as_a_title_only_where_it_is_marked_as_one() -> None:
    bibliography = Bibliography()
    bibliography.entries["rijksoverheid"] = Entry("online", fields={"title": "{Kinderporno}"})
    page = EntryFile("docs/x.md", {}, "", body_line=10)
    checker = PageChecker(SETTINGS, AVOID, bibliography)

    def found(body: str) -> list[Problem]:
        return checker.page(replace(page, body=body), not_prose=set())

    assert found("De pagina *Kinderporno* [@rijksoverheid].") == []
    assert found("De pagina [Kinderporno](https://voorbeeld.invalid) [@rijksoverheid].") == []
    assert len(found("Over kinderporno [@rijksoverheid].")) == 1


@pytest.mark.parametrize(
    "body",
    [
        "<" + "a" * 100_000 + ">",
        '<p data-x="1" ' + "b" * 100_000 + '="1">x</p>',
        "kinderporno" + "x" * 100_000,
        "[a](javascript:" + "x" * 100_000 + ")",
        "[a](//" + "x" * 100_000 + ")",
    ],
)
def test_no_message_quotes_more_than_a_short_excerpt(body: str) -> None:
    found = problems(body)
    assert found
    assert all(len(message) < 400 for message in found), [len(message) for message in found]
