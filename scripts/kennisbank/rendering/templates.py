"""What the page template made of each page, kept under a digest of everything the template can read.

After its Markdown, rendering the theme's template is the largest part of a page's build: Material's
base.html with the navigation, header and footer, for every page. Under `mkdocs serve` an edit changes the
output of one or a few pages. The output of each page is kept in `.cache/templates/` (one file per page,
named by its digest), under a digest of:

- the template sources: each of the theme's folders, by the version of the package it belongs to, or by
  the content of its files (overrides/);
- what the template reads (fingerprint.py): the page being built, whole; the navigation, as it shows
  the other pages; the configuration with the plugins' options; the other values in the context; the
  template environment's globals and filters;
- what the Markdown of the pages was converted with (the rendering plugin's digest of the runner, the
  converters' versions, the Markdown settings and every file's address).

A page whose context holds a value fingerprint.py cannot describe, or whose rendering logged a warning, is
rendered every time and not kept.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sysconfig
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import jinja2
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page
from mkdocs.utils import get_themes

from kennisbank import build_cache
from kennisbank.build_cache import digest
from kennisbank.rendering import fingerprint
from kennisbank.rendering.warned import warnings_logged

log = logging.getLogger("mkdocs.plugins.kennisbank.rendering")

SUFFIX = ".html"
# The build date changes with every build, the site folder with every `mkdocs serve` and release; no
# template of Material's, MkDocs' or ours reads either (a test checks).
UNREAD = frozenset({"build_date_utc"})
UNREAD_SETTINGS = frozenset({"site_dir"})
# Described once per build, not once per page.
SHARED = ("nav", "pages", "config")


class KeptTemplates:
    """The page outputs of the previous build, and those of this one."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        # Digests of the outputs of this build's pages; each output is a file in the folder, written
        # when rendered (held in memory, 2000 pages' outputs took 100 MB).
        self.used: set[str] = set()
        self.written: set[str] = set()  # rendered by this build
        self.build = ""
        self.shared: str | None = None
        self.last_read: tuple[Mapping[str, Any], jinja2.Environment] | None = None
        self.hits = 0
        self.not_keepable: dict[str, str] = {}  # by page: why its output is not kept

    def start(self, converted_with: str, config: MkDocsConfig) -> None:
        """A new build: `converted_with` is the digest of what the Markdown was converted with."""
        self.used = set()
        self.written = set()
        self.build = digest(converted_with, theme_sources(config.theme.dirs))
        self.shared = None
        self.last_read = None
        self.hits = 0
        self.not_keepable = {}

    def keep_renders(self, env: jinja2.Environment, config: MkDocsConfig) -> None:
        """Make the templates MkDocs renders pages with keep their output."""
        get_template = env.get_template

        # Jinja asks for the templates a template extends or includes with their parent's name: those
        # are no page templates and stay Jinja's own.
        def keeping_get_template(name: Any, parent: str | None = None, globals: Any = None) -> Any:
            template = get_template(name, parent, globals)
            if parent is not None or globals is not None:
                return template
            return _KeepingTemplate(template, self, env, config)

        env.get_template = keeping_get_template  # type: ignore[method-assign]

    def render(self, template: jinja2.Template, context: dict[str, Any], env: jinja2.Environment) -> str:
        page: Page = context["page"]
        try:
            key = self._key(template, context, env)
        except fingerprint.NotKeepable as reason:
            self.not_keepable[page.file.src_uri] = str(reason)
            return template.render(context)
        kept = self.kept_output(key)
        if kept is not None:
            self.hits += 1
            self.used.add(key)
            return kept
        with warnings_logged() as warned:
            output = template.render(context)
        if not warned:
            self.keep(key, output)
        return output

    def keep(self, key: str, output: str) -> None:
        # The output's own digest first: a file changed or cut off since is noticed and not used.
        build_cache.write(self._path(key), f"{digest(output)}\n{output}")
        self.used.add(key)
        self.written.add(key)

    def finish(self) -> None:
        """Keep this build's outputs for the next build; remove those no page of it had."""
        if self.last_read is not None and self.shared_digest(*self.last_read) != self.shared:
            # A plugin changed the navigation or the configuration while the pages were built: what the
            # first page read is not what the last one read, so nothing of this build can be trusted.
            log.info("kennisbank/rendering: navigatie of configuratie veranderde tijdens de build")
            self.used = set()
        for path in self.folder.glob(f"*{SUFFIX}"):
            if path.name.removesuffix(SUFFIX) not in self.used:
                path.unlink(missing_ok=True)

    def shared_digest(self, context: Mapping[str, Any], env: jinja2.Environment) -> str:
        """The digest of what every page's template reads alike: navigation, configuration, environment."""
        hashed = hashlib.sha256()
        for item in fingerprint.navigation(context["nav"]):
            hashed.update(json.dumps(item, sort_keys=True).encode("utf-8"))
        described = [
            fingerprint.plain(context["pages"]),
            fingerprint.plain({k: v for k, v in context["config"].items() if k not in UNREAD_SETTINGS}),
            fingerprint.plain(env.globals),
            fingerprint.plain(env.filters),
            fingerprint.plain(env.tests),
        ]
        hashed.update(json.dumps(described, sort_keys=True).encode("utf-8"))
        return hashed.hexdigest()

    def _key(self, template: jinja2.Template, context: dict[str, Any], env: jinja2.Environment) -> str:
        if self.shared is None:
            self.shared = self.shared_digest(context, env)
        self.last_read = (context, env)
        own = {name: value for name, value in context.items() if name not in SHARED and name not in UNREAD}
        own["page"] = fingerprint.current_page(context["page"])
        described = json.dumps(fingerprint.plain(own), sort_keys=True)
        return digest(self.build, self.shared, template.name or "", described)

    def kept_output(self, key: str) -> str | None:
        path = self._path(key)
        try:
            # As bytes: reading text would turn a carriage return of the page into a line feed.
            checksum, _, output = path.read_bytes().decode("utf-8").partition("\n")
        except FileNotFoundError:
            return None  # never kept, or removed by a build that ran meanwhile
        except (OSError, UnicodeDecodeError):
            checksum, output = "", ""
        if checksum != digest(output):
            # At info level, as build_cache's: a cache is no reason to fail a strict build.
            log.info(f"{path}: waarschuwing: een onleesbaar bestand van de build-cache; genegeerd")
            return None
        return output

    def _path(self, key: str) -> Path:
        return self.folder / f"{key}{SUFFIX}"


