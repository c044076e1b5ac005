"""Interface language: gettext functions for every user-visible string.

Import the functions explicitly (``from cipeditor.i18n import _``); they look up
the catalog chosen by :func:`set_language` at call time, so a language switch
applies to every string produced afterwards. Locale-aware formatting of dates
and numbers lives in :mod:`cipeditor.formatting`.
"""

from __future__ import annotations

import gettext as _gettext

DOMAIN = "cipeditor"
SOURCE_LANGUAGE = "en"

_current: _gettext.NullTranslations = _gettext.NullTranslations()
_current_locale: str = SOURCE_LANGUAGE


def _(message: str) -> str:
    """Translate ``message`` into the interface language."""
    return _current.gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """Translate a message with a count, choosing the plural form for ``n``."""
    return _current.ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    """Translate ``message`` disambiguated by ``context`` (e.g. "menu", "status")."""
    return _current.pgettext(context, message)


def N_(message: str) -> str:
    """Mark ``message`` for extraction without translating it yet (tables, defaults)."""
    return message


def current_locale() -> str:
    """The interface locale in use, such as ``en`` or ``zh_CN``."""
    return _current_locale


def install_translations(translations: _gettext.NullTranslations, locale: str) -> None:
    """Make ``translations`` the catalog behind :func:`_` and friends."""
    global _current, _current_locale
    _current = translations
    _current_locale = locale
