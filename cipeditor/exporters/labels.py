"""Words that exported documents print around the article, in the article's language.

These belong to the document, not to the interface: a Chinese press release
says 联系方式 whatever language the editor's menus are in, so they are tables
here rather than gettext messages. ``article_view`` gathers what every layout
shows (formatted date, category path, labels) in one place.
"""

from __future__ import annotations

from dataclasses import dataclass

from cipeditor.article.model import Article
from cipeditor.formatting import format_publication_date

LABELS: dict[str, dict[str, str]] = {
    "zh": {
        "title": "标题",
        "summary": "摘要",
        "contact": "联系方式",
        "source": "来源",
        "author": "作者",
        "published": "发布日期",
        "category": "栏目",
        "tags": "关键词",
        "number": "序号",
        "language": "中文",
        "end": "（完）",
        "colon": "：",
        "separator": "　",
        "untitled": "无标题",
    },
    "en": {
        "title": "Title",
        "summary": "Summary",
        "contact": "Contact",
        "source": "Source",
        "author": "Author",
        "published": "Published",
        "category": "Category",
        "tags": "Keywords",
        "number": "No.",
        "language": "English",
        "end": "###",
        "colon": ": ",
        "separator": "  ·  ",
        "untitled": "Untitled",
    },
}

HTML_LANG = {"zh": "zh-Hans", "en": "en"}
"""BCP 47 tags for HTML: simplified Chinese script, and English."""

OFFICE_LANG = {"zh": "zh-CN", "en": "en-US"}
"""Language tags as Word writes them in ``w:lang`` and the core properties."""


@dataclass(frozen=True)
class SideView:
    """The metadata of one language side, ready to print."""

    lang: str
    title: str
    summary: str
    category: str
    date: str
    labels: dict[str, str]


def side_view(article: Article, lang: str) -> SideView:
    """What a layout prints about ``article`` in ``lang``."""
    meta = article.meta
    return SideView(
        lang=lang,
        title=meta.title.get(lang),
        summary=meta.summary.get(lang),
        category=meta.category.get(lang),
        date=format_publication_date(meta.published, lang) if meta.published else "",
        labels=LABELS[lang],
    )
