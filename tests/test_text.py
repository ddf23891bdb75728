"""The Markdown text toolkit: code, prose, links and raw HTML, each keeping lines and offsets."""

from __future__ import annotations

from kennisbank.text.code import blank_code, mask_code
from kennisbank.text.links import links
from kennisbank.text.prose import prose, without_quotations
from kennisbank.text.raw_html import attribute_list_tags, raw_tags

MARKDOWN = """Tekst met `code <b>` en een [link](https://a.invalid/pad) [@bron2020].

```html
<script>niet</script>
```

<span class="x" title="a &amp; b">HTML</span> {: .klasse data-x="1" }
Mail <info@a.invalid> of zie https://b.invalid/pagina.
"""


def test_code_is_blanked_with_lines_and_offsets_kept() -> None:
    blanked = blank_code(MARKDOWN)
    assert len(blanked) == len(MARKDOWN)
    assert blanked.count("\n") == MARKDOWN.count("\n")
    assert "script" not in blanked and "code" not in blanked
    assert blanked.index("<span") == MARKDOWN.index("<span")


def test_masked_code_comes_back_as_written() -> None:
    masked = mask_code(MARKDOWN)
    assert "<script>" not in masked.text
    assert masked.restore(masked.text) == MARKDOWN


def test_prose_is_the_running_text_only() -> None:
    text = prose(MARKDOWN)
    assert len(text) == len(MARKDOWN)
    for gone in ("https", "bron2020", "info@", "span", "klasse", "script", "code"):
        assert gone not in text, gone
    for kept in ("Tekst met", "link", "HTML", "Mail", "zie"):
        assert kept in text, kept


def test_quotations_are_someone_elses_words() -> None:
    assert without_quotations('Zij zei "dit" en\n> dat\nook.').split() == ["Zij", "zei", "en"]


def test_links_are_found_where_they_are() -> None:
    found = list(links(blank_code(MARKDOWN)))
    assert [(link.url, MARKDOWN[link.start : link.end]) for link in found] == [
        ("https://a.invalid/pad", "https://a.invalid/pad")
    ]


def test_raw_tags_are_read_as_a_browser_reads_them() -> None:
    text = blank_code(MARKDOWN)
    tags = raw_tags(text)
    assert [(tag.name, tag.attributes) for tag in tags] == [("span", (("class", "x"), ("title", "a & b")))]
    assert tags[0].offset == MARKDOWN.index("<span")
    lists = attribute_list_tags(text)
    assert [(tag.name, tag.attributes) for tag in lists] == [("", (("class", "klasse"), ("data-x", "1")))]
