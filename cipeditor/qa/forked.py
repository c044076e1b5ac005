"""Work done in a forked child process while this one does something else.

``cipeditor check`` of a long article spends most of its time in the segment
checks, which are independent of each other: a child forked once the article
is loaded shares it for free (copy on write) and runs the checks that need no
glossary on the second core, while this process loads the glossaries and runs
the others. Only the result travels back, pickled through a pipe.

Forking is for the command line only: a process with threads (the editor, Qt)
must not fork. Where fork is missing (Windows) or the child fails, the work is
done in this process when its result is asked for, so the result is the same.
"""

from __future__ import annotations

import contextlib
import gc
import os
import pickle
import signal
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class Share(Generic[T]):
    """Work begun elsewhere: call it for its result, or cancel it when it is no longer wanted."""

    def __init__(self, work: Callable[[], T], pid: int | None = None, read_end: int = -1) -> None:
        self._work = work
        self._pid = pid
        self._read_end = read_end

    def __call__(self) -> T:
        if self._pid is None:
            return self._work()
        pid, self._pid = self._pid, None
        return _collect(pid, self._read_end, self._work)

    def cancel(self) -> None:
        """Stop the child (if any) and forget its work."""
        if self._pid is None:
            return
        pid, self._pid = self._pid, None
        with contextlib.suppress(OSError):  # gone already
            os.kill(pid, signal.SIGKILL)
        os.close(self._read_end)
        os.waitpid(pid, 0)


def start(work: Callable[[], T]) -> Share[T]:
    """Begin ``work`` in a forked child; the share returned waits for and gives its result."""
    if not hasattr(os, "fork"):
        return Share(work)
    try:
        read_end, write_end = os.pipe()
    except OSError:
        return Share(work)
    # The child shares this process's memory until either writes to it. The cyclic
    # garbage collector would write to every object it visits: frozen objects are
    # left alone, and the short-lived child does without the collector.
    gc.freeze()
    try:
        pid = os.fork()
    except OSError:
        pid = -1
    if pid == 0:
        gc.disable()
        os.close(read_end)
        _child(work, write_end)
    gc.unfreeze()
    os.close(write_end)
    if pid < 0:
        os.close(read_end)
        return Share(work)
    return Share(work, pid, read_end)


def _child(work: Callable[[], object], write_end: int) -> None:
    """Run ``work``, send its pickled result and leave without running the parent's clean-up."""
    status = 1
    try:
        data = pickle.dumps(work(), protocol=pickle.HIGHEST_PROTOCOL)
        with os.fdopen(write_end, "wb") as pipe:
            pipe.write(data)
        status = 0
    except BaseException:  # the parent redoes the work: nothing to tell here
        pass
    finally:
        # os._exit: no atexit handlers, no flushing of stdio buffers copied from the parent.
        os._exit(status)


def _collect(pid: int, read_end: int, work: Callable[[], T]) -> T:
    # Read to the end before waiting: a child blocked on a full pipe never exits.
    with os.fdopen(read_end, "rb") as pipe:
        data = pipe.read()
    _pid, status = os.waitpid(pid, 0)
    if status == 0 and data:
        try:
            return pickle.loads(data)
        except (pickle.UnpicklingError, EOFError, AttributeError, ValueError):
            pass
    return work()


class Tickets:
    """Numbered pieces of work that this process and its forked child take turns to claim.

    The numbers wait in a pipe both processes read: each read takes one number
    or none, so no piece is claimed twice, and whichever process is free takes
    the next piece. This shares the work evenly whatever each side had to do
    before. Make them before forking.
    """

    _SIZE = 4  # bytes a number
    MAX = 4096  # numbers a pipe surely holds without blocking the writer (16 KiB)

    def __init__(self, count: int) -> None:
        if not 0 < count <= self.MAX:
            raise ValueError(f"between 1 and {self.MAX} tickets, not {count}")
        self._read_end, write_end = os.pipe()
        try:
            os.write(write_end, b"".join(n.to_bytes(self._SIZE, "little") for n in range(count)))
        finally:
            os.close(write_end)  # readers then see the end once every number is taken

    def take(self) -> int | None:
        """The next number nobody has claimed, or None when all are taken."""
        if self._read_end < 0:
            return None
        data = os.read(self._read_end, self._SIZE)
        return int.from_bytes(data, "little") if data else None

    def close(self) -> None:
        if self._read_end >= 0:
            os.close(self._read_end)
            self._read_end = -1
