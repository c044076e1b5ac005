"""File › Export…: each format written and read back, choices remembered, problems shown inline."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from cipeditor.article import cipformat
from cipeditor.article.model import Status
from cipeditor.importers import read_document
from cipeditor.paths import SAMPLE_ARTICLE
from cipeditor.ui.document import Document
from cipeditor.ui.export_dialog import ExportDialog
from cipeditor.ui.export_settings import ExportSettings
from cipeditor.ui.language import switch_language

pytestmark = pytest.mark.gui


@pytest.fixture
def settings(tmp_path) -> ExportSettings:
    return ExportSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def document(tmp_path) -> Document:
    return Document(cipformat.load(SAMPLE_ARTICLE), tmp_path / "visit.cip")


@pytest.fixture
def make_dialog(qtbot, document, settings):
    def make(doc: Document = document) -> ExportDialog:
        dialog = ExportDialog(doc, settings)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return make


def choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def type_destination(qtbot, dialog: ExportDialog, path: Path) -> None:
    dialog.path_edit.clear()
    qtbot.keyClicks(dialog.path_edit, str(path))


def click_export(qtbot, dialog: ExportDialog) -> None:
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)


@pytest.mark.parametrize(
    ("format_name", "lang"),
    [
        ("docx", "zh"),
        ("docx", "both"),
        ("html", "en"),
        ("xliff", "both"),
        ("xliff2", "both"),
        ("tmx", "both"),
    ],
)
def test_each_format_writes_a_file_its_importer_reads_back(
    qtbot, make_dialog, tmp_path, format_name, lang
):
    dialog = make_dialog()
    document = dialog.document
    choose(dialog.format_combo, format_name)
    if dialog.lang_combo.isEnabled():
        choose(dialog.lang_combo, lang)
    target = tmp_path / f"out{dialog.export_format().extension}"
    type_destination(qtbot, dialog, target)
    with qtbot.waitSignal(dialog.exported) as signal:
        click_export(qtbot, dialog)
    assert signal.args == [str(target)]
    assert not dialog.isVisible()  # no notes: the dialog closes itself
    back = read_document(target).article
    assert [(p.zh, p.en) for p in back.body] == [(p.zh, p.en) for p in document.article.body]
    if format_name != "tmx":  # a memory holds pairs, not the headline
        assert back.meta.title == document.article.meta.title


def test_the_default_destination_is_the_documents_name_with_the_formats_extension(
    make_dialog, tmp_path
):
    dialog = make_dialog()
    choose(dialog.format_combo, "html")
    assert dialog.destination() == tmp_path / "visit.html"
    choose(dialog.format_combo, "tmx")
    assert dialog.destination() == tmp_path / "visit.tmx"


@pytest.mark.parametrize("format_name", ["xliff", "xliff2", "tmx"])
def test_language_is_forced_to_both_for_bilingual_formats(make_dialog, format_name):
    dialog = make_dialog()
    choose(dialog.format_combo, "docx")
    choose(dialog.lang_combo, "en")
    choose(dialog.format_combo, format_name)
    assert not dialog.lang_combo.isEnabled()
    assert dialog.lang() == "both"
    assert dialog.lang_hint.isVisible()
    # Going back to a one-language format gives back what the user had chosen.
    choose(dialog.format_combo, "docx")
    assert dialog.lang_combo.isEnabled()
    assert dialog.lang() == "en"


def test_last_choices_are_remembered_by_the_next_dialog(qtbot, make_dialog, tmp_path):
    folder = tmp_path / "press"
    folder.mkdir()
    first = make_dialog()
    choose(first.format_combo, "html")
    choose(first.lang_combo, "en")
    type_destination(qtbot, first, folder / "release.html")
    with qtbot.waitSignal(first.exported):
        click_export(qtbot, first)

    second = make_dialog()
    assert second.export_format().name == "html"
    assert second.lang() == "en"
    assert second.destination() == folder / "visit.html"


def test_preview_shows_the_title_and_hostile_text_as_text(make_dialog):
    article = cipformat.load(SAMPLE_ARTICLE)
    article.meta.title.en = "Visit <script>alert('x')</script>"
    article.body[0].en = '<img src=x onerror="alert(1)"> & <b>not bold</b>'
    dialog = make_dialog(Document(article))
    choose(dialog.format_combo, "html")
    choose(dialog.lang_combo, "en")
    shown = dialog.preview.toPlainText()
    assert "Visit <script>alert('x')</script>" in shown
    assert '<img src=x onerror="alert(1)"> & <b>not bold</b>' in shown
    choose(dialog.lang_combo, "zh")
    assert article.meta.title.zh in dialog.preview.toPlainText()


def test_docx_preview_is_labelled_as_an_approximation(make_dialog, document):
    dialog = make_dialog()
    choose(dialog.format_combo, "docx")
    choose(dialog.lang_combo, "zh")
    assert "Approximate" in dialog.preview_label.text()
    assert document.article.meta.title.zh in dialog.preview.toPlainText()


def test_an_unwritable_destination_is_reported_inline_and_the_dialog_stays(
    qtbot, make_dialog, tmp_path
):
    dialog = make_dialog()
    target = tmp_path / "no-such-folder" / "out.docx"
    type_destination(qtbot, dialog, target)
    with qtbot.assertNotEmitted(dialog.exported):
        click_export(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.error_label.isVisible()
    assert str(target) in dialog.error_label.text()
    assert not target.exists()


def test_an_existing_file_is_replaced_only_after_confirmation(qtbot, make_dialog, tmp_path):
    target = tmp_path / "out.html"
    target.write_text("keep me", encoding="utf-8")
    dialog = make_dialog()
    choose(dialog.format_combo, "html")
    type_destination(qtbot, dialog, target)

    click_export(qtbot, dialog)
    box = dialog.overwrite_box
    assert box is not None and box.isVisible()
    with qtbot.waitSignal(box.finished):
        box.button(QMessageBox.StandardButton.No).click()
    assert target.read_text(encoding="utf-8") == "keep me"

    click_export(qtbot, dialog)
    with qtbot.waitSignal(dialog.exported):
        dialog.overwrite_box.button(QMessageBox.StandardButton.Yes).click()
    assert "<html" in target.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("format_name", "note"),
    [("docx", "control characters"), ("tmx", "left out of the translation memory")],
)
def test_warnings_of_the_export_are_shown_after_writing(
    qtbot, make_dialog, tmp_path, format_name, note
):
    article = cipformat.load(SAMPLE_ARTICLE)
    article.body[1].en = "bell\x07 and escape\x1b"
    article.body[2].zh = ""
    dialog = make_dialog(Document(article))
    choose(dialog.format_combo, format_name)
    type_destination(qtbot, dialog, tmp_path / "out.file")
    with qtbot.waitSignal(dialog.exported):
        click_export(qtbot, dialog)
    assert dialog.isVisible()  # stays open so that the notes can be read
    assert dialog.notes_label.isVisible()
    assert note in dialog.notes_label.text()
    assert dialog.close_button.text() == "Close"


def test_exporting_a_draft_press_release_says_it_is_not_reviewed(qtbot, make_dialog, tmp_path):
    article = cipformat.load(SAMPLE_ARTICLE)
    article.meta.status = Status.DRAFT
    dialog = make_dialog(Document(article))
    choose(dialog.format_combo, "docx")
    choose(dialog.lang_combo, "zh")
    type_destination(qtbot, dialog, tmp_path / "release.docx")
    with qtbot.waitSignal(dialog.exported):
        click_export(qtbot, dialog)
    assert dialog.isVisible()
    assert "marked Draft, not reviewed yet" in dialog.notes_label.text()


def test_html_uses_the_users_templates_folder_and_refuses_a_missing_one(
    qtbot, make_dialog, settings, tmp_path
):
    house = tmp_path / "house-style"
    house.mkdir()
    (house / "article.html.j2").write_text(
        "<!doctype html><p>House style: {{ meta.author }}</p>", encoding="utf-8"
    )
    settings.templates_dir = house  # as Preferences stores it
    dialog = make_dialog()
    choose(dialog.format_combo, "html")
    choose(dialog.lang_combo, "en")
    assert dialog.templates_edit.isVisible()
    assert dialog.templates_edit.text() == str(house)
    assert "House style" in dialog.preview.toPlainText()

    missing = tmp_path / "missing"
    dialog.templates_edit.clear()
    qtbot.keyClicks(dialog.templates_edit, str(missing))
    qtbot.waitUntil(lambda: "does not exist" in dialog.preview.toPlainText())
    type_destination(qtbot, dialog, tmp_path / "out.html")
    with qtbot.assertNotEmitted(dialog.exported):
        click_export(qtbot, dialog)
    assert str(missing) in dialog.error_label.text()

    choose(dialog.format_combo, "docx")
    assert not dialog.templates_edit.isVisible()


def test_the_dialog_follows_a_live_language_switch(make_dialog):
    dialog = make_dialog()
    choose(dialog.lang_combo, "zh")
    try:
        switch_language("zh_CN", remember=False)
        assert dialog.lang_combo.currentText() == "中文"
    finally:
        switch_language("en", remember=False)
    assert dialog.lang_combo.currentText() == "Chinese"


def test_a_templates_folder_typed_for_a_page_is_offered_next_time(
    qtbot, make_dialog, settings, tmp_path
):
    # Before: the folder was used once and forgotten; the next export went back to the
    # bundled templates without a word.
    house = tmp_path / "house-style"
    house.mkdir()
    (house / "article.html.j2").write_text(
        "<!doctype html><title>t</title><p>House style</p>", encoding="utf-8"
    )
    dialog = make_dialog()
    choose(dialog.format_combo, "html")
    choose(dialog.lang_combo, "en")
    qtbot.keyClicks(dialog.templates_edit, str(house))
    type_destination(qtbot, dialog, tmp_path / "page.html")
    with qtbot.waitSignal(dialog.exported):
        click_export(qtbot, dialog)
    assert "House style" in (tmp_path / "page.html").read_text(encoding="utf-8")
    again = make_dialog()
    assert again.templates_edit.text() == str(house)
    assert "House style" in again.preview.toPlainText()

    again.templates_edit.clear()  # back to the bundled templates, remembered too
    type_destination(qtbot, again, tmp_path / "bundled.html")
    with qtbot.waitSignal(again.exported):
        click_export(qtbot, again)
    assert settings.templates_dir is None


@pytest.mark.parametrize(
    "case",
    [
        ("docx", "release", "release.docx"),
        ("docx", "release.html", "release.docx"),
        ("html", "visit.v2", "visit.v2.html"),
        ("html", "page.htm", "page.htm"),
        ("xliff", "visit.xliff", "visit.xliff"),
    ],
)
def test_a_typed_name_gets_the_extension_of_its_format(qtbot, make_dialog, tmp_path, case):
    format_name, typed, written = case
    # Before: "release" was written without an extension, "release.html" was a Word file.
    folder = tmp_path / "out"
    folder.mkdir()
    dialog = make_dialog()
    choose(dialog.format_combo, format_name)
    type_destination(qtbot, dialog, folder / typed)
    with qtbot.waitSignal(dialog.exported) as signal:
        click_export(qtbot, dialog)
    assert signal.args == [str(folder / written)]
    assert dialog.path_edit.text() == str(folder / written)
    assert [path.name for path in folder.iterdir()] == [written]


def test_the_article_itself_is_never_replaced_by_its_export(qtbot, make_dialog, tmp_path):
    # Before: typing the article's own name (visit.cip) and confirming "Replace" turned the
    # article into a Word document.
    dialog = make_dialog()
    article_file = tmp_path / "visit.cip"
    cipformat.save(dialog.document.article, article_file)
    before = article_file.read_bytes()
    choose(dialog.format_combo, "docx")
    type_destination(qtbot, dialog, article_file)
    with qtbot.waitSignal(dialog.exported) as signal:
        click_export(qtbot, dialog)
    assert signal.args == [str(tmp_path / "visit.docx")]
    assert article_file.read_bytes() == before
    assert dialog.overwrite_box is None


def test_a_new_article_is_offered_a_folder_that_exists(qtbot, make_dialog, tmp_path, monkeypatch):
    # Before: ~/Documents was offered even where it does not exist, and Export then
    # failed with "the folder does not exist".
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))  # no user-dirs.dirs there
    dialog = make_dialog(Document(cipformat.load(SAMPLE_ARTICLE)))  # never saved
    assert dialog.destination() == home / "article.docx"
    (home / "Documents").mkdir()
    later = make_dialog(Document(cipformat.load(SAMPLE_ARTICLE)))
    assert later.destination() == home / "Documents" / "article.docx"
    with qtbot.waitSignal(dialog.exported):
        click_export(qtbot, dialog)
    assert (home / "article.docx").is_file()
