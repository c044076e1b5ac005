"""Reading a glossary for the editor: the good entries of a file with some bad ones."""

from __future__ import annotations

import pytest

from cipeditor.errors import InputError
from cipeditor.glossary.files import read_glossary, read_usable_glossary


@pytest.mark.parametrize(
    ("name", "text", "bad_line"),
    [
        ("some.csv", "zh,en\n随后,then\n论坛,\n", "line 3"),
        ("some.txt", "随后\tthen\n论坛\t\n", "line 2"),
    ],
)
def test_the_good_entries_are_given_with_the_error_naming_the_bad_line(
    tmp_path, name, text, bad_line
):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    glossary, error = read_usable_glossary(path)
    assert [e.zh for e in glossary] == ["随后"] and glossary.path == path
    assert bad_line in str(error)
    with pytest.raises(InputError):
        read_glossary(path)  # conversions still refuse it


def test_a_file_without_a_good_entry_is_refused(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("zh,en\n论坛,\n", encoding="utf-8")
    with pytest.raises(InputError, match="line 2"):
        read_usable_glossary(path)


def test_a_good_file_has_no_error(tmp_path):
    path = tmp_path / "good.csv"
    path.write_text("zh,en\n随后,then\n", encoding="utf-8")
    glossary, error = read_usable_glossary(path)
    assert error is None and glossary.lookup("随后")[0].en == "then"
