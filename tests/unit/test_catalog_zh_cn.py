"""The zh_CN interface catalog: complete, current with the code, placeholders intact."""

from __future__ import annotations

import argparse
import inspect
import re
import string
from collections import Counter

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_keywords, parse_mapping_cfg
from babel.messages.pofile import read_po

from cipeditor import catalogs
from cipeditor.argparse_messages import ARGPARSE_MESSAGES
from tests.conftest import ROOT

ZH_CN = catalogs.source_path("zh_CN")
_PERCENT = re.compile(r"%(?:\([^)]*\))?[#0 +-]*\d*(?:\.\d+)?[a-zA-Z%]")
_HAN = r"[\u3400-\u9fff]"
_ASCII_PUNCTUATION_BESIDE_HAN = re.compile(rf"{_HAN}[,;:!?()]|[,;:!?(]{_HAN}")


def load_catalog():
    with ZH_CN.open("rb") as stream:
        return read_po(stream, locale="zh_CN")


def messages_in_code() -> dict[str, list[str]]:
    """msgid → where it is used, extracted with the repository's own settings."""
    with catalogs.MAPPING_FILE.open() as stream:
        method_map, options_map = parse_mapping_cfg(stream)
    keywords = parse_keywords(list(catalogs.KEYWORDS))
    found: dict[str, list[str]] = {}
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


def test_the_catalog_declares_chinese_with_a_single_plural_form():
    catalog = load_catalog()
    assert str(catalog.locale) in ("zh_Hans_CN", "zh_CN")
    assert catalog.plural_forms == "nplurals=1; plural=0;"


def test_every_entry_is_translated_and_none_is_fuzzy():
    catalog = load_catalog()
    untranslated = [m.id for m in entries(catalog) if not m.string or not all(m.string)]
    fuzzy = [m.id for m in entries(catalog) if m.fuzzy]
    assert not untranslated, f"untranslated in {ZH_CN.name}: {untranslated}"
    assert not fuzzy, f"fuzzy in {ZH_CN.name}: {fuzzy}"


def test_every_message_the_code_uses_is_in_the_catalog():
    catalog = load_catalog()
    known = {(m.context, m.id if isinstance(m.id, str) else m.id[0]) for m in entries(catalog)}
    used = messages_in_code()
    missing = {
        f"{key[1]!r} ({', '.join(where)})" for key, where in used.items() if key not in known
    }
    assert not missing, (
        "messages missing from the zh_CN catalog — run `python -m cipeditor.catalogs extract`"
        " and `update`, then translate them:\n" + "\n".join(sorted(missing))
    )


def test_the_catalog_holds_no_message_the_code_no_longer_uses():
    used = messages_in_code()
    stale = [
        m.id
        for m in entries(load_catalog())
        if (m.context, m.id if isinstance(m.id, str) else m.id[0]) not in used
    ]
    assert not stale, f"obsolete entries (run `update`): {stale}"


@pytest.mark.parametrize("message", entries(load_catalog()), ids=lambda m: str(m.id)[:40])
def test_a_translation_keeps_the_placeholders_of_its_message(message):
    ids = [message.id] if isinstance(message.id, str) else list(message.id)
    strings = [message.string] if isinstance(message.string, str) else list(message.string)
    for translation in strings:
        assert placeholders(translation) == placeholders(ids[-1])
        assert translation.endswith("\n") == ids[0].endswith("\n")


@pytest.mark.parametrize("message", entries(load_catalog()), ids=lambda m: str(m.id)[:40])
def test_chinese_text_uses_full_width_punctuation(message):
    translation = message.string if isinstance(message.string, str) else message.string[0]
    assert not _ASCII_PUNCTUATION_BESIDE_HAN.search(translation), translation


def test_the_argparse_texts_marked_for_translation_are_argparse_s_own():
    source = inspect.getsource(argparse)
    unknown = [text for text in ARGPARSE_MESSAGES if repr(text)[1:-1] not in source]
    assert not unknown, f"argparse in this Python does not use: {unknown}"
