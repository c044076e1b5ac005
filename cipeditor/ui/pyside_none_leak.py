"""A guard against PySide6 6.12.0 losing a reference to ``None`` on every void call.

With shiboken6 6.12.0 on Python 3.11, each call of a Qt method that returns
nothing (``setText``, ``processEvents`` …) drops one reference to ``None``
without having taken it; after a few thousand calls ``None``'s count reaches
zero and the interpreter aborts ("Fatal Python error: none_dealloc"). 6.11.3
does not do this, and Python 3.12+ makes ``None`` immortal, which hides it.

pyproject.toml excludes 6.12.0; for an environment that has it anyway,
:func:`protect_none` gives ``None`` so many references that the leak can never
use them up — what Python 3.12 does for every built-in singleton.
"""

from __future__ import annotations

import ctypes
import sys

_AFFECTED_SHIBOKEN = ("6.12.0",)
_SPARE_REFERENCES = 1 << 40


def needs_protection() -> bool:
    import shiboken6

    return sys.version_info < (3, 12) and shiboken6.__version__ in _AFFECTED_SHIBOKEN


def protect_none() -> None:
    """Make ``None`` effectively immortal when the installed PySide6 leaks it (once)."""
    global _protected
    if _protected or not needs_protection():
        return
    # ob_refcnt is the first field of every CPython object (a Py_ssize_t).
    refcount = ctypes.c_ssize_t.from_address(id(None))
    refcount.value += _SPARE_REFERENCES
    _protected = True


_protected = False
