"""The file a command writes (``-o OUT``): checked before any work, or ``-`` for standard output.

A name that ends in a slash or names an existing folder is refused at once with
an example of a file name in that folder, rather than after the work with a
system error (or, for ``somedir/`` that does not exist, by writing a file
called ``somedir``).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from pathlib import Path

from cipeditor.errors import UserError
from cipeditor.fileio import atomic_write
from cipeditor.i18n import _

STDOUT = "-"


def is_stdout(text: str) -> bool:
    """Whether ``-o`` asks for standard output rather than a file."""
    return text == STDOUT


def output_path(text: str, example_name: str) -> Path:
    """The file ``-o TEXT`` names; a UserError for an empty name or a folder.

    ``example_name`` is a file name to suggest inside a folder ("visit.cip").
    """
    if not text.strip():
        raise UserError(_("the output name is empty; give -o and a file name"))
    path = Path(text)
    separators = tuple(sep for sep in (os.sep, os.altsep) if sep)
    if text.endswith(separators) or path.is_dir():
        raise UserError(
            _("{path} names a folder; give -o a file name, such as {example}").format(
                path=text, example=os.path.join(text, example_name)
            )
        )
    return path


def names_an_input(output: Path, inputs: Iterable[str | Path]) -> bool:
    """Whether ``output`` is one of the files the command reads: writing it would replace
    the user's file (an article, a source, a glossary) with the result."""
    for source in inputs:
        try:
            if output.samefile(source):
                return True
        except OSError:  # either does not exist (yet): the reader reports a missing input
            continue
    return False


def write_output(text: str, data: bytes, *, binary: bool = False) -> None:
    """Write ``data`` to the file ``text`` atomically, or to standard output for ``-``.

    ``binary`` data (a Word file) is not written to a terminal, where it would
    only garble the screen.
    """
    if not is_stdout(text):
        atomic_write(text, data)
        return
    if binary and sys.stdout.isatty():
        raise UserError(
            _(
                "this format is binary and would garble the terminal; give -o FILE, or "
                "redirect the output to a file"
            )
        )
    sys.stdout.flush()
    sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()
