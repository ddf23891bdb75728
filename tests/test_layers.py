"""The import layers of scripts/kennisbank (issue 32, "A core that does not need MkDocs").

Every module belongs to one layer; a module imports from its own layer or a lower one, never a higher one.
From the bottom up:

- basis: Markdown as text (`text/`), Dutch dates and numbers, problems, the plugins' names, the
  Content-Security-Policy, work in the background, the browser's path;
- model: the content model (`model/`) and what HTML and files the content may hold (`allowlist.py`);
- core: reading the content, validation, citations' formatting, charts, exports, search terms, releases,
  the scaffold, the link check, the project's paths and settings, the build cache;
- adapters: the MkDocs plugins and everything that reads a MkDocsConfig or MkDocs' page objects;
- cli: `python -m kennisbank` and its commands.

Only the adapters import MkDocs, Material, mkdocs-bibtex or pymdown-extensions, and importing the core loads
none of them (a fresh Python checks it). The packages of
scripts/kennisbank import each other without a cycle. Every import counts, also one inside a function or
under `if TYPE_CHECKING:`: a layer is a statement about the design, not only about what Python loads.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from fnmatch import fnmatchcase

from tests.conftest import ROOT

PACKAGE = ROOT / "scripts" / "kennisbank"

# The first matching pattern gives a module's layer; a module no pattern names is in the core.
LAYER_PATTERNS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("cli", ("kennisbank.__main__", "kennisbank.cli", "kennisbank.cli.*")),
    (
        "adapters",
        (
            "kennisbank.*.plugin",
            "kennisbank.*.config",
            "kennisbank.plugin",
            "kennisbank.plugin.*",
            "kennisbank.rendering",
            "kennisbank.rendering.*",
            "kennisbank.build_state",
            "kennisbank.mkdocs_settings",
            "kennisbank.citations.upstream",
            # mkdocs-bibtex's pandoc registry, extended: the plugin formats with it.
            "kennisbank.citations.registry",
            "kennisbank.citations.state",
        ),
    ),
    (
        "basis",
        (
            "kennisbank",
            "kennisbank.text",
            "kennisbank.text.*",
            "kennisbank.dutch",
            "kennisbank.problems",
            "kennisbank.plugin_names",
            "kennisbank.security_policy",
            "kennisbank.background",
            "kennisbank.chromium",
        ),
    ),
    ("model", ("kennisbank.model", "kennisbank.model.*", "kennisbank.allowlist")),
    ("core", ("kennisbank.*",)),
)
LAYERS = ("basis", "model", "core", "adapters", "cli")  # bottom to top
# The site generator and what plugs into it: only the adapters may import these.
FRAMEWORKS = ("mkdocs", "material", "mkdocs_bibtex", "pymdownx")


@dataclass(frozen=True)
class Import:
    module: str  # the importing module
    imported: str  # the imported module (for a name from a module: the module)
    line: int

    def where(self) -> str:
        path = self.module.replace(".", "/")
        return f"scripts/{path}.py:{self.line}"


def module_name(path_parts: tuple[str, ...]) -> str:
    parts = list(path_parts)
    parts[-1] = parts[-1].removesuffix(".py")
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def read_imports() -> dict[str, list[Import]]:
    """Every import of every module of scripts/kennisbank: of its own modules and of other packages."""
    files = {module_name(path.relative_to(PACKAGE.parent).parts): path for path in PACKAGE.rglob("*.py")}
    found: dict[str, list[Import]] = {}
    for module, path in sorted(files.items()):
        package = module if path.name == "__init__.py" else module.rpartition(".")[0]
        imports: list[Import] = []
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
            if isinstance(node, ast.Import):
                imports.extend(Import(module, alias.name, node.lineno) for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    parts = package.split(".")
                    base = ".".join([*parts[: len(parts) - node.level + 1], *([base] if base else [])])
                for alias in node.names:
                    submodule = f"{base}.{alias.name}"
                    imports.append(Import(module, submodule if submodule in files else base, node.lineno))
        found[module] = imports
    return found


def layer_of(module: str) -> str:
    for layer, patterns in LAYER_PATTERNS:
        if any(fnmatchcase(module, pattern) for pattern in patterns):
            return layer
    raise AssertionError(f"{module}: geen laag")


def package_of(module: str) -> str:
    """The package of scripts/kennisbank a module is in; a module at the top is a package of its own."""
    return module.split(".")[1] if module.count(".") else module


def own(name: str) -> bool:
    return name == "kennisbank" or name.startswith("kennisbank.")


def rule_breaks(imports: Mapping[str, list[Import]]) -> dict[tuple[str, str, str], Import]:
    """Each import that goes up a layer, or reaches a framework below the adapters."""
    found: dict[tuple[str, str, str], Import] = {}
    for module, listed in imports.items():
        rank = LAYERS.index(layer_of(module))
        for item in listed:
            if own(item.imported):
                if LAYERS.index(layer_of(item.imported)) > rank:
                    found.setdefault(("upward", module, item.imported), item)
            elif item.imported.split(".")[0] in FRAMEWORKS and layer_of(module) != "adapters":
                found.setdefault(("framework", module, item.imported.split(".")[0]), item)
    return found


def package_cycles(imports: Mapping[str, list[Import]]) -> list[list[str]]:
    """The groups of packages that import each other round (Tarjan's strongly connected components)."""
    edges: dict[str, set[str]] = {}
    for module, listed in imports.items():
        if module == "kennisbank":
            continue
        for item in listed:
            if own(item.imported) and item.imported != "kennisbank":
                source, target = package_of(module), package_of(item.imported)
                if source != target:
                    edges.setdefault(source, set()).add(target)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in sorted(edges.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group: list[str] = []
            while not group or group[-1] != node:
                group.append(stack.pop())
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return sorted(groups)


def cycle_imports(imports: Mapping[str, list[Import]], group: Iterable[str]) -> list[str]:
    members = set(group)
    return sorted(
        {
            f"{item.where()}: {module} importeert {item.imported}"
            for module, listed in imports.items()
            for item in listed
            if own(item.imported)
            and module != "kennisbank"
            and item.imported != "kennisbank"
            and package_of(module) in members
            and package_of(item.imported) in members
            and package_of(module) != package_of(item.imported)
        }
    )


def describe(rule: str, module: str, imported: str) -> str:
    if rule == "upward":
        return (
            f"{module} ({layer_of(module)}) importeert {imported} uit een hogere laag ({layer_of(imported)})"
        )
    return f"{module} ({layer_of(module)}) importeert {imported}; dat mag alleen een adapter"


# The real package.


def test_every_module_has_a_layer() -> None:
    for module in read_imports():
        assert layer_of(module) in LAYERS


def test_no_cycle_between_packages() -> None:
    imports = read_imports()
    cycles = package_cycles(imports)
    assert not cycles, "\n".join(
        f"cyclus tussen {', '.join(group)}:\n  " + "\n  ".join(cycle_imports(imports, group))
        for group in cycles
    )


def test_imports_go_down_and_only_adapters_import_the_site_generator() -> None:
    found = rule_breaks(read_imports())
    assert not found, "\n".join(f"{found[key].where()}: {describe(*key)}" for key in sorted(found))


def frameworks_loaded(modules: Iterable[str]) -> list[str]:
    """The frameworks a fresh Python has loaded after importing `modules`."""
    code = "import sys\n" + "".join(f"import {module}\n" for module in modules)
    code += f"print(sorted({{name.split('.')[0] for name in sys.modules}} & {set(FRAMEWORKS)!r}))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return list(ast.literal_eval(result.stdout.strip()))


def test_the_core_runs_without_mkdocs() -> None:
    below = [module for module in read_imports() if layer_of(module) in ("basis", "model", "core")]
    assert len(below) > 50
    assert frameworks_loaded(sorted(below)) == []


# The rules themselves, on made-up modules.


def made_up(**modules: list[str]) -> dict[str, list[Import]]:
    return {
        name.replace("__", "."): [Import(name.replace("__", "."), imported, 1) for imported in imported_list]
        for name, imported_list in modules.items()
    }


def test_an_upward_import_is_found() -> None:
    imports = made_up(
        kennisbank__model__entries=["kennisbank.content.corpus"], kennisbank__content__corpus=[]
    )
    assert set(rule_breaks(imports)) == {("upward", "kennisbank.model.entries", "kennisbank.content.corpus")}


def test_mkdocs_below_the_adapters_is_found_and_allowed_in_an_adapter() -> None:
    imports = made_up(
        kennisbank__export__records=["mkdocs.structure.pages"],
        kennisbank__export__plugin=["mkdocs.plugins", "kennisbank.export.records"],
        kennisbank__text__prose=["pymdownx.superfences"],
    )
    assert set(rule_breaks(imports)) == {
        ("framework", "kennisbank.export.records", "mkdocs"),
        ("framework", "kennisbank.text.prose", "pymdownx"),
    }


def test_a_cycle_of_three_packages_is_found() -> None:
    imports = made_up(
        kennisbank__model__reference=["kennisbank.allowlist"],
        kennisbank__allowlist=["kennisbank.content.field_errors"],
        kennisbank__content__field_errors=["kennisbank.model.entries"],
        kennisbank__model__entries=[],
        kennisbank__text__prose=[],
    )
    assert package_cycles(imports) == [["allowlist", "content", "model"]]
    assert cycle_imports(imports, ["allowlist", "content", "model"]) == [
        "scripts/kennisbank/allowlist.py:1: kennisbank.allowlist importeert kennisbank.content.field_errors",
        "scripts/kennisbank/content/field_errors.py:1: kennisbank.content.field_errors importeert "
        "kennisbank.model.entries",
        "scripts/kennisbank/model/reference.py:1: kennisbank.model.reference importeert kennisbank.allowlist",
    ]
