"""``cipeditor export ARTICLE.cip… -o OUT [--format F] [--lang zh|en|both] [--templates DIR]``."""

from __future__ import annotations

import argparse
from pathlib import Path

from cipeditor.commands.examples import with_examples
from cipeditor.errors import UserError
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
        **with_examples(
            [
                "cipeditor export visit.cip --lang en -o visit-en.docx",
                "cipeditor export visit.cip -o visit.html",
                "cipeditor export visit.cip -o visit.xlf",
                "cipeditor export *.cip -o memory.tmx",
            ]
        ),
    )
    parser.add_argument("articles", nargs="+", metavar="ARTICLE.cip", help=_("articles to export"))
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
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="OUT",
        help=_("file to write (- for standard output, with --format)"),
    )
    parser.add_argument(
        "--templates",
        metavar="DIR",
        help=_("folder of your own HTML templates, used before the bundled ones"),
    )


def run(args: argparse.Namespace) -> int:
    from cipeditor.article import cipformat
    from cipeditor.commands.outputs import is_stdout, output_path, write_output
    from cipeditor.exporters import ExportOptions, render, takes_many

    if not is_stdout(args.output):
        # A folder is named as such before its missing extension is complained of.
        output_path(args.output, _named_for(args.articles[0], args.format or "docx").name)
    args.format = _format(args)
    if not is_stdout(args.output):
        _refuse_replacing_an_article(args)
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
    data = render(articles, args.format, options)
    write_output(args.output, data, binary=args.format == "docx")
    return 0


# The extension suggested for each format, and the formats an extension may hold
# (.xlf is XLIFF 1.2 by default, but XLIFF 2.0 files end in .xlf too).
_EXTENSIONS = {"docx": "docx", "html": "html", "xliff": "xlf", "xliff2": "xlf", "tmx": "tmx"}
_ALSO_WRITTEN_AS = {"xliff2": "xliff"}


def _named_for(name: str, format_name: str) -> Path:
    """``name`` with the extension of ``format_name`` ("visit.cip", "docx" → "visit.docx")."""
    return Path(name).with_suffix("." + _EXTENSIONS.get(format_name, format_name))


def _refuse_replacing_an_article(args: argparse.Namespace) -> None:
    """``export visit.cip --format html -o visit.cip`` would replace the article with
    the page; no export is a .cip file."""
    from cipeditor.commands.outputs import names_an_input

    output = Path(args.output)
    if output.suffix.lower() == ".cip" or names_an_input(output, args.articles):
        raise UserError(
            _(
                "{path}: an export must not be a .cip file or replace an article; "
                "name the file {name}"
            ).format(path=args.output, name=_named_for(args.output, args.format))
        )


def _format(args: argparse.Namespace) -> str:
    """The format to write: --format, else told by OUT's extension; refused when they disagree."""
    from cipeditor.commands.outputs import is_stdout
    from cipeditor.exporters import FORMAT_BY_EXTENSION, format_for

    if args.format is None:
        if is_stdout(args.output):
            raise UserError(_("-o - writes to standard output; say which format with --format"))
        return format_for(args.output)
    suffix = Path(args.output).suffix.lower()
    told = FORMAT_BY_EXTENSION.get(suffix)
    if told and told != _ALSO_WRITTEN_AS.get(args.format, args.format):
        raise UserError(
            _(
                "{path} ends in {suffix}, which is not the {format} format asked for with "
                "--format; name the file {name}, or leave out --format"
            ).format(
                path=args.output,
                suffix=suffix,
                format=args.format,
                name=_named_for(args.output, args.format),
            )
        )
    return args.format
