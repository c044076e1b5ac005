"""File › Import: one file or two sides paired, previewed before the user accepts."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from cipeditor.paths import SAMPLE_ARTICLE
from cipeditor.ui.export_settings import ExportSettings
from cipeditor.ui.import_dialog import ImportDialog
from cipeditor.ui.language import switch_language
from tests.conftest import DATA

pytestmark = pytest.mark.gui

SEED_ZH = DATA / "seed-page-zh.txt"
SEED_EN = DATA / "seed-page-en.txt"


@pytest.fixture
def dialog(qtbot, tmp_path) -> ImportDialog:
    settings = ExportSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    widget = ImportDialog(settings)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def type_path(qtbot, edit, path: Path) -> None:
    edit.clear()
    qtbot.keyClicks(edit, str(path))


def wait_for_preview(qtbot, dialog: ImportDialog) -> None:
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled() or dialog.error_label.isVisible())


def test_pairing_the_seed_pages_gives_five_pairs_and_both_titles(qtbot, dialog):
    qtbot.mouseClick(dialog.pair_radio, Qt.MouseButton.LeftButton)
    assert dialog.zh_edit.isEnabled() and not dialog.file_edit.isEnabled()
    type_path(qtbot, dialog.zh_edit, SEED_ZH)
    type_path(qtbot, dialog.en_edit, SEED_EN)
    wait_for_preview(qtbot, dialog)
    shown = dialog.preview.toPlainText()
    assert "5 paragraph pairs" in shown
    assert "科技部国际合作司一级巡视员阮湘平一行调研中以常州创新园" in shown
    assert "Ruan Xiangping, First-Level Inspector" in shown

    with qtbot.waitSignal(dialog.imported) as signal:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    result = signal.args[0]
    assert len(result.article.body) == 5
    assert all(pair.zh and pair.en for pair in result.article.body)
    assert result.article.meta.title.zh.startswith("科技部")
    assert result.article.meta.title.en.startswith("Ruan Xiangping")
    assert dialog.result_article() is result.article
    assert not dialog.isVisible()


def test_a_paragraph_count_mismatch_is_shown_before_import(qtbot, dialog, tmp_path):
    short = tmp_path / "short-en.txt"
    short.write_text("A visit\n\nFirst paragraph.\n\nSecond paragraph.\n", encoding="utf-8")
    qtbot.mouseClick(dialog.pair_radio, Qt.MouseButton.LeftButton)
    type_path(qtbot, dialog.zh_edit, SEED_ZH)
    type_path(qtbot, dialog.en_edit, short)
    wait_for_preview(qtbot, dialog)
    shown = dialog.preview.toPlainText()
    assert "paragraph counts differ (Chinese 5, English 2)" in shown
    assert dialog.import_button.isEnabled()  # a warning, not a refusal: nothing is lost


def test_one_bilingual_file_fills_both_sides(qtbot, dialog):
    type_path(qtbot, dialog.file_edit, SAMPLE_ARTICLE)
    wait_for_preview(qtbot, dialog)
    assert "Chinese — 5 paragraphs" in dialog.preview.toPlainText()
    assert "English — 5 paragraphs" in dialog.preview.toPlainText()


def test_the_language_of_a_one_language_file_can_be_chosen(qtbot, dialog, tmp_path):
    text = tmp_path / "draft.txt"
    text.write_text("Park news\n\nThe park opened a new lab.\n", encoding="utf-8")
    dialog.lang_combo.setCurrentIndex(dialog.lang_combo.findText("English"))
    type_path(qtbot, dialog.file_edit, text)
    wait_for_preview(qtbot, dialog)
    article = dialog.result_article()
    assert article.meta.title.en == "Park news"
    assert article.body[0].en == "The park opened a new lab."
    assert article.body[0].zh == ""


def test_a_binary_file_is_refused_inline_naming_the_file(qtbot, dialog, tmp_path):
    binary = tmp_path / "photo.txt"
    binary.write_bytes(bytes(range(256)) * 8)
    type_path(qtbot, dialog.file_edit, binary)
    wait_for_preview(qtbot, dialog)
    assert dialog.error_label.isVisible()
    assert str(binary) in dialog.error_label.text()
    assert not dialog.import_button.isEnabled()
    assert dialog.result_article() is None
    assert dialog.isVisible()


def test_preview_text_from_a_file_is_never_markup(qtbot, dialog, tmp_path):
    hostile = tmp_path / "hostile.txt"
    hostile.write_text(
        "<script>alert(1)</script> title\n\n<b onclick='x'>not bold</b>\n", encoding="utf-8"
    )
    type_path(qtbot, dialog.file_edit, hostile)
    wait_for_preview(qtbot, dialog)
    shown = dialog.preview.toPlainText()
    assert "<script>alert(1)</script> title" in shown
    assert "<b onclick='x'>not bold</b>" in shown


def test_the_dialog_follows_a_live_language_switch(dialog):
    dialog.lang_combo.setCurrentIndex(dialog.lang_combo.findText("English"))
    try:
        switch_language("zh_CN", remember=False)
        assert dialog.lang_combo.currentText() == "英文"
    finally:
        switch_language("en", remember=False)
    assert dialog.lang_combo.currentText() == "English"
