"""Where the program finds its bundled files (samples, glossary, templates, catalogs)."""

from __future__ import annotations

from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
RESOURCES = PROJECT_ROOT / "resources"
TRANSLATIONS = PROJECT_ROOT / "translations"
SAMPLE_ARTICLE = RESOURCES / "samples" / "cip-ruan-xiangping-visit.cip"
TEMPLATES = RESOURCES / "templates"
GLOSSARIES = RESOURCES / "glossary"
