"""Removing characters that XML and HTML cannot hold, before anything is written.

Control characters (other than tab, line feed and carriage return), lone
surrogates and non-characters cannot appear in a DOCX part or a valid HTML page.
They are removed from a copy of the article and the user is told where, so an
export never crashes on text pasted from a terminal or a broken web page.
"""

from __future__ import annotations

import re
from dataclasses import fields

from cipeditor import messages
from cipeditor.article.model import Article, Bilingual
from cipeditor.i18n import ngettext

# C0 controls but tab/LF/CR, DEL and C1 controls, surrogates, and the BMP non-characters.
FORBIDDEN = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]"
)
# Any character beyond the BMP; the non-characters among them (U+1FFFE, U+1FFFF, …) are
# picked out in Python, which is much faster than a regex class listing all 32 of them.
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def strip_forbidden(text: str) -> tuple[str, int]:
    """``text`` without forbidden characters, and how many were removed."""
    text, count = FORBIDDEN.subn("", text)
    if _ASTRAL.search(text):
        kept = "".join(c for c in text if (ord(c) & 0xFFFE) != 0xFFFE)
        count += len(text) - len(kept)
        text = kept
    return text, count


def clean_article(article: Article) -> Article:
    """A copy of ``article`` that XML can hold; one warning per field that had to change."""
    clean = article.copy()
    places: list[str] = []
    total = 0
    meta = clean.meta
    for item in fields(meta):
        value = getattr(meta, item.name)
        if isinstance(value, Bilingual):
            for lang in ("zh", "en"):
                total += _clean_side(value, lang, f"meta.{item.name}.{lang}", places)
        elif isinstance(value, str):
            text, count = strip_forbidden(value)
            if count:
                setattr(meta, item.name, text)
                places.append(f"meta.{item.name}")
                total += count
    for index, tag in enumerate(meta.tags):
        text, count = strip_forbidden(tag)
        if count:
            meta.tags[index] = text
            places.append(f"meta.tags[{index}]")
            total += count
    for index, pair in enumerate(clean.body):
        for lang in ("zh", "en"):
            total += _clean_side(pair, lang, f"body[{index}].{lang}", places)
        pair.note, count = strip_forbidden(pair.note)
        if count:
            places.append(f"body[{index}].note")
            total += count
    if total:
        messages.warning(_removed_message(total, places))
    return clean


def _clean_side(value: Bilingual, lang: str, place: str, places: list[str]) -> int:
    text, count = strip_forbidden(value.get(lang))
    if count:
        value.set(lang, text)
        places.append(place)
    return count


def _removed_message(total: int, places: list[str]) -> str:
    shown = ", ".join(places[:5]) + (" …" if len(places) > 5 else "")
    return ngettext(
        "{count} control character that documents cannot hold was removed ({places})",
        "{count} control characters that documents cannot hold were removed ({places})",
        total,
    ).format(count=total, places=shown)
