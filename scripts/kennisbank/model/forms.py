"""Text of a fixed form (a tag, a citation key, an ID, a date as precise as its source): the pattern the
validator checks, and the same rule in Dutch words with an example.

A contributor never reads the pattern: the messages of the validator and the model reference say the
words. Each form is defined once, next to its pattern; the field carries both into its JSON Schema, where
the messages and the reference find the words by the pattern.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pydantic import Field
from pydantic.json_schema import JsonDict

# The key of the words in a field's JSON Schema, next to its "pattern".
FORM_KEY = "x-form"


@dataclass(frozen=True)
class TextForm:
    pattern: str
    # What to write, as an instruction that follows "schrijf": "kleine letters ..., zoals 'online grooming'".
    words: str

    def schema(self) -> JsonDict:
        """The JSON Schema of text of this form, for a field that checks it in a validator of its own."""
        return {"pattern": self.pattern, FORM_KEY: self.words}

    def field(self, **kwargs: Any) -> Any:
        """A pydantic field that checks the pattern and carries the words."""
        return Field(pattern=self.pattern, json_schema_extra={FORM_KEY: self.words}, **kwargs)


def forms_in(schema: object) -> dict[str, str]:
    """Pattern -> words of every form anywhere in a JSON Schema."""
    found: dict[str, str] = {}
    if isinstance(schema, dict):
        if "pattern" in schema and FORM_KEY in schema:
            found[schema["pattern"]] = schema[FORM_KEY]
        for value in schema.values():
            found |= forms_in(value)
    elif isinstance(schema, list):
        for value in schema:
            found |= forms_in(value)
    return found
