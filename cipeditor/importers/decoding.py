"""Bytes to text for the importers: encoding detection, binary refusal, newline clean-up.

The order of the tests matters, because detectors are weakest where a press
office needs them most, on short Chinese files:

1. a byte-order mark decides (UTF-8, UTF-16 LE/BE, UTF-32);
2. NUL bytes that read as plausible text in one UTF-16 byte order are BOM-less UTF-16;
3. any other NUL byte means the file is binary, and it is refused;
4. strict UTF-8 is tried next: valid UTF-8 is almost never an accident;
5. otherwise charset-normalizer chooses among GB18030 (which contains GBK and
   GB2312), Big5 (read as Microsoft's cp950 superset) and Windows-1252, and when
   both Chinese encodings could read the bytes, the one whose characters fall in
   its own "frequently used" block wins (see :func:`_common_share`).

The result has ``\\n`` newlines and no byte-order mark. Text with many control
characters is refused as binary; a few stray ones are removed with a warning.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from cipeditor import messages
from cipeditor.errors import InputError
from cipeditor.fileio import MiB, read_bytes
from cipeditor.i18n import _, ngettext

MAX_TEXT_FILE = 20 * MiB
"""Larger than any article; a file this size is a mistake, not a press release."""

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_CANDIDATES = ["gb18030", "cp950", "cp1252"]
# Detectors report GB18030's subsets or Big5's variants by their own names.
_SUPERSETS = {"gbk": "gb18030", "gb2312": "gb18030", "big5": "cp950", "hz": "gb18030"}
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")
_BINARY_CONTROL_SHARE = 0.02
_SAMPLE = 4096
# Breaks other than "\n": a page break or a Unicode paragraph separator ends a paragraph;
# Word's manual line break (vertical tab when copied as text), NEL and the Unicode line
# separator end a line. Removed as control characters, they would glue words together.
_BREAKS = (("\f", "\n\n"), ("\u2029", "\n\n"), ("\v", "\n"), ("\x85", "\n"), ("\u2028", "\n"))
# Printable ASCII and white space, Latin letters and typographic punctuation, CJK
# punctuation, kana and ideographs, full-width forms: what a press release is made of.
_PLAUSIBLE = re.compile(
    "[\t\n\r\x20-\x7e\u00a0-\u024f\u2000-\u206f\u20ac\u2100-\u2bff"
    "\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]"
)
_UTF16_TEXT_SHARE = 0.95
_DAMAGED_UTF8 = re.compile("ÿþ|þÿ|[ÃÂ](?![A-Za-zÀ-ÖØ-öø-ÿ])")


def read_text(path: str | Path) -> str:
    """Read a text file of any common Chinese or English encoding (see the module docstring)."""
    data = read_bytes(path, limit=MAX_TEXT_FILE, what=_("text file"))
    return decode(data, str(path))


def decode(data: bytes, source: str) -> str:
    """Decode ``data`` (read from ``source``, named in messages) to clean text."""
    encoding = _detect(data, source)
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        raise InputError(
            source,
            _("not valid {encoding} text (bad byte at offset {offset})").format(
                encoding=encoding.upper(), offset=error.start
            ),
            fix=_("save the file again as UTF-8"),
        ) from None
    if encoding == "cp1252":
        _refuse_damaged_utf8(data, text, source)
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    for old, new in _BREAKS:
        if old in text:  # str.translate is slow on megabytes; replace() is not
            text = text.replace(old, new)
    return _without_stray_controls(text, source)


def _refuse_damaged_utf8(data: bytes, text: str, source: str) -> None:
    """Windows-1252 reads any bytes, so it also "reads" a damaged UTF-8 file as nonsense.

    Text that really is Windows-1252 English (or French, German …) uses accented
    letters and typographic punctuation; mangled UTF-8 shows as characters no
    such text holds: a byte-order mark read as "ÿþ"/"þÿ", or "Ã"/"Â" (the lead
    bytes of two-byte UTF-8) before something that is not a letter.
    """
    if not _DAMAGED_UTF8.search(text):
        return
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        offset = error.start
    else:
        return  # unreachable today: valid UTF-8 is never read as Windows-1252
    raise InputError(
        source,
        _(
            "not valid UTF-8 text (bad byte at offset {offset}), nor text in another encoding"
        ).format(offset=offset),
        fix=_("the file is damaged; save it again as UTF-8 from its source"),
    )


def _detect(data: bytes, source: str) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    utf16 = _bomless_utf16(data)
    if utf16:
        return utf16
    if b"\x00" in data:
        raise _binary(source)
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return "utf-8"
    return _detect_legacy(data, source)


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: the byte order whose start reads as text rather than noise.

    Counting NULs on each side is not enough: ASCII puts its NUL on one side, but
    the full-width indent "　" (U+3000) and 一 (U+4E00) put theirs on the other,
    and Chinese paragraphs begin with "　　". So both byte orders are decoded and
    the one whose characters are (nearly) all printable text wins.
    """
    if len(data) < 4 or len(data) % 2 or b"\x00" not in data[:_SAMPLE]:
        return None
    sample = data[:_SAMPLE]
    scores = {encoding: _text_share(sample, encoding) for encoding in ("utf-16-le", "utf-16-be")}
    encoding = max(scores, key=scores.__getitem__)
    if scores[encoding] < _UTF16_TEXT_SHARE:
        return None
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return None
    return encoding


