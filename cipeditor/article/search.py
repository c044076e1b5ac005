"""Find and replace across an article: both sides and the metadata, or one language side.

A :class:`Query` says what to look for and where; :func:`find_all` lists the
hits as :class:`Match` records; :func:`plan_replace_all` / :func:`plan_replace_one`
compute the :class:`Change` records a replacement makes without touching the
article (the window turns them into one undo step), and :func:`replace_all` /
:func:`replace_one` apply them directly (command line, tests).

Rules a user will notice:

- Scope ``all`` searches every text (metadata then body); ``zh``/``en`` search
  that side's body and its bilingual metadata (title, summary, category) only.
- "Whole word" applies at the Latin edges of a hit only: a hit may not begin
  inside a Latin word or number when it begins with a Latin letter or digit,
  and likewise at its end. Chinese is not written in words, so a hit that
  starts or ends with a Chinese character (or punctuation) is accepted there.
  "CIP" whole-word matches in "CIP园区" but not in "CIPs"; "园区" matches anywhere.
- Plain text is searched literally; regular expressions use Python's ``re``.
  A pattern that does not compile raises :class:`PatternError` with the
  position of the problem; a pattern with runaway nested repetition is refused
  (see :mod:`cipeditor.text.regex_guard`); at most :data:`MAX_MATCHES` hits are listed.
- Empty hits (``^``, ``x*``) are skipped: there is nothing to select or replace.
- In regex mode the replacement may use ``\\1`` and ``\\g<name>``; in plain mode it is literal.
- A replacement that would put a line break (``\\n``) into a pair or a one-line field is
  refused with a :class:`PatternError`: a pair's side is one paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum

from cipeditor.article.model import LANGS, Article
from cipeditor.article.textfields import TextRef, get_text, iter_texts, set_text
from cipeditor.errors import UserError
from cipeditor.i18n import N_, _
from cipeditor.text.regex_guard import has_nested_repetition

MAX_MATCHES = 10_000
MAX_PATTERN_LENGTH = 1_000

# Letters and digits of Latin script: the characters that make up a "word" for whole-word search.
_LATIN = "0-9A-Za-z\u00c0-\u024f"
# Zero-width guards: if the text before (after) the hit is Latin, the hit may not start (end) Latin.
_WORD_START = f"(?:(?<![{_LATIN}])|(?![{_LATIN}]))"
_WORD_END = f"(?:(?![{_LATIN}])|(?<![{_LATIN}]))"


class Scope(StrEnum):
    """Which texts a search looks at."""

    ALL = "all"
    ZH = "zh"
    EN = "en"

    @property
    def label(self) -> str:
        """Untranslated display name; pass it through ``_()`` to show it."""
        return _SCOPE_LABELS[self]

    @property
    def langs(self) -> tuple[str, ...]:
        return LANGS if self is Scope.ALL else (self.value,)


_SCOPE_LABELS = {
    Scope.ALL: N_("Both sides and metadata"),
    Scope.ZH: N_("Chinese"),
    Scope.EN: N_("English"),
}


class PatternError(UserError):
    """A search pattern that cannot be used; ``position`` (from 0) is where the problem is."""

    def __init__(self, message: str, position: int | None = None) -> None:
        super().__init__(message)
        self.position = position


@dataclass(frozen=True)
class Query:
    """What to look for, and how."""

    text: str
    scope: Scope = Scope.ALL
    case_sensitive: bool = False
    whole_word: bool = False
    regex: bool = False


@dataclass(frozen=True)
class Match:
    """One hit: the text it is in and the character offsets ``start``..``end`` in that text."""

    ref: TextRef
    start: int
    end: int
    text: str

    @property
    def field(self) -> str:
        return self.ref.field

    @property
    def paragraph(self) -> int | None:
        """The pair index for body hits (the tag index for ``tags``), else None."""
        return self.ref.index

    @property
    def lang(self) -> str | None:
        return self.ref.lang


@dataclass(frozen=True)
class Change:
    """One text rewritten by a replacement: enough to redo and undo it."""

    ref: TextRef
    old: str
    new: str
    count: int


def compile_query(query: Query) -> re.Pattern[str]:
    """The compiled pattern for ``query``; raises :class:`PatternError` if it cannot be used."""
    if len(query.text) > MAX_PATTERN_LENGTH:
        raise PatternError(
            _("The search text is too long ({length} characters, at most {limit}).").format(
                length=len(query.text), limit=MAX_PATTERN_LENGTH
            )
        )
    flags = 0 if query.case_sensitive else re.IGNORECASE
    source = query.text if query.regex else re.escape(query.text)
    if query.regex:
        try:
            re.compile(source, flags)
        except re.error as error:
            raise PatternError(
                _("Regular expression error at position {position}: {problem}").format(
                    # L10N: position counts characters from 1
                    position=error.pos + 1 if error.pos is not None else "?",
                    problem=error.msg,
                ),
                error.pos,
            ) from None
        if has_nested_repetition(source, flags):
            raise PatternError(
                _(
                    "This regular expression repeats a repetition, as in (a+)+, and could take "
                    "forever; write the inner part without its own + or *."
                )
            )
    if query.whole_word:
        source = f"{_WORD_START}(?:{source}){_WORD_END}"
    return re.compile(source, flags)


def _hits(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    return (hit for hit in pattern.finditer(text) if hit.end() > hit.start())


def find_all(article: Article, query: Query, limit: int = MAX_MATCHES) -> list[Match]:
    """Every hit of ``query`` in reading order, at most ``limit`` (more exist if it is reached)."""
    if not query.text:
        return []
    pattern = compile_query(query)
    found: list[Match] = []
    for ref in iter_texts(article, query.scope.langs):
        for hit in _hits(pattern, get_text(article, ref)):
            found.append(Match(ref, hit.start(), hit.end(), hit.group()))
            if len(found) >= limit:
                return found
    return found


_DOLLAR_REFERENCE = re.compile(r"\$(?:(\$)|\{(\w+)\}|(\d+))")


def python_template(replacement: str) -> str:
    r"""``replacement`` with the ``$1`` / ``${1}`` / ``${name}`` group references other
    editors use written as Python's ``\g<…>`` (``\1`` and ``\g<name>`` keep working);
    ``$$`` is a dollar sign."""

    def rewrite(found: re.Match[str]) -> str:
        if found.group(1):
            return "$"
        return "\\g<" + (found.group(2) or found.group(3)) + ">"

    return _DOLLAR_REFERENCE.sub(rewrite, replacement)


def _expand(query: Query, hit: re.Match[str], replacement: str) -> str:
    if not query.regex:
        return replacement
    try:
        return hit.expand(python_template(replacement))
    except (re.error, IndexError) as error:
        raise PatternError(
            _("The replacement cannot be used: {problem}").format(problem=error)
        ) from None


MULTILINE_FIELDS = frozenset({"summary"})
"""The texts that may hold line breaks; a pair's side is one paragraph, a title one line."""


