"""A reviewer walks the QA issues from the keyboard (F8 / Shift+F8), filters them by
severity and accepts them with a key, wherever the focus is."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from cipeditor.article import cipformat
from cipeditor.article.model import Article, Bilingual, Meta, Pair
from cipeditor.qa.issue import Severity
from cipeditor.ui.qa_panel import QAPanel
from tests.ui.conftest import settle

pytestmark = pytest.mark.gui

SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def reviewed_article() -> Article:
    """Five planted issues: listed as Alignment (pair 2), Numbers (pairs 1 and 5),
    Punctuation (pairs 3 and 4)."""
    return Article(
        Meta(title=Bilingual("新闻", "News")),
        [
            Pair("第一段有3家企业。", "Paragraph one has 4 companies."),
            Pair("第二段。", ""),
            Pair("又一段有两个空格。", "Two  spaces here."),
            Pair("第四段。", "Fourth，with a full-width comma."),
            Pair("第五段有5个。", "Fifth has 6."),
        ],
    )


@pytest.fixture
def review(qtbot, window, tmp_path):
    """The window on the planted article, its issues listed, the cursor in the Chinese pane."""
    path = tmp_path / "review.cip"
    cipformat.save(reviewed_article(), path)
    assert window.files.open_path(path)
    settle(qtbot, window.editor)
    qtbot.waitUntil(lambda: window.qa_panel.checked and window.qa_panel.listed_count() == 5)
    window.activateWindow()
    qtbot.waitActive(window)
    window.editor.panes["zh"].setFocus()
    qtbot.waitUntil(window.editor.panes["zh"].hasFocus)
    return window


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key where the focus is, as the reviewer types it."""
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def current(window):
    return window.qa_panel.current_issue()


def selected(window, lang: str) -> str:
    return window.editor.panes[lang].textCursor().selectedText()


def message(window) -> str:
    return window.status.currentMessage()


def test_f8_walks_the_listed_issues_selecting_their_text_and_wraps_round(qtbot, review):
    press(qtbot, Qt.Key.Key_F8)
    assert (current(review).check, current(review).paragraph) == ("empty-side", 1)
    assert message(review).startswith("Issue 1 of 5: the English side is empty")
    press(qtbot, Qt.Key.Key_F8)
    assert (current(review).check, current(review).paragraph) == ("numbers-mismatch", 0)
    assert selected(review, "en") == "4"
    assert review.editor.panes["en"].hasFocus()
    assert message(review) == "Issue 2 of 5: “4” does not match “3”"
    for _ in range(3):
        press(qtbot, Qt.Key.Key_F8)
    assert current(review).check == "full-width-in-english"
    assert selected(review, "en") == "，"
    assert message(review).startswith("Issue 5 of 5")
    press(qtbot, Qt.Key.Key_F8)
    assert current(review).check == "empty-side"
    assert message(review).startswith("Past the last issue, back to the first:")


def test_shift_f8_goes_back_and_wraps_to_the_last_issue(qtbot, review):
    press(qtbot, Qt.Key.Key_F8, SHIFT)  # nothing current yet: the last one
    assert current(review).check == "full-width-in-english"
    press(qtbot, Qt.Key.Key_F8, SHIFT)
    assert current(review).check == "spacing"
    assert selected(review, "en") == "  "
    review.qa_panel.tree.setCurrentItem(review.qa_panel._rows[0])  # a click on the first
    press(qtbot, Qt.Key.Key_F8, SHIFT)
    assert current(review).check == "full-width-in-english"
    assert message(review).startswith("Before the first issue, back to the last:")


def test_f8_goes_on_from_an_issue_clicked_in_the_panel(qtbot, review):
    panel = review.qa_panel
    item = panel._rows[2]  # numbers, pair 5
    qtbot.mouseClick(
        panel.tree.viewport(),
        Qt.MouseButton.LeftButton,
        pos=panel.tree.visualItemRect(item).center(),
    )
    assert selected(review, "en") == "6"
    press(qtbot, Qt.Key.Key_F8)
    assert current(review).check == "spacing"


def test_f8_right_after_typing_selects_the_text_where_it_now_is(qtbot, review):
    english = review.editor.panes["en"]
    english.setFocus()
    cursor = english.textCursor()
    cursor.setPosition(english.document().findBlockByNumber(0).position())
    english.setTextCursor(cursor)
    qtbot.keyClicks(english, "So ")  # the number moved three characters on
    press(qtbot, Qt.Key.Key_F8)
    press(qtbot, Qt.Key.Key_F8)
    assert current(review).check == "numbers-mismatch"
    assert selected(review, "en") == "4"


def test_f8_while_a_long_article_is_still_being_checked_finds_its_issue(qtbot, window, tmp_path):
    from cipeditor.ui.window_docks import DEFER_QA_PAIRS

    body = [Pair("园区动态。", "Park news.") for _ in range(DEFER_QA_PAIRS)]
    body[-1] = Pair("2019年。", "In 2018.")
    path = tmp_path / "long.cip"
    cipformat.save(Article(body=body), path)
    assert window.files.open_path(path)
    assert not window.qa_panel.checked
    window.editor.panes["zh"].setFocus()
    window.actions_by_name["next_issue"].trigger()
    assert window.qa_panel.checked
    assert current(window).paragraph == DEFER_QA_PAIRS - 1
    assert selected(window, "en") == "2018"


