"""`make pdf`: every expert meeting's handout printed by WeasyPrint, checked page by page as text."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from mkdocs.config import load_config
from pypdf import PdfReader

from kennisbank.content.corpus import Corpus, load_corpus
from kennisbank.export.handouts import AIM_SECTION, MEETING, RECOMMENDATION, section_text
from kennisbank.mkdocs_settings import project_paths

from .conftest import once_per_run, run_tool

# A handout is one meeting on paper: more than this many A4 pages means the print layout broke.
MAX_PAGES = 6


@pytest.fixture(scope="module")
def corpus(root: Path) -> Corpus:
    loaded, _ = load_corpus(project_paths(load_config(str(root / "mkdocs.yml"))))
    return loaded


@pytest.fixture(scope="session")
def pdf_dir(site_dir: Path, root: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The PDFs of the real site, printed once per test run into a copy (the site is shared, unwritten)."""

    def print_pdfs(site: Path) -> None:
        shutil.copytree(site_dir, site, dirs_exist_ok=True)
        result = run_tool(["kennisbank", "pdf", "--site-dir", str(site)], root)
        assert result.returncode == 0, result.stderr

    return once_per_run(tmp_path_factory, "site-with-pdfs", print_pdfs) / "pdf"


def text_of(reader: PdfReader) -> str:
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def test_every_meeting_has_a_pdf_with_its_title_and_recommendations(pdf_dir: Path, corpus: Corpus) -> None:
    meetings = corpus.of_type(MEETING)
    assert sorted(path.name for path in pdf_dir.glob("*.pdf")) == sorted(
        f"{m.id.lower()}.pdf" for m in meetings
    )
    with_recommendations = 0
    for meeting in meetings:
        reader = PdfReader(pdf_dir / f"{meeting.id.lower()}.pdf")
        assert 1 <= len(reader.pages) <= MAX_PAGES, (meeting.id, len(reader.pages))
        text = text_of(reader)
        assert meeting.data.title in text, meeting.id
        recommendations = [e for e in corpus.related(meeting.id) if e.entry_type == RECOMMENDATION]
        for recommendation in recommendations:
            assert recommendation.id in text, (meeting.id, recommendation.id)
        with_recommendations += bool(recommendations)
        # The print stylesheet leaves the navigation, search and footer out.
        for chrome in ("Per publiek", "Zoeken", "Ga naar inhoud"):
            assert chrome not in text, (meeting.id, chrome)
    assert with_recommendations, "at least one handout shows a recommendation"


def test_a_handout_with_citations_keeps_its_sources_list(pdf_dir: Path, corpus: Corpus) -> None:
    meeting = next(m for m in corpus.of_type(MEETING) if "[@" in section_text(m.file.body, AIM_SECTION))
    text = text_of(PdfReader(pdf_dir / f"{meeting.id.lower()}.pdf"))
    assert "Bronnen" in text
    assert meeting.data.sources[0] not in text  # the key is formatted as a reference, not shown raw
    assert "Citeer deze pagina" not in text


def test_pdf_without_a_built_site_says_what_to_do(tmp_path: Path, root: Path) -> None:
    result = run_tool(["kennisbank", "pdf", "--site-dir", str(tmp_path)], root)
    assert result.returncode == 1
    assert "bouw eerst de site" in result.stderr
    assert "Traceback" not in result.stderr
