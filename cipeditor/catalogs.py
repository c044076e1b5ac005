"""Compiling the interface catalogs (``translations/*/LC_MESSAGES/cipeditor.po`` → ``.mo``).

Run by set-up (``python -m cipeditor.catalogs compile``) and, for a catalog whose
``.mo`` is missing or older than its ``.po``, on first use, so that a compiled
catalog never goes stale against its source.
"""

from __future__ import annotations

import sys
from pathlib import Path

from cipeditor.i18n import DOMAIN
from cipeditor.paths import TRANSLATIONS


def catalog_sources(root: Path = TRANSLATIONS) -> list[Path]:
    """Every ``.po`` file of the interface."""
    return sorted(root.glob(f"*/LC_MESSAGES/{DOMAIN}.po"))


def compiled_path(po_path: Path) -> Path:
    return po_path.with_suffix(".mo")


def is_stale(po_path: Path) -> bool:
    mo_path = compiled_path(po_path)
    return not mo_path.exists() or mo_path.stat().st_mtime < po_path.stat().st_mtime


def compile_catalog(po_path: Path) -> Path:
    """Compile one ``.po`` to the ``.mo`` beside it (fuzzy entries left out, as gettext does)."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with po_path.open("rb") as stream:
        catalog = read_po(stream)
    mo_path = compiled_path(po_path)
    temp = mo_path.with_suffix(".mo.tmp")
    with temp.open("wb") as stream:
        write_mo(stream, catalog)
    temp.replace(mo_path)
    return mo_path


def compile_all(root: Path = TRANSLATIONS, *, only_stale: bool = False) -> list[Path]:
    return [compile_catalog(po) for po in catalog_sources(root) if not only_stale or is_stale(po)]


def main(argv: list[str]) -> int:
    if argv != ["compile"]:
        print("usage: python -m cipeditor.catalogs compile", file=sys.stderr)
        return 2
    for mo_path in compile_all():
        print(f"compiled {mo_path.relative_to(TRANSLATIONS.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
