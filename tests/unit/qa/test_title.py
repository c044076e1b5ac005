"""Title: the headline renders its terms and is whole; persons carry their title of the day."""

from datetime import datetime

import pytest

from cipeditor.qa.issue import Category, Severity
from cipeditor.qa.runner import check_article

SEED_HEADLINE = (
    "Ruan Xiangping, First-Level Inspector of the Department of International Cooperation "
    "of the Chinese"
)


def test_seed_headline_is_cut_short_and_misses_terms(article, findings):
    article.meta.title.en = SEED_HEADLINE
    issues = findings(article)
    assert {(i.category, i.field) for i in issues} == {(Category.TITLE, "title")}
    cut = [i for i in issues if i.check == "headline-cut"]
    assert len(cut) == 1 and cut[0].severity == Severity.WARNING
    assert "cut short" in cut[0].message
    missing = {article.meta.title.zh[i.start : i.end] for i in issues if i.severity == "error"}
    assert missing == {"科技部", "中以常州创新园"}


@pytest.mark.parametrize(
    "headline",
    [
        "Ruan Xiangping of MOST Visits CIP and the",
        "Ruan Xiangping of MOST Visits CIP in",
        "Ruan Xiangping of MOST Visits CIP…",
        "Ruan Xiangping of MOST Visits CIP,",
    ],
)
def test_headline_ending_on_a_function_word_or_ellipsis(article, findings, headline):
    article.meta.title.zh = "科技部阮湘平调研中以常州创新园"
    article.meta.title.en = headline
    assert [(i.check, i.severity) for i in findings(article)] == [
        ("headline-cut", Severity.WARNING)
    ]


def test_headline_stopping_inside_the_first_sentence(article, findings):
    article.body[0].en = "Ruan Xiangping of MOST visits CIP in Wujin " + article.body[0].en
    article.meta.title.zh = "科技部阮湘平调研中以常州创新园"
    article.meta.title.en = "Ruan Xiangping of MOST visits CIP"
    assert [i.check for i in findings(article)] == ["headline-cut"]


def test_wrong_title_for_the_publication_date_is_a_warning(article, findings):
    article.body[4].en = article.body[4].en.replace("Li Lin, Deputy Mayor", "Li Lin, Mayor")
    (issue,) = findings(article)
    assert (issue.category, issue.severity, issue.paragraph, issue.lang) == (
        Category.TITLE,
        Severity.WARNING,
        4,
        "en",
    )
    assert article.body[4].en[issue.start : issue.end] == "Mayor"
    assert "Deputy Mayor" in issue.message


def test_a_later_title_is_wrong_in_an_earlier_article(article, findings):
    article.body[4].en = article.body[4].en.replace(
        "Deputy Mayor and Secretary",
        "Member of the Standing Committee of the Municipal Party Committee and Secretary",
    )
    assert [(i.check, i.paragraph) for i in findings(article)] == [("person-title", 4)]


def test_the_same_title_is_wrong_after_it_ended(article, findings):
    article.meta.published = datetime(2024, 5, 1, 9, 0)
    issues = [i for i in findings(article) if i.paragraph == 2]
    assert [(i.check, i.lang) for i in issues] == [("person-title", "en")]
    assert article.body[2].en[issues[0].start : issues[0].end] == "Vice President"
    assert "Wang Qishan" in issues[0].message and "2023-03-10" in issues[0].message


def test_former_title_is_rightly_named(article, findings):
    article.meta.published = datetime(2024, 5, 1, 9, 0)
    article.body[2].en = article.body[2].en.replace("of Vice President", "of former Vice President")
    assert [i for i in findings(article) if i.paragraph == 2] == []


def test_a_whole_headline_of_the_same_words_is_fine(article, findings):
    article.meta.title.zh = "科技部阮湘平调研中以常州创新园"
    article.meta.title.en = "Ruan Xiangping of MOST Visits CIP"
    assert findings(article) == []


@pytest.mark.parametrize("wrong", ["Director-General", "Second-Level Inspector"])
def test_another_rank_beside_the_name_is_a_warning(article, findings, wrong):
    article.body[0].en = article.body[0].en.replace("First-Level Inspector", wrong, 1)
    (issue,) = findings(article)
    assert (issue.check, issue.category, issue.paragraph) == ("person-title", Category.TITLE, 0)
    assert article.body[0].en[issue.start : issue.end] == wrong


