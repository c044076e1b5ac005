"""Joining a Chinese import and an English import into one bilingual article.

Paragraphs are paired by order: the first Chinese with the first English, and
so on. When the counts differ, every paragraph is kept — the short side gets
empty cells at the end — and a warning gives both counts, so that the
translator realigns them in the editor (split, merge, move) rather than
losing text.
"""

from __future__ import annotations

from cipeditor.article.model import LANGS, Article, Bilingual, Meta, Pair
from cipeditor.errors import UserError
from cipeditor.i18n import _, ngettext
from cipeditor.importers import Imported


def pair_sides(zh: Imported | None, en: Imported | None) -> Imported:
    """One article with the Chinese side of ``zh`` and the English side of ``en``.

    An import that is already bilingual contributes only the side it is given
    for; with only one of the two, the other side stays empty.
    """
    if zh is None and en is None:
        raise UserError(_("nothing to import: give a Chinese or an English source"))
    sides = {"zh": zh, "en": en}
    meta = _merged_meta(sides)
    count = max(len(imported.article.body) for imported in sides.values() if imported)
    body = [Pair() for _index in range(count)]
    # The source language goes last, so that its kinds (heading, quote …) win.
    for lang in sorted(LANGS, key=lambda lang: lang == meta.source_lang):
        imported = sides[lang]
        if imported is None:
            continue
        for pair, source in zip(body, imported.article.body, strict=False):
            pair.set(lang, source.get(lang))
            pair.kind = source.kind
            if source.note and source.note not in pair.note:
                pair.note = f"{pair.note}\n{source.note}".strip()
    warnings = [note for imported in sides.values() if imported for note in imported.warnings]
    if zh is not None and en is not None:
        mismatch = _count_mismatch(len(zh.article.body), len(en.article.body))
        if mismatch:
            warnings.append(mismatch)
    langs = frozenset(lang for lang, imported in sides.items() if imported)
    return Imported(Article(meta=meta, body=body), langs, warnings)


def _merged_meta(sides: dict[str, Imported | None]) -> Meta:
    """Each language's texts from its own side; single-valued fields from whichever has them."""
    present = [imported.article.meta for imported in sides.values() if imported]
    meta = Meta(source_lang="zh" if sides["zh"] else "en")
    for lang in LANGS:
        imported = sides[lang]
        if imported is None:
            continue
        for name in ("title", "summary", "category"):
            value: Bilingual = getattr(meta, name)
            value.set(lang, getattr(imported.article.meta, name).get(lang))
    for name in ("published", "views", "author", "source", "contact"):
        values = [getattr(m, name) for m in present if getattr(m, name) not in (None, "")]
        if values:
            setattr(meta, name, values[0])
    meta.tags = list(dict.fromkeys(tag for m in present for tag in m.tags))
    return meta


def _count_mismatch(zh_count: int, en_count: int) -> str | None:
    if zh_count == en_count:
        return None
    missing = abs(zh_count - en_count)
    counts = _("paragraph counts differ (Chinese {zh}, English {en})").format(
        zh=zh_count, en=en_count
    )
    kept = ngettext(
        "all paragraphs are kept, paired by order, and the last pair has an empty side",
        "all paragraphs are kept, paired by order, and the last {count} pairs have an empty side",
        missing,
    ).format(count=missing)
    # L10N: joins the two halves of the paragraph-count warning
    return _("{counts}: {kept} — check the alignment").format(counts=counts, kept=kept)