def _has_line_break(text: str) -> bool:
    return "".join(text.splitlines()) != text


def _no_line_break(new: str, old: str) -> str:
    """``new`` (replacing ``old``), or a :class:`PatternError` if it would break a
    one-paragraph text in two (a break already there may stay).

    Refused rather than turned into a space: whoever writes ``\\n`` wants a new paragraph,
    which a replacement cannot make (that is a new pair); a space would quietly do
    something else, hundreds of times over with Replace All.
    """
    if _has_line_break(new) and not _has_line_break(old):
        raise PatternError(
            _(
                "The replacement puts a line break inside a pair or a one-line field, "
                "which holds one paragraph. To make two pairs, put the cursor where the "
                "second should start and press Enter."
            )
        )
    return new


def _rewrite(
    query: Query,
    pattern: re.Pattern[str],
    ref: TextRef,
    text: str,
    replacement: str,
    *,
    only=None,
):
    """``text`` with the hits replaced (only the one at ``only`` = (start, end) if given)."""
    parts: list[str] = []
    last = 0
    count = 0
    for hit in _hits(pattern, text):
        if only is not None and (hit.start(), hit.end()) != only:
            continue
        new = _expand(query, hit, replacement)
        if ref.field not in MULTILINE_FIELDS:
            new = _no_line_break(new, hit.group())
        parts += [text[last : hit.start()], new]
        last = hit.end()
        count += 1
    parts.append(text[last:])
    return "".join(parts), count


def plan_replace_all(article: Article, query: Query, replacement: str) -> list[Change]:
    """The changes replacing every hit would make; the article is left as it is."""
    if not query.text:
        return []
    pattern = compile_query(query)
    changes = []
    for ref in iter_texts(article, query.scope.langs):
        old = get_text(article, ref)
        new, count = _rewrite(query, pattern, ref, old, replacement)
        if count:
            changes.append(Change(ref, old, new, count))
    return changes


def plan_replace_one(
    article: Article, query: Query, replacement: str, match: Match
) -> Change | None:
    """The change replacing ``match``, or None if the text no longer has that hit there."""
    pattern = compile_query(query)
    try:
        old = get_text(article, match.ref)
    except (IndexError, AttributeError):
        return None
    new, count = _rewrite(
        query, pattern, match.ref, old, replacement, only=(match.start, match.end)
    )
    return Change(match.ref, old, new, count) if count else None


def apply_changes(article: Article, changes: list[Change], *, undo: bool = False) -> None:
    """Write the new texts of ``changes`` (the old ones when ``undo``)."""
    for change in changes:
        set_text(article, change.ref, change.old if undo else change.new)


def replace_all(article: Article, query: Query, replacement: str) -> list[Change]:
    """Replace every hit of ``query`` in ``article``; returns what changed."""
    changes = plan_replace_all(article, query, replacement)
    apply_changes(article, changes)
    return changes


def replace_one(article: Article, query: Query, replacement: str, match: Match) -> Change | None:
    """Replace the one hit ``match``; returns the change, or None if it is gone."""
    change = plan_replace_one(article, query, replacement, match)
    if change is not None:
        apply_changes(article, [change])
    return change
