"""Work done in a forked child process while this one does something else.

``cipeditor check`` of a long article spends most of its time in the segment
checks, which are independent of each other: a child forked after the
glossary and the article are loaded shares them for free (copy on write) and
checks part of the segments on the second core. Only the result travels back,
pickled through a pipe.

Forking is for the command line only: a process with threads (the editor, Qt)
must not fork. Where fork is missing (Windows) or the child fails, the work is
done in this process when its result is asked for, so the result is the same.
"""

from __future__ import annotations

import gc
import os
import pickle
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def start(work: Callable[[], T]) -> Callable[[], T]:
    """Begin ``work`` in a forked child; the function returned waits for and gives its result."""
    if not hasattr(os, "fork"):
        return work
    try:
        read_end, write_end = os.pipe()
    except OSError:
        return work
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
        return work
    return lambda: _collect(pid, read_end, work)


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
