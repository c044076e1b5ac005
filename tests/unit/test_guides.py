"""The guide shown is the one in the interface language when it exists, else the English."""

from __future__ import annotations

from cipeditor import paths
from cipeditor.guides import localized


def _write(folder, *names):
    for name in names:
        (folder / name).write_text("# guide\n", encoding="utf-8")


def test_the_chinese_interface_gets_the_chinese_guide_and_english_the_english(tmp_path):
    _write(tmp_path, "user-guide.md", "user-guide.zh_CN.md")
    english = tmp_path / "user-guide.md"
    assert localized(english, "zh_CN") == tmp_path / "user-guide.zh_CN.md"
    assert localized(english, "en") == english


def test_a_guide_not_translated_is_shown_in_english(tmp_path):
    _write(tmp_path, "export.md", "user-guide.zh_CN.md")
    assert localized(tmp_path / "export.md", "zh_CN") == tmp_path / "export.md"


def test_a_translated_guide_goes_back_to_english_or_on_to_another_language(tmp_path):
    _write(tmp_path, "user-guide.md", "user-guide.zh_CN.md", "user-guide.de.md")
    chinese = tmp_path / "user-guide.zh_CN.md"
    assert localized(chinese, "en") == tmp_path / "user-guide.md"
    assert localized(chinese, "de_AT") == tmp_path / "user-guide.de.md"  # the language's guide


def test_dots_in_a_name_that_are_not_a_locale_are_kept(tmp_path):
    _write(tmp_path, "release.2019.md")
    assert localized(tmp_path / "release.2019.md", "zh_CN") == tmp_path / "release.2019.md"


def test_the_bundled_guides_have_their_chinese_versions():
    assert localized(paths.DOCS / "user-guide.md", "zh_CN").name == "user-guide.zh_CN.md"
    glossary = paths.DOCS / "glossary-in-the-editor.md"
    assert localized(glossary, "zh_CN").name == "glossary-in-the-editor.zh_CN.md"
