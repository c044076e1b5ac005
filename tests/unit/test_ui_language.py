"""Choosing the interface language: --ui-lang, the remembered choice, the system locale."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from cipeditor import cli, i18n, messages, ui_language
from cipeditor.i18n import _
from tests.conftest import ROOT


@pytest.fixture(autouse=True)
def own_settings(tmp_path, monkeypatch):
    """Each test remembers its choice in its own folder and ends in English."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    yield
    ui_language.install_language("en")


def run_cipeditor(tmp_path, *args: str, lang: str = "C.UTF-8") -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "LANGUAGE": "",
        "LC_ALL": "",
        "LC_MESSAGES": "",
        "LANG": lang,
        "PYTHONUTF8": "1",
    }
    return subprocess.run(
        [sys.executable, "-m", "cipeditor", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "zh_CN.UTF-8"}, "zh_CN"),
        ({"LANG": "zh_SG.UTF-8"}, "zh_CN"),
        ({"LC_MESSAGES": "zh_Hans_CN"}, "zh_CN"),
        ({"LANGUAGE": "zh-Hans"}, "zh_CN"),
        ({"LANG": "zh_TW.UTF-8"}, "en"),  # Traditional Chinese has no catalog yet
        ({"LANG": "zh_HK.UTF-8"}, "en"),
        ({"LANG": "fr_FR.UTF-8"}, "en"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({}, "en"),
        ({"LC_ALL": "en_GB.UTF-8", "LANG": "zh_CN.UTF-8"}, "en"),  # LC_ALL wins over LANG
        ({"LANGUAGE": "zh_TW:zh_CN:en", "LANG": "en_US.UTF-8"}, "zh_CN"),  # first served
        ({"LANGUAGE": "", "LC_MESSAGES": "zh_CN.GB18030"}, "zh_CN"),
    ],
)
def test_the_system_locale_chooses_the_language(environ, expected):
    assert ui_language.system_locale(environ) == expected


def test_the_available_languages_are_english_and_those_with_a_catalog():
    assert ui_language.available_locales() == ["en", "zh_CN"]


def test_without_a_choice_the_system_locale_decides(monkeypatch):
    monkeypatch.setenv("LANGUAGE", "zh_CN")
    assert ui_language.startup_locale() == "zh_CN"


def test_a_remembered_choice_wins_over_the_system_locale(monkeypatch):
    monkeypatch.setenv("LANGUAGE", "zh_CN")
    ui_language.save_choice("en")
    assert ui_language.startup_locale() == "en"
    ui_language.save_choice(None)
    assert ui_language.startup_locale() == "zh_CN"


def test_a_damaged_settings_file_falls_back_to_the_system_locale(monkeypatch):
    monkeypatch.setenv("LANGUAGE", "zh_CN")
    ui_language.settings_path().parent.mkdir(parents=True)
    ui_language.settings_path().write_text("{not json", encoding="utf-8")
    assert ui_language.startup_locale() == "zh_CN"
    ui_language.save_choice("en")  # and choosing again repairs it
    assert json.loads(ui_language.settings_path().read_text(encoding="utf-8")) == {"ui_lang": "en"}


def test_the_ui_lang_option_is_taken_out_wherever_it_is():
    assert ui_language.split_option(["check", "--ui-lang", "zh_CN", "a.cip"]) == (
        "zh_CN",
        ["check", "a.cip"],
    )
    assert ui_language.split_option(["--ui-lang=en", "x"]) == ("en", ["x"])
    assert ui_language.split_option(["--", "--ui-lang"]) == (None, ["--", "--ui-lang"])


def test_ui_lang_installs_the_language_and_remembers_it():
    rest = ui_language.apply_command_line(["--ui-lang", "zh-CN", "check"])
    assert rest == ["check"]
    assert i18n.current_locale() == "zh_CN"
    assert _("no such file") == "文件不存在"
    assert ui_language.saved_choice() == "zh_CN"


def test_an_unknown_ui_lang_is_refused_in_process(capsys):
    assert cli.main(["--ui-lang", "tlh", "check", "x.cip"]) == cli.EXIT_FAILED
    error = capsys.readouterr().err
    assert "tlh" in error and "en, zh_CN" in error
    assert ui_language.saved_choice() is None


@pytest.mark.slow
def test_the_command_line_reports_errors_in_chinese(tmp_path):
    result = run_cipeditor(tmp_path, "--ui-lang", "zh_CN", "check", "missing.cip")
    assert result.returncode == 2
    assert result.stderr.strip() == "cipeditor: missing.cip: 文件不存在——请检查文件名和所在文件夹"


@pytest.mark.slow
def test_an_unknown_ui_lang_exits_2_listing_the_available_languages(tmp_path):
    result = run_cipeditor(tmp_path, "--ui-lang", "xx_YY", "check", "missing.cip")
    assert result.returncode == 2
    assert result.stderr.strip() == (
        "cipeditor: unknown interface language “xx_YY”; choose one of: en, zh_CN"
    )


@pytest.mark.slow
def test_help_follows_the_remembered_choice_and_the_system_locale(tmp_path):
    run_cipeditor(tmp_path, "--ui-lang", "zh_CN", "check", "missing.cip")
    remembered = run_cipeditor(tmp_path, "check", "--help")
    assert remembered.stdout.startswith("用法：cipeditor check")
    assert "以 JSON 格式输出报告" in remembered.stdout

    system = run_cipeditor(tmp_path / "other", "--help", lang="zh_CN.UTF-8")
    assert "中英双语文章编辑器" in system.stdout and "显示此帮助信息并退出" in system.stdout
    english = run_cipeditor(tmp_path / "other", "--help", lang="zh_TW.UTF-8")
    assert english.stdout.startswith("usage: cipeditor")


def test_preferences_list_each_language_under_its_own_name():
    choices = ui_language.language_choices()
    assert [(c.locale, c.label) for c in choices] == [
        (None, "System default"),
        ("en", "English"),
        ("zh_CN", "简体中文"),
    ]
    ui_language.install_language("zh_CN")
    assert ui_language.language_choices()[0].label == "跟随系统"
    assert ui_language.language_name("fr") == "français"


def test_a_damaged_catalog_leaves_the_interface_in_english_with_a_warning(tmp_path):
    po_path = tmp_path / "zh_CN" / "LC_MESSAGES" / "cipeditor.po"
    po_path.parent.mkdir(parents=True)
    po_path.write_text(
        '<<<<<<< HEAD\nmsgid "no such file"\nmsgstr "文件不存在"\n', encoding="utf-8"
    )  # a merge conflict left in
    with messages.collect() as warnings:
        assert ui_language.install_language("zh_CN", tmp_path) == "en"
    assert _("no such file") == "no such file"
    assert len(warnings) == 1 and "zh_CN" in warnings[0]


def test_command_line_warnings_are_translated(capsys):
    ui_language.install_language("zh_CN")
    messages.warning("x")
    assert capsys.readouterr().err == "警告：x\n"
