"""File › Import: one document, or a Chinese and an English document paired by paragraph.

The dialog reads the chosen files with :func:`cipeditor.importers.read_document`
(and joins two sides with :func:`cipeditor.importers.pairing.pair_sides`) as
soon as a path is chosen or typed, and shows what came in — titles, paragraph
counts, the first paragraphs of each side and every warning — before the user
accepts. The result goes to the window through ``imported(Imported)``; the
window opens it as a new untitled, modified document::

    dialog = ImportDialog(parent=window)
    dialog.imported.connect(window.open_imported)  # Document(result.article).mark_modified()
    dialog.open()
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from cipeditor.article.model import Article
from cipeditor.errors import UserError
from cipeditor.i18n import N_, _, ngettext
from cipeditor.importers import IMPORTERS, Imported, read_document
from cipeditor.importers.pairing import pair_sides
from cipeditor.ui.dialog_parts import ERROR_STYLE, field_row, message_label
from cipeditor.ui.export_settings import ExportSettings, documents_folder
from cipeditor.ui.language import connect_retranslate

PREVIEW_PARAGRAPHS = 3
# Typing a path re-reads the files once the user pauses, not at every key.
PREVIEW_DELAY_MS = 300

SINGLE_LANGS: tuple[tuple[str | None, str], ...] = (
    (None, N_("Auto")),  # the importer tells the language by the characters
    ("zh", N_("Chinese")),
    ("en", N_("English")),
)


class ImportDialog(QDialog):
    """Choose what to import, see it, then accept; emits ``imported(Imported)``."""

    imported = Signal(object)  # Imported

    def __init__(self, settings: ExportSettings | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings if settings is not None else ExportSettings()
        self.result_imported: Imported | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)
        self._build()
        connect_retranslate(self.retranslate)
        self._on_mode_changed()

    # --- building -------------------------------------------------------

    def _build(self) -> None:
        self.resize(820, 600)
        self.single_radio = QRadioButton(self)
        self.pair_radio = QRadioButton(self)
        self.single_radio.setChecked(True)
        self.mode_group = QButtonGroup(self)
        self.mode_group.addButton(self.single_radio)
        self.mode_group.addButton(self.pair_radio)
        self.mode_group.buttonToggled.connect(self._on_mode_changed)

        self.file_edit, self.file_button = self._path_field()
        self.lang_combo = QComboBox(self)
        for _code, _label in SINGLE_LANGS:
            self.lang_combo.addItem("")
        self.lang_combo.currentIndexChanged.connect(self._schedule_preview)
        self.zh_edit, self.zh_button = self._path_field()
        self.en_edit, self.en_button = self._path_field()

        self.file_label, self.lang_label = QLabel(self), QLabel(self)
        self.zh_label, self.en_label = QLabel(self), QLabel(self)
        file_row = field_row(self.file_edit, self.file_button)
        zh_row = field_row(self.zh_edit, self.zh_button)
        en_row = field_row(self.en_edit, self.en_button)
        # One form for both modes, so that the fields of both line up.
        form = QFormLayout()
        form.addRow(self.single_radio)
        form.addRow(self.file_label, file_row)
        form.addRow(self.lang_label, self.lang_combo)
        form.addRow(self.pair_radio)
        form.addRow(self.zh_label, zh_row)
        form.addRow(self.en_label, en_row)
        for label, field in (
            (self.file_label, self.file_edit),
            (self.lang_label, self.lang_combo),
            (self.zh_label, self.zh_edit),
            (self.en_label, self.en_edit),
        ):
            label.setBuddy(field)
        self._single_widgets = (self.file_label, file_row, self.lang_label, self.lang_combo)
        self._pair_widgets = (self.zh_label, zh_row, self.en_label, en_row)

        self.error_label = message_label(self)
        self.preview = QTextBrowser(self)
        self.preview.setOpenLinks(False)

        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.accept_import)
        self.cancel_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.buttons)

    def _path_field(self) -> tuple[QLineEdit, QPushButton]:
        edit = QLineEdit(self)
        edit.textChanged.connect(self._schedule_preview)
        button = QPushButton(self)
        button.clicked.connect(lambda: self._browse(edit))
        return edit, button

    def retranslate(self) -> None:
        self.setWindowTitle(_("Import"))
        self.single_radio.setText(_("&One file (text, Word, web page, XLIFF, TMX or article)"))
        self.pair_radio.setText(
            _("&Pair a Chinese file with an English file, paragraph by paragraph")
        )
        self.file_label.setText(_("&File:"))
        self.lang_label.setText(_("&Language:"))
        for index, (_code, label) in enumerate(SINGLE_LANGS):
            self.lang_combo.setItemText(index, _(label))
        self.lang_combo.setToolTip(
            _("Which side a one-language file fills; bilingual files fill both sides")
        )
        self.zh_label.setText(_("&Chinese:"))
        self.en_label.setText(_("&English:"))
        for button in (self.file_button, self.zh_button, self.en_button):
            button.setText(_("Browse…"))
        self.import_button.setText(_("&Import"))
        if self.result_imported is not None:
            self._show_preview(self.result_imported)
        elif not self.error_label.isVisible():
            self.preview.setPlainText(_("Choose a file to see what it holds."))

    # --- choosing ---------------------------------------------------------

    def pairing(self) -> bool:
        return self.pair_radio.isChecked()

    def single_lang(self) -> str | None:
        return SINGLE_LANGS[self.lang_combo.currentIndex()][0]

    def _on_mode_changed(self, *_args) -> None:
        for widget in self._single_widgets:
            widget.setEnabled(not self.pairing())
        for widget in self._pair_widgets:
            widget.setEnabled(self.pairing())
        self._schedule_preview()

    def _browse(self, edit: QLineEdit) -> None:
        start = edit.text().strip() or str(self.settings.import_folder or documents_folder())
        chosen, _filter = QFileDialog.getOpenFileName(self, _("Import"), start, file_filter())
        if chosen:
            edit.setText(chosen)
            self.settings.import_folder = Path(chosen).parent
            self.refresh_preview()

    def _schedule_preview(self, *_args) -> None:
        self.import_button.setEnabled(False)
        self._timer.start()

    # --- reading -----------------------------------------------------------

    def refresh_preview(self) -> None:
        """Read the chosen file(s) now and show the result or the problem."""
        self._timer.stop()
        self.result_imported = None
        self.import_button.setEnabled(False)
        self.error_label.hide()
        try:
            result = self._read()
        except UserError as error:
            self.error_label.setText(str(error))
            self.error_label.show()
            self.preview.clear()
            return
        if result is None:
            self.retranslate()
            return
        self.result_imported = result
        self._show_preview(result)
        self.import_button.setEnabled(True)

    def _read(self) -> Imported | None:
        if not self.pairing():
            text = self.file_edit.text().strip()
            return read_document(Path(text).expanduser(), self.single_lang()) if text else None
        zh_text, en_text = self.zh_edit.text().strip(), self.en_edit.text().strip()
        if not (zh_text or en_text):
            return None
        zh = read_document(Path(zh_text).expanduser(), "zh") if zh_text else None
        en = read_document(Path(en_text).expanduser(), "en") if en_text else None
        return pair_sides(zh, en)

    def _show_preview(self, result: Imported) -> None:
        self.preview.setHtml(preview_html(result))

    # --- result -----------------------------------------------------------

    def result_article(self) -> Article | None:
        """The article read, once the preview succeeded."""
        return self.result_imported.article if self.result_imported else None

    def source_path(self) -> Path | None:
        """The file imported (in pairing, the original language's): Save As offers its name."""
        if not self.pairing():
            text = self.file_edit.text().strip()
        else:
            sides = {"zh": self.zh_edit.text().strip(), "en": self.en_edit.text().strip()}
            article = self.result_article()
            first = article.meta.source_lang if article is not None else "zh"
            text = sides[first] or sides["en" if first == "zh" else "zh"]
        return Path(text).expanduser() if text else None

    def accept_import(self) -> None:
        if self.result_imported is None:
            self.refresh_preview()
        if self.result_imported is not None:
            self.imported.emit(self.result_imported)
            self.accept()


def file_filter() -> str:
    """The open-file filter: every extension an importer reads, then all files."""
    patterns = " ".join(f"*{extension}" for extension in IMPORTERS)
    return ";;".join(
        [
            _("Documents and articles ({patterns})").format(patterns=patterns),
            _("All files (*)"),
        ]
    )


def preview_html(result: Imported) -> str:
    """Titles, counts, the first paragraphs of each side and the warnings, as escaped HTML."""
    article = result.article
    parts: list[str] = []
    pairs = len(article.body)
    parts.append(
        "<p><b>{}</b></p>".format(
            html.escape(
                ngettext("{count} paragraph pair", "{count} paragraph pairs", pairs).format(
                    count=pairs
                )
            )
        )
    )
    for warning in result.warnings:
        parts.append(f'<p style="{ERROR_STYLE}">⚠ {html.escape(warning)}</p>')
    for lang, name in (("zh", _("Chinese")), ("en", _("English"))):
        filled = [pair.get(lang) for pair in article.body if pair.get(lang).strip()]
        count = ngettext("{count} paragraph", "{count} paragraphs", len(filled)).format(
            count=len(filled)
        )
        # L10N: heading of one side in the import preview: "English — 5 paragraphs"
        heading = _("{language} — {count}").format(language=name, count=count)
        title = article.meta.title.get(lang) or _("(no title)")
        parts.append(f"<h3>{html.escape(heading)}</h3>")
        parts.append(f'<p lang="{lang}"><b>{html.escape(title)}</b></p>')
        for text in filled[:PREVIEW_PARAGRAPHS]:
            parts.append(f'<p lang="{lang}">{html.escape(text)}</p>')
        if len(filled) > PREVIEW_PARAGRAPHS:
            parts.append("<p>…</p>")
    return "\n".join(parts)