def test_a_title_before_another_persons_name_is_not_theirs(article, findings):
    article.body[1].en = "Deputy Mayor Li Lin and Ruan Xiangping" + article.body[1].en[14:]
    article.body[1].zh = "常州市副市长李林和" + article.body[1].zh
    assert findings(article) == []


def _visit(en: str):
    """A pair naming the ambassador with his title, checked against a glossary with his titles."""
    from cipeditor.article.model import Article, Meta, Pair
    from cipeditor.glossary.entry import Entry, EntryType, Glossary, OfficialTitle

    glossary = Glossary(
        "trial",
        (
            Entry(
                "阿米尔·列维",
                "Amir Levi",
                ("列维",),
                type=EntryType.PERSON,
                titles=(
                    OfficialTitle("以色列驻华大使", "Ambassador of Israel to China"),
                    OfficialTitle("常州市副市长", "Deputy Mayor of Changzhou and Honorary Citizen"),
                ),
            ),
            Entry("以色列驻华大使", "Ambassador of Israel to China", type=EntryType.TITLE),
            Entry("大使", "Ambassador", type=EntryType.TITLE),
            Entry("副市长", "Deputy Mayor", type=EntryType.TITLE),
            Entry("市长", "Mayor", type=EntryType.TITLE),
        ),
    )
    article = Article(
        meta=Meta(published=datetime(2021, 4, 16, 9, 0)),
        body=[Pair("列维大使表示感谢。", en)],
    )
    return check_article(article, [glossary])


def test_a_title_shortened_to_its_head_is_fine():
    assert _visit("Ambassador Levi expressed his thanks.") == []


def test_a_rank_inside_a_longer_title_is_still_another_title():
    issues = _visit("Mayor Levi expressed his thanks.")
    (issue,) = [i for i in issues if i.category is Category.TITLE]
    assert (issue.check, issue.severity) == ("person-title", Severity.WARNING)
    assert "Ambassador of Israel to China" in issue.message


def _appointed(en: str, zh: str = "区长吴晓燕作报告。"):
    """A district mayor promoted from deputy, named in a pair of an article of 2020."""
    from cipeditor.article.model import Article, Meta, Pair
    from cipeditor.glossary.entry import Entry, EntryType, Glossary, OfficialTitle

    glossary = Glossary(
        "meeting",
        (
            Entry(
                "吴晓燕",
                "Wu Xiaoyan",
                type=EntryType.PERSON,
                titles=(
                    OfficialTitle(
                        "武进区副区长",
                        "Deputy District Mayor of Wujin",
                        None,
                        datetime(2019, 12, 31).date(),
                    ),
                    OfficialTitle(
                        "武进区区长", "District Mayor of Wujin", datetime(2020, 1, 1).date(), None
                    ),
                ),
            ),
            Entry("区长", "District Mayor", type=EntryType.TITLE),
            Entry("副区长", "Deputy District Mayor", type=EntryType.TITLE),
            Entry("董事长", "Chairman", type=EntryType.TITLE),
        ),
    )
    article = Article(meta=Meta(published=datetime(2020, 9, 24, 9, 0)), body=[Pair(zh, en)])
    return [i for i in check_article(article, [glossary]) if i.category is Category.TITLE]


def test_the_title_of_the_day_is_fine():
    assert _appointed("Wu Xiaoyan, District Mayor of Wujin, reported.") == []


def test_a_longer_rank_ending_in_the_title_of_the_day_is_another_title():
    """ "Deputy District Mayor of Wujin" holds "District Mayor of Wujin" but is her old title."""
    en = "Wu Xiaoyan, Deputy District Mayor of Wujin, reported."
    (issue,) = _appointed(en)
    assert en[issue.start : issue.end] == "Deputy District Mayor"


def test_a_title_in_brackets_after_the_name_is_checked():
    en = "Those commended included Wu Xiaoyan (Chairman of the park's company)."
    (issue,) = _appointed(en, "受表彰的有吴晓燕（园区公司董事长）。")
    assert en[issue.start : issue.end] == "Chairman"
    assert _appointed("Those commended included Wu Xiaoyan (District Mayor of Wujin).") == []