def _text_share(sample: bytes, encoding: str) -> float:
    """The share of characters in ``sample`` that plausibly belong to Chinese or English text."""
    # An incremental decoder keeps a surrogate pair cut at the end of the sample for later.
    text = codecs.getincrementaldecoder(encoding)(errors="replace").decode(sample, final=False)
    if not text:
        return 0.0
    return len(_PLAUSIBLE.findall(text)) / len(text)


def _detect_legacy(data: bytes, source: str) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=_CANDIDATES).best()
    if best is None:
        raise InputError(
            source,
            _("the text encoding cannot be recognised (not UTF-8, UTF-16, GB18030 or Big5)"),
            fix=_("save the file as UTF-8 text and import it again"),
        )
    encoding = _SUPERSETS.get(best.encoding, best.encoding)
    if encoding in ("gb18030", "cp950"):
        encoding = _better_chinese(data, encoding)
    return encoding


def _better_chinese(data: bytes, detected: str) -> str:
    """Second opinion for short files, where statistical detection is a coin toss."""
    other = "cp950" if detected == "gb18030" else "gb18030"
    try:
        data.decode(other)
    except UnicodeDecodeError:
        return detected
    if _common_share(data, other) > _common_share(data, detected):
        return other
    return detected


def _common_share(data: bytes, encoding: str) -> float:
    """The share of two-byte characters in the encoding's block of frequently used characters.

    GB2312 level 1 (lead bytes B0–D7, trail bytes A1–FE) holds the 3,755 most
    common simplified characters; Big5 A440–C67E holds the 5,401 most common
    traditional ones. Real text lives almost entirely in its own block, while
    the same bytes read in the other encoding land there much less often.
    """
    common = total = 0
    i = 0
    data = data[:_SAMPLE]  # a tie-breaker: the start of the file is evidence enough
    while i < len(data) - 1:
        lead, trail = data[i], data[i + 1]
        if lead < 0x80:
            i += 1
            continue
        total += 1
        if encoding == "gb18030":
            common += 0xB0 <= lead <= 0xD7 and 0xA1 <= trail <= 0xFE
        else:
            common += 0xA440 <= (lead << 8 | trail) <= 0xC67E
        i += 2
    return common / total if total else 0.0


def _without_stray_controls(text: str, source: str) -> str:
    found = len(_CONTROL.findall(text))
    if not found:
        return text
    if found > max(1, len(text) * _BINARY_CONTROL_SHARE):
        raise _binary(source)
    messages.warning(
        ngettext(
            "{source}: {count} control character removed",
            "{source}: {count} control characters removed",
            found,
        ).format(source=source, count=found)
    )
    return _CONTROL.sub("", text)


def _binary(source: str) -> InputError:
    return InputError(
        source,
        _("this is a binary file, not text"),
        fix=_("import a text (.txt) file, or save the document as text first"),
    )
