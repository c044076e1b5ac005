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


def test_a_full_width_indent_starts_a_paragraph_even_inside_a_block():
    text = (
        "阮湘平一行调研中以常州创新园\r\n\r\n"
        "　　11月1日下午，省政府一级巡视员阮湘平一行来到园区调研。\n"
        "　　阮湘平一行参观了园区展厅，听取了园区建设情况汇报\n"
        "并召开座谈会。\n"
    ).replace("\r\n", "\n")
    assert split_paragraphs(text) == [
        "阮湘平一行调研中以常州创新园",
        "11月1日下午，省政府一级巡视员阮湘平一行来到园区调研。",
        "阮湘平一行参观了园区展厅，听取了园区建设情况汇报并召开座谈会。",
    ]


def test_with_indents_a_line_after_a_full_stop_is_a_paragraph_of_its_own():
    text = (
        "园区新闻\n　　园区举办创新大会，\n吸引三百余名代表。\n"
        "　　大会签约二十个项目。\n（记者 王伟）\n"
    )
    assert split_paragraphs(text) == [
        "园区新闻",
        "园区举办创新大会，吸引三百余名代表。",
        "大会签约二十个项目。",
        "（记者 王伟）",
    ]


def test_indented_english_paragraphs_are_joined_at_their_wraps():
    text = (
        "Park news\n\n  The park held its conference\nwith 300 delegates.\n"
        "  It ended with a signing.\n"
    )
    assert split_paragraphs(text) == [
        "Park news",
        "The park held its conference with 300 delegates.",
        "It ended with a signing.",
    ]
