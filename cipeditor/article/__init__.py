"""The article: model, structural operations and the ``.cip`` file format."""

from cipeditor.article.model import (
    CATEGORY_SEPARATOR,
    DEFAULT_TIMEZONE,
    LANGS,
    AcceptedIssue,
    Article,
    Bilingual,
    Kind,
    Meta,
    Pair,
    Status,
)

__all__ = [
    "CATEGORY_SEPARATOR",
    "DEFAULT_TIMEZONE",
    "LANGS",
    "AcceptedIssue",
    "Article",
    "Bilingual",
    "Kind",
    "Meta",
    "Pair",
    "Status",
]
