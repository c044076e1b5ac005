"""A one-language import that is really two: the Chinese, and then its English (or the reverse).

Press offices often keep a release in one document, the original first and
the translation below it, or each paragraph followed by its translation.
Read as one language, the translation would land on the wrong side, mixed
with the original. When the paragraphs switch language exactly once, each
half has at least two paragraphs, and the halves are of comparable length (as
a text and its translation are), the two halves are paired paragraph by
paragraph, the first one of each being the title. When every paragraph
switches language (original, translation, original, translation …), each one
is paired with the next.
"""

from __future__ import annotations

from itertools import pairwise, zip_longest

from cipeditor.article.model import Article, Bilingual, Kind, Pair
from cipeditor.i18n import _
from cipeditor.importers import Imported
from cipeditor.text.script import han_count, latin_word_count

MIN_HALF = 2  # paragraphs: a title and at least one paragraph
MIN_SHARE = 0.5  # the shorter half holds at least this share of the longer one's paragraphs


def split_halves(imported: Imported) -> Imported:
    """``imported`` as a bilingual article when its one side holds both languages in turn."""
    if len(imported.langs) != 1:
        return imported
    (lang,) = imported.langs
    article = imported.article
    texts = [article.meta.title.get(lang), *(pair.get(lang) for pair in article.body)]
    kinds = [Kind.PARAGRAPH, *(pair.kind for pair in article.body)]
    scripts = [_script(text) for text in texts]
    found = _interleaved(texts, kinds, scripts) or _one_after_the_other(texts, kinds, scripts)
    if found is None:
        return imported
    halves, first_lang, note = found
    return Imported(
        _paired(article, halves, first_lang),
        frozenset({"zh", "en"}),
        [*imported.warnings, note],
    )


def _other(lang: str) -> str:
    return "en" if lang == "zh" else "zh"


def _interleaved(texts: list[str], kinds: list, scripts: list[str | None]) -> tuple | None:
    """The halves, first language and note when each paragraph is followed by its translation."""
    if not _alternating(scripts):
        return None
    first_lang = scripts[0]
    halves = {
        first_lang: (texts[0::2], kinds[0::2]),
        _other(first_lang): (texts[1::2], kinds[1::2]),
    }
    note = _(
        "the document gives each paragraph with its translation after it: they were paired "
        "two by two, the first two as the title"
    )
    return halves, first_lang, note


def _one_after_the_other(texts: list[str], kinds: list, scripts: list[str | None]) -> tuple | None:
    """The halves, first language and note when one language follows the other."""
    cut = _switch_point(scripts)
    if cut is None:
        return None
    first_lang = next(script for script in scripts[:cut] if script)  # one switch: all alike
    halves = {
        first_lang: (texts[:cut], kinds[:cut]),
        _other(first_lang): (texts[cut:], kinds[cut:]),
    }
    return halves, first_lang, _note(len(halves["zh"][0]), len(halves["en"][0]))


def _script(text: str) -> str | None:
    """``zh``, ``en``, or None for a text with no words (a date, a number, nothing)."""
    chinese, english = han_count(text), latin_word_count(text)
    if chinese > english:
        return "zh"
    if english > chinese and any(character.isalpha() for character in text):
        return "en"
    return None


def _switch_point(scripts: list[str | None]) -> int | None:
    """Where the second language begins, when the texts switch language exactly once."""
    known = [(at, script) for at, script in enumerate(scripts) if script is not None]
    switches = [at for (_a, before), (at, now) in pairwise(known) if before != now]
    if len(switches) != 1:
        return None
    cut = switches[0]
    first = sum(1 for at, _s in known if at < cut)
    second = len(known) - first
    if min(first, second) < MIN_HALF or min(first, second) < MIN_SHARE * max(first, second):
        return None
    return cut


def _alternating(scripts: list[str | None]) -> bool:
    """Every text in a language and each in the other language than the one before:
    at least two pairs, the last one complete."""
    if len(scripts) < 2 * MIN_HALF or len(scripts) % 2 or None in scripts:
        return False
    return all(before != now for before, now in pairwise(scripts))


def _paired(article: Article, halves: dict, source_lang: str) -> Article:
    """The article with the title and body of each half on its own side."""
    meta = article.meta
    zh_texts, _zh_kinds = halves["zh"]
    en_texts, _en_kinds = halves["en"]
    _texts, source_kinds = halves[source_lang]
    meta.title = Bilingual(zh_texts[0], en_texts[0])
    meta.source_lang = source_lang
    body = []
    for index, (zh, en) in enumerate(zip_longest(zh_texts[1:], en_texts[1:], fillvalue="")):
        kind = source_kinds[index + 1] if index + 1 < len(source_kinds) else Kind.PARAGRAPH
        body.append(Pair(zh, en, kind=kind))
    return Article(meta=meta, body=body, accepted=article.accepted)


def _note(zh_count: int, en_count: int) -> str:
    note = _(
        "the document holds the Chinese and the English one after the other: they were paired "
        "paragraph by paragraph, the first of each as the title"
    )
    if zh_count != en_count:
        note += " " + _(
            "(Chinese {zh} paragraphs, English {en}: the last pairs have an empty side — "
            "check the alignment)"
        ).format(zh=zh_count, en=en_count)
    return note
