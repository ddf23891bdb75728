"""What HTML a page may hold: the elements and attributes the site's content needs, and where a link or an
image may point; and which files may stand beside the Markdown in docs/.

One list, applied three times. The validator holds the raw HTML and the attribute lists of every Markdown
file to it, and names the line. The build holds every page's HTML after Markdown to it, through the
sanitizer nh3, and names the file: that catches whatever Markdown turns into HTML that the first check did
not see. And an SVG file in docs/ (`FILE_KINDS`), which MkDocs copies into the site as it is, holds only
elements and attributes of the same list.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import nh3
from lxml import etree
from lxml.html import fragment_fromstring

from kennisbank.text.excerpt import excerpt
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


def as_browsers_read(address: str) -> str:
    """`address` as a browser reads it: controls at either end and tabs and line breaks inside do not
    count."""
    return _IGNORED_BY_BROWSERS.sub("", address.strip(_EDGES))


def address_refusal(address: str, *, embedded: bool) -> str | None:
    """Why a link, or with `embedded` an image, may not point at `address`; None if it may. The address is
    read as a browser reads it (`as_browsers_read`)."""
    target = as_browsers_read(address)
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


# The files that may stand in docs/ beside the Markdown: MkDocs copies them into the site as they are, so
# each must be what its name says, within its bound.
MAX_IMAGE_BYTES = 1_000_000
SVG_NAMESPACE = "http://www.w3.org/2000/svg"
# (line or None, message): why a file's content may not be in the site.
Refusal = tuple[int | None, str]


@dataclass(frozen=True)
class FileKind:
    """A kind of file the site needs beside its pages: an image format."""

    name: str  # the format, as contributors know it: "PNG"
    extensions: tuple[str, ...]  # how the file's name ends, in lower case
    max_bytes: int
    check: Callable[[bytes], list[Refusal]]  # why the content is not of this kind; empty if it is

    @property
    def label(self) -> str:
        return f"{self.name}-afbeelding"


def _signature(name: str, pattern: bytes) -> Callable[[bytes], list[Refusal]]:
    """A check that the content begins as every file of the format begins (its magic bytes)."""
    begins = re.compile(pattern, re.DOTALL)

    def check(data: bytes) -> list[Refusal]:
        if begins.match(data):
            return []
        return [
            (
                None,
                f"de inhoud is geen {name}-afbeelding, al zegt de naam dat: sla de afbeelding opnieuw op "
                f"als {name}, of verwijder het bestand",
            )
        ]

    return check


def svg_refusals(data: bytes) -> list[Refusal]:
    """Why an SVG file may not be in the site: it must be XML with an <svg> root in the SVG namespace, and
    every element and attribute in it must be on the allow-list of page HTML (so no script, no event
    handler, no <foreignObject>, no `xlink:href` or other reference to a file). No DOCTYPE (entities) and
    no processing instruction (`<?xml-stylesheet?>` loads a style sheet)."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as error:
        return [
            (
                error.lineno or None,
                "het bestand is geen geldige XML en dus geen SVG: sla de afbeelding opnieuw op als SVG, of "
                "verwijder het bestand",
            )
        ]
    refusals: list[Refusal] = []
    if root.getroottree().docinfo.doctype:
        line = data[: data.find(b"<!DOCTYPE")].count(b"\n") + 1 if b"<!DOCTYPE" in data else None
        refusals.append((line, "een <!DOCTYPE …> is in een SVG niet toegestaan: verwijder die regel"))
    if root.tag != f"{{{SVG_NAMESPACE}}}svg":
        refusals.append(
            (
                root.sourceline,
                f'het bestand begint niet met <svg xmlns="{SVG_NAMESPACE}"> maar met '
                f"<{excerpt(_qualified(root, root.tag))}>: sla de afbeelding opnieuw op als SVG",
            )
        )
        return refusals
    nodes = [*reversed(list(root.itersiblings(preceding=True))), *root.iter(), *root.itersiblings()]
    for node in nodes:
        if node.tag is etree.PI:
            refusals.append(
                (
                    node.sourceline,
                    f"een verwerkingsinstructie (<?{excerpt(node.target)} …?>) is in een SVG niet "
                    "toegestaan: verwijder haar",
                )
            )
        elif isinstance(node.tag, str):  # an element; comments have no name
            refusals.extend((node.sourceline, message) for message in _svg_element_refusals(node))
    return refusals


def _svg_element_refusals(element: etree._Element) -> list[str]:
    name = etree.QName(element)
    if name.namespace != SVG_NAMESPACE:
        return [
            f"element <{excerpt(_qualified(element, str(element.tag)))}> hoort niet in een SVG: alleen "
            "SVG-elementen van de lijst van toegestane elementen (CONTRIBUTING.md, 'HTML in een pagina')"
        ]
    attributes = tuple(
        (_qualified(element, str(attribute)).lower(), str(value))
        for attribute, value in element.attrib.items()
    )
    return list(tag_refusals(name.localname.lower(), attributes))


def _qualified(element: etree._Element, name: str) -> str:
    """`{namespace}local` as the source wrote it, `prefix:local`; a name without namespace as it is."""
    qualified = etree.QName(name)
    if qualified.namespace is None or qualified.namespace == SVG_NAMESPACE:
        return qualified.localname
    if qualified.namespace == "http://www.w3.org/XML/1998/namespace":
        return f"xml:{qualified.localname}"
    prefixes = [prefix for prefix, uri in element.nsmap.items() if uri == qualified.namespace and prefix]
    return f"{prefixes[0]}:{qualified.localname}" if prefixes else qualified.localname


FILE_KINDS: tuple[FileKind, ...] = (
    FileKind("PNG", (".png",), MAX_IMAGE_BYTES, _signature("PNG", rb"\x89PNG\r\n\x1a\n")),
    FileKind("JPEG", (".jpg", ".jpeg"), MAX_IMAGE_BYTES, _signature("JPEG", rb"\xff\xd8\xff")),
    FileKind("WebP", (".webp",), MAX_IMAGE_BYTES, _signature("WebP", rb"RIFF.{4}WEBP")),
    FileKind("SVG", (".svg",), MAX_IMAGE_BYTES, svg_refusals),
)
KIND_BY_EXTENSION = {extension: kind for kind in FILE_KINDS for extension in kind.extensions}
