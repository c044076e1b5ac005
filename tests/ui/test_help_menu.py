"""Help › User Guide shows the guide in the program, in the interface language, and the guide
lists the program's keys (and, in Chinese, its menus as the interface names them)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeySequence, QTextCursor, QTextDocument

from cipeditor import paths
from cipeditor.ui.language import switch_language
from cipeditor.ui.user_guide import IMAGE_WIDTH

pytestmark = pytest.mark.gui

CHINESE_GUIDE = paths.DOCS / "user-guide.zh_CN.md"


@pytest.fixture
def chinese(qapp):
    """The interface in Simplified Chinese for one test, English again afterwards."""
    switch_language("zh_CN", remember=False)
    yield
    switch_language("en", remember=False)


def press_f1(qtbot, window):
    """F1 in the Chinese pane, as a user asks for help; the guide window it shows."""
    pane = window.editor.panes["zh"]
    window.activateWindow()
    pane.setFocus()
    qtbot.waitUntil(pane.hasFocus)
    qtbot.keyClick(pane, Qt.Key.Key_F1)
    guide = window.user_guide
    qtbot.waitExposed(guide)
    return guide


def test_f1_opens_the_user_guide_with_its_pictures_fitted_and_esc_closes_it(qtbot, window):
    guide = press_f1(qtbot, window)
    text = guide.toPlainText()
    assert text.startswith("CIP Editor — user guide")
    assert "Shortcuts" in text
    assert "# " not in text.splitlines()[0]  # rendered, not Markdown source
    widths = [
        fragment.charFormat().toImageFormat().width()
        for fragment in _fragments(guide)
        if fragment.charFormat().isImageFormat()
    ]
    assert widths and all(0 < width <= IMAGE_WIDTH for width in widths)
    qtbot.keyClick(guide, Qt.Key.Key_Escape)
    assert guide.isHidden()


def test_a_link_to_another_guide_opens_it_rendered_in_the_same_window(qtbot, window):
    window.show_user_guide()
    guide = window.user_guide
    guide.setSource(guide.source().resolved("glossary-in-the-editor.md"))
    assert guide.source().fileName() == "glossary-in-the-editor.md"
    first = guide.toPlainText().splitlines()[0]
    assert first and not first.startswith("#")


def _fragments(browser):
    block = browser.document().begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            yield iterator.fragment()
            iterator += 1
        block = block.next()


def test_every_shortcut_in_the_menus_is_in_the_user_guide(window):
    guide = (paths.DOCS / "user-guide.md").read_text(encoding="utf-8")
    missing = [
        f"{action.text()}: {keys}"
        for action, keys in _shortcuts(window)
        if not _names_key(guide, keys)
    ]
    assert not missing


def test_the_chinese_guide_names_every_shortcut_menu_and_command_as_the_interface_does(
    window, chinese
):
    guide = CHINESE_GUIDE.read_text(encoding="utf-8")
    menus = [_shown_name(menu.text()) for menu in _all_menus(window.menuBar())]
    assert "文件" in menus and "术语表" in menus  # the menus are Chinese
    missing = [name for name in menus if name not in guide]
    for action, keys in _shortcuts(window):
        if not _names_key(guide, keys):
            missing.append(f"{action.text()}: {keys}")
        if _shown_name(action.text()) not in guide:
            missing.append(action.text())
    assert not missing


def _shortcuts(window):
    """Every command of the menus that has a key, with its key as the guide writes it."""
    for menu_action in window.menuBar().actions():
        for action in _all_actions(menu_action.menu()):
            if action.shortcut().isEmpty():
                continue
            # The first key; the others are the platform's alternatives (Shift+Del for Cut).
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.PortableText)
            yield action, keys.replace("Return", "Enter")


def _names_key(guide: str, keys: str) -> bool:
    return re.search(rf"(?<![\w+]){re.escape(keys)}(?![\w+])", guide) is not None


def _shown_name(text: str) -> str:
    """A menu text as read: 导入(&I)… → 导入, &Open… → Open."""
    return re.sub(r"\(&\w\)", "", text).replace("&", "").rstrip("…").strip()


def _all_menus(parent):
    for action in parent.actions():
        if action.menu() is not None:
            yield action
            yield from _all_menus(action.menu())


def _all_actions(menu):
    for action in menu.actions():
        if action.menu() is not None:
            yield from _all_actions(action.menu())
        else:
            yield action


def test_in_the_chinese_interface_f1_shows_the_chinese_guide(qtbot, window, chinese):
    guide = press_f1(qtbot, window)
    assert guide.source().fileName() == "user-guide.zh_CN.md"
    assert guide.windowTitle() == "CIP Editor — 用户指南"
    text = guide.toPlainText()
    assert text.startswith("CIP Editor 用户指南")
    assert "快捷键" in text and "您的工作不会丢失" in text
    images = [
        fragment.charFormat().toImageFormat()
        for fragment in _fragments(guide)
        if fragment.charFormat().isImageFormat()
    ]
    assert [image.name() for image in images] == ["screenshot-editor-zh.png"]
    assert all(0 < image.width() <= IMAGE_WIDTH for image in images)


def test_an_open_guide_follows_a_change_of_language(qtbot, window):
    window.show_user_guide()
    guide = window.user_guide
    assert guide.toPlainText().startswith("CIP Editor — user guide")
    switch_language("zh_CN", remember=False)
    try:
        assert guide.toPlainText().startswith("CIP Editor 用户指南")
        assert guide.windowTitle() == "CIP Editor — 用户指南"
    finally:
        switch_language("en", remember=False)
    assert guide.toPlainText().startswith("CIP Editor — user guide")
    assert guide.windowTitle() == "CIP Editor — User Guide"


def test_the_chinese_guide_links_to_the_chinese_glossary_guide(qtbot, window, chinese):
    window.show_user_guide()
    guide = window.user_guide
    links = {
        fragment.charFormat().anchorHref()
        for fragment in _fragments(guide)
        if fragment.charFormat().isAnchor()
    }
    assert "glossary-in-the-editor.zh_CN.md" in links
    guide.setSource(guide.source().resolved("glossary-in-the-editor.zh_CN.md"))
    assert guide.toPlainText().startswith("在编辑器中使用术语表")
    switch_language("en", remember=False)  # the linked guide follows too
    assert guide.source().fileName() == "glossary-in-the-editor.md"


@pytest.mark.parametrize("name", ["user-guide.zh_CN.md", "glossary-in-the-editor.zh_CN.md"])
def test_the_bold_of_a_chinese_guide_is_shown_bold_as_written(qapp, name):
    # Markdown does not close ** after Chinese punctuation before a letter (**恢复。**如果):
    # the marks would show and the bold run on into the next sentence.
    source = (paths.DOCS / name).read_text(encoding="utf-8")
    document = QTextDocument()
    document.setMarkdown(source)
    outside_tables = "\n".join(line for line in source.splitlines() if not line.startswith("|"))
    assert _bold_runs(document) == re.findall(r"\*\*(.+?)\*\*", outside_tables)


def _bold_runs(document):
    """The bold texts of ``document`` outside headings and tables, in order."""
    runs = []
    block = document.begin()
    while block.isValid():
        if not block.blockFormat().headingLevel() and QTextCursor(block).currentTable() is None:
            run = ""
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                if fragment.charFormat().fontWeight() >= QFont.Weight.Bold:
                    run += fragment.text()
                elif run:
                    runs.append(run)
                    run = ""
                iterator += 1
            if run:
                runs.append(run)
        block = block.next()
    return runs
