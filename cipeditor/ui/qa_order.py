"""The order in which the QA panel lists issues, and stepping through that list.

The panel groups issues by category and, inside a group, lists them as they
come in the article (title, summary, category, then pair by pair; Chinese
before English; by offset). Next and previous issue (F8, Shift+F8) walk that
same order, so the row that becomes current is always the one below or above.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from cipeditor.qa.issue import Category, Issue, field_rank

_CATEGORY_ORDER = {category: number for number, category in enumerate(Category)}
_SIDES_FIRST = {"zh": 1, "en": 2}  # an issue of both sides (no lang) comes first


def panel_order(issue: Issue) -> tuple:
    """Sort key of ``issue`` in the panel: its group, then its place in the article."""
    return (
        _CATEGORY_ORDER[issue.category],
        field_rank(issue.field),
        -1 if issue.paragraph is None else issue.paragraph,
        _SIDES_FIRST.get(issue.lang, 0),
        -1 if issue.start is None else issue.start,
        -1 if issue.end is None else issue.end,
        issue.check,
        issue.message,
    )


def step(listed: Sequence[Issue], anchor: Issue | None, forward: bool) -> tuple[int, bool] | None:
    """The index in ``listed`` (sorted by :func:`panel_order`) of the issue after (or
    before) ``anchor``, and whether the walk went round the end; None when nothing is listed.

    ``anchor`` need not be listed any more (accepted or fixed since): the walk goes
    on from where it stood, to the issue that now follows its place.
    """
    if not listed:
        return None
    if anchor is None:
        return (0 if forward else len(listed) - 1), False
    keys = [panel_order(issue) for issue in listed]
    key = panel_order(anchor)
    if forward:
        index = bisect_right(keys, key)
        return (index, False) if index < len(listed) else (0, True)
    index = bisect_left(keys, key) - 1
    return (index, False) if index >= 0 else (len(listed) - 1, True)
