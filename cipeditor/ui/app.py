"""Start the editor window: ``cipeditor [FILE]``, or the bundled sample article.

``--quit-after-startup`` opens the window with the document, paints it once
and exits, for smoke tests and start-up benchmarks.
"""

from __future__ import annotations

import gc
import sys
from argparse import Namespace
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from cipeditor import messages, paths
from cipeditor.ui import crash
from cipeditor.ui.language import install_application_language
from cipeditor.ui.main_window import MainWindow
from cipeditor.ui.settings import APPLICATION, ORGANIZATION

EXIT_OK, EXIT_FAILED = 0, 2
WARM_UP_DELAY_MS = 300


def run_editor(args: Namespace) -> int:
    """Run the window until it is closed; return the exit status."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APPLICATION)
    app.setOrganizationName(ORGANIZATION)
    install_application_language(app)  # Qt's own buttons and dialogs in the chosen language
    crash.install()
    window = MainWindow()
    messages.set_handler(window.show_warning)
    opened = True
    if args.file:
        opened = window.files.open_path(Path(args.file))
    elif paths.SAMPLE_ARTICLE.is_file():
        opened = window.files.open_path(paths.SAMPLE_ARTICLE)
    window.show()
    QTimer.singleShot(0, _resume_garbage_collection)
    if getattr(args, "quit_after_startup", False):
        if not opened:
            print(f"cipeditor: {window.files.last_error}", file=sys.stderr)
            return EXIT_FAILED
        QTimer.singleShot(0, lambda: _paint_and_quit(window, app))
    else:
        QTimer.singleShot(WARM_UP_DELAY_MS, _warm_up)
        window.safety.offer_recovery()  # what a crash left behind, over the window
    return app.exec()


def _resume_garbage_collection() -> None:
    """Collect garbage again (the command line stopped it while the window was built),
    leaving the objects made at start-up, which live as long as the program, out of
    every later collection."""
    gc.freeze()
    gc.enable()


def _warm_up() -> None:
    """Set up Qt's namespace enums once the window is on screen, so the first key press does
    not pay for it (they are not needed to show the window, so start-up does not either)."""
    from PySide6.QtCore import Qt

    _ = Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier


def _paint_and_quit(window: MainWindow, app: QApplication) -> None:
    window.grab()  # renders every widget once, as a first paint would
    app.quit()
