"""The text of an article page copied from the park's website, in English or Chinese.

The page reads, top to bottom (blank lines anywhere, labels with ``:`` or ``：``)::

    Service Hotline:86 0519 86361787           服务热线：86 0519 86361787
    Latest News                                 当前位置：首页 › 最新动态 › 园区动态
    Latest News
    CIP Dynamic
    <headline>                                  <标题>
    Time:2019-11-02 18:40:10View count:         发布时间：2019-11-02 18:40:10 浏览次数：123
    <paragraphs>                                <正文>
    Previous: …                                 上一篇：…

The hotline becomes ``meta.contact``; the lines between it and the headline are
the breadcrumb, whose levels (without "Home"/首页 and repeats) become the
category; the line just above the date line is the title; the date line (and
any label lines next to it: views, source, author) fill ``published`` (in
Asia/Shanghai unless the page says otherwise), ``views``, ``source`` and
``author``. Only the paragraphs after it become the body; page furniture at
the end ("Previous:", 上一篇, 返回列表, 分享到 …) is left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from cipeditor.article.model import CATEGORY_SEPARATOR, DEFAULT_TIMEZONE, Article, Meta
from cipeditor.errors import InputError
from cipeditor.i18n import _
from cipeditor.importers import Imported
from cipeditor.importers.paragraphs import split_paragraphs
from cipeditor.importers.sides import check_limits, choose_lang, side_pair, side_text

MAX_VIEWS = 10**15
_SENTENCE_END = tuple("。！？.!?…")
_HEADER_LINES = 15  # the date line is near the top of a page, or this is not a page

_HOTLINE = re.compile(
    r"^(?:service\s*hotline|hotline|服务热线|咨询热线|热线电话|联系电话)\s*[:：]\s*(?P<value>.*)$",
    re.IGNORECASE,
)
_LABEL = re.compile(
    r"(?<![A-Za-z])(?P<label>release\s*time|publish(?:ed|\s*time|\s*date)?|time|date"
    r"|view\s*count|views|hits|source|author"
    r"|发布时间|发表时间|时间|日期|浏览次数|浏览量|阅读次数|阅读量|点击(?:次数|数|量)?|来源|作者)"
    r"\s*[:：]",
    re.IGNORECASE,
)
_FIELDS = {
    "release": "published",
    "publish": "published",
    "time": "published",
    "date": "published",
    "发布": "published",
    "发表": "published",
    "时间": "published",
    "日期": "published",
    "view": "views",
    "hits": "views",
    "浏览": "views",
    "阅读": "views",
    "点击": "views",
    "source": "source",
    "来源": "source",
    "author": "author",
    "作者": "author",
}
_DATE = re.compile(
    r"(?P<y>\d{4})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*日?"
    r"(?:\s*(?P<H>\d{1,2})[:：](?P<M>\d{2})(?:[:：](?P<S>\d{2}))?)?"
)
_WHERE = re.compile(
    r"^(?:当前位置|您的位置|您现在的位置|位置|current\s*location|location|you\s*are\s*here)\s*[:：]\s*",
    re.IGNORECASE,
)
_CRUMB_SEPARATOR = re.compile(r"\s*(?:›|>|»|＞|→|/|\\)\s*")
_HOME = {"首页", "主页", "网站首页", "home", "homepage", "home page"}
_PAGE_END = re.compile(
    r"^(?:上一篇|下一篇|上一条|下一条|previous|next|prev)\s*[:：]"
    r"|^(?:返回列表|返回顶部|【关闭】|【打印】|关闭窗口|打印本页|分享到|share\s*to|back\s*to\s*(?:top|list))",
    re.IGNORECASE,
)


@dataclass
class PageHeader:
    """What the lines above the article's first paragraph say."""

    contact: str = ""
    crumbs: list[str] = field(default_factory=list)
    title: str = ""
    fields: dict[str, str] = field(default_factory=dict)
    body_start: int = 0


def looks_like_webpage(text: str) -> bool:
    """True when ``text`` has a headline followed by a date line near its top."""
    return _date_line_index(_leading_lines(text, _HEADER_LINES)) is not None


def _leading_lines(text: str, count: int) -> list[str]:
    """The first ``count`` non-empty lines, stripped, without splitting the whole text."""
    lines: list[str] = []
    start = 0
    while len(lines) < count and start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end].strip()
        if line:
            lines.append(line)
        start = end + 1
    return lines


def parse(text: str, lang: str | None, *, source: str = "<page>") -> Imported:
    """Import the page ``text`` as the ``lang`` side (detected from the body when ``None``)."""
    lines = [line.strip() for line in text.split("\n")]
    header = _read_header(lines, source)
    body_lines = until_page_end(lines[header.body_start :])
    paragraphs = split_paragraphs("\n".join(body_lines))
    check_limits([header.title, *paragraphs], source)
    lang, warnings = choose_lang("\n".join(paragraphs) or header.title, lang, source)
    meta = header_meta(header, lang, source, warnings)
    if not paragraphs:
        warnings.append(_("{source}: no article text after the date line").format(source=source))
    body = [side_pair(lang, paragraph) for paragraph in paragraphs]
    return Imported(Article(meta=meta, body=body), frozenset({lang}), warnings)


