"""A synthetic knowledge base of any size, in the project's own content model.

Everything about the entries comes from `kennisbank.model`: the types and their folders, the fields of
each type, the ID schemes, the closed value lists (`facets`), the reference fields and the headed
sections of the body. What the model does not say is taken from the real corpus, read with the
project's loader: how the entries divide over the types, how often an optional field is filled in, how
long lists and texts are, and the words the prose is made of. Only the body length (300–800 words), the
three citations per entry and the bibliography of 200 sources are fixed by the benchmark itself.
"""

from __future__ import annotations

import itertools
import random
import re
import shutil
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any, get_args

import yaml
from pydantic import TypeAdapter, ValidationError
from pydantic.fields import FieldInfo

from kennisbank.citations.syntax import citation_blocks
from kennisbank.content.corpus import Corpus, LoadedEntry
from kennisbank.model import ENTRY_TYPES, Choice, EntryType
from kennisbank.model.entries import EvidenceProfile, Point, Step, file_name, values_of
from kennisbank.model.fields import FieldKind, ModelField, model_fields, names_of
from kennisbank.model.vocabularies import FollowUpStep
from kennisbank.search.terms import words
from kennisbank.text.prose import prose

BODY_WORDS = (300, 800)
CITATIONS_PER_ENTRY = 3
BIBLIOGRAPHY_SIZE = 200
# Fields with a meaning across entries that the model's types do not carry: cited keys must be in the
# bibliography and cited in the body, an abbreviation explains one thing site-wide, and a term to avoid
# must not occur in any prose.
SOURCES = "sources"
ABBREVIATION = "abbreviation"
AVOID = "avoid"
TAGS = "tags"
# Share of the words of generated prose that are new compounds of two real words.
COMPOUND_SHARE = 0.02
# A text value of more words than this reads as a sentence (a summary), fewer as a phrase (a title).
SENTENCE_WORDS = 12

_USABLE = re.compile(r"[a-zà-ÿ]+(?:-[a-zà-ÿ]+)*")
# What is not prose in a body: citations, link targets, footnote marks, code, HTML tags, attribute lists.


# --- What the real corpus tells ---------------------------------------------------------------------


@dataclass(frozen=True)
class FieldProfile:
    """How a field is filled in the real entries of one type."""

    filled: float  # share of the entries with a value
    lengths: tuple[int, ...] = ()  # lengths of the values of a list field
    words: tuple[int, ...] = ()  # word counts of the texts (of a text field, or the items of a list)


@dataclass(frozen=True)
class Vocabulary:
    """The words of the real entries, with their frequencies, for sampling."""

    words: tuple[str, ...]
    cumulative: tuple[int, ...]

    @classmethod
    def from_counts(cls, counts: Counter[str]) -> Vocabulary:
        words = tuple(word for word, _ in counts.most_common())
        return cls(words, tuple(itertools.accumulate(counts[word] for word in words)))

    def sample(self, rng: random.Random, k: int) -> list[str]:
        return rng.choices(self.words, cum_weights=self.cumulative, k=k)

    def content_words(self, min_length: int = 6) -> list[str]:
        return [word for word in self.words if len(word) >= min_length and "-" not in word]


