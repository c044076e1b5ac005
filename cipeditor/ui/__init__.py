"""The editor window (PySide6): a client of the domain packages."""

from cipeditor.ui.pyside_workarounds import keep_none_alive

keep_none_alive()
