"""The history of every entry from the repository: what changed in each commit, and which release first
published it.

One `git log` over the entries and the recorded releases gives, per commit, the files it added, changed,
moved or removed with the blob of each version; one `git cat-file --batch` then reads those blobs, and
comparing the front matter and the sections of each version with the one before says which fields and
sections a change touched. A release is the commit that recorded its entry index (`releases/<v>.json`,
made by `make release` right after the build it publishes): every change before it that no earlier
release holds was first published in it.

Where history is cut off (a shallow clone), the oldest commit there is git's boundary, which presents
every file as added: a change there is not a change, and the entry's history says where it begins.
Without git, or outside a repository, there is no history at all, and the pages say so.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path, PurePosixPath

import yaml
from pydantic import BaseModel

from kennisbank.content.frontmatter import front_matter_parts
from kennisbank.model.fields import field_title
from kennisbank.text.blocks import heading
from kennisbank.text.code import in_fenced_code

# Text before an entry's first heading: its introduction.
INTRODUCTION = "inleiding"
_ZERO = "0" * 40
# libyaml's safe loader where PyYAML has it: a few hundred versions are read per build.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class Kind(StrEnum):
    """What kind of change a commit made to an entry, as the history says it."""

    ADDED = "toegevoegd"
    CHANGED = "gewijzigd"
    REVIEWED = "opnieuw beoordeeld"  # only the date of the last check against the sources changed
    RETIRED = "ingetrokken"
    MOVED = "verplaatst"


@dataclass(frozen=True)
class Revision:
    """One change of one entry file."""

    commit: str
    when: datetime  # the commit's time, with its zone
    kind: Kind
    fields: tuple[str, ...] = ()  # front-matter keys whose value changed, in file order
    sections: tuple[str, ...] = ()  # headings of the body sections that changed, INTRODUCTION first
    release: str | None = None  # the first release that published this change; None: not yet released
    # The commit's place in the history, oldest first: orders commits made in the same second.
    order: int = 0

    @property
    def day(self) -> date:
        return self.when.date()


@dataclass(frozen=True)
class FileHistory:
    revisions: tuple[Revision, ...]  # newest first
    # History is cut off before the oldest revision (a shallow clone): there was more.
    cut: bool = False


@dataclass(frozen=True)
class History:
    """Every entry file's history, by path relative to the project root (as `EntryFile.path`)."""

    available: bool  # False: no git, or not a repository
    files: dict[str, FileHistory] = field(default_factory=dict)
    # The start of the available history where it is cut off (a shallow clone); None where it is whole.
    cut_at: date | None = None
    releases: tuple[str, ...] = ()  # the releases recorded in the history, oldest first

    def of(self, path: str) -> FileHistory:
        return self.files.get(path, FileHistory((), cut=self.cut_at is not None))

    def last_changed(self, path: str) -> date | None:
        """The day of the last change of the file; None where history does not tell."""
        revisions = self.of(path).revisions
        return revisions[0].day if revisions else None

    def newest(self, paths: Iterable[str], count: int | None = None) -> list[tuple[str, Revision]]:
        """The changes of the files `paths`, newest first (a commit's files by path), at most `count`."""
        changes = [(path, revision) for path in paths for revision in self.of(path).revisions]
        changes.sort(key=lambda change: change[0])
        changes.sort(key=lambda change: (change[1].when, change[1].order), reverse=True)
        return changes if count is None else changes[:count]


NO_HISTORY = History(available=False)


@dataclass(frozen=True)
class _Touch:
    """One file of one commit, as `git log --raw` lists it."""

    status: str  # A, M, D, R (a rename), T (a type change)
    old_blob: str
    new_blob: str
    old_path: str
    path: str


@dataclass(frozen=True)
class _Commit:
    sha: str
    when: datetime
    touches: tuple[_Touch, ...]


