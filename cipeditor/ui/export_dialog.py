"""File › Export…: format, language and destination, with a preview of the page.

The dialog is a client of :mod:`cipeditor.exporters`: it renders the HTML
preview with :func:`~cipeditor.exporters.render` and writes the file with
:func:`~cipeditor.exporters.export`. A Word document is previewed as the web
page of the same language — the same text and order, in a different layout —
and says so; the exchange formats (XLIFF, TMX) are summarised in words, since
their XML means nothing to a reader. Problems appear inside the dialog, which
stays open so the user can fix the destination and try again.

The window opens it without blocking::

    dialog = ExportDialog(document, parent=window)
    dialog.exported.connect(lambda path: window.statusBar().showMessage(...))
    dialog.open()
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from cipeditor import messages
from cipeditor.errors import UserError
from cipeditor.exporters import FORMAT_BY_EXTENSION, ExportOptions, export, exporter, render
from cipeditor.i18n import N_, _, ngettext
from cipeditor.ui.dialog_parts import ERROR_STYLE, NOTE_STYLE, field_row, message_label
from cipeditor.ui.document import Document
from cipeditor.ui.export_settings import ExportSettings, documents_folder
from cipeditor.ui.language import connect_retranslate


@dataclass(frozen=True)
class ExportFormat:
    """One choice of the format list: the exporter's name, what people call it, its extension."""

    name: str
    label: str  # marked with N_, translated when shown
    extension: str


FORMATS: tuple[ExportFormat, ...] = (
    ExportFormat("docx", N_("Word document"), ".docx"),
    ExportFormat("html", N_("Web page"), ".html"),
    ExportFormat("xliff", N_("XLIFF 1.2 for translation tools"), ".xlf"),
    ExportFormat("xliff2", N_("XLIFF 2.0 for translation tools"), ".xlf"),
    ExportFormat("tmx", N_("TMX translation memory"), ".tmx"),
)
_FORMATS_BY_NAME = {fmt.name: fmt for fmt in FORMATS}

PREVIEW_DELAY_MS = 300

LANGS: tuple[tuple[str, str], ...] = (
    ("zh", N_("Chinese")),
    ("en", N_("English")),
    ("both", N_("Both, side by side")),
)


def named_for(path: Path, fmt: ExportFormat) -> Path:
    """``path`` with an extension that says ``fmt``: kept when it does (".htm" for a page),
    replaced when it names another format or an article (".html", ".cip"), added otherwise
    ("release" → "release.docx", "visit.v2" → "visit.v2.docx")."""
    suffix = path.suffix.lower()
    accepted = {fmt.extension} | {
        ext for ext, name in FORMAT_BY_EXTENSION.items() if name == fmt.name
    }
    if suffix in accepted:
        return path
    if suffix in FORMAT_BY_EXTENSION or suffix in _FORMATS_EXTENSIONS or suffix == ".cip":
        return path.with_suffix(fmt.extension)
    return path.with_name(path.name + fmt.extension)


_FORMATS_EXTENSIONS = {fmt.extension for fmt in FORMATS}


def both_languages_only(format_name: str) -> bool:
    """Whether the format always holds both languages (exchange files, memories)."""
    return bool(getattr(exporter(format_name), "BOTH_LANGUAGES_ONLY", False))


