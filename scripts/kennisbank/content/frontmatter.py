"""The one reader of entry files: YAML front matter with line numbers, and the Markdown body."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from kennisbank.content.yaml_errors import FALLBACK, describe_yaml_error
from kennisbank.problems import Problem

_TIMESTAMP_TAG = "tag:yaml.org,2002:timestamp"

# A page is text a person writes and reviews; anything larger is pasted data, not a contribution. The
# largest real page is 14 kB; at 200 kB the worst text within the bounds of `content.bounds` still builds
# in seconds (a 1 MB one took up to 38 s).
MAX_FILE_BYTES = 200_000


class _Loader(yaml.SafeLoader):
    """SafeLoader that leaves dates as text, so the model reports an impossible date as a field error."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != _TIMESTAMP_TAG]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

# The same loader on libyaml, where PyYAML was built with it.
_FastLoader: type[yaml.CSafeLoader] | None = None
if getattr(yaml, "__with_libyaml__", False):

    class _LibyamlLoader(yaml.CSafeLoader):
        """CSafeLoader that leaves dates as text, like _Loader."""

    _LibyamlLoader.yaml_implicit_resolvers = _Loader.yaml_implicit_resolvers
    _FastLoader = _LibyamlLoader


@dataclass(frozen=True)
class EntryFile:
    """An entry file as written: its front matter, the line of each top-level key, and its body."""

    path: str
    meta: dict[str, Any]
    body: str
    body_line: int
    key_lines: dict[str, int] = field(default_factory=dict)
    # For a key whose value is a list: the line of each item, so a problem in one item names its line.
    item_lines: dict[str, list[int]] = field(default_factory=dict)

    def line_of(self, key: object, index: object = None) -> int:
        """The line of a top-level key, or of item `index` of its list; the opening `---` when the key
        is absent."""
        items = self.item_lines.get(str(key), [])
        if isinstance(index, int) and 0 <= index < len(items):
            return items[index]
        return self.key_lines.get(str(key), 1)


class FrontMatterError(Exception):
    """Why a file cannot be read: every problem found, each with its line."""

    def __init__(self, *problems: Problem) -> None:
        super().__init__("\n".join(map(str, problems)))
        self.problems = problems


def read_entry_file(path: Path, shown_as: str) -> EntryFile:
    """Read one entry file; raise FrontMatterError naming `shown_as` and the line on any defect."""
    return _split(read_text(path, shown_as), shown_as)


def read_page_file(path: Path, shown_as: str) -> EntryFile:
    """Read a page that is not an entry (index.md, methode.md): the same reader, front matter optional."""
    text = read_text(path, shown_as)
    if text.split("\n", 1)[0].rstrip() != "---":
        return EntryFile(path=shown_as, meta={}, body=text, body_line=1)
    return _split(text, shown_as)


def read_text(path: Path, shown_as: str) -> str:
    """The text of a Markdown file with Unix line endings; FrontMatterError if too large or not UTF-8."""
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise FrontMatterError(
            Problem(
                shown_as,
                None,
                f"het bestand is {megabytes(size)} groot; een pagina mag hoogstens "
                f"{megabytes(MAX_FILE_BYTES)} zijn: splits de tekst of verwijder ingeplakte gegevens",
            )
        )
    return _decode(path, shown_as)


def megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f}".removesuffix(".0").replace(".", ",") + " MB"


@dataclass(frozen=True)
class Parts:
    """A text split at its front matter: the YAML, the body after it and the line the body starts on."""

    yaml_text: str
    body: str
    body_line: int


def front_matter_parts(text: str) -> Parts | None:
    """The parts of a text that opens with a line '---' and closes its front matter with '---' or '...';
    None where it does not. The one rule for where front matter ends, for every reader of it."""
    lines = text.split("\n")
    if lines[0].rstrip() != "---":
        return None
    closing = next((i for i, line in enumerate(lines[1:], 1) if line.rstrip() in ("---", "...")), None)
    if closing is None:
        return None
    return Parts("\n".join(lines[1:closing]), "\n".join(lines[closing + 1 :]), closing + 2)


