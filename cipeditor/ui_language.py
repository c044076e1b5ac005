"""Choosing and installing the interface language, without Qt.

The language is, in order: ``--ui-lang LOCALE`` on the command line (and then
remembered), the choice remembered from Preferences or an earlier
``--ui-lang``, the system locale (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``,
``LANG``), and English.

The choice is kept in a small JSON file, ``$XDG_CONFIG_HOME/cipeditor/ui.json``,
rather than in QSettings: the command line translates its own help and messages
and must read the choice without importing Qt, and JSON needs nothing but the
standard library on either side.
"""

from __future__ import annotations

import gettext
import json
import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from cipeditor import catalogs, messages
from cipeditor.errors import UserError
from cipeditor.i18n import SOURCE_LANGUAGE, _, install_translations
from cipeditor.paths import TRANSLATIONS

OPTION = "--ui-lang"
SETTINGS_KEY = "ui_lang"
_ENV_ORDER = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
# Simplified Chinese under every name a system may give it. Traditional Chinese
# (zh_TW, zh_HK, zh_MO, zh_Hant) has no catalog yet and falls back to English.
_SIMPLIFIED = {"zh", "zh_cn", "zh_sg", "zh_hans", "zh_hans_cn", "zh_hans_sg", "zh_my"}


def available_locales(root: Path = TRANSLATIONS) -> list[str]:
    """English (the source) and every locale with a catalog, e.g. ``["en", "zh_CN"]``."""
    found = {path.parent.parent.name for path in root.glob("*/LC_MESSAGES/*.[pm]o")}
    return [SOURCE_LANGUAGE, *sorted(found - {SOURCE_LANGUAGE})]


def normalize(tag: str, root: Path = TRANSLATIONS) -> str | None:
    """The available locale a tag such as ``zh-CN``, ``zh_SG.UTF-8`` or ``en_GB`` means.

    ``None`` when no catalog serves it (``zh_TW``, ``fr``); ``C``/``POSIX`` mean English.
    """
    base = re.split(r"[.@]", tag, maxsplit=1)[0].replace("-", "_").strip()
    if not base:
        return None
    key = base.lower()
    if key in ("c", "posix") or key == "en" or key.startswith("en_"):
        return SOURCE_LANGUAGE
    if key in _SIMPLIFIED:
        key = "zh_cn"
    by_key = {locale.lower(): locale for locale in available_locales(root)}
    return by_key.get(key) or by_key.get(key.split("_")[0])


def system_locale(environ: Mapping[str, str] | None = None) -> str:
    """The interface locale the environment asks for, as gettext reads it; English if none."""
    environ = os.environ if environ is None else environ
    for name in _ENV_ORDER:
        value = environ.get(name, "")
        if not value:
            continue
        # LANGUAGE is a list of preferences ("zh_TW:zh_CN:en"); the others hold one locale.
        for tag in value.split(":") if name == "LANGUAGE" else [value]:
            locale = normalize(tag)
            if locale:
                return locale
        if name != "LANGUAGE":
            return SOURCE_LANGUAGE
    return SOURCE_LANGUAGE


@dataclass(frozen=True)
class LanguageChoice:
    """One entry of the language list in Preferences; ``locale`` None is "the system's"."""

    locale: str | None
    label: str


# Each language is listed under its own name, so that a user who cannot read the
# current interface still finds theirs.
_AUTONYMS = {"en": "English", "zh_CN": "简体中文"}


def language_name(locale: str) -> str:
    """The name of ``locale`` in that language: "English", "简体中文", "Français"."""
    if locale in _AUTONYMS:
        return _AUTONYMS[locale]
    from babel import Locale

    return Locale.parse(locale).get_display_name() or locale


def language_choices() -> list[LanguageChoice]:
    """What Preferences offers: the system's language, then every available one."""
    return [
        # L10N: in Preferences, the interface language that follows the system's locale.
        LanguageChoice(None, _("System default")),
        *(LanguageChoice(locale, language_name(locale)) for locale in available_locales()),
    ]


