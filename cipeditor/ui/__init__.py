"""The Qt window: a thin layer over the domain packages."""

from cipeditor.ui.pyside_none_leak import protect_none

protect_none()  # before any Qt call: see the module for the PySide6 6.12.0 bug it guards against
