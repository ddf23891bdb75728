"""The content model: entry types, their fields and the closed value lists."""

from kennisbank.model.entries import ANY_ID_PATTERN, ENTRY_TYPES, Entry, EntryType, IdScheme
from kennisbank.model.vocabularies import Choice

__all__ = ["ANY_ID_PATTERN", "ENTRY_TYPES", "Choice", "Entry", "EntryType", "IdScheme"]
