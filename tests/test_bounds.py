"""How deep Markdown may nest (content/bounds.py): each shape at its bound passes the validator and the
strict build, one level more is refused with its line, a refused text never reaches the Markdown parser,
and the knowledge base's own pages stay far below every bound."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import markdown
import pytest

from kennisbank.content import bounds
from kennisbank.content.bounds import Bound, bound_problems
from kennisbank.content.frontmatter import read_page_file
from kennisbank.text.code import blank_code
from tests.conftest import ROOT, run_in_process


def nested_list(depth: int) -> str:
    return "\n".join("    " * level + "- punt" for level in range(depth))


def quotes_and_lists(depth: int) -> str:
    """A list item in a quote in a list item ..., one level deeper on each line."""
    return "\n".join("> " * level + "- punt" for level in range(depth))


def emphasis(depth: int) -> str:
    return "*a " * depth + "b" + "*" * depth


def run_of_markers(depth: int) -> str:
    return "Een " + "=" * depth + "markering" + "=" * depth + "."


def brackets(depth: int) -> str:
    return (
        "[" * (depth // 2)
        + "(" * (depth - depth // 2)
        + "x"
        + ")" * (depth - depth // 2)
        + "]" * (depth // 2)
    )


def elements(depth: int) -> str:
    return "<span>" * depth + "x" + "</span>" * depth


def backticks(depth: int) -> str:
    return "Code: " + "`" * depth + "a" + "`" * depth + "."


# Each shape: its bound, how to write it `depth` deep, and on which of its lines it first goes deeper.
SHAPES: dict[str, tuple[Bound, Callable[[int], str], Callable[[int], int]]] = {
    "nested-list": (bounds.CONTAINERS, nested_list, lambda depth: depth),
    "quotes-and-lists": (bounds.CONTAINERS, quotes_and_lists, lambda depth: depth),
    "emphasis": (bounds.EMPHASIS, emphasis, lambda _: 1),
    "run-of-markers": (bounds.EMPHASIS, run_of_markers, lambda _: 1),
    "brackets": (bounds.BRACKETS, brackets, lambda _: 1),
    "elements": (bounds.ELEMENTS, elements, lambda _: 1),
    "backticks": (bounds.BACKTICKS, backticks, lambda _: 1),
}

INTRODUCTION = "Een bewering [@rapport2021].\n\n"
FRONT_MATTER = """\
---
id: BEV-003
title: Derde bevinding
summary: Een bevinding die alleen bestaat om de kennisbank te toetsen.
sources: [rapport2021]
reviewed: 2026-01-15
evidence_basis: beleidsanalyse
platforms: [darkweb]
---

