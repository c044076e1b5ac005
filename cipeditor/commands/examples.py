"""Examples at the end of a command's ``--help``, kept line by line.

argparse re-wraps an epilog into one paragraph; :class:`ExamplesFormatter` keeps
the lines of a text that has them (the examples) and wraps the others (the
descriptions) as usual.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from cipeditor.i18n import _


class ExamplesFormatter(argparse.HelpFormatter):
    """Wraps descriptions to the terminal, but keeps an epilog's lines as written."""

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        if "\n" in text:
            return "\n".join(indent + line for line in text.splitlines())
        return super()._fill_text(text, width, indent)


def examples(*lines: str) -> str:
    """The epilog: a translated heading, then one indented command per line."""
    # L10N: the heading of the example command lines at the end of a command's --help
    return "\n".join([_("examples:"), *(f"  {line}" for line in lines)])


def with_examples(lines: Sequence[str]) -> dict:
    """Keyword arguments for ``add_parser`` that end the help with ``lines``."""
    return {"epilog": examples(*lines), "formatter_class": ExamplesFormatter}
