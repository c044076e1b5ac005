"""Counting Chinese characters and English words: right, and light on memory for big texts."""

import tracemalloc

import pytest

from cipeditor.text.script import han_count, is_mostly_chinese, latin_word_count


@pytest.mark.parametrize(
    ("text", "han", "words"),
    [
        ("中以常州创新园", 7, 0),
        ("阮湘平 visited CIP in 2019", 3, 4),
        ("𠀀 (extension B) and 中文", 3, 3),
        ("", 0, 0),
    ],
)
def test_counts(text, han, words):
    assert (han_count(text), latin_word_count(text)) == (han, words)


def test_counting_a_big_chinese_text_does_not_build_a_list_per_character():
    # Before, findall() made one string per character: an 18 MB text took 500 MB to import.
    text = "中以常州创新园调研。" * 100_000  # a million characters
    tracemalloc.start()
    try:
        assert han_count(text) == 900_000
        assert is_mostly_chinese(text)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 10 * 1024 * 1024
