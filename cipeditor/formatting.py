"""Dates, times and numbers formatted by babel (CLDR) for the language they belong to.

The one place that formats them: the interface, the status bar and the
exporters all call these functions, never a hand-written format string.
babel is imported on first use to keep start-up lean.
"""

from __future__ import annotations

from datetime import datetime

_LOCALES = {"zh": "zh_Hans_CN", "en": "en_US"}


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
