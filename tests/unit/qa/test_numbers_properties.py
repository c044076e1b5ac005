"""Property test: the numbers and punctuation checks take any pair of texts, spans stay valid."""

from hypothesis import given
from hypothesis import strategies as st

from cipeditor.article.model import Article
from cipeditor.qa import numbers, punctuation
from cipeditor.qa.registry import CheckContext, Segment

_PIECES = [
    *'0123456789０１.,%％:：-+()（）“”"《》至年月日第点百分之上下午个家 一二两三十百千万亿',
    "October ",
    " million",
    "first",
    "twenty",
    " to ",
    "中国",
    "China",
]
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=30).map("".join)
_CHECKS = (
    numbers.numbers_mismatch,
    numbers.date_mismatch,
    numbers.ordinal_mismatch,
    numbers.unit_mismatch,
    punctuation.full_width_in_english,
    punctuation.ascii_in_chinese,
    punctuation.unbalanced_brackets,
    punctuation.spacing,
)


@given(_TEXT, _TEXT)
def test_checks_never_fail_and_point_inside_the_text(zh, en):
    ctx = CheckContext(Article())
    segment = Segment("body", 0, zh, en)
    for check in _CHECKS:
        for issue in check(ctx, segment):
            text = segment.get(issue.lang)
            assert issue.start is None or 0 <= issue.start < issue.end <= len(text)
