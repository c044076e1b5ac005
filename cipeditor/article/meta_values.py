"""Metadata values as people type them: parsing and checking, before anything reaches the model.

Each ``parse_*`` function takes the text of one field and returns the model
value, or raises :class:`~cipeditor.errors.UserError` with a message to show
under the field. The window shows the message and leaves the model as it was.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from cipeditor.article.cipformat import MAX_TAGS, MAX_VIEWS
from cipeditor.errors import UserError
from cipeditor.i18n import _

# The ASCII comma, the full-width Chinese comma and the enumeration comma 、 all separate tags.
TAG_SEPARATORS = re.compile(r"[,，、]")
TAG_JOINER = ", "
# Digit grouping people paste from web pages: 12,345 / 12 345 / 12，345.
_GROUPING = re.compile(r"(?<=\d)[,，\s\u00a0\u202f](?=\d{3})")


def parse_views(text: str) -> int | None:
    """``"12,345"`` → 12345; empty → None (unknown)."""
    text = _GROUPING.sub("", text.strip())
    if not text:
        return None
    if re.fullmatch(r"[-−]\s*\d+", text):
        raise UserError(_("Views cannot be negative."))
    if not re.fullmatch(r"\d+", text, flags=re.ASCII):
        raise UserError(_("Views must be a whole number such as 1024, or empty if unknown."))
    views = int(text)
    if views > MAX_VIEWS:
        raise UserError(_("Views must be at most {limit}.").format(limit=f"{MAX_VIEWS:,}"))
    return views


def parse_tags(text: str) -> list[str]:
    """``"园区，投资, CIP"`` → ``["园区", "投资", "CIP"]``; empty pieces are dropped."""
    tags = [tag.strip() for tag in TAG_SEPARATORS.split(text)]
    tags = [tag for tag in tags if tag]
    if len(tags) > MAX_TAGS:
        raise UserError(
            _("At most {limit} tags; this has {count}.").format(limit=MAX_TAGS, count=len(tags))
        )
    return tags


def format_tags(tags: list[str]) -> str:
    return TAG_JOINER.join(tags)


def time_zone_names() -> list[str]:
    """IANA zones offered to people: regions/cities and UTC, without legacy aliases."""
    names = {
        name
        for name in available_timezones()
        if "/" in name and not name.startswith(("Etc/", "SystemV/", "US/", "posixrules"))
    }
    return sorted(names | {"UTC"})


def zone(name: str) -> ZoneInfo:
    """The IANA zone called ``name``, or a UserError."""
    try:
        return ZoneInfo(name.strip())
    except (ZoneInfoNotFoundError, ValueError):
        raise UserError(
            _("Unknown time zone {name!r}: pick one from the list, such as Asia/Shanghai.").format(
                name=name
            )
        ) from None


def local_moment(naive: datetime, where: tzinfo) -> datetime:
    """``naive`` wall-clock time in ``where``; refuses times skipped by a daylight-saving change."""
    moment = naive.replace(tzinfo=where)
    back = moment.astimezone(UTC).astimezone(where).replace(tzinfo=None)
    if back != naive:
        raise UserError(
            _("{time} does not exist in {zone}: the clocks go forward then.").format(
                time=naive.strftime("%Y-%m-%d %H:%M"), zone=str(where)
            )
        )
    return moment


def offset_label(offset: timedelta) -> str:
    """``UTC+08:00`` for a fixed offset."""
    minutes = int(offset.total_seconds()) // 60
    sign = "+" if minutes >= 0 else "-"
    hours, minutes = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{minutes:02d}"
