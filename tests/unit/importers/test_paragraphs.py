"""How plain text is cut into paragraphs."""

from cipeditor.importers.paragraphs import split_paragraphs


def test_blank_lines_separate_paragraphs_and_wrapped_english_lines_are_joined():
    text = "Title\n\nFirst paragraph is\nwrapped here.\n\n\nSecond.\n"
    assert split_paragraphs(text) == ["Title", "First paragraph is wrapped here.", "Second."]


def test_wrapped_chinese_lines_are_joined_without_a_space():
    assert split_paragraphs("标题\n\n中以常州\n创新园建设情况\n") == [
        "标题",
        "中以常州创新园建设情况",
    ]


def test_without_blank_lines_each_line_is_a_paragraph():
    text = "　　标题\n　　第一段。\n　　第二段\n"
    assert split_paragraphs(text) == ["标题", "第一段。", "第二段"]


def test_a_block_of_complete_sentences_is_one_paragraph_per_line():
    text = "标题\n\n第一段。\n第二段！\n第三段。\n"
    assert split_paragraphs(text) == ["标题", "第一段。", "第二段！", "第三段。"]


def test_only_whitespace_gives_no_paragraph():
    assert split_paragraphs(" \n\u3000\n\t\n") == []
