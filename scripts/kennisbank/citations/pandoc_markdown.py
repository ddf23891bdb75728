"""Pandoc's Markdown made fit for Python-Markdown, and two blemishes of the Dutch APA output mended."""

from __future__ import annotations

import re

# `[Van der Bruggen, M.]{.nocase}`: a pandoc span with attributes; Python-Markdown would print the braces.
_SPAN = re.compile(r"\[([^\[\]]*)\]\{[.#][^}]*\}")
# Pandoc writes typographic dashes back as `--` and `---` (its `smart` extension); Python-Markdown does not
# read them so. Only between word characters or spaces, never inside a URL such as `<https://a--b>`.
_DASHES = (("---", "\u2014"), ("--", "\u2013"))


# The APA style writes "Geraadpleegd [date], van URL" for an undated web page, and with no access date
# in the bibliography only "Geraadpleegd URL" is left: drop the dangling word.
_DANGLING_RETRIEVED = re.compile(r"Geraadpleegd (?=<https?://)")


_AUTOLINK = re.compile(r"(<[a-z][a-z0-9+.-]*:[^<>\s]*>)", re.IGNORECASE)


def to_python_markdown(text: str) -> str:
    text = _DANGLING_RETRIEVED.sub("", _SPAN.sub(r"\1", text))
    parts = _AUTOLINK.split(text)  # odd parts are URLs, left as they are
    for index in range(0, len(parts), 2):
        for ascii_dash, dash in _DASHES:
            parts[index] = re.sub(rf"(?<=[\w\s]){ascii_dash}(?=[\w\s])", dash, parts[index])
    return "".join(parts)
