"""Random sequences of structural edits: the panes always show the model, pair for pair,
and undoing everything gives the article back exactly."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cipeditor.article import cipformat
from cipeditor.article.model import Kind
from cipeditor.ui.commands.structure import (
    DeletePair,
    InsertPair,
    InsertPairs,
    MergePairs,
    MovePair,
    SetPairKind,
    SplitPair,
    SwapSides,
)
from cipeditor.ui.commands.text import EditPairText
from tests.ui.conftest import sample_article

pytestmark = pytest.mark.gui

EDITS = st.lists(
    st.tuples(
        st.sampled_from(
            ["split", "merge", "insert", "insert3", "delete", "move", "kind", "swap", "text"]
        ),
        st.integers(0, 50),
        st.integers(0, 50),
    ),
    min_size=1,
    max_size=12,
)


def _apply(document, name: str, a: int, b: int) -> None:
    body = document.article.body
    index = a % len(body)
    if name == "split":
        pair = body[index]
        document.push(
            SplitPair(document, index, {"zh": b % (len(pair.zh) + 1), "en": len(pair.en)})
        )
    elif name == "merge" and len(body) > 1:
        document.push(MergePairs(document, min(index, len(body) - 2)))
    elif name == "insert":
        document.push(InsertPair(document, b % (len(body) + 1)))
    elif name == "insert3":
        from cipeditor.article.model import Pair

        pairs = [Pair(f"第{n}段", f"Paragraph {n}") for n in range(3)]
        document.push(InsertPairs(document, b % (len(body) + 1), pairs))
    elif name == "delete" and len(body) > 1:
        document.push(DeletePair(document, index))
    elif name == "move" and len(body) > 1:
        document.push(MovePair(document, index, b % len(body)))
    elif name == "kind":
        document.push(SetPairKind(document, index, list(Kind)[b % len(Kind)]))
    elif name == "swap":
        document.push(SwapSides(document, index))
    elif name == "text":
        document.push(EditPairText(document, index, "en", f"Text {b}."))


def _assert_level(qapp, editor, document) -> None:
    """Once aligned, every pair starts at the same height on both sides."""
    while editor._realign_timer.isActive():
        qapp.processEvents()
    zh, en = editor.panes["zh"], editor.panes["en"]
    for index in range(len(document.article.body)):
        tops = [
            pane.document().documentLayout().blockBoundingRect(pane.block(index)).top()
            for pane in (zh, en)
        ]
        assert tops[0] == pytest.approx(tops[1], abs=0.5), f"pair {index + 1}"


def _shown(pane) -> list[str]:
    doc = pane.document()
    return [doc.findBlockByNumber(i).text() for i in range(doc.blockCount() - 1)]


@pytest.fixture(scope="module")
def editor(qapp):
    from cipeditor.ui.bilingual_editor import BilingualEditor
    from cipeditor.ui.document import Document

    widget = BilingualEditor(Document(sample_article()))
    widget.resize(800, 600)
    widget.show()
    yield widget
    widget.close()


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(edits=EDITS)
def test_views_follow_any_edit_sequence_and_undo_restores_the_article(qapp, editor, edits):
    from cipeditor.ui.document import Document

    document = Document(sample_article())
    editor.set_document(document)
    original = cipformat.dumps(document.article)
    for name, a, b in edits:
        _apply(document, name, a, b)
        for lang, pane in editor.panes.items():
            assert _shown(pane) == [pair.get(lang) for pair in document.article.body]
    _assert_level(qapp, editor, document)
    while document.undo_stack.canUndo():
        document.undo_stack.undo()
    assert cipformat.dumps(document.article) == original
    for lang, pane in editor.panes.items():
        assert _shown(pane) == [pair.get(lang) for pair in document.article.body]


KEYS = st.lists(
    st.tuples(
        st.sampled_from(["zh", "en"]),
        st.integers(0, 50),
        st.integers(0, 200),
        st.sampled_from(["return", "backspace", "delete", "type", "paste", "span-delete"]),
    ),
    min_size=1,
    max_size=10,
)


def _press(pane, index: int, offset: int, action: str) -> None:
    from PySide6.QtCore import QMimeData, Qt
    from PySide6.QtGui import QTextCursor
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    pairs = len(pane.document_.article.body)
    index %= pairs
    block = pane.block(index)
    pane.setFocus()
    pane.place_cursor(index, offset % block.length())
    if action == "return":
        QTest.keyClick(pane, Qt.Key.Key_Return)
    elif action == "backspace":
        QTest.keyClick(pane, Qt.Key.Key_Backspace)
    elif action == "delete":
        QTest.keyClick(pane, Qt.Key.Key_Delete)
    elif action == "type":
        QTest.keyClicks(pane, "ab c")
    elif action == "paste":
        data = QMimeData()
        data.setText("one.\ntwo.\n\nthree.")
        QApplication.clipboard().setMimeData(data)
        pane.paste()
    elif action == "span-delete" and index + 1 < pairs:
        cursor = pane.textCursor()
        cursor.setPosition(pane.block(index + 1).position() + 1, QTextCursor.MoveMode.KeepAnchor)
        pane.setTextCursor(cursor)
        QTest.keyClick(pane, Qt.Key.Key_Delete)


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(presses=KEYS)
def test_keys_never_let_the_sides_drift_apart(qapp, editor, presses):
    from cipeditor.ui.document import Document

    document = Document(sample_article())
    editor.set_document(document)
    original = cipformat.dumps(document.article)
    for lang, index, offset, action in presses:
        _press(editor.panes[lang], index, offset, action)
        for side, pane in editor.panes.items():
            assert _shown(pane) == [pair.get(side) for pair in document.article.body]
    _assert_level(qapp, editor, document)
    while document.undo_stack.canUndo():
        document.undo_stack.undo()
    assert cipformat.dumps(document.article) == original
