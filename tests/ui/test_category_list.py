"""The remembered category pairs, in a settings file of the test's own."""

import pytest
from PySide6.QtCore import QSettings

from cipeditor.article.model import Bilingual
from cipeditor.ui.category_list import DEFAULT_CATEGORIES, SETTINGS_KEY, CategoryList

pytestmark = pytest.mark.gui


@pytest.fixture
def settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def test_defaults_are_not_written(settings):
    categories = CategoryList(settings)
    assert categories.categories()[0] == Bilingual(
        "最新动态 › 园区动态", "Latest News › CIP Dynamic"
    )
    assert not settings.contains(SETTINGS_KEY)


def test_remember_a_new_pair_once(settings, tmp_path):
    categories = CategoryList(settings)
    assert categories.remember(Bilingual(" 人才政策 ", "Talent Policies"))
    assert not categories.remember(Bilingual("人才政策", "Talent Policies"))
    assert not categories.remember(Bilingual("", " "))
    # Half-edited: the English side is still an existing category's.
    assert not categories.remember(Bilingual("新闻", "Media Coverage"))
    again = CategoryList(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    assert again.categories() == [*DEFAULT_CATEGORIES, Bilingual("人才政策", "Talent Policies")]


def test_a_damaged_setting_falls_back_to_the_defaults(settings):
    settings.setValue(SETTINGS_KEY, "[{not json")
    assert CategoryList(settings).categories() == list(DEFAULT_CATEGORIES)