class ExportDialog(QDialog):
    """Export the article of ``document``; emits ``exported(path)`` after writing the file."""

    exported = Signal(str)  # the path written, for the window's status bar

    def __init__(
        self,
        document: Document,
        settings: ExportSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.settings = settings if settings is not None else ExportSettings()
        self.notes: list[str] = []  # warnings of the last export
        self.overwrite_box: QMessageBox | None = None
        # A typed folder is tried once the user pauses, not at every key.
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.update_preview)
        self._build()
        self._load_choices()
        connect_retranslate(self.retranslate)
        self.format_combo.currentIndexChanged.connect(self._on_format_changed)
        self.lang_combo.currentIndexChanged.connect(self._on_lang_changed)
        self.templates_edit.textChanged.connect(self._preview_timer.start)
        self._on_format_changed()

    # --- building -------------------------------------------------------

    def _build(self) -> None:
        self.resize(960, 600)
        splitter = QSplitter(self)
        splitter.addWidget(self._build_choices())
        splitter.addWidget(self._build_preview())
        splitter.setSizes([400, 560])
        splitter.setChildrenCollapsible(False)
        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.export_button.clicked.connect(self.start_export)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)

    def _build_choices(self) -> QWidget:
        self.format_combo = QComboBox(self)
        for fmt in FORMATS:
            self.format_combo.addItem("", fmt.name)
        self.lang_combo = QComboBox(self)
        for code, _label in LANGS:
            self.lang_combo.addItem("", code)
        self.path_edit = QLineEdit(self)
        self.path_edit.textChanged.connect(self._clear_messages)
        self.browse_button = QPushButton(self)
        self.browse_button.clicked.connect(self._browse_destination)
        self.templates_edit = QLineEdit(self)
        self.templates_button = QPushButton(self)
        self.templates_button.clicked.connect(self._browse_templates)
        self.templates_row = field_row(self.templates_edit, self.templates_button)

        form = QFormLayout()
        self.format_label = QLabel(self)
        self.lang_label = QLabel(self)
        self.path_label = QLabel(self)
        self.templates_label = QLabel(self)
        form.addRow(self.format_label, self.format_combo)
        form.addRow(self.lang_label, self.lang_combo)
        form.addRow(self.path_label, field_row(self.path_edit, self.browse_button))
        form.addRow(self.templates_label, self.templates_row)
        for label, field in (
            (self.format_label, self.format_combo),
            (self.lang_label, self.lang_combo),
            (self.templates_label, self.templates_edit),
        ):
            label.setBuddy(field)
        self.path_label.setBuddy(self.path_edit)
        self.lang_hint = QLabel(self)
        self.lang_hint.setWordWrap(True)
        self.error_label = message_label(self, ERROR_STYLE)
        self.notes_label = message_label(self, NOTE_STYLE)

        settings_side = QWidget(self)
        left = QVBoxLayout(settings_side)
        left.setContentsMargins(0, 0, 0, 0)
        left.addLayout(form)
        left.addWidget(self.lang_hint)
        left.addWidget(self.error_label)
        left.addWidget(self.notes_label)
        left.addStretch(1)
        return settings_side

    def _build_preview(self) -> QWidget:
        self.preview_label = QLabel(self)
        self.preview_label.setWordWrap(True)
        self.preview = QTextBrowser(self)
        self.preview.setOpenLinks(False)  # a link in the article must not navigate the preview
        preview_side = QWidget(self)
        right = QVBoxLayout(preview_side)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.preview_label)
        right.addWidget(self.preview, 1)
        return preview_side

    def retranslate(self) -> None:
        self.setWindowTitle(_("Export"))
        for index, fmt in enumerate(FORMATS):
            # L10N: a format in the export list: "Word document (.docx)"
            text = _("{format} ({extension})").format(format=_(fmt.label), extension=fmt.extension)
            self.format_combo.setItemText(index, text)
        for index, (_code, label) in enumerate(LANGS):
            self.lang_combo.setItemText(index, _(label))
        self.format_label.setText(_("&Format:"))
        self.lang_label.setText(_("&Language:"))
        self.path_label.setText(_("&Save as:"))
        self.templates_label.setText(_("&Templates:"))
        self.templates_edit.setPlaceholderText(_("bundled templates"))
        self.browse_button.setText(_("&Browse…"))
        self.templates_button.setText(_("B&rowse…"))
        self.export_button.setText(_("&Export"))
        self.close_button.setText(_("Close") if self.notes else _("Cancel"))
        self._update_lang_hint()
        self.update_preview()

    def _load_choices(self) -> None:
        self.format_combo.setCurrentIndex(self.format_combo.findData(self.settings.format))
        self._chosen_lang = self.settings.lang
        self.lang_combo.setCurrentIndex(self.lang_combo.findData(self._chosen_lang))
        templates = self.settings.templates_dir
        self.templates_edit.setText(str(templates) if templates else "")
        self.path_edit.setText(str(self._default_destination()))

    def _default_destination(self) -> Path:
        # An imported article not saved yet is named after the file it came from.
        path = self.document.path or self.document.suggested_path
        folder = self.settings.folder or (path.parent if path else documents_folder())
        # L10N: file name offered when exporting an article that was never saved
        stem = path.stem if path else _("article")
        return folder / (stem + self.export_format().extension)

    # --- the choices ------------------------------------------------------

    def export_format(self) -> ExportFormat:
        return _FORMATS_BY_NAME[self.format_combo.currentData()]

    def lang(self) -> str:
        return self.lang_combo.currentData()

    def destination(self) -> Path:
        return Path(self.path_edit.text().strip()).expanduser()

    def templates_dir(self) -> Path | None:
        text = self.templates_edit.text().strip()
        return Path(text).expanduser() if text else None

    def options(self) -> ExportOptions:
        path = self.document.path
        return ExportOptions(
            lang=self.lang(),
            templates_dir=self.templates_dir(),
            source_name=path.name if path is not None else "",
        )

    def _on_format_changed(self, *_args) -> None:
        fmt = self.export_format()
        bilingual_only = both_languages_only(fmt.name)
        with QSignalBlocker(self.lang_combo):
            # A bilingual-only format shows "both"; the others get back the user's choice.
            shown = "both" if bilingual_only else self._chosen_lang
            self.lang_combo.setCurrentIndex(self.lang_combo.findData(shown))
        self.lang_combo.setEnabled(not bilingual_only)
        is_html = fmt.name == "html"
        self.templates_label.setVisible(is_html)
        self.templates_row.setVisible(is_html)
        text = self.path_edit.text().strip()
        if text:
            self.path_edit.setText(str(named_for(Path(text), fmt)))
        self._update_lang_hint()
        self.update_preview()

    def _on_lang_changed(self, *_args) -> None:
        if self.lang_combo.isEnabled():
            self._chosen_lang = self.lang()
        self.update_preview()

    def _update_lang_hint(self) -> None:
        hint = ""
        if both_languages_only(self.export_format().name):
            hint = _("This format always holds both languages, paragraph against paragraph.")
        self.lang_hint.setText(hint)
        self.lang_hint.setVisible(bool(hint))

    def _browse_destination(self) -> None:
        fmt = self.export_format()
        pattern = _("{format} (*{extension})").format(format=_(fmt.label), extension=fmt.extension)
        chosen, _filter = QFileDialog.getSaveFileName(
            self, _("Export as"), str(self.destination()), pattern
        )
        if chosen:
            path = Path(chosen)
            if not path.suffix:
                path = path.with_suffix(fmt.extension)
            self.path_edit.setText(str(path))

    def _browse_templates(self) -> None:
        start = self.templates_dir() or documents_folder()
        chosen = QFileDialog.getExistingDirectory(
            self, _("Folder of your HTML templates"), str(start)
        )
        if chosen:
            self.templates_edit.setText(chosen)
            self.update_preview()

    # --- preview ------------------------------------------------------------

    def update_preview(self, *_args) -> None:
        """Show what the export will hold: the page for HTML and DOCX, a summary otherwise."""
        self._preview_timer.stop()
        fmt = self.export_format().name
        if fmt not in ("html", "docx"):
            self.preview_label.setText(_("What the file will hold:"))
            self.preview.setPlainText(exchange_summary(self.document, fmt))
            return
        if fmt == "html":
            if self.lang() == "both":
                self.preview_label.setText(
                    _(
                        "Preview of the web page. Here the two languages follow each other; "
                        "a browser shows them side by side."
                    )
                )
            else:
                self.preview_label.setText(_("Preview of the web page:"))
            options = self.options()
        else:
            self.preview_label.setText(
                _(
                    "Approximate preview: the Word document holds the same text in the "
                    "same order, laid out as a press release."
                )
            )
            options = ExportOptions(lang=self.lang())  # the user's HTML templates are not Word's
        try:
            with messages.collect():  # notes are shown when the file is written, not per preview
                page = render([self.document.article], "html", options)
        except UserError as error:
            self.preview.setPlainText(_("No preview: {problem}").format(problem=error))
            return
        self.preview.setHtml(page.decode("utf-8"))

    # --- export -----------------------------------------------------------

    def _clear_messages(self, *_args) -> None:
        self.error_label.hide()

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def start_export(self) -> None:
        """Export, after asking (without blocking) whether to replace an existing file."""
        self.error_label.hide()
        self.notes_label.hide()
        path = self.destination()
        if not self.path_edit.text().strip():
            self._show_error(_("Choose where to save the file: type a name or use Browse…"))
            return
        if path.is_dir():
            self._show_error(
                _("{path} is a folder — add a file name such as {name}").format(
                    path=path, name=_("article") + self.export_format().extension
                )
            )
            return
        # A typed name without the format's extension would give a file nothing opens by
        # a double click, a Word document called .html, or replace the article (.cip).
        named = named_for(path, self.export_format())
        if named != path:
            self.path_edit.setText(str(named))
            path = named
        if path.exists():
            self._ask_overwrite(path)
        else:
            self.write_file()

    def _ask_overwrite(self, path: Path) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            _("Replace file?"),
            _("{name} already exists in {folder}. Replace it?").format(
                name=path.name, folder=path.parent
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.button(QMessageBox.StandardButton.Yes).setText(_("&Replace"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.finished.connect(self._on_overwrite_answer)
        self.overwrite_box = box
        box.open()

    def _on_overwrite_answer(self, result: int) -> None:
        box, self.overwrite_box = self.overwrite_box, None
        if box is not None:
            box.deleteLater()
        if result == QMessageBox.StandardButton.Yes:
            self.write_file()

    def write_file(self) -> bool:
        """Write the export now; True on success. Errors and notes appear in the dialog."""
        path = self.destination()
        fmt = self.export_format().name
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # a long article takes seconds
        try:
            with messages.collect() as notes:
                export([self.document.article], fmt, path, self.options())
        except UserError as error:
            self._show_error(str(error))  # the domain's message names the file and the fix
            return False
        finally:
            QApplication.restoreOverrideCursor()
        self._remember(fmt, path)
        self.notes = notes
        self.exported.emit(str(path))
        if not notes:
            self.accept()
            return True
        heading = ngettext(
            "Exported to {path}, with a note:",
            "Exported to {path}, with {count} notes:",
            len(notes),
        ).format(path=path, count=len(notes))
        self.notes_label.setText("\n• ".join([heading, *notes]))
        self.notes_label.show()
        self.close_button.setText(_("Close"))
        return True

    def _remember(self, fmt: str, path: Path) -> None:
        self.settings.format = fmt
        self.settings.lang = self._chosen_lang
        self.settings.folder = path.parent.resolve()
        if fmt == "html":
            # The folder a page was just made with is the one to offer next time (the same
            # setting as in Preferences); other formats do not use it, so leave it be.
            templates = self.templates_dir()
            self.settings.templates_dir = templates.resolve() if templates else None


def exchange_summary(document: Document, format_name: str) -> str:
    """In words, what an XLIFF or TMX export of the document will hold."""
    body = document.article.body
    if format_name == "tmx":
        full = sum(1 for pair in body if pair.zh.strip() and pair.en.strip())
        text = ngettext(
            "A translation memory of {count} aligned pair (Chinese zh-CN, English en).",
            "A translation memory of {count} aligned pairs (Chinese zh-CN, English en).",
            full,
        ).format(count=full)
        skipped = len(body) - full
        if skipped:
            text += "\n" + ngettext(
                "{count} pair with an empty side is left out.",
                "{count} pairs with an empty side are left out.",
                skipped,
            ).format(count=skipped)
        return text
    return ngettext(
        "An exchange file for translation tools: the title, summary and category, and "
        "{count} paragraph pair, with the other metadata carried along so that the "
        "article comes back unchanged when imported.",
        "An exchange file for translation tools: the title, summary and category, and "
        "{count} paragraph pairs, with the other metadata carried along so that the "
        "article comes back unchanged when imported.",
        len(body),
    ).format(count=len(body))
