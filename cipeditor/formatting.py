"""Dates, times and numbers formatted by babel (CLDR) for the language they belong to.

The one place that formats them: the interface, the status bar and the
exporters all call these functions, never a hand-written format string.
Text *of the article* is formatted for its side (``lang`` is ``zh`` or ``en``);
text *of the interface* for the interface language (the ``format_interface_*``
functions). babel is imported on first use to keep start-up lean.

English times keep the narrow no-break space (U+202F) that CLDR puts before
"AM"/"PM" ("6:40\u202fPM"): it is what babel and the platforms now produce, and
it keeps the time from breaking across lines.
"""

from __future__ import annotations

from datetime import datetime

from cipeditor.i18n import current_locale

_LOCALES = {"zh": "zh_Hans_CN", "zh_CN": "zh_Hans_CN", "en": "en_US"}


def babel_locale(lang: str) -> str:
    """The CLDR locale for an article language (``zh``/``en``) or an interface locale."""
    return _LOCALES.get(lang, lang)


def format_publication_date(moment: datetime, lang: str) -> str:
    """ "November 2, 2019" / "2019年11月2日"."""
    from babel.dates import format_date

    return format_date(moment, "long", locale=babel_locale(lang))


def format_publication_time(moment: datetime, lang: str) -> str:
    """ "November 2, 2019, 6:40 PM" / "2019年11月2日 18:40", in the moment's own time zone."""
    from babel.dates import format_date, format_time, get_datetime_format

    locale = babel_locale(lang)
    pattern = get_datetime_format("long", locale=locale)
    date_text = format_date(moment, "long", locale=locale)
    time_text = format_time(moment, "short", tzinfo=moment.tzinfo, locale=locale)
    return pattern.replace("{1}", date_text).replace("{0}", time_text)


def format_count(number: int, lang: str) -> str:
    """A whole number with the language's grouping: "12,345"."""
    from babel.numbers import format_decimal

    return format_decimal(number, locale=babel_locale(lang))


def format_interface_datetime(moment: datetime) -> str:
    """A date and time in the interface language, as :func:`format_publication_time` does."""
    return format_publication_time(moment, current_locale())


def format_interface_date(moment: datetime) -> str:
    """A date in the interface language: "November 2, 2019" / "2019年11月2日"."""
    return format_publication_date(moment, current_locale())


def format_interface_number(number: int) -> str:
    """A whole number in the interface language: "12,345"."""
    return format_count(number, current_locale())
