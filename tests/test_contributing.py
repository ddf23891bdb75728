"""The contributor guide and the workflow files: generated parts current, the same commands as CI."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import yaml

from kennisbank.cli.scaffold import run_contributing
from kennisbank.model import ENTRY_TYPES
from kennisbank.scaffold.contributing import BEGIN, END, current_reference, generated_reference


def test_contributing_holds_the_model_reference_exactly_as_the_model_gives_it(root: Path) -> None:
    text = (root / "CONTRIBUTING.md").read_text(encoding="utf-8")
    assert current_reference(text) == generated_reference(), (
        "CONTRIBUTING.md is verouderd: draai `make contributing`"
    )
    for entry_type in ENTRY_TYPES:
        assert f"\n### {entry_type.label}\n" in current_reference(text)
        for name in entry_type.model.model_fields:
            assert f"| `{name}` |" in current_reference(text)


def test_contributing_explains_make_new_the_sources_review_and_the_checks(root: Path) -> None:
    text = (root / "CONTRIBUTING.md").read_text(encoding="utf-8")
    for heading in ("Een entry toevoegen", "Een entry verbeteren", "Bronnen en citaties", "Review"):
        assert f"\n## {heading}\n" in text
    for command in ("make new TYPE=", "make check", "make test", "make contributing", "pre-commit install"):
        assert command in text


def test_make_contributing_rewrites_a_stale_reference_and_check_mode_fails_on_it(tmp_path: Path) -> None:
    guide = tmp_path / "CONTRIBUTING.md"
    guide.write_text(f"# Gids\n\nEigen tekst.\n\n{BEGIN}\n## Inhoudsmodel\n\noud\n{END}\n\nSlot.\n")
    config = tmp_path / "mkdocs.yml"
    assert run_contributing(config, check=True) == 1
    assert run_contributing(config, check=False) == 0
    text = guide.read_text(encoding="utf-8")
    assert current_reference(text) == generated_reference()
    assert text.startswith("# Gids\n\nEigen tekst.\n\n") and text.endswith("\n\nSlot.\n")
    assert run_contributing(config, check=True) == 0


def test_the_pull_request_template_is_a_dutch_checklist(root: Path) -> None:
    text = (root / ".github" / "pull_request_template.md").read_text(encoding="utf-8")
    items = [line for line in text.splitlines() if line.startswith("- [ ] ")]
    for topic in ("Bronnen gelezen", "Terminologie", "Privacy en veiligheid", "Controles gedraaid"):
        assert any(topic in item for item in items), topic


def test_the_issue_forms_are_valid_forms_and_a_correction_needs_a_source(root: Path) -> None:
    forms = {
        path.stem: yaml.safe_load(path.read_text())
        for path in (root / ".github/ISSUE_TEMPLATE").glob("*.yml")
    }
    forms.pop("config")
    assert set(forms) == {"correctie", "nieuwe-entry"}
    for form in forms.values():
        assert {"name", "description", "body"} <= set(form)
        ids = [field["id"] for field in form["body"] if field["type"] != "markdown"]
        assert len(ids) == len(set(ids))
        for field in form["body"]:
            assert field["type"] in {"markdown", "input", "textarea", "dropdown", "checkboxes"}
    source = next(field for field in forms["correctie"]["body"] if field.get("id") == "bron")
    assert source["validations"]["required"] is True
    kinds = next(field for field in forms["nieuwe-entry"]["body"] if field.get("id") == "type")
    assert kinds["attributes"]["options"] == [entry_type.name for entry_type in ENTRY_TYPES]


def test_pre_commit_runs_the_validator_and_ruff_from_the_venv(root: Path) -> None:
    config = root / ".pre-commit-config.yaml"
    result = subprocess.run(
        [sys.executable, "-m", "pre_commit", "validate-config", str(config)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    hooks = {
        hook["id"]: hook for repo in yaml.safe_load(config.read_text())["repos"] for hook in repo["hooks"]
    }
    assert hooks["kennisbank-check"]["entry"] == ".venv/bin/python -m kennisbank check"
    assert all(hook["language"] == "system" for hook in hooks.values())
    assert {"ruff-check", "ruff-format"} <= set(hooks)


def test_ci_runs_the_same_make_targets_as_a_contributor(root: Path) -> None:
    workflow = yaml.safe_load((root / ".github/workflows/ci.yml").read_text())
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads the key `on` as true
    assert set(triggers) == {"pull_request", "push"}
    assert triggers["push"]["tags"]
    runs = {
        name: [step["run"] for step in job["steps"] if "run" in step]
        for name, job in workflow["jobs"].items()
    }
    assert runs["test"][-1] == "make test"
    assert runs["release"][-1] == 'make release VERSION="$VERSION"'
    assert workflow["jobs"]["release"]["steps"][-1]["env"]["VERSION"] == "${{ github.ref_name }}"
    make_commands = [run for steps in runs.values() for run in steps if run.startswith("make ")]
    assert make_commands == ["make test", 'make release VERSION="$VERSION"']
