"""The extra words a page is indexed with: compound parts and the other names of glossary terms."""

from __future__ import annotations

from kennisbank.search.terms import SearchTerms, Synonym, html_text, words

TERMS = SearchTerms(
    ["uitbuiting", "materiaal", "arbeid", "darkwebforum", "museum"],
    [Synonym("Seksueel kindermisbruikmateriaal", ("kinderporno", "child sexual abuse material", "CSAM"))],
)


def test_a_page_using_a_glossary_term_gets_its_other_names_word_by_word() -> None:
    found = TERMS.for_text("Meldingen van seksueel kindermisbruikmateriaal en arbeidsuitbuiting.")
    parts = ["materiaal", "uitbuiting"]
    assert found == sorted([*parts, "abuse", "child", "csam", "kinderporno", "material", "sexual"])


def test_words_the_page_has_already_are_not_added_again() -> None:
    found = TERMS.for_text("Seksueel kindermisbruikmateriaal (CSAM) is abuse material, zegt child-rapport.")
    assert "csam" not in found and "abuse" not in found and "material" not in found
    assert {"kinderporno", "sexual"} <= set(found)


def test_a_page_without_the_term_gets_no_synonyms() -> None:
    assert TERMS.for_text("Een pagina over iets anders.") == []


def test_what_pagefind_ignores_gives_no_words() -> None:
    html = (
        '<p>Eigen <b>tekst</b></p><div data-pagefind-ignore="all"><ul><li>Lijst<br>met <img src=x> '
        '<svg><path d="M0"/><text>label</text></svg>entries</li></ul></div><p>en slot &amp; einde</p>'
    )
    assert words(html_text(html)) == ["eigen", "tekst", "en", "slot", "einde"]


def test_a_latin_plural_is_found_by_its_singular_and_back() -> None:
    assert TERMS.for_text("Zij ontmoeten elkaar op darkwebfora en in musea.") == ["darkwebforum", "museum"]
    assert TERMS.for_text("Het forum van het centrum.") == ["centra", "fora"]
    assert TERMS.for_text("Een stimulus en een index.") == ["indices", "stimuli"]


def test_a_word_that_only_ends_like_a_latin_plural_gets_no_singular() -> None:
    # "paginum", "extrum": the singular is added only when the knowledge base uses it.
    assert TERMS.for_text("Een extra pagina.") == []


def test_a_word_whose_other_number_means_something_else_keeps_its_meaning() -> None:
    # A "datum" is a date, not one of the "data".
    assert TERMS.for_text("De datum van de data.") == []
