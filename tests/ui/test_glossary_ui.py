"""The glossary in the editor: marks in both panes, the term pane, insertion, the glossary dock."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QMenu, QMessageBox, QTableWidgetItem

from cipeditor.article import cipformat
from cipeditor.article.model import Article, Pair
from cipeditor.glossary.files import read_glossary
from cipeditor.ui.glossary_model import EntryTableModel
from cipeditor.ui.glossary_set import BUNDLED_GLOSSARY, personal_glossary_path
from cipeditor.ui.settings import Settings
from cipeditor.ui.term_highlighter import (
    FORBIDDEN_FORMAT,
    MISSING_FORMAT,
    RENDERING_FORMAT,
    TERM_FORMAT,
)
from tests.ui.conftest import open_window

pytestmark = pytest.mark.gui

TEAM = """zh,en,type,forbidden
阮湘平,Ruan Xiangping,person,Xiangping Ruan
以色列中心,Israel Center,organisation,
创新园,Innovation Park,organisation,
座谈会,symposium,general,conference
"""
PERSONAL = (
    "zh,en,type,titles\n李林,Li Lin,person,常州市副市长=Deputy Mayor of Changzhou@2019-01-01..\n"
)

WAVE = QTextCharFormat.UnderlineStyle.WaveUnderline


@pytest.fixture
def glossary_files(tmp_path):
    team, personal = tmp_path / "team.csv", tmp_path / "personal.csv"
    team.write_text(TEAM, encoding="utf-8")
    personal.write_text(PERSONAL, encoding="utf-8")
    return team, personal


@pytest.fixture
def gwindow(qtbot, article_path, glossary_files):
    """The sample article in a window that uses a team and a personal glossary."""
    team, personal = glossary_files
    settings = Settings()
    settings.set("glossary/paths", [str(team), str(personal)])
    settings.set("glossary/editable", str(team))
    main = open_window(qtbot, article_path, (1200, 800))
    yield main
    main._may_close = True


def marks(window, lang, index):
    """(marked text, format) for each glossary mark of block ``index``."""
    pane = window.editor.panes[lang]
    block = pane.block(index)
    text = block.text()
    return [
        (text[r.start : r.start + r.length], QTextCharFormat(r.format))
        for r in block.layout().formats()
    ]


def formats_of(window, lang, index, text):
    return [fmt for marked, fmt in marks(window, lang, index) if marked == text]


def is_like(fmt, expected) -> bool:
    return (
        fmt.background() == expected.background()
        and fmt.underlineStyle() == expected.underlineStyle()
        and fmt.underlineColor() == expected.underlineColor()
    )


def focus(window, lang, index, offset):
    pane = window.editor.panes[lang]
    pane.setFocus()
    pane.place_cursor(index, offset)
    return pane


def test_chinese_terms_are_highlighted_and_their_renderings_in_the_english(gwindow):
    (found,) = formats_of(gwindow, "zh", 1, "以色列中心")
    assert is_like(found, TERM_FORMAT)
    (rendering,) = formats_of(gwindow, "en", 1, "Israel Center")
    assert is_like(rendering, RENDERING_FORMAT)


def test_a_missing_english_rendering_is_flagged_with_a_tooltip(gwindow):
    (missing,) = formats_of(gwindow, "zh", 1, "阮湘平")
    assert is_like(missing, MISSING_FORMAT)
    assert missing.underlineStyle() == WAVE
    pane = gwindow.editor.panes["zh"]
    cursor = QTextCursor(pane.block(1))
    cursor.setPosition(pane.block(1).position() + 1)
    tooltip = gwindow.glossary_ui.highlighting.tooltip_at(
        "zh", pane, pane.cursorRect(cursor).center()
    )
    assert "English rendering missing: Ruan Xiangping" in tooltip
    assert "Person" in tooltip and "Xiangping Ruan" in tooltip


def test_a_forbidden_variant_is_marked_in_red(gwindow):
    (forbidden,) = formats_of(gwindow, "en", 1, "conference")
    assert is_like(forbidden, FORBIDDEN_FORMAT)


def test_two_glossaries_at_once(gwindow):
    assert len(gwindow.glossary_ui.glossaries.glossaries) == 2
    assert is_like(formats_of(gwindow, "zh", 2, "李林")[0], TERM_FORMAT)  # personal glossary
    assert is_like(formats_of(gwindow, "zh", 2, "创新园")[0], MISSING_FORMAT)  # team glossary
    assert is_like(formats_of(gwindow, "en", 2, "Li Lin")[0], RENDERING_FORMAT)


def test_typing_fixes_the_flag_on_the_other_side(qtbot, gwindow):
    pane = focus(gwindow, "en", 1, len("Ruan"))
    qtbot.keyClicks(pane, " Xiangping")
    assert is_like(formats_of(gwindow, "zh", 1, "阮湘平")[0], TERM_FORMAT)
    assert is_like(formats_of(gwindow, "en", 1, "Ruan Xiangping")[0], RENDERING_FORMAT)


def test_ctrl_e_inserts_the_missing_term_and_ctrl_z_takes_it_back(qtbot, gwindow):
    before = gwindow.document.article.body[1].en
    pane = focus(gwindow, "en", 1, 0)
    qtbot.keyClick(pane, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert gwindow.document.article.body[1].en == "Ruan Xiangping " + before
    assert pane.block(1).text() == "Ruan Xiangping " + before
    qtbot.keyClick(pane, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert gwindow.document.article.body[1].en == before
    assert pane.block(1).text() == before


def test_ctrl_e_over_a_selection_reaching_into_the_previous_pair_keeps_every_text(qtbot, gwindow):
    before = [pair.en for pair in gwindow.document.article.body]
    pane = focus(gwindow, "en", 1, 5)
    cursor = pane.textCursor()
    cursor.setPosition(pane.block(2).position(), QTextCursor.MoveMode.KeepAnchor)
    pane.setTextCursor(cursor)  # from "Ruan |visited" to the start of pair 3
    qtbot.keyClick(pane, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    after = [pair.en for pair in gwindow.document.article.body]
    assert after == [before[0], before[1], "Innovation Park " + before[2]]
    assert pane.block(2).text() == after[2]
    qtbot.keyClick(pane, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [pair.en for pair in gwindow.document.article.body] == before


def test_inserting_after_a_word_adds_a_space(qtbot, gwindow):
    focus(gwindow, "en", 2, len("Li Lin said the park"))
    gwindow.glossary_ui.actions["insert_term"].trigger()
    assert gwindow.document.article.body[2].en.startswith("Li Lin said the park Innovation Park")


def test_term_pane_lists_the_terms_of_the_current_pair(qtbot, gwindow):
    focus(gwindow, "zh", 1, 0)
    rows = gwindow.glossary_ui.term_pane.rows()
    assert rows == [
        ("阮湘平", "Ruan Xiangping", "missing"),
        ("以色列中心", "Israel Center", "found"),
        ("座谈会", "symposium", "missing"),
    ]
    focus(gwindow, "zh", 2, 0)
    assert [row[0] for row in gwindow.glossary_ui.term_pane.rows()] == ["李林", "创新园"]


def test_term_pane_lists_a_forbidden_variant_without_its_chinese_term(qtbot, gwindow):
    pane = focus(gwindow, "en", 2, 0)
    qtbot.keyClicks(pane, "Xiangping Ruan and ")
    qtbot.waitUntil(lambda: len(gwindow.glossary_ui.term_pane.rows()) == 3)
    assert gwindow.glossary_ui.term_pane.rows()[2] == (
        "阮湘平",
        "Ruan Xiangping",
        "forbidden: Xiangping Ruan",
    )


def test_double_clicking_a_term_inserts_it(qtbot, gwindow):
    focus(gwindow, "en", 1, len(gwindow.document.article.body[1].en))
    tree = gwindow.glossary_ui.term_pane.tree
    item = tree.topLevelItem(2)
    rect = tree.visualItemRect(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert gwindow.document.article.body[1].en.endswith("followed. symposium")


def accept(dialog, **fields):
    for name, value in fields.items():
        getattr(dialog, name).setText(value)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()


def test_adding_an_entry_in_the_dock_marks_it_and_saves_the_file(qtbot, gwindow, glossary_files):
    dock = gwindow.glossary_ui.dock
    dialog = dock.add_entry()
    with qtbot.waitSignal(dialog.finished):
        accept(dialog, zh="随后", en="then", forbidden="afterwards|later")
    assert is_like(formats_of(gwindow, "zh", 1, "随后")[0], MISSING_FORMAT)
    saved = read_glossary(glossary_files[0])
    (entry,) = saved.lookup("随后")
    assert entry.en == "then" and entry.forbidden == ("afterwards", "later")


def test_editing_an_entry_updates_the_marks_and_the_file(qtbot, gwindow, glossary_files):
    dock = gwindow.glossary_ui.dock
    assert dock.select_entry("座谈会")
    dialog = dock.edit_selected()
    assert dialog.en.text() == "symposium" and dialog.forbidden.text() == "conference"
    with qtbot.waitSignal(dialog.finished):
        accept(dialog, en="conference", forbidden="")
    assert is_like(formats_of(gwindow, "zh", 1, "座谈会")[0], TERM_FORMAT)
    assert is_like(formats_of(gwindow, "en", 1, "conference")[0], RENDERING_FORMAT)
    assert read_glossary(glossary_files[0]).lookup("座谈会")[0].en == "conference"


def test_deleting_an_entry_removes_its_marks_and_saves(qtbot, gwindow, glossary_files):
    dock = gwindow.glossary_ui.dock
    assert dock.select_entry("以色列中心")
    box = dock.delete_selected()
    with qtbot.waitSignal(box.finished):
        box.button(QMessageBox.StandardButton.Yes).click()
    assert formats_of(gwindow, "zh", 1, "以色列中心") == []
    assert formats_of(gwindow, "en", 1, "Israel Center") == []
    assert read_glossary(glossary_files[0]).lookup("以色列中心") == []


def test_adding_a_chinese_term_already_in_a_glossary_asks_first(qtbot, gwindow, glossary_files):
    dock = gwindow.glossary_ui.dock
    dialog = dock.add_entry()
    accept(dialog, zh="座谈会", en="forum")
    assert dialog.isVisible()
    assert "座谈会" in dialog.message.text() and "symposium" in dialog.message.text()
    assert len(read_glossary(glossary_files[0]).lookup("座谈会")) == 1
    with qtbot.waitSignal(dialog.finished):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()  # yes, add it
    assert [e.en for e in read_glossary(glossary_files[0]).lookup("座谈会")] == [
        "symposium",
        "forum",
    ]


def test_the_entries_are_listed_in_dictionary_order_chinese_by_pinyin(gwindow):
    dock = gwindow.glossary_ui.dock
    assert dock.view.header().sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    chinese = [dock.proxy.index(row, 0).data() for row in range(dock.proxy.rowCount())]
    # chuàng, lǐ, ruǎn, yǐ, zuò — not the order of the characters' codes (以 创 座 李 阮)
    assert chinese == ["创新园", "李林", "阮湘平", "以色列中心", "座谈会"]
    dock.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    english = [dock.proxy.index(row, 1).data() for row in range(dock.proxy.rowCount())]
    assert english == sorted(english, key=str.casefold)


def test_searching_filters_the_entries(qtbot, gwindow):
    dock = gwindow.glossary_ui.dock
    assert dock.proxy.rowCount() == 5
    qtbot.keyClicks(dock.search, "israel")
    assert dock.proxy.rowCount() == 1
    assert dock.proxy.index(0, 0).data() == "以色列中心"


@pytest.mark.parametrize(
    ("search", "found"),
    [("xiangping ruan", "阮湘平"), ("conference", "座谈会"), ("副市长", "李林"), ("mayor", "李林")],
)
def test_searching_finds_an_entry_by_its_forbidden_variant_or_title(qtbot, gwindow, search, found):
    dock = gwindow.glossary_ui.dock
    dock.search.insert(search)  # as pasted: QTest types no Chinese
    assert [dock.proxy.index(row, 0).data() for row in range(dock.proxy.rowCount())] == [found]


def test_searching_finds_an_entry_by_its_note(qtbot, gwindow):
    dock = gwindow.glossary_ui.dock
    dialog = dock.add_entry()
    with qtbot.waitSignal(dialog.finished):
        accept(dialog, zh="随后", en="then", note="not 'afterwards' in headlines")
    qtbot.keyClicks(dock.search, "HEADLINES")
    assert [dock.proxy.index(row, 0).data() for row in range(dock.proxy.rowCount())] == ["随后"]


def test_a_glossary_changed_on_disk_is_read_again_and_marked(qtbot, gwindow, glossary_files):
    team = glossary_files[0]
    team.write_text(TEAM + "随后,then,general,\n", encoding="utf-8")
    qtbot.waitUntil(lambda: gwindow.glossary_ui.dock.select_entry("随后"))
    assert is_like(formats_of(gwindow, "zh", 1, "随后")[0], MISSING_FORMAT)


def test_a_closed_window_reads_no_glossary_again(qtbot, gwindow, glossary_files):
    from cipeditor import messages
    from cipeditor.ui.glossary_set import SETTLE_MS

    gwindow.close()
    team = glossary_files[0]
    with messages.collect() as warned:
        team.unlink()  # what a later test or the user may do once the window is closed
        team.write_text(TEAM + "随后,then,general,\n", encoding="utf-8")
        qtbot.wait(3 * SETTLE_MS)  # time for a reload that must not come
    assert warned == []
    assert not gwindow.glossary_ui.dock.select_entry("随后")


def test_an_edit_keeps_the_terms_another_program_added_to_the_file(qtbot, gwindow, glossary_files):
    team = glossary_files[0]
    dock = gwindow.glossary_ui.dock
    assert dock.select_entry("座谈会")
    dialog = dock.edit_selected()
    team.write_text(TEAM + "随后,then,general,\n", encoding="utf-8")  # a colleague, meanwhile
    with qtbot.waitSignal(dialog.finished):
        accept(dialog, en="forum", forbidden="")
    saved = read_glossary(team)
    assert saved.lookup("随后")[0].en == "then"
    assert [e.en for e in saved.lookup("座谈会")] == ["forum"]


def test_an_entry_with_a_bad_date_is_refused_in_the_dialog(qtbot, gwindow):
    dialog = gwindow.glossary_ui.dock.add_entry()
    dialog.titles.insertRow(0)
    for column, text in enumerate(("市长", "Mayor", "2019-13-01")):
        dialog.titles.setItem(0, column, QTableWidgetItem(text))
    accept(dialog, zh="王", en="Wang")
    assert dialog.isVisible()
    assert dialog.message.text() == "2019-13-01 is not a date (write it as YYYY-MM-DD)"
    dialog.reject()


def test_the_dialog_says_which_side_is_empty_in_its_own_words(qtbot, gwindow):
    dialog = gwindow.glossary_ui.dock.add_entry()
    accept(dialog, zh="", en="Wang")
    assert dialog.isVisible()
    assert dialog.message.text() == "The Chinese term is empty"
    dialog.reject()


def test_add_term_from_selection_prefills_the_dialog(qtbot, gwindow):
    zh, en = gwindow.editor.panes["zh"], gwindow.editor.panes["en"]
    for pane, text in ((zh, "座谈会"), (en, "conference")):
        block = pane.block(1)
        start = block.text().index(text)
        cursor = QTextCursor(block)
        cursor.setPosition(block.position() + start)
        cursor.setPosition(block.position() + start + len(text), QTextCursor.MoveMode.KeepAnchor)
        pane.setTextCursor(cursor)
    gwindow.glossary_ui.actions["add_term_from_selection"].trigger()
    dialog = gwindow.glossary_ui.dock.dialog
    assert dialog.isVisible()
    assert (dialog.zh.text(), dialog.en.text()) == ("座谈会", "conference")
    dialog.reject()


def test_opened_glossaries_are_remembered_and_announced(qtbot, gwindow, tmp_path):
    extra = tmp_path / "extra.csv"
    extra.write_text("zh,en\n随后,then\n", encoding="utf-8")
    glossaries = gwindow.glossary_ui.glossaries
    with qtbot.waitSignal(glossaries.glossariesChanged) as signal:
        gwindow.glossary_ui.dock.open_files([str(extra)])
    assert [g.name for g in signal.args[0]] == ["team", "personal", "extra"]
    assert Settings().get("glossary/paths")[-1] == str(extra)
    assert is_like(formats_of(gwindow, "zh", 1, "随后")[0], MISSING_FORMAT)


def test_a_glossary_with_bad_rows_names_them_and_its_good_entries_are_used_read_only(
    qtbot, gwindow, tmp_path
):
    shared = tmp_path / "shared.csv"
    shared.write_text("zh,en,type\n随后,then,general\n常州,,place\n论坛,forum,plase\n", "utf-8")
    dock = gwindow.glossary_ui.dock
    dock.open_files([str(shared)])
    box = dock.findChild(QMessageBox, "errorBox")
    said = box.informativeText()
    assert "line 3" in said and "line 4" in said and "read-only" in said
    box.close()
    assert dock.select_entry("随后")
    assert is_like(formats_of(gwindow, "zh", 1, "随后")[0], MISSING_FORMAT)
    editable = [dock.editable.itemText(i) for i in range(dock.editable.count())]
    assert "shared" not in editable
    # the file is left as it was, bad rows and all
    assert shared.read_text("utf-8").count("\n") == 4


def test_the_glossary_menu_exports_the_editable_glossary(qtbot, gwindow, tmp_path):
    gwindow.glossary_ui.actions["export_glossary"].trigger()
    dialog = gwindow.glossary_ui.dock.dialog
    target = tmp_path / "team.tbx"
    with qtbot.waitSignal(dialog.finished):
        dialog.selectFile(str(target))
        dialog.accept()
    assert read_glossary(target).lookup("阮湘平")[0].forbidden == ("Xiangping Ruan",)


def test_a_keystroke_rehighlights_only_the_pair_being_edited(qtbot, gwindow):
    highlighting = gwindow.glossary_ui.highlighting
    redone = []
    for highlighter in highlighting.highlighters.values():
        original = highlighter.marks_of
        highlighter.marks_of = lambda index, original=original: (
            redone.append(index) or original(index)
        )
    pane = focus(gwindow, "en", 1, 0)
    qtbot.keyClicks(pane, "x")
    assert set(redone) == {1}
    assert len(redone) <= 2  # this side's block and the other side's


def test_entry_table_model(qtmodeltester, gwindow):
    model = EntryTableModel()
    ui = gwindow.glossary_ui
    model.set_glossaries(ui.glossaries.glossaries, ["team", "personal"])
    qtmodeltester.check(model)
    assert model.rowCount() == 5


def tooltip_over(window, lang, index, text):
    pane = window.editor.panes[lang]
    block = pane.block(index)
    cursor = QTextCursor(block)
    cursor.setPosition(block.position() + block.text().index(text) + 1)
    highlighting = window.glossary_ui.highlighting
    return highlighting.tooltip_at(lang, pane, pane.cursorRect(cursor).center())


def test_a_persons_tooltip_gives_the_title_for_the_publication_date(gwindow):
    gwindow.document.article.meta.published = datetime(2019, 11, 2, 18, 40)
    tooltip = tooltip_over(gwindow, "zh", 2, "李林")
    assert "Deputy Mayor of Changzhou" in tooltip
    gwindow.document.article.meta.published = datetime(2018, 5, 1)
    assert "Deputy Mayor" not in tooltip_over(gwindow, "en", 2, "Li Lin")


def test_the_first_change_to_the_bundled_glossary_goes_to_a_personal_one(qtbot, window):
    personal = personal_glossary_path()
    personal.unlink(missing_ok=True)
    glossaries = window.glossary_ui.glossaries
    assert [g.path for g in glossaries.glossaries] == [BUNDLED_GLOSSARY]
    bundled = BUNDLED_GLOSSARY.read_bytes()
    dialog = window.glossary_ui.dock.add_entry()
    with qtbot.waitSignal(dialog.finished):
        accept(dialog, zh="座谈会", en="symposium")
    assert BUNDLED_GLOSSARY.read_bytes() == bundled
    assert read_glossary(personal).lookup("座谈会")[0].en == "symposium"
    assert glossaries.editable.path == personal
    assert is_like(formats_of(window, "zh", 1, "座谈会")[0], MISSING_FORMAT)
    personal.unlink()


def test_marks_follow_when_another_article_is_opened(qtbot, gwindow, tmp_path):
    article = Article(body=[Pair("李林参观了以色列中心。", "Lin Li visited.")])
    path = tmp_path / "other.cip"
    cipformat.save(article, path)
    assert gwindow.files.open_path(path)
    qtbot.waitUntil(lambda: formats_of(gwindow, "zh", 0, "李林") != [])  # highlighted after a turn
    assert is_like(formats_of(gwindow, "zh", 0, "李林")[0], MISSING_FORMAT)  # "Lin Li" is not it
    assert is_like(formats_of(gwindow, "zh", 0, "以色列中心")[0], MISSING_FORMAT)
    assert gwindow.glossary_ui.term_pane.rows()[1] == ("以色列中心", "Israel Center", "missing")


# A popup menu asks the platform to raise it and grab the keyboard; offscreen cannot.
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_ctrl_alt_e_offers_every_rendering_of_the_pairs_terms(qtbot, gwindow):
    pane = focus(gwindow, "en", 2, len("Li Lin said the"))
    qtbot.keyClick(
        pane, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    )
    menu = gwindow.findChild(QMenu, "termChooser")
    assert [action.text() for action in menu.actions()] == [
        "李林 → Li Lin",
        "创新园 → Innovation Park",
    ]
    menu.actions()[1].trigger()
    assert gwindow.document.article.body[2].en.startswith("Li Lin said the Innovation Park park")


def test_export_writes_the_editable_glossary_in_the_format_of_the_extension(gwindow, tmp_path):
    target = tmp_path / "team.tbx"
    gwindow.glossary_ui.dock.export(str(target))
    assert target.read_bytes().lstrip().startswith(b"<?xml")
    exported = read_glossary(target)
    assert [entry.zh for entry in exported] == ["阮湘平", "以色列中心", "创新园", "座谈会"]
    assert exported.lookup("座谈会")[0].forbidden == ("conference",)


def test_a_glossary_that_cannot_be_read_is_reported_and_nothing_changes(qtbot, gwindow, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("zh,en\n随后,\n", encoding="utf-8")
    before = list(gwindow.glossary_ui.glossaries.glossaries)
    gwindow.glossary_ui.dock.open_files([str(bad)])
    box = gwindow.glossary_ui.dock.findChild(QMessageBox, "errorBox")
    assert "bad.csv" in box.informativeText()
    assert gwindow.glossary_ui.glossaries.glossaries == before
    box.close()


def test_a_long_article_is_marked_from_the_screen_down_to_the_end(qtbot, gwindow, tmp_path):
    pairs = [
        Pair(f"第{n}段：李林参观了以色列中心。", f"Part {n}: Li Lin visited.") for n in range(900)
    ]
    path = tmp_path / "long.cip"
    cipformat.save(Article(body=pairs), path)
    assert gwindow.files.open_path(path)
    qtbot.waitUntil(lambda: formats_of(gwindow, "zh", 0, "以色列中心") != [])
    qtbot.waitUntil(lambda: formats_of(gwindow, "zh", 899, "以色列中心") != [])
    for index in (0, 450, 899):
        assert is_like(formats_of(gwindow, "zh", index, "以色列中心")[0], MISSING_FORMAT)
        assert is_like(formats_of(gwindow, "en", index, "Li Lin")[0], RENDERING_FORMAT)


def test_an_untranslated_pair_shows_its_terms_without_flagging_them(qtbot, gwindow):
    pane = focus(gwindow, "en", 1, 0)
    cursor = QTextCursor(pane.block(1))
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    pane.setTextCursor(cursor)
    qtbot.keyClick(pane, Qt.Key.Key_Delete)
    assert gwindow.document.article.body[1].en == ""
    assert is_like(formats_of(gwindow, "zh", 1, "阮湘平")[0], TERM_FORMAT)
    assert gwindow.glossary_ui.term_pane.rows()[0] == ("阮湘平", "Ruan Xiangping", "missing")


def test_a_read_only_document_takes_no_term_from_ctrl_e(qtbot, gwindow):
    before = gwindow.document.article.body[1].en
    gwindow.document.read_only = True
    gwindow.safety.apply_read_only(True)
    pane = focus(gwindow, "en", 1, 0)
    qtbot.keyClick(pane, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    gwindow.glossary_ui.actions["insert_term"].trigger()
    assert gwindow.document.article.body[1].en == before
    assert pane.block(1).text() == before
    assert not gwindow.document.modified


def test_the_glossaries_load_after_the_text_is_painted(qtbot, article_path, glossary_files):
    from cipeditor.ui.main_window import MainWindow

    team, _personal = glossary_files
    Settings().set("glossary/paths", [str(team)])
    main = MainWindow()
    qtbot.addWidget(main)
    assert main.files.open_path(article_path)
    assert main.glossary_ui.glossaries.glossaries == []  # nothing read before the paint
    main.show()
    qtbot.waitUntil(lambda: main.first_paint.done)
    assert [g.path for g in main.glossary_ui.glossaries.glossaries] == [team]
    qtbot.waitUntil(lambda: formats_of(main, "zh", 1, "以色列中心") != [])
    main._may_close = True


def test_a_glossary_opened_before_the_paint_joins_the_remembered_ones(
    qtbot, article_path, glossary_files
):
    from cipeditor.ui.main_window import MainWindow

    team, personal = glossary_files
    Settings().set("glossary/paths", [str(team)])
    main = MainWindow()
    qtbot.addWidget(main)
    main.glossary_ui.glossaries.open_file(personal)
    main.show()
    qtbot.waitUntil(lambda: main.first_paint.done)
    assert [g.path for g in main.glossary_ui.glossaries.glossaries] == [team, personal]
    main._may_close = True


def test_the_entry_dialog_says_which_glossary_a_new_term_goes_to(qtbot, gwindow):
    dialog = gwindow.glossary_ui.dock.add_entry()
    assert dialog.destination.isVisible()
    assert dialog.destination.text() == "Saved to team."
    dialog.reject()


def test_editing_a_bundled_term_saves_it_to_the_personal_glossary_and_it_takes_effect(
    qtbot, window
):
    personal = personal_glossary_path()
    personal.unlink(missing_ok=True)
    bundled = BUNDLED_GLOSSARY.read_bytes()
    dock = window.glossary_ui.dock
    assert dock.select_entry("李林")
    dialog = dock.edit_selected()
    assert dialog.destination.text().startswith("This term comes from cip (bundled, read-only).")
    assert "personal-glossary.csv" in dialog.destination.text()
    with qtbot.waitSignal(dialog.finished):
        accept(dialog, en="Lin Li")
    assert BUNDLED_GLOSSARY.read_bytes() == bundled
    assert read_glossary(personal).lookup("李林")[0].en == "Lin Li"
    focus(window, "zh", 2, 0)
    assert window.glossary_ui.term_pane.rows()[0][:2] == ("李林", "Lin Li")
    assert Settings().get("glossary/paths") == [str(personal), str(BUNDLED_GLOSSARY)]
    personal.unlink()
