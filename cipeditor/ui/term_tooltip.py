"""The tooltip of a glossary term: the whole entry, with a person's title for the article's date."""

from __future__ import annotations

from datetime import date
from html import escape

from cipeditor.glossary.entry import Entry
from cipeditor.i18n import _


def entry_tooltip(entry: Entry, on_date: date | None, problem: str = "") -> str:
    """Rich text describing ``entry``; ``problem`` (if any) comes first, in bold."""
    rows = [(_("Chinese"), " / ".join(entry.zh_forms)), (_("English"), entry.en)]
    if entry.admitted:
        rows.append((_("Admitted"), "; ".join(entry.admitted)))
    if entry.forbidden:
        rows.append((_("Forbidden"), "; ".join(entry.forbidden)))
    rows.append((_("Type"), _(entry.type.label)))
    for title in entry.titles_on(on_date):
        rows.append((_("Title"), f"{title.zh} — {title.en}"))
    if entry.note:
        rows.append((_("Note"), entry.note))
    if entry.case_sensitive:
        rows.append((_("Case"), _("must match exactly")))
    lines = [f"<b>{escape(problem)}</b>"] if problem else []
    lines += [f"{escape(label)}: {escape(value)}" for label, value in rows]
    return "<br>".join(lines)
