"""Content safety: what no page of the knowledge base may show, link to or load.

Every Markdown file under docs/ (entries and other pages), front matter and text, and every source in
the bibliography is held to three sets of rules, each a module of its own:

- addresses and contacts (`contacts`): no darkweb address, no e-mail address or phone number but the
  public ones of organisations;
- active content and addresses (`active_content`): HTML within the allow-list, links over https, no
  address that runs a script or loads a file from another host;
- terminology (`terminology`): none of the terms the glossary says to avoid, except in quotations.
"""

from __future__ import annotations

from collections.abc import Iterator

from kennisbank.content.bibliography import Bibliography
from kennisbank.content.blocks import text_values
from kennisbank.content.corpus import Corpus
from kennisbank.content.frontmatter import EntryFile
from kennisbank.model.fields import not_prose
from kennisbank.problems import Problem
from kennisbank.project import ProjectPaths, SafetySettings
from kennisbank.text.code import blank_code
from kennisbank.validation.active_content import bibliography_refusals, field_refusals, markdown_refusals
from kennisbank.validation.contacts import Contacts, darkweb_addresses, settings_problems
from kennisbank.validation.terminology import AvoidList, Terminology


def safety_problems(paths: ProjectPaths, corpus: Corpus, bibliography: Bibliography) -> list[Problem]:
    """Every safety problem in every Markdown file under docs/, the bibliography and the settings."""
    settings = paths.safety
    checker = PageChecker(settings, AvoidList.from_corpus(corpus, settings.avoid_terms), bibliography)
    problems = settings_problems(paths, corpus, settings)
    for entry in corpus.by_id.values():
        problems.extend(checker.page(entry.file, not_prose=not_prose(entry.entry_type.model)))
    for refused in corpus.refused:
        # The body only: the model has named what is wrong in the front matter (an http:// website once).
        problems.extend(checker.body(refused))
    for page in corpus.pages:
        problems.extend(checker.page(page, not_prose=set()))
    problems.extend(_bibliography_problems(bibliography))
    return list(dict.fromkeys(problems))  # the same term twice on a line is one thing to fix


def _bibliography_problems(bibliography: Bibliography) -> Iterator[Problem]:
    """Every line of every source that reaches readers; the `% verified against:` comments do not."""
    for path, number, line in bibliography.field_lines():
        yield from (Problem(path, number, message) for _, message in darkweb_addresses(line))
        yield from (Problem(path, number, message) for message in bibliography_refusals(line))


class PageChecker:
    """The safety rules for one page: its front matter values and its body."""

    def __init__(self, settings: SafetySettings, avoid: AvoidList, bibliography: Bibliography) -> None:
        self.contacts = Contacts(settings)
        self.terminology = Terminology(avoid, bibliography)

    def page(self, page: EntryFile, not_prose: set[str]) -> list[Problem]:
        """`not_prose`: the front matter fields (`key` or `key.subkey`) that hold no prose of the author."""
        problems: list[Problem] = []
        for key, value in page.meta.items():
            items = value if isinstance(value, list) else [value]
            for index, item in enumerate(items):
                line = page.line_of(key, index if isinstance(value, list) else None)
                fields = item.items() if isinstance(item, dict) else [("", item)]
                for sub, part in fields:
                    prose = str(key) not in not_prose and f"{key}.{sub}" not in not_prose
                    for text in text_values(part):
                        problems.extend(
                            Problem(page.path, line, message) for message in self._field(text, prose)
                        )
        problems.extend(self.body(page))
        return problems

    def _field(self, text: str, prose: bool) -> Iterator[str]:
        yield from (message for _, message in self.contacts.refusals(text))
        yield from field_refusals(text)
        if prose:
            yield from self.terminology.in_field(text)

    def body(self, page: EntryFile) -> list[Problem]:
        body, first = page.body, page.body_line

        def at(offset: int, message: str) -> Problem:
            return Problem(page.path, first + body.count("\n", 0, offset), message)

        # Addresses count wherever they are, code included: the page shows them all the same.
        problems = [at(offset, message) for offset, message in self.contacts.refusals(body)]
        problems.extend(at(offset, message) for offset, message in markdown_refusals(blank_code(body)))
        problems.extend(at(offset, message) for offset, message in self.terminology.in_body(page))
        return problems
