"""The ``.cip`` file: UTF-8 JSON with a stable key order, validated field by field.

The layout is documented in ``docs/file-format.md``. Loading refuses a bad file
with one :class:`~cipeditor.errors.InputError` naming the file, the field and
the problem; saving is atomic and deterministic, so that loading and saving an
unchanged article gives the same bytes.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path
from typing import Any

from cipeditor.article.model import (
    LANGS,
    META_FIELDS,
    AcceptedIssue,
    Article,
    Bilingual,
    Kind,
    Meta,
    Pair,
    Status,
)
from cipeditor.errors import InputError
from cipeditor.fileio import MiB, atomic_write, read_bytes
from cipeditor.i18n import N_, _

FORMAT_NAME = "cipeditor-article"
FORMAT_VERSION = 1
MAX_FILE_SIZE = 64 * MiB
MAX_TEXT_LENGTH = 1_000_000
MAX_PAIRS = 200_000
MAX_TAGS = 200
MAX_VIEWS = 10**15

_KIND_VALUES = [kind.value for kind in Kind]  # built once: enum iteration is slow per pair
_KINDS = {kind.value: kind for kind in Kind}
_PAIR_FIELDS = frozenset({"zh", "en", "kind", "note"})
_STATUS_VALUES = [status.value for status in Status]
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")

_STATUS_ALIASES = {"in review": Status.IN_REVIEW, "in_review": Status.IN_REVIEW}


def dumps(article: Article) -> str:
    """Serialise ``article`` to the canonical text of a ``.cip`` file."""
    document = {"format": FORMAT_NAME, "version": FORMAT_VERSION}
    document["meta"] = _meta_to_json(article.meta)
    document["body"] = [_pair_to_json(pair) for pair in article.body]
    if article.accepted:
        document["accepted"] = [_accepted_to_json(item) for item in article.accepted]
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def save(article: Article, path: str | Path, *, backup: bool = False) -> None:
    """Write ``article`` to ``path`` atomically (see :func:`cipeditor.fileio.atomic_write`)."""
    atomic_write(path, dumps(article).encode("utf-8"), backup=backup)


def load(path: str | Path) -> Article:
    """Read and validate the ``.cip`` file at ``path``."""
    data = read_bytes(path, limit=MAX_FILE_SIZE, what=_("article"))
    return loads(data, source=str(path))


def loads(data: bytes | str, *, source: str = "<article>") -> Article:
    """Parse and validate the bytes of a ``.cip`` file; ``source`` names it in messages."""
    document = _parse_json(data, source)
    return _Validator(source).article(document)


# L10N: what to do with a file that is not an article; "File › Import" is the menu item
_NOT_AN_ARTICLE_FIX = N_(
    "to make an article from this file, import it (File › Import, or 'cipeditor import')"
)


def check_savable(article: Article, source: str) -> None:
    """Refuse an article (imported from ``source``) that could be saved but never opened again.

    An import can build anything its source holds; this applies the very rules
    :func:`load` applies (text length, number of pairs …), so that no import
    writes a ``.cip`` file that CIP Editor then refuses.
    """
    loads(dumps(article), source=source)


def _parse_json(data: bytes | str, source: str) -> Any:
    if isinstance(data, bytes):
        if data.startswith(b"\xef\xbb\xbf"):
            data = data[3:]
        if _is_utf16_json(data):
            # An article re-saved by an editor as "Unicode" (UTF-16): say so, not "binary".
            raise InputError(
                source,
                _("the article is saved as UTF-16 text; articles are UTF-8"),
                fix=_("save it again with the encoding UTF-8"),
            )
        try:
            data = data.decode("utf-8")
        except UnicodeDecodeError as error:
            raise InputError(
                source,
                _("not UTF-8 text (invalid byte at offset {offset})").format(offset=error.start),
                fix=_(_NOT_AN_ARTICLE_FIX),
            ) from None
    if not data.lstrip().startswith("{"):
        raise InputError(
            source,
            _("this is not a CIP Editor article (not a JSON object)"),
            fix=_(_NOT_AN_ARTICLE_FIX),
        )
    try:
        return json.loads(data)
    except json.JSONDecodeError as error:
        raise InputError(
            source,
            _("not valid JSON ({reason})").format(reason=error.msg),
            place=_("line {line}, column {column}").format(line=error.lineno, column=error.colno),
            fix=_("the file is damaged or truncated; open its backup (NAME~) if there is one"),
        ) from None
    except RecursionError:
        raise InputError(source, _("the JSON is nested too deeply to be an article")) from None
    except ValueError:  # an integer with more digits than Python converts (4,300)
        raise InputError(
            source,
            _("holds a number with thousands of digits, which no article field can hold"),
            fix=_("the file is damaged or was not written by CIP Editor"),
        ) from None


def _is_utf16_json(data: bytes) -> bool:
    """True for JSON saved as UTF-16, with or without a byte-order mark."""
    for encoding in ("utf-16-le", "utf-16-be"):
        start = data[:64].decode(encoding, errors="ignore")
        if start.lstrip("\ufeff \t\r\n").startswith("{"):
            return True
    return False


class _Validator:
    """Turns parsed JSON into an :class:`Article`, naming the field of the first problem."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, place: str, problem: str, fix: str | None = None) -> InputError:
        return InputError(self.source, problem, place=place, fix=fix)

    def article(self, document: Any) -> Article:
        self.object(
            document,
            "(top level)",
            required={"format", "version", "meta", "body"},
            optional={"accepted"},
        )
        if document["format"] != FORMAT_NAME:
            raise self.fail(
                "format",
                _("this is not a CIP Editor article (format is {value!r})").format(
                    value=document["format"]
                ),
            )
        self.version(document["version"])
        meta = self.meta(document["meta"])
        body = self.body(document["body"])
        accepted = [
            self.accepted(item, f"accepted[{i}]")
            for i, item in enumerate(self.array(document.get("accepted", []), "accepted"))
        ]
        return Article(meta=meta, body=body, accepted=accepted)

    def version(self, value: Any) -> None:
        if type(value) is not int or value < 1:
            raise self.fail("version", _("must be a positive whole number"))
        if value > FORMAT_VERSION:
            raise self.fail(
                "version",
                _(
                    "written by a newer CIP Editor (file format version {found}; this one reads "
                    "version {known})"
                ).format(found=value, known=FORMAT_VERSION),
                _("update CIP Editor to open it"),
            )

    def object(
        self, value: Any, place: str, *, required: set[str], optional: set[str] = frozenset()
    ) -> dict:
        if not isinstance(value, dict):
            raise self.fail(
                place, _("must be an object {{…}}, not {type}").format(type=_kind(value))
            )
        missing = sorted(required - value.keys())
        if missing:
            raise self.fail(place, _("the field {name!r} is missing").format(name=missing[0]))
        unknown = sorted(value.keys() - required - optional)
        if unknown:
            raise self.fail(
                f"{place}.{unknown[0]}" if place != "(top level)" else unknown[0],
                _("unknown field"),
                _("remove it, or update CIP Editor if a newer version wrote it"),
            )
        return value

    def array(self, value: Any, place: str, limit: int = MAX_PAIRS) -> list:
        if not isinstance(value, list):
            raise self.fail(place, _("must be a list [...], not {type}").format(type=_kind(value)))
        if len(value) > limit:
            raise self.fail(
                place,
                _("has {count} entries; the limit is {limit}").format(
                    count=len(value), limit=limit
                ),
            )
        return value

    def text(self, value: Any, place: str) -> str:
        if not isinstance(value, str):
            raise self.fail(place, _("must be text, not {type}").format(type=_kind(value)))
        if len(value) > MAX_TEXT_LENGTH:
            raise self.fail(
                place,
                _("is {length} characters long; the limit is {limit}").format(
                    length=len(value), limit=MAX_TEXT_LENGTH
                ),
            )
        surrogate = _LONE_SURROGATE.search(value)
        if surrogate:
            # JSON's "\ud800" escapes decode to lone surrogates, which no UTF-8 file can hold:
            # accepting one would make the article impossible to save.
            raise self.fail(
                place,
                _(
                    "holds an invalid character (a lone UTF-16 surrogate, \\u{code:04x}) "
                    "at position {position}"
                ).format(code=ord(surrogate.group()), position=surrogate.start()),
                _("remove the escape from the file, or export the text again from its source"),
            )
        return value

    def bilingual(self, value: Any, place: str) -> Bilingual:
        self.object(value, place, required=set(LANGS))
        return Bilingual(
            zh=self.text(value["zh"], f"{place}.zh"), en=self.text(value["en"], f"{place}.en")
        )

    def choice(self, value: Any, place: str, allowed: list[str]) -> str:
        if not isinstance(value, str) or value not in allowed:
            raise self.fail(
                place,
                _("must be one of {allowed}, not {value}").format(
                    allowed=", ".join(allowed), value=json.dumps(value)[:40]
                ),
            )
        return value

    def meta(self, value: Any) -> Meta:
        self.object(value, "meta", required={"title"}, optional=set(META_FIELDS) - {"title"})
        status = value.get("status", Status.DRAFT.value)
        if isinstance(status, str) and status.lower() in _STATUS_ALIASES:
            status = _STATUS_ALIASES[status.lower()].value
        return Meta(
            title=self.bilingual(value["title"], "meta.title"),
            summary=self.bilingual(value.get("summary", {"zh": "", "en": ""}), "meta.summary"),
            category=self.bilingual(value.get("category", {"zh": "", "en": ""}), "meta.category"),
            published=self.published(value.get("published")),
            views=self.views(value.get("views")),
            author=self.text(value.get("author", ""), "meta.author"),
            source=self.text(value.get("source", ""), "meta.source"),
            contact=self.text(value.get("contact", ""), "meta.contact"),
            tags=[
                self.text(tag, f"meta.tags[{i}]")
                for i, tag in enumerate(self.array(value.get("tags", []), "meta.tags", MAX_TAGS))
            ],
            status=Status(self.choice(status, "meta.status", _STATUS_VALUES)),
            source_lang=self.choice(
                value.get("source_lang", "zh"), "meta.source_lang", list(LANGS)
            ),
        )

    def published(self, value: Any) -> datetime | None:
        if value is None:
            return None
        text = self.text(value, "meta.published")
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            raise self.fail(
                "meta.published",
                _("{value!r} is not a date and time").format(value=text[:40]),
                _("write it as 2019-11-02T18:40:10+08:00"),
            ) from None
        if moment.tzinfo is None:
            raise self.fail(
                "meta.published",
                _("the time zone offset is missing"),
                _("write it as 2019-11-02T18:40:10+08:00"),
            )
        return moment

    def views(self, value: Any) -> int | None:
        if value is None:
            return None
        if type(value) is not int or not 0 <= value <= MAX_VIEWS:
            raise self.fail(
                "meta.views",
                _("must be a whole number from 0 to {limit}, or null").format(limit=MAX_VIEWS),
            )
        return value

    def body(self, value: Any) -> list[Pair]:
        return [self.pair(item, f"body[{i}]") for i, item in enumerate(self.array(value, "body"))]

    def pair(self, value: Any, place: str) -> Pair:
        quick = _quick_pair(value)
        if quick is not None:
            return quick
        self.object(value, place, required={"zh", "en"}, optional={"kind", "note"})
        kind = self.choice(value.get("kind", Kind.PARAGRAPH.value), f"{place}.kind", _KIND_VALUES)
        return Pair(
            zh=self.text(value["zh"], f"{place}.zh"),
            en=self.text(value["en"], f"{place}.en"),
            kind=Kind(kind),
            note=self.text(value.get("note", ""), f"{place}.note"),
        )

    def accepted(self, value: Any, place: str) -> AcceptedIssue:
        self.object(
            value,
            place,
            required={"check", "field", "text"},
            optional={"paragraph", "lang", "start"},
        )
        return AcceptedIssue(
            check=self.text(value["check"], f"{place}.check"),
            field=self.text(value["field"], f"{place}.field"),
            paragraph=self.optional_index(value.get("paragraph"), f"{place}.paragraph"),
            lang=None
            if value.get("lang") is None
            else self.choice(value["lang"], f"{place}.lang", list(LANGS)),
            text=self.text(value["text"], f"{place}.text"),
            start=self.optional_index(value.get("start"), f"{place}.start"),
        )

    def optional_index(self, value: Any, place: str) -> int | None:
        if value is None:
            return None
        if type(value) is not int or not 0 <= value <= MAX_TEXT_LENGTH:
            raise self.fail(place, _("must be a whole number from 0, or null"))
        return value


