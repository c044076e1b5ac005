"""The dialog that adds or edits one glossary entry, every field of it.

Variant lists are typed on one line separated by ``|`` (as in the CSV file);
a person's official titles go in a small table, one title per row, each with
an optional validity period (``YYYY-MM-DD``, either end may stay empty).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cipeditor.glossary.entry import Entry, EntryType, OfficialTitle, validate_entry
from cipeditor.i18n import _
from cipeditor.ui.dialog_parts import message_label
from cipeditor.ui.language import connect_retranslate

SEPARATOR = "|"


def _split(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(SEPARATOR) if part.strip())


class EntryDialog(QDialog):
    """Add or edit an entry; after ``accepted``, :attr:`entry` holds the result."""

    def __init__(self, entry: Entry | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("entryDialog")
        self.entry: Entry | None = None
        self._editing = entry is not None
        # Says why a new entry may not be wanted (its Chinese is in a glossary already).
        self.doubt: Callable[[Entry], str | None] = lambda _entry: None
        self._doubted: Entry | None = None  # the entry the user was warned about
        self.zh = QLineEdit(self)
        self.zh_variants = QLineEdit(self)
        self.en = QLineEdit(self)
        self.admitted = QLineEdit(self)
        self.forbidden = QLineEdit(self)
        self.type = QComboBox(self)
        for kind in EntryType:
            self.type.addItem("", kind.value)
        self.note = QLineEdit(self)
        self.case_sensitive = QCheckBox(self)
        self.titles_label = QLabel(self)
        self.titles = QTableWidget(0, 4, self)
        self.titles.setMinimumHeight(110)
        self.titles_label.setBuddy(self.titles)
        header = self.titles.horizontalHeader()
        for column in (0, 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        for column in (2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.add_title = QPushButton(self)
        self.add_title.clicked.connect(lambda: self.titles.insertRow(self.titles.rowCount()))
        self.remove_title = QPushButton(self)
        self.remove_title.clicked.connect(self._remove_title)
        self.message = message_label(self)
        self.destination = QLabel(self)  # which glossary the entry is saved to
        self.destination.setObjectName("entryDestination")
        self.destination.setWordWrap(True)
        self.destination.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self._layout()
        if entry is not None:
            self.fill(entry)
        connect_retranslate(self.retranslate)

    def _layout(self) -> None:
        self.form = QFormLayout()
        self.labels: list[QLabel] = []
        for widget in (
            self.zh,
            self.zh_variants,
            self.en,
            self.admitted,
            self.forbidden,
            self.type,
            self.note,
            self.case_sensitive,
        ):
            label = QLabel(self)
            label.setBuddy(widget)
            self.labels.append(label)
            self.form.addRow(label, widget)
        title_buttons = QHBoxLayout()
        title_buttons.addWidget(self.add_title)
        title_buttons.addWidget(self.remove_title)
        title_buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.titles_label)
        layout.addWidget(self.titles)
        layout.addLayout(title_buttons)
        layout.addWidget(self.destination)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(560, 480)

    def set_destination(self, text: str) -> None:
        """Say where the entry goes (several glossaries may be in use)."""
        self.destination.setText(text)
        self.destination.setVisible(bool(text))

    def retranslate(self) -> None:
        self.setWindowTitle(_("Edit Glossary Entry") if self._editing else _("New Glossary Entry"))
        labels = [
            _("&Chinese term:"),
            _("Chinese &variants:"),
            _("&English (preferred):"),
            _("&Admitted English:"),
            _("&Forbidden English:"),
            _("&Type:"),
            _("&Note:"),
            "",
        ]
        for label, text in zip(self.labels, labels, strict=True):
            label.setText(text)
        separated = _("several separated by |")
        for field in (self.zh_variants, self.admitted, self.forbidden):
            field.setPlaceholderText(separated)
        for index, kind in enumerate(EntryType):
            self.type.setItemText(index, _(kind.label))
        self.case_sensitive.setText(_("Case-&sensitive English (match capitals exactly)"))
        self.titles_label.setText(_("Official titles (for a person), each valid for a period:"))
        self.titles.setHorizontalHeaderLabels(
            [_("Title (Chinese)"), _("Title (English)"), _("Valid from"), _("Valid to")]
        )
        self.titles.setToolTip(_("A person's official titles; dates as YYYY-MM-DD, or empty"))
        self.add_title.setText(_("A&dd Title"))
        self.remove_title.setText(_("&Remove Title"))

    def fill(self, entry: Entry) -> None:
        """Show ``entry`` in the fields."""
        self.zh.setText(entry.zh)
        self.zh_variants.setText(SEPARATOR.join(entry.zh_variants))
        self.en.setText(entry.en)
        self.admitted.setText(SEPARATOR.join(entry.admitted))
        self.forbidden.setText(SEPARATOR.join(entry.forbidden))
        self.type.setCurrentIndex(list(EntryType).index(entry.type))
        self.note.setText(entry.note)
        self.case_sensitive.setChecked(entry.case_sensitive)
        self.titles.setRowCount(0)
        for title in entry.titles:
            row = self.titles.rowCount()
            self.titles.insertRow(row)
            values = (title.zh, title.en, title.valid_from, title.valid_to)
            for column, value in enumerate(values):
                text = value.isoformat() if isinstance(value, date) else (value or "")
                self.titles.setItem(row, column, QTableWidgetItem(text))

    def _remove_title(self) -> None:
        row = self.titles.currentRow()
        if row >= 0:
            self.titles.removeRow(row)

    def read_entry(self) -> Entry:
        """The entry the fields describe; ``ValueError`` with a message for people if bad."""
        titles = []
        for row in range(self.titles.rowCount()):
            cells = [self._cell(row, column) for column in range(4)]
            if any(cells):
                titles.append(OfficialTitle(cells[0], cells[1], _day(cells[2]), _day(cells[3])))
        entry = Entry(
            zh=self.zh.text().strip(),
            en=self.en.text().strip(),
            zh_variants=_split(self.zh_variants.text()),
            admitted=_split(self.admitted.text()),
            forbidden=_split(self.forbidden.text()),
            type=EntryType(self.type.currentData()),
            note=self.note.text().strip(),
            case_sensitive=self.case_sensitive.isChecked(),
            titles=tuple(titles),
        )
        problem = validate_entry(entry)
        if problem:
            raise ValueError(problem)
        return entry

    def _cell(self, row: int, column: int) -> str:
        item = self.titles.item(row, column)
        return item.text().strip() if item is not None else ""

    def _accept(self) -> None:
        try:
            self.entry = self.read_entry()
        except ValueError as error:
            problem = str(error)  # not capitalize(): it would lower-case Chinese, YYYY-MM-DD
            self.message.setText(problem[:1].upper() + problem[1:])
            self.message.show()
            return
        doubt = self.doubt(self.entry)
        if doubt and self.entry != self._doubted:
            # Warned once; OK again with the same fields adds it all the same.
            self._doubted = self.entry
            self.message.setText(doubt)
            self.message.show()
            return
        self.accept()


def _day(text: str) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(
            _("{value} is not a date (write it as YYYY-MM-DD)").format(value=text)
        ) from None
