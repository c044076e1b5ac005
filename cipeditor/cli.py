"""The ``cipeditor`` command: the editor window, or a subcommand such as ``check``.

``cipeditor [FILE]`` opens the window; ``cipeditor COMMAND …`` runs a command
without Qt. Exit status everywhere: 0 done, 1 ``check`` found issues, 2 the
work could not be done (one clear line on stderr says why).
"""

from __future__ import annotations

import argparse
import gc
import importlib
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from cipeditor import __version__
from cipeditor.commands import COMMAND_MODULES
from cipeditor.errors import UserError
from cipeditor.i18n import _
from cipeditor.ui_language import apply_command_line

EXIT_OK, EXIT_FINDINGS, EXIT_FAILED = 0, 1, 2


def _command_modules() -> dict:
    modules = {}
    for name in COMMAND_MODULES:
        module = importlib.import_module(f"cipeditor.commands.{name}")
        modules[module.NAME] = module
    return modules


def _command_module(name: str):
    """The module of the subcommand ``name``, or None when no subcommand has that name."""
    for module_name in COMMAND_MODULES:
        if module_name.rstrip("_") == name:
            return importlib.import_module(f"cipeditor.commands.{module_name}")
    return None


def _command_names() -> list[str]:
    """The subcommands' names without importing their modules (``import_`` is ``import``)."""
    return [name.rstrip("_") for name in COMMAND_MODULES]


def _may_name_a_command(argv: Sequence[str]) -> bool:
    """Whether the command modules are needed to read ``argv``.

    Opening the window needs none of them; importing them all only to find that
    the first argument is a file would cost every start of the editor.
    """
    if not argv or argv[0].startswith("-"):
        return False
    return argv[0] in _command_names() or not os.path.exists(argv[0])


def _looks_like_a_command(word: str) -> bool:
    """A word that names no file and has no extension or folder: a mistyped command."""
    return not os.path.exists(word) and "." not in word and os.sep not in word


def _unknown_command(word: str, names: Sequence[str]) -> str:
    import difflib

    close = difflib.get_close_matches(word, names, n=1)
    message = _("cipeditor: {word!r} is neither a command nor a file; the commands are {names}")
    text = message.format(word=word, names=", ".join(names))
    if close:
        text += _(" (did you mean {command!r}?)").format(command=close[0])
    return text


def _can_open_a_window() -> bool:
    """Whether Qt can show a window here (without a display it aborts with jargon)."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _editor_parser(commands: Sequence[str]) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cipeditor",
        description=_(
            "Bilingual Chinese/English article editor. Without a command, opens the "
            "editor window on FILE (or on the bundled sample article)."
        ),
        epilog=_("commands: {commands} — run 'cipeditor COMMAND --help' for each").format(
            commands=", ".join(commands)
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"cipeditor {__version__}",
        help=_("show the version number and exit"),
    )
    parser.add_argument(
        "file", nargs="?", metavar="FILE", help=_("article (.cip) or document to open")
    )
    parser.add_argument(
        "--ui-lang", metavar="LOCALE", help=_("interface language, e.g. en or zh_CN (remembered)")
    )
    parser.add_argument(
        "--quit-after-startup",
        action="store_true",
        help=_("open the window, paint it once and exit (for smoke tests)"),
    )
    return parser


def _command_parser(modules: dict) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="cipeditor")
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for module in modules.values():
        module.add_parser(subparsers)
    return parser


def entry() -> NoReturn:
    """The program as started from a shell: ``cipeditor …`` or ``python -m cipeditor …``."""
    gc.disable()  # see cipeditor/__main__.py; main turns collection back on
    code = main()
    if "PySide6.QtCore" not in sys.modules:
        # A command ends here. What it built (a long article, a large glossary, the checks'
        # caches) would be freed object by object, ~0.1 s for nothing: the system takes the
        # memory back at once. Commands write their files through atomic_write, closed by
        # now; only the standard streams may hold output. The window (Qt) ends the usual
        # way: its objects save what they hold as they are destroyed.
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        except OSError:  # the reader went away (`cipeditor check … | head`): nothing to tell
            pass
        os._exit(code)
    sys.exit(code)


def _parse_command(parser: argparse.ArgumentParser, argv: Sequence[str]) -> argparse.Namespace:
    """``parser.parse_args(argv)``, but an unknown option is reported with the usage of
    the command it was given to ("cipeditor check: error: …"), not the program's."""
    args, extras = parser.parse_known_args(argv)
    if extras:
        _innermost_parser(parser, args).error(_("unrecognized arguments: %s") % " ".join(extras))
    return args


def _innermost_parser(
    parser: argparse.ArgumentParser, args: argparse.Namespace
) -> argparse.ArgumentParser:
    """The parser of the (sub)command that ``args`` chose: ``glossary convert``'s for it."""
    while True:
        chosen = None
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                chosen = action.choices.get(getattr(args, action.dest, None))
        if chosen is None:
            return parser
        parser = chosen


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # The language comes first, before any parser is built, so that --help is translated too.
    try:
        argv = apply_command_line(argv)
    except UserError as error:
        print(f"cipeditor: {error}", file=sys.stderr)
        return EXIT_FAILED
    if _may_name_a_command(argv):
        named = _command_module(argv[0])
        if named is not None:
            gc.enable()  # a command may run long: collect garbage as usual
            # Only the named command's parser: another's may import much (export's
            # lists the exporters), and its arguments are the named command's alone.
            args = _parse_command(_command_parser({named.NAME: named}), argv)
            return _run_guarded(lambda: named.run(args))
        names = list(_command_modules())
        if _looks_like_a_command(argv[0]):
            print(_unknown_command(argv[0], names), file=sys.stderr)
            return EXIT_FAILED
    else:
        names = _command_names()
    args = _editor_parser(names).parse_args(argv)
    if not _can_open_a_window():
        print(
            _(
                "cipeditor: cannot open the editor window: no display (DISPLAY or "
                "WAYLAND_DISPLAY is not set); run it in a desktop session, or use a command: "
                "{commands}"
            ).format(commands=", ".join(names)),
            file=sys.stderr,
        )
        return EXIT_FAILED
    # Building the window makes many long-lived objects (modules, Qt wrappers) and little
    # garbage: collecting while it is built only delays the first paint. run_editor resumes
    # collection once the window is shown; this is the safety net for every other way out.
    gc.disable()
    try:
        from cipeditor.ui.app import run_editor  # Qt is imported only when a window is wanted

        return run_editor(args)
    finally:
        gc.enable()


def _tolerate_narrow_terminals() -> None:
    """Chinese text on a terminal or pipe that is not UTF-8 becomes escapes, not a crash."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")


def _run_guarded(work) -> int:
    _tolerate_narrow_terminals()
    try:
        return work()
    except BrokenPipeError:
        # `cipeditor check … | head`: the reader has all it wants; stop without a word.
        # Pointing stdout at /dev/null keeps the interpreter's last flush from failing too.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
        return EXIT_FAILED
    except UserError as error:
        print(f"cipeditor: {error}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print(_("cipeditor: interrupted"), file=sys.stderr)
        return EXIT_FAILED
    except MemoryError:
        print(_("cipeditor: out of memory: the input is too large"), file=sys.stderr)
        return EXIT_FAILED
    except Exception as error:  # a bug: say so in one line rather than dump a traceback
        print(
            _("cipeditor: internal error ({kind}: {error}); please report it").format(
                kind=type(error).__name__, error=error
            ),
            file=sys.stderr,
        )
        return EXIT_FAILED
