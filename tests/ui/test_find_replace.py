"""The find/replace bar over a small real two-pane view (one QTextEdit block per pair)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QTextEdit, QVBoxLayout, QWidget

from cipeditor.article.model import Article, Bilingual, Meta, Pair
from cipeditor.article.search import Match, Scope
from cipeditor.article.textfields import TextRef
from cipeditor.ui.commands.meta import SetMetaField
from cipeditor.ui.document import Document
from cipeditor.ui.find_replace import FindReplaceBar
from cipeditor.ui.text_marks import char_offset, hit_selections, select_range
from tests.ui.typing import type_text

pytestmark = [
    pytest.mark.gui,
    # The offscreen platform says so whenever a top-level window is shown.
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]


class TwoPanes(QWidget):
    """The MatchView protocol as the window implements it, reduced to two plain panes."""

    def __init__(self, document: Document) -> None:
        super().__init__()
        self.document = document
        self.panes = {"zh": QTextEdit(), "en": QTextEdit()}
        self.meta_selected: Match | None = None
        self.meta_highlighted: list[Match] = []
        layout = QHBoxLayout(self)
        for lang, pane in self.panes.items():
            pane.setPlainText("\n".join(document.article.side(lang)))
            layout.addWidget(pane)
        document.pairTextChanged.connect(self._pair_changed)

    def _pair_changed(self, index: int, lang: str) -> None:
        block = self.panes[lang].document().findBlockByNumber(index)
        cursor = self.panes[lang].textCursor()
        cursor.setPosition(block.position())
        cursor.setPosition(block.position() + block.length() - 1, cursor.MoveMode.KeepAnchor)
        cursor.insertText(self.document.article.body[index].get(lang))

    def caret(self):
        for lang, pane in self.panes.items():
            if pane.hasFocus():
                cursor = pane.textCursor()
                text = cursor.block().text()
                offset = char_offset(text, cursor.positionInBlock())
                return TextRef("body", cursor.blockNumber(), lang), offset
        return None

    def select_match(self, match: Match) -> None:
        if match.field == "body":
            select_range(self.panes[match.lang], match.paragraph, match.start, match.end)
        else:
            self.meta_selected = match

    def set_highlights(self, matches) -> None:
        for lang, pane in self.panes.items():
            ranges = [
                (m.paragraph, m.start, m.end)
                for m in matches
                if m.field == "body" and m.lang == lang
            ]
            pane.setExtraSelections(hit_selections(pane, ranges))
        self.meta_highlighted = [m for m in matches if m.field != "body"]

    def highlighted(self, lang: str) -> list[str]:
        return [s.cursor.selectedText() for s in self.panes[lang].extraSelections()]

    def pane_text(self, lang: str) -> str:
        return self.panes[lang].toPlainText()


@pytest.fixture
def document() -> Document:
    article = Article(
        meta=Meta(
            title=Bilingual("2019年园区动态", "CIP news 2019"),
            author="Li Ming",
        ),
        body=[
            Pair("苏州工业园区成立于1994年。", "The CIP was founded in 1994."),
            Pair("园区有3000家企业，CIP园区很大。", "CIPs: 3000 companies in the CIP."),
            Pair("𠀀字在1994年之后。", "After 1994."),
        ],
    )
    return Document(article)


@pytest.fixture
def setup(qtbot, document):
    window = QWidget()
    view = TwoPanes(document)
    bar = FindReplaceBar(document, view)
    layout = QVBoxLayout(window)
    layout.addWidget(view)
    layout.addWidget(bar)
    qtbot.addWidget(window)
    window.show()
    yield view, bar
    window.close()


def search(qtbot, bar, text, *, regex=False, whole=False, scope=Scope.ALL):
    bar.regex_box.setChecked(regex)
    bar.word_box.setChecked(whole)
    bar.scope_combo.setCurrentIndex(list(Scope).index(scope))
    bar.find_edit.clear()
    bar.find_edit.setFocus()
    type_text(qtbot, bar.find_edit, text)
    qtbot.waitUntil(lambda: bar.query().text == text and not bar._timer.isActive())


def test_regex_highlights_every_hit_and_selects_the_first(qtbot, setup):
    view, bar = setup
    search(qtbot, bar, r"\d{4}", regex=True)
    assert bar.status_label.text() == "1 of 8"
    assert view.highlighted("zh") == ["1994", "3000", "1994"]
    assert view.highlighted("en") == ["1994", "3000", "1994"]
    assert [m.field for m in view.meta_highlighted] == ["title", "title"]
    assert view.meta_selected.field == "title"


def test_next_and_previous_walk_through_hits_and_wrap(qtbot, setup):
    view, bar = setup
    search(qtbot, bar, "1994", scope=Scope.ZH)
    assert bar.status_label.text() == "1 of 2"
    assert view.panes["zh"].textCursor().selectedText() == "1994"
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_F3)
    assert bar.status_label.text() == "2 of 2"
    # The hit after a character outside the BMP is still selected exactly.
    cursor = view.panes["zh"].textCursor()
    assert (cursor.blockNumber(), cursor.selectedText()) == (2, "1994")
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_F3)
    assert bar.status_label.text() == "1 of 2"
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert bar.status_label.text() == "2 of 2"


def test_find_next_starts_at_the_text_cursor(qtbot, setup):
    view, bar = setup
    search(qtbot, bar, "1994", scope=Scope.ZH)
    bar.current = None  # as if the user had moved away since
    pane = view.panes["zh"]
    pane.setFocus()
    cursor = pane.textCursor()
    cursor.setPosition(pane.document().findBlockByNumber(2).position() + 2)  # after "𠀀" (2 units)
    pane.setTextCursor(cursor)
    assert view.caret() == (TextRef("body", 2, "zh"), 1)
    bar.find_next()
    assert bar.status_label.text() == "2 of 2"
    bar.current = None
    cursor.setPosition(pane.document().findBlockByNumber(1).position())
    pane.setTextCursor(cursor)
    bar.find_previous()
    assert bar.status_label.text() == "1 of 2"


def test_replace_all_is_one_undo_step(qtbot, setup, document):
    view, bar = setup
    search(qtbot, bar, r"(\d{4})", regex=True)
    qtbot.keyClicks(bar.replace_edit, r"[\1]")
    qtbot.mouseClick(bar.replace_all_button, Qt.MouseButton.LeftButton)
    assert document.article.body[0].zh == "苏州工业园区成立于[1994]年。"
    assert document.article.meta.title.en == "CIP news [2019]"
    assert "[3000] companies" in view.pane_text("en")
    assert bar.status_label.text() == "Replaced 8 occurrences"
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert document.article.meta.title.zh == "2019年园区动态"
    assert view.pane_text("en").splitlines()[2] == "After 1994."
    qtbot.waitUntil(lambda: bar.status_label.text() == "8 matches")


def test_replace_one_then_moves_to_the_next_hit(qtbot, setup, document):
    _view, bar = setup
    search(qtbot, bar, "园区", scope=Scope.ZH)
    assert bar.status_label.text() == "1 of 4"
    type_text(qtbot, bar.replace_edit, "园区园区")
    qtbot.mouseClick(bar.replace_button, Qt.MouseButton.LeftButton)
    assert document.article.meta.title.zh == "2019年园区园区动态"
    # The replacement itself contains the pattern: it is skipped, not replaced again.
    assert bar.status_label.text() == "3 of 5"
    qtbot.mouseClick(bar.replace_button, Qt.MouseButton.LeftButton)
    assert document.article.body[0].zh == "苏州工业园区园区成立于1994年。"
    assert document.undo_stack.count() == 2


def test_whole_word_skips_longer_latin_words_but_not_chinese_neighbours(qtbot, setup):
    view, bar = setup
    search(qtbot, bar, "CIP", whole=True)
    assert view.highlighted("en") == ["CIP", "CIP"]
    assert view.highlighted("zh") == ["CIP"]
    bar.word_box.setChecked(False)
    qtbot.waitUntil(lambda: len(view.highlighted("en")) == 3)


def test_scope_english_only(qtbot, setup, document):
    view, bar = setup
    search(qtbot, bar, "1994", scope=Scope.EN)
    assert view.highlighted("zh") == []
    assert view.highlighted("en") == ["1994", "1994"]
    qtbot.keyClicks(bar.replace_edit, "MCMXCIV")
    qtbot.mouseClick(bar.replace_all_button, Qt.MouseButton.LeftButton)
    assert document.article.body[0].zh == "苏州工业园区成立于1994年。"
    assert document.article.body[0].en == "The CIP was founded in MCMXCIV."


def test_bad_regex_is_shown_inline_in_red(qtbot, setup, document):
    view, bar = setup
    search(qtbot, bar, "(19", regex=True)
    assert "position 1" in bar.status_label.text()
    assert "#c0392b" in bar.status_label.styleSheet()
    assert view.highlighted("en") == []
    qtbot.mouseClick(bar.replace_all_button, Qt.MouseButton.LeftButton)
    assert document.undo_stack.count() == 0
    qtbot.keyClicks(bar.find_edit, ")")
    qtbot.waitUntil(lambda: bar.status_label.text() == "1 of 6")
    assert bar.status_label.styleSheet() == ""


def test_hits_follow_edits_of_the_article(qtbot, setup, document):
    _view, bar = setup
    search(qtbot, bar, "Ming")
    assert bar.status_label.text() == "1 of 1"
    document.push(SetMetaField(document, "author", "Ming Li Ming"))
    qtbot.waitUntil(lambda: len(bar.matches) == 2)
    # The current hit moved with its text: it is now the second "Ming".
    assert bar.status_label.text() == "2 of 2"


def test_escape_closes_the_bar_and_clears_highlights(qtbot, setup):
    view, bar = setup
    search(qtbot, bar, "1994")
    assert view.highlighted("en")
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert view.highlighted("en") == []


def test_reopening_with_the_selected_text_searches_the_current_article(qtbot, setup, document):
    view, bar = setup
    bar.close_bar()
    document.push(SetMetaField(document, "author", "1994 Li Ming"))
    bar.activate("1994")
    assert bar.isVisible()
    assert bar.find_edit.hasFocus() and bar.find_edit.selectedText() == "1994"
    assert len(bar.matches) == 5
    assert view.highlighted("zh") == ["1994", "1994"]


def test_a_huge_number_of_hits_is_capped_and_says_so(qtbot):
    document = Document(Article(body=[Pair("园" * 60, "")]))
    view = TwoPanes(document)
    bar = FindReplaceBar(document, view)
    bar.limit = 50  # the real cap is MAX_MATCHES; a small one keeps the test quick
    qtbot.addWidget(view)
    qtbot.addWidget(bar)
    search(qtbot, bar, "园")
    assert bar.status_label.text() == "1 of 50+"
    assert len(view.highlighted("zh")) == 50
