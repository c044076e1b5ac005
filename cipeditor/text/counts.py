"""The figures the status bar shows: Chinese characters, English words, pairs.

Chinese is counted character by character, as Word's "Asian characters"
statistic does; English in words (see :mod:`cipeditor.text.script`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

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
        han, words, has_empty_side = _pair_figures(pair.zh, pair.en)
        chinese += han
        english += words
        empty += has_empty_side
    return ArticleCounts(chinese, english, len(article.body), empty)


@lru_cache(maxsize=1 << 16)
def _pair_figures(zh: str, en: str) -> tuple[int, int, bool]:
    # Remembered by text: while someone types, only the pair being typed in is counted
    # again, so the status bar of a 5,000-pair article stays instant.
    return han_count(zh), latin_word_count(en), not zh.strip() or not en.strip()
