"""Fixtures for window tests: fresh settings for every test, a window on a saved article."""

from __future__ import annotations

import pytest

from cipeditor.article import cipformat
from cipeditor.article.model import Article, Kind, Pair

OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints"
"""The offscreen platform cannot size a window from its hints and warns each time a top-level
window is shown; it says nothing about our code, so window tests do not fail on it."""


def pytest_collection_modifyitems(items):
    for item in items:
        if item.get_closest_marker("gui"):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(autouse=True)
def empty_clipboard():
    """Empty the clipboard after each test.

    A test that puts a QMimeData made in Python on the clipboard leaves it to Qt's
    clipboard, which deletes it in its own exit handler, after Python has finalised:
    the binding then calls into a dead interpreter and the test run ends in a
    segmentation fault. Deleting it while Python runs avoids that.
    """
    yield
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is not None:
        app.clipboard().clear()


@pytest.fixture(autouse=True)
def fresh_settings():
    """Each test starts from default settings (stored under the test sandbox, see conftest)."""
    from cipeditor.ui.settings import Settings

    Settings().clear()
    yield
    Settings().clear()


def sample_article() -> Article:
    return Article(
        body=[
            Pair("园区动态", "CIP Dynamic", Kind.HEADING),
            Pair(
                "阮湘平一行参观了以色列中心。随后召开座谈会。",
                "Ruan visited the Israel Center. A conference followed.",
            ),
            Pair("李林表示，将全力以赴建设好创新园。", "Li Lin said the park will be built well."),
        ]
    )


@pytest.fixture
def article_path(tmp_path):
    path = tmp_path / "article.cip"
    cipformat.save(sample_article(), path)
    return path


@pytest.fixture
def window(qtbot, article_path):
    """A shown main window with the sample article open and laid out."""
    main = open_window(qtbot, article_path, (1000, 700))
    yield main
    main._may_close = True  # never leave a prompt open at teardown


def open_window(qtbot, path, size: tuple[int, int]):
    """A main window showing ``path``, painted, with what follows the paint done, laid out."""
    from cipeditor.ui.main_window import MainWindow

    main = MainWindow()
    qtbot.addWidget(main)
    assert main.files.open_path(path)
    main.resize(*size)
    main.show()
    qtbot.waitExposed(main)
    qtbot.waitUntil(lambda: main.first_paint.done)  # glossaries and checks follow the paint
    settle(qtbot, main.editor)
    return main


def settle(qtbot, editor) -> None:
    """Wait until the editor has re-aligned the pairs after the last change."""
    qtbot.waitUntil(lambda: not editor._realign_timer.isActive(), timeout=2000)
