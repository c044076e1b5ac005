"""Switching the interface language live: our texts and Qt's own follow at once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QToolButton

from cipeditor import i18n, ui_language
from cipeditor.i18n import _
from cipeditor.ui import qt_translations
from cipeditor.ui.language import (
    connect_retranslate,
    install_application_language,
    language_notifier,
    switch_language,
)

pytestmark = pytest.mark.gui


class StatusLabel(QLabel):
    """A widget written the way the window's widgets are: its texts set in retranslate()."""

    def __init__(self) -> None:
        super().__init__()
        connect_retranslate(self.retranslate)

    def retranslate(self) -> None:
        self.setText(_("Draft"))


@pytest.fixture(autouse=True)
def english_afterwards(qapp, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    yield
    switch_language("en", remember=False)


def save_discard_cancel() -> QMessageBox:
    buttons = QMessageBox.StandardButton
    return QMessageBox(
        QMessageBox.Icon.Question, "", "", buttons.Save | buttons.Discard | buttons.Cancel
    )


def button_texts(box: QMessageBox) -> list[str]:
    buttons = QMessageBox.StandardButton
    return [box.button(b).text() for b in (buttons.Save, buttons.Discard, buttons.Cancel)]


def test_pyside6_ships_qt_s_chinese_translation():
    assert (qt_translations.qt_translations_dir() / "qtbase_zh_CN.qm").is_file()


def test_widgets_retranslate_when_the_language_changes(qtbot):
    label = StatusLabel()
    qtbot.addWidget(label)
    assert label.text() == "Draft"
    with qtbot.waitSignal(language_notifier().languageChanged) as changed:
        switch_language("zh_CN")
    assert changed.args == ["zh_CN"]
    assert label.text() == "草稿"
    switch_language("en")
    assert label.text() == "Draft"


def test_qt_s_own_buttons_follow_the_language(qtbot):
    switch_language("zh_CN")
    box = save_discard_cancel()
    qtbot.addWidget(box)
    assert button_texts(box) == ["保存", "丢弃", "取消"]
    switch_language("en")
    english = save_discard_cancel()
    qtbot.addWidget(english)
    assert button_texts(english) == ["Save", "Discard", "Cancel"]


def test_a_switch_is_remembered_for_the_next_start():
    switch_language("zh_CN")
    assert ui_language.saved_choice() == "zh_CN"
    switch_language(None)  # "the system's language" in Preferences
    assert ui_language.saved_choice() is None
    assert i18n.current_locale() == "en"  # LANGUAGE=en in the test environment


def test_start_up_brings_qt_s_texts_into_the_language_the_command_line_chose(qapp, qtbot):
    ui_language.install_language("zh_CN")
    install_application_language(qapp)
    box = save_discard_cancel()
    qtbot.addWidget(box)
    assert button_texts(box)[2] == "取消"


def test_a_closed_and_deleted_widget_does_not_break_the_next_switch(qtbot):
    label = StatusLabel()
    with qtbot.waitSignal(label.destroyed):
        label.deleteLater()
    switch_language("zh_CN")  # would raise if the dead widget were still connected
    survivor = StatusLabel()
    qtbot.addWidget(survivor)
    assert survivor.text() == "草稿"


def test_the_split_choice_bar_speaks_the_language_chosen_after_start(qtbot, window):
    switch_language("zh_CN", remember=False)
    pane = window.editor.panes["en"]
    pane.setFocus()
    pane.place_cursor(1, 5)
    window.actions_by_name["split"].trigger()
    bar = window.editor.split_choice
    assert bar.isVisible()
    (close,) = bar.findChildren(QToolButton)
    assert close.toolTip() == _("Keep this split") != "Keep this split"


def test_the_split_choice_bar_follows_a_switch_made_while_it_is_shown(qtbot, window):
    pane = window.editor.panes["zh"]
    pane.setFocus()
    pane.place_cursor(1, len("阮湘平一行参观了以色列中心。"))
    qtbot.keyClick(pane, Qt.Key.Key_Return)
    bar = window.editor.split_choice
    assert bar.label.text() == "Split pair 2: where should the English be cut?"
    switch_language("zh_CN", remember=False)
    assert bar.isVisible()
    assert bar.label.text() == "拆分段落对 2：英文应在何处断开？"
    assert bar.at_sentence.text() == "在最近的句末"


def test_the_qa_panel_names_the_side_of_an_issue_in_the_interface_language(qtbot, window):
    window.document.article.body[1].en = ""
    window.editor.reload()
    window.qa_panel.recheck_all()
    switch_language("zh_CN", remember=False)
    tree = window.qa_panel.tree
    qtbot.waitUntil(lambda: tree.topLevelItemCount() > 0 and window.qa_panel.checked)
    places = [
        tree.topLevelItem(g).child(c).text(1)
        for g in range(tree.topLevelItemCount())
        for c in range(tree.topLevelItem(g).childCount())
    ]
    assert "段落对 2 · 英文" in places
    assert not any(place.endswith(("ZH", "EN")) for place in places)
    tips = [
        tree.topLevelItem(g).child(c).toolTip(0)
        for g in range(tree.topLevelItemCount())
        for c in range(tree.topLevelItem(g).childCount())
    ]
    assert all(tip.startswith(("错误：", "警告：", "提示：")) for tip in tips), tips