def read_history(root: Path, folder: Path, releases_dir: Path) -> History:
    """The history of every Markdown file under `folder` (relative to `root`), with the releases recorded
    in `releases_dir`."""
    entries = _relative(root, folder)
    releases = _relative(root, releases_dir)
    if entries is None:
        return NO_HISTORY
    pathspecs = [entries] + ([releases] if releases is not None else [])
    log = _git(
        root,
        "log",
        "--topo-order",
        "--reverse",
        "-M",
        "--raw",
        "--no-abbrev",
        "--relative",
        "--format=%x00%H %cI",
        "--",
        *pathspecs,
    )
    if log is None:
        return NO_HISTORY
    commits = list(_parse_log(log))
    boundary = set(_shallow_commits(root))
    blobs = _blobs(
        root,
        {
            blob
            for commit in commits
            for touch in commit.touches
            if touch.path.endswith(".md") and commit.sha not in boundary
            for blob in (touch.old_blob, touch.new_blob)
            if blob != _ZERO
        },
    )
    released = _first_releases(commits, releases)
    lineages: dict[str, list[Revision]] = {}  # by the file's path after the commits read so far
    cut_files: set[str] = set()
    for order, commit in enumerate(commits):
        for touch in commit.touches:
            if not touch.path.endswith(".md") or not _under(touch.path, entries):
                continue
            if commit.sha in boundary:
                lineages[touch.path] = []
                cut_files.add(touch.path)
                continue
            if touch.status == "D":
                lineages.pop(touch.path, None)
                continue
            lineage = lineages.pop(touch.old_path, None) if touch.status == "R" else None
            if lineage is None:
                lineage = lineages.setdefault(touch.path, [])
            else:
                lineages[touch.path] = lineage
                if touch.old_path in cut_files:
                    cut_files.add(touch.path)
            revision = _revision(commit, order, touch, blobs, released.get(commit.sha), first=not lineage)
            if revision is not None:
                lineage.append(revision)
    cut_at = min((commit.when.date() for commit in commits if commit.sha in boundary), default=None)
    return History(
        available=True,
        files={
            path: FileHistory(tuple(reversed(lineage)), cut=path in cut_files)
            for path, lineage in lineages.items()
        },
        cut_at=cut_at,
        releases=tuple(dict.fromkeys(released.values())),
    )


def _revision(
    commit: _Commit, order: int, touch: _Touch, blobs: dict[str, str], release: str | None, *, first: bool
) -> Revision | None:
    def made(kind: Kind, fields: tuple[str, ...] = (), sections: tuple[str, ...] = ()) -> Revision:
        return Revision(commit.sha, commit.when, kind, fields, sections, release, order)

    if touch.status == "A" or (first and touch.old_blob == _ZERO):
        return made(Kind.ADDED)
    before, after = blobs.get(touch.old_blob), blobs.get(touch.new_blob)
    if before is None or after is None:
        return made(Kind.CHANGED)
    if before == after:
        return made(Kind.MOVED) if touch.status == "R" else None
    old_meta, old_body = _split(before)
    new_meta, new_body = _split(after)
    fields = tuple(
        name for name in dict.fromkeys([*new_meta, *old_meta]) if new_meta.get(name) != old_meta.get(name)
    )
    sections = _changed_sections(old_body, new_body)
    if new_meta.get("retired") and not old_meta.get("retired"):
        return made(Kind.RETIRED, fields, sections)
    if fields == ("reviewed",) and not sections:
        return made(Kind.REVIEWED, fields)
    if not fields and not sections:
        return None  # only white space or line endings: nothing a reader sees
    return made(Kind.CHANGED, fields, sections)


def _split(text: str) -> tuple[dict[str, object], str]:
    """The front matter and body of a version of a file, split where the content reader splits it. The
    YAML is read with libyaml, without the reader's line numbers and checks: an old version only has to
    be compared, and an unreadable front matter counts as empty, so a change to it still shows."""
    parts = front_matter_parts(text.replace("\r\n", "\n"))
    if parts is None:
        return {}, text
    try:
        meta = yaml.load(parts.yaml_text, Loader=_LOADER)
    except yaml.YAMLError:
        meta = None
    return (meta if isinstance(meta, dict) else {}), parts.body


def _sections(body: str) -> dict[str, str]:
    """The body by heading (any level, outside code): the text under each, INTRODUCTION first."""
    sections: dict[str, list[str]] = {INTRODUCTION: []}
    current = INTRODUCTION
    for line, in_code in in_fenced_code(body.split("\n")):
        found = None if in_code else heading(line)
        if found is not None:
            current = found.words or INTRODUCTION
            sections.setdefault(current, [])
        else:
            sections[current].append(line.rstrip())
    return {heading: "\n".join(text).strip() for heading, text in sections.items()}


