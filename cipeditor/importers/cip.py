"""A ``.cip`` article as an import source: both sides and all its metadata.

Importing an article (rather than opening it) is how a side is taken from it:
``cipeditor import --zh old.cip --en new-translation.txt`` keeps the Chinese of
``old.cip`` and pairs it with a fresh English text.
"""

from __future__ import annotations

from pathlib import Path

from cipeditor.article import cipformat
from cipeditor.article.model import LANGS
from cipeditor.importers import Imported


def read(path: Path, lang: str | None) -> Imported:
    """Load the article at ``path``; ``lang`` is ignored, since the file has both sides."""
    return Imported(article=cipformat.load(path), langs=frozenset(LANGS))