"""
BODY_LINE = FRONT_MATTER.count("\n") + 1  # the line after the closing ---


@pytest.mark.parametrize("shape", SHAPES)
def test_at_its_bound_a_shape_passes(shape: str) -> None:
    bound, write, _ = SHAPES[shape]
    assert bound_problems(INTRODUCTION + write(bound.limit), BODY_LINE, "x.md") == []


@pytest.mark.parametrize("shape", SHAPES)
def test_one_level_over_its_bound_a_shape_is_refused_with_its_line(shape: str) -> None:
    bound, write, first_over = SHAPES[shape]
    problems = bound_problems(INTRODUCTION + write(bound.limit + 1), BODY_LINE, "x.md")
    line = BODY_LINE + INTRODUCTION.count("\n") + first_over(bound.limit + 1) - 1
    assert [(p.path, p.line, p.message) for p in problems] == [("x.md", line, bound.message(bound.limit + 1))]
    assert f"de grens is {bound.limit}: " in problems[0].message


def test_every_shape_over_its_bound_is_named_in_one_run() -> None:
    over = "\n\n".join(write(bound.limit * 10) for bound, write, _ in SHAPES.values())
    problems = bound_problems(over, 1, "x.md")
    # The two shapes of lists and quotes are one bound, as are emphasis and runs of markers.
    assert len(problems) == len({bound for bound, _, _ in SHAPES.values()}) == 5


def test_code_and_closed_markup_do_not_count() -> None:
    text = "\n".join(
        [
            "```",
            nested_list(40),
            emphasis(40),
            "```",
            "",
            "`" + "*a " * 40 + "`",
            "",
            "**vet** en *schuin*, " * 40,
            "",
            "[een link](https://example.org) (en een opmerking) " * 40,
            "",
            "<span>x</span> " * 40,
            "",
            "Een voetnoot[^1] " * 40,  # the caret of a footnote reference is no emphasis
            "",
            "\\*los \\[los \\(los \\_los " * 40,  # escaped, as the message advises
            "",
            "<ul><li>een" + "<li>punt" * 40 + "</ul>",  # list items without end tags end each other
            "",
            "<table><tr><td>1<td>2" + "<tr><td>3<td>4" * 40 + "</table>",
        ]
    )
    assert bound_problems(text, 1, "x.md") == []


def test_an_end_tag_closes_only_an_element_of_its_name() -> None:
    text = '<div markdown="1"></span>\n' * 40
    problems = bound_problems(text, 1, "x.md")
    assert [(p.line, p.message) for p in problems] == [(11, bounds.ELEMENTS.message(40))]


def test_the_knowledge_base_stays_far_below_every_bound() -> None:
    pages = sorted((ROOT / "docs").rglob("*.md"))
    assert len(pages) > 100
    deepest = dict.fromkeys(["containers", "emphasis", "brackets", "elements", "backticks"], 0)
    for path in pages:
        page = read_page_file(path, path.name)
        assert bound_problems(page.body, page.body_line, page.path) == []
        blanked = blank_code(page.body)
        measured = {
            "containers": bounds.container_depth(page.body),
            "emphasis": bounds.emphasis_depth(blanked),
            "brackets": bounds.bracket_depth(blanked),
            "elements": bounds.element_depth(blanked),
            "backticks": bounds.backtick_run(page.body),
        }
        for name, points in measured.items():
            deepest[name] = max([deepest[name], *(depth for depth, _ in points)])
    limits = {
        "containers": bounds.CONTAINERS,
        "emphasis": bounds.EMPHASIS,
        "brackets": bounds.BRACKETS,
        "elements": bounds.ELEMENTS,
        "backticks": bounds.BACKTICKS,
    }
    assert all(deepest[name] <= bound.limit // 3 for name, bound in limits.items()), deepest


def test_a_page_with_every_shape_at_its_bound_builds(fixture_site: Path) -> None:
    at_bound = "\n\n".join(write(bound.limit) for bound, write, _ in SHAPES.values())
    entry = fixture_site / "docs" / "bevindingen" / "bev-003.md"
    entry.write_text(FRONT_MATTER + INTRODUCTION + at_bound + "\n", encoding="utf-8")
    check = run_in_process(["kennisbank", "check"], fixture_site)
    assert check.returncode == 0, check.stderr
    build = run_in_process(["mkdocs", "build", "--strict"], fixture_site)
    assert build.returncode == 0, build.stderr
    html = (fixture_site / "site" / "bevindingen" / "bev-003" / "index.html").read_text(encoding="utf-8")
    assert html.count("<blockquote>") >= bounds.CONTAINERS.limit // 2


def test_a_text_over_a_bound_never_reaches_the_markdown_parser(
    fixture_site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The build stops before any page is converted: not the entry nested too deep, and not the other
    pages that refer to it."""
    converted: list[str] = []
    convert = markdown.Markdown.convert

    def recording(self: markdown.Markdown, source: str) -> str:
        converted.append(source)
        return convert(self, source)

    monkeypatch.setattr(markdown.Markdown, "convert", recording)
    entry = fixture_site / "docs" / "bevindingen" / "bev-003.md"
    entry.write_text(FRONT_MATTER + INTRODUCTION + emphasis(5000) + "\n", encoding="utf-8")
    (fixture_site / "docs" / "index.md").write_text(
        "# Start\n\n" + quotes_and_lists(150) + "\n", encoding="utf-8"
    )
    build = run_in_process(["mkdocs", "build", "--strict"], fixture_site)
    assert build.returncode == 1
    assert "Traceback" not in build.stderr
    assert (
        f"docs/bevindingen/bev-003.md:{BODY_LINE + 2}: vanaf hier staan tot 5000 nadruktekens" in build.stderr
    )
    assert "docs/index.md:13: lijsten en citaten zijn vanaf hier tot 150 niveaus diep genest" in build.stderr
    assert not [source for source in converted if "*a *a" in source or "> > >" in source]
