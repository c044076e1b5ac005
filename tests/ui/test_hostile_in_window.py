"""The window refuses every file of the hostile corpus with a message, and keeps its work.

Opening (File › Open, Open Recent, drag and drop all come here) or importing a broken or
malicious file shows one error box naming the file; the article on screen is untouched
and nothing is raised into the event loop.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.conftest import DATA

pytestmark = pytest.mark.gui

HOSTILE = DATA / "hostile"
GLOSSARY_SUFFIXES = {".csv", ".tbx", ".utx", ".tab", ".utf8"}
DOCUMENTS = sorted(p for p in HOSTILE.iterdir() if p.suffix not in GLOSSARY_SUFFIXES)
GLOSSARIES = sorted(p for p in HOSTILE.iterdir() if p.suffix in GLOSSARY_SUFFIXES)


def error_boxes() -> list[QMessageBox]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.objectName() == "errorBox" and w.isVisible()
    ]


@pytest.mark.parametrize("path", DOCUMENTS, ids=[p.name for p in DOCUMENTS])
def test_opening_a_hostile_document_shows_an_error_and_keeps_the_article(qtbot, window, path):
    before = window.document
    text_before = window.editor.panes["en"].toPlainText()
    assert window.files.open_path(path) is False
    assert window.document is before
    assert window.editor.panes["en"].toPlainText() == text_before
    assert path.name in window.files.last_error
    [box] = error_boxes()
    assert path.name in box.text() + box.informativeText()
    box.done(0)


@pytest.mark.parametrize("path", GLOSSARIES, ids=[p.name for p in GLOSSARIES])
def test_opening_a_hostile_glossary_shows_an_error(qtbot, window, path):
    ui = window.glossary_ui
    in_use = list(ui.glossaries.glossaries)
    ui.dock.open_files([str(path)])
    [box] = error_boxes()
    assert path.name in box.informativeText()
    # A file with some good entries among bad ones is used without them, read-only.
    added = [g for g in ui.glossaries.glossaries if g not in in_use]
    assert all(ui.glossaries.is_read_only(g) and "line" in box.informativeText() for g in added)
    box.done(0)
