"""The dialog offered at start-up when unsaved work was left behind by a crash."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from cipeditor.formatting import format_publication_time
from cipeditor.i18n import _, current_locale
from cipeditor.recovery import RecoveryStore, Snapshot, describe_changes

_SNAPSHOT_ROLE = Qt.ItemDataRole.UserRole + 1


class RecoveryDialog(QDialog):
    """Lists recoverable documents: recover each, open its saved file, or discard it."""

    recoverRequested = Signal(object)  # Snapshot
    openSavedRequested = Signal(object)  # Snapshot

    def __init__(
        self, store: RecoveryStore, snapshots: list[Snapshot], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(_("Recover unsaved work"))
        self.resize(760, 460)
        intro = QLabel(
            _(
                "CIP Editor did not close normally. These documents have changes that "
                "were not saved. Choose what to do with each."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        for snapshot in snapshots:
            self._add(snapshot)
        self.list.currentItemChanged.connect(self._show_preview)
        self.preview = QPlainTextEdit(self)
        self.preview.setReadOnly(True)
        self.preview.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.list)
        splitter.addWidget(self.preview)
        splitter.setSizes([150, 300])
        self.buttons = QDialogButtonBox(self)
        self.recover_button = self._button(_("&Recover"), self._recover)
        self.open_saved_button = self._button(_("&Open saved file"), self._open_saved)
        self.discard_button = self._button(_("&Discard"), self._discard)
        later = self.buttons.addButton(_("Decide &later"), QDialogButtonBox.ButtonRole.RejectRole)
        later.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        self.list.setCurrentRow(0)

    def _button(self, text: str, slot) -> QPushButton:
        button = self.buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.clicked.connect(slot)
        return button

    def _add(self, snapshot: Snapshot) -> None:
        when = format_publication_time(snapshot.saved_at.astimezone(), current_locale())
        where = str(snapshot.original) if snapshot.original else _("never saved")
        item = QListWidgetItem(
            _("{name} — autosaved {when}\n{where}").format(
                name=snapshot.display_name, when=when, where=where
            )
        )
        item.setData(_SNAPSHOT_ROLE, snapshot)
        self.list.addItem(item)

    def current_snapshot(self) -> Snapshot | None:
        item = self.list.currentItem()
        return item.data(_SNAPSHOT_ROLE) if item else None

    def _show_preview(self, *_args) -> None:
        snapshot = self.current_snapshot()
        self.preview.setPlainText(describe_changes(snapshot) if snapshot else "")
        for button in (self.recover_button, self.discard_button):
            button.setEnabled(snapshot is not None)
        self.open_saved_button.setEnabled(
            bool(snapshot and snapshot.original and snapshot.original.exists())
        )

    def _take_current(self) -> Snapshot | None:
        snapshot = self.current_snapshot()
        if snapshot is not None:
            self.list.takeItem(self.list.currentRow())
            if self.list.count() == 0:
                self.accept()
        return snapshot

    def _recover(self) -> None:
        snapshot = self._take_current()
        if snapshot:
            self.recoverRequested.emit(snapshot)

    def _open_saved(self) -> None:
        snapshot = self._take_current()
        if snapshot:
            self.store.discard(snapshot.id)
            self.openSavedRequested.emit(snapshot)

    def _discard(self) -> None:
        snapshot = self._take_current()
        if snapshot:
            self.store.discard(snapshot.id)
