"""Work-arounds for bugs in the Qt bindings, applied once when the UI package is imported.

PySide6 6.12.0 on Python 3.11 returns ``None`` from every C++ method without a
result (``QWidget.update``, ``QTextCursor.setPosition`` …) without taking a
reference to it, so each such call lowers ``None``'s reference count by one;
after a few thousand calls Python aborts with "deallocating None". Some paths
do the same with ``True`` and ``False``. Python 3.12 made these objects
immortal, which is why the bindings no longer count. Until the bindings are
fixed we give them a reference count that no session can spend, which is what
3.12 does.
"""

from __future__ import annotations

import sys

_PLENTY = 1 << 40


def keep_none_alive() -> None:
    """Make ``None``, ``True`` and ``False`` effectively immortal on CPython before 3.12."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return
    import ctypes

    for singleton in (None, True, False):
        refcount = ctypes.c_ssize_t.from_address(id(singleton))
        if refcount.value < _PLENTY // 2:
            refcount.value += _PLENTY