def _split(text: str, shown_as: str) -> EntryFile:
    if text.split("\n", 1)[0].rstrip() != "---":
        raise FrontMatterError(
            Problem(shown_as, 1, "geen front matter: het bestand moet met een regel '---' beginnen")
        )
    parts = front_matter_parts(text)
    if parts is None:
        raise FrontMatterError(Problem(shown_as, 1, "front matter wordt niet afgesloten met een regel '---'"))
    meta, key_lines, item_lines = _parse_mapping(parts.yaml_text, shown_as)
    return EntryFile(
        path=shown_as,
        meta=meta,
        body=parts.body,
        body_line=parts.body_line,
        key_lines=key_lines,
        item_lines=item_lines,
    )


def _decode(path: Path, shown_as: str) -> str:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise FrontMatterError(Problem(shown_as, line, "het bestand is niet in UTF-8 opgeslagen")) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


Lines = tuple[dict[str, Any], dict[str, int], dict[str, list[int]]]


# Anchors and aliases let a few lines expand to megabytes (and every message would quote them); a tag
# asks the loader to build something else than text, numbers and lists. Front matter needs none of them.
_REFUSED_TOKENS: dict[type[yaml.Token], str] = {
    yaml.AnchorToken: "een anker (&naam)",
    yaml.AliasToken: "een verwijzing naar een anker (*naam)",
    yaml.TagToken: "een YAML-tag (!naam of !!type)",
}


# Front matter starts on line 2 of the file; PyYAML counts lines from 0.
_OFFSET = 2
# How every message about the syntax of the front matter begins.
YAML_ERROR = "ongeldige YAML in de front matter: "


def _parse_mapping(yaml_text: str, shown_as: str) -> Lines:
    refused = _refused_anchors_and_tags(yaml_text, shown_as)
    if refused:
        # Not read any further (an alias can expand to megabytes), but checked for syntax errors, so one
        # run names those too.
        raise FrontMatterError(*refused, *_syntax_problems(yaml_text, shown_as))
    parsed = _parse_well_formed(yaml_text)
    if parsed is not None:
        return parsed
    loader = _python_loader(yaml_text, shown_as)
    try:
        node = loader.get_single_node()
        if node is None:
            raise FrontMatterError(Problem(shown_as, 1, "de front matter is leeg"))
        if not isinstance(node, yaml.MappingNode):
            raise FrontMatterError(
                Problem(
                    shown_as,
                    node.start_mark.line + _OFFSET,
                    "de front matter moet uit 'veld: waarde'-regels bestaan",
                )
            )
        key_lines = _key_lines(node, shown_as, _OFFSET)
        item_lines = _item_lines(node, _OFFSET)
        meta = loader.construct_document(node)
    except yaml.MarkedYAMLError as error:
        raise FrontMatterError(_yaml_problem(error, shown_as)) from None
    except (yaml.YAMLError, ValueError, TypeError):  # a number too large to read, among others
        raise FrontMatterError(Problem(shown_as, 1, YAML_ERROR + FALLBACK)) from None
    finally:
        loader.dispose()
    return meta, key_lines, item_lines


def _python_loader(yaml_text: str, shown_as: str) -> _Loader:
    """PyYAML's Python reader, whose errors name a line; FrontMatterError for a character YAML refuses."""
    try:
        return _Loader(yaml_text)
    except yaml.reader.ReaderError as error:  # a control character YAML does not allow
        line = yaml_text.count("\n", 0, error.position) + _OFFSET
        message = f"{YAML_ERROR}het teken U+{error.character:04X} is niet toegestaan"
        raise FrontMatterError(Problem(shown_as, line, message)) from None


def _yaml_problem(error: yaml.MarkedYAMLError, shown_as: str) -> Problem:
    line, message = describe_yaml_error(error)
    return Problem(shown_as, 1 if line is None else line + _OFFSET, YAML_ERROR + message)


