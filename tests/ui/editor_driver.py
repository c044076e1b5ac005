"""Runs the real editor (``run_editor``) in a child process and types into it, for the tests.

Nothing in the product knows about this script: it starts the editor exactly
as ``python -m cipeditor FILE`` does and acts as a user once the window shows.

    python -m tests.ui.editor_driver type-and-wait FILE TEXT
        types TEXT at the end of the first English paragraph, prints
        ``autosaved`` once the autosave has written it, then keeps running
        until the test kills it.
    python -m tests.ui.editor_driver save-on-full-disk FILE TEXT LIMIT
        types TEXT, limits every file this process writes to LIMIT bytes (a
        full disk as far as the save can tell), saves, prints what the window
        then shows as one JSON line and exits.
    python -m tests.ui.editor_driver recover-and-save FILE
        starts the editor on FILE, takes the first document the recovery
        dialog offers (as a click on Recover does), prints what the window
        then shows as one JSON line, saves and exits.
"""

from __future__ import annotations

import json
import os
import resource
import signal
import sys
from argparse import Namespace

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from cipeditor.ui.app import run_editor
from cipeditor.ui.main_window import MainWindow


def the_window() -> MainWindow:
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))


def type_text(window: MainWindow, text: str) -> None:
    pane = window.editor.panes["en"]
    pane.setFocus()
    pane.place_cursor(0, len(window.document.article.body[0].en))
    QTest.keyClicks(pane, text)


def type_and_wait(text: str) -> None:
    window = the_window()
    window.safety.autosaver.snapshotWritten.connect(lambda: print("autosaved", flush=True))
    type_text(window, text)


def save_on_full_disk(text: str, limit: int) -> None:
    window = the_window()
    type_text(window, text)
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a failing write, not a killed process
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))
    saved = window.files.save()
    box = window.files.last_box
    report = {
        "saved": saved,
        "modified": window.document.modified,
        "error": window.files.last_error,
        "box_shown": bool(box is not None and box.isVisible()),
        "box_text": box.text() if box is not None else "",
        "typed": window.document.article.body[0].en.endswith(text),
    }
    print(json.dumps(report), flush=True)
    os._exit(0)  # leave without the Save / Discard question of a modified document


def recover_and_save() -> None:
    window = the_window()
    dialog = window.safety.recovery_dialog
    report = {"offered": bool(dialog is not None and dialog.isVisible())}
    if report["offered"]:
        report["listed"] = dialog.list.item(0).text()
        report["preview"] = dialog.preview.toPlainText()
        dialog.recover_button.click()
        document = window.document
        report |= {
            "first_en": document.article.body[0].en,
            "modified": document.modified,
            "window_modified": window.isWindowModified(),
            "path": str(document.path),
            "saved": window.files.save(),
            "modified_after_save": document.modified,
        }
    print(json.dumps(report, ensure_ascii=False), flush=True)
    window.close()


def main() -> int:
    mode, file, *rest = sys.argv[1:]
    text = rest.pop(0) if rest else ""
    app = QApplication(sys.argv[:1])
    if mode == "type-and-wait":
        QTimer.singleShot(0, lambda: type_and_wait(text))
    elif mode == "recover-and-save":
        QTimer.singleShot(0, recover_and_save)
    else:
        QTimer.singleShot(0, lambda: save_on_full_disk(text, int(rest[0])))
    result = run_editor(Namespace(file=file, quit_after_startup=False))
    del app
    return result


if __name__ == "__main__":
    sys.exit(main())
