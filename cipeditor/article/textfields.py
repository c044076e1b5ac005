"""Every editable text of an article, addressed the same way: field, index, language.

Find/replace and other whole-article passes walk these texts without knowing
the model's layout. A text's address is a :class:`TextRef`:

- ``body``: ``index`` is the pair index, ``lang`` the side;
- ``title``/``summary``/``category``: bilingual metadata, ``index`` is None;
- ``author``/``source``/``contact``: one-language metadata, ``index`` and ``lang`` None;
- ``tags``: ``index`` is the tag's position in the list, ``lang`` None.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from cipeditor.article.model import LANGS, Article

BILINGUAL_META = ("title", "summary", "category")
PLAIN_META = ("author", "source", "contact")


@dataclass(frozen=True)
class TextRef:
    """Where one text lives in an article."""

    field: str
    index: int | None = None
    lang: str | None = None


def iter_texts(article: Article, langs: tuple[str, ...] = LANGS) -> Iterator[TextRef]:
    """The texts of ``langs`` in reading order: metadata first, then the body.

    One-language metadata (author, source, contact, tags) belongs to no side:
    it is only included when both languages are asked for.
    """
    for name in BILINGUAL_META:
        for lang in langs:
            yield TextRef(name, None, lang)
    if set(langs) >= set(LANGS):
        for name in PLAIN_META:
            yield TextRef(name)
        for i in range(len(article.meta.tags)):
            yield TextRef("tags", i)
    for i in range(len(article.body)):
        for lang in langs:
            yield TextRef("body", i, lang)


def get_text(article: Article, ref: TextRef) -> str:
    """The current text at ``ref``."""
    meta = article.meta
    if ref.field == "body":
        return article.body[ref.index].get(ref.lang)
    if ref.field == "tags":
        return meta.tags[ref.index]
    if ref.field in BILINGUAL_META:
        return getattr(meta, ref.field).get(ref.lang)
    return getattr(meta, ref.field)


def set_text(article: Article, ref: TextRef, text: str) -> None:
    """Replace the text at ``ref``."""
    meta = article.meta
    if ref.field == "body":
        article.body[ref.index].set(ref.lang, text)
    elif ref.field == "tags":
        meta.tags[ref.index] = text
    elif ref.field in BILINGUAL_META:
        getattr(meta, ref.field).set(ref.lang, text)
    else:
        setattr(meta, ref.field, text)
