"""Rules on an intervention's evidence profile that the model of one profile cannot see: the study and every
note's source declared and in the bibliography, and a study that can carry the design claimed for it."""

from __future__ import annotations

from collections.abc import Iterator

from kennisbank.content.bibliography import Bibliography
from kennisbank.content.corpus import LoadedEntry
from kennisbank.model.entries import EvidenceProfile, Interventie
from kennisbank.model.sources import SourceType
from kennisbank.model.vocabularies import EvaluationDesign
from kennisbank.problems import Problem

# Kinds of source in which research does not report an evaluation: a web page or news item (@misc,
# @online) can only back an evaluation of the weakest kind, the users' or providers' own reports. (An
# unknown kind is reported with the bibliography.)
NOT_RESEARCH = frozenset(kind.value for kind in SourceType if not kind.research)


def evidence_problems(entry: LoadedEntry, bibliography: Bibliography) -> list[Problem]:
    if not isinstance(entry.data, Interventie):
        return []
    line = entry.file.line_of("evidence")
    return [Problem(entry.file.path, line, message) for message in _messages(entry.data, bibliography)]


def _messages(intervention: Interventie, bibliography: Bibliography) -> Iterator[str]:
    profile: EvidenceProfile = intervention.evidence
    named = [("de evaluatie ('study')", profile.study)] + [
        (f"de bron van '{name}'", note.source) for name, note in profile.notes.items() if note
    ]
    for what, key in named:
        if key is None:
            continue
        if key not in intervention.sources:
            yield f"{what}: '{key}' ontbreekt in 'sources'; voeg de sleutel daar toe"
        elif bibliography.lacks(key):
            yield f"{what}: '{key}' staat niet in de bibliografie; voeg de bron toe in bibliography/"
    design = profile.design
    weakest = (EvaluationDesign.GEEN_EVALUATIE, EvaluationDesign.ZELFRAPPORTAGE)
    if profile.study is not None and profile.study in bibliography and design not in weakest:
        kind = bibliography.entries[profile.study].type.lower()
        if kind in NOT_RESEARCH:
            yield (
                f"ontwerp '{design.value}' rust op '{profile.study}', een @{kind} (webpagina, bericht of "
                "ander stuk) dat geen evaluatie rapporteert: citeer het artikel of rapport van de evaluatie, "
                "of kies 'zelfrapportage'"
            )
