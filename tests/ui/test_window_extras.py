"""Dropping files on the window, the preferences, and importing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QFont
from PySide6.QtWidgets import QApplication

from cipeditor.article import cipformat
from cipeditor.article.model import Article, Pair
from cipeditor.ui.fonts import load_font

pytestmark = pytest.mark.gui


def drop(window, path):
    """Drag ``path`` over the window and drop it there, as a file manager does."""
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    args = (
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter = QDragEnterEvent(QPoint(50, 50), *args)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(window, QDropEvent(QPointF(50, 50), *args))


def test_dropping_a_cip_file_opens_it(qtbot, window, tmp_path):
    other = tmp_path / "dropped.cip"
    cipformat.save(Article(body=[Pair("新", "new")]), other)
    drop(window, other)
    assert window.document.path == other.resolve()
    assert window.editor.panes["zh"].block(0).text() == "新"


def test_preferences_change_the_font_of_one_side_and_persist(qtbot, window):
    window.show_preferences()
    from cipeditor.ui.preferences import PreferencesDialog

    dialog = window.findChild(PreferencesDialog)
    assert dialog is not None and dialog.isVisible()
    chosen = QFont("DejaVu Sans", 15)
    dialog.set_font("en", chosen)
    with qtbot.waitSignal(dialog.finished):
        dialog.accept()
    assert window.editor.panes["en"].font().family() == "DejaVu Sans"
    assert window.editor.panes["en"].font().pointSize() == 15
    assert load_font(window.settings, "en").family() == "DejaVu Sans"
    assert "CJK" in load_font(window.settings, "zh").families()[0]


def test_importing_a_text_file_makes_an_unsaved_article(qtbot, window, tmp_path):
    source = tmp_path / "article.txt"
    source.write_text("The headline\n\nFirst paragraph.\n\nSecond paragraph.\n", encoding="utf-8")
    assert window.files.import_path(source)
    assert window.document.path is None and window.document.modified
    assert window.document.article.meta.title.en == "The headline"
    assert window.editor.panes["en"].toPlainText().split("\n")[:2] == [
        "First paragraph.",
        "Second paragraph.",
    ]


def test_importing_an_unknown_kind_of_file_says_so(qtbot, window, tmp_path):
    source = tmp_path / "notes.xyz"
    source.write_text("x", encoding="utf-8")
    before = window.document
    window.files.import_path(source)
    if window.document is before:  # no importer took it: the message names the file
        assert "notes.xyz" in window.files.last_box.text()


def test_edit_menu_cuts_and_pastes_in_the_metadata_field_the_user_is_in(qtbot, window):
    panes_before = [window.editor.panes[lang].toPlainText() for lang in ("zh", "en")]
    author = window.metadata_panel.author
    window.activateWindow()
    author.setFocus()
    qtbot.waitUntil(author.hasFocus)  # the Edit menu acts on the widget with the focus
    qtbot.keyClicks(author, "Li Lin")
    window.actions_by_name["select_all"].trigger()
    window.actions_by_name["cut"].trigger()
    assert QApplication.clipboard().text() == "Li Lin"
    assert window.document.article.meta.author == ""
    window.actions_by_name["paste"].trigger()
    window.actions_by_name["paste"].trigger()
    assert window.document.article.meta.author == "Li LinLi Lin"
    assert [window.editor.panes[lang].toPlainText() for lang in ("zh", "en")] == panes_before
    assert window.document.article.body[0].en == "CIP Dynamic"


def test_preferences_change_the_autosave_pace_at_once(qtbot, window, monkeypatch):
    from cipeditor.ui.preferences import PreferencesDialog

    monkeypatch.delenv("CIPEDITOR_AUTOSAVE_SECONDS", raising=False)
    window.show_preferences()
    dialog = window.findChild(PreferencesDialog)
    spin = dialog.autosave_spin
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "7")
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert window.safety.autosaver.timer.interval() == 7000


def test_dropping_a_glossary_with_an_article_opens_both(qtbot, window, tmp_path):
    glossary = tmp_path / "team.tbx"
    glossary.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<martif type="TBX" xml:lang="zh"><text><body>'
        '<termEntry><langSet xml:lang="zh"><tig><term>随后</term></tig></langSet>'
        '<langSet xml:lang="en"><tig><term>then</term></tig></langSet></termEntry>'
        "</body></text></martif>\n",
        encoding="utf-8",
    )
    article = tmp_path / "dropped.cip"
    cipformat.save(Article(body=[Pair("新", "new")]), article)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(glossary)), QUrl.fromLocalFile(str(article))])
    args = (
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, QDragEnterEvent(QPoint(50, 50), *args))
    glossaries = window.glossary_ui.glossaries
    with qtbot.waitSignal(glossaries.glossariesChanged) as changed:
        QApplication.sendEvent(window, QDropEvent(QPointF(50, 50), *args))
    assert "team" in [g.name for g in changed.args[0]]
    assert window.document.path == article.resolve()


def test_dropping_several_articles_opens_the_first_and_says_the_others_were_not(
    qtbot, window, tmp_path
):
    paths = []
    for name, text in (("first", "一"), ("second", "二"), ("third", "三")):
        path = tmp_path / f"{name}.cip"
        cipformat.save(Article(body=[Pair(text, name)]), path)
        paths.append(path)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    args = (Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0))
    enter = QDragEnterEvent(QPoint(50, 50), *args)
    QApplication.sendEvent(window, enter)
    QApplication.sendEvent(window, QDropEvent(QPointF(50, 50), *args))
    assert window.document.path == paths[0].resolve()
    message = window.status.currentMessage()
    assert "first.cip was opened" in message
    assert "2 other files were not" in message


@pytest.fixture
def export_settings():
    """The export choices (kept apart from the window's settings), as they were afterwards."""
    from cipeditor.ui.export_settings import ExportSettings

    settings = ExportSettings()
    before = settings.templates_dir
    yield settings
    settings.templates_dir = before


def test_preferences_refuse_a_templates_folder_that_is_not_one(
    qtbot, window, tmp_path, export_settings
):
    from cipeditor.ui.preferences import PreferencesDialog

    before = export_settings.templates_dir
    window.show_preferences()
    dialog = window.findChild(PreferencesDialog)
    qtbot.waitExposed(dialog)
    assert dialog.templates_edit.width() >= 300  # a path shows more than its last letters
    dialog.templates_edit.setFocus()
    dialog.templates_edit.clear()
    qtbot.keyClicks(dialog.templates_edit, str(tmp_path / "no-such-folder"))
    qtbot.keyClick(dialog.templates_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.problem.isVisible()
    assert "no-such-folder is not a folder" in dialog.problem.text()
    assert export_settings.templates_dir == before
    dialog.templates_edit.clear()
    qtbot.keyClicks(dialog.templates_edit, str(tmp_path))
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog.templates_edit, Qt.Key.Key_Return)
    assert export_settings.templates_dir == tmp_path


def test_fonts_and_autosave_pace_chosen_in_preferences_are_there_after_a_restart(
    qtbot, window, article_path, monkeypatch
):
    from cipeditor.ui.preferences import PreferencesDialog
    from tests.ui.conftest import open_window

    monkeypatch.delenv("CIPEDITOR_AUTOSAVE_SECONDS", raising=False)
    window.show_preferences()
    dialog = window.findChild(PreferencesDialog)
    dialog.set_font("zh", QFont("DejaVu Serif", 19))
    dialog.autosave_spin.setValue(42)
    with qtbot.waitSignal(dialog.finished):
        dialog.accept()
    window.close()
    again = open_window(qtbot, article_path, (900, 600))
    assert again.editor.panes["zh"].font().family() == "DejaVu Serif"
    assert again.editor.panes["zh"].font().pointSize() == 19
    assert again.safety.autosaver.timer.interval() == 42_000
    again._may_close = True
