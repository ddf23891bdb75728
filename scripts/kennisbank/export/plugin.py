"""The kennisbank/export plugin: open data under data/, the Data page, and a handout per expert meeting.

Every file is added to the build as a generated file, so `mkdocs serve` serves it, MkDocs checks the
links to it, and it lands in site/ with the pages.
"""

from __future__ import annotations

import posixpath
from concurrent.futures import Future
from urllib.parse import urljoin

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.utils import get_build_datetime

from kennisbank import background, build_state, plugin_names
from kennisbank.citations import state
from kennisbank.content.corpus import LoadedEntry
from kennisbank.export.config import ExportConfig
from kennisbank.export.data_page import BIBLIOGRAPHY_FILE, ENTRIES_FILE, SCHEMA_FILE, data_page
from kennisbank.export.handouts import MEETING, handout_page, handout_uri, handouts_index
from kennisbank.export.records import (
    POINTS_FILE,
    STEPS_FILE,
    csl_json,
    csv_name,
    csv_table,
    entries_document,
    points_csv,
    steps_csv,
    to_json,
)
from kennisbank.export.schema import export_schema
from kennisbank.model import ENTRY_TYPES


class ExportPlugin(BasePlugin[ExportConfig]):
    bibliography: Future[str] | None = None  # the CSL-JSON, converted by pandoc while the build goes on

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        citations = state.citations(config)
        if citations is not None:
            kennisbank = build_state.kennisbank(config, plugin_names.EXPORT)
            bibtex = citations.registry.bib_data_bibtex
            self.bibliography = background.start(
                csl_json, bibtex, kennisbank.cache.only_if(self.config.cache)
            )

    # After kennisbank/citations has formatted the references (priority 0), before the kennisbank plugin
    # builds the navigation from all files (priority -100).
    @event_priority(-50)
    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files | None:
        kennisbank = build_state.kennisbank(config, plugin_names.EXPORT)
        corpus = kennisbank.corpus
        version = kennisbank.version
        citations = state.citations(config)
        references = (
            {reference.key: reference.text for reference in citations.references} if citations else {}
        )

        def url_of(entry: LoadedEntry) -> str:
            file = files.get_file_from_path(entry.src_uri)
            if file is None:
                raise PluginError(f"{entry.src_uri}: geen pagina voor entry {entry.id}")
            return urljoin(config.site_url, file.url) if config.site_url else file.url

        entries = entries_document(
            corpus,
            name=config.site_name,
            version=version,
            built=get_build_datetime(),
            url_of=url_of,
            references=references,
        )
        documents = {
            ENTRIES_FILE: to_json(entries),
            SCHEMA_FILE: to_json(export_schema()),
            BIBLIOGRAPHY_FILE: self.bibliography.result() if self.bibliography else "[]\n",
            **{csv_name(entry_type): csv_table(entry_type, corpus) for entry_type in ENTRY_TYPES},
            POINTS_FILE: points_csv(corpus),
            STEPS_FILE: steps_csv(corpus),
        }
        for name, content in documents.items():
            files.append(File.generated(config, f"{self.config.data_dir}/{name}", content=content))
        page = data_page(
            corpus,
            page_uri=self.config.data_page,
            data_dir=self.config.data_dir,
            model_reference=kennisbank.config.model_reference,
            version=version,
        )
        files.append(File.generated(config, self.config.data_page, content=page))
        folder = self.config.handouts_dir
        files.append(File.generated(config, f"{folder}/index.md", content=handouts_index(folder, corpus)))
        for meeting in corpus.of_type(MEETING):
            uri = handout_uri(folder, meeting)
            files.append(
                File.generated(
                    config, uri, content=handout_page(meeting, corpus, uri, version, kennisbank.today)
                )
            )
        return files

    def on_page_markdown(
        self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str | None:
        """An expert meeting's page links to its handout."""
        entry = build_state.kennisbank(config, plugin_names.EXPORT).corpus.by_src_uri.get(page.file.src_uri)
        if entry is None or entry.entry_type != MEETING:
            return markdown
        target = posixpath.relpath(
            handout_uri(self.config.handouts_dir, entry), posixpath.dirname(entry.src_uri)
        )
        link = f"**Handout:** [deze expertmeeting en haar aanbevelingen op één printbare pagina]({target})"
        return f"{link}\n{{: .kb-handout-link }}\n\n{markdown}"
