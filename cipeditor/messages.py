"""Warnings from the domain to whoever is listening, without importing Qt.

Domain code calls :func:`warning` ("3 control characters removed from pair 4");
the command line prints them to stderr, the window shows them in its status bar
or a dialog, and tests record them with :func:`collect`.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from cipeditor.i18n import _

Handler = Callable[[str], None]


def _to_stderr(text: str) -> None:
    print(_("warning: {text}").format(text=text), file=sys.stderr)


_handler: ContextVar[Handler] = ContextVar("cipeditor_message_handler", default=_to_stderr)


def warning(text: str) -> None:
    """Report something the user should know but that did not stop the work."""
    _handler.get()(text)


def set_handler(handler: Handler) -> None:
    """Route all further warnings to ``handler`` (the window installs one)."""
    _handler.set(handler)


@contextmanager
def collect() -> Iterator[list[str]]:
    """Gather the warnings raised inside the block into a list instead of reporting them."""
    gathered: list[str] = []
    token = _handler.set(gathered.append)
    try:
        yield gathered
    finally:
        _handler.reset(token)
