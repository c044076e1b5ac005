"""The build step that puts the bundled files inside the package.

In the repository ``resources/`` and ``translations/`` sit beside the package;
an installed package has nothing beside it. So the wheel carries them as
``cipeditor/_data/resources``, ``cipeditor/_data/docs`` and
``cipeditor/_data/translations``, the
interface catalogs compiled to ``.mo`` here (their ``.po`` sources left out:
the program then uses the ``.mo`` as it is, and never tries to recompile it
inside a read-only installation). ``cipeditor/paths.py`` looks there first.

An editable install (``pip install -e .``, as ``.ci/setup.sh`` does) skips this
step: the package is then the checkout's own folder, and finds the checkout's
files beside it.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
DOMAIN = "cipeditor"
BUNDLED_DIR = Path("cipeditor", "_data")  # inside the built package: keep paths.py in step
RESOURCES = "resources"
TRANSLATIONS = "translations"
DOCS = "docs"


def compile_catalog(po_path: Path, mo_path: Path) -> None:
    """One ``.po`` to ``.mo``, fuzzy entries left out (as ``cipeditor.catalogs`` does)."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with po_path.open("rb") as stream:
        catalog = read_po(stream, abort_invalid=True)
    mo_path.parent.mkdir(parents=True, exist_ok=True)
    with mo_path.open("wb") as stream:
        write_mo(stream, catalog)


def is_clutter(relative: Path) -> bool:
    """Editor backups, hidden files and bytecode that a checkout may hold."""
    return any(part.startswith(".") or part == "__pycache__" for part in relative.parts) or (
        relative.suffix in (".pyc", ".pyo") or relative.name.endswith("~")
    )


class BuildPyWithData(build_py):
    """``build_py`` that also copies the resources and compiles the catalogs into the package."""

    def run(self) -> None:
        super().run()
        if not getattr(self, "editable_mode", False):
            self.bundle_data()

    def bundled_root(self) -> Path:
        return Path(self.build_lib) / BUNDLED_DIR

    def catalog_pairs(self) -> list[tuple[Path, Path]]:
        """Each ``.po`` of the checkout with the ``.mo`` it becomes in the package."""
        target = self.bundled_root() / TRANSLATIONS
        sources = sorted((HERE / TRANSLATIONS).glob(f"*/LC_MESSAGES/{DOMAIN}.po"))
        return [
            (po, (target / po.relative_to(HERE / TRANSLATIONS)).with_suffix(".mo"))
            for po in sources
        ]

    def resource_pairs(self) -> list[tuple[Path, Path]]:
        """Each file of the checkout's ``resources/`` and ``docs/`` (the user guide, shown
        by Help › User Guide) with its place in the package."""
        pairs = []
        for folder in (RESOURCES, DOCS):
            source, target = HERE / folder, self.bundled_root() / folder
            pairs += [
                (path, target / path.relative_to(source))
                for path in sorted(source.rglob("*"))
                if path.is_file() and not is_clutter(path.relative_to(source))
            ]
        return pairs

    def bundle_data(self) -> None:
        # A build folder left by an earlier build may hold files since deleted.
        shutil.rmtree(self.bundled_root(), ignore_errors=True)
        for source, target in self.resource_pairs():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
        for po_path, mo_path in self.catalog_pairs():
            compile_catalog(po_path, mo_path)

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        outputs = super().get_outputs(include_bytecode)
        if getattr(self, "editable_mode", False):
            return outputs
        pairs = self.resource_pairs() + self.catalog_pairs()
        return [*outputs, *(str(target) for _source, target in pairs)]


setup(cmdclass={"build_py": BuildPyWithData})