def _kind(value: Any) -> str:
    """A JSON type name for messages."""
    names = {
        dict: "an object",
        list: "a list",
        str: "text",
        bool: "true/false",
        int: "a number",
        float: "a number",
        type(None): "null",
    }
    return names.get(type(value), type(value).__name__)


def _meta_to_json(meta: Meta) -> dict:
    return {
        "title": _bilingual_to_json(meta.title),
        "summary": _bilingual_to_json(meta.summary),
        "category": _bilingual_to_json(meta.category),
        "published": meta.published.isoformat() if meta.published else None,
        "views": meta.views,
        "author": meta.author,
        "source": meta.source,
        "contact": meta.contact,
        "tags": list(meta.tags),
        "status": meta.status.value,
        "source_lang": meta.source_lang,
    }


def _bilingual_to_json(value: Bilingual) -> dict:
    return {"zh": value.zh, "en": value.en}


def _pair_to_json(pair: Pair) -> dict:
    item = {"kind": pair.kind.value, "zh": pair.zh, "en": pair.en}
    if pair.note:
        item["note"] = pair.note
    return item


def _accepted_to_json(item: AcceptedIssue) -> dict:
    return {
        "check": item.check,
        "field": item.field,
        "paragraph": item.paragraph,
        "lang": item.lang,
        "start": item.start,
        "text": item.text,
    }


def _quick_pair(value: Any) -> Pair | None:
    """The pair ``value`` holds when one quick test vouches for all of it, else None.

    A long article has thousands of pairs, nearly all of them sound: this
    makes the checks :meth:`_Validator.pair` makes, without naming a place
    for each field; whatever it cannot vouch for goes the long way, which
    says what is wrong and where.
    """
    if type(value) is not dict or not value.keys() <= _PAIR_FIELDS:
        return None
    zh, en = value.get("zh"), value.get("en")
    kind = value.get("kind", "paragraph")
    kind = _KINDS.get(kind) if type(kind) is str else None
    note = value.get("note", "")
    if (
        type(zh) is not str
        or type(en) is not str
        or type(note) is not str
        or kind is None
        or max(len(zh), len(en), len(note)) > MAX_TEXT_LENGTH
        or _LONE_SURROGATE.search(zh)
        or _LONE_SURROGATE.search(en)
        or _LONE_SURROGATE.search(note)
    ):
        return None
    return Pair(zh=zh, en=en, kind=kind, note=note)
