"""Where the program finds its bundled files (samples, glossary, templates, catalogs).

An installed package (a wheel, ``pip install .``) carries them inside itself,
under ``cipeditor/_data/`` (put there by the build step in ``setup.py``, with
the catalogs compiled). Running from a checkout, or from an editable install,
they are the repository's own ``resources/``, ``translations/`` and ``docs/``
beside the package. Every module finds bundled files through the names below.
"""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
BUNDLED = PACKAGE / "_data"  # keep in step with BUNDLED_DIR in setup.py
# The checkout the package sits in, when it runs from one; the catalog tools
# (python -m cipeditor.catalogs extract|update|init) need it.
PROJECT_ROOT = PACKAGE.parent


def _bundled(name: str) -> Path:
    """The installed copy of a bundled folder if there is one, else the checkout's."""
    installed = BUNDLED / name
    return installed if installed.is_dir() else PROJECT_ROOT / name


RESOURCES = _bundled("resources")
TRANSLATIONS = _bundled("translations")
DOCS = _bundled("docs")  # the user guide, read in Help › User Guide
SAMPLE_ARTICLE = RESOURCES / "samples" / "cip-ruan-xiangping-visit.cip"
TEMPLATES = RESOURCES / "templates"
GLOSSARIES = RESOURCES / "glossary"
