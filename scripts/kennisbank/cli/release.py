"""`python -m kennisbank release VERSION`: check, record the entry index, and deploy the version with mike."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

from kennisbank import cache
from kennisbank.content.corpus import load_corpus
from kennisbank.mkdocs_settings import SettingsError, read_project
from kennisbank.problems import errors
from kennisbank.project import ProjectPaths
from kennisbank.releases.index import index_of, index_path, load_indexes
from kennisbank.releases.root_pages import LATEST, root_404
from kennisbank.validation.checks import collect_problems

CALVER = re.compile(r"^\d{4}\.[1-9]\d*$")
BRANCH = "gh-pages"
# mike has no `python -m` entry; its command sits beside the interpreter of the environment.
MIKE = str(Path(sys.executable).with_name("mike"))
# Commits made by a release need an author even on a machine (CI) where git has none configured.
_IDENTITY = {"GIT_AUTHOR_NAME": "Kennisbank release", "GIT_AUTHOR_EMAIL": "release@kennisbank.invalid"}


class ReleaseError(Exception):
    pass


def run_release(config_file: Path, version: str, *, push: bool, site_url: str | None) -> int:
    try:
        _release(config_file.resolve(), version, push=push, site_url=site_url)
    except ReleaseError as error:
        print(f"release {version} geweigerd: {error}", file=sys.stderr)
        return 1
    print(
        f"Release {version} staat op de branch {BRANCH}" + (" en is gepusht." if push else " (niet gepusht).")
    )
    return 0


def _release(config_file: Path, version: str, *, push: bool, site_url: str | None) -> None:
    if not CALVER.match(version):
        raise ReleaseError(f"'{version}' is geen kalenderversie zoals 2026.1")
    root = config_file.parent
    dirty = _git(root, "status", "--porcelain", "--untracked-files=normal")
    if dirty.strip():
        raise ReleaseError("de werkboom is niet schoon:\n" + dirty)
    try:
        paths = read_project(config_file)
    except SettingsError as error:
        raise ReleaseError(f"configuratiefout: {error.reason}") from None
    failed = errors(collect_problems(paths))
    if failed:
        raise ReleaseError("de validatie faalt:\n" + "\n".join(map(str, failed)))
    env = _release_env(version, site_url)
    with tempfile.TemporaryDirectory() as folder:
        build = _run(
            [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config_file), "-d", folder],
            root,
            env,
        )
    if build.returncode != 0:
        raise ReleaseError("de strikte build faalt:\n" + build.stdout + build.stderr)
    _record_index(paths, version)
    deploy = [MIKE, "deploy", "-F", str(config_file), "--update-aliases"]
    _mike(root, env, [*deploy, "-m", f"Release {version}", version, LATEST], push)
    _mike(root, env, [MIKE, "set-default", "-F", str(config_file), LATEST], push)
    _write_root_404(root, env, site_url, push)


def _release_env(version: str, site_url: str | None) -> dict[str, str]:
    env = {**os.environ, **{key: os.environ.get(key, value) for key, value in _IDENTITY.items()}}
    env["GIT_COMMITTER_NAME"] = env["GIT_AUTHOR_NAME"]
    env["GIT_COMMITTER_EMAIL"] = env["GIT_AUTHOR_EMAIL"]
    env |= {"KENNISBANK_VERSION": version, "KENNISBANK_VERSION_PROVIDER": "mike", "NO_MKDOCS_2_WARNING": "1"}
    # What is published is made from the sources alone, never from what an earlier build kept.
    env[cache.VARIABLE] = "off"
    # mike starts `mkdocs` by name: the one of this environment.
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    if site_url:
        # mike's plugin (mkdocs.yml) points the canonical URL of every version at latest/.
        env["KENNISBANK_SITE_URL"] = site_url.rstrip("/") + "/"
    return env


def _record_index(paths: ProjectPaths, version: str) -> None:
    """Write releases/VERSION.json and commit it; a re-run of the same release finds it unchanged."""
    corpus, _ = load_corpus(paths)
    target = index_path(paths.releases_dir, version)
    recorded, _ = load_indexes(paths.releases_dir, paths.shown(paths.releases_dir))
    existing = next((index for index in recorded if index.version == version), None)
    if existing is not None:
        if existing.entries != index_of(corpus, version, None).entries:
            raise ReleaseError(f"{paths.shown(target)} bestaat al en wijkt af van de huidige inhoud")
        return
    later = [index.version for index in recorded if index.date and index.date > date.today()]
    if later:
        raise ReleaseError(f"er is al een latere release vastgelegd: {', '.join(later)}")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(index_of(corpus, version, date.today()).to_json(), encoding="utf-8")
    env = _release_env(version, None)
    _run(["git", "add", str(target)], paths.root, env, check=True)
    _run(
        ["git", "commit", "-q", "-m", f"Release {version}: entry-index vastgelegd"],
        paths.root,
        env,
        check=True,
    )


def _mike(root: Path, env: dict[str, str], command: list[str], push: bool) -> None:
    result = _run([*command, *(["--push"] if push else [])], root, env)
    if result.returncode != 0:
        raise ReleaseError(f"mike {command[1]} faalde:\n{result.stdout}{result.stderr}")


def _write_root_404(root: Path, env: dict[str, str], site_url: str | None, push: bool) -> None:
    versions = [item["version"] for item in json.loads(_git(root, "show", f"{BRANCH}:versions.json"))]
    page = root_404(urlsplit(site_url).path.rstrip("/") + "/" if site_url else "/", versions)
    with tempfile.TemporaryDirectory() as folder:
        worktree = Path(folder) / BRANCH
        _run(["git", "worktree", "add", "-q", str(worktree), BRANCH], root, env, check=True)
        try:
            (worktree / "404.html").write_text(page, encoding="utf-8")
            _run(["git", "add", "404.html"], worktree, env, check=True)
            if _run(["git", "diff", "--cached", "--quiet"], worktree, env).returncode != 0:
                _run(
                    ["git", "commit", "-q", "-m", "Root 404: unversioned paths to latest"],
                    worktree,
                    env,
                    check=True,
                )
        finally:
            _run(["git", "worktree", "remove", "--force", str(worktree)], root, env, check=True)
    if push:
        _run(["git", "push", "origin", BRANCH], root, env, check=True)


def _git(root: Path, *args: str) -> str:
    return _run(["git", *args], root, dict(os.environ), check=True).stdout


def _run(
    command: list[str], cwd: Path, env: dict[str, str], *, check: bool = False
) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    if check and result.returncode != 0:
        raise ReleaseError(f"{' '.join(command)} faalde:\n{result.stdout}{result.stderr}")
    return result
