"""``cipeditor glossary convert IN OUT``: between CSV, TBX, UTX and OmegaT, chosen by extension."""

from __future__ import annotations

import argparse
from pathlib import Path

from cipeditor.commands.examples import with_examples
from cipeditor.errors import UserError
from cipeditor.i18n import _

NAME = "glossary"


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        NAME,
        help=_("work with glossary files (CSV, TBX, UTX, OmegaT)"),
        description=_(
            "Work with glossary files: CSV (UTF-8), TBX-Basic (v2 and v3 read, v2 written), "
            "UTX 1.11 and OmegaT's tab-separated glossaries."
        ),
    )
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    convert = actions.add_parser(
        "convert",
        help=_("convert a glossary between CSV, TBX, UTX and OmegaT"),
        description=_(
            "Read IN and write OUT, each as CSV (.csv), TBX (.tbx, .xml), UTX (.utx) or "
            "OmegaT (.txt, .tab, .utf8) by its extension; an existing OUT is replaced. "
            "Forbidden renderings survive every conversion. Exit status: 0 done, 2 IN could "
            "not be read or OUT written."
        ),
        **with_examples(
            [
                "cipeditor glossary convert terms.csv terms.tbx",
                "cipeditor glossary convert terms.tbx omegat-glossary.txt",
            ]
        ),
    )
    convert.add_argument("source", metavar="IN")
    convert.add_argument("target", metavar="OUT")


def run(args: argparse.Namespace) -> int:
    from cipeditor.commands.outputs import names_an_input, output_path
    from cipeditor.glossary.files import read_glossary, write_glossary

    target = output_path(args.target, Path(args.source).name)
    if names_an_input(target, [args.source]):
        raise UserError(
            _("{target} is the file being converted; write the glossary to another name").format(
                target=args.target
            )
        )
    glossary = read_glossary(args.source)
    write_glossary(glossary, target)
    print(_("{count} entries written to {path}").format(count=len(glossary), path=args.target))
    return 0