@dataclass(frozen=True)
class RealProfile:
    """What the synthetic corpus copies from the real one."""

    counts: dict[str, int]  # entry type name -> number of real entries
    fields: dict[tuple[str, str], FieldProfile]  # (type name, field) -> profile
    vocabulary: Vocabulary
    tags: tuple[str, ...]
    locator_share: float  # share of the real citations with a locator, `[@key, p. 12]`

    @classmethod
    def from_corpus(cls, corpus: Corpus) -> RealProfile:
        counts: Counter[str] = Counter()
        word_counts: Counter[str] = Counter()
        avoided: set[str] = set()
        tags: set[str] = set()
        citations = located = 0
        fields: dict[tuple[str, str], FieldProfile] = {}
        for entry_type in ENTRY_TYPES:
            entries = corpus.of_type(entry_type)
            counts[entry_type.name] = len(entries)
            for name in entry_type.model.model_fields:
                fields[(entry_type.name, name)] = _field_profile([getattr(e.data, name) for e in entries])
            for entry in entries:
                word_counts.update(_prose_words(entry))
                avoided.update(term.lower() for term in getattr(entry.data, AVOID, []))
                tags.update(entry.data.tags)
                for block in citation_blocks(entry.file.body):
                    citations += len(block.citations)
                    located += sum(1 for citation in block.citations if citation.suffix)
        for word in list(word_counts):
            if not _USABLE.fullmatch(word) or any(word.startswith(term) for term in avoided):
                del word_counts[word]
        if not word_counts:
            raise ValueError("de echte entries bevatten geen bruikbare woorden voor synthetische tekst")
        vocabulary = Vocabulary.from_counts(word_counts)
        share = located / citations if citations else 0.0
        return cls(dict(counts), fields, vocabulary, tuple(sorted(tags)), share)

    def field(self, entry_type: EntryType, name: str) -> FieldProfile:
        return self.fields.get((entry_type.name, name), FieldProfile(0.0))


def _field_profile(values: list[Any]) -> FieldProfile:
    present = [value for value in values if value not in (None, [], "")]
    lengths = tuple(len(value) for value in present if isinstance(value, list))
    texts = [item for value in present for item in values_of(value) if isinstance(item, str)]
    words = tuple(len(text.split()) for text in texts if not isinstance(text, Choice))
    return FieldProfile(len(present) / len(values) if values else 0.0, lengths, words)


def _prose_words(entry: LoadedEntry) -> list[str]:
    return words(" ".join([entry.data.title, entry.data.summary, prose(entry.file.body)]))


def type_sizes(profile: RealProfile, total: int) -> dict[str, int]:
    """Entries per type for a corpus of `total`: the real proportions (largest remainders), one at least."""
    real = sum(profile.counts.values())
    shares = {name: total * count / real for name, count in profile.counts.items()}
    sizes = {name: max(1, int(share)) for name, share in shares.items()}
    by_remainder = sorted(shares, key=lambda name: shares[name] - int(shares[name]), reverse=True)
    for name in itertools.islice(itertools.cycle(by_remainder), max(0, total - sum(sizes.values()))):
        sizes[name] += 1
    return sizes


# --- Prose ------------------------------------------------------------------------------------------


