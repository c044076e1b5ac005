"""Putting a glossary rendering into the English pane with one keystroke.

The text goes in through the pane's own cursor, so the pane turns it into an
ordinary text-edit undo command; a macro around it keeps it from merging with
the typing before it, so Undo takes back exactly the inserted term.
"""

from __future__ import annotations

from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QMenu

from cipeditor.i18n import _

EN = "en"
OPENING = "([{“‘\"'/-\u2028"
"""After these, the term needs no space in front of it."""


def insert_english(editor, text: str, index: int | None = None) -> None:
    """Insert ``text`` in the English side of pair ``index`` (the current pair by default).

    At the English cursor when it is in that pair, else at the end of the pair's
    English; a space is added when the term would otherwise stick to a word.
    """
    if editor.document.read_only:  # a programmatic insert passes the pane's read-only flag
        return
    index = editor.current_index() if index is None else index
    pane = editor.panes[EN]
    cursor = pane.textCursor()
    if cursor.blockNumber() != index:
        pane.place_cursor(index, pane.block(index).length() - 1)
        cursor = pane.textCursor()
    block = cursor.block()
    if cursor.selectionStart() < block.position() or cursor.selectionEnd() >= (
        block.position() + block.length()
    ):
        # A selection reaching into other pairs is not replaced by a term: the term goes in
        # at the cursor (Qt would join the pairs' blocks and the term would be lost).
        cursor.clearSelection()
    line = cursor.block().text()
    before = line[: cursor.selectionStart() - cursor.block().position()]
    after = line[cursor.selectionEnd() - cursor.block().position() :]
    if before and not before[-1].isspace() and before[-1] not in OPENING:
        text = " " + text
    if after and after[0].isalnum():
        text += " "
    stack = editor.document.undo_stack
    stack.beginMacro(_("Insert Term"))
    cursor.insertText(text)
    stack.endMacro()
    pane.setTextCursor(cursor)
    pane.setFocus()


def insert_first_missing(editor, highlighting) -> bool:
    """Insert the preferred rendering of the current pair's first missing term; False if none."""
    index = highlighting.current
    terms = highlighting.terms_of(index)
    missing = terms.missing() if terms else []
    if not missing:
        return False
    insert_english(editor, missing[0].entry.en, index)
    return True


def choose_term(editor, highlighting) -> QMenu | None:
    """A popup at the mouse offering every rendering of every term of the current pair."""
    index = highlighting.current
    terms = highlighting.terms_of(index)
    if not terms or not terms.terms:
        return None
    menu = QMenu(editor)
    menu.setObjectName("termChooser")
    for term in terms.terms:
        for rendering in term.entry.renderings:
            label = f"{term.entry.zh} → {rendering}"
            action = menu.addAction(label)
            action.triggered.connect(
                lambda _checked=False, text=rendering: insert_english(editor, text, index)
            )
    pane = editor.panes[EN]
    place = pane.viewport().mapToGlobal(pane.cursorRect().bottomLeft())
    menu.popup(place if pane.hasFocus() else QCursor.pos())
    menu.aboutToHide.connect(menu.deleteLater)
    return menu
