"""Spot regular expressions that can take exponential time before running them.

Python's ``re`` cannot be interrupted, so a pattern such as ``(a+)+$`` typed
into the find bar would freeze the window. We refuse the classic shape behind
nearly all such cases: an unbounded repetition whose body can shrink to another
unbounded repetition (``(a+)+``, ``(\\w+\\s?)*``, ``(?:x*)+``), because the outer loop
can then split one run of text in exponentially many ways. ``(?:\\w+\\s)+`` is
accepted: the required ``\\s`` fixes where each round ends.

This is a heuristic, not a proof: ambiguous alternations such as ``(a|a)+`` pass.
The search also caps the number of matches it collects.
"""

from __future__ import annotations

import re
import re._constants as sre_constants
import re._parser as sre_parse
from typing import Any

_REPEATS = (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT)


def has_nested_repetition(pattern: str, flags: int = 0) -> bool:
    """True when ``pattern`` (already known to compile) has a runaway nested repetition."""
    try:
        parsed = sre_parse.parse(pattern, flags)
    except (re.error, RecursionError):
        return False
    return _walk(parsed)


def _walk(items: Any) -> bool:
    for op, av in items:
        if op in _REPEATS:
            _low, high, body = av
            if high == sre_constants.MAXREPEAT and _shrinks_to_repeat(body):
                return True
            if _walk(body):
                return True
        elif any(_walk(child) for child in _children(op, av)):
            return True
    return False


def _children(op: Any, av: Any) -> list:
    """The sub-patterns nested in one parsed item (groups, branches, assertions)."""
    if op is sre_constants.SUBPATTERN:
        return [av[3]]
    if op is sre_constants.BRANCH:
        return list(av[1])
    if op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT):
        return [av[1]]
    if op is sre_constants.GROUPREF_EXISTS:
        return [branch for branch in av[1:] if branch is not None]
    if op is getattr(sre_constants, "ATOMIC_GROUP", None):
        return [av]
    return []


def _shrinks_to_repeat(body: Any) -> bool:
    """Whether ``body`` holds an unbounded repetition and nothing else it must match."""
    items = list(body)
    if len(items) == 1 and items[0][0] is sre_constants.SUBPATTERN:
        return _shrinks_to_repeat(items[0][1][3])
    if len(items) == 1 and items[0][0] is sre_constants.BRANCH:
        return any(_shrinks_to_repeat(branch) for branch in items[0][1][1])
    unbounded = [item[0] in _REPEATS and item[1][1] == sre_constants.MAXREPEAT for item in items]
    if not any(unbounded):
        return False
    others = [item for item, free in zip(items, unbounded, strict=True) if not free]
    return all(sre_parse.SubPattern(body.state, [item]).getwidth()[0] == 0 for item in others)