def _changed_sections(before: str, after: str) -> tuple[str, ...]:
    old, new = _sections(before), _sections(after)
    return tuple(
        heading
        for heading in dict.fromkeys([*new, *old])
        if new.get(heading) != old.get(heading) and (new.get(heading) or old.get(heading))
    )


def _first_releases(commits: list[_Commit], releases: str | None) -> dict[str, str]:
    """Per commit, the first release that holds it: the next commit, in history order, that recorded a
    release index."""
    if releases is None:
        return {}
    found: dict[str, str] = {}
    waiting: list[str] = []
    for commit in commits:
        waiting.append(commit.sha)
        recorded = [
            PurePosixPath(touch.path).stem
            for touch in commit.touches
            if touch.status == "A" and touch.path.endswith(".json") and _under(touch.path, releases)
        ]
        if recorded:
            found.update(dict.fromkeys(waiting, recorded[0]))
            waiting = []
    return found


def _parse_log(log: str) -> Iterator[_Commit]:
    for record in log.split("\x00")[1:]:
        header, _, raw = record.partition("\n")
        sha, _, when = header.partition(" ")
        touches = []
        for line in raw.split("\n"):
            if not line.startswith(":"):
                continue
            info, *names = line.split("\t")
            _, _, old_blob, new_blob, status = info.split(" ")
            old_path, path = (names[0], names[-1])
            touches.append(_Touch(status[0], old_blob, new_blob, old_path, path))
        yield _Commit(sha, datetime.fromisoformat(when.strip()), tuple(touches))


def _blobs(root: Path, wanted: set[str]) -> dict[str, str]:
    """The text of each blob, read by one `git cat-file --batch`."""
    if not wanted:
        return {}
    names = sorted(wanted)
    try:
        result = subprocess.run(
            ["git", "cat-file", "--batch"],
            cwd=root,
            input="\n".join(names).encode("ascii") + b"\n",
            capture_output=True,
            check=False,
            timeout=120,
        )
    except (OSError, subprocess.TimeoutExpired):
        return {}
    out, position, found = result.stdout, 0, {}
    for name in names:
        end = out.index(b"\n", position)
        header = out[position:end].split(b" ")
        position = end + 1
        if len(header) != 3:  # "<name> missing"
            continue
        size = int(header[2])
        found[name] = out[position : position + size].decode("utf-8", errors="replace")
        position += size + 1
    return found


def _relative(root: Path, folder: Path) -> str | None:
    try:
        return folder.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return None


def _under(path: str, folder: str) -> bool:
    return folder in (".", "") or path.startswith(folder.rstrip("/") + "/")


def _shallow_commits(root: Path) -> list[str]:
    path = _git(root, "rev-parse", "--git-path", "shallow")
    if not path:
        return []
    shallow = (root / path.strip()).resolve()
    return shallow.read_text(encoding="utf-8").split() if shallow.is_file() else []


def _git(root: Path, *args: str) -> str | None:
    try:
        result = subprocess.run(
            ["git", *args], cwd=root, capture_output=True, text=True, check=False, timeout=60
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    return result.stdout if result.returncode == 0 else None


def describe(revision: Revision, model: type[BaseModel] | None, *, at_most: int | None = None) -> str:
    """A change in a line for readers: its kind, then the fields (by their names in the model of the
    entry's type, where it still has them) and the sections of the text it touched; `at_most` names
    no more than that many fields and sections, and counts the rest."""
    line = revision.kind.value.capitalize()
    if revision.kind in (Kind.ADDED, Kind.REVIEWED, Kind.MOVED):
        return line
    fields = [field_title(model, name) for name in revision.fields]
    sections = list(revision.sections)
    rest = 0
    if at_most is not None and len(fields) + len(sections) > at_most:
        rest = len(fields) + len(sections) - at_most
        fields, sections = fields[:at_most], sections[: max(0, at_most - len(fields))]
    parts = []
    if fields:
        parts.append(", ".join(fields))
    if sections:
        parts.append("tekst: " + ", ".join(sections))
    if rest:
        parts.append(f"en {rest} meer")
    return f"{line}: {'; '.join(parts)}" if parts else line
