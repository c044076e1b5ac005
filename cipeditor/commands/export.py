"""``cipeditor export ARTICLE.cip… -o OUT [--format F] [--lang zh|en|both] [--templates DIR]``."""

from __future__ import annotations

import argparse

from cipeditor.i18n import _

NAME = "export"


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    from cipeditor.exporters import EXPORT_LANGS, EXPORTERS

    parser = subparsers.add_parser(
        NAME,
        help=_("export articles to DOCX, HTML and other formats"),
        description=_(
            "Write an article as a Word document or a web page, in Chinese, in English or "
            "both side by side. An existing output file is replaced. Formats that gather "
            "several articles (translation memories) take more than one ARTICLE."
        ),
    )
    parser.add_argument("articles", nargs="+", metavar="ARTICLE.cip")
    parser.add_argument(
        "--format",
        choices=list(EXPORTERS),
        help=_("the file format to write (default: told by OUT's extension: .docx, .html, …)"),
    )
    parser.add_argument(
        "--lang",
        default="both",
        choices=list(EXPORT_LANGS),
        help=_("Chinese, English, or both side by side (default: both)"),
    )
    parser.add_argument("-o", "--output", required=True, metavar="OUT", help=_("file to write"))
    parser.add_argument(
        "--templates",
        metavar="DIR",
        help=_("folder of your own HTML templates, used before the bundled ones"),
    )


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from cipeditor.article import cipformat
    from cipeditor.errors import UserError
    from cipeditor.exporters import ExportOptions, export, format_for, takes_many

    args.format = args.format or format_for(args.output)
    if len(args.articles) > 1 and not takes_many(args.format):
        raise UserError(
            _(
                "The {format} format holds one article, but {count} were given; "
                "export them one at a time"
            ).format(format=args.format, count=len(args.articles))
        )
    articles = [cipformat.load(path) for path in args.articles]
    options = ExportOptions(
        lang=args.lang,
        templates_dir=Path(args.templates) if args.templates else None,
        source_name=Path(args.articles[0]).name if len(args.articles) == 1 else "",
    )
    export(articles, args.format, args.output, options)
    return 0
