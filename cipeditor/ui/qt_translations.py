"""Qt's own texts — QMessageBox's Save/Discard/Cancel, QFileDialog, context menus —
in the interface language, from the ``qtbase_<locale>.qm`` files shipped with PySide6.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from cipeditor.i18n import SOURCE_LANGUAGE

# The translators installed by the last call, kept so that a switch can remove them
# (and so that Python does not collect them while Qt still uses them).
_installed: list[QTranslator] = []


def qt_translations_dir() -> Path:
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def install_qt_translations(locale: str, app: QCoreApplication | None = None) -> bool:
    """Translate Qt's own texts into ``locale``, replacing any earlier language.

    Also makes ``locale`` Qt's default locale, so date and number widgets follow
    it. Returns False when Qt has no translation for ``locale`` (its texts then
    stay in English); English itself needs none.
    """
    app = app or QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_qt_translations needs a QApplication")
    while _installed:
        app.removeTranslator(_installed.pop())
    QLocale.setDefault(QLocale(locale))
    if locale == SOURCE_LANGUAGE:
        return True
    translator = QTranslator(app)
    if not translator.load(f"qtbase_{locale}", str(qt_translations_dir())):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True
