"""Unexpected errors reach one dialog with the details, and the program goes on."""

import sys

import pytest
from PySide6.QtWidgets import QMessageBox

from cipeditor.errors import UserError
from cipeditor.ui import crash

pytestmark = pytest.mark.gui


def _raise(error):
    try:
        raise error
    except Exception:
        return sys.exc_info()


def test_a_bug_shows_its_traceback_in_the_dialog(qtbot, capsys):
    crash.handle_exception(*_raise(ValueError("bad value")))
    box = crash.current_box()
    assert box is not None and box.isVisible()
    assert "ValueError: bad value" in box.text()
    assert "Traceback" in box.detailedText()
    assert "ValueError" in capsys.readouterr().err
    with qtbot.waitSignal(box.finished):
        box.button(QMessageBox.StandardButton.Ok).click()
    assert crash.current_box() is None


def test_a_user_error_shows_its_message_without_a_traceback(qtbot):
    crash.handle_exception(*_raise(UserError("notes.txt: not a folder — choose another")))
    box = crash.current_box()
    assert box.text() == "notes.txt: not a folder — choose another"
    assert box.detailedText() == ""
    with qtbot.waitSignal(box.finished):
        box.button(QMessageBox.StandardButton.Ok).click()
