"""Dependency updates arrive as pull requests: .github/dependabot.yml covers every ecosystem whose manifest
is in the repository, each on a schedule and grouped, names only folders that exist, and the pins are
releases (Dependabot proposes pre-releases only for a dependency already on one)."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import PurePosixPath
from typing import Any

import yaml
from packaging.requirements import Requirement
from packaging.version import Version

from tests.conftest import ROOT

CONFIG = ROOT / ".github" / "dependabot.yml"
# Which files make a folder (as Dependabot names it, from the repository's root) one of an ecosystem's.
MANIFESTS = {
    "pip": re.compile(r"(^|/)(requirements[^/]*\.txt|pyproject\.toml|setup\.py|Pipfile)$"),
    "npm": re.compile(r"(^|/)package\.json$"),
    "docker": re.compile(r"(^|/)Dockerfile[^/]*$"),
}
WORKFLOWS = re.compile(r"^\.github/workflows/[^/]+\.ya?ml$")
PIN = re.compile(r"^[A-Za-z0-9._-]+==[^=<>~!,;\s]+$")
NPM_RELEASE = re.compile(r"^\d+\.\d+\.\d+$")


def tracked() -> list[str]:
    result = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True)
    return result.stdout.splitlines()


def needed() -> set[tuple[str, str]]:
    """(ecosystem, directory) for every manifest git tracks; workflows are GitHub Actions' at the root."""
    found = set()
    for path in tracked():
        for ecosystem, pattern in MANIFESTS.items():
            if pattern.search(path):
                folder = PurePosixPath(path).parent.as_posix()
                found.add((ecosystem, "/" if folder == "." else f"/{folder}"))
        if WORKFLOWS.match(path):
            found.add(("github-actions", "/"))
    return found


def updates() -> list[dict[str, Any]]:
    config = yaml.safe_load(CONFIG.read_text(encoding="utf-8"))
    assert config["version"] == 2
    return list(config["updates"])


def test_every_ecosystem_of_the_repository_is_covered() -> None:
    covered = {(update["package-ecosystem"], update["directory"]) for update in updates()}
    assert {("pip", "/"), ("npm", "/tools/lighthouse"), ("github-actions", "/")} <= needed()
    assert needed() - covered == set(), f"{CONFIG.relative_to(ROOT)}: add an entry for each"


def test_each_entry_is_scheduled_grouped_and_names_a_folder_that_exists() -> None:
    for update in updates():
        name = f"{update['package-ecosystem']} {update['directory']}"
        assert update["schedule"]["interval"] in {"daily", "weekly", "monthly"}, name
        groups = update.get("groups") or {}
        assert groups and all(group.get("patterns") for group in groups.values()), name
        assert update["directory"].startswith("/"), name
        assert (ROOT / update["directory"].lstrip("/")).is_dir(), name
    workflows = [path for path in tracked() if WORKFLOWS.match(path)]
    assert workflows, "no workflow: the github-actions entry still covers the ones added later"


def test_mkdocs_2_is_not_proposed() -> None:
    pip = next(update for update in updates() if update["package-ecosystem"] == "pip")
    assert {"dependency-name": "mkdocs", "update-types": ["version-update:semver-major"]} in pip["ignore"]


def test_every_pin_is_an_exact_release() -> None:
    """Dependabot keeps a dependency on releases only while its pin is a release."""
    wrong = []
    for name in ("requirements.txt", "requirements-dev.txt"):
        for number, text in enumerate((ROOT / name).read_text(encoding="utf-8").splitlines(), start=1):
            line = text.split("#", 1)[0].strip()
            if not line or line.startswith("-r "):
                continue
            if not PIN.match(line):
                wrong.append(f"{name}:{number}: {line} is no exact pin")
                continue
            (specifier,) = Requirement(line).specifier
            if Version(specifier.version).is_prerelease:
                wrong.append(f"{name}:{number}: {line} is a pre-release")
    package = json.loads((ROOT / "tools/lighthouse/package.json").read_text(encoding="utf-8"))
    npm_pins = {**package.get("dependencies", {}), **package.get("overrides", {})}
    wrong += [f"package.json: {name} {pin}" for name, pin in npm_pins.items() if not NPM_RELEASE.match(pin)]
    assert wrong == []
