"""One rule finds a heading (text.blocks.heading); the history and the handouts both read sections by it."""

from __future__ import annotations

import pytest

from kennisbank.export.handouts import section_text
from kennisbank.text.blocks import Heading, heading


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("## Doel", Heading(2, "Doel")),
        ("   ### Wat werkt ###", Heading(3, "Wat werkt")),
        ("## Doel {#doel .klasse}", Heading(2, "Doel")),
        ("## Werkt *C#*", Heading(2, "Werkt C#")),  # a hash inside a word closes nothing
        ("## [Bron](../bron.md) en [@key]", Heading(2, "Bron en")),
        ("####### zeven", None),
        ("#geen ruimte", None),
        ("    ## ingesprongen code", None),
    ],
)
def test_a_heading_is_read_with_its_level_in_plain_words(line: str, expected: Heading | None) -> None:
    assert heading(line) == expected


BODY = """\
Inleiding.

## Doel {#doel}

Het doel, met [@bron].

```markdown
## Doel
Een voorbeeld in code is geen kop.
```

### Onderdeel

Hoort er nog bij.

## Verloop ##

Niet meer.
"""


def test_a_section_runs_to_the_next_heading_of_its_level_and_code_is_text() -> None:
    assert section_text(BODY, "Doel") == (
        "Het doel, met [@bron].\n\n```markdown\n## Doel\nEen voorbeeld in code is geen kop.\n```\n\n"
        "### Onderdeel\n\nHoort er nog bij."
    )
    assert section_text(BODY, "Verloop") == "Niet meer."
    assert section_text(BODY, "Onderdeel") == ""  # only a level-2 heading opens a section
