"""Entry point for ``python -m cipeditor``."""

import gc
import os
import sys

# No garbage collection while the program starts: it makes many long-lived objects and
# little garbage. cipeditor.cli.main turns collection back on (see there).
gc.disable()

from cipeditor.cli import main  # noqa: E402 (after the collector is stopped)

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
