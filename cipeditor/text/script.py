"""Which script a text is in, and counts as a word processor makes them.

Chinese characters are counted one by one, as Word's "Asian characters"
statistic does; English is counted in words.
"""

from __future__ import annotations

import re

# CJK Unified Ideographs with extension A, compatibility ideographs and the
# supplementary planes (extensions B and later).
HAN_CLASS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
_HAN_RUNS = re.compile(f"[{HAN_CLASS}]+")
LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f0-9]+(?:['’\-.][A-Za-z\u00c0-\u024f0-9]+)*")

# HAN and HAN_RUN (for the checks and importers) are compiled on first use: the status
# bar's counts, the one use at start-up, need neither, and classes this wide cost
# milliseconds to compile.
_LAZY_PATTERNS = {
    "HAN": f"[{HAN_CLASS}]",
    "HAN_RUN": f"[{HAN_CLASS}]+(?:[\u3000-\u303f\uff00-\uffef]*[{HAN_CLASS}]+)*",
}


def __getattr__(name: str) -> re.Pattern[str]:
    if name not in _LAZY_PATTERNS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    pattern = re.compile(_LAZY_PATTERNS[name])
    globals()[name] = pattern
    return pattern


def han_count(text: str) -> int:
    """How many Chinese characters ``text`` holds."""
    if text.isascii():
        return 0
    # Removing the runs counts in C, much faster than finding characters one by one, and
    # leaves only the (short) rest of a Chinese text in memory, not a copy of it.
    return len(text) - len(_HAN_RUNS.sub("", text))


def latin_word_count(text: str) -> int:
    """How many words in Latin script (and numbers) ``text`` holds."""
    return LATIN_WORD.subn("", text)[1]


def is_mostly_chinese(text: str) -> bool:
    """True when Chinese characters outnumber Latin-script words: the text is Chinese."""
    return han_count(text) > latin_word_count(text)
