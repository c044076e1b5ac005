"""Open, Open Recent, Import and dropping a file: the file is chosen and read first, then the
unsaved-changes prompt, then the new article; an imported article is offered a name."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from cipeditor.ui.import_dialog import ImportDialog
from tests.conftest import DATA

pytestmark = pytest.mark.gui

SEED_EN = DATA / "seed-page-en.txt"


def type_into(qtbot, window, text="Unsaved ") -> None:
    pane = window.editor.panes["en"]
    pane.setFocus()
    pane.place_cursor(1, 0)
    qtbot.keyClicks(pane, text)


def prompt(window) -> QMessageBox | None:
    box = window.files.last_box
    return box if isinstance(box, QMessageBox) and box.isVisible() else None


def answer(qtbot, box: QMessageBox, button) -> None:
    with qtbot.waitSignal(box.finished):
        box.button(button).click()


def import_through_the_dialog(qtbot, window, source) -> None:
    window.actions_by_name["import"].trigger()
    dialog = window.files.last_box
    assert isinstance(dialog, ImportDialog) and dialog.isVisible()
    qtbot.keyClicks(dialog.file_edit, str(source))
    qtbot.waitUntil(dialog.import_button.isEnabled)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)


def test_import_asks_about_unsaved_changes_only_once_the_file_is_read(qtbot, window):
    type_into(qtbot, window)
    window.actions_by_name["import"].trigger()
    assert isinstance(window.files.last_box, ImportDialog)  # no prompt before choosing
    window.files.last_box.reject()

    import_through_the_dialog(qtbot, window, SEED_EN)
    box = prompt(window)
    assert box is not None
    answer(qtbot, box, QMessageBox.StandardButton.Cancel)
    assert window.document.article.body[1].en.startswith("Unsaved Ruan")  # kept as it was

    import_through_the_dialog(qtbot, window, SEED_EN)
    answer(qtbot, prompt(window), QMessageBox.StandardButton.Discard)
    assert window.document.path is None and window.document.modified
    assert window.document.article.meta.title.en.startswith("Ruan Xiangping")


def test_a_recent_file_that_cannot_be_read_leaves_the_document_without_a_prompt(
    qtbot, window, tmp_path
):
    broken = tmp_path / "broken.cip"
    broken.write_text("{not json", encoding="utf-8")
    type_into(qtbot, window)
    window.files.open_recent(broken)
    box = window.files.last_box
    assert box.objectName() == "errorBox" and "broken.cip" in box.text()
    assert window.document.article.body[1].en.startswith("Unsaved Ruan")
    assert window.document.modified
    answer(qtbot, box, QMessageBox.StandardButton.Ok)


def test_dropping_a_text_file_reads_it_before_asking(qtbot, window, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    type_into(qtbot, window)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(empty))])
    drop = QDropEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(drop)
    box = window.files.last_box
    assert box.objectName() == "errorBox" and "empty.txt" in box.text()
    assert window.document.article.body[1].en.startswith("Unsaved Ruan")
    answer(qtbot, box, QMessageBox.StandardButton.Ok)


def test_save_as_offers_the_imported_file_s_name_beside_it(qtbot, window, tmp_path):
    source = tmp_path / "press" / "ruan-visit.txt"
    source.parent.mkdir()
    source.write_bytes(SEED_EN.read_bytes())
    import_through_the_dialog(qtbot, window, source)
    offered: list[str] = []

    def read_and_cancel() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, read_and_cancel)
            return
        offered.extend(dialog.selectedFiles())
        dialog.reject()

    QTimer.singleShot(0, read_and_cancel)
    window.actions_by_name["save_as"].trigger()
    assert offered == [str(source.with_name("ruan-visit.cip"))]


def test_export_of_an_imported_article_is_named_after_its_source(qtbot, window, tmp_path):
    source = tmp_path / "ruan-visit.txt"
    source.write_bytes(SEED_EN.read_bytes())
    import_through_the_dialog(qtbot, window, source)
    window.actions_by_name["export"].trigger()
    dialog = window.files.last_box
    assert dialog.destination().stem == "ruan-visit"
    dialog.reject()
