"""What start-up leaves for later still works when it is first needed.

The zone list of the publication field is read on first use, and one metadata
panel serves every document the window opens; the status bar counts once the
window has been painted.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt

from cipeditor.article import cipformat
from cipeditor.article.model import Article, Bilingual, Meta, Pair
from cipeditor.ui.published_edit import PublishedEdit

pytestmark = pytest.mark.gui


@pytest.fixture
def published(qtbot) -> PublishedEdit:
    widget = PublishedEdit()
    qtbot.addWidget(widget)
    widget.set_value(datetime(2019, 11, 2, 18, 40, tzinfo=timezone(timedelta(hours=8))))
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.mark.qt_log_ignore("This plugin does not support")  # the popup, offscreen
def test_opening_the_zone_list_offers_every_zone_and_keeps_the_one_shown(qtbot, published):
    zones = published.zone_combo
    changes = []
    published.changed.connect(changes.append)
    qtbot.mouseClick(zones, Qt.MouseButton.LeftButton)
    assert zones.findText("Europe/Berlin") >= 0
    assert zones.findText("Asia/Shanghai") >= 0
    assert zones.currentText() == "Asia/Shanghai"
    assert changes == []  # filling the list is not an edit
    zones.hidePopup()


@pytest.mark.qt_log_ignore("This plugin does not support")  # the completer's popup, offscreen
def test_typing_a_zone_completes_from_the_whole_list(qtbot, published):
    zones = published.zone_combo
    published.activateWindow()
    zones.setFocus()
    qtbot.waitUntil(zones.lineEdit().hasFocus)
    zones.lineEdit().selectAll()
    qtbot.keyClicks(zones.lineEdit(), "Berlin")
    completions = zones.completer().completionModel()
    found = [completions.index(row, 0).data() for row in range(completions.rowCount())]
    assert "Europe/Berlin" in found


def test_one_metadata_panel_shows_each_document_opened(qtbot, window, tmp_path):
    panel = window.metadata_panel
    other = tmp_path / "other.cip"
    meta = Meta(title=Bilingual("另一篇", "Another one"), author="Li")
    cipformat.save(Article(meta=meta, body=[Pair("一", "One")]), other)
    assert window.files.open_path(other)
    assert window.metadata_panel is panel
    assert panel.title["en"].text() == "Another one"
    assert panel.author.text() == "Li"
    qtbot.keyClick(panel.author, Qt.Key.Key_End)
    qtbot.keyClicks(panel.author, " Lin")
    assert window.document.article.meta.author == "Li Lin"
    window.document.undo_stack.undo()
    assert panel.author.text() == "Li"


def test_the_status_bar_counts_once_the_window_is_shown(qtbot, window):
    qtbot.waitUntil(lambda: "3 pairs" in window.status.counts_label.text())
    assert "Chinese characters" in window.status.counts_label.text()
