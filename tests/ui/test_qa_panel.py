"""The QA panel lists issues live, by category, and records reviewers' decisions."""

import pytest
from PySide6.QtCore import Qt

from cipeditor.article.model import Article, Bilingual, Meta, Pair
from cipeditor.ui.commands.meta import SetMetaField
from cipeditor.ui.document import Document
from cipeditor.ui.qa_panel import QAPanel

pytestmark = pytest.mark.gui


@pytest.fixture
def panel(qtbot):
    article = Article(
        Meta(title=Bilingual("标题", "Title")),
        [Pair("第一段。", "First paragraph."), Pair("第二段。", "")],
    )
    widget = QAPanel(Document(article))
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: widget.checked)
    return widget


def group_titles(panel: QAPanel) -> list[str]:
    tree = panel.tree
    return [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]


def test_empty_side_is_listed_under_alignment_with_its_pair(panel):
    assert group_titles(panel) == ["Alignment (1)"]
    item = panel.tree.topLevelItem(0).child(0)
    assert "English side is empty" in item.text(0)
    assert item.text(1) == "Pair 2 · EN"


def test_clicking_an_issue_asks_the_window_to_show_it(panel, qtbot):
    item = panel.tree.topLevelItem(0).child(0)
    rect = panel.tree.visualItemRect(item)
    panel.show()
    with qtbot.waitSignal(panel.issueActivated) as signal:
        qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args[0].paragraph == 1


def test_typing_the_translation_clears_the_issue_live(panel, qtbot):
    document = panel.document
    document.article.body[1].en = "Second paragraph."
    document.pairTextChanged.emit(1, "en")
    qtbot.waitUntil(lambda: group_titles(panel) == [])
    assert panel.summary.text() == "No issues found"


def test_meta_edit_is_rechecked(panel, qtbot):
    panel.document.push(SetMetaField(panel.document, "title", "标题", "en"))
    qtbot.waitUntil(lambda: group_titles(panel) == ["Alignment (2)"])


def test_accepting_an_issue_saves_the_decision_and_undo_brings_it_back(panel, qtbot):
    panel.tree.setCurrentItem(panel.tree.topLevelItem(0).child(0))
    qtbot.mouseClick(panel.accept_button, Qt.MouseButton.LeftButton)
    assert group_titles(panel) == []
    [decision] = panel.document.article.accepted
    assert (decision.check, decision.paragraph, decision.lang) == ("empty-side", 1, "en")
    panel.document.undo_stack.undo()
    assert group_titles(panel) == ["Alignment (1)"]


def test_many_edited_pairs_are_rechecked_in_slices_and_end_as_a_full_check(qtbot, monkeypatch):
    from cipeditor.ui import live_check
    from cipeditor.ui.commands.text import EditPairTexts

    monkeypatch.setattr(live_check, "_SLICE_S", 0.0)  # one pair a slice: many slices
    body = [Pair(f"第{i}段有{i}家企业。", f"Paragraph {i} has {i} companies.") for i in range(60)]
    document = Document(Article(Meta(title=Bilingual("标题", "Title")), body))
    panel = QAPanel(document)
    qtbot.addWidget(panel)
    assert panel.issues() == []
    wrong = {i: f"Paragraph {i} has {i + 1} companies." for i in range(0, 60, 3)}
    document.push(EditPairTexts(document, "en", wrong, "Edit"))
    fresh = QAPanel(document)
    qtbot.addWidget(fresh)
    expected = sorted(map(repr, fresh.issues()))
    assert {issue.paragraph for issue in fresh.issues()} == set(wrong)
    qtbot.waitUntil(lambda: sorted(map(repr, panel.issues())) == expected, timeout=5000)


def long_article(pairs: int) -> Article:
    body = [Pair(f"第{i}段有{i}个字。", f"Paragraph {i} has {i} characters.") for i in range(pairs)]
    body[-1].en = ""
    return Article(Meta(title=Bilingual("标题", "Title")), body)


def test_a_long_article_is_checked_while_the_window_keeps_answering(qtbot):
    from PySide6.QtCore import QTimer

    panel = QAPanel(Document(long_article(1500)))
    qtbot.addWidget(panel)
    answered_while_checking = []
    other_work = QTimer(panel)  # stands for the window's repaints and key presses
    other_work.timeout.connect(lambda: answered_while_checking.append(not panel.checked))
    other_work.start(0)
    qtbot.waitUntil(lambda: panel.checked, timeout=30000)
    other_work.stop()
    assert answered_while_checking.count(True) > 3
    assert [issue.paragraph for issue in panel.issues()] == [1499]
    assert panel.summary.text() == "1 error or warning"


def test_an_edit_made_during_a_long_check_is_in_its_result(qtbot):
    document = Document(long_article(1500))
    panel = QAPanel(document)
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: panel.summary.text() == "Checking…")
    document.article.body[1499].en = "Paragraph 1499 has 1499 characters."
    document.pairTextChanged.emit(1499, "en")
    document.article.body[3].en = "Paragraph 3 has 4 characters."
    document.pairTextChanged.emit(3, "en")
    qtbot.waitUntil(lambda: panel.checked, timeout=30000)
    assert {issue.paragraph for issue in panel.issues()} == {3}  # 4 is not 第3段's 3
