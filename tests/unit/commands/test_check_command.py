"""``cipeditor check`` over several files, and its arguments, as a user runs them."""

from __future__ import annotations

import json

import pytest

from cipeditor import paths
from cipeditor.cli import main
from tests.conftest import DATA

CLEAN = DATA / "clean-article.cip"
SAMPLE = paths.SAMPLE_ARTICLE
TRUNCATED = DATA / "hostile" / "truncated.cip"


def test_an_unreadable_article_is_named_and_the_others_are_still_checked(tmp_path, capsys):
    # Before: the first unreadable file stopped the command; the files after it went unchecked.
    missing = tmp_path / "missing.cip"
    assert main(["check", str(missing), str(TRUNCATED), str(SAMPLE)]) == 2
    captured = capsys.readouterr()
    errors = captured.err.splitlines()
    assert len(errors) == 2
    assert errors[0].startswith(f"cipeditor: {missing}: no such file")
    assert errors[1].startswith(f"cipeditor: {TRUNCATED}: line 1")
    assert f"{SAMPLE}:title.en: warning: the headline looks cut short" in captured.out


def test_json_reports_the_readable_articles_when_one_is_not(tmp_path, capsys):
    assert main(["check", "--json", str(TRUNCATED), str(SAMPLE)]) == 2
    captured = capsys.readouterr()
    issues = json.loads(captured.out)["issues"]
    assert issues and {issue["file"] for issue in issues} == {str(SAMPLE)}
    assert str(TRUNCATED) in captured.err


def test_all_readable_keeps_the_findings_status(capsys):
    assert main(["check", str(CLEAN), str(SAMPLE)]) == 1
    assert main(["check", str(CLEAN)]) == 0
    assert capsys.readouterr().err == ""


def test_no_glossary_and_a_glossary_together_are_refused(capsys):
    # Before: --no-glossary silently won and the glossary given was never used.
    glossary = paths.GLOSSARIES / "cip.csv"
    with pytest.raises(SystemExit) as stop:
        main(["check", "--no-glossary", "--glossary", str(glossary), str(SAMPLE)])
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert "not allowed with argument --no-glossary" in err


def test_an_unknown_option_shows_the_usage_of_its_command(capsys):
    # Before: "usage: cipeditor [-h] COMMAND ..." and "cipeditor: error: …", which does not
    # say what check does take.
    for args, usage in (
        (["check", "--bogus", str(SAMPLE)], "usage: cipeditor check"),
        (["glossary", "convert", "a.csv", "b.tbx", "--bogus"], "usage: cipeditor glossary convert"),
    ):
        with pytest.raises(SystemExit) as stop:
            main(args)
        assert stop.value.code == 2
        err = capsys.readouterr().err
        assert err.startswith(usage)
        assert err.endswith(": error: unrecognized arguments: --bogus\n")
