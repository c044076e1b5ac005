"""Structural edits of an article's body that keep the two sides aligned.

Each function changes the article in place and returns what an undo needs, so
the window's undo commands are thin wrappers around them.
"""

from __future__ import annotations

from cipeditor.article.model import LANGS, Article, Kind, Pair
from cipeditor.errors import UserError
from cipeditor.i18n import _


def _check_index(article: Article, index: int, *, allow_end: bool = False) -> None:
    limit = len(article.body) + (1 if allow_end else 0)
    if not 0 <= index < limit:
        raise UserError(
            _("There is no pair {number}: the article has {count} pairs.").format(
                number=index + 1, count=len(article.body)
            )
        )


def insert_pair(article: Article, index: int, pair: Pair | None = None) -> Pair:
    """Insert ``pair`` (an empty paragraph by default) so that it becomes pair ``index``."""
    _check_index(article, index, allow_end=True)
    pair = pair if pair is not None else Pair()
    article.body.insert(index, pair)
    return pair


def delete_pair(article: Article, index: int) -> Pair:
    """Remove pair ``index`` and return it (for undo)."""
    _check_index(article, index)
    return article.body.pop(index)


def move_pair(article: Article, index: int, to: int) -> None:
    """Move pair ``index`` so that it ends up at position ``to``."""
    _check_index(article, index)
    _check_index(article, to)
    pair = article.body.pop(index)
    article.body.insert(to, pair)


def split_pair(article: Article, index: int, at: dict[str, int]) -> Pair:
    """Split pair ``index`` in two, each side at its own character offset.

    ``at`` maps a language to the offset where its text is cut; a side left out
    stays whole in the first pair and the new pair gets an empty cell there, so
    the other side is never shifted. Returns the new (second) pair.
    """
    _check_index(article, index)
    pair = article.body[index]
    second = Pair(kind=pair.kind)
    for lang in LANGS:
        text = pair.get(lang)
        cut = at.get(lang, len(text))
        if not 0 <= cut <= len(text):
            raise UserError(
                _("Cannot split pair {number} at character {cut}: it has {length}.").format(
                    number=index + 1, cut=cut, length=len(text)
                )
            )
        head, tail = text[:cut], text[cut:]
        pair.set(lang, head.rstrip())
        second.set(lang, tail.lstrip())
    article.body.insert(index + 1, second)
    return second


def merge_pairs(article: Article, index: int) -> tuple[Pair, Pair]:
    """Merge pair ``index + 1`` into pair ``index``; return both originals (for undo)."""
    _check_index(article, index)
    _check_index(article, index + 1)
    first, second = article.body[index], article.body[index + 1]
    originals = (
        Pair(first.zh, first.en, first.kind, first.note),
        Pair(second.zh, second.en, second.kind, second.note),
    )
    first.zh = _join(first.zh, second.zh, "")
    first.en = _join(first.en, second.en, " ")
    first.note = _join(first.note, second.note, "\n")
    del article.body[index + 1]
    return originals


def _join(left: str, right: str, glue: str) -> str:
    """Join two texts; Chinese prose needs no space between sentences, English does."""
    if not left:
        return right
    if not right:
        return left
    return f"{left}{glue}{right}"


def swap_sides(article: Article, index: int) -> None:
    """Exchange the Chinese and English texts of pair ``index`` (text pasted in the wrong pane)."""
    _check_index(article, index)
    pair = article.body[index]
    pair.zh, pair.en = pair.en, pair.zh


def set_kind(article: Article, index: int, kind: Kind) -> Kind:
    """Change the kind of pair ``index``; return the old kind."""
    _check_index(article, index)
    old = article.body[index].kind
    article.body[index].kind = Kind(kind)
    return old
