"""The model reference inside CONTRIBUTING.md, between two markers, regenerated from the content model.

`make contributing` writes it; a test fails when the file no longer holds exactly what the model gives,
so the contributor guide cannot describe fields or values that no longer exist.
"""

from __future__ import annotations

from pathlib import Path

from kennisbank.model.reference import render_reference

BEGIN = "<!-- inhoudsmodel: begin (gemaakt uit scripts/kennisbank/model/ met `make contributing`) -->"
END = "<!-- inhoudsmodel: einde -->"
# CONTRIBUTING.md's sections are level 2; the reference sits among them.
LEVEL = 2


class MarkersMissing(Exception):
    pass


def generated_reference() -> str:
    return render_reference(level=LEVEL, anchors=False).strip("\n")


def current_reference(text: str) -> str:
    """What the file holds between the markers."""
    start, end = _bounds(text)
    return text[start:end].strip("\n")


def with_reference(text: str) -> str:
    """The file's text with the part between the markers replaced by the generated reference."""
    start, end = _bounds(text)
    return f"{text[:start]}\n\n{generated_reference()}\n\n{text[end:]}"


def update_contributing(path: Path, *, check: bool) -> bool:
    """Bring the reference in `path` up to date (or with `check`, only compare); True if it was current."""
    text = path.read_text(encoding="utf-8")
    current = current_reference(text) == generated_reference()
    if not current and not check:
        path.write_text(with_reference(text), encoding="utf-8")
    return current


def _bounds(text: str) -> tuple[int, int]:
    begin, end = text.find(BEGIN), text.find(END)
    if begin < 0 or end < begin:
        raise MarkersMissing(
            f"de markeringen '{BEGIN}' en '{END}' ontbreken of staan in de verkeerde volgorde"
        )
    return begin + len(BEGIN), end
