"""The figures the status bar shows: Chinese characters, English words, pairs.

Chinese is counted character by character, as Word's "Asian characters"
statistic does; English in words (see :mod:`cipeditor.text.script`).
"""

from __future__ import annotations

from dataclasses import dataclass

from cipeditor.article.model import Article
from cipeditor.text.script import han_count, latin_word_count


@dataclass(frozen=True)
class ArticleCounts:
    """How much text an article holds, body only."""

    chinese_chars: int
    english_words: int
    pairs: int
    pairs_with_empty_side: int
    """Pairs where at least one side is empty: text waiting for its translation."""


def count_article(article: Article) -> ArticleCounts:
    """Count Chinese characters, English words and pairs (with an empty side) in the body."""
    chinese = english = empty = 0
    for pair in article.body:
        chinese += han_count(pair.zh)
        english += latin_word_count(pair.en)
        if not pair.zh.strip() or not pair.en.strip():
            empty += 1
    return ArticleCounts(chinese, english, len(article.body), empty)
