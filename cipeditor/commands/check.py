"""``cipeditor check ARTICLE.cip… [--glossary FILE]… [--json]``."""

from __future__ import annotations

import argparse

from cipeditor.commands.examples import with_examples
from cipeditor.i18n import _

NAME = "check"


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        NAME,
        help=_("validate articles and report translation problems"),
        description=_(
            "Load each article, validate it and run the QA checks. Exit status: 0 no "
            "error or warning, 1 problems found, 2 an article or glossary could not be read "
            "(the other articles are still checked)."
        ),
        **with_examples(
            [
                "cipeditor check visit.cip",
                "cipeditor check *.cip --glossary ours.csv --glossary cip.csv",
                "cipeditor check visit.cip --json > report.json",
            ]
        ),
    )
    parser.add_argument("articles", nargs="+", metavar="ARTICLE.cip", help=_("articles to check"))
    glossaries = parser.add_mutually_exclusive_group()
    glossaries.add_argument(
        "--glossary",
        action="append",
        default=[],
        metavar="FILE",
        help=_(
            "glossary (CSV, TBX, UTX or OmegaT) to check terms against; may be repeated "
            "(later ones add entries). Without it, the bundled CIP glossary is used"
        ),
    )
    glossaries.add_argument(
        "--no-glossary",
        action="store_true",
        help=_("check without any glossary (no terminology or title checks)"),
    )
    parser.add_argument("--json", action="store_true", help=_("print the report as JSON"))


def run(args: argparse.Namespace) -> int:
    import gc

    # The glossary, the articles and the checks' caches live until the command ends
    # and hold no garbage cycles: the cyclic collector would only walk them over and
    # over (~7% of a long check's time). The forked child does without it already.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _run(args)
    finally:
        if collecting:
            gc.enable()


def _run(args: argparse.Namespace) -> int:
    import sys

    from cipeditor.article import cipformat
    from cipeditor.errors import UserError
    from cipeditor.qa import report
    from cipeditor.qa.runner import PendingCheck

    glossaries = None
    all_issues = []
    reports = []  # (file, its issues), for --json
    unreadable = 0
    for path in args.articles:
        try:
            article = cipformat.load(path)
        except UserError as error:
            # Like a compiler: say what is wrong with this file and go on with the others.
            print(f"cipeditor: {error}", file=sys.stderr)
            unreadable += 1
            continue
        # The checks that need no glossary begin first (in a child, for a long
        # article): loading a large glossary then costs no time of its own.
        pending = PendingCheck(article, fork=True)  # no threads here
        if glossaries is None:
            try:
                glossaries = [] if args.no_glossary else _load_glossaries(args.glossary)
            except BaseException:
                pending.cancel()
                raise
            _note_conflicts(glossaries)
        issues = pending.finish(glossaries)
        all_issues.extend(issues)
        reports.append((str(path), issues))
        if not args.json and issues:
            print(report.as_text(path, issues))
    if args.json:
        print(report.as_json_files(reports))
    if unreadable:
        return 2
    return 1 if report.has_findings(all_issues) else 0


def _load_glossaries(paths: list[str]) -> list:
    from cipeditor.glossary.files import read_glossary

    if not paths:
        from cipeditor.paths import GLOSSARIES

        paths = [GLOSSARIES / "cip.csv"]
    return [read_glossary(path) for path in paths]


def _note_conflicts(glossaries: list) -> None:
    """Say when the glossaries render one Chinese term differently (both are accepted)."""
    if len(glossaries) < 2:
        return
    from cipeditor import messages
    from cipeditor.glossary.matcher import matcher_for
    from cipeditor.i18n import ngettext

    conflicts = matcher_for(glossaries).conflicts
    if conflicts:
        shown = "; ".join(f"{zh}: {' / '.join(renderings)}" for zh, renderings in conflicts[:3])
        messages.warning(
            ngettext(
                "{count} term is rendered differently by the glossaries ({terms}); "
                "both renderings are accepted",
                "{count} terms are rendered differently by the glossaries ({terms}); "
                "all their renderings are accepted",
                len(conflicts),
            ).format(count=len(conflicts), terms=shown + ("; …" if len(conflicts) > 3 else ""))
        )
