"""The project's own exceptions: problems a user can cause and fix.

Every message names the file, the place in it and what to do, so the command
line can print it on one line and the window can show it in a dialog. Anything
that is *not* a ``UserError`` is a bug and goes to the crash handler instead.
"""

from __future__ import annotations

from pathlib import Path

from cipeditor.i18n import _


class UserError(Exception):
    """A problem with the user's input or environment, with a message for people."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class InputError(UserError):
    """A file that cannot be read as what it claims to be.

    ``place`` is where in the file (a field path such as ``body[3].zh``, a line
    number, a zip member); ``fix`` tells the user what to do about it.
    """

    def __init__(
        self,
        path: str | Path | None,
        problem: str,
        *,
        place: str | None = None,
        fix: str | None = None,
    ) -> None:
        self.path = str(path) if path is not None else None
        self.place = place
        self.problem = problem
        self.fix = fix
        super().__init__(self._compose())

    def _compose(self) -> str:
        parts = [p for p in (self.path, self.place) if p]
        text = ": ".join([*parts, self.problem])
        if self.fix:
            # L10N: joins a problem and what to do about it: "no such file — check the name".
            text = _("{problem} — {fix}").format(problem=text, fix=self.fix)
        return text


class OutputError(UserError):
    """A file that cannot be written (permissions, disk full, missing folder)."""
