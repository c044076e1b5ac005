"""Action and menu texts that can be translated again after a language switch.

A ``QAction`` keeps only the translated text it was given; to translate it again
in another language we need the source message. :func:`tr` translates like
``_`` but returns a :class:`Text` that remembers its message id; widgets that
build many actions (:mod:`cipeditor.ui.actions`) use it under the name ``_`` so
babel still extracts their messages, and :func:`remember` stores the message id
on the action, where :func:`retranslate_actions` finds it again.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from cipeditor.i18n import _

MSGID_PROPERTY = "cipeditorMsgid"


class Text(str):
    """A translated text that knows the message it was translated from."""

    msgid: str

    def __new__(cls, msgid: str) -> Text:
        text = super().__new__(cls, _(msgid))
        text.msgid = msgid
        return text


def tr(msgid: str) -> Text:
    """``_(msgid)``, remembering ``msgid``."""
    return Text(msgid)


def remember(action: QAction, text: str) -> None:
    """Let :func:`retranslate_actions` translate ``action`` again (if ``text`` is a Text)."""
    if isinstance(text, Text):
        action.setProperty(MSGID_PROPERTY, text.msgid)


def retranslate_actions(owner: QObject) -> None:
    """Translate again every remembered action (menu titles included) under ``owner``."""
    for action in owner.findChildren(QAction):
        msgid = action.property(MSGID_PROPERTY)
        if msgid:
            action.setText(_(msgid))
