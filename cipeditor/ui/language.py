"""Switching the interface language while the window is open.

The pattern (as in Frescobaldi): every widget that shows text sets it in one
method, ``retranslate()``, called once when the widget is built and again
whenever the language changes::

    class GlossaryDock(QDockWidget):
        def __init__(self, parent=None):
            super().__init__(parent)
            ...
            connect_retranslate(self.retranslate)  # calls it now, and on every change

        def retranslate(self) -> None:
            self.setWindowTitle(_("Glossary"))
            self.add_button.setText(_("Add term"))

Preferences call :func:`switch_language`, which installs the gettext catalog
(:func:`cipeditor.ui_language.install_language`) and Qt's own translations
(:mod:`cipeditor.ui.qt_translations`), remembers the choice and emits
``languageChanged``. Texts computed from the model (status bar, QA messages)
are recomputed by their owners in ``retranslate()`` as well.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

from cipeditor.i18n import current_locale
from cipeditor.ui.qt_translations import install_qt_translations
from cipeditor.ui_language import install_language, save_choice, system_locale


class LanguageNotifier(QObject):
    """Announces a change of interface language to every widget."""

    languageChanged = Signal(str)  # the new locale, e.g. "zh_CN"


_notifier: LanguageNotifier | None = None


def language_notifier() -> LanguageNotifier:
    """The one notifier of the program."""
    global _notifier
    if _notifier is None:
        _notifier = LanguageNotifier()
    return _notifier


def connect_retranslate(retranslate: Callable[[], None]) -> None:
    """Call ``retranslate`` now and after every language change."""
    language_notifier().languageChanged.connect(retranslate)
    retranslate()


def install_application_language(app: QApplication) -> None:
    """At start-up: Qt's texts in the language the command line already installed."""
    install_qt_translations(current_locale(), app)


def switch_language(locale: str | None, *, remember: bool = True) -> str:
    """Change the interface to ``locale`` (``None``: the system's) and tell every widget.

    Returns the locale now in use (English when ``locale`` has no catalog).
    With ``remember``, the choice is kept for the next start.
    """
    installed = install_language(locale or system_locale())
    install_qt_translations(installed)
    if remember:
        save_choice(locale and installed)
    language_notifier().languageChanged.emit(installed)
    return installed
