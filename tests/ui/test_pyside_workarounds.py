"""The bindings' None reference leak must not crash a long editing session."""

import sys

import pytest
from PySide6.QtGui import QTextCursor, QTextDocument

import cipeditor.ui  # noqa: F401  (applies the work-around)

pytestmark = pytest.mark.gui


def test_many_calls_without_result_do_not_exhaust_none():
    cursor = QTextCursor(QTextDocument("text"))
    for _ in range(20_000):  # more than None's natural reference count
        cursor.setPosition(0)
    assert sys.getrefcount(None) > 1_000_000
