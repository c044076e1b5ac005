"""Which language version of a bundled guide to show.

A guide ``docs/NAME.md`` is written in English; its translation for an
interface locale sits beside it as ``docs/NAME.<locale>.md`` (for instance
``user-guide.zh_CN.md``). The program shows the translation of the interface
language when there is one, and the English guide otherwise — so a guide not
yet translated is still shown, in English.
"""

from __future__ import annotations

from pathlib import Path


def localized(path: Path, locale: str) -> Path:
    """The version of the guide ``path`` for ``locale``, else its English original.

    ``path`` may name the original or any of its translations; ``zh_CN`` also
    accepts a guide written for ``zh``.
    """
    original = path.with_name(_original_stem(path) + path.suffix)
    language = locale.partition("_")[0]
    for candidate in dict.fromkeys((locale, language)):
        translated = original.with_name(f"{original.stem}.{candidate}{path.suffix}")
        if candidate and translated.is_file():
            return translated
    return original


def _original_stem(path: Path) -> str:
    """``user-guide`` for ``user-guide.md`` and for ``user-guide.zh_CN.md``."""
    stem, _dot, last = path.stem.rpartition(".")
    return stem if stem and _looks_like_locale(last) else path.stem


def _looks_like_locale(text: str) -> bool:
    language, _underscore, region = text.partition("_")
    return (
        language.isalpha()
        and language.islower()
        and len(language) in (2, 3)
        and (not region or (region.isalpha() and region.isupper() and len(region) == 2))
    )
