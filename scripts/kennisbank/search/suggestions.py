"""The preferred term for a query: each other name of a glossary term (synonym, term to avoid, English
term, abbreviation) with the term and its page, for the search dialog to suggest."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable

from kennisbank.content.corpus import Corpus
from kennisbank.model.fields import other_names

# Written to the site root; overrides/assets/javascripts/search.js fetches it with the first query.
SUGGESTIONS_FILE = "zoektermen.json"


def normalised(text: str) -> str:
    """As the dialog compares a query: lower case, without diacritics, single spaces."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    return " ".join("".join(char for char in decomposed if not unicodedata.combining(char)).split())


def suggestions_json(corpus: Corpus, url_of: Callable[[str], str]) -> str:
    """{normalised other name: {term, id, url, as}}, `as` being the field's title in the model."""
    found: dict[str, dict[str, str]] = {}
    for entry in corpus.by_id.values():
        preferred = normalised(entry.data.title)
        for other in other_names(entry.data):
            key = normalised(other.text)
            if key and key != preferred:
                found.setdefault(
                    key,
                    {
                        "term": entry.data.title,
                        "id": entry.id,
                        "url": url_of(entry.src_uri),
                        "as": other.title,
                    },
                )
    return json.dumps(found, ensure_ascii=False, sort_keys=True)
