"""Each command's ``--help`` ends with examples, and every example is a command line
that the command accepts as written."""

from __future__ import annotations

import shlex

import pytest

from cipeditor import ui_language
from cipeditor.cli import _command_modules, _command_parser, main

COMMANDS = [["import"], ["check"], ["export"], ["glossary", "convert"]]


def _examples(help_text: str) -> list[str]:
    lines = help_text.split("examples:\n", 1)[1].splitlines()
    return [line.strip() for line in lines if line.startswith("  cipeditor ")]


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_help_ends_with_examples_the_command_accepts(capsys, command):
    with pytest.raises(SystemExit) as stop:
        main([*command, "--help"])
    assert stop.value.code == 0
    examples = _examples(capsys.readouterr().out)
    assert len(examples) >= 2
    parser = _command_parser(_command_modules())
    for example in examples:
        words = shlex.split(example.split(" > ")[0])[1:]  # without "cipeditor" and a redirect
        args = parser.parse_args(words)  # an example the parser refuses would exit here
        assert args.command == command[0]


def test_the_examples_heading_is_translated(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))  # --ui-lang is remembered there
    with pytest.raises(SystemExit):
        main(["--ui-lang", "zh_CN", "export", "--help"])
    out = capsys.readouterr().out
    ui_language.install_language("en")
    assert "示例：\n  cipeditor export visit.cip --lang en -o visit-en.docx\n" in out