def page_header(lines: list[str], source: str) -> PageHeader | None:
    """What the page furniture above the article says, when ``lines`` (none empty) have a
    date line near their top; ``body_start`` is the index of the first article line."""
    if _date_line_index(lines[:_HEADER_LINES]) is None:
        return None
    return _read_header(lines, source)


def header_meta(header: PageHeader, lang: str, source: str, warnings: list[str]) -> Meta:
    """The article metadata a page header gives, for the ``lang`` side."""
    fields = header.fields
    meta = Meta(
        title=side_text(lang, header.title),
        category=side_text(lang, CATEGORY_SEPARATOR.join(header.crumbs)),
        contact=header.contact,
        source=fields.get("source", ""),
        author=fields.get("author", ""),
        source_lang=lang,
    )
    meta.published = _published(fields, source, warnings)
    meta.views = _views(fields, source, warnings)
    return meta


def _date_line_index(lines: list[str]) -> int | None:
    """Where the date line is: a "Time:"/发布时间 label with a date, below a headline.

    Above it there are only a page's furniture and headline, never a sentence: a
    notice whose second paragraph ends with a full stop and whose third line is
    "Time: 2019-11-05 09:00" is an ordinary text, not a page.
    """
    for index, line in enumerate(lines[1:], start=1):
        if lines[index - 1].endswith(_SENTENCE_END):
            return None
        fields = _label_fields(line)
        if fields and _DATE.search(fields.get("published", "")):
            return index
    return None


def _label_fields(line: str) -> dict[str, str] | None:
    """The labelled values of a line made only of labels ("Time:… View count:…"), else None."""
    matches = list(_LABEL.finditer(line))
    if not matches or matches[0].start() != 0:
        return None
    fields: dict[str, str] = {}
    for match, following in zip(matches, [*matches[1:], None], strict=True):
        end = following.start() if following else len(line)
        name = _field_name(match.group("label"))
        fields.setdefault(name, line[match.end() : end].strip())
    return fields


def _field_name(label: str) -> str:
    label = label.lower()
    return next(name for prefix, name in _FIELDS.items() if label.startswith(prefix))


def _read_header(lines: list[str], source: str) -> PageHeader:
    filled = [i for i, line in enumerate(lines) if line]
    found = _date_line_index([lines[i] for i in filled[:_HEADER_LINES]])
    if found is None:
        raise InputError(source, _("no date line (Time: / 发布时间：) found near the top"))
    header = PageHeader()
    first, last = found, found
    # Label lines right above and below the date line belong with it (来源：…, 作者：…).
    while first > 1 and _label_fields(lines[filled[first - 1]]) is not None:
        first -= 1
    while last + 1 < len(filled) and _label_fields(lines[filled[last + 1]]) is not None:
        last += 1
    for position in range(first, last + 1):
        for name, value in (_label_fields(lines[filled[position]]) or {}).items():
            header.fields.setdefault(name, value)
    header.title = lines[filled[first - 1]]
    above = first - 1
    if _HOTLINE.match(header.title):  # no headline: the hotline sits right above the date
        header.title, above = "", first
    furniture = [lines[filled[position]] for position in range(above)]
    # A "You are here:" line is the breadcrumb; the lines around it are then a site menu.
    located = any(_WHERE.match(line) for line in furniture)
    for line in furniture:
        hotline = _HOTLINE.match(line)
        if hotline:
            header.contact = header.contact or hotline.group("value").strip()
        elif _WHERE.match(line) or not located:
            header.crumbs.extend(_crumbs(line))
    header.crumbs = list(dict.fromkeys(header.crumbs))  # "Latest News" twice is one level
    header.body_start = filled[last] + 1
    return header


def _crumbs(line: str) -> list[str]:
    levels = _CRUMB_SEPARATOR.split(_WHERE.sub("", line))
    return [level for level in levels if level and level.lower() not in _HOME]


def until_page_end(lines: list[str]) -> list[str]:
    for index, line in enumerate(lines):
        if _PAGE_END.match(line):
            return lines[:index]
    return lines


def _published(fields: dict[str, str], source: str, warnings: list[str]) -> datetime | None:
    match = _DATE.search(fields.get("published", ""))
    if not match:
        return None
    parts = [int(match.group(key) or 0) for key in ("y", "m", "d", "H", "M", "S")]
    try:
        return datetime(*parts, tzinfo=DEFAULT_TIMEZONE)
    except ValueError:
        warnings.append(
            _("{source}: {date!r} is not a real date; the publication date is left empty").format(
                source=source, date=match.group(0)
            )
        )
        return None


def _views(fields: dict[str, str], source: str, warnings: list[str]) -> int | None:
    digits = re.match(r"\d[\d,]*", fields.get("views", ""))
    if not digits:
        return None  # "View count:" with nothing after it: the site did not say
    text = digits.group(0).replace(",", "")
    if len(text) > 16 or int(text) > MAX_VIEWS:  # no int() of a thousand digits
        warnings.append(
            _("{source}: the view count {views} is implausible and was left out").format(
                source=source,
                views=digits.group(0)[:20] + ("…" if len(digits.group(0)) > 20 else ""),
            )
        )
        return None
    return int(text)
