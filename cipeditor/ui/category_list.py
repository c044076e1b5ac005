"""The zh/en category pairs offered by the metadata panel, kept in QSettings.

The defaults are the sections of the park's website. The list is only written
to the settings once the user adds a category, so a changed default list in a
new version reaches everyone who never customised theirs.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QSettings

from cipeditor.article.model import Bilingual
from cipeditor.ui.settings import program_settings

SETTINGS_KEY = "metadata/categories"
MAX_CATEGORIES = 200

DEFAULT_CATEGORIES: tuple[Bilingual, ...] = (
    Bilingual("最新动态 › 园区动态", "Latest News › CIP Dynamic"),
    Bilingual("最新动态 › 通知公告", "Latest News › Announcements"),
    Bilingual("最新动态 › 招商信息", "Latest News › Investment News"),
    Bilingual("媒体报道", "Media Coverage"),
    Bilingual("政策法规", "Policies and Regulations"),
)


class CategoryList:
    """Read and extend the remembered category pairs."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self.settings = settings if settings is not None else program_settings()

    def categories(self) -> list[Bilingual]:
        """The pairs in the order they are offered; the defaults if none are stored or readable."""
        stored = self.settings.value(SETTINGS_KEY)
        if not isinstance(stored, str):
            return list(DEFAULT_CATEGORIES)
        try:
            items = json.loads(stored)
            pairs = [Bilingual(str(item["zh"]), str(item["en"])) for item in items]
        except (ValueError, TypeError, KeyError):
            # A hand-edited or damaged settings file must not stop the panel from opening.
            return list(DEFAULT_CATEGORIES)
        return pairs[:MAX_CATEGORIES]

    def remember(self, category: Bilingual) -> bool:
        """Add ``category`` at the end if both sides are new; True if added.

        A side that is already in the list means the pair is half-edited (the
        user changed the Chinese and has not reached the English yet), so
        nothing is remembered until both sides are new.
        """
        category = Bilingual(category.zh.strip(), category.en.strip())
        if not (category.zh and category.en):
            return False
        pairs = self.categories()
        if len(pairs) >= MAX_CATEGORIES or any(
            pair.zh == category.zh or pair.en == category.en for pair in pairs
        ):
            return False
        self.set_categories([*pairs, category])
        return True

    def set_categories(self, pairs: list[Bilingual]) -> None:
        """Store ``pairs``; storing exactly the defaults removes the setting."""
        if list(pairs) == list(DEFAULT_CATEGORIES):
            self.settings.remove(SETTINGS_KEY)
        else:
            data = [{"zh": pair.zh, "en": pair.en} for pair in pairs]
            self.settings.setValue(SETTINGS_KEY, json.dumps(data, ensure_ascii=False))
        self.settings.sync()
