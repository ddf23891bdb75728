"""The one reader of entry files: YAML front matter with line numbers, and the Markdown body."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from kennisbank.problems import Problem

_TIMESTAMP_TAG = "tag:yaml.org,2002:timestamp"


class _Loader(yaml.SafeLoader):
    """SafeLoader that leaves dates as text, so the model reports an impossible date as a field error."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != _TIMESTAMP_TAG]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass(frozen=True)
class EntryFile:
    """An entry file as written: its front matter, the line of each top-level key, and its body."""

    path: str
    meta: dict[str, Any]
    body: str
    body_line: int
    key_lines: dict[str, int] = field(default_factory=dict)

    def line_of(self, key: object) -> int:
        """The line of a top-level key; the opening `---` when the key is absent."""
        return self.key_lines.get(str(key), 1)


class FrontMatterError(Exception):
    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


def read_entry_file(path: Path, shown_as: str) -> EntryFile:
    """Read one entry file; raise FrontMatterError naming `shown_as` and the line on any defect."""
    text = _decode(path, shown_as)
    lines = text.split("\n")
    if not lines or lines[0].rstrip() != "---":
        raise FrontMatterError(
            Problem(shown_as, 1, "geen front matter: het bestand moet met een regel '---' beginnen")
        )
    closing = next((i for i, line in enumerate(lines[1:], 1) if line.rstrip() in ("---", "...")), None)
    if closing is None:
        raise FrontMatterError(Problem(shown_as, 1, "front matter wordt niet afgesloten met een regel '---'"))
    yaml_text = "\n".join(lines[1:closing])
    meta, key_lines = _parse_mapping(yaml_text, shown_as)
    return EntryFile(
        path=shown_as,
        meta=meta,
        body="\n".join(lines[closing + 1 :]),
        body_line=closing + 2,
        key_lines=key_lines,
    )


def _decode(path: Path, shown_as: str) -> str:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise FrontMatterError(Problem(shown_as, line, "het bestand is niet in UTF-8 opgeslagen")) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _parse_mapping(yaml_text: str, shown_as: str) -> tuple[dict[str, Any], dict[str, int]]:
    # Front matter starts on line 2 of the file; PyYAML counts lines from 0.
    offset = 2
    loader = _Loader(yaml_text)
    try:
        node = loader.get_single_node()
        if node is None:
            raise FrontMatterError(Problem(shown_as, 1, "de front matter is leeg"))
        if not isinstance(node, yaml.MappingNode):
            raise FrontMatterError(
                Problem(
                    shown_as,
                    node.start_mark.line + offset,
                    "de front matter moet uit 'veld: waarde'-regels bestaan",
                )
            )
        key_lines = _key_lines(node, shown_as, offset)
        meta = loader.construct_document(node)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + offset if mark else 1
        reason = error.problem or str(error)
        if error.context and error.context_mark:
            reason += f" ({error.context}, begonnen op regel {error.context_mark.line + offset})"
        raise FrontMatterError(
            Problem(shown_as, line, f"ongeldige YAML in de front matter: {reason}")
        ) from None
    except (yaml.YAMLError, ValueError, TypeError) as error:
        raise FrontMatterError(Problem(shown_as, 1, f"ongeldige YAML in de front matter: {error}")) from None
    finally:
        loader.dispose()
    return meta, key_lines


def _key_lines(node: yaml.MappingNode, shown_as: str, offset: int) -> dict[str, int]:
    key_lines: dict[str, int] = {}
    for key_node, _ in node.value:
        line = key_node.start_mark.line + offset
        if not isinstance(key_node, yaml.ScalarNode):
            raise FrontMatterError(Problem(shown_as, line, "een veldnaam moet gewone tekst zijn"))
        if key_node.value in key_lines:
            raise FrontMatterError(
                Problem(shown_as, line, f"het veld '{key_node.value}' staat twee keer in de front matter")
            )
        key_lines[key_node.value] = line
    return key_lines
