"""DOCX export: a press release in one language, or a bilingual review table.

``--lang zh``/``en``: dateline (category and date), headline, summary, byline,
body with real Word styles for headings, quotes and list items, end mark and
contact line. ``--lang both``: a landscape review table, one row per pair
(number | Chinese | English) under a metadata block in both languages
(:mod:`docx_release`, :mod:`docx_table`). Fonts and languages live in the styles
(:mod:`docx_styles`); the article itself is embedded for a faithful import
(:mod:`docx_embed`). This module puts them together and fills the properties.
"""

from __future__ import annotations

import io
from datetime import UTC, datetime

from cipeditor import __version__
from cipeditor.article.model import Article
from cipeditor.exporters import ExportOptions
from cipeditor.exporters.cleaning import clean_article
from cipeditor.exporters.labels import OFFICE_LANG
from cipeditor.exporters.private import without_working_notes

REVIEW_LANGS = ("both",)
"""Languages in which the export is for reviewers (the bilingual table), not for publication,
so an article not approved yet is exported without a note."""


def render(article: Article, options: ExportOptions) -> bytes:
    """The bytes of the DOCX file for ``article`` in ``options.lang``."""
    import docx

    from cipeditor.exporters import docx_styles
    from cipeditor.exporters.docx_embed import embed

    article = clean_article(article)
    document = docx.Document()
    docx_styles.set_up(document, options.lang)
    width = docx_styles.set_page(document, landscape=options.lang == "both")
    _clear_body(document)
    if options.lang == "both":
        from cipeditor.exporters.docx_table import write_review_table

        write_review_table(document, article, width)
    else:
        from cipeditor.exporters.docx_release import write_press_release

        write_press_release(document, article, options.lang, width)
    _page_numbers(document)
    _fill_properties(document, article, options.lang)
    if options.lang != "both":  # a press release leaves the office; the review table does not
        article = without_working_notes(article)
    embed(document, article)
    stream = io.BytesIO()
    document.save(stream)
    return stream.getvalue()


def _clear_body(document) -> None:
    # The default template starts with one empty paragraph; keep only the section properties.
    body = document.element.body
    for child in list(body):
        if child.tag != body.sectPr.tag:
            body.remove(child)


def _page_numbers(document) -> None:
    """A centred page number in the footer, as a PAGE field Word and LibreOffice update."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    paragraph = document.sections[0].footer.paragraphs[0]
    paragraph.style = document.styles["Footer"]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def _fill_properties(document, article: Article, lang: str) -> None:
    meta = article.meta
    langs = ("zh", "en") if lang == "both" else (lang,)
    props = document.core_properties
    props.title = " / ".join(t for t in (meta.title.get(x) for x in langs) if t)[:255]
    props.subject = " / ".join(c for c in (meta.category.get(x) for x in langs) if c)[:255]
    props.category = props.subject
    # python-docx refuses core properties longer than 255 characters.
    props.comments = " / ".join(s for s in (meta.summary.get(x) for x in langs) if s)[:255]
    props.author = (meta.author or meta.source)[:255]
    props.last_modified_by = f"CIP Editor {__version__}"
    # Word's Tags field and Windows' file properties take tags apart at semicolons: joined
    # with commas, "CIP, China-Israel" was one tag there.
    props.keywords = "; ".join(meta.tags)[:255]
    props.language = ", ".join(OFFICE_LANG[x] for x in langs)
    props.content_status = meta.status.label
    props.identifier = ""
    props.revision = 1
    moment = meta.published or datetime.now(UTC)
    # Core properties are written as UTC ("…Z"); python-docx expects a naive UTC time.
    moment = moment.astimezone(UTC).replace(tzinfo=None)
    props.created = props.modified = moment
