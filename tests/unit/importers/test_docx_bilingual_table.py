"""A Word document that is a Chinese | English table, as translators exchange their work."""

from __future__ import annotations

import docx

from cipeditor.importers import read_document
from cipeditor.importers.pairing import pair_sides

ROWS = [
    ("中文", "English"),
    ("阮湘平一行调研中以常州创新园", "Ruan Xiangping visits CIP"),
    ("11月1日下午，阮湘平一行来到园区调研。", "On November 1, Ruan Xiangping visited CIP."),
    ("阮湘平一行参观了园区展厅。", "He toured the exhibition hall."),
]


def exchanged_table(path, *, columns=("zh", "en"), numbered=False):
    document = docx.Document()
    document.add_paragraph("Please review by Friday.")
    width = 2 + numbered
    table = document.add_table(rows=len(ROWS), cols=width)
    for number, (zh, en) in enumerate(ROWS):
        texts = dict(zh=zh, en=en)
        cells = table.rows[number].cells
        if numbered:
            cells[0].text = str(number)
        for index, lang in enumerate(columns, start=numbered):
            cells[index].text = texts[lang]
    document.save(str(path))
    return path


def test_each_row_is_a_pair_and_the_label_row_is_not(tmp_path):
    imported = read_document(exchanged_table(tmp_path / "review.docx"))
    article = imported.article
    assert imported.langs == {"zh", "en"}
    assert (article.meta.title.zh, article.meta.title.en) == ROWS[1]
    assert [(p.zh, p.en) for p in article.body] == [("", "Please review by Friday."), *ROWS[2:]]


def test_columns_are_found_by_script_in_any_order_beside_a_number_column(tmp_path):
    path = exchanged_table(tmp_path / "swapped.docx", columns=("en", "zh"), numbered=True)
    assert [(p.zh, p.en) for p in read_document(path).article.body][1:] == ROWS[2:]


def test_given_as_one_side_it_gives_only_that_side(tmp_path):
    path = exchanged_table(tmp_path / "review.docx")
    article = pair_sides(read_document(path, "zh"), None).article
    assert article.meta.title.zh == ROWS[1][0]
    assert [p.zh for p in article.body] == ["", *(zh for zh, _en in ROWS[2:])]
    assert all(p.en == "" for p in article.body)
