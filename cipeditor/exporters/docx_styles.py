"""Fonts, languages, page set-up and paragraph styles of the exported Word documents.

Fonts are set in the styles (and in the document defaults), never only on
runs, so that text a user types later in Word gets them too. The choice:

* East Asian text: **SimSun** (宋体) for body text, **SimHei** (黑体) for titles
  and headings, **KaiTi** (楷体) for the summary and quotes — the faces every
  Windows and Office installation has and that Chinese official documents use.
  LibreOffice replaces them with Noto Serif/Sans CJK SC where they are missing.
* Latin text: **Times New Roman** for body text and **Arial** for headings.

Every style says ``w:lang w:val=… w:eastAsia="zh-CN"`` so Word proofs Chinese
as Chinese, and the settings' theme font language is simplified Chinese.
"""

from __future__ import annotations

from dataclasses import dataclass

from docx.document import Document
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

LATIN_BODY = "Times New Roman"
LATIN_HEADING = "Arial"
CJK_BODY = "SimSun"
CJK_HEADING = "SimHei"
CJK_CALM = "KaiTi"

INK = RGBColor(0x1A, 0x1A, 0x1A)
ACCENT = RGBColor(0x8B, 0x1A, 0x1A)  # the deep red of Chinese official letterheads
MUTED = RGBColor(0x59, 0x59, 0x59)

BODY = "Body Text"
DATELINE = "CIP Dateline"
BYLINE = "CIP Byline"
CONTACT = "CIP Contact"
END_MARK = "CIP End"
TABLE_TEXT = "CIP Table Text"
TABLE_HEADER = "CIP Table Header"
TABLE_HEADING = "CIP Table Heading"
TABLE_NUMBER = "CIP Table Number"

_THEME_ATTRIBUTES = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")


@dataclass(frozen=True)
class StyleSpec:
    """One paragraph style: fonts, size, emphasis, colour, spacing, indent."""

    latin: str = LATIN_BODY
    cjk: str = CJK_BODY
    size: float = 11
    bold: bool = False
    italic: bool = False
    color: RGBColor = INK
    before: float = 0
    after: float = 8
    indent: float = 0
    align: WD_ALIGN_PARAGRAPH | None = None
    keep_with_next: bool = False


def set_up(document: Document, lang: str) -> None:
    """Fonts, languages and styles for an export in ``lang`` (``zh``, ``en`` or ``both``)."""
    latin_lang = "zh-CN" if lang == "zh" else "en-US"
    _strip_theme_fonts(document)
    defaults = document.styles.element.find(qn("w:docDefaults"))
    default_rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    set_fonts(default_rpr, LATIN_BODY, CJK_BODY)
    set_lang(default_rpr, latin_lang)
    _set_theme_font_lang(document, latin_lang)
    # Italic is for English only: Chinese has no italic, Word would slant the glyphs.
    italic = lang == "en"
    for name, spec in _specs(lang, italic).items():
        _apply(document, name, spec, latin_lang)
    bottom_rule(document.styles[DATELINE].element.get_or_add_pPr())
    top_rule(document.styles[CONTACT].element.get_or_add_pPr())
    if lang == "zh":
        _indent_first_line(document.styles[BODY].element.get_or_add_pPr(), chars=2, size=12)


