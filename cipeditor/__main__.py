"""Entry point for ``python -m cipeditor``."""

import gc

# No garbage collection while the program starts: it makes many long-lived objects and
# little garbage. cipeditor.cli.main turns collection back on (see there).
gc.disable()

from cipeditor.cli import entry  # noqa: E402 (after the collector is stopped)

entry()
