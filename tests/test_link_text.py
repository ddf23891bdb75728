"""Links that lie: a link whose text is a web address or host name must lead to that host."""

from __future__ import annotations

import pytest

from kennisbank.content.frontmatter import EntryFile
from kennisbank.validation.link_text import lie, link_text_problems


def problems(body: str) -> list[str]:
    page = EntryFile(path="docs/pagina.md", meta={}, body=body, body_line=5)
    return [str(problem) for problem in link_text_problems(page)]


@pytest.mark.parametrize(
    ("text", "url", "shown", "target"),
    [
        (
            "https://www.rijksoverheid.nl",
            "https://elders.invalid/x",
            "www.rijksoverheid.nl",
            "elders.invalid",
        ),
        ("rijksoverheid.nl", "https://elders.invalid/x", "rijksoverheid.nl", "elders.invalid"),
        ("www.rijksoverheid.nl", "https://elders.invalid/", "www.rijksoverheid.nl", "elders.invalid"),
        ("rijksoverheid.nl/onderwerpen", "https://elders.invalid/", "rijksoverheid.nl", "elders.invalid"),
        ("**rijksoverheid.nl**", "https://elders.invalid/", "rijksoverheid.nl", "elders.invalid"),
        ("Rijksoverheid.NL", "HTTPS://Elders.Invalid/", "Rijksoverheid.NL", "elders.invalid"),
        # The shown host in front of an @ is a user name: the browser goes to the host after it.
        (
            "rijksoverheid.nl",
            "https://rijksoverheid.nl@elders.invalid/",
            "rijksoverheid.nl",
            "elders.invalid",
        ),
        # A backslash is a slash to the browser: the host ends before it.
        (
            "rijksoverheid.nl",
            "https://elders.invalid\\@rijksoverheid.nl/",
            "rijksoverheid.nl",
            "elders.invalid",
        ),
        ("rijksoverheid.nl", "//elders.invalid/", "rijksoverheid.nl", "elders.invalid"),
        ("rijksoverheid.nl", "https://&#101;lders.invalid/", "rijksoverheid.nl", "elders.invalid"),
        # The parent of the shown host is another site.
        ("open.rijksoverheid.nl", "https://rijksoverheid.nl/", "open.rijksoverheid.nl", "rijksoverheid.nl"),
        # A Cyrillic е looks like an e and is another host.
        ("rijksoverh\u0435id.nl", "https://rijksoverheid.nl/", "xn--rijksoverhid-1ck.nl", "rijksoverheid.nl"),
    ],
)
def test_a_link_showing_another_host_is_refused(text: str, url: str, shown: str, target: str) -> None:
    message = lie(text, url)
    assert message is not None
    assert f"maar de link gaat naar '{target}'" in message
    assert shown in message
    assert "beschrijf het doel in woorden" in message


@pytest.mark.parametrize(
    ("text", "url"),
    [
        ("rijksoverheid.nl", "https://rijksoverheid.nl/onderwerpen"),
        ("rijksoverheid.nl", "https://www.rijksoverheid.nl/"),
        ("www.rijksoverheid.nl", "https://rijksoverheid.nl/"),
        ("https://www.rijksoverheid.nl/", "https://rijksoverheid.nl/x"),
        ("rijksoverheid.nl", "https://open.rijksoverheid.nl/"),
        ("RIJKSOVERHEID.NL.", "https://rijksoverheid.nl/"),
        ("rijksoverheid.nl", "https://rijksoverheid.nl./"),
        # Ordinary words, abbreviations and file names are no addresses.
        ("de Rijksoverheid", "https://elders.invalid/"),
        ("Rijksoverheid", "https://elders.invalid/"),
        ("o.a.", "https://elders.invalid/"),
        ("versie 2.1", "https://elders.invalid/"),
        ("rapport.pdf", "https://elders.invalid/rapport.pdf"),
        ("info@rijksoverheid.nl", "https://elders.invalid/"),
        # Within the site, or not on the web: no host to compare.
        ("rijksoverheid.nl", "../organisaties/org-rijksoverheid/"),
        ("rijksoverheid.nl", "#rijksoverheid"),
        ("rijksoverheid.nl", "mailto:info@voorbeeld.invalid"),
    ],
)
def test_a_link_to_the_host_it_shows_or_with_other_text_passes(text: str, url: str) -> None:
    assert lie(text, url) is None


def test_each_lie_is_named_with_its_line_in_markdown_and_html() -> None:
    body = "\n".join(
        [
            "Inleiding.",
            "Zie [rijksoverheid.nl](https://elders.invalid/a) en [Rijksoverheid](https://elders.invalid/b).",
            '<a href="https://elders.invalid/c">www.politie.nl</a>',
            '<a href="https://www.politie.nl/d"><strong>politie.nl</strong></a>',
        ]
    )
    assert problems(body) == [
        "docs/pagina.md:6: de linktekst toont het adres 'rijksoverheid.nl', maar de link gaat naar "
        "'elders.invalid': laat de tekst tonen waar de link heen gaat ('elders.invalid'), beschrijf het doel "
        "in woorden, of laat de link naar 'rijksoverheid.nl' gaan",
        "docs/pagina.md:7: de linktekst toont het adres 'www.politie.nl', maar de link gaat naar "
        "'elders.invalid': laat de tekst tonen waar de link heen gaat ('elders.invalid'), beschrijf het doel "
        "in woorden, of laat de link naar 'www.politie.nl' gaan",
    ]


def test_links_by_reference_are_read_with_their_definition() -> None:
    body = "\n".join(
        [
            "Zie [rijksoverheid.nl][ro], [politie.nl][] en [om.nl].",
            "[Tekst][ro] en [niet gedefinieerd.nl] zijn geen leugen.",
            "",
            "[ro]: https://elders.invalid/ro",
            "[politie.nl]: <https://elders.invalid/politie>",
            "[om.nl]: https://www.om.nl/",
        ]
    )
    found = problems(body)
    assert len(found) == 2, found
    assert found[0].startswith("docs/pagina.md:5: de linktekst toont het adres 'rijksoverheid.nl'")
    assert found[1].startswith("docs/pagina.md:5: de linktekst toont het adres 'politie.nl'")


def test_code_is_not_checked() -> None:
    body = "\n".join(
        [
            "`[rijksoverheid.nl](https://elders.invalid/)` als voorbeeld.",
            "```markdown",
            "[rijksoverheid.nl](https://elders.invalid/)",
            '<a href="https://elders.invalid/">rijksoverheid.nl</a>',
            "```",
        ]
    )
    assert problems(body) == []


def test_an_image_is_no_link_text() -> None:
    assert problems("![rijksoverheid.nl](afbeeldingen/logo.png)") == []
    assert problems("[![logo](afbeeldingen/logo.png)](https://elders.invalid/)") == []
