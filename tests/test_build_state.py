"""The plugins reach each other through kennisbank.build_state, by names defined once."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
import yaml

from kennisbank import plugin_names
from tests.conftest import ROOT, run_in_process


def test_the_plugin_names_are_those_pyproject_registers_and_mkdocs_yml_lists() -> None:
    registered = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "entry-points"
    ]
    assert set(registered["mkdocs.plugins"]) == set(plugin_names.ALL)
    listed = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)["plugins"]
    names = {next(iter(item)) if isinstance(item, dict) else item for item in listed}
    assert set(plugin_names.ALL) <= names


def without_kennisbank(project: Path) -> None:
    config = project / "mkdocs.yml"
    text, found = re.subn(
        r"^  - kennisbank:\n(?:      .*\n|        .*\n)*", "", config.read_text(encoding="utf-8"), flags=re.M
    )
    assert found == 1
    config.write_text(text, encoding="utf-8")


def test_a_plugin_without_the_kennisbank_plugin_says_what_is_missing(fixture_site: Path) -> None:
    without_kennisbank(fixture_site)
    build = run_in_process(["mkdocs", "build", "--strict"], fixture_site)
    assert build.returncode != 0
    assert "Traceback" not in build.stderr
    assert "heeft de plugin 'kennisbank' nodig; zet '- kennisbank' vóór" in build.stderr


# MkDocs' own `enabled: false` leaves a plugin out. The plugins the knowledge base needs say so; without the
# others the site is built without their part.
NEEDED = {
    plugin_names.KENNISBANK: "heeft de plugin 'kennisbank' nodig",
    plugin_names.CITATIONS: "heeft de plugin 'kennisbank/citations' nodig",
}
THEIR_PART = {
    plugin_names.SEARCH: "site/pagefind",
    plugin_names.EXPORT: "site/data",
    plugin_names.RENDERING: ".cache/pages.json",
}


@pytest.mark.parametrize("name", plugin_names.ALL)
def test_each_plugin_can_be_switched_off(name: str, fixture_site: Path) -> None:
    config = fixture_site / "mkdocs.yml"
    text, found = re.subn(
        rf"^  - {re.escape(name)}:?\n",
        f"  - {name}:\n      enabled: false\n",
        config.read_text(encoding="utf-8"),
        flags=re.M,
    )
    assert found == 1
    config.write_text(text, encoding="utf-8")
    build = run_in_process(["mkdocs", "build", "--strict"], fixture_site)
    check = run_in_process(["kennisbank", "check"], fixture_site)
    assert "Traceback" not in build.stderr + check.stderr
    if name in NEEDED:
        assert build.returncode != 0 and check.returncode != 0
        assert NEEDED[name] in build.stderr and "mkdocs.yml" in check.stderr
    else:
        assert build.returncode == 0 and check.returncode == 0, build.stderr
        assert (fixture_site / "site" / "index.html").is_file()
        assert not (fixture_site / THEIR_PART[name]).exists()
