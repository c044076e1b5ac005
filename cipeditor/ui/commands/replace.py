"""Undoable replacements: one undo step for one "Replace" or one whole "Replace all"."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from cipeditor.article.search import Change, apply_changes
from cipeditor.i18n import _, ngettext
from cipeditor.ui.document import Document


class ReplaceTexts(QUndoCommand):
    """Rewrite a set of texts (body sides and metadata fields) and restore them all on undo.

    The changes come from :func:`cipeditor.article.search.plan_replace_all` or
    ``plan_replace_one``. After each redo/undo the document announces every
    touched text: ``pairTextChanged(index, lang)`` per body side and
    ``metaChanged(field)`` once per metadata field.
    """

    def __init__(self, document: Document, changes: list[Change], text: str) -> None:
        super().__init__(text)
        self.document = document
        self.changes = list(changes)

    def redo(self) -> None:
        apply_changes(self.document.article, self.changes)
        self._announce()

    def undo(self) -> None:
        apply_changes(self.document.article, self.changes, undo=True)
        self._announce()

    def _announce(self) -> None:
        fields: list[str] = []
        with self.document.many_changes():  # thousands of pairs: the panes lay out once
            for change in self.changes:
                ref = change.ref
                if ref.field == "body":
                    self.document.pairTextChanged.emit(ref.index, ref.lang)
                elif ref.field not in fields:
                    fields.append(ref.field)
            for name in fields:
                self.document.metaChanged.emit(name)


class ReplaceAll(ReplaceTexts):
    """Every hit replaced at once: a single undo step, however many texts it touched."""

    def __init__(self, document: Document, changes: list[Change]) -> None:
        count = sum(change.count for change in changes)
        super().__init__(
            document,
            changes,
            ngettext("Replace {count} occurrence", "Replace {count} occurrences", count).format(
                count=count
            ),
        )


class ReplaceOne(ReplaceTexts):
    """One hit replaced."""

    def __init__(self, document: Document, change: Change) -> None:
        super().__init__(document, [change], _("Replace"))
