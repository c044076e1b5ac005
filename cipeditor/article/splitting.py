"""Where to cut the other side when a translator splits a pair in one side.

The suggestion is the sentence end nearest to the same proportional place in
the other text: splitting the Chinese a third of the way in suggests cutting
the English at the sentence boundary nearest a third of the way in.
"""

from __future__ import annotations

import re

# Sentence-ending punctuation and what may follow it before the boundary
# (closing quotes and brackets), per language: rules as data, not branches.
_SENTENCE_ENDS = {
    "zh": re.compile(r"(?:[。！？]|……)[”’」』）)]*"),
    "en": re.compile(r"""[.!?]+["'”’)\]]*(?=\s)"""),
}

# Words ending in a full stop that do not end an English sentence.
_ABBREVIATIONS = frozenset(
    {"mr", "mrs", "ms", "dr", "prof", "st", "no", "jr", "sr", "vs", "etc", "e.g", "i.e", "u.s"}
)


def sentence_boundaries(text: str, lang: str) -> list[int]:
    """Offsets just after each sentence end inside ``text`` (not counting its very end)."""
    pattern = _SENTENCE_ENDS["zh" if lang == "zh" else "en"]
    offsets = []
    for match in pattern.finditer(text):
        end = match.end()
        if end >= len(text.rstrip()):
            continue
        if lang != "zh" and _is_abbreviation(text, match.start()):
            continue
        offsets.append(end)
    return offsets


def _is_abbreviation(text: str, dot: int) -> bool:
    start = dot
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "."):
        start -= 1
    word = text[start:dot].lower()
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def suggest_split_offset(text: str, fraction: float, lang: str) -> int:
    """The offset at which to split ``text`` to match a split at ``fraction`` of the other side.

    Candidates are the sentence boundaries plus both ends of the text (the end
    means "leave it whole in the first pair", the start "move it all to the
    second"); the one nearest ``fraction * len(text)`` wins.
    """
    fraction = min(max(fraction, 0.0), 1.0)
    target = fraction * len(text)
    candidates = [0, *sentence_boundaries(text, lang), len(text)]
    return min(candidates, key=lambda offset: (abs(offset - target), -offset))