def test_the_severity_filter_hides_issues_from_the_list_and_the_walk(qtbot, review):
    panel = review.qa_panel
    info = panel.filter.buttons[Severity.INFO]
    assert info.text() == "Info (1)"
    qtbot.mouseClick(info, Qt.MouseButton.LeftButton)
    assert panel.listed_count() == 4
    assert info.text() == "Info (1)"  # still counted: what is hidden stays in sight
    listed = [panel._rows[i].data(0, Qt.ItemDataRole.UserRole + 1) for i in range(4)]
    assert all(issue.severity is not Severity.INFO for issue in listed)
    for _ in range(4):
        press(qtbot, Qt.Key.Key_F8)
    assert current(review).check == "full-width-in-english"  # the spacing note skipped
    qtbot.mouseClick(panel.filter.buttons[Severity.ERROR], Qt.MouseButton.LeftButton)
    assert panel.listed_count() == 1
    press(qtbot, Qt.Key.Key_F8)
    assert current(review).check == "empty-side"
    # The choice holds for the next article (and the next start).
    fresh = QAPanel(review.document)
    qtbot.addWidget(fresh)
    assert fresh.filter.shown() == {Severity.WARNING}
    qtbot.waitUntil(lambda: fresh.checked)
    assert fresh.listed_count() == 1


def test_ctrl_shift_a_accepts_the_current_issue_and_f8_goes_on_to_the_next(qtbot, review):
    panel = review.qa_panel
    assert "Ctrl+Shift+A" in panel.accept_button.toolTip()
    press(qtbot, Qt.Key.Key_F8)
    press(qtbot, Qt.Key.Key_F8)  # numbers, pair 1
    press(qtbot, Qt.Key.Key_A, CTRL_SHIFT)
    [decision] = review.document.article.accepted
    assert (decision.check, decision.paragraph) == ("numbers-mismatch", 0)
    assert panel.listed_count() == 4
    assert current(review) is None
    press(qtbot, Qt.Key.Key_F8)
    assert (current(review).check, current(review).paragraph) == ("numbers-mismatch", 4)
    review.actions_by_name["undo"].trigger()
    assert review.document.article.accepted == []
    assert panel.listed_count() == 5


def test_ctrl_shift_a_with_no_current_issue_says_so(qtbot, review):
    press(qtbot, Qt.Key.Key_A, CTRL_SHIFT)
    assert review.document.article.accepted == []
    assert message(review) == "No issue is selected in the QA panel."


def test_accepted_issues_can_be_listed_greyed_and_reopened_from_the_panel(qtbot, review):
    panel = review.qa_panel
    press(qtbot, Qt.Key.Key_F8)
    press(qtbot, Qt.Key.Key_F8)  # numbers, pair 1
    press(qtbot, Qt.Key.Key_A, CTRL_SHIFT)
    press(qtbot, Qt.Key.Key_F8)  # numbers, pair 5: later edits the reviewer keeps
    shown_accepted = panel.filter.accepted_button
    assert shown_accepted.text() == "Accepted (1)"
    qtbot.mouseClick(shown_accepted, Qt.MouseButton.LeftButton)
    assert panel.listed_count() == 5
    row = panel._rows[1]
    assert row.data(0, Qt.ItemDataRole.UserRole + 1).paragraph == 0
    grey = panel.palette().color(
        panel.palette().ColorGroup.Disabled, panel.palette().ColorRole.Text
    )
    assert row.foreground(0).color() == grey
    assert panel._rows[2].foreground(0).color() != grey
    press(qtbot, Qt.Key.Key_F8, SHIFT)  # the walk passes the accepted one too
    assert current(review).paragraph == 0
    assert panel.accept_button.text() == "Reopen"
    assert "Ctrl+Shift+A" in panel.accept_button.toolTip()
    press(qtbot, Qt.Key.Key_A, CTRL_SHIFT)
    assert review.document.article.accepted == []
    assert panel._rows[1].foreground(0).color() != grey
    assert panel.accept_button.text() == "Accept"
    review.actions_by_name["undo"].trigger()  # the reopening undone: accepted again
    assert len(review.document.article.accepted) == 1
    assert shown_accepted.text() == "Accepted (1)"


def test_the_filter_and_the_walk_speak_chinese_in_the_chinese_interface(qtbot, review):
    from cipeditor.ui.language import switch_language

    switch_language("zh_CN", remember=False)
    try:
        buttons = review.qa_panel.filter.buttons
        assert [buttons[s].text() for s in Severity] == ["错误（3）", "警告（1）", "提示（1）"]
        assert review.qa_panel.accept_button.toolTip().endswith("（Ctrl+Shift+A）")
        press(qtbot, Qt.Key.Key_F8)
        assert message(review).startswith("第 1 个问题，共 5 个：")
    finally:
        switch_language("en", remember=False)
    assert buttons[Severity.ERROR].text() == "Errors (3)"


def test_the_chinese_side_is_listed_and_walked_before_the_english_one(qtbot, window):
    from cipeditor.qa.issue import Category, Issue
    from cipeditor.ui.qa_order import panel_order

    def title_issue(lang, start):
        return Issue(
            "x", Category.TITLE, Severity.WARNING, "title", "m", lang=lang, start=start, end=start
        )

    english, chinese, both = title_issue("en", 3), title_issue("zh", 40), title_issue(None, None)
    assert sorted([english, chinese, both], key=panel_order) == [both, chinese, english]
