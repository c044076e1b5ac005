"""The interface catalogs: extraction settings, and compiling ``.po`` → ``.mo``.

``translations/<locale>/LC_MESSAGES/cipeditor.po`` is the source; the ``.mo``
beside it is a build product, git-ignored and never committed. It is compiled by
set-up (``python -m cipeditor.catalogs compile``) and, when missing or older
than its ``.po``, by :func:`ensure_compiled` at start-up — which only stats the
two files when the ``.mo`` is up to date, and imports babel only to compile.

``python -m cipeditor.catalogs extract|update|init LOCALE|compile`` runs babel's
own commands with the settings below, the same ones the tests extract with
(see ``docs/translating.md``), on a source checkout. An installed package
(a wheel) carries only the ``.mo`` files, compiled when it was built
(``setup.py``).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from cipeditor import __version__
from cipeditor.i18n import DOMAIN
from cipeditor.paths import PROJECT_ROOT, TRANSLATIONS

MAPPING_FILE = PROJECT_ROOT / "babel.cfg"
TEMPLATE = TRANSLATIONS / f"{DOMAIN}.pot"
# The gettext functions of cipeditor.i18n, in babel's keyword-spec syntax.
KEYWORDS = ("_", "ngettext:1,2", "pgettext:1c,2", "N_")
COMMENT_TAG = "L10N:"


def catalog_sources(root: Path = TRANSLATIONS) -> list[Path]:
    """Every ``.po`` file of the interface."""
    return sorted(root.glob(f"*/LC_MESSAGES/{DOMAIN}.po"))


def source_path(locale: str, root: Path = TRANSLATIONS) -> Path:
    return root / locale / "LC_MESSAGES" / f"{DOMAIN}.po"


def compiled_path(po_path: Path) -> Path:
    return po_path.with_suffix(".mo")


def is_stale(po_path: Path, mo_path: Path | None = None) -> bool:
    mo_path = compiled_path(po_path) if mo_path is None else mo_path
    try:
        return mo_path.stat().st_mtime < po_path.stat().st_mtime
    except FileNotFoundError:
        return True


def compile_catalog(po_path: Path, mo_path: Path | None = None) -> Path:
    """Compile one ``.po`` (fuzzy entries left out, as gettext does), atomically."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    mo_path = compiled_path(po_path) if mo_path is None else mo_path
    with po_path.open("rb") as stream:
        catalog = read_po(stream, abort_invalid=True)
    mo_path.parent.mkdir(parents=True, exist_ok=True)
    # A private temporary name: two programs starting at once must not mix their bytes.
    temp = mo_path.with_name(f".{mo_path.name}.{os.getpid()}.tmp")
    try:
        with temp.open("wb") as stream:
            write_mo(stream, catalog)
        temp.replace(mo_path)
    finally:
        temp.unlink(missing_ok=True)
    return mo_path


def compile_all(root: Path = TRANSLATIONS, *, only_stale: bool = False) -> list[Path]:
    return [compile_catalog(po) for po in catalog_sources(root) if not only_stale or is_stale(po)]


def cache_dir() -> Path:
    """Where catalogs are compiled when the program's own folder is read-only."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "cipeditor" / "translations"


def ensure_compiled(locale: str, root: Path = TRANSLATIONS) -> Path | None:
    """The up-to-date ``.mo`` of ``locale``, compiling it first if missing or stale.

    Returns ``None`` when the locale has no catalog. A ``.mo`` shipped without
    its ``.po`` (a built package) is used as it is. When the ``.mo`` cannot be
    written beside the ``.po`` (an installation owned by another user), it is
    compiled into the user's cache folder instead.
    """
    po_path = source_path(locale, root)
    mo_path = compiled_path(po_path)
    if not po_path.exists():
        return mo_path if mo_path.exists() else None
    if not is_stale(po_path, mo_path):
        return mo_path
    try:
        return compile_catalog(po_path, mo_path)
    except OSError:  # read-only folder or file system: fall back to the user's cache
        cached = cache_dir() / locale / "LC_MESSAGES" / mo_path.name
        return cached if not is_stale(po_path, cached) else compile_catalog(po_path, cached)


def _babel_arguments(command: str, rest: list[str]) -> list[str] | None:
    """The ``pybabel`` command line for one of our catalog commands."""
    out = ["--output-dir", str(TRANSLATIONS), "--domain", DOMAIN]
    if command == "extract":
        keywords = [arg for keyword in KEYWORDS for arg in ("--keyword", keyword)]
        return [
            "extract", "--no-default-keywords", *keywords, "--add-comments", COMMENT_TAG,
            "--strip-comment-tags", "--sort-by-file", "--project", "CIP Editor",
            "--version", __version__, "--copyright-holder", "the CIP Editor authors",
            "--mapping-file", str(MAPPING_FILE), "--output-file", str(TEMPLATE), ".",
        ]  # fmt: skip
    if command == "update" and not rest:
        return ["update", "--input-file", str(TEMPLATE), *out, "--ignore-obsolete"]
    if command == "init" and len(rest) == 1:
        return ["init", "--input-file", str(TEMPLATE), *out, "--locale", rest[0]]
    return None


def main(argv: list[str]) -> int:
    if not MAPPING_FILE.is_file():
        # An installed package carries compiled catalogs only: nothing to extract or compile.
        print(
            "python -m cipeditor.catalogs works on a source checkout (babel.cfg and"
            " translations/ beside the package); this installed copy carries its catalogs"
            " compiled already.",
            file=sys.stderr,
        )
        return 2
    if argv == ["compile"]:
        for mo_path in compile_all():
            print(f"compiled {mo_path.relative_to(PROJECT_ROOT)}")
        return 0
    arguments = _babel_arguments(argv[0], argv[1:]) if argv else None
    if arguments is None:
        print(
            "usage: python -m cipeditor.catalogs extract | update | init LOCALE | compile",
            file=sys.stderr,
        )
        return 2
    from babel.messages.frontend import CommandLineInterface

    os.chdir(PROJECT_ROOT)  # the template's "#:" references are then relative to the project
    return CommandLineInterface().run(["pybabel", *arguments]) or 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
