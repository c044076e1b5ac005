"""The parts plugged into the window: metadata dock, find bar, QA dock, export, import, language."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget

from cipeditor.article import cipformat
from cipeditor.article.model import Article, Bilingual, Meta, Pair
from cipeditor.paths import SAMPLE_ARTICLE
from cipeditor.ui.language import switch_language
from tests.conftest import DATA, ROOT
from tests.ui.conftest import settle

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def english_afterwards(qapp, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))  # the language choice
    yield
    switch_language("en", remember=False)


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key as the user types it in the pane that has focus (shortcuts included)."""
    window.activateWindow()
    qtbot.waitActive(window)
    pane = window.editor.focused_pane()
    pane.setFocus()
    qtbot.keyClick(pane, key, modifier)


def menu_titles(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_docks_are_listed_in_the_view_menu_and_toggle(qtbot, window):
    for name, dock in (("metadata_panel", window.metadata_dock), ("qa_panel", window.qa_dock)):
        assert isinstance(dock, QDockWidget) and dock.isVisible()
        assert window.actions_by_name[name] in window.view_menu.actions()
        window.actions_by_name[name].trigger()
        assert not dock.isVisible()
        window.actions_by_name[name].trigger()
        assert dock.isVisible()


def test_the_metadata_dock_edits_the_title_and_undo_restores_it(qtbot, window):
    window.document.article.meta.title = Bilingual("旧标题", "Old title")
    window.metadata_panel.reload_all()
    field = window.metadata_panel.title["en"]
    field.selectAll()
    qtbot.keyClicks(field, "New title")
    assert window.document.article.meta.title.en == "New title"
    assert window.isWindowModified()
    window.actions_by_name["undo"].trigger()
    assert window.document.article.meta.title.en == "Old title"
    assert field.text() == "Old title"


def test_ctrl_f_opens_the_bar_and_a_regex_hit_is_selected_in_the_english_pane(qtbot, window):
    press(qtbot, window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.find_bar
    assert bar.isVisible() and bar.find_edit.hasFocus()
    qtbot.mouseClick(bar.regex_box, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(bar.find_edit, r"Li \w+")
    english = window.editor.panes["en"]
    qtbot.waitUntil(lambda: english.textCursor().selectedText() == "Li Lin")
    assert english.textCursor().blockNumber() == 2
    assert english.hits == [(2, 0, 6)]  # and painted as a hit


def test_f3_finds_the_next_hit_from_the_edit_menu(qtbot, window):
    window.show_find_bar()
    window.find_bar.find_edit.insert("。")  # QTest types Latin-1 only: paste-like input
    chinese = window.editor.panes["zh"]
    qtbot.waitUntil(lambda: chinese.textCursor().selectedText() == "。")
    first = chinese.textCursor().position()
    assert window.actions_by_name["find_next"] in window.edit_menu.actions()
    window.actions_by_name["find_next"].trigger()
    assert chinese.textCursor().position() > first
    window.actions_by_name["find_previous"].trigger()
    assert chinese.textCursor().position() == first


def test_replace_all_is_one_undo_step_and_the_panes_show_it(qtbot, window):
    chinese = window.editor.panes["zh"]
    before = [chinese.block(i).text() for i in range(3)]
    press(qtbot, window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    bar = window.find_bar
    bar.find_edit.insert("。")
    bar.replace_edit.insert("！")
    qtbot.waitUntil(lambda: len(bar.matches) == 3)
    qtbot.mouseClick(bar.replace_all_button, Qt.MouseButton.LeftButton)
    assert "。" not in "".join(chinese.block(i).text() for i in range(3))
    assert chinese.block(1).text() == "阮湘平一行参观了以色列中心！随后召开座谈会！"
    assert window.document.undo_stack.count() == 1
    window.actions_by_name["undo"].trigger()
    assert [chinese.block(i).text() for i in range(3)] == before


def test_clicking_a_qa_issue_selects_its_text(qtbot, window, tmp_path):
    article = Article(
        meta=Meta(title=Bilingual("园区", "The park")),
        body=[Pair("李林表示，2019年将建设好创新园。", "Li Lin said in 2018 the park will grow.")],
    )
    path = tmp_path / "numbers.cip"
    cipformat.save(article, path)
    assert window.files.open_path(path)
    settle(qtbot, window.editor)
    panel = window.qa_panel
    qtbot.waitUntil(lambda: any(i.check == "numbers-mismatch" for i in panel.issues()))
    item = next(
        item
        for group in range(panel.tree.topLevelItemCount())
        for item in _children(panel.tree.topLevelItem(group))
        if "2018" in item.text(0)
    )
    rect = panel.tree.visualItemRect(item)
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    english = window.editor.panes["en"]
    assert english.textCursor().selectedText() == "2018"
    assert english.hasFocus()
    assert "1 QA issue" in window.docks.issue_count.text()


def _children(group):
    return [group.child(i) for i in range(group.childCount())]


def test_file_export_writes_the_file(qtbot, window, tmp_path):
    window.actions_by_name["export"].trigger()
    dialog = window.files.last_box
    assert dialog.isVisible()
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("html"))
    target = tmp_path / "visit.html"
    dialog.path_edit.clear()
    qtbot.keyClicks(dialog.path_edit, str(target))
    with qtbot.waitSignal(dialog.exported):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert "Li Lin said the park will be built well." in target.read_text(encoding="utf-8")
    assert "visit.html" in window.status.currentMessage()


def test_file_import_pairs_a_chinese_and_an_english_file(qtbot, window):
    window.actions_by_name["import"].trigger()
    dialog = window.files.last_box
    assert dialog.isVisible()
    qtbot.mouseClick(dialog.pair_radio, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.zh_edit, str(DATA / "seed-page-zh.txt"))
    qtbot.keyClicks(dialog.en_edit, str(DATA / "seed-page-en.txt"))
    qtbot.waitUntil(dialog.import_button.isEnabled)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    body = window.document.article.body
    assert len(body) == 5 and all(pair.zh and pair.en for pair in body)
    assert window.document.path is None and window.document.modified
    assert window.editor.panes["en"].block(0).text().startswith("From October 29 to 30, 2019")
    assert window.metadata_panel.title["zh"].text().startswith("科技部")


def test_preferences_switch_the_menus_to_chinese_live(qtbot, window):
    from cipeditor.ui.preferences import PreferencesDialog

    window.actions_by_name["preferences"].trigger()
    dialog = window.findChild(PreferencesDialog)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("zh_CN"))
    with qtbot.waitSignal(dialog.finished):
        dialog.accept()
    assert menu_titles(window)[:7] == [
        "文件(&F)",
        "编辑(&E)",
        "视图(&V)",
        "段落(&P)",
        "审校(&R)",
        "术语表(&G)",
        "帮助(&H)",
    ]
    assert window.actions_by_name["save"].text() == "保存(&S)"
    assert window.actions_by_name["undo"].text() == "撤销"
    assert window.metadata_dock.windowTitle() == "元数据"
    assert window.actions_by_name["metadata_panel"].text() == "元数据面板(&M)"

    window.show_preferences()
    dialog = window.findChild(PreferencesDialog)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    with qtbot.waitSignal(dialog.finished):
        dialog.accept()
    assert menu_titles(window)[:2] == ["&File", "&Edit"]
    assert window.actions_by_name["undo"].text() == "Undo"


def test_preferences_keep_the_templates_folder_and_the_autosave_interval(qtbot, window, tmp_path):
    from cipeditor.ui.export_settings import ExportSettings
    from cipeditor.ui.preferences import PreferencesDialog

    window.show_preferences()
    dialog = window.findChild(PreferencesDialog)
    qtbot.keyClicks(dialog.templates_edit, str(tmp_path))
    dialog.autosave_spin.setValue(120)
    with qtbot.waitSignal(dialog.finished):
        dialog.accept()
    assert ExportSettings().templates_dir == tmp_path
    assert window.settings.get("autosave/interval_seconds") == 120


# Runs the real command line; just before the window quits, prints what it shows.
_REPORT_MENUS = """
import sys
from cipeditor import cli
from cipeditor.ui import app as editor_app

paint_and_quit = editor_app._paint_and_quit

def report_then_quit(window, application):
    titles = [action.text() for action in window.menuBar().actions()]
    print("|".join([window.windowTitle(), *titles]))
    paint_and_quit(window, application)

editor_app._paint_and_quit = report_then_quit
sys.exit(cli.main(sys.argv[1:]))
"""


def test_the_window_comes_up_in_chinese_from_the_command_line(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    sample = str(SAMPLE_ARTICLE)
    result = subprocess.run(
        [sys.executable, "-c", _REPORT_MENUS, "--ui-lang", "zh_CN", "--quit-after-startup", sample],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    title, *menus = result.stdout.strip().splitlines()[-1].split("|")
    assert title.endswith("— CIP Editor")
    assert menus[:3] == ["文件(&F)", "编辑(&E)", "视图(&V)"]
    assert '"zh_CN"' in (tmp_path / "cipeditor" / "ui.json").read_text(encoding="utf-8")


def test_a_window_built_in_chinese_has_chinese_menus(qtbot):
    from cipeditor.ui.main_window import MainWindow

    switch_language("zh_CN", remember=False)
    window = MainWindow()
    qtbot.addWidget(window)
    assert menu_titles(window)[:3] == ["文件(&F)", "编辑(&E)", "视图(&V)"]
    assert window.qa_dock.windowTitle() == "质量检查"


def test_a_metadata_hit_is_selected_in_its_field(qtbot, window):
    window.document.article.meta.title = Bilingual("园区动态", "Park news of the week")
    window.metadata_panel.reload_all()
    window.show_find_bar()
    qtbot.keyClicks(window.find_bar.find_edit, "news")
    field = window.metadata_panel.title["en"]
    qtbot.waitUntil(lambda: field.selectedText() == "news")
    assert field.selectionStart() == len("Park ")
    assert window.find_bar.find_edit.hasFocus()  # typing goes on in the find field


def test_clicking_a_title_issue_selects_the_title_field(qtbot, window):
    window.metadata_dock.hide()
    window.document.article.meta.title = Bilingual("园区动态", "Visit of the Chinese")
    window.document.metaChanged.emit("title")
    panel = window.qa_panel
    qtbot.waitUntil(lambda: any(i.field == "title" for i in panel.issues()))
    issue = next(i for i in panel.issues() if i.field == "title")
    with qtbot.waitSignal(panel.issueActivated):
        item = next(
            item
            for group in range(panel.tree.topLevelItemCount())
            for item in _children(panel.tree.topLevelItem(group))
            if item.text(0) == issue.message
        )
        rect = panel.tree.visualItemRect(item)
        qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    field = window.metadata_panel.title[issue.lang or "zh"]
    assert window.metadata_dock.isVisible()  # shown again to show the field
    assert field.hasFocus() and field.hasSelectedText()


def test_a_long_article_is_shown_first_and_checked_right_after(qtbot, window, tmp_path):
    from cipeditor.ui.window_docks import DEFER_QA_PAIRS

    body = [Pair("园区动态。", "Park news.") for _ in range(DEFER_QA_PAIRS)]
    body[-1] = Pair("2019年。", "In 2018.")
    path = tmp_path / "long.cip"
    cipformat.save(Article(body=body), path)
    assert window.files.open_path(path)
    assert not window.qa_panel.checked  # not checked before the paint
    assert window.docks.issue_count.text() == "Checking…"
    qtbot.waitUntil(lambda: window.qa_panel.checked, timeout=5000)
    assert any(issue.paragraph == DEFER_QA_PAIRS - 1 for issue in window.qa_panel.issues())


def test_after_structural_edits_the_qa_list_equals_a_full_check(qtbot, window, tmp_path):
    from cipeditor.ui.qa_panel import QAPanel

    article = Article(
        body=[
            Pair("园区动态", "CIP news"),
            Pair("李林表示，2019年将建设好创新园。", "Li Lin said in 2018 the park will grow."),
            Pair("共有3家企业。", "There are 4 companies."),
            Pair("座谈会结束。", "The  meeting ended."),
        ]
    )
    path = tmp_path / "issues.cip"
    cipformat.save(article, path)
    assert window.files.open_path(path)
    editor, panel = window.editor, window.qa_panel

    def same_as_full_check() -> None:
        fresh = QAPanel(window.document)
        qtbot.addWidget(fresh)
        expected = sorted(map(repr, fresh.issues()))
        qtbot.waitUntil(lambda: sorted(map(repr, panel.issues())) == expected)

    editor.panes["zh"].place_cursor(0, 0)
    editor.insert_pair(below=False)
    same_as_full_check()
    editor.panes["zh"].place_cursor(2, 0)
    editor.move_pair(1)
    same_as_full_check()
    editor.panes["zh"].place_cursor(1, 0)
    editor.merge_with_next()
    same_as_full_check()
    editor.panes["zh"].place_cursor(3, 0)
    editor.delete_pair()
    same_as_full_check()
    window.actions_by_name["undo"].trigger()
    same_as_full_check()
    assert any(issue.check == "numbers-mismatch" for issue in panel.issues())


def test_the_issue_count_in_the_status_bar_brings_the_qa_panel_back(qtbot, window):
    window.actions_by_name["qa_panel"].trigger()
    assert not window.qa_dock.isVisible()
    qtbot.mouseClick(window.docks.issue_count, Qt.MouseButton.LeftButton)
    assert window.qa_dock.isVisible()


def test_f3_after_closing_the_bar_finds_the_next_hit_and_reopens_it(qtbot, window):
    window.show_find_bar()
    qtbot.keyClicks(window.find_bar.find_edit, "Li")
    english = window.editor.panes["en"]
    qtbot.waitUntil(lambda: english.textCursor().selectedText() == "Li")
    first = english.textCursor().position()
    qtbot.keyClick(window.find_bar.find_edit, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible()
    assert english.hits == []
    window.actions_by_name["find_next"].trigger()
    assert window.find_bar.isVisible()
    assert english.textCursor().position() != first
    assert english.hits  # the hits are painted again


def test_a_new_window_lists_its_issues_once_it_is_painted(qtbot, tmp_path):
    from cipeditor.ui.main_window import MainWindow

    path = tmp_path / "cut.cip"
    cipformat.save(
        Article(
            meta=Meta(title=Bilingual("园区动态", "Park news of the")),
            body=[Pair("园区动态。", "Park news.")],
        ),
        path,
    )
    main = MainWindow()
    qtbot.addWidget(main)
    assert main.files.open_path(path)
    assert not main.qa_panel.checked  # nothing checked before the text is on screen
    assert main.docks.built_metadata_panel is None  # nor the metadata fields built
    main.show()
    qtbot.waitUntil(lambda: main.qa_panel.checked, timeout=5000)
    panel = main.docks.built_metadata_panel
    assert panel is not None and main.metadata_scroll.widget() is panel
    assert panel.title["en"].text() == "Park news of the"
    groups = main.qa_panel.tree
    assert [groups.topLevelItem(i).text(0) for i in range(groups.topLevelItemCount())] == [
        "Headline and titles (1)"
    ]
    assert main.docks.issue_count.text() == "1 QA issue"  # the cut headline
    main._may_close = True
