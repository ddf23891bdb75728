"""The kennisbank MkDocs plugin: loads and validates all entries once per build and renders them."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from concurrent.futures import Future
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import AnchorLink
from mkdocs.utils import get_relative_url
from mkdocs.utils.templates import TemplateContext

from kennisbank import background, build_state
from kennisbank.cache import OFF, Cache
from kennisbank.content.bibliography import Bibliography, load_bibliography
from kennisbank.content.corpus import FOLDER_INDEX, Corpus, LoadedEntry, load_corpus
from kennisbank.mkdocs_settings import build_cache, project_paths
from kennisbank.model import ENTRY_TYPES
from kennisbank.model.entries import Reeks
from kennisbank.model.reference import render_reference
from kennisbank.model.vocabularies import Audience
from kennisbank.plugin.abbreviations import use_as_glossary
from kennisbank.plugin.card import build_card
from kennisbank.plugin.catalogue import build_catalogue
from kennisbank.plugin.cite import page_citation
from kennisbank.plugin.clean_pages import CleanPages
from kennisbank.plugin.config import KennisbankConfig
from kennisbank.plugin.evidence_page import (
    RUBRIC_MARKER,
    WHAT_WORKS_PAGE,
    evidence_table,
    rubric,
    what_works_page,
)
from kennisbank.plugin.history_section import HISTORY_ANCHOR, HISTORY_HEADING, history_section
from kennisbank.plugin.home_page import (
    AUDIENCES_MARKER,
    KEYFIGURES_MARKER,
    SEARCH_MARKER,
    audience_cards,
    keyfigure_cards,
)
from kennisbank.plugin.lifecycle_pages import (
    CHANGES_PAGE,
    LATEST_CHANGES_MARKER,
    REVIEW_PAGE,
    changes_page,
    latest_changes,
    review_page,
)
from kennisbank.plugin.navigation import navigation
from kennisbank.plugin.overview import overview_page
from kennisbank.plugin.pages import MATRIX_PAGE, audience_page, audience_uri, matrix_page
from kennisbank.plugin.recommendation_pages import (
    RECOMMENDATION,
    STATUS_MARKER,
    STATUS_PAGE,
    follow_up_section,
    status_lead,
    status_page,
)
from kennisbank.plugin.related import related_sections
from kennisbank.plugin.series_pages import keyfigures, with_series
from kennisbank.plugin.toc import under_title
from kennisbank.problems import Problem, Severity, errors
from kennisbank.project import ProjectPaths
from kennisbank.releases.feed import FEED_FILE, FEED_TITLE, FEED_TYPE, atom_feed
from kennisbank.releases.history import NO_HISTORY, History, read_history
from kennisbank.releases.index import ReleaseIndex, index_of, load_indexes
from kennisbank.security_policy import REFERRER_POLICY, meta_policy, write_headers
from kennisbank.validation.checks import collect_problems, structure_problems, text_problems

if TYPE_CHECKING:
    from mkdocs.livereload import LiveReloadServer

log = logging.getLogger("mkdocs.plugins.kennisbank")
# The edition being built, set by the release command.
VERSION_VARIABLE = "KENNISBANK_VERSION"


class KennisbankPlugin(BasePlugin[KennisbankConfig]):
    def __init__(self) -> None:
        self.paths: ProjectPaths | None = None
        self.bibliography = Bibliography()
        self.corpus = Corpus([])
        self.indexes: list[ReleaseIndex] = []
        # Every entry's changes from the repository, read in a thread while the build goes on.
        self.history: History = NO_HISTORY
        self._history: Future[History] | None = None
        self._problems: list[Problem] = []
        self._text_problems: Future[list[Problem]] | None = None
        self._html_problems: list[Problem] = []
        self._clean_pages = CleanPages()
        # Where this build keeps its results, and the digest of the code their keys hold (cache.py).
        self.cache: Cache = OFF
        self.today = date.today()
        self.version = "ontwikkelversie"
        # The generated index page of each type folder, which shows that type's catalogue.
        # Series have an overview of key figures instead.
        self.catalogues = {
            f"{entry_type.folder}/{FOLDER_INDEX}": entry_type
            for entry_type in ENTRY_TYPES
            if entry_type.model is not Reeks
        } | {STATUS_PAGE: RECOMMENDATION}
        self.env: Environment | None = None
        self.files: Files | None = None

    @property
    def project_paths(self) -> ProjectPaths:
        """The project's folders and settings, read in on_config (build_state checks that it ran)."""
        if self.paths is None:
            raise PluginError("de plugin 'kennisbank' is nog niet geladen")
        return self.paths

    # Before mkdocs-bibtex, which would stop on a malformed .bib file with a traceback.
    @event_priority(100)
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        self.version = os.environ.get(VERSION_VARIABLE) or self.config.version
        self.paths = project_paths(config)
        self.cache = build_cache(config, self.paths.cache_dir, enabled=self.config.cache)
        self.bibliography, problems = load_bibliography(self.paths)
        if errors(problems):
            # The build stops before it reads the entries: it names their problems too, as the validator
            # does, so one run shows everything to fix.
            problems = collect_problems(self.paths)
        _stop_on_errors(problems)
        return config

    def on_serve(
        self, server: LiveReloadServer, /, *, config: MkDocsConfig, builder: Callable[..., Any]
    ) -> LiveReloadServer | None:
        # The watcher and MkDocs' server would cost every build 20 ms to import; only serving needs them.
        from kennisbank.plugin.live_reload import allow_live_reload  # noqa: PLC0415
        from kennisbank.plugin.watching import poll_sooner  # noqa: PLC0415

        poll_sooner(server)
        allow_live_reload(server)
        return server

    # Loading comes first, so other plugins can start their work on the entries (pandoc formatting the
    # citations) while this plugin checks them; the structure checks come last in pre_build.
    @event_priority(100)
    def _load_content(self, *, config: MkDocsConfig) -> None:
        paths = self.project_paths
        self.indexes, self._problems = load_indexes(paths.releases_dir, paths.shown(paths.releases_dir))
        self.corpus, problems = load_corpus(paths)
        self._problems.extend(problems)
        self._html_problems = []
        self._clean_pages.start(self.cache)
        # Forked before any thread of this build is started: the child is a copy of this process.
        self._text_problems = background.start_process(text_problems, paths, self.corpus, self.bibliography)
        self._history = background.start(read_history, paths.root, paths.docs_dir, paths.releases_dir)
        use_as_glossary(config, self.corpus.abbreviations())

    # What the pages are built from is checked before they are: an entry citing an unknown source or
    # relating to a missing entry stops the build here. The text of the pages is checked meanwhile, in
    # the child process (most of the checking time); the build waits for that before it writes a page.
    @event_priority(-100)
    def _check_content(self, *, config: MkDocsConfig) -> None:
        problems = self._problems + structure_problems(
            self.project_paths, self.corpus, self.bibliography, self.indexes, self.today
        )
        if errors(problems):  # with the text's problems too: one list of everything to fix
            problems += self._collect_text_problems()
        _stop_on_errors(sorted(problems))
        if self._history is not None:
            self.history = self._history.result()

    on_pre_build = CombinedEvent(_load_content, _check_content)

    # Last, so the navigation also holds the pages other plugins generate (the Bronnen page).
    @event_priority(-100)
    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files | None:
        for entry_type in ENTRY_TYPES:
            overview = overview_page(entry_type)
            if entry_type.model is Reeks:
                overview += "\n" + keyfigures(self.corpus, entry_type.folder, self.today)
            files.append(File.generated(config, f"{entry_type.folder}/{FOLDER_INDEX}", content=overview))
        for audience in Audience:
            page = audience_page(audience, self.corpus)
            files.append(File.generated(config, audience_uri(audience), content=page))
        files.append(File.generated(config, MATRIX_PAGE, content=matrix_page(self.corpus)))
        files.append(File.generated(config, STATUS_PAGE, content=status_page(self.corpus)))
        files.append(File.generated(config, WHAT_WORKS_PAGE, content=what_works_page()))
        current = index_of(self.corpus, self.version, None)
        files.append(
            File.generated(
                config, CHANGES_PAGE, content=changes_page(self.indexes, current, self.corpus, self.history)
            )
        )
        files.append(File.generated(config, REVIEW_PAGE, content=review_page(self.corpus, self.today)))
        files.append(File.generated(config, FEED_FILE, content=self._feed(files, config)))
        files.append(File.generated(config, self.config.model_reference, content=render_reference()))
        if config.nav is None:
            config.nav = navigation(files)
        return files

    # After the Markdown of every page is rendered, before the first page is written.
    def on_env(self, env: Environment, /, *, config: MkDocsConfig, files: Files) -> Environment | None:
        problems = self._collect_text_problems()
        # A file whose source broke a rule is reported with the line by the check of the text; what its
        # HTML breaks as well would only repeat that.
        reported = {problem.path for problem in errors(problems)}
        problems += [problem for problem in self._html_problems if problem.path not in reported]
        _stop_on_errors(sorted(problems))
        self.env = env
        self.files = files
        # overrides/main.html writes them into every page (security_policy.py holds them).
        env.globals["kb_content_security_policy"] = meta_policy()
        env.globals["kb_referrer_policy"] = REFERRER_POLICY
        # Every page's head names the feed of changes (overrides/main.html), so feed readers find it.
        env.globals["kb_feed"] = {"href": FEED_FILE, "type": FEED_TYPE, "title": FEED_TITLE}
        return env

    def on_page_markdown(
        self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str | None:
        entry = self._entry_of(page)
        if entry is not None:
            markdown = follow_up_section(entry, self.corpus) + with_series(
                entry, markdown, self.corpus, self.today
            )
            markdown += related_sections(entry, self.corpus, self.config.related_heading)
        if RUBRIC_MARKER in markdown:
            markdown = markdown.replace(RUBRIC_MARKER, rubric())
        if STATUS_MARKER in markdown:
            markdown = markdown.replace(STATUS_MARKER, status_lead(self.corpus, page.file.src_uri))
        if LATEST_CHANGES_MARKER in markdown:
            changes = latest_changes(self.history, self.indexes, self.corpus, page.file.src_uri)
            markdown = markdown.replace(LATEST_CHANGES_MARKER, changes)
        if AUDIENCES_MARKER in markdown:
            markdown = markdown.replace(AUDIENCES_MARKER, audience_cards(page.file.src_uri))
        if KEYFIGURES_MARKER in markdown:
            figures = keyfigure_cards(self.corpus, page.file.src_uri, self.today)
            markdown = markdown.replace(KEYFIGURES_MARKER, figures)
        return markdown

    # First, before other plugins add to the content: the HTML that the page's Markdown became.
    @event_priority(100)
    def on_page_content(self, html: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str | None:
        if self.paths is not None:
            shown = self.paths.shown(self.paths.docs_dir / page.file.src_path)
            found = dict.fromkeys(self._clean_pages.refusals(html))  # one for every cell of a column
            self._html_problems.extend(Problem(shown, None, message) for message in found)
        return html

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        self._clean_pages.keep()
        # A release (mike) puts the site in a folder of the gh-pages branch: GitHub Pages sets no headers,
        # and the hosts that read _headers read it only at the root of what they publish.
        if not _versioned(config):
            write_headers(Path(config.site_dir))

    # The theme's template environment exists only from on_env, after the Markdown of every page is
    # rendered; so the card joins the page content here, just before the page template runs.
    def on_page_context(
        self, context: TemplateContext, /, *, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> TemplateContext | None:
        if self.env is None or self.files is None or page.content is None:
            return context
        files = self.files

        def url_for(src_uri: str) -> str:
            return _url(src_uri, page, files)

        catalogue_type = self.catalogues.get(page.file.src_uri)
        if catalogue_type is not None:
            catalogue = build_catalogue(catalogue_type, self.corpus, url_for)
            template = self.env.get_template(self.config.catalogue_template)
            page.content += template.render(catalogue=catalogue, page=page, config=config)
        if SEARCH_MARKER in page.content:
            template = self.env.get_template(self.config.search_box_template)
            page.content = page.content.replace(SEARCH_MARKER, template.render(page=page, config=config))
        if page.file.src_uri == WHAT_WORKS_PAGE:
            template = self.env.get_template(self.config.evidence_template)
            page.content += template.render(
                table=evidence_table(self.corpus, url_for), page=page, config=config
            )
        entry = self._entry_of(page)
        if entry is None:
            return context
        changed = self.history.last_changed(entry.file.path)
        card = build_card(entry, self.corpus, url_for=url_for, last_changed=changed)
        url = page.canonical_url  # None unless mkdocs.yml has a site_url
        citation = page_citation(entry, config.site_name, self.version, url)
        template = self.env.get_template(self.config.card_template)
        page.content = template.render(card=card, citation=citation, page=page, config=config) + page.content
        section = history_section(entry, self.history, page.url, versioned=_versioned(config))
        page.content += self.env.get_template(self.config.history_template).render(section=section)
        page.toc = under_title(page.toc, card.title)
        page.toc.items[0].children.append(AnchorLink(HISTORY_HEADING, HISTORY_ANCHOR, 2))
        # MkDocs' TemplateContext names only its own keys; overrides/main.html reads this one.
        context["kb_citation"] = citation  # type: ignore[typeddict-unknown-key]
        return context

    def _feed(self, files: Files, config: MkDocsConfig) -> str:
        def address(src_uri: str) -> str:
            file = files.get_file_from_path(src_uri)
            url = file.url if file is not None else src_uri
            return urljoin(config.site_url, url) if config.site_url else url

        return atom_feed(
            self.history,
            self.corpus,
            site_name=config.site_name,
            feed_url=address(FEED_FILE),
            changes_url=address(CHANGES_PAGE),
            url_of=lambda entry: address(entry.src_uri),
        )

    def _collect_text_problems(self) -> list[Problem]:
        """The problems the child process found in the text of this build; an empty list once taken."""
        if self._text_problems is None:
            return []
        found, self._text_problems = self._text_problems, None
        return found.result()

    def _entry_of(self, page: Page) -> LoadedEntry | None:
        return self.corpus.by_src_uri.get(page.file.src_uri)


if TYPE_CHECKING:  # mypy: the plugin gives the other plugins what build_state.KennisbankState promises
    _STATE: build_state.KennisbankState = KennisbankPlugin()


def _url(src_uri: str, page: Page, files: Files) -> str:
    target = files.get_file_from_path(src_uri)
    if target is None:
        raise PluginError(f"{page.file.src_uri}: verwijzing naar onbekende pagina {src_uri}")
    return get_relative_url(target.url, page.url)


def _versioned(config: MkDocsConfig) -> bool:
    """Whether this build is one version of the site among others (a release made with mike)."""
    return bool(config.extra.get("version", {}).get("provider") == "mike")


def _stop_on_errors(problems: list[Problem]) -> None:
    """Warnings are logged at info level so `--strict` does not fail on them; errors stop the build."""
    for problem in problems:
        if problem.severity is Severity.WARNING:
            log.info(str(problem))
    messages = [str(problem) for problem in errors(problems)]
    if messages:
        raise PluginError(f"De inhoud bevat {len(messages)} fout(en):\n" + "\n".join(messages))
