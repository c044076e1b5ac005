"""A long article checked on two cores gives exactly the report of one core."""

import dataclasses
import os
import time

import pytest

from cipeditor.article.model import Pair
from cipeditor.qa import forked, runner
from cipeditor.qa.runner import FORK_FROM_SEGMENTS, PendingCheck, check_article

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this system")


def test_forked_check_reports_what_a_single_process_reports(article, cip_glossary):
    source = list(article.body)
    article.body = [
        Pair(source[i % len(source)].zh, source[i % len(source)].en)
        for i in range(FORK_FROM_SEGMENTS + 10)
    ]
    # Defects in the parent's share and in the child's.
    for index in (5, len(article.body) - 5):
        pair = article.body[index]
        article.body[index] = Pair(pair.zh + "增长35%。", pair.en + " It grew by 53%.")
    single = check_article(article, [cip_glossary])
    both = check_article(article, [cip_glossary], fork=True)
    assert both == single
    flagged = {issue.paragraph for issue in both if issue.check == "numbers-mismatch"}
    assert {5, len(article.body) - 5} <= flagged


def test_work_runs_in_a_child_process():
    result = forked.start(os.getpid)
    assert result() != os.getpid()


def test_work_failing_in_the_child_is_done_here():
    parent = os.getpid()

    def work() -> int:
        if os.getpid() != parent:
            raise RuntimeError("the child fails")
        return parent

    assert forked.start(work)() == parent


def test_cancelled_work_leaves_no_child_behind():
    share = forked.start(lambda: time.sleep(60))
    share.cancel()
    # Cancelling killed and reaped the child rather than waiting a minute for it.
    with pytest.raises(ChildProcessError):
        os.waitpid(-1, os.WNOHANG)


def test_a_long_check_given_up_before_its_glossaries_leaves_no_child(article):
    source = list(article.body)
    article.body = [source[i % len(source)] for i in range(FORK_FROM_SEGMENTS + 10)]
    pending = PendingCheck(article, fork=True)
    pending.cancel()
    with pytest.raises(ChildProcessError):
        os.waitpid(-1, os.WNOHANG)


def test_pieces_claimed_by_a_child_that_fails_are_checked_here(article, cip_glossary, monkeypatch):
    parent = os.getpid()

    def failing_in_the_child(check):
        def run(ctx, segment):
            if os.getpid() != parent:
                raise RuntimeError("the child fails half-way")
            return check.run(ctx, segment)

        return dataclasses.replace(check, run=run)

    source = list(article.body)
    article.body = [source[i % len(source)] for i in range(FORK_FROM_SEGMENTS + 10)]
    pair = article.body[7]
    article.body[7] = Pair(pair.zh + "增长35%。", pair.en + " It grew by 53%.")
    single = check_article(article, [cip_glossary])
    monkeypatch.setattr(runner, "_PLAIN", [failing_in_the_child(c) for c in runner._PLAIN])
    assert check_article(article, [cip_glossary], fork=True) == single
    assert any(issue.paragraph == 7 for issue in single)


def test_tickets_are_each_taken_once_across_processes():
    tickets = forked.Tickets(200)
    theirs = forked.start(lambda: list(iter(tickets.take, None)))
    mine = list(iter(tickets.take, None))
    taken = mine + theirs()
    tickets.close()
    assert sorted(taken) == list(range(200))
