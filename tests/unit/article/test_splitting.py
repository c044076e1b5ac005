"""Where the other side of a split pair is cut."""

from cipeditor.article.splitting import sentence_boundaries, suggest_split_offset

ZH = "园区举行签约仪式。阮湘平出席并致辞。双方将加强合作！"
EN = "The park held a signing ceremony. Ruan Xiangping attended. Both sides will cooperate."


def test_chinese_boundaries_are_after_each_full_stop():
    assert sentence_boundaries(ZH, "zh") == [9, 18]


def test_english_boundaries_skip_the_final_stop():
    cuts = sentence_boundaries(EN, "en")
    assert [EN[:cut].rsplit(maxsplit=1)[-1] for cut in cuts] == ["ceremony.", "attended."]


def test_english_abbreviations_do_not_end_sentences():
    text = "Mr. Smith met Dr. Wang in the U.S. yesterday. They talked."
    assert [text[:cut] for cut in sentence_boundaries(text, "en")] == [
        "Mr. Smith met Dr. Wang in the U.S. yesterday."
    ]


def test_decimal_points_do_not_end_sentences():
    assert sentence_boundaries("Output grew 3.5 percent in 2019. It was good.", "en") == [32]


def test_split_offset_is_the_nearest_sentence_end_to_the_same_proportion():
    # Splitting the Chinese after its first sentence (half way) cuts the English after its second.
    assert EN[: suggest_split_offset(EN, 0.55, "en")].endswith("attended.")
    assert EN[: suggest_split_offset(EN, 0.3, "en")].endswith("ceremony.")


def test_chinese_closing_quotes_stay_with_their_sentence():
    text = "他说：“我们欢迎投资。”园区很美。"
    assert text[: suggest_split_offset(text, 0.6, "zh")] == "他说：“我们欢迎投资。”"


def test_text_without_sentence_end_is_kept_whole_or_moved_whole():
    assert suggest_split_offset("no end here", 0.8, "en") == len("no end here")
    assert suggest_split_offset("no end here", 0.1, "en") == 0


def test_empty_text_and_out_of_range_fractions():
    assert suggest_split_offset("", 0.5, "zh") == 0
    assert suggest_split_offset(ZH, 7.0, "zh") == len(ZH)
    assert suggest_split_offset(ZH, -1.0, "zh") == 0
