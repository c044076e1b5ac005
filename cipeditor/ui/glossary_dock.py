"""The glossary dock: the glossaries in use and their entries, to search, add, edit and delete.

The list shows the entries of every glossary in use; Add, Edit and Delete
change the *editable* glossary (chosen at the top) and save it at once.
Open adds a glossary file (CSV, TBX, and whatever other formats
:mod:`cipeditor.glossary.files` reads); Export writes the editable glossary
to another file, the format chosen by the extension.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from cipeditor import messages
from cipeditor.errors import InputError, OutputError
from cipeditor.glossary import files
from cipeditor.glossary.entry import Entry
from cipeditor.i18n import _
from cipeditor.ui import dialogs
from cipeditor.ui.entry_dialog import EntryDialog
from cipeditor.ui.glossary_model import ENTRY_ROLE, EntryFilter, EntryTableModel
from cipeditor.ui.glossary_set import GlossarySet
from cipeditor.ui.language import connect_retranslate

FORMAT_NAMES = {"csv": "CSV", "tbx": "TBX", "omegat": "OmegaT", "utx": "UTX"}


def file_filters() -> str:
    """The file dialog filters for every glossary format that :mod:`files` knows."""
    by_kind: dict[str, list[str]] = {}
    for ext, kind in files.FORMATS.items():
        by_kind.setdefault(kind, []).append("*" + ext)
    every = " ".join(pattern for patterns in by_kind.values() for pattern in patterns)
    lines = [_("Glossaries ({patterns})").format(patterns=every)]
    for kind, patterns in by_kind.items():
        name = FORMAT_NAMES.get(kind, kind.upper())
        lines.append(f"{name} ({' '.join(patterns)})")
    return ";;".join(lines)


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


class GlossaryDock(QDockWidget):
    """Search and edit the glossaries in use."""

    def __init__(self, glossaries: GlossarySet, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("glossaryDock")
        self.glossaries = glossaries
        self.dialog: QWidget | None = None  # the entry dialog or file dialog now open
        body = QWidget(self)
        self.editable_label = QLabel(body)
        self.editable = QComboBox(body)
        self.editable.setObjectName("editableGlossary")
        self.editable.activated.connect(self._choose_editable)
        self.open_button = QPushButton(body)
        self.open_button.clicked.connect(self.open_dialog)
        self.new_button = QPushButton(body)
        self.new_button.clicked.connect(self.new_dialog)
        self.remove_button = QPushButton(body)
        self.remove_button.clicked.connect(self.remove_editable)
        self.export_button = QPushButton(body)
        self.export_button.clicked.connect(self.export_dialog)
        self.search = QLineEdit(body)
        self.search.setObjectName("glossarySearch")
        self.search.setClearButtonEnabled(True)
        self.model = EntryTableModel(self)
        self.proxy = EntryFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search.textChanged.connect(self.proxy.set_search)
        self.view = QTreeView(body)
        self.view.setObjectName("glossaryEntries")
        self.view.setModel(self.proxy)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setSortingEnabled(True)
        # Qt's header starts descending: a list that opens Z to A looks broken.
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        header = self.view.header()
        # The English is what one reads; the glossary's name is only a tag.
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.doubleClicked.connect(lambda _index: self.edit_selected())
        self.add_button = QPushButton(body)
        self.add_button.clicked.connect(self.new_entry)
        self.edit_button = QPushButton(body)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(body)
        self.delete_button.clicked.connect(self.delete_selected)
        self._layout(body)
        self.setWidget(body)
        glossaries.glossariesChanged.connect(self.refresh)
        connect_retranslate(self.retranslate)

    def _layout(self, body: QWidget) -> None:
        top = QHBoxLayout()
        top.addWidget(self.editable_label)
        top.addWidget(self.editable, 1)
        files_row = QHBoxLayout()
        for button in (self.open_button, self.new_button, self.remove_button, self.export_button):
            files_row.addWidget(button)
        files_row.addStretch(1)
        entries_row = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            entries_row.addWidget(button)
        entries_row.addStretch(1)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addLayout(files_row)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        layout.addLayout(entries_row)

    def retranslate(self) -> None:
        self.setWindowTitle(_("Glossary"))
        self.editable_label.setText(_("Edit:"))
        self.editable.setToolTip(_("The glossary that Add, Edit and Delete change"))
        self.open_button.setText(_("Open…"))
        self.open_button.setToolTip(_("Use one more glossary file (CSV, TBX, …)"))
        self.new_button.setText(_("New…"))
        self.remove_button.setText(_("Remove"))
        self.remove_button.setToolTip(_("Stop using the editable glossary (the file stays)"))
        self.export_button.setText(_("Export…"))
        self.export_button.setToolTip(_("Write the editable glossary to another file or format"))
        self.search.setPlaceholderText(_("Search terms, variants, notes…"))
        self.add_button.setText(_("Add"))
        self.edit_button.setText(_("Edit"))
        self.delete_button.setText(_("Delete"))
        self.model.retranslate()
        self.refresh()

    # --- showing ------------------------------------------------------------------

    def refresh(self, *_args) -> None:
        """List the glossaries and their entries again."""
        glossaries = self.glossaries.glossaries
        names = [self.glossaries.display_name(g) for g in glossaries]
        self.model.set_glossaries(glossaries, names)
        self.editable.clear()
        self.editable.addItem(_("(personal glossary, created on first change)"), None)
        current = self.glossaries.editable
        for glossary, name in zip(glossaries, names, strict=True):
            if not self.glossaries.is_read_only(glossary):
                self.editable.addItem(name, str(glossary.path))
                if glossary is current:
                    self.editable.setCurrentIndex(self.editable.count() - 1)
        self.remove_button.setEnabled(current is not None)
        self.export_button.setEnabled(bool(glossaries))

    def _choose_editable(self, row: int) -> None:
        path = self.editable.itemData(row)
        chosen = next((g for g in self.glossaries.glossaries if str(g.path) == path), None)
        self.glossaries.set_editable(chosen)

    def selected_entry(self) -> Entry | None:
        rows = self.view.selectionModel().selectedRows()
        index = rows[0] if rows else self.view.currentIndex()
        return index.data(ENTRY_ROLE) if index.isValid() else None

    def select_entry(self, zh: str) -> bool:
        """Select the first listed entry whose Chinese term is ``zh``."""
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ENTRY_ROLE).zh == zh:
                self.view.setCurrentIndex(index)
                return True
        return False

    # --- entries ------------------------------------------------------------------

    def new_entry(self) -> EntryDialog:
        return self.add_entry()

    def add_entry(self, prefill: Entry | None = None) -> EntryDialog:
        """Open the entry dialog for a new entry (``prefill`` fills some fields)."""
        dialog = EntryDialog(None, self)
        dialog.set_destination(self._destination(None))
        dialog.doubt = self._already_there
        if prefill is not None:
            dialog.zh.setText(prefill.zh)
            dialog.en.setText(prefill.en)
        dialog.accepted.connect(lambda: self._change(None, dialog.entry))
        return self._open(dialog)

    def _already_there(self, entry: Entry) -> str | None:
        """A new entry whose Chinese a glossary in use has: most likely that one wants editing."""
        for form in entry.zh_forms:
            for glossary in self.glossaries.glossaries:
                found = glossary.lookup(form)
                if found:
                    return _(
                        "{zh} is already in {glossary} (“{en}”). Edit that entry instead, "
                        "or press OK again to add this one as well."
                    ).format(
                        zh=form, glossary=self.glossaries.display_name(glossary), en=found[0].en
                    )
        return None

    def edit_selected(self) -> EntryDialog | None:
        entry = self.selected_entry()
        if entry is None:
            return None
        dialog = EntryDialog(entry, self)
        dialog.set_destination(self._destination(entry))
        dialog.accepted.connect(lambda: self._change(entry, dialog.entry))
        return self._open(dialog)

    def _destination(self, entry: Entry | None) -> str:
        """Where Add or Edit saves: with several glossaries in use, not obvious."""
        target = self.glossaries.destination_name()
        owner = self.glossaries.owner_of(entry) if entry is not None else None
        if owner is not None and owner is not self.glossaries.editable:
            return _(
                "This term comes from {owner}. Your change is saved to {target}, "
                "where it takes the place of the original."
            ).format(owner=self.glossaries.display_name(owner), target=target)
        return _("Saved to {target}.").format(target=target)

    def delete_selected(self) -> QMessageBox | None:
        """Ask, then delete the selected entry from the editable glossary."""
        entry = self.selected_entry()
        if entry is None:
            return None
        box = QMessageBox(
            QMessageBox.Icon.Question,
            _("Delete Term"),
            _("Delete “{zh} — {en}” from the glossary?").format(zh=entry.zh, en=entry.en),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.accepted.connect(lambda: self._change(entry, None))
        return self._open(box)

    def _open(self, dialog):
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _change(self, old: Entry | None, new: Entry | None) -> None:
        owner = self.glossaries.owner_of(old) if old is not None else None
        if old is not None and owner is not self.glossaries.editable and new is None:
            dialogs.show_error(
                self,
                _("This term is not in the editable glossary."),
                _("It comes from {name}; choose that glossary under Edit to delete it.").format(
                    name=self.glossaries.display_name(owner) if owner else "?"
                ),
            )
            return
        try:
            self.glossaries.change_entry(old, new)
        except (OutputError, InputError) as error:
            dialogs.show_error(self, _("The glossary could not be saved."), _sentence(str(error)))
            return
        if new is not None:
            self.select_entry(new.zh)

    # --- files --------------------------------------------------------------------

    def _file_dialog(self, title: str, saving: bool, slot) -> QFileDialog:
        dialog = QFileDialog(self, title, self.glossaries.settings.get("files/last_folder"))
        dialog.setNameFilter(file_filters())
        if saving:
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
            dialog.setDefaultSuffix("csv")
        else:
            dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.filesSelected.connect(slot)
        return self._open(dialog)

    def open_dialog(self) -> QFileDialog:
        return self._file_dialog(_("Open Glossary"), False, self.open_files)

    def open_files(self, paths: list[str]) -> None:
        for path in paths:
            # Bad rows are worth more than a passing note in the status bar.
            with messages.collect() as warned:
                try:
                    self.glossaries.open_file(path)
                except InputError as error:
                    dialogs.show_error(self, _("The glossary could not be opened."), str(error))
            for text in warned:
                box = dialogs.show_error(self, _("Some entries could not be used."), text)
                box.setIcon(QMessageBox.Icon.Warning)

    def new_dialog(self) -> QFileDialog:
        return self._file_dialog(_("New Glossary"), True, lambda paths: self._create(paths[0]))

    def _create(self, path: str) -> None:
        try:
            self.glossaries.create_file(path)
        except (InputError, OutputError) as error:
            dialogs.show_error(self, _("The glossary could not be created."), str(error))

    def remove_editable(self) -> None:
        if self.glossaries.editable is not None:
            self.glossaries.remove(self.glossaries.editable)

    def export_dialog(self) -> QFileDialog:
        return self._file_dialog(_("Export Glossary"), True, lambda paths: self.export(paths[0]))

    def export(self, path: str) -> None:
        """Write the editable glossary (else the first one) to ``path``, format by extension."""
        glossary = self.glossaries.editable or (self.glossaries.glossaries or [None])[0]
        if glossary is None:
            return
        try:
            files.write_glossary(glossary, path)
        except OutputError as error:
            dialogs.show_error(self, _("The glossary could not be exported."), str(error))