class Prose:
    """Dutch-looking sentences from the real vocabulary, sampled by frequency.

    Now and then two content words are joined into a new compound, as Dutch does ("opsporingsbeleid"):
    so the vocabulary, and with it the search index, grows with the corpus as it would with real text.
    """

    def __init__(self, vocabulary: Vocabulary, rng: random.Random, reserved: set[str]) -> None:
        self.vocabulary = vocabulary
        self.content = vocabulary.content_words()
        # Compounds that are terms to avoid: no word of the prose may begin with one.
        self.reserved = reserved
        # Titles (and so glossary terms) start with a content word that is not among the commonest: a
        # term found on nearly every page would give every page all its synonyms.
        self.title_words = self.content[len(self.content) // 10 :] or self.content
        self.rng = rng

    def words(self, count: int) -> list[str]:
        picked = self.vocabulary.sample(self.rng, count)
        for at in range(count):
            if self.rng.random() < COMPOUND_SHARE:
                picked[at] = self.compound()
        return picked

    def compound(self) -> str:
        while True:
            word = self.rng.choice(self.content) + self.rng.choice(self.content)
            if not any(word.startswith(term) for term in self.reserved):
                return word

    def phrase(self, words: int) -> str:
        """Words without a full stop, the first a content word: a title or a short field value."""
        return _capitalised(" ".join([self.rng.choice(self.title_words), *self.words(max(0, words - 1))]))

    def sentence(self, words: int | None = None, cite: str | None = None) -> str:
        count = words or self.rng.randint(8, 22)
        picked = self.words(count)
        if count > 10:
            comma = self.rng.randint(3, count - 4)
            picked[comma] += ","
        text = _capitalised(" ".join(picked))
        return f"{text} [{cite}]." if cite else f"{text}."

    def paragraph(self, words: int, cites: list[str]) -> str:
        sentences: list[str] = []
        written = 0
        while written < words:
            length = min(self.rng.randint(8, 22), max(4, words - written))
            sentences.append(self.sentence(length))
            written += length
        for cite in cites:
            at = self.rng.randrange(len(sentences))
            sentences[at] = sentences[at][:-1] + f" [{cite}]."
        return " ".join(sentences)


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


# --- Entries ----------------------------------------------------------------------------------------


@dataclass
class _Plan:
    """One entry to write: its type and ID, decided before any entry is written so references resolve."""

    entry_type: EntryType
    id: str
    title: str


@dataclass
class SyntheticCorpus:
    """What was generated: entries per type and the citation keys of the bibliography."""

    size: int
    by_type: dict[str, int]
    citation_keys: list[str]
    words: int = 0
    citations: int = 0
    relations: int = 0
    tags: set[str] = field(default_factory=set)


class Generator:
    def __init__(self, profile: RealProfile, size: int, today: date, seed: int | None = None) -> None:
        self.profile = profile
        self.size = size
        self.today = today
        self.rng = random.Random(size if seed is None else seed)
        self._avoid_terms: list[str] = []
        self.prose = Prose(profile.vocabulary, self.rng, set())
        self._abbreviations: set[str] = set()
        self._adapters: dict[tuple[str, str], TypeAdapter[Any]] = {}
        self._accepted: dict[tuple[str, str], list[str]] = {}

    # The whole project -----------------------------------------------------------------------------

    def write(self, docs_dir: Path, bib_file: Path) -> SyntheticCorpus:
        keys = self._write_bibliography(bib_file)
        self._reserve_avoid_terms()
        plans = self._plans()
        result = SyntheticCorpus(self.size, dict(Counter(plan.entry_type.name for plan in plans)), keys)
        result.tags = set(self.profile.tags)
        tag_pool = self._tag_pool(len(plans))
        for plan in plans:
            meta, body = self._entry(plan, plans, keys, tag_pool)
            plan.entry_type.model.model_validate(meta)  # the generator must write valid entries only
            folder = docs_dir / plan.entry_type.folder
            folder.mkdir(parents=True, exist_ok=True)
            front = yaml.safe_dump(_plain(meta), allow_unicode=True, sort_keys=False, width=10_000)
            (folder / file_name(plan.id)).write_text(f"---\n{front}---\n\n{body}", encoding="utf-8")
            result.words += len(body.split())
            result.citations += body.count("[@")
            references = names_of(plan.entry_type.model, FieldKind.REFERENCE)
            result.relations += sum(len(values_of(meta.get(name))) for name in references)
            result.tags.update(meta.get(TAGS, []))
        return result

    def _plans(self) -> list[_Plan]:
        plans: list[_Plan] = []
        slugs: set[str] = set()
        for entry_type in ENTRY_TYPES:
            count = type_sizes(self.profile, self.size)[entry_type.name]
            scheme = entry_type.id_scheme
            if scheme.digits and count >= 10**scheme.digits:
                raise ValueError(f"{count} entries van het type {entry_type.name} passen niet in {scheme}")
            title_words = self.profile.field(entry_type, "title").words or (5,)
            title_limit = _max_length(entry_type.model.model_fields["title"])
            for number in range(1, count + 1):
                title = self._text(self.rng.choice(title_words), title_limit)
                if scheme.slug:
                    tail = _unique(_slug(title), slugs)
                elif scheme.digits:
                    tail = f"{number:0{scheme.digits}d}"
                else:
                    tail = str(number)
                plans.append(_Plan(entry_type, f"{scheme.prefix}-{tail}", title))
        return plans

    def _entry(
        self, plan: _Plan, plans: list[_Plan], keys: list[str], tag_pool: list[str]
    ) -> tuple[dict[str, Any], str]:
        entry_type, model = plan.entry_type, plan.entry_type.model
        sources = self.rng.sample(keys, CITATIONS_PER_ENTRY)
        # Fields whose values are made by name or by what they hold rather than by their type.
        named: dict[str, Callable[[FieldProfile], Any]] = {
            ABBREVIATION: lambda _: self._abbreviation(),
            AVOID: lambda profile: [self._avoid_term() for _ in range(self._length(profile))],
            TAGS: lambda profile: sorted(
                self.rng.sample(tag_pool, min(len(tag_pool), self._length(profile)))
            ),
            **dict.fromkeys(
                set(names_of(model, FieldKind.CITATION)) - {SOURCES}, lambda _: self.rng.choice(sources)
            ),
            **dict.fromkeys(names_of(model, FieldKind.PARTIAL_DATE), lambda _: self._issued()),
        }
        meta: dict[str, Any] = {}
        for model_field in model_fields(model):
            name, info = model_field.name, model.model_fields[model_field.name]
            profile = self.profile.field(entry_type, name)
            if model_field.derived:
                continue
            if name == "id":
                meta[name] = plan.id
            elif name == "title":
                meta[name] = plan.title
            elif name == SOURCES:
                meta[name] = sources
            elif not info.is_required() and self.rng.random() >= profile.filled:
                continue
            elif model_field.kind is FieldKind.REFERENCE:
                value = self._references(plan, model_field, info, plans, profile)
                if value:
                    meta[name] = value
            elif model_field.kind is FieldKind.CHOICE:
                meta[name] = self._choices(model_field, profile)
            elif name in named:
                meta[name] = named[name](profile)
            else:
                meta[name] = self._value(model_field, info, profile, sources)
        body = self._body(entry_type, sources, meta.get(ABBREVIATION))
        return meta, body

    # Field values, by the field's type ------------------------------------------------------------

    def _length(self, profile: FieldProfile, default: int = 1) -> int:
        return self.rng.choice(profile.lengths) if profile.lengths else default

    def _words(self, profile: FieldProfile, default: int = 6) -> int:
        return self.rng.choice(profile.words) if profile.words else default

    def _references(
        self, plan: _Plan, model_field: ModelField, info: FieldInfo, plans: list[_Plan], profile: FieldProfile
    ) -> str | list[str] | None:
        count = self._length(profile) if model_field.many else 1
        candidates = [other for other in self._targets(plan, model_field, info, plans) if other != plan.id]
        found = self.rng.sample(candidates, min(len(candidates), count))
        if model_field.many:
            return found
        return found[0] if found else None

    def _targets(
        self, plan: _Plan, model_field: ModelField, info: FieldInfo, plans: list[_Plan]
    ) -> list[str]:
        """The IDs a reference field of this type accepts (an organisation for `issued_by`), worked out
        once per type and field."""
        key = (plan.entry_type.name, model_field.name)
        if key not in self._accepted:
            adapter = self._adapter(plan.entry_type, model_field.name, info)
            self._accepted[key] = [
                other.id for other in plans if _accepts(adapter, [other.id] if model_field.many else other.id)
            ]
        return self._accepted[key]

    def _choices(self, model_field: ModelField, profile: FieldProfile) -> Any:
        members = list(model_field.vocabulary)
        if model_field.many:
            picked = self.rng.sample(members, min(len(members), max(1, self._length(profile))))
            return [member.value for member in picked]
        return self.rng.choice(members).value

    def _value(
        self, model_field: ModelField, info: FieldInfo, profile: FieldProfile, sources: list[str]
    ) -> Any:
        """A value for a field that is not a reference, a choice or one of the named fields above."""
        if model_field.value_type is Point:
            return self._points(sources, profile)
        if model_field.value_type is Step:
            return self._steps(sources, profile)
        if model_field.value_type is EvidenceProfile:
            return {"effect": "gunstig", "design": "zelfrapportage", "study": self.rng.choice(sources)}
        if model_field.kind is FieldKind.DATE:
            return self.today - timedelta(days=self.rng.randint(0, 900))
        if model_field.kind is FieldKind.URL:
            return f"https://{_slug(self.prose.phrase(2))}.voorbeeld.invalid/"
        if model_field.value_type is str:
            limit = _max_length(info)
            if model_field.many:
                return [self._text(self._words(profile), limit) for _ in range(max(1, self._length(profile)))]
            words = self._words(profile)
            return self._text(words, limit, sentence=words > SENTENCE_WORDS)
        raise TypeError(f"geen synthetische waarde voor een veld van het type {info.annotation}")

    def _points(self, sources: list[str], profile: FieldProfile) -> list[dict[str, Any]]:
        """Yearly points up to a recent year, each citing one of the entry's sources."""
        count = max(2, self._length(profile, default=5))
        last = self.today.year - self.rng.randint(0, 2)
        return [
            {"period": str(year), "value": self.rng.randint(10, 100_000), "source": self.rng.choice(sources)}
            for year in range(last - count + 1, last + 1)
        ]

    def _issued(self) -> str:
        """When a recommendation was made: before any step of its follow-up (see _steps)."""
        return (self.today - timedelta(days=self.rng.randint(900, 1500))).isoformat()

    def _steps(self, sources: list[str], profile: FieldProfile) -> list[dict[str, Any]]:
        """A follow-up that starts with a step setting a status, in date order, within the last 900 days
        (after the recommendation, which the generator dates 900 to 1500 days back)."""
        count = max(1, self._length(profile, default=3))
        days = sorted(self.rng.sample(range(900), count), reverse=True)
        kinds = [FollowUpStep.OVERGENOMEN, *self.rng.choices(list(FollowUpStep), k=count - 1)]
        return [
            {
                "date": (self.today - timedelta(days=ago)).isoformat(),
                "step": kind.value,
                "text": self._text(self._words(profile, default=12), 300, sentence=True),
                "source": self.rng.choice(sources),
            }
            for ago, kind in zip(days, kinds, strict=True)
        ]

    def _text(self, words: int, limit: int | None, *, sentence: bool = False) -> str:
        text = self.prose.sentence(max(2, words)) if sentence else self.prose.phrase(words)
        while limit is not None and len(text) > limit:
            text = text[: text.rfind(" ", 0, limit - 1)].rstrip(",") + ("." if sentence else "")
        return text

    def _abbreviation(self) -> str:
        while True:
            letters = "".join(self.rng.choices("ABCDEFGHIJKLMNOPRSTUVWZ", k=self.rng.randint(3, 5)))
            if letters not in self._abbreviations:
                self._abbreviations.add(letters)
                return letters

    def _reserve_avoid_terms(self) -> None:
        """Terms to avoid, made before any text: compounds of two real words, as a term to avoid usually is
        ("kinderporno"), that no word of the real vocabulary or of the generated prose begins with."""
        sizes = type_sizes(self.profile, self.size)
        wanted = sum(
            sizes[entry_type.name] * max(self.profile.field(entry_type, AVOID).lengths or (1,))
            for entry_type in ENTRY_TYPES
            if AVOID in entry_type.model.model_fields
        )
        reserved = self.prose.reserved
        while len(self._avoid_terms) < wanted:
            term = self.prose.compound()
            taken = any(term.startswith(other) or other.startswith(term) for other in reserved)
            if not taken and not any(word.startswith(term) for word in self.profile.vocabulary.words):
                reserved.add(term)
                self._avoid_terms.append(term)

    def _avoid_term(self) -> str:
        return self._avoid_terms.pop()

    def _tag_pool(self, entries: int) -> list[str]:
        """The real tags, plus generated ones so that the number of tags grows with the corpus."""
        real = sum(self.profile.counts.values())
        wanted = max(len(self.profile.tags), round(len(self.profile.tags) * entries / real))
        pool = list(self.profile.tags)
        words = self.profile.vocabulary.content_words()
        taken = set(pool)
        while len(pool) < wanted:
            tag = " ".join(self.rng.sample(words, self.rng.choice((1, 1, 2))))[:40].strip()
            if tag not in taken:
                taken.add(tag)
                pool.append(tag)
        return pool

    def _adapter(self, entry_type: EntryType, name: str, info: FieldInfo) -> TypeAdapter[Any]:
        key = (entry_type.name, name)
        if key not in self._adapters:
            self._adapters[key] = TypeAdapter(Any if info.annotation is None else info.annotation)
        return self._adapters[key]

    # The body --------------------------------------------------------------------------------------

    def _body(self, entry_type: EntryType, sources: list[str], abbreviation: str | None) -> str:
        sections = list(entry_type.sections) or ["Beschrijving"]
        total = self.rng.randint(*BODY_WORDS)
        # Each source is cited once, in paragraphs spread over the body; with a locator as often as the
        # real entries have one.
        cites = [
            f"@{key}, p. {self.rng.randint(2, 240)}"
            if self.rng.random() < self.profile.locator_share
            else f"@{key}"
            for key in sources
        ]
        paragraphs_per_section = [self.rng.randint(1, 3) for _ in sections]
        slots = [(s, p) for s, count in enumerate(paragraphs_per_section) for p in range(count)]
        cited_in: dict[tuple[int, int], list[str]] = {slot: [] for slot in slots}
        for cite in cites:
            cited_in[self.rng.choice(slots)].append(cite)
        words_per_paragraph = max(20, total // len(slots))
        parts: list[str] = []
        for index, section in enumerate(sections):
            parts.append(f"## {section}")
            for number in range(paragraphs_per_section[index]):
                parts.append(self.prose.paragraph(words_per_paragraph, cited_in[(index, number)]))
            if self.rng.random() < 0.2:
                parts.append("\n".join(f"- {self.prose.sentence(self.rng.randint(5, 12))}" for _ in range(4)))
        if abbreviation:
            parts[1] = f"{parts[1]} De afkorting is {abbreviation}."
        return "\n\n".join(parts) + "\n"

    # The bibliography ------------------------------------------------------------------------------

    def _write_bibliography(self, bib_file: Path) -> list[str]:
        keys: list[str] = []
        taken: set[str] = set()
        records: list[str] = []
        surnames = [word for word in self.profile.vocabulary.content_words(5)]
        for number in range(BIBLIOGRAPHY_SIZE):
            surname = _capitalised(self.rng.choice(surnames))
            year = self.rng.randint(2008, self.today.year)
            title = self._text(self.rng.randint(5, 14), 200)
            key = _unique(f"{_ascii(surname)}{year}{_ascii(title.split()[0])}", taken, separator="")
            keys.append(key)
            author = f"{surname}, {self.rng.choice('ABCDEFGHIJKLMNOPRSTW')}."
            if self.rng.random() < 0.4:
                author += f" and {_capitalised(self.rng.choice(surnames))}, {self.rng.choice('ABDEHJKMPRS')}."
            records.append(self._record(number, key, author, title, year))
        bib_file.parent.mkdir(parents=True, exist_ok=True)
        bib_file.write_text(
            "% Synthetic bibliography for the build benchmark (python -m tools.bench).\n\n"
            + "\n\n".join(records)
            + "\n",
            encoding="utf-8",
        )
        return keys

    def _record(self, number: int, key: str, author: str, title: str, year: int) -> str:
        kind = number % 4
        if kind == 0:
            fields = {
                "journal": self.prose.phrase(3),
                "volume": str(self.rng.randint(1, 60)),
                "number": str(self.rng.randint(1, 12)),
                "pages": f"{(start := self.rng.randint(1, 900))}--{start + self.rng.randint(8, 30)}",
            }
            entry_kind = "article"
        elif kind == 1:
            fields = {"institution": self.prose.phrase(3), "type": "Rapport"}
            entry_kind = "techreport"
        elif kind == 2:
            fields = {"publisher": self.prose.phrase(2)}
            entry_kind = "book"
        else:
            fields = {
                "howpublished": f"Webpagina, {self.prose.phrase(2)}",
                "url": f"https://{_slug(self.prose.phrase(2))}.voorbeeld.invalid/{key.lower()}",
            }
            entry_kind = "misc"
        all_fields = {"author": author, "title": title, "year": str(year), **fields, "language": "dutch"}
        body = ",\n".join(f"  {name:<12} = {{{value}}}" for name, value in all_fields.items())
        provenance = "% verified against: https://voorbeeld.invalid/ (synthetische bron voor de benchmark)"
        return f"{provenance}\n@{entry_kind}{{{key},\n{body}\n}}"


# --- Helpers on the model's annotations --------------------------------------------------------------


def _max_length(info: FieldInfo) -> int | None:
    """The field's or its list items' maximum length, from the model's constraints."""
    for item in [*info.metadata, *_annotated_metadata(info.annotation)]:
        limit = getattr(item, "max_length", None)
        if limit is not None:
            return int(limit)
    return None


def _annotated_metadata(annotation: Any) -> Iterator[Any]:
    stack = [annotation]
    while stack:
        current = stack.pop()
        yield from getattr(current, "__metadata__", ())
        for item in getattr(current, "__metadata__", ()):
            yield from getattr(item, "metadata", ())
        stack.extend(get_args(current))


def _accepts(adapter: TypeAdapter[Any], value: Any) -> bool:
    try:
        adapter.validate_python(value)
    except ValidationError:
        return False
    return True


def _plain(meta: dict[str, Any]) -> dict[str, Any]:
    """Front matter as YAML can write it: enum members as their text; mappings (the points of a series) as
    they are."""
    return {
        name: [item if isinstance(item, dict) else str(item) for item in value]
        if isinstance(value, list)
        else value
        for name, value in meta.items()
    }


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "", folded.lower())


def _slug(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-")[:40].strip("-") or "x"


def _unique(base: str, taken: set[str], separator: str = "-") -> str:
    candidate, number = base, 1
    while candidate in taken:
        number += 1
        candidate = f"{base}{separator}{number}"
    taken.add(candidate)
    return candidate


# --- The temporary project -----------------------------------------------------------------------------


@dataclass(frozen=True)
class ProjectSource:
    """The real project's files a synthetic project reuses: its configuration and its theme overrides."""

    config_file: Path
    overrides: Path | None  # the theme's custom_dir
    tags_page: Path | None
    docs_dir: str = "docs"  # where mkdocs.yml has them, relative to it
    bib_dir: str = "bibliography"


def make_project(
    target: Path, source: ProjectSource, profile: RealProfile, size: int, today: date
) -> SyntheticCorpus:
    """A project under `target` like tests/conftest.py's copy_fixture_site: the project's own mkdocs.yml and
    overrides, with a synthetic docs/ and bibliography/."""
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    shutil.copy(source.config_file, target / "mkdocs.yml")
    if source.overrides is not None:
        shutil.copytree(source.overrides, target / source.overrides.name)
    docs = target / source.docs_dir
    docs.mkdir(parents=True)
    (docs / "index.md").write_text(
        "---\ntitle: Synthetische kennisbank\n---\n\n# Synthetische kennisbank\n\n"
        "Gegenereerde entries voor de bouwbenchmark (`make bench`).\n",
        encoding="utf-8",
    )
    if source.tags_page is not None:
        shutil.copy(source.tags_page, docs / source.tags_page.name)
    return Generator(profile, size, today).write(docs, target / source.bib_dir / "bench.bib")
