"""The publication moment editor: a "Published" check box, a date-time and an IANA time zone.

The date-time edit shows wall-clock time in the chosen zone (it runs in UTC
internally, so Qt never shifts it for daylight saving); the zone turns it into
an aware ``datetime``. A time skipped by a daylight-saving change, or a zone
that does not exist, is reported through :attr:`PublishedEdit.problem` and
never emitted as a value.

A moment read from a file carries a bare offset (+08:00). It is shown in the
current zone (Asia/Shanghai by default) when the offsets agree at that moment,
otherwise as an extra "UTC+05:30" entry at the top of the zone list.
"""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, QEvent, QObject, QTime, QTimeZone, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QCompleter, QDateTimeEdit, QHBoxLayout, QWidget

from cipeditor.article import meta_values
from cipeditor.article.model import DEFAULT_TIMEZONE
from cipeditor.errors import UserError
from cipeditor.i18n import _

DATE_FORMAT = "yyyy-MM-dd HH:mm:ss"
# The edit's minimum stands for "not set" and shows the special value text.
_UNSET = QDateTime(QDate(1970, 1, 1), QTime(0, 0), QTimeZone.utc())


class ZoneCombo(QComboBox):
    """The editable list of IANA zones, filled the first time someone uses it.

    Reading the ~600 zone names from disk is a visible part of start-up, and
    showing a zone's name needs no list: the list is filled on the first key,
    click, wheel turn, focus or popup, before the combo box handles it.
    """

    _TRIGGERS = frozenset(
        (
            QEvent.Type.FocusIn,
            QEvent.Type.KeyPress,
            QEvent.Type.ShortcutOverride,
            QEvent.Type.MouseButtonPress,
            QEvent.Type.Wheel,
            QEvent.Type.InputMethod,
        )
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._filled = False

    def fill(self) -> None:
        """Add the zone names (once), keeping the text shown and emitting nothing."""
        if self._filled:
            return
        self._filled = True
        text = self.currentText()
        blocked = self.blockSignals(True)
        try:
            # Items added to an empty list make the first one current; the text stays.
            self.addItems(meta_values.time_zone_names())
            self.setEditText(text)
            # Set here with the list: Qt's namespace enums are costly to set up at start-up.
            from PySide6.QtCore import Qt

            self.completer().setFilterMode(Qt.MatchFlag.MatchContains)
            self.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        finally:
            self.blockSignals(blocked)

    def event(self, event: QEvent) -> bool:
        if not self._filled and event.type() in self._TRIGGERS:
            self.fill()
        return super().event(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # QComboBox filters its own line edit's events: keys and clicks there count too.
        if not self._filled and event.type() in self._TRIGGERS:
            self.fill()
        return super().eventFilter(watched, event)

    def showPopup(self) -> None:
        self.fill()
        super().showPopup()


class PublishedEdit(QWidget):
    """Date-time and zone side by side; ``toggle`` is placed by the owner (the row's label)."""

    changed = Signal(object)  # a valid aware datetime, or None when unset
    problem = Signal(str)  # a message to show under the field; "" when the entry is valid

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._fixed_zone: tzinfo | None = None
        self.toggle = QCheckBox(parent)
        self.date_edit = QDateTimeEdit(self)
        self.date_edit.setTimeZone(QTimeZone.utc())
        self.date_edit.setDisplayFormat(DATE_FORMAT)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMinimumDateTime(_UNSET)
        self.zone_combo = ZoneCombo(self)
        self.zone_combo.setEditable(True)
        self.zone_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # Long names (America/Argentina/ComodRivadavia) must not widen the dock.
        self.zone_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.zone_combo.setMinimumContentsLength(8)
        self.zone_combo.setCurrentText(str(DEFAULT_TIMEZONE))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.date_edit, 3)
        row.addWidget(self.zone_combo, 2)
        self.toggle.toggled.connect(self._toggled)
        self.date_edit.dateTimeChanged.connect(self._edited)
        self.zone_combo.currentTextChanged.connect(self._edited)
        self.retranslate()
        self.set_value(None)

    def retranslate(self) -> None:
        self.toggle.setText(_("&Published"))
        self.toggle.setToolTip(_("Clear to leave the publication time unset."))
        self.date_edit.setSpecialValueText(_("Not set"))

    # -- from the user --------------------------------------------------------------------

    def _toggled(self, checked: bool) -> None:
        self.date_edit.setEnabled(checked)
        self.zone_combo.setEnabled(checked)
        if self._loading:
            return
        if checked:
            now = datetime.now(self._zone_or_default()).replace(microsecond=0, tzinfo=None)
            self._loading = True
            try:
                self._show_time(now)
            finally:
                self._loading = False
            self._edited()
        else:
            self._loading = True
            try:
                self._show_time(None)
            finally:
                self._loading = False
            self.problem.emit("")
            self.changed.emit(None)

    def recheck(self) -> None:
        """Emit :attr:`problem` again for the shown entry (after a language switch)."""
        if not self.toggle.isChecked():
            return
        try:
            meta_values.local_moment(self._shown_time(), self._chosen_zone())
        except UserError as error:
            self.problem.emit(error.message)
            return
        self.problem.emit("")

    def _edited(self, *_args: object) -> None:
        if self._loading or not self.toggle.isChecked():
            return
        try:
            moment = meta_values.local_moment(self._shown_time(), self._chosen_zone())
        except UserError as error:
            self.problem.emit(error.message)
            return
        self.problem.emit("")
        self.changed.emit(moment)

    def _chosen_zone(self) -> tzinfo:
        if self._fixed_zone is not None and self.zone_combo.currentIndex() == 0:
            return self._fixed_zone
        return meta_values.zone(self.zone_combo.currentText())

    def _zone_or_default(self) -> tzinfo:
        try:
            return self._chosen_zone()
        except UserError:
            return DEFAULT_TIMEZONE

    def _shown_time(self) -> datetime:
        value = self.date_edit.dateTime()
        date, time = value.date(), value.time()
        return datetime(
            date.year(), date.month(), date.day(), time.hour(), time.minute(), time.second()
        )

    def _show_time(self, naive: datetime | None) -> None:
        if naive is None:
            self.date_edit.setDateTime(_UNSET)
            return
        self.date_edit.setDateTime(
            QDateTime(
                QDate(naive.year, naive.month, naive.day),
                QTime(naive.hour, naive.minute, naive.second),
                QTimeZone.utc(),
            )
        )

    # -- from the model -------------------------------------------------------------------

    def value_differs(self, value: datetime | None) -> bool:
        """Whether the widget shows something other than ``value`` (same instant, same offset)."""
        if not self.toggle.isChecked() or value is None:
            return self.toggle.isChecked() != (value is not None)
        try:
            shown = meta_values.local_moment(self._shown_time(), self._chosen_zone())
        except UserError:
            return True
        return shown != value or shown.utcoffset() != value.utcoffset()

    def set_value(self, value: datetime | None) -> None:
        """Show ``value`` without emitting anything."""
        self._loading = True
        try:
            self.toggle.setChecked(value is not None)
            self.date_edit.setEnabled(value is not None)
            self.zone_combo.setEnabled(value is not None)
            if value is None:
                self._show_time(None)
            else:
                self._select_zone(value)
                self._show_time(value.replace(tzinfo=None))
        finally:
            self._loading = False

    def _select_zone(self, value: datetime) -> None:
        if self._fixed_zone is not None:
            self.zone_combo.removeItem(0)
            self._fixed_zone = None
        if isinstance(value.tzinfo, ZoneInfo):
            self.zone_combo.setCurrentText(value.tzinfo.key)
            return
        for candidate in (self.zone_combo.currentText(), str(DEFAULT_TIMEZONE)):
            try:
                where = meta_values.zone(candidate)
            except UserError:
                continue
            if value.astimezone(where).utcoffset() == value.utcoffset():
                self.zone_combo.setCurrentText(candidate)
                return
        self._fixed_zone = value.tzinfo
        self.zone_combo.insertItem(0, meta_values.offset_label(value.utcoffset() or timedelta(0)))
        self.zone_combo.setCurrentIndex(0)