def _specs(lang: str, italic: bool) -> dict[str, StyleSpec]:
    return {
        "Normal": StyleSpec(size=11 if lang != "zh" else 12, after=8),
        BODY: StyleSpec(size=11 if lang != "zh" else 12, after=8),
        # Items sit tight (the template's contextual spacing); the list ends as a paragraph.
        "List Bullet": StyleSpec(size=11 if lang != "zh" else 12, after=8),
        "Title": StyleSpec(
            LATIN_HEADING, CJK_HEADING, 22, bold=True, after=10, keep_with_next=True
        ),
        "Subtitle": StyleSpec(LATIN_BODY, CJK_CALM, 12.5, italic=italic, color=MUTED, after=14),
        "Heading 1": StyleSpec(
            LATIN_HEADING, CJK_HEADING, 14, bold=True, before=14, after=6, keep_with_next=True
        ),
        "Heading 2": StyleSpec(
            LATIN_HEADING, CJK_HEADING, 12, bold=True, before=10, after=4, keep_with_next=True
        ),
        "Quote": StyleSpec(
            LATIN_BODY, CJK_CALM, 11.5, italic=italic, color=MUTED, indent=0.9, after=8
        ),
        DATELINE: StyleSpec(LATIN_HEADING, CJK_HEADING, 9.5, bold=True, color=ACCENT, after=14),
        BYLINE: StyleSpec(LATIN_HEADING, CJK_BODY, 9.5, color=MUTED, after=14),
        CONTACT: StyleSpec(LATIN_HEADING, CJK_BODY, 9.5, color=MUTED, before=18, after=0),
        END_MARK: StyleSpec(size=11, before=12, align=WD_ALIGN_PARAGRAPH.CENTER),
        TABLE_TEXT: StyleSpec(size=10.5, after=0),
        TABLE_HEADER: StyleSpec(LATIN_HEADING, CJK_HEADING, 10, bold=True, after=0),
        TABLE_HEADING: StyleSpec(
            LATIN_HEADING, CJK_HEADING, 11, bold=True, after=0, keep_with_next=True
        ),
        TABLE_NUMBER: StyleSpec(LATIN_HEADING, CJK_BODY, 9, color=MUTED, after=0),
    }


def _apply(document: Document, name: str, spec: StyleSpec, latin_lang: str) -> None:
    styles = document.styles
    try:
        style = styles[name]
    except KeyError:
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = styles["Normal"]
        style.quick_style = True
    _drop_numbering(style.element)
    ppr = style.element.find(qn("w:pPr"))
    if ppr is not None and ppr.find(qn("w:pBdr")) is not None:
        ppr.remove(ppr.find(qn("w:pBdr")))  # the template's rule under Title
    _drop_letter_spacing(style.element)
    font = style.font
    font.size = Pt(spec.size)
    font.bold = spec.bold
    font.italic = spec.italic
    font.color.rgb = spec.color
    rpr = style.element.get_or_add_rPr()
    set_fonts(rpr, spec.latin, spec.cjk)
    set_lang(rpr, latin_lang)
    layout = style.paragraph_format
    layout.space_before = Pt(spec.before)
    layout.space_after = Pt(spec.after)
    layout.left_indent = Cm(spec.indent) if spec.indent else None
    layout.keep_with_next = spec.keep_with_next or None
    if spec.align is not None:
        layout.alignment = spec.align


def _drop_letter_spacing(style_element) -> None:
    # The default template spaces the letters of Title and Subtitle, which reads as a
    # typo in English and breaks the rhythm of Chinese.
    rpr = style_element.find(qn("w:rPr"))
    if rpr is not None:
        for tag in ("w:spacing", "w:kern"):
            found = rpr.find(qn(tag))
            if found is not None:
                rpr.remove(found)


def _drop_numbering(style_element) -> None:
    # The default template's Subtitle carries a stray numbering level.
    ppr = style_element.find(qn("w:pPr"))
    if ppr is None:
        return
    numpr = ppr.find(qn("w:numPr"))
    if numpr is not None and numpr.find(qn("w:numId")) is None:
        ppr.remove(numpr)


def set_fonts(rpr, latin: str, cjk: str) -> None:
    """Name the Latin and East Asian fonts on a ``w:rPr`` (style, default or run)."""
    fonts = rpr.get_or_add_rFonts()
    for attribute in _THEME_ATTRIBUTES:
        fonts.attrib.pop(qn(attribute), None)
    fonts.set(qn("w:ascii"), latin)
    fonts.set(qn("w:hAnsi"), latin)
    fonts.set(qn("w:cs"), latin)
    fonts.set(qn("w:eastAsia"), cjk)


