"""The plugins reach each other through kennisbank.build_state, by names defined once."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

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


def test_a_plugin_with_the_kennisbank_plugin_switched_off_says_so(fixture_site: Path) -> None:
    config = fixture_site / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8").replace(
            "  - kennisbank:\n", "  - kennisbank:\n      enabled: false\n"
        ),
        encoding="utf-8",
    )
    build = run_in_process(["mkdocs", "build", "--strict"], fixture_site)
    assert build.returncode != 0
    assert "Traceback" not in build.stderr
    assert "maar die staat uit (enabled: false)" in build.stderr
