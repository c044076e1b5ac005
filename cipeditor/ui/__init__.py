"""The editor window (PySide6): a client of the domain packages."""