def set_lang(rpr, latin_lang: str) -> None:
    """Tag a ``w:rPr`` with its Latin-script language and simplified Chinese."""
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        successors = [qn(tag) for tag in ("w:eastAsianLayout", "w:specVanish", "w:oMath")]
        follower = next((child for child in rpr if child.tag in successors), None)
        if follower is None:
            rpr.append(lang)
        else:
            follower.addprevious(lang)
    lang.set(qn("w:val"), latin_lang)
    lang.set(qn("w:eastAsia"), "zh-CN")


def _strip_theme_fonts(document: Document) -> None:
    # Theme font attributes win over named fonts in Word, so none may remain.
    for fonts in document.styles.element.iter(qn("w:rFonts")):
        for attribute in _THEME_ATTRIBUTES:
            fonts.attrib.pop(qn(attribute), None)


def _set_theme_font_lang(document: Document, latin_lang: str) -> None:
    settings = document.settings.element
    theme_lang = settings.find(qn("w:themeFontLang"))
    if theme_lang is None:
        theme_lang = OxmlElement("w:themeFontLang")
        settings.find(qn("w:clrSchemeMapping")).addprevious(theme_lang)
    theme_lang.set(qn("w:val"), latin_lang)
    theme_lang.set(qn("w:eastAsia"), "zh-CN")


def set_page(document: Document, *, landscape: bool) -> float:
    """A4 with 2.2 cm margins, turned for the bilingual table; returns the text width in cm."""
    section = document.sections[0]
    width, height = Cm(21.0), Cm(29.7)
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        width, height = height, width
    section.page_width, section.page_height = width, height
    margin = Cm(2.2)
    section.left_margin = section.right_margin = margin
    section.top_margin = section.bottom_margin = margin
    return (width - 2 * margin) / Cm(1)


def right_tab(style, position_cm: float) -> None:
    """A right-aligned tab stop at the right margin (the date on the dateline)."""
    style.paragraph_format.tab_stops.add_tab_stop(Cm(position_cm), WD_TAB_ALIGNMENT.RIGHT)


def bottom_rule(ppr, color: str = "8B1A1A", size: int = 8) -> None:
    """A rule under a paragraph style (the dateline)."""
    _rule(ppr, "w:bottom", color, size)


def top_rule(ppr, color: str = "A6A6A6", size: int = 4) -> None:
    """A rule above a paragraph style (the contact line)."""
    _rule(ppr, "w:top", color, size)


def _indent_first_line(ppr, *, chars: int, size: float) -> None:
    # Chinese body text starts two characters in (首行缩进); firstLineChars scales with the font.
    indent = ppr.get_or_add_ind()
    indent.set(qn("w:firstLineChars"), str(chars * 100))
    indent.set(qn("w:firstLine"), str(int(chars * size * 20)))


def _rule(ppr, side: str, color: str, size: int) -> None:
    border = OxmlElement("w:pBdr")
    line = OxmlElement(side)
    for key, value in (("w:val", "single"), ("w:sz", str(size)), ("w:space", "6")):
        line.set(qn(key), value)
    line.set(qn("w:color"), color)
    border.append(line)
    # pBdr comes after numPr/suppressLineNumbers and before shd/tabs/spacing in CT_PPr.
    followers = {qn(t) for t in ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:spacing")}
    follower = next(
        (child for child in ppr if child.tag in followers or _after_spacing(child)), None
    )
    if follower is None:
        ppr.append(border)
    else:
        follower.addprevious(border)


def _after_spacing(child) -> bool:
    late = ("w:ind", "w:contextualSpacing", "w:jc", "w:outlineLvl", "w:rPr", "w:sectPr")
    return child.tag in {qn(t) for t in late}
