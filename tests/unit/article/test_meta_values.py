"""Metadata fields as typed: what is accepted and what is refused with a message."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from cipeditor.article.meta_values import (
    format_tags,
    local_moment,
    offset_label,
    parse_tags,
    parse_views,
    time_zone_names,
    zone,
)
from cipeditor.errors import UserError


@pytest.mark.parametrize(
    ("text", "views"), [("", None), ("  ", None), ("0", 0), ("12,345", 12345), ("1 024", 1024)]
)
def test_views_accepted(text, views):
    assert parse_views(text) == views


@pytest.mark.parametrize(
    ("text", "message"),
    [("-3", "negative"), ("3.5", "whole number"), ("１２", "whole number"), ("1" * 17, "at most")],
)
def test_views_refused(text, message):
    with pytest.raises(UserError, match=message):
        parse_views(text)


def test_tags_split_on_ascii_and_chinese_commas():
    assert parse_tags("园区，投资, CIP、 , ") == ["园区", "投资", "CIP"]
    assert format_tags(["园区", "CIP"]) == "园区, CIP"
    assert parse_tags(format_tags(["园区", "CIP"])) == ["园区", "CIP"]


def test_too_many_tags():
    with pytest.raises(UserError, match="At most 200 tags"):
        parse_tags(",".join(str(i) for i in range(201)))


def test_time_zones_offered():
    names = time_zone_names()
    assert "Asia/Shanghai" in names
    assert "UTC" in names
    assert not any(name.startswith("Etc/") for name in names)
    with pytest.raises(UserError, match="Unknown time zone"):
        zone("Asia/Beijing")


def test_local_moment_refuses_a_skipped_hour_only():
    berlin = ZoneInfo("Europe/Berlin")
    with pytest.raises(UserError, match="does not exist"):
        local_moment(datetime(2024, 3, 31, 2, 30), berlin)
    moment = local_moment(datetime(2024, 3, 31, 3, 30), berlin)
    assert moment.utcoffset() == timedelta(hours=2)
    assert local_moment(datetime(2019, 11, 2, 18, 40), ZoneInfo("Asia/Shanghai")).hour == 18


def test_offset_label():
    assert offset_label(timedelta(hours=8)) == "UTC+08:00"
    assert offset_label(timedelta(hours=-3, minutes=-30)) == "UTC-03:30"
