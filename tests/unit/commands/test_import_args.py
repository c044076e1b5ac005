"""Which source fills which side, and the refusals of contradictory arguments (in-process)."""

import pytest

from cipeditor import paths
from cipeditor.article import cipformat
from cipeditor.cli import main
from tests.conftest import DATA, SEED_PAGE


@pytest.mark.parametrize(
    "args",
    [
        ["--zh", DATA / "seed-page-zh.txt", SEED_PAGE],
        ["--en", SEED_PAGE, DATA / "seed-page-zh.txt"],
        ["--zh", DATA / "seed-page-zh.txt", "--en", SEED_PAGE],
    ],
    ids=["src-is-english", "src-is-chinese", "both-flags"],
)
def test_positional_source_fills_the_missing_side(tmp_path, args):
    out = tmp_path / "a.cip"
    assert main(["import", *map(str, args), "-o", str(out)]) == 0
    article = cipformat.load(out)
    assert article.meta.title.zh.startswith("科技部")
    assert article.meta.title.en.startswith("Ruan Xiangping")


def test_a_cip_source_alone_is_imported_whole(tmp_path):
    out = tmp_path / "copy.cip"
    assert main(["import", str(paths.SAMPLE_ARTICLE), "-o", str(out)]) == 0
    assert out.read_bytes() == paths.SAMPLE_ARTICLE.read_bytes()


def test_a_cip_source_given_as_chinese_gives_only_its_chinese(tmp_path):
    out = tmp_path / "zh.cip"
    assert main(["import", "--zh", str(paths.SAMPLE_ARTICLE), "-o", str(out)]) == 0
    article = cipformat.load(out)
    assert all(pair.zh and not pair.en for pair in article.body)
    assert article.meta.title.en == ""


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--zh", "a", "--en", "b", "c"], "too many sources"),
        (["--zh", "a", "b", "--lang", "zh"], "same language"),
        (["--zh", "a", "--lang", "zh"], "--lang is for a single SRC"),
        ([], "nothing to import"),
    ],
)
def test_contradictory_arguments_are_refused(tmp_path, capsys, args, says):
    assert main(["import", *args, "-o", str(tmp_path / "x.cip")]) == 2
    err = capsys.readouterr().err
    assert says in err
    assert len(err.splitlines()) == 1
    assert not (tmp_path / "x.cip").exists()


@pytest.mark.parametrize("flag", [None, "--en"])
def test_the_output_never_replaces_a_source_even_with_force(tmp_path, capsys, flag):
    # Before, `import page.txt -o page.txt --force` replaced the text with the article's JSON.
    source = tmp_path / "page.txt"
    source.write_bytes(SEED_PAGE.read_bytes())
    args = ["import", *([flag] if flag else []), str(source), "-o", str(source), "--force"]
    assert main(args) == 2
    assert source.read_bytes() == SEED_PAGE.read_bytes()
    assert "is also a source of the import" in capsys.readouterr().err


def test_an_empty_output_name_is_named_as_such(capsys):
    # Before: "cipeditor: . exists already; use --force to replace it".
    assert main(["import", str(SEED_PAGE), "-o", ""]) == 2
    assert "the output name is empty" in capsys.readouterr().err


def test_taking_one_side_of_a_bilingual_article_says_the_other_is_left_out(tmp_path, capsys):
    out = tmp_path / "zh-only.cip"
    assert main(["import", "--zh", str(paths.SAMPLE_ARTICLE), "-o", str(out)]) == 0
    assert not any(pair.en for pair in cipformat.load(out).body)
    err = capsys.readouterr().err
    assert f"{paths.SAMPLE_ARTICLE}: only one side of this bilingual file is imported" in err
    assert "--en" in err


def test_no_note_when_the_other_side_comes_from_another_file(tmp_path, capsys):
    out = tmp_path / "mixed.cip"
    args = ["import", "--zh", str(paths.SAMPLE_ARTICLE), "--en", str(SEED_PAGE), "-o", str(out)]
    assert main(args) == 0
    assert "only one side" not in capsys.readouterr().err


@pytest.mark.parametrize("option", ["--zh", "--en"])
def test_a_language_given_twice_is_refused_not_half_dropped(tmp_path, capsys, option):
    # Before: argparse kept the second --zh and the first source vanished without a word.
    out = tmp_path / "x.cip"
    with pytest.raises(SystemExit) as stop:
        main(
            [
                "import",
                option,
                str(SEED_PAGE),
                option,
                str(DATA / "seed-page-zh.txt"),
                "-o",
                str(out),
            ]
        )
    assert stop.value.code == 2
    assert f"{option} is given twice" in capsys.readouterr().err
    assert not out.exists()