def _syntax_problems(yaml_text: str, shown_as: str) -> list[Problem]:
    """The syntax error of front matter that is not read, if it has one: its events are parsed, nothing
    is built from them."""
    try:
        loader = _python_loader(yaml_text, shown_as)
    except FrontMatterError as error:
        return list(error.problems)
    try:
        while loader.check_event():
            loader.get_event()
    except yaml.MarkedYAMLError as error:
        return [_yaml_problem(error, shown_as)]
    finally:
        loader.dispose()
    return []


def _refused_anchors_and_tags(yaml_text: str, shown_as: str) -> list[Problem]:
    """Every anchor, alias and tag, one problem per line; the scan is only run where one could be."""
    if not any(mark in yaml_text for mark in "&*!"):
        return []
    found: dict[int, list[str]] = {}
    loader = (_FastLoader or _Loader)(yaml_text)
    try:
        while loader.check_token():
            token = loader.get_token()
            refused = _REFUSED_TOKENS.get(type(token))
            kinds = found.setdefault(token.start_mark.line + _OFFSET, []) if refused else []
            if refused and refused not in kinds:
                kinds.append(refused)
    except yaml.YAMLError:
        pass  # not well-formed from here on: _syntax_problems names the line and the reason
    finally:
        loader.dispose()
    return [
        Problem(
            shown_as,
            line,
            f"{' en '.join(kinds)} {'zijn' if len(kinds) > 1 else 'is'} in de front matter niet toegestaan; "
            "schrijf de waarde gewoon uit",
        )
        for line, kinds in found.items()
        if kinds
    ]


def _parse_well_formed(yaml_text: str) -> Lines | None:
    """Well-formed front matter read by libyaml, five times faster than PyYAML's Python reader (issue 9).

    None for anything else (a character YAML does not allow, a syntax error, a key that is not text or
    is given twice): the Python reader then reads it again and reports the problem with its line.
    """
    if _FastLoader is None or yaml.reader.Reader.NON_PRINTABLE.search(yaml_text):
        return None
    loader = _FastLoader(yaml_text)
    try:
        node = loader.get_single_node()
        if not isinstance(node, yaml.MappingNode):
            return None
        keys = [key for key, _ in node.value]
        if not all(isinstance(key, yaml.ScalarNode) for key in keys) or len({k.value for k in keys}) < len(
            keys
        ):
            return None
        # Front matter starts on line 2 of the file; libyaml counts lines from 0.
        key_lines = {key.value: key.start_mark.line + 2 for key in keys}
        return loader.construct_document(node), key_lines, _item_lines(node, 2)
    except (yaml.YAMLError, ValueError, TypeError):
        return None
    finally:
        loader.dispose()


def _key_lines(node: yaml.MappingNode, shown_as: str, offset: int) -> dict[str, int]:
    """The line of each key; FrontMatterError naming every key that is not text or is given twice."""
    key_lines: dict[str, int] = {}
    problems: list[Problem] = []
    for key_node, _ in node.value:
        line = key_node.start_mark.line + offset
        if not isinstance(key_node, yaml.ScalarNode):
            problems.append(Problem(shown_as, line, "een veldnaam moet gewone tekst zijn"))
        elif key_node.value in key_lines:
            first = key_lines[key_node.value]
            message = (
                f"het veld '{key_node.value}' staat twee keer in de front matter (ook op regel {first}); "
                "laat er één staan"
            )
            problems.append(Problem(shown_as, line, message))
        else:
            key_lines[key_node.value] = line
    if problems:
        raise FrontMatterError(*problems)
    return key_lines


def _item_lines(node: yaml.MappingNode, offset: int) -> dict[str, list[int]]:
    return {
        key.value: [item.start_mark.line + offset for item in value.value]
        for key, value in node.value
        if isinstance(key, yaml.ScalarNode) and isinstance(value, yaml.SequenceNode)
    }
