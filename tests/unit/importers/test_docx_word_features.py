"""Word documents as Word writes them: tracked changes, fields, content controls, text
boxes, footnotes, page breaks and tables — no visible text lost, no deleted text kept."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest
from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml

from cipeditor.errors import InputError
from cipeditor.importers import read_document

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NAMESPACES = (
    f'xmlns:w="{W_NS}" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)
CHANGE = 'w:author="Reviewer" w:date="2019-11-02T10:00:00Z"'


def run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def word_file(path, *paragraphs: str, footnotes: dict[int, str] | None = None):
    """A document titled "Annual report" whose body holds the given raw XML blocks."""
    document = docx.Document()
    document.add_paragraph("Annual report", style="Title")
    body = document.element.body
    for block in paragraphs:
        body.sectPr.addprevious(parse_xml(block.replace("<w:p>", f"<w:p {NAMESPACES}>", 1)))
    document.save(str(path))
    if footnotes:
        _add_footnotes(path, footnotes)
    return path


def _add_footnotes(path, notes: dict[int, str]) -> None:
    """Add a footnotes part as Word writes it (separators first, then the notes)."""
    separators = "".join(
        f'<w:footnote w:type="{kind}" w:id="{number}"><w:p><w:r><w:separator/></w:r></w:p>'
        "</w:footnote>"
        for number, kind in ((-1, "separator"), (0, "continuationSeparator"))
    )
    bodies = "".join(
        f'<w:footnote w:id="{number}"><w:p><w:r><w:footnoteRef/></w:r>{run(" " + text)}</w:p>'
        "</w:footnote>"
        for number, text in notes.items()
    )
    part = f'<w:footnotes xmlns:w="{W_NS}">{separators}{bodies}</w:footnotes>'
    members = {}
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            members[name] = archive.read(name)
    members["word/footnotes.xml"] = part.encode()
    members["[Content_Types].xml"] = members["[Content_Types].xml"].replace(
        b"</Types>",
        b'<Override PartName="/word/footnotes.xml" ContentType="application/'
        b'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>',
    )
    rels = "word/_rels/document.xml.rels"
    members[rels] = members[rels].replace(
        b"</Relationships>",
        b'<Relationship Id="rIdNotes" Target="footnotes.xml" Type="http://schemas.openxml'
        b'formats.org/officeDocument/2006/relationships/footnotes"/></Relationships>',
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    path.write_bytes(buffer.getvalue())


def body_texts(path) -> list[str]:
    return [pair.en for pair in read_document(path).article.body]


def test_tracked_insertions_come_in_and_deletions_stay_out(tmp_path):
    path = word_file(
        tmp_path / "tracked.docx",
        f"<w:p>{run('The park signed ')}"
        f'<w:ins w:id="1" {CHANGE}>{run("twenty ")}</w:ins>'
        f'<w:del w:id="2" {CHANGE}><w:r><w:delText xml:space="preserve">ten </w:delText></w:r>'
        f"</w:del>{run('projects.')}</w:p>",
        f'<w:p><w:moveTo w:id="3" {CHANGE}>{run("Moved here.")}</w:moveTo>'
        f'<w:moveFrom w:id="4" {CHANGE}>{run("Moved away.")}</w:moveFrom></w:p>',
    )
    assert body_texts(path) == ["The park signed twenty projects.", "Moved here."]


def test_a_deleted_table_row_stays_out(tmp_path):
    row = "<w:tr>{props}<w:tc><w:p>{text}</w:p></w:tc></w:tr>"
    deleted = f'<w:trPr><w:del w:id="5" {CHANGE}/></w:trPr>'
    table = (
        f"<w:tbl {NAMESPACES}><w:tblGrid><w:gridCol/></w:tblGrid>"
        + row.format(props="", text=run("09:00 Opening"))
        + row.format(props=deleted, text=run("09:30 Cancelled talk"))
        + "</w:tbl>"
    )
    assert body_texts(word_file(tmp_path / "rows.docx", table)) == ["09:00 Opening"]


def test_fields_show_their_result_not_their_code(tmp_path):
    path = word_file(
        tmp_path / "fields.docx",
        f'<w:p>{run("Page ")}<w:fldSimple w:instr=" PAGE ">{run("1")}</w:fldSimple>'
        f"{run(', updated ')}"
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> DATE \\@ "yyyy-MM-dd" </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f'{run("2019-11-02")}<w:r><w:fldChar w:fldCharType="end"/></w:r>{run(".")}</w:p>',
    )
    assert body_texts(path) == ["Page 1, updated 2019-11-02."]


def test_content_controls_and_hyperlinks_keep_their_text(tmp_path):
    path = word_file(
        tmp_path / "controls.docx",
        f"<w:p>{run('Contact ')}<w:sdt><w:sdtPr/><w:sdtContent>{run('Ms Wang')}</w:sdtContent>"
        f'</w:sdt>{run(" at ")}<w:hyperlink w:anchor="top">{run("the office")}</w:hyperlink>'
        f"{run('.')}</w:p>",
        f"<w:sdt {NAMESPACES}><w:sdtPr/><w:sdtContent><w:p>{run('Inside a control.')}</w:p>"
        "</w:sdtContent></w:sdt>",
    )
    assert body_texts(path) == ["Contact Ms Wang at the office.", "Inside a control."]


def test_a_text_box_comes_once_after_its_anchor(tmp_path):
    box = f"<w:txbxContent><w:p>{run('Key figure: 300 delegates.')}</w:p></w:txbxContent>"
    path = word_file(
        tmp_path / "box.docx",
        f"<w:p>{run('The conference opened.')}<w:r><mc:AlternateContent>"
        '<mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp>'
        f"<wps:txbx>{box}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor>"
        f"</w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>{box}</v:textbox>"
        "</v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>",
        f"<w:p>{run('Then the signing.')}</w:p>",
    )
    assert body_texts(path) == [
        "The conference opened.",
        "Key figure: 300 delegates.",
        "Then the signing.",
    ]


def test_footnotes_follow_the_article_with_their_marks(tmp_path):
    path = word_file(
        tmp_path / "notes.docx",
        f'<w:p>{run("Exports grew by 12%")}<w:r><w:footnoteReference w:id="1"/></w:r>{run(".")}'
        "</w:p>",
        f'<w:p>{run("Imports fell")}<w:r><w:footnoteReference w:id="2"/></w:r>{run(".")}</w:p>',
        footnotes={1: "Customs figures for 2019.", 2: "Provisional."},
    )
    assert body_texts(path) == [
        "Exports grew by 12%[1].",
        "Imports fell[2].",
        "[1] Customs figures for 2019.",
        "[2] Provisional.",
    ]


def test_a_page_break_inside_a_paragraph_ends_it_and_a_line_break_does_not(tmp_path):
    document = docx.Document()
    document.add_paragraph("Annual report", style="Title")
    paragraph = document.add_paragraph("First line")
    paragraph.add_run().add_break()
    paragraph.add_run("second line.")
    paragraph = document.add_paragraph("Before the break.")
    paragraph.add_run().add_break(WD_BREAK.PAGE)
    paragraph.add_run("After the break.")
    document.save(str(tmp_path / "breaks.docx"))
    assert body_texts(tmp_path / "breaks.docx") == [
        "First line\nsecond line.",
        "Before the break.",
        "After the break.",
    ]


@pytest.mark.parametrize("rows", [3, 12])
def test_every_cell_of_a_schedule_comes_in(tmp_path, rows):
    document = docx.Document()
    document.add_paragraph("Programme", style="Title")
    table = document.add_table(rows=rows, cols=2)
    expected = []
    for number in range(rows):
        table.cell(number, 0).text = f"{9 + number}:00"
        table.cell(number, 1).text = f"Session {number + 1}"
        expected += [f"{9 + number}:00", f"Session {number + 1}"]
    document.save(str(tmp_path / "schedule.docx"))
    assert body_texts(tmp_path / "schedule.docx") == expected


def test_the_full_width_indent_of_chinese_paragraphs_is_not_text(tmp_path):
    document = docx.Document()
    document.add_paragraph("创新大会开幕", style="Title")
    document.add_paragraph("　　11月5日，第五届创新大会开幕。")
    document.save(str(tmp_path / "indent.docx"))
    assert [p.zh for p in read_document(tmp_path / "indent.docx").article.body] == [
        "11月5日，第五届创新大会开幕。"
    ]


def test_a_damaged_footnotes_part_is_one_clear_error(tmp_path):
    path = word_file(tmp_path / "damaged.docx", f"<w:p>{run('Text.')}</w:p>", footnotes={1: "x"})
    members = {}
    with zipfile.ZipFile(path) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    members["word/footnotes.xml"] = b"<w:footnotes><unclosed>"
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    with pytest.raises(InputError, match=r"damaged\.docx.*word/footnotes\.xml"):
        read_document(path)
