"""The one-line notation of a person's official titles, shared by the CSV and TBX files.

``中文职务=English title@2019-01-01..2021-12-31`` — several separated by ``|``;
the ``@FROM..TO`` part is optional and either end may be left open
(``@2019-01-01..`` or ``@..2021-12-31``).
"""

from __future__ import annotations

import re
from datetime import date

from cipeditor.glossary.entry import OfficialTitle
from cipeditor.i18n import _

SEPARATOR = "|"
_PERIOD = re.compile(r"@\s*(\d{4}-\d{2}-\d{2})?\s*\.\.\s*(\d{4}-\d{2}-\d{2})?\s*$")


def parse_titles(text: str) -> tuple[OfficialTitle, ...]:
    """The titles written in ``text``; raises ``ValueError`` with a message for people."""
    return tuple(parse_title(part) for part in text.split(SEPARATOR) if part.strip())


def parse_title(text: str) -> OfficialTitle:
    zh, equals, rest = text.partition("=")
    if not equals:
        raise ValueError(
            _("the title {text!r} has no '=' between the Chinese and the English").format(
                text=text.strip()
            )
        )
    valid_from = valid_to = None
    period = _PERIOD.search(rest)
    if period:
        rest = rest[: period.start()]
        valid_from, valid_to = (_day(value) for value in period.groups())
    return OfficialTitle(zh.strip(), rest.strip(), valid_from, valid_to)


def _day(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValueError(
            _("{value} is not a date (write it as YYYY-MM-DD)").format(value=value)
        ) from None


def format_titles(titles: tuple[OfficialTitle, ...]) -> str:
    return SEPARATOR.join(format_title(title) for title in titles)


def format_title(title: OfficialTitle) -> str:
    text = f"{title.zh}={title.en}"
    if title.valid_from or title.valid_to:
        start = title.valid_from.isoformat() if title.valid_from else ""
        end = title.valid_to.isoformat() if title.valid_to else ""
        text += f"@{start}..{end}"
    return text
