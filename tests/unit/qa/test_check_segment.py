"""Re-checking the pair being edited gives what the full check gives for it, from one context."""

from cipeditor.qa.registry import CheckContext, Segment
from cipeditor.qa.runner import check_article, check_segment, segments


def test_edited_pair_rechecked_alone_matches_the_full_check(article, cip_glossary):
    ctx = CheckContext(article, [cip_glossary])
    for segment in segments(article):
        assert check_segment(ctx, segment) == []
    edited = article.body[1].en.replace("Israel Center", "Israeli Center")
    segment = Segment("body", 1, article.body[1].zh, edited)
    alone = check_segment(ctx, segment)
    article.body[1].en = edited
    full = [i for i in check_article(article, [cip_glossary]) if i.paragraph == 1]
    assert alone == full
    assert [i.check for i in alone] == ["term-forbidden"]
