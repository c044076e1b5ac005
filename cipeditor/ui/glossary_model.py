"""The entries of the glossaries in use as a table (for the glossary dock's list).

A model rather than a widget of items, so a 20,000-term glossary lists at
once; the dock filters it through a QSortFilterProxyModel.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import (
    QAbstractTableModel,
    QCollator,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from cipeditor.glossary.entry import Entry, Glossary
from cipeditor.i18n import _

ENTRY_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class EntryTableModel(QAbstractTableModel):
    """One row per entry: Chinese, English, type, glossary."""

    COLUMNS = 4

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[Entry, str]] = []
        self._zh_rank: list[int] = []  # each row's place in the Chinese dictionary order

    def set_glossaries(self, glossaries: list[Glossary], names: list[str]) -> None:
        self.beginResetModel()
        pairs = zip(glossaries, names, strict=True)
        self._rows = [(entry, name) for glossary, name in pairs for entry in glossary]
        self._zh_rank = _dictionary_ranks([_cell(entry, "", 0) for entry, _name in self._rows])
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry, glossary = self._rows[index.row()]
        if role == ENTRY_ROLE:
            return entry
        if role == SORT_ROLE:
            if index.column() == 0:
                return self._zh_rank[index.row()]
            return _cell(entry, glossary, index.column()).casefold()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return _cell(entry, glossary, index.column())
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            labels = (_("Chinese"), _("English"), _("Type"), _("Glossary"))
            if 0 <= section < len(labels):
                return labels[section]
        return None

    def entry_at(self, row: int) -> Entry:
        return self._rows[row][0]

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)
        if self._rows:
            last = self.index(len(self._rows) - 1, self.COLUMNS - 1)
            self.dataChanged.emit(self.index(0, 2), last)


def _dictionary_ranks(texts: list[str]) -> list[int]:
    """Each text's place when the texts are sorted as a Chinese dictionary sorts them
    (by pinyin: 北京, 常州, 科技部…), not by character code."""
    keys = [_sort_key(text) for text in texts]
    order = sorted(range(len(texts)), key=keys.__getitem__)
    ranks = [0] * len(texts)
    for rank, at in enumerate(order):
        ranks[at] = rank
    return ranks


@cache
def _collator() -> QCollator:
    return QCollator(QLocale(QLocale.Language.Chinese, QLocale.Country.China))


_SORT_KEYS: dict[str, object] = {}  # text → its collation key: an edit re-sorts, most are known


def _sort_key(text: str):
    key = _SORT_KEYS.get(text)
    if key is None:
        key = _SORT_KEYS[text] = _collator().sortKey(text)
    return key


def _cell(entry: Entry, glossary: str, column: int) -> str:
    if column == 0:
        return " / ".join(entry.zh_forms)
    if column == 1:
        return "; ".join(entry.renderings)
    return _(entry.type.label) if column == 2 else glossary


def search_text(entry: Entry) -> str:
    """Every text of ``entry`` a terminologist may search by, folded for a caseless match.

    More than the columns show: the forbidden variants, the note and the
    official titles are what one looks an entry up by ("which entry forbids
    'Xiangping Ruan'?").
    """
    texts = (*entry.zh_forms, *entry.renderings, *entry.forbidden, entry.note)
    titles = (text for title in entry.titles for text in (title.zh, title.en))
    return "\n".join((*texts, *titles)).casefold()


class EntryFilter(QSortFilterProxyModel):
    """The entries whose texts (see :func:`search_text`) or glossary hold the search."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._wanted = ""
        self.setSortRole(SORT_ROLE)  # Chinese by pinyin, the rest without regard to case

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._wanted = text.strip().casefold()
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._wanted:
            return True
        model = self.sourceModel()
        entry = model.index(source_row, 0, source_parent).data(ENTRY_ROLE)
        glossary = model.index(source_row, 3, source_parent).data()
        return self._wanted in search_text(entry) or self._wanted in glossary.casefold()
