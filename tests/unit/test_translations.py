"""Every interface catalog: complete, current with the code, placeholders intact.

Each test runs for every ``translations/<locale>/LC_MESSAGES/cipeditor.po``, so a
new language is checked as soon as its catalog exists (docs/translating.md).
"""

from __future__ import annotations

import argparse
import inspect
import re
import string
from collections import Counter

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_keywords, parse_mapping_cfg
from babel.messages.plurals import get_plural
from babel.messages.pofile import read_po

from cipeditor import catalogs
from cipeditor.argparse_messages import ARGPARSE_MESSAGES
from tests.conftest import ROOT

SOURCES = catalogs.catalog_sources()
_PERCENT = re.compile(r"%(?:\([^)]*\))?[#0 +-]*\d*(?:\.\d+)?[a-zA-Z%]")
_HAN = r"[\u3400-\u9fff]"
# ASCII punctuation touching a Chinese character; "(&F)" is the accelerator convention.
_ASCII_PUNCTUATION_BESIDE_HAN = re.compile(rf"{_HAN}(?:[,;:!?)]|\((?!&\w\)))|[,;:!?(]{_HAN}")


def locale_of(po_path) -> str:
    return po_path.parent.parent.name


def load_catalog(po_path):
    with po_path.open("rb") as stream:
        return read_po(stream, locale=locale_of(po_path))


def all_entries():
    return [
        pytest.param(po_path, message, id=f"{locale_of(po_path)}:{str(message.id)[:40]}")
        for po_path in SOURCES
        for message in entries(load_catalog(po_path))
    ]


def messages_in_code() -> dict[tuple[str | None, str], list[str]]:
    """(context, msgid) → where it is used, extracted with the repository's own settings."""
    with catalogs.MAPPING_FILE.open() as stream:
        method_map, options_map = parse_mapping_cfg(stream)
    keywords = parse_keywords(list(catalogs.KEYWORDS))
    found: dict[tuple[str | None, str], list[str]] = {}
    extracted = extract_from_dir(
        ROOT, method_map, options_map, keywords=keywords, comment_tags=[catalogs.COMMENT_TAG]
    )
    for filename, lineno, message, _comments, context in extracted:
        key = message if isinstance(message, str) else message[0]
        found.setdefault((context, key), []).append(f"{filename}:{lineno}")
    return found


def entries(catalog):
    return [message for message in catalog if message.id]


def placeholders(text: str) -> Counter:
    """The {name!r:spec} fields and %(name)s conversions a translation must keep."""
    fields = Counter()
    try:
        for _literal, name, spec, conversion in string.Formatter().parse(text):
            if name is not None:
                fields[("{}", name, conversion, spec)] += 1
    except ValueError:
        fields[("broken braces", text)] += 1
    fields.update(("%", match) for match in _PERCENT.findall(text))
    return fields


def test_there_is_a_simplified_chinese_catalog():
    assert "zh_CN" in [locale_of(po_path) for po_path in SOURCES]


@pytest.mark.parametrize("po_path", SOURCES, ids=locale_of)
def test_the_catalog_declares_the_plural_forms_of_its_language(po_path):
    count, expression = get_plural(locale_of(po_path))
    assert load_catalog(po_path).plural_forms == f"nplurals={count}; plural={expression};"


@pytest.mark.parametrize("po_path", SOURCES, ids=locale_of)
def test_every_entry_is_translated_and_none_is_fuzzy(po_path):
    catalog = load_catalog(po_path)
    untranslated = [m.id for m in entries(catalog) if not m.string or not all(m.string)]
    fuzzy = [m.id for m in entries(catalog) if m.fuzzy]
    assert not untranslated, f"untranslated in {po_path}: {untranslated}"
    assert not fuzzy, f"fuzzy in {po_path}: {fuzzy}"


@pytest.mark.parametrize("po_path", SOURCES, ids=locale_of)
def test_every_message_the_code_uses_is_in_the_catalog(po_path):
    catalog = load_catalog(po_path)
    known = {(m.context, m.id if isinstance(m.id, str) else m.id[0]) for m in entries(catalog)}
    used = messages_in_code()
    missing = {
        f"{key[1]!r} ({', '.join(where)})" for key, where in used.items() if key not in known
    }
    assert not missing, (
        f"messages missing from {po_path} — run `python -m cipeditor.catalogs extract`"
        " and `update`, then translate them:\n" + "\n".join(sorted(missing))
    )


@pytest.mark.parametrize("po_path", SOURCES, ids=locale_of)
def test_the_catalog_holds_no_message_the_code_no_longer_uses(po_path):
    used = messages_in_code()
    stale = [
        m.id
        for m in entries(load_catalog(po_path))
        if (m.context, m.id if isinstance(m.id, str) else m.id[0]) not in used
    ]
    assert not stale, f"obsolete entries (run `update`): {stale}"


@pytest.mark.parametrize(("po_path", "message"), all_entries())
def test_a_translation_keeps_the_placeholders_of_its_message(po_path, message):
    ids = [message.id] if isinstance(message.id, str) else list(message.id)
    strings = [message.string] if isinstance(message.string, str) else list(message.string)
    for translation in strings:
        assert placeholders(translation) == placeholders(ids[-1])
        assert translation.endswith("\n") == ids[0].endswith("\n")


@pytest.mark.parametrize(("po_path", "message"), all_entries())
def test_chinese_text_uses_full_width_punctuation(po_path, message):
    if not locale_of(po_path).startswith("zh"):
        pytest.skip("a rule of Chinese typography")
    translation = message.string if isinstance(message.string, str) else message.string[0]
    assert not _ASCII_PUNCTUATION_BESIDE_HAN.search(translation), translation


def test_the_argparse_texts_marked_for_translation_are_argparse_s_own():
    source = inspect.getsource(argparse)
    unknown = [text for text in ARGPARSE_MESSAGES if repr(text)[1:-1] not in source]
    assert not unknown, f"argparse in this Python does not use: {unknown}"
