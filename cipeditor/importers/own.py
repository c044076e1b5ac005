"""Our own exports coming back: the embedded article, checked against the visible text.

A DOCX or HTML file written by CIP Editor carries the whole article (see
:mod:`cipeditor.exporters.docx_embed` and :mod:`cipeditor.exporters.html`) and
marks each body block with its pair index and language. When the visible text
of a block still says what the embedded article says (ignoring differences of
white space that word processors and CMSs introduce), the embedded text wins,
so nothing is lost; when someone edited the text after the export, the edited
text is taken and the user is told which pairs changed.
"""

from __future__ import annotations

import re

from cipeditor.article.model import Article
from cipeditor.i18n import _, ngettext

_SPACE = re.compile(r"\s+")


def same_text(first: str, second: str) -> bool:
    """Equal once runs of white space are made one space and the ends are trimmed."""
    return _SPACE.sub(" ", first).strip() == _SPACE.sub(" ", second).strip()


def reconcile(embedded: Article, seen: dict[tuple[int, str], str]) -> tuple[Article, list[str]]:
    """``embedded`` with the edited texts of ``seen`` ((pair index, lang) → text) applied."""
    article = embedded.copy()
    changed: list[str] = []
    unknown = 0
    for (index, lang), text in sorted(seen.items()):
        if index >= len(article.body):
            unknown += 1
            continue
        pair = article.body[index]
        if not same_text(text, pair.get(lang)):
            pair.set(lang, text)
            changed.append(f"{index + 1} ({lang})")
    warnings = []
    if changed:
        warnings.append(
            ngettext(
                "{count} paragraph was edited after the export; the edited text is used: {pairs}",
                "{count} paragraphs were edited after the export; the edited text is used: {pairs}",
                len(changed),
            ).format(count=len(changed), pairs=", ".join(changed[:10]))
        )
    if unknown:
        warnings.append(
            _("{count} marked paragraphs name pairs the article does not have; ignored").format(
                count=unknown
            )
        )
    return article, warnings
