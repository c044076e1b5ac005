"""Reading files within limits and writing them atomically.

Every reader goes through :func:`read_bytes` so that a directory, a missing or
unreadable file, an empty file or one larger than the reader's limit is refused
with the same clear messages; every writer goes through :func:`atomic_write` so
that a crash or a full disk never leaves a half-written file behind.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from pathlib import Path

from cipeditor.errors import InputError, OutputError
from cipeditor.i18n import _

MiB = 1024 * 1024


def read_bytes(path: str | Path, *, limit: int, what: str) -> bytes:
    """Read all of ``path``, refusing anything that is not a readable file of at most ``limit``.

    ``what`` names the kind of file for the messages ("article", "glossary").
    """
    path = Path(path)
    try:
        if path.is_dir():
            raise InputError(path, _("this is a folder, not a file"), fix=_("choose a file"))
        # O_NONBLOCK: opening a named pipe with no writer would otherwise wait forever.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
        with os.fdopen(fd, "rb") as stream:
            status = os.fstat(fd)
            if not stat.S_ISREG(status.st_mode):
                raise _not_regular(path, status.st_mode)
            if status.st_size > limit:
                raise InputError(path, _too_large(what, status.st_size, limit))
            data = stream.read(limit + 1)
    except FileNotFoundError:
        raise InputError(path, _("no such file"), fix=_("check the name and the folder")) from None
    except PermissionError:
        raise InputError(
            path, _("permission denied"), fix=_("make the file readable for your user")
        ) from None
    except IsADirectoryError:
        raise InputError(path, _("this is a folder, not a file"), fix=_("choose a file")) from None
    except OSError as error:
        raise InputError(
            path, _("cannot be read ({reason})").format(reason=error.strerror)
        ) from None
    if len(data) > limit:  # a file that grew, or a pipe that reports no size
        raise InputError(path, _too_large(what, len(data), limit))
    if not data:
        raise InputError(path, _("the file is empty"), fix=_("choose the right file"))
    return data


def _not_regular(path: Path, mode: int) -> InputError:
    if stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode):
        kind = _("a pipe or socket")
    elif stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        kind = _("a device")
    else:
        kind = _("a special file")
    # L10N: {kind} is "a pipe or socket", "a device" or "a special file"
    return InputError(
        path,
        _("this is {kind}, not a regular file").format(kind=kind),
        fix=_("save the content to a file first and use that file"),
    )


def _too_large(what: str, size: int, limit: int) -> str:
    return _("the {what} is {size:.1f} MB; the limit is {limit:.0f} MB").format(
        what=what, size=size / MiB, limit=limit / MiB
    )


def atomic_write(path: str | Path, data: bytes, *, backup: bool = False) -> None:
    """Replace ``path`` with ``data`` so that it holds either the old or the new content.

    The data goes to a temporary file in the same folder, is flushed and synced
    to disk, then renamed over the target. With ``backup`` the previous version
    is kept next to it as ``NAME~``. The target's permissions are kept.
    """
    import tempfile  # here, not at the top: commands that only read start faster without it

    path = Path(path)
    if path.is_symlink():
        # Replace the file the link points to, not the link: an article opened through a
        # link (say, into a shared folder) must be saved where everyone else reads it.
        path = Path(os.path.realpath(path))
    folder = path.parent if str(path.parent) else Path(".")
    try:
        mode = path.stat().st_mode & 0o7777 if path.exists() else None
        fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as error:
        raise _output_error(path, error) from None
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temp_name, mode if mode is not None else _default_mode())
        if backup and path.exists():
            _keep_backup(path)
        os.replace(temp_name, path)
        _sync_folder(folder)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise _output_error(path, error) from None


def backup_path(path: str | Path) -> Path:
    """Where :func:`atomic_write` keeps the previous version of ``path``."""
    path = Path(path)
    return path.with_name(path.name + "~")


def _keep_backup(path: Path) -> None:
    target = backup_path(path)
    with contextlib.suppress(FileNotFoundError):
        os.unlink(target)
    try:
        os.link(path, target)  # cheap and atomic where the file system allows hard links
    except OSError:
        target.write_bytes(path.read_bytes())


def _default_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _sync_folder(folder: Path) -> None:
    # The rename is only durable once the folder entry is on disk too.
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _output_error(path: Path, error: OSError) -> OutputError:
    reasons = {
        errno.ENOSPC: _("the disk is full; free some space or save elsewhere"),
        errno.EDQUOT: _("the disk quota is exceeded; free some space or save elsewhere"),
        errno.EFBIG: _("the file is larger than this disk or your account allows; save elsewhere"),
        errno.EACCES: _("permission denied; save to a folder you can write to"),
        errno.EPERM: _("permission denied; save to a folder you can write to"),
        errno.EROFS: _("the folder is read-only; save elsewhere"),
        errno.ENOENT: _("the folder does not exist (any more); save elsewhere"),
    }
    reason = reasons.get(error.errno) or _("{reason}; save elsewhere").format(
        reason=error.strerror or str(error)
    )
    return OutputError(_("Could not save {path}: {reason}").format(path=path, reason=reason))
