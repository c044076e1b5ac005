"""What a first-time user gets when the command line is not what the program expects."""

import os

from tests.conftest import run_cipeditor as cipeditor


def test_a_mistyped_command_is_named_with_the_likely_one():
    result = cipeditor("chek", "article.cip")
    assert result.returncode == 2
    assert "'chek' is neither a command nor a file" in result.stderr
    assert "did you mean 'check'?" in result.stderr
    assert "Traceback" not in result.stderr


def test_without_a_display_the_window_is_not_tried_and_the_commands_are_named(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    result = cipeditor(env=env)
    assert result.returncode == 2
    assert "cannot open the editor window: no display" in result.stderr
    assert "import, check, export, glossary" in result.stderr
    assert "qt.qpa" not in result.stderr
