"""Status-bar figures: Chinese characters, English words, pairs with an empty side."""

from cipeditor.article.model import Article, Pair
from cipeditor.text.counts import count_article


def test_counts_chinese_characters_like_word_and_english_words():
    article = Article(
        body=[
            Pair("苏州工业园区，2019年。", "Suzhou Industrial Park, 2019."),
            Pair("阮湘平出席", "Ruan Xiangping's visit went well"),
        ]
    )
    counts = count_article(article)
    # 6 + 1 + 5 Han characters; punctuation and digits are not Chinese characters.
    assert counts.chinese_chars == 12
    assert counts.english_words == 4 + 5
    assert counts.pairs == 2
    assert counts.pairs_with_empty_side == 0


def test_pairs_with_an_empty_or_blank_side_are_counted():
    article = Article(body=[Pair("中文", ""), Pair("", "English"), Pair(" ", " "), Pair("中", "x")])
    assert count_article(article).pairs_with_empty_side == 3


def test_empty_article():
    counts = count_article(Article())
    assert (counts.chinese_chars, counts.english_words, counts.pairs) == (0, 0, 0)
