"""PyYAML's syntax errors said in Dutch, at the line where the fix goes, with what to write instead.

PyYAML words its problems in English ("expected ',' or ']', but got ':'"); a contributor reads what this
module makes of them. Each rule matches PyYAML's wording of one problem (the reader is PyYAML's own Python
reader, whose messages are fixed by the pinned version); a problem no rule knows gets a Dutch message that
names the usual causes, never PyYAML's words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import yaml

# Where a value holds a character YAML gives a meaning of its own, quotes make it plain text.
_QUOTE_IT = 'zet de hele waarde tussen aanhalingstekens, zoals title: "Deel 1: de opzet"'


@dataclass(frozen=True)
class _Rule:
    problem: str  # a regular expression that PyYAML's `problem` matches; `char` is the character it names
    message: str  # Dutch; `{char}` stands for that character
    context: str = ""  # a regular expression that PyYAML's `context` must match as well
    # Report at the line where the construct began (an unclosed bracket or quote) instead of where PyYAML
    # noticed it, often several lines further.
    at_start: bool = False


_RULES = (
    _Rule(
        r"expected ',' or '\]'",
        "de lijst die hier met '[' begint, wordt niet gesloten: zet ']' aan het eind van de lijst en een "
        "komma tussen de waarden; staat er in een waarde een komma, ':' of haakje, zet die waarde dan tussen "
        "aanhalingstekens",
        at_start=True,
    ),
    _Rule(
        r"expected ',' or '\}'",
        "wat hier met '{' begint, wordt niet gesloten met '}'; hoort de '{' bij de tekst, " + _QUOTE_IT,
        at_start=True,
    ),
    _Rule(
        r"found unexpected (end of stream|document separator)",
        "het aanhalingsteken hier wordt niet gesloten: eindig de tekst met hetzelfde teken (\" of '); staat "
        "dat teken ook in de tekst zelf, gebruik dan het andere om de waarde heen",
        context="quoted scalar",
        at_start=True,
    ),
    _Rule(
        r"found unknown escape character '(?P<char>.+)'",
        "tussen dubbele aanhalingstekens heeft '\\' een eigen betekenis en is '\\{char}' onbekend: gebruik "
        "enkele aanhalingstekens om de waarde, of schrijf '\\\\'",
    ),
    _Rule(
        r"expected escape sequence",
        "tussen dubbele aanhalingstekens heeft '\\' een eigen betekenis: gebruik enkele aanhalingstekens "
        "om de waarde, of schrijf '\\\\'",
    ),
    _Rule(
        r"mapping values are not allowed here",
        "een ': ' midden in een waarde, of een regel die verder inspringt dan de regel erboven: "
        + _QUOTE_IT
        + ", of laat de velden van één blok even ver inspringen",
    ),
    _Rule(
        r"could not find expected ':'",
        "een regel zonder ':' na de veldnaam: schrijf veld: waarde; loopt een waarde door over meer regels, "
        "zet haar dan tussen aanhalingstekens",
        at_start=True,
    ),
    _Rule(
        r"found character '\\t' that cannot start any token",
        "een tab: spring in met spaties, niet met tabs",
    ),
    _Rule(
        r"found character '(?P<char>.+)' that cannot start any token",
        "een waarde kan in YAML niet met '{char}' beginnen: zet de hele waarde tussen aanhalingstekens, "
        'zoals title: "{char}…"',
    ),
    _Rule(
        r"sequence entries are not allowed here|expected <block end>, but found '-'",
        "een lijstitem ('- ') staat waar geen lijst kan beginnen: zet de items op eigen regels direct onder "
        "het veld, allemaal even ver ingesprongen, of schrijf de lijst als [a, b]",
    ),
    _Rule(
        r"expected <block end>, but found '<block mapping start>'",
        "deze regel springt anders in dan de regels erboven: een veld begint helemaal links, en de velden "
        "binnen één blok (zoals onder evidence:) springen even ver in",
    ),
    _Rule(
        r"expected <block end>",
        "na de waarde staat nog tekst die YAML niet verwacht: begint de waarde met een aanhalingsteken, '[' "
        "of '{' die bij de tekst hoort, zet dan de hele waarde tussen aanhalingstekens, zoals "
        "title: '\"Veilig online\" in de praktijk'",
    ),
    _Rule(
        r"expected the node content, but found '(?P<char>.+)'",
        "hier ontbreekt een waarde: '{char}' staat waar een waarde hoort; hoort het teken bij de tekst, "
        + _QUOTE_IT,
    ),
    _Rule(
        r"mapping keys are not allowed here",
        "een '?' aan het begin van een waarde: " + _QUOTE_IT,
    ),
    _Rule(
        r".",
        "een waarde die met '&' of '*' begint, leest YAML als anker of verwijzing: " + _QUOTE_IT,
        context="anchor|alias",
    ),
    _Rule(
        r".",
        "een waarde die met '!' begint, leest YAML als tag: " + _QUOTE_IT,
        context="tag",
    ),
    _Rule(
        r".",
        "een waarde die met '|' of '>' begint, is een tekstblok: zet de tekst op de regels eronder, "
        "ingesprongen, of " + _QUOTE_IT,
        context="block scalar",
    ),
    _Rule(
        r"found unhashable key",
        "een veldnaam binnen een blok moet gewone tekst zijn, geen lijst of blok",
    ),
)

FALLBACK = (
    "YAML kan dit niet lezen: controleer de haakjes ([ ] en { }), de aanhalingstekens, de ': ' na elke "
    "veldnaam en het inspringen (met spaties); zet een waarde met leestekens tussen aanhalingstekens"
)


def describe_yaml_error(error: yaml.MarkedYAMLError) -> tuple[int | None, str]:
    """The 0-based line of the front matter where the fix goes (None when PyYAML names none) and the Dutch
    message."""
    problem, context = error.problem or "", error.context or ""
    for rule in _RULES:
        found = re.search(rule.problem, problem)
        if found and re.search(rule.context, context):
            mark = error.context_mark if rule.at_start and error.context_mark else error.problem_mark
            message = rule.message.replace("{char}", found.groupdict().get("char") or "")
            return (mark.line if mark else None), message
    mark = error.problem_mark or error.context_mark
    return (mark.line if mark else None), FALLBACK
