"""``cipeditor import [--zh SRC] [--en SRC] [SRC] [--lang zh|en] -o OUT.cip [--force]``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from cipeditor.commands.examples import with_examples
from cipeditor.commands.outputs import is_stdout, names_an_input, output_path, write_output
from cipeditor.errors import UserError
from cipeditor.i18n import _

if TYPE_CHECKING:
    from collections.abc import Iterable

    from cipeditor.importers import Imported

NAME = "import"


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        NAME,
        help=_("make an article from text, web-page, Word, HTML, XLIFF, TMX or .cip files"),
        description=_(
            "Import a Chinese source (--zh), an English source (--en), or one source whose "
            "language is detected (or given with --lang), and save the article as OUT.cip. "
            "With --zh and --en, paragraphs are paired by order; if the counts differ, every "
            "paragraph is kept and a warning says so. Exit status: 0 done, 2 could not do it."
        ),
        **with_examples(
            [
                "cipeditor import --zh visit-zh.txt --en visit-en.txt -o visit.cip",
                "cipeditor import page-en.html -o visit.cip",
                "cipeditor import reviewed.xlf -o visit.cip --force",
            ]
        ),
    )
    parser.add_argument(
        "source",
        nargs="?",
        metavar="SRC",
        help=_("a source file: text, web page, .docx, .html, .xlf, .tmx or .cip"),
    )
    parser.add_argument("--zh", metavar="SRC", action=_Once, help=_("the Chinese source"))
    parser.add_argument("--en", metavar="SRC", action=_Once, help=_("the English source"))
    parser.add_argument(
        "--lang", choices=("zh", "en"), help=_("the language of SRC (detected if not given)")
    )
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="OUT.cip",
        help=_("the article to write (- for standard output)"),
    )
    parser.add_argument(
        "--force", action="store_true", help=_("replace OUT.cip if it exists already")
    )


class _Once(argparse.Action):
    """An option that may be given once: argparse would keep the last ``--zh`` and drop
    the first source without a word."""

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        if getattr(namespace, self.dest) is not None:
            parser.error(
                _(
                    "{option} is given twice; give one source per language (join the "
                    "texts into one file first)"
                ).format(option=option_string)
            )
        setattr(namespace, self.dest, values)


def run(args: argparse.Namespace) -> int:
    from cipeditor import messages
    from cipeditor.article import cipformat
    from cipeditor.importers import read_document

    sides = _sides(args)
    if not is_stdout(args.output):
        _check_output(args, sides)
    imports = {lang: read_document(path, lang) for lang, path in sides.items()}
    left_out = _left_out(imports, sides)
    result = _combine(imports)
    for note in [*result.warnings, *left_out]:
        messages.warning(note)
    write_output(args.output, cipformat.dumps(result.article).encode("utf-8"))
    return 0


def _check_output(args: argparse.Namespace, sides: dict[str | None, str]) -> None:
    """Refuse, before reading anything, an output that would be a folder, a source or
    a file of another format, or that exists already (without --force)."""
    from cipeditor.importers import IMPORTERS

    suggested = Path(next(iter(sides.values()))).with_suffix(".cip").name
    output = output_path(args.output, suggested)
    _refuse_overwriting_a_source(output, sides.values())
    suffix = output.suffix.lower()
    if suffix in IMPORTERS and suffix != ".cip":
        # Importers choose by extension: a .txt or .docx holding an article's JSON
        # would later be read as text or refused as a damaged document.
        raise UserError(
            _(
                "{path}: import writes a CIP article, so name it {name}; "
                "'cipeditor export' writes the other formats"
            ).format(path=output, name=output.with_suffix(".cip"))
        )
    if output.exists() and not args.force:
        raise UserError(
            _("{path} exists already; use --force to replace it, or choose another name").format(
                path=output
            )
        )


def _left_out(imports: dict, sides: dict[str | None, str]) -> list[str]:
    """A note for a bilingual source given for one side, whose other side holds text.

    ``import --zh done.cip -o new.cip`` keeps only the Chinese of ``done.cip``; the
    translation it also holds should not vanish without a word.
    """
    notes = []
    for lang, imported in imports.items():
        other = {"zh": "en", "en": "zh"}.get(lang)
        if other is None or other in sides or other not in imported.langs:
            continue
        if any(pair.get(other).strip() for pair in imported.article.body):
            notes.append(
                # L10N: {option} is --zh or --en, the option for the side that was left out
                _(
                    "{path}: only one side of this bilingual file is imported; give "
                    "{option} too, or import the file alone to keep both"
                ).format(path=sides[lang], option=f"--{other}")
            )
    return notes


def _refuse_overwriting_a_source(output: Path, sources: Iterable[str]) -> None:
    """``import a.txt -o a.txt --force`` would replace the translator's source with JSON."""
    if names_an_input(output, sources):
        raise UserError(
            _("{output} is also a source of the import; write the article to another name").format(
                output=output
            )
        )


def _sides(args: argparse.Namespace) -> dict[str | None, str]:
    """Which file fills which side; ``None`` for a single SRC whose language is to be detected."""
    if args.source:
        if args.zh and args.en:
            raise UserError(_("too many sources: give SRC, or --zh and --en, not all three"))
        other = "en" if args.zh else "zh" if args.en else None
        if other and args.lang not in (None, other):
            raise UserError(_("two sources for the same language; give one --zh and one --en"))
        lang = other or args.lang
        sides = {lang: args.source}
    elif args.lang:
        raise UserError(_("--lang is for a single SRC; --zh and --en say the language already"))
    else:
        sides = {}
    sides.update({lang: path for lang, path in (("zh", args.zh), ("en", args.en)) if path})
    if not sides:
        raise UserError(_("nothing to import: give SRC, --zh SRC or --en SRC"))
    return sides


def _combine(imports: dict) -> Imported:
    """One article from the imports; a single bilingual source keeps both of its sides."""
    from cipeditor.importers.pairing import pair_sides

    if None in imports:
        imported = imports.pop(None)
        if len(imported.langs) > 1:
            return imported
        imports[next(iter(imported.langs))] = imported
    return pair_sides(imports.get("zh"), imports.get("en"))
