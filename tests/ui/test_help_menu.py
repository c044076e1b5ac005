"""Help › User Guide shows the guide in the program, and the guide lists the program's keys."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from cipeditor import paths
from cipeditor.ui.user_guide import IMAGE_WIDTH

pytestmark = pytest.mark.gui


def test_f1_opens_the_user_guide_with_its_pictures_fitted_and_esc_closes_it(qtbot, window):
    pane = window.editor.panes["zh"]
    window.activateWindow()
    pane.setFocus()
    qtbot.waitUntil(pane.hasFocus)
    qtbot.keyClick(pane, Qt.Key.Key_F1)
    guide = window.user_guide
    qtbot.waitExposed(guide)
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
    missing = []
    for menu_action in window.menuBar().actions():
        for action in _all_actions(menu_action.menu()):
            if action.shortcut().isEmpty():
                continue
            # The first key; the others are the platform's alternatives (Shift+Del for Cut).
            text = action.shortcut().toString(QKeySequence.SequenceFormat.PortableText)
            text = text.replace("Return", "Enter")
            if not re.search(rf"(?<![\w+]){re.escape(text)}(?![\w+])", guide):
                missing.append(f"{action.text()}: {text}")
    assert not missing


def _all_actions(menu):
    for action in menu.actions():
        if action.menu() is not None:
            yield from _all_actions(action.menu())
        else:
            yield action
