"""A realistic bilingual press release: the seed page's English and a Chinese text written for it.

Used by the exporter and importer tests (and the benchmark), so every kind of
pair (heading, quote, list item) and every metadata field is exercised.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from cipeditor.article.model import DEFAULT_TIMEZONE, Article, Bilingual, Kind, Meta, Pair, Status

SEED_PAGE = Path(__file__).resolve().parents[2] / "data" / "seed-page-en.txt"

CHINESE_BODY = [
    "2019年10月29日至30日，科技部国际合作司一级巡视员阮湘平一行到武进国家高新区调研中以常州创新园，"
    "深入了解创新园建设情况及中以两国合作交流情况。常州市政府、武进区和武进国家高新区领导李林、"
    "徐志国、朱正清、李磊等陪同调研并参加座谈。",
    "阮湘平一行参观了中以创新园以色列中心，考察了国创新能源汽车能源与信息创新中心和纳塔力远程心电监测中心。",
    "在随后召开的创新园工作座谈会上，与会人员畅所欲言，围绕创新园下一步发展思路和重点任务进行了讨论。"
    "听取创新园今年工作汇报后，阮湘平指出，创新园是中以两国政府在中国共同建立的首个创新示范园区，"
    "在中以创新合作领域具有独特的地位和意义；建设创新园是深入贯彻王岐山副主席重要指示和"
    "中以创新合作联合委员会第四次会议决议的重大举措。",
    "对于下一阶段工作，阮湘平强调，创新园要进一步发挥中以合作排头兵和旗舰作用，用好政府合作平台和倡议，"
    "不断拓展合作领域；要加强中以双方沟通，更加关注以方需求；要立足中方技术需求引进以色列创新资源，"
    "实现互利共赢；要依托起步早、经验丰富、制造业先进的优势，大胆创新中以合作机制，"
    "打造国家级中以合作资源集散中心和桥头堡。",
    "区委书记、副市长李林表示，区委、区政府将按照国家、省、市部署要求，全力以赴建设好创新园。",
]


def english_body() -> list[str]:
    """The article paragraphs of the seed page (after its "Time:" line)."""
    lines = SEED_PAGE.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("Time:"))
    return [line.strip() for line in lines[start + 1 :] if line.strip()]


def press_article() -> Article:
    """The sample press release with a heading, a quote and two list items added."""
    english = english_body()
    body = [Pair(zh=zh, en=en) for zh, en in zip(CHINESE_BODY, english, strict=True)]
    body.insert(2, Pair(zh="座谈交流", en="Work conference", kind=Kind.HEADING))
    body.insert(
        5,
        Pair(
            zh="“创新园要进一步发挥中以合作排头兵和旗舰作用。”",
            en="“CIP should further serve as a pioneer and flagship of China-Israel cooperation.”",
            kind=Kind.QUOTE,
        ),
    )
    body.insert(
        6, Pair(zh="拓展合作领域", en="Expand the field of cooperation", kind=Kind.LIST_ITEM)
    )
    body.insert(7, Pair(zh="实现互利共赢", en="Achieve a win-win situation", kind=Kind.LIST_ITEM))
    body[0].note = "Names checked against the glossary."
    meta = Meta(
        title=Bilingual(
            zh="科技部国际合作司一级巡视员阮湘平调研中以常州创新园",
            en="Ruan Xiangping, First-Level Inspector of the Department of International "
            "Cooperation of the Chinese Ministry of Science and Technology, Visits CIP",
        ),
        summary=Bilingual(
            zh="阮湘平一行调研中以常州创新园，并就创新园下一步发展提出要求。",
            en="Ruan Xiangping visited the China-Israel Changzhou Innovation Park and set out "
            "its next tasks.",
        ),
        category=Bilingual(zh="最新动态 › 园区动态", en="Latest News › CIP Dynamic"),
        published=datetime(2019, 11, 2, 18, 40, 10, tzinfo=DEFAULT_TIMEZONE),
        views=1234,
        author="CIP Press Office",
        source="China-Israel Changzhou Innovation Park",
        contact="Service Hotline: 86 0519 86361787",
        tags=["CIP", "China-Israel", "中以合作"],
        status=Status.IN_REVIEW,
        source_lang="zh",
    )
    return Article(meta=meta, body=body)


HOSTILE = [
    "<script>alert(1)</script>",
    '" onmouseover="alert(2)" x="',
    '<a href="javascript:alert(3)">click</a>',
    "</script><script>alert(4)</script>",
    "&lt;b&gt; & <!-- comment --> ]]>",
]


def hostile_article() -> Article:
    """An article whose every text field tries to become markup or script."""
    article = press_article()
    article.meta.title = Bilingual(zh=HOSTILE[0] + "标题", en=HOSTILE[3] + "Title")
    article.meta.summary = Bilingual(zh=HOSTILE[1], en=HOSTILE[2])
    article.meta.author = HOSTILE[1]
    article.meta.tags = [HOSTILE[0], HOSTILE[4]]
    for index, text in enumerate(HOSTILE):
        article.body[index].zh = text + article.body[index].zh
        article.body[index].en = text + article.body[index].en
    return article


def sparse_article() -> Article:
    """Half translated, no metadata: empty title, one-sided pairs of every kind, blank text."""
    body = [
        Pair(zh="只有中文的标题", en="", kind=Kind.HEADING),
        Pair(zh="", en="English only quote", kind=Kind.QUOTE),
        Pair(zh="   ", en="", kind=Kind.LIST_ITEM),
        Pair(zh="只有中文的段落。", en=""),
    ]
    return Article(meta=Meta(), body=body)
