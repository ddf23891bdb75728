"""What HTML a page may hold: the elements and attributes the site's content needs, and where a link or an
image may point.

One list, applied twice. The validator holds the raw HTML and the attribute lists of every Markdown file
to it, and names the line. The build holds every page's HTML after Markdown to it, through the sanitizer
nh3, and names the file: that catches whatever Markdown turns into HTML that the first check did not see.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import nh3
from lxml.html import fragment_fromstring

from kennisbank.content.field_errors import excerpt
from kennisbank.text.prose import EMAIL

# On every element. The ARIA attributes are those the content uses to label and hide; `data-pagefind-
# ignore` keeps a block out of the search index.
GLOBAL_ATTRIBUTES = frozenset(
    {
        "class",
        "id",
        "title",
        "lang",
        "dir",
        "role",
        "aria-label",
        "aria-labelledby",
        "aria-describedby",
        "aria-hidden",
        "data-pagefind-ignore",
    }
)
_TEXT_ELEMENTS = (
    *("p", "br", "hr", "span", "blockquote", "pre", "code", "kbd", "samp", "var"),
    *("h1", "h2", "h3", "h4", "h5", "h6"),
    *("em", "strong", "b", "i", "u", "s", "small", "mark", "sub", "sup", "abbr", "dfn", "cite", "q"),
    *("del", "ins", "ul", "dl", "dt", "dd", "figure", "figcaption", "summary"),
    *("table", "caption", "thead", "tbody", "tfoot", "tr"),
)
# Each element with the attributes it may carry besides the global ones.
ELEMENTS: dict[str, frozenset[str]] = {
    **{name: frozenset() for name in _TEXT_ELEMENTS},
    "a": frozenset({"href"}),
    "img": frozenset({"src", "alt", "width", "height"}),
    "ol": frozenset({"start", "reversed"}),
    "li": frozenset({"value"}),
    "th": frozenset({"colspan", "rowspan", "scope"}),
    "td": frozenset({"colspan", "rowspan"}),
    "time": frozenset({"datetime"}),
    "details": frozenset({"open"}),
    # pymdownx.tabbed and pymdownx.tasklist
    "div": frozenset({"data-tabs"}),
    "label": frozenset({"for"}),
    "input": frozenset({"checked", "disabled", "name"}),
    # The charts of figure series (kennisbank.charts): shapes and text, no script, link or reference.
    "svg": frozenset({"viewBox", "focusable"}),
    "title": frozenset(),
    "desc": frozenset(),
    "g": frozenset({"fill", "font-size"}),
    "line": frozenset({"x1", "x2", "y1", "y2", "stroke", "stroke-opacity"}),
    "path": frozenset({"d", "fill", "stroke", "stroke-width", "stroke-linejoin"}),
    "circle": frozenset({"cx", "cy", "r", "fill"}),
    "text": frozenset({"x", "y", "text-anchor"}),
}
# Attributes that may hold only these values.
VALUES: dict[str, dict[str, frozenset[str]]] = {
    "input": {"type": frozenset({"checkbox", "radio"})},
    "svg": {"xmlns": frozenset({"http://www.w3.org/2000/svg"})},
}
# Attributes that hold an address, and whether the browser loads it into the page (an image).
ADDRESSES: dict[tuple[str, str], bool] = {("a", "href"): False, ("img", "src"): True}

_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*):")
_OTHER_HOST = re.compile(r"^[/\\]{2}")  # "//host/…", and "/\host" and "\\host" as browsers read them
_IGNORED_BY_BROWSERS = re.compile(r"[\t\n\r]")
_EDGES = "".join(map(chr, range(0x21)))  # C0 controls and the space, stripped from both ends


def address_refusal(address: str, *, embedded: bool) -> str | None:
    """Why a link, or with `embedded` an image, may not point at `address`; None if it may. The address is
    read as a browser reads it: controls at either end and tabs and line breaks inside do not count."""
    target = _IGNORED_BY_BROWSERS.sub("", address.strip(_EDGES))
    scheme = _SCHEME.match(target)
    name = scheme.group(1).lower() if scheme else None
    if name is None and not _OTHER_HOST.match(target):
        return None  # a path in the site or an anchor in the page
    if embedded and name in (None, "http", "https"):
        return (
            f"afbeelding of bestand van een andere host ('{excerpt(target)}'): zet het bestand in docs/ "
            "en verwijs er relatief naar"
        )
    if name is None:
        return (
            f"adres '{excerpt(target)}' zonder schema wijst naar een andere host: "
            "schrijf https:// voluit, of verwijs relatief naar een pagina van de site"
        )
    if name == "https":
        return None
    if name == "http":
        return https_message(target)
    if name == "mailto" and not embedded:
        return None if EMAIL.search(target) else "mailto-link zonder e-mailadres"
    if name == "tel" and not embedded:
        return None  # which numbers the site may show is a rule of its own (validation/contacts.py)
    return (
        f"een adres met '{name}:' is niet toegestaan: een link gaat naar https://, "
        "een pagina van de site, een #anker, mailto: of tel:"
    )


def https_message(url: str) -> str:
    url = url.rstrip(".,;:!?")  # the end of the sentence, not of the address
    address = excerpt(url)
    return (
        f"link met http:// ('{address}'): gebruik https://, of laat de link weg als de site geen https heeft"
    )


def tag_refusals(name: str, attributes: tuple[tuple[str, str], ...]) -> Iterator[str]:
    """Why an element (names in lower case) may not be in a page, one reason per thing to change. An empty
    name stands for an attribute list, whose element is known only after Markdown."""
    element = _ALLOWED_BY_LOWER_NAME.get(name) if name else _ANY_ELEMENT
    if element is None:
        yield (
            f"HTML-element <{excerpt(name)}> staat niet op de lijst van toegestane elementen "
            "(CONTRIBUTING.md, 'HTML in een pagina')"
        )
        return
    where = f"op <{excerpt(name)}>" if name else "in een attribuutlijst"
    for attribute, value in attributes:
        allowed = VALUES.get(name, {}).get(attribute)
        if attribute not in element and attribute not in GLOBAL_ATTRIBUTES and allowed is None:
            yield _attribute_message(attribute, where)
            continue
        if allowed is not None and value not in allowed:
            yield f"waarde '{excerpt(value)}' van '{attribute}' {where} is niet toegestaan"
        embedded = ADDRESSES.get((name, attribute)) if name else _ANY_ADDRESS.get(attribute)
        if embedded is not None:
            refusal = address_refusal(value, embedded=embedded)
            if refusal:
                yield refusal


def html_refusals(html: str) -> list[str]:
    """What the allow-list takes out of `html`, a page's content after Markdown: one message for each
    element, attribute or address it removes."""
    kept = iter(_start_tags(_CLEANER.clean(html)))
    refusals: list[str] = []
    for name, attributes in _start_tags(html):
        if name not in _ALLOWED_BY_LOWER_NAME:
            refusals.extend(tag_refusals(name, attributes))
            continue
        # The sanitizer's HTML parser may add an element the source left implicit (a <tbody>).
        counterpart = next((found for found in kept if found[0] == name), None)
        remaining = dict(counterpart[1]) if counterpart else {}
        for attribute, value in attributes:
            if attribute not in remaining:
                reasons = list(tag_refusals(name, ((attribute, value),)))
                refusals.extend(
                    reasons or [f"attribuut '{attribute}' op <{name}> valt weg bij het opschonen"]
                )
    return refusals


def _attribute_message(attribute: str, where: str) -> str:
    attribute = excerpt(attribute)
    if attribute.startswith("on"):
        return f"attribuut '{attribute}' {where} is niet toegestaan: geen scripts in de tekst"
    if attribute == "style":
        return (
            f"attribuut 'style' {where} is niet toegestaan: de opmaak staat in de stylesheet "
            "(ook een tabelkolom met ':---:' geeft een style-attribuut)"
        )
    return f"attribuut '{attribute}' {where} staat niet op de lijst van toegestane attributen"


def _start_tags(html: str) -> list[tuple[str, tuple[tuple[str, str], ...]]]:
    """Each element of `html` in document order: its name and attributes, in lower case (libxml2, in C: a
    parser in Python took a tenth of the build)."""
    if not html.strip():
        return []
    root = fragment_fromstring(html, create_parent="div")
    return [
        (element.tag.lower(), tuple((name.lower(), value) for name, value in element.attrib.items()))
        for element in root.iter()
        if isinstance(element.tag, str) and element is not root
    ]


def _keep_address(element: str, attribute: str, value: str) -> str | None:
    embedded = ADDRESSES.get((element, attribute))
    if embedded is None or address_refusal(value, embedded=embedded) is None:
        return value
    return None


# HTML parsers read names in lower case; SVG keeps its capitals (viewBox) in the allow-list for nh3.
_ALLOWED_BY_LOWER_NAME = {
    name: frozenset(attribute.lower() for attribute in attributes) for name, attributes in ELEMENTS.items()
}
_ANY_ELEMENT = frozenset(
    attribute
    for attributes in (*_ALLOWED_BY_LOWER_NAME.values(), *VALUES.values())
    for attribute in attributes
)
_ANY_ADDRESS = {attribute: embedded for (_, attribute), embedded in ADDRESSES.items()}
_CLEANER = nh3.Cleaner(
    tags=set(ELEMENTS),
    clean_content_tags={"script", "style"},
    attributes={
        "*": set(GLOBAL_ATTRIBUTES),
        **{name: set(attributes) for name, attributes in ELEMENTS.items()},
    },
    tag_attribute_values={
        name: {attribute: set(values) for attribute, values in attributes.items()}
        for name, attributes in VALUES.items()
    },
    url_schemes={"https", "http", "mailto", "tel"},
    attribute_filter=_keep_address,
    link_rel=None,
    strip_comments=False,
)
