"""Chinese punctuation as data: which marks are full-width, which end sentences, which pair up.

The checks in :mod:`cipeditor.qa.punctuation` read these tables instead of
spelling the marks out in branches (translate-toolkit's ``lang/zh.py`` keeps
its rules the same way).
"""

from __future__ import annotations

# Marks that belong to Chinese text only; in English each has an ASCII form.
# The curly quotes “”‘’ are left out: English typography uses the same code points.
FULL_WIDTH_PUNCTUATION = {
    "，": ",",
    "。": ".",
    "：": ":",
    "；": ";",
    "（": "(",
    "）": ")",
    "！": "!",
    "？": "?",
    "、": ",",
    "【": "[",
    "】": "]",
    "《": "“",
    "》": "”",
    "「": "“",
    "」": "”",
    "『": "‘",
    "』": "’",
    "～": "~",
    "｜": "|",
    "／": "/",
    "％": "%",
    "＆": "&",
    "＃": "#",
}

# Chinese dashes and ellipses are two marks long; one of them alone is English typography.
DOUBLED_MARKS = {"——": "—", "……": "…"}

# Chinese sentence ends, and the ASCII marks that stand in for Chinese ones by mistake.
SENTENCE_ENDS = "。！？…"
ASCII_FOR_CHINESE = {",": "，", ".": "。", ";": "；", ":": "：", "?": "？", "!": "！"}

# Brackets and quotes that must come in pairs, on either side.
BRACKET_PAIRS = {
    "(": ")",
    "（": "）",
    "[": "]",
    "【": "】",
    "“": "”",
    "‘": "’",
    "《": "》",
    "〈": "〉",
    "「": "」",
    "『": "』",
}
# Marks that open and close alike: an odd count leaves one open.
SYMMETRIC_QUOTES = '"'
# In English ’ is also the apostrophe (China’s), so only a ‘ left open counts there.
APOSTROPHE = "’"

# Marks that may stand next to a Chinese character with no space between: a space
# after a closing mark or before an opening one is as stray as one between characters.
CLOSING_MARKS = "，。：；、！？）”》」』】"
OPENING_MARKS = "（“《「『【"
