"""``cipeditor export --templates DIR``: a user's template that fails is the user's to fix."""

from __future__ import annotations

import pytest

from cipeditor import paths
from cipeditor.cli import main

SAMPLE = paths.SAMPLE_ARTICLE


@pytest.mark.parametrize(
    ("body", "says"),
    [
        ("ok\n{{ 1 / 0 }}", "(line 2) could not be used: ZeroDivisionError"),
        ('{{ "%d" % page.title }}', "(line 1) could not be used: TypeError"),
    ],
)
def test_a_template_that_fails_while_rendering_is_named_not_an_internal_error(
    tmp_path, capsys, body, says
):
    # Before: "cipeditor: internal error (ZeroDivisionError: …); please report it".
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "article.html.j2").write_text(body, encoding="utf-8")
    target = tmp_path / "page.html"
    args = ["export", str(SAMPLE), "--lang", "en", "--templates", str(folder), "-o", str(target)]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert f"The template {folder / 'article.html.j2'} {says}" in err
    assert "internal error" not in err
    assert not target.exists()


def test_a_file_given_as_the_templates_folder_is_named_as_a_file(tmp_path, capsys):
    # Before: "The templates folder release.cip does not exist", though it does.
    target = tmp_path / "page.html"
    assert main(["export", str(SAMPLE), "--templates", str(SAMPLE), "-o", str(target)]) == 2
    assert f"{SAMPLE} is a file, not a templates folder" in capsys.readouterr().err
    assert not target.exists()
