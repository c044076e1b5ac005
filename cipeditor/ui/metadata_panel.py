"""The metadata panel (for a dock): titles, summary, category, publication, views, tags, status.

Every edit is checked by :mod:`cipeditor.article.meta_values` first: a value
that does not parse shows a red message under its field and never reaches the
model. Valid values are pushed as :class:`SetMetaField` commands, which merge
while the same field is being typed, so one run of typing is one undo step.

When the model changes (undo, redo, replace all), ``metaChanged`` reloads only
the widget of that field, and only if it does not already show the model's
value; reloads are guarded so they never push commands, and the cursor keeps
its place where the text allows.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from cipeditor.article import meta_values
from cipeditor.article.cipformat import MAX_TEXT_LENGTH
from cipeditor.article.model import LANGS, META_FIELDS, Bilingual, Status
from cipeditor.errors import UserError
from cipeditor.i18n import _
from cipeditor.ui.category_list import CategoryList
from cipeditor.ui.commands.meta import SetMetaField
from cipeditor.ui.document import Document
from cipeditor.ui.published_edit import PublishedEdit
from cipeditor.ui.undo_keys import UndoKeyRouter

ERROR_STYLE = "color: #c0392b;"
FIELDS = META_FIELDS


class MetadataPanel(QWidget):
    """Edit the article's metadata; listens to ``Document.metaChanged``."""

    def __init__(
        self,
        document: Document,
        categories: CategoryList | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.categories = categories if categories is not None else CategoryList()
        self._loading = False
        self._build()
        self.retranslate()
        self._connect()
        self.undo_keys = UndoKeyRouter(document.undo_stack, self)
        for widget in self._text_fields():
            self.undo_keys.watch(widget)
        self.document.metaChanged.connect(self.reload_field)
        self.reload_all()

    # -- building -------------------------------------------------------------------------

    def _build(self) -> None:
        self.labels: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}
        self.title = {lang: QLineEdit(self) for lang in LANGS}
        self.summary = {lang: QPlainTextEdit(self) for lang in LANGS}
        for edit in self.summary.values():
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 4 + 12)
        self.category = {lang: self._category_combo() for lang in LANGS}
        self.published = PublishedEdit(self)
        self.views = QLineEdit(self)
        self.author = QLineEdit(self)
        self.source = QLineEdit(self)
        self.contact = QLineEdit(self)
        self.tags = QLineEdit(self)
        self.status = QComboBox(self)
        for status in Status:
            self.status.addItem("", status.value)
        self.source_lang = QComboBox(self)
        for lang in LANGS:
            self.source_lang.addItem("", lang)
        self._lay_out()

    def _text_fields(self) -> list[QWidget]:
        """Every widget people type into; line edits get the model's length limit."""
        lines = [
            *self.title.values(),
            *(combo.lineEdit() for combo in self.category.values()),
            self.views,
            self.author,
            self.source,
            self.contact,
            self.tags,
        ]
        for edit in lines:
            # setMaxLength sets the text again and moves the cursor to the end: only once.
            if edit.maxLength() != MAX_TEXT_LENGTH:
                edit.setMaxLength(MAX_TEXT_LENGTH)
        return [*lines, *self.summary.values()]

    @staticmethod
    def _narrow(combo: QComboBox) -> QComboBox:
        # Long entries (America/Argentina/ComodRivadavia) must not widen the dock.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        return combo

    def _category_combo(self) -> QComboBox:
        combo = self._narrow(QComboBox(self))
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        return combo

    def _lay_out(self) -> None:
        grid = QGridLayout(self)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        self.heading = {lang: QLabel(self) for lang in LANGS}
        for column, lang in enumerate(LANGS, start=1):
            self.heading[lang].setStyleSheet("font-weight: bold;")
            grid.addWidget(self.heading[lang], 0, column)
        row = 1
        for name, pair in (
            ("title", self.title),
            ("summary", self.summary),
            ("category", self.category),
        ):
            row = self._add_row(grid, row, name, pair["zh"], pair["en"])
        row = self._add_row(grid, row, "published", self.published, label=self.published.toggle)
        for name in ("views", "author", "source", "contact", "tags", "status", "source_lang"):
            row = self._add_row(grid, row, name, getattr(self, name))
        grid.setRowStretch(row, 1)

    def _add_row(self, grid, row, name, first, second=None, *, label=None) -> int:
        label = label if label is not None else QLabel(self)
        if isinstance(label, QLabel):
            label.setBuddy(first)
            self.labels[name] = label
        # Multi-line fields keep their label at the top; others centre it on the field (a
        # label centres its text). Done with a stretch, not alignment flags: those live in
        # Qt's namespace, whose enums are costly to set up before the window first shows.
        if isinstance(first, QPlainTextEdit):
            top = QVBoxLayout()
            top.setContentsMargins(0, 0, 0, 0)
            top.addWidget(label)
            top.addStretch(1)
            grid.addLayout(top, row, 0)
        else:
            grid.addWidget(label, row, 0)
        if second is None:
            grid.addWidget(first, row, 1, 1, 2)
        else:
            grid.addWidget(first, row, 1)
            grid.addWidget(second, row, 2)
        error = QLabel(self)
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        self.errors[name] = error
        grid.addWidget(error, row + 1, 1, 1, 2)
        return row + 2

    def retranslate(self) -> None:
        """Set every label in the current interface language."""
        self.heading["zh"].setText(_("Chinese"))
        self.heading["en"].setText(_("English"))
        texts = {
            "title": _("&Title"),
            "summary": _("Su&mmary"),
            "category": _("Categor&y"),
            "views": _("&Views"),
            "author": _("&Author"),
            "source": _("Sou&rce"),
            "contact": _("Co&ntact"),
            "tags": _("Ta&gs"),
            "status": _("&Status"),
            # L10N: the language the article was first written in
            "source_lang": _("Original &language"),
        }
        for name, text in texts.items():
            self.labels[name].setText(text)
        self.published.retranslate()
        self.views.setPlaceholderText(_("unknown"))
        self.tags.setPlaceholderText(
            _("{example} — separate tags with , or ，").format(example="园区, 投资，CIP")
        )
        for i, status in enumerate(Status):
            self.status.setItemText(i, _(status.label))
        self.source_lang.setItemText(0, _("Chinese"))
        self.source_lang.setItemText(1, _("English"))
        self._recheck_entries()

    def _recheck_entries(self) -> None:
        """Say again, in the new language, what is wrong with an entry that is still invalid."""
        for name in ("views", "tags"):
            if not self.errors[name].isHidden():
                self._show_error(name, _problem(name, getattr(self, name).text()))
        if not self.errors["published"].isHidden():
            self.published.recheck()

    # -- edits from the user --------------------------------------------------------------

    def _connect(self) -> None:
        for lang in LANGS:
            self.title[lang].textEdited.connect(
                lambda text, lang=lang: self._push("title", text, lang)
            )
            self.summary[lang].textChanged.connect(
                lambda lang=lang: self._push("summary", self.summary[lang].toPlainText(), lang)
            )
            combo = self.category[lang]
            combo.lineEdit().textEdited.connect(
                lambda text, lang=lang: self._push("category", text, lang)
            )
            combo.activated.connect(lambda index, lang=lang: self._category_chosen(lang, index))
            combo.lineEdit().editingFinished.connect(self._remember_category)
        for name in ("author", "source", "contact"):
            getattr(self, name).textEdited.connect(lambda text, name=name: self._push(name, text))
        self.views.textEdited.connect(lambda: self._edit_parsed("views"))
        self.tags.textEdited.connect(lambda: self._edit_parsed("tags"))
        self.published.changed.connect(self._published_changed)
        self.published.problem.connect(lambda message: self._show_error("published", message))
        self.status.activated.connect(
            lambda: self._push("status", Status(self.status.currentData()))
        )
        self.source_lang.activated.connect(
            lambda: self._push("source_lang", self.source_lang.currentData())
        )

    def _push(self, name: str, value, lang: str | None = None) -> None:
        if self._loading:
            return
        current = getattr(self.document.article.meta, name)
        if (current.get(lang) if lang else current) == value:
            return
        self.document.push(SetMetaField(self.document, name, value, lang))

    def _show_error(self, name: str, message: str | None) -> None:
        self.errors[name].setText(message or "")
        self.errors[name].setVisible(bool(message))

    def _edit_parsed(self, name: str) -> None:
        parse = {"views": meta_values.parse_views, "tags": meta_values.parse_tags}[name]
        try:
            value = parse(getattr(self, name).text())
        except UserError as problem:
            self._show_error(name, problem.message)
            return
        self._show_error(name, None)
        self._push(name, value)

    def _category_chosen(self, lang: str, index: int) -> None:
        pairs = self.categories.categories()
        if not 0 <= index < len(pairs) or self._loading:
            return
        chosen = pairs[index]
        if chosen == self.document.article.meta.category:
            return
        stack = self.document.undo_stack
        stack.beginMacro(_("Choose category"))
        for side in LANGS:
            self._push("category", chosen.get(side), side)
        stack.endMacro()

    def _remember_category(self) -> None:
        if self.categories.remember(self.document.article.meta.category):
            self._fill_categories()

    def _published_changed(self, moment: datetime | None) -> None:
        current = self.document.article.meta.published
        same = current == moment and (moment is None or current.utcoffset() == moment.utcoffset())
        if not same:
            self.document.push(SetMetaField(self.document, "published", moment))

    # -- reloading from the model ----------------------------------------------------------

    def set_document(self, document: Document) -> None:
        """Show another document's metadata."""
        self.document.metaChanged.disconnect(self.reload_field)
        self.document = document
        self.undo_keys.stack = document.undo_stack
        document.metaChanged.connect(self.reload_field)
        self.reload_all()

    def reload_all(self) -> None:
        self._fill_categories()
        for name in FIELDS:
            self.reload_field(name)
        self.set_read_only(self.document.read_only)

    def set_read_only(self, read_only: bool) -> None:
        """A read-only document (a recovered copy, a locked file) is shown but not editable."""
        for edit in self._text_fields():
            edit.setReadOnly(read_only)
        for widget in (*self.category.values(), self.published, self.status, self.source_lang):
            widget.setEnabled(not read_only)
        self.published.toggle.setEnabled(not read_only)

    def reload_field(self, name: str) -> None:
        """Show the model's value of ``name`` unless the widget already does (keeps the cursor)."""
        loader = getattr(self, f"_load_{name}", None)
        if loader is None:
            return
        self._loading = True
        try:
            loader(getattr(self.document.article.meta, name))
        finally:
            self._loading = False

    def _load_title(self, value: Bilingual) -> None:
        for lang in LANGS:
            _set_line(self.title[lang], value.get(lang))

    def _load_summary(self, value: Bilingual) -> None:
        for lang in LANGS:
            edit = self.summary[lang]
            text = value.get(lang)
            if edit.toPlainText() != text:
                position = edit.textCursor().position()
                edit.setPlainText(text)
                cursor = edit.textCursor()
                cursor.setPosition(min(position, len(edit.toPlainText())))
                edit.setTextCursor(cursor)

    def _load_category(self, value: Bilingual) -> None:
        for lang in LANGS:
            _set_line(self.category[lang].lineEdit(), value.get(lang))

    def _fill_categories(self) -> None:
        self._loading = True
        try:
            pairs = self.categories.categories()
            for lang, combo in self.category.items():
                text = combo.currentText()
                combo.clear()
                combo.addItems([pair.get(lang) for pair in pairs])
                combo.setCurrentIndex(-1)
                combo.setEditText(text)
        finally:
            self._loading = False

    def _load_published(self, value: datetime | None) -> None:
        if self.published.value_differs(value):
            self._show_error("published", None)
            self.published.set_value(value)

    def _load_views(self, value: int | None) -> None:
        self._load_parsed("views", value, "" if value is None else str(value))

    def _load_tags(self, value: list[str]) -> None:
        self._load_parsed("tags", value, meta_values.format_tags(value))

    def _load_parsed(self, name: str, value, text: str) -> None:
        edit = getattr(self, name)
        parse = {"views": meta_values.parse_views, "tags": meta_values.parse_tags}[name]
        try:
            if parse(edit.text()) == value:
                return
        except UserError:
            pass  # the model changed under an invalid entry: show the model's value
        self._show_error(name, None)
        _set_line(edit, text)

    def _load_author(self, value: str) -> None:
        _set_line(self.author, value)

    def _load_source(self, value: str) -> None:
        _set_line(self.source, value)

    def _load_contact(self, value: str) -> None:
        _set_line(self.contact, value)

    def _load_status(self, value: Status) -> None:
        self.status.setCurrentIndex(self.status.findData(Status(value).value))

    def _load_source_lang(self, value: str) -> None:
        self.source_lang.setCurrentIndex(self.source_lang.findData(value))


def _problem(name: str, text: str) -> str | None:
    """Why ``text`` is not a valid entry for the field ``name``, or None if it is."""
    parse = {"views": meta_values.parse_views, "tags": meta_values.parse_tags}[name]
    try:
        parse(text)
    except UserError as problem:
        return problem.message
    return None


def _set_line(edit: QLineEdit, text: str) -> None:
    """Replace the text of ``edit`` if it differs, keeping the cursor where it was if it can."""
    if edit.text() == text:
        return
    position = edit.cursorPosition()
    edit.setText(text)
    edit.setCursorPosition(min(position, len(text)))