def settings_path() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "cipeditor" / "ui.json"


def saved_choice() -> str | None:
    """The locale chosen earlier in Preferences or by ``--ui-lang``, if still available."""
    try:
        settings = json.loads(settings_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None  # no choice yet, or a damaged file: the system locale decides
    value = settings.get(SETTINGS_KEY) if isinstance(settings, dict) else None
    return normalize(value) if isinstance(value, str) else None


def save_choice(locale: str | None) -> None:
    """Remember ``locale`` for the next start; ``None`` goes back to the system locale."""
    path = settings_path()
    try:
        settings = json.loads(path.read_text(encoding="utf-8"))
        settings = settings if isinstance(settings, dict) else {}
    except (OSError, ValueError):
        settings = {}
    if locale is None:
        settings.pop(SETTINGS_KEY, None)
    else:
        settings[SETTINGS_KEY] = locale
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(settings, indent=2) + "\n", encoding="utf-8")
    except OSError as error:
        messages.warning(
            _("could not remember the interface language in {path}: {reason}").format(
                path=path, reason=error.strerror or error
            )
        )


def startup_locale() -> str:
    """The locale to start in when the command line does not say."""
    return saved_choice() or system_locale()


def install_language(locale: str, root: Path = TRANSLATIONS) -> str:
    """Make ``locale`` the language of every message; returns the locale installed.

    A locale without a catalog, or a catalog that cannot be compiled or read,
    leaves the interface in English (with a warning for a damaged catalog)
    rather than stopping the program.
    """
    translations = _load_catalog(locale, root) if locale != SOURCE_LANGUAGE else None
    if translations is None:
        translations, locale = gettext.NullTranslations(), SOURCE_LANGUAGE
    install_translations(translations, locale)
    _translate_argparse()
    return locale


def _load_catalog(locale: str, root: Path) -> gettext.GNUTranslations | None:
    try:
        mo_path = catalogs.ensure_compiled(locale, root)
        if mo_path is None:
            return None
        with mo_path.open("rb") as stream:
            return gettext.GNUTranslations(stream)
    except Exception as error:  # a damaged catalog must not stop the program
        messages.warning(
            _("cannot load the {locale} interface catalog ({error}); using English").format(
                locale=locale, error=error
            )
        )
        return None


def _translate_argparse() -> None:
    # argparse looks its texts ("usage:", "options", its error messages) up through
    # its module globals at call time; pointing them at our functions puts them in
    # our catalog (cipeditor/argparse_messages.py marks them for extraction).
    import argparse

    from cipeditor import i18n

    argparse._ = i18n._
    argparse.ngettext = i18n.ngettext


def split_option(argv: Sequence[str]) -> tuple[str | None, list[str]]:
    """Take ``--ui-lang LOCALE`` (or ``--ui-lang=LOCALE``) out of ``argv``, wherever it is."""
    rest: list[str] = []
    value: str | None = None
    items = iter(argv)
    for arg in items:
        if arg == "--":
            rest.extend([arg, *items])
            break
        if arg == OPTION:
            value = next(items, "")
        elif arg.startswith(OPTION + "="):
            value = arg.partition("=")[2]
        else:
            rest.append(arg)
    return value, rest


def apply_command_line(argv: Sequence[str]) -> list[str]:
    """Install the interface language for this run; returns ``argv`` without ``--ui-lang``.

    Raises :class:`UserError` (in the language the run falls back to) for a
    locale without a catalog.
    """
    requested, rest = split_option(argv)
    if requested is None:
        install_language(startup_locale())
        return rest
    locale = normalize(requested)
    if locale is None:
        install_language(startup_locale())
        raise UserError(
            _("unknown interface language “{locale}”; choose one of: {available}").format(
                locale=requested, available=", ".join(available_locales())
            )
        )
    install_language(locale)
    save_choice(locale)
    return rest
