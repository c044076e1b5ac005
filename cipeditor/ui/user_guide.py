"""Help › User Guide: the user guide (``docs/user-guide.md``) in a window of its own.

It is read in the program, not in a browser: it names the menus and keys of
this version, and its links to the other guides (glossary, export…) open in
the same window. Esc closes it. The guide is shown in the interface language
when it has been translated (``docs/user-guide.zh_CN.md``, see
:mod:`cipeditor.guides`), and an open guide follows a change of language.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextDocument, QTextImageFormat
from PySide6.QtWidgets import QTextBrowser, QWidget

from cipeditor import paths
from cipeditor.guides import localized
from cipeditor.i18n import _, current_locale
from cipeditor.ui import dialogs
from cipeditor.ui.language import connect_retranslate

MARKDOWN = QTextDocument.ResourceType.MarkdownResource

IMAGE_WIDTH = 760
"""Screenshots are shown at most this wide: the guide is read beside the editor."""


class GuideBrowser(QTextBrowser):
    """The guide and the guides it links to; links to the web open in the web browser."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.setObjectName("userGuide")
        self.setOpenExternalLinks(True)
        self.resize(900, 800)
        self.sourceChanged.connect(self._fit_images)
        connect_retranslate(self.retranslate)

    def retranslate(self) -> None:
        """The title, and the guide shown, in the interface language."""
        self.setWindowTitle(_("CIP Editor — User Guide"))
        shown = self.source().toLocalFile()
        if shown:
            wanted = localized(Path(shown), current_locale())
            if wanted != Path(shown) and wanted.is_file():
                self.setSource(QUrl.fromLocalFile(str(wanted)), MARKDOWN)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def loadResource(self, kind: int, url: QUrl):
        # Linked guides are Markdown too: QTextBrowser would show their source as plain text.
        if url.toLocalFile().endswith(".md"):
            kind = MARKDOWN.value
        return super().loadResource(kind, url)

    def _fit_images(self, *_args) -> None:
        """Scale the screenshots down to :data:`IMAGE_WIDTH` (the height follows)."""
        cursor = self.textCursor()
        block = self.document().begin()
        while block.isValid():
            for fragment in _fragments(block):
                image = fragment.charFormat().toImageFormat()
                if image.isValid() and not image.width():
                    self._fit_one(cursor, fragment, image)
            block = block.next()

    def _fit_one(self, cursor, fragment, image: QTextImageFormat) -> None:
        picture = self.document().resource(
            QTextDocument.ResourceType.ImageResource.value, QUrl(image.name())
        )
        width = getattr(picture, "width", lambda: 0)()
        if width > IMAGE_WIDTH:
            image.setWidth(IMAGE_WIDTH)
            image.setHeight(picture.height() * IMAGE_WIDTH / width)
            cursor.setPosition(fragment.position())
            cursor.setPosition(fragment.position() + fragment.length(), cursor.MoveMode.KeepAnchor)
            cursor.setCharFormat(image)


def _fragments(block):
    iterator = block.begin()
    while not iterator.atEnd():
        yield iterator.fragment()
        iterator += 1


def show_user_guide(window) -> QWidget:
    """Show the guide beside ``window`` (a MainWindow); the same window if already open."""
    guide = getattr(window, "user_guide", None)
    if guide is None:
        path = localized(paths.DOCS / "user-guide.md", current_locale())
        if not path.is_file():
            return dialogs.show_error(
                window,
                _("The user guide cannot be shown"),
                _("It should be at {path}, which is missing: reinstall CIP Editor.").format(
                    path=path
                ),
            )
        guide = GuideBrowser(window)
        guide.setSearchPaths([str(path.parent)])
        guide.setSource(QUrl.fromLocalFile(str(path)), MARKDOWN)
        window.user_guide = guide
    if guide.isVisible():  # behind the editor: bring it forward
        guide.raise_()
        guide.activateWindow()
    else:
        guide.show()
    return guide
