"""The font of each language side: defaults, and the choice remembered in the settings."""

from __future__ import annotations

from PySide6.QtGui import QFont

from cipeditor.ui.settings import Settings

# Chinese needs a CJK face; a serif reads like the printed press release.
DEFAULT_FAMILIES = {
    "zh": ["Noto Serif CJK SC", "Noto Sans CJK SC", "Source Han Serif SC", "SimSun"],
    "en": ["Noto Serif", "Georgia", "DejaVu Serif", "Times New Roman"],
}
DEFAULT_POINT_SIZE = 12


def default_font(lang: str) -> QFont:
    font = QFont()
    font.setFamilies(DEFAULT_FAMILIES[lang])
    font.setPointSize(DEFAULT_POINT_SIZE)
    return font


def load_font(settings: Settings, lang: str) -> QFont:
    """The font chosen for ``lang``, or the default."""
    stored = settings.get(f"fonts/{lang}")
    font = QFont()
    if stored and font.fromString(stored):
        return font
    return default_font(lang)


def save_font(settings: Settings, lang: str, font: QFont) -> None:
    settings.set(f"fonts/{lang}", "" if font == default_font(lang) else font.toString())


def describe(font: QFont) -> str:
    return f"{font.family()} {font.pointSize()}"
