"""Addresses and contacts: no darkweb address anywhere, and no e-mail address or phone number but the
public ones of organisations listed in the `public_contacts` option of the kennisbank plugin."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kennisbank.content.corpus import Corpus
from kennisbank.model import ENTRY_TYPES
from kennisbank.model.entries import Organisatie, file_name
from kennisbank.problems import Problem
from kennisbank.project import ProjectPaths, SafetySettings
from kennisbank.text.excerpt import excerpt
from kennisbank.text.prose import EMAIL

DARKWEB = re.compile(r"(?<![\w.-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:onion|i2p)\b", re.IGNORECASE)
# Phone numbers as people write them: international (+31 20 123 4567, 0031 6 12345678) or Dutch
# (020-1234567, 06 12 34 56 78, (020) 123 4567, 0800-1234); counted by their digits afterwards.
_PHONE = re.compile(
    r"(?<![\w+/.,-])(?:\+|00)[1-9]\d{0,2}(?:[ .-]?\(0\))?(?:[ .-]?\d){6,12}(?![\w-])"
    r"|(?<![\w+/.,-])(?:\(0\d{1,4}\)|0\d{1,4})(?:[ .-]?\d){4,9}(?![\w-])"
)
_DATE_LIKE = re.compile(r"^\d{1,2}[-./]\d{1,2}[-./]\d{2,4}$")
_MIN_PHONE_DIGITS, _MAX_PHONE_DIGITS = 8, 15


def phone_digits(number: str) -> str:
    """A phone number as its digits, the Dutch country code written as a leading 0."""
    number = number.replace("(0)", "")
    digits = re.sub(r"\D", "", number)
    if number.lstrip().startswith("+"):
        digits = "00" + digits
    return "0" + digits[4:] if digits.startswith("0031") else digits


class Contacts:
    """The e-mail addresses (in lower case) and phone numbers (as digits) the site may show."""

    def __init__(self, settings: SafetySettings) -> None:
        values = [value.strip() for found in settings.public_contacts.values() for value in found]
        self.emails = frozenset(value.lower() for value in values if "@" in value)
        self.phones = frozenset(phone_digits(value) for value in values if "@" not in value)

    def refusals(self, text: str) -> Iterator[tuple[int, str]]:
        """(offset, message) for darkweb addresses, and e-mail addresses and phone numbers not allowed."""
        yield from darkweb_addresses(text)
        # A pattern is tried only on a text with the one thing it cannot match without: each tries every
        # position, which over all pages made up a fifth of the checks (issue 9).
        if "@" in text:
            for found in EMAIL.finditer(text):
                if found.group().lower() not in self.emails:
                    yield found.start(), _email_message(found.group())
        for found in _PHONE.finditer(text):
            if _is_phone(found.group()) and phone_digits(found.group()) not in self.phones:
                yield found.start(), _phone_message(found.group())


def darkweb_addresses(text: str) -> Iterator[tuple[int, str]]:
    lowered = text.lower()
    if ".onion" in lowered or ".i2p" in lowered:
        for found in DARKWEB.finditer(text):
            yield found.start(), _darkweb_message(found.group())


def settings_problems(paths: ProjectPaths, corpus: Corpus, settings: SafetySettings) -> list[Problem]:
    """Each public contact belongs to an organisation of the knowledge base and is an address or number."""
    shown = settings.config_file
    problems: list[Problem] = []
    organisations = next(entry_type for entry_type in ENTRY_TYPES if entry_type.model is Organisatie)
    for organisation, values in settings.public_contacts.items():
        entry = corpus.by_id.get(organisation)
        # An organisation whose file is there but did not load has its own problem reported already.
        unloaded = paths.docs_dir / organisations.folder / file_name(organisation)
        if (entry is None and not unloaded.is_file()) or (
            entry is not None and entry.entry_type != organisations
        ):
            problems.append(
                Problem(
                    shown, None, f"public_contacts: '{organisation}' is geen organisatie in de kennisbank"
                )
            )
        problems.extend(
            Problem(
                shown,
                None,
                f"public_contacts van {organisation}: '{excerpt(value)}' is geen e-mailadres of "
                "telefoonnummer",
            )
            for value in values
            if not (EMAIL.fullmatch(value.strip()) or len(phone_digits(value)) >= _MIN_PHONE_DIGITS)
        )
    return problems


def _is_phone(found: str) -> bool:
    digits = phone_digits(found)
    return not _DATE_LIKE.match(found.strip()) and _MIN_PHONE_DIGITS <= len(digits) <= _MAX_PHONE_DIGITS


def _darkweb_message(address: str) -> str:
    return (
        f"darkweb-adres '{excerpt(address)}' hoort niet in de kennisbank, "
        "ook niet in een link, code, front matter of bron"
    )


def _email_message(address: str) -> str:
    return (
        f"e-mailadres '{excerpt(address)}' mag niet op de site: alleen openbare adressen van organisaties "
        "in 'public_contacts' (mkdocs.yml)"
    )


def _phone_message(number: str) -> str:
    return (
        f"telefoonnummer '{number.strip()}' mag niet op de site: alleen openbare nummers van organisaties "
        "in 'public_contacts' (mkdocs.yml)"
    )