class _KeepingTemplate:
    """A template as MkDocs gets it: rendering a page's whole context goes through KeptTemplates."""

    def __init__(
        self, template: jinja2.Template, keeper: KeptTemplates, env: jinja2.Environment, config: MkDocsConfig
    ) -> None:
        self._template = template
        self._keeper = keeper
        self._env = env
        self._config = config

    def __getattr__(self, name: str) -> Any:
        return getattr(self._template, name)

    def render(self, *args: Any, **kwargs: Any) -> str:
        # MkDocs renders the page it is building with one context; anything else is no page of the site.
        context = args[0] if len(args) == 1 and not kwargs else None
        if isinstance(context, dict) and _being_built(context.get("page"), self._config):
            return self._keeper.render(self._template, context, self._env)
        return self._template.render(*args, **kwargs)


def _being_built(page: object, config: MkDocsConfig) -> bool:
    return isinstance(page, Page) and page is config._current_page


def theme_sources(dirs: list[str]) -> str:
    """The theme's folders: one of an installed theme's package by the package's version, any other (such
    as overrides/) by the content of its files."""
    described = []
    for folder in dirs:
        package = _installed_theme(Path(folder))
        described.append([folder, package if package is not None else build_cache.files_digest(Path(folder))])
    return digest(json.dumps(described))


def _installed_theme(folder: Path) -> str | None:
    for site_packages in {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}:
        if folder.is_relative_to(site_packages):
            return _theme_packages().get(folder.relative_to(site_packages).parts[0])
    return None


def _theme_packages() -> dict[str, str]:
    """'distribution version' of each installed theme, by its top-level package (MkDocs' themes among
    them): from MkDocs' own list of themes, which it made once already when it read the configuration."""
    return {
        theme.value.split(".")[0]: f"{theme.dist.name} {theme.dist.version}"
        for theme in get_themes().values()
        if theme.dist is not None
    }
