"""How one QA issue looks in a list: its severity icon and the place it names.

Shared by the QA panel's rows and its filter buttons, so that an error looks
the same in both.
"""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QStyle

from cipeditor.i18n import _, pgettext
from cipeditor.qa.issue import Issue, Severity

_ICONS = {
    Severity.ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
    Severity.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
    Severity.INFO: QStyle.StandardPixmap.SP_MessageBoxInformation,
}


def severity_icon(style: QStyle, severity: Severity) -> QIcon:
    """The style's message-box icon for ``severity``."""
    return style.standardIcon(_ICONS[severity])


def issue_place(issue: Issue) -> str:
    """Where an issue is, as the panel's second column says it ("Pair 3 · EN", "Title")."""
    names = {"title": _("Title"), "summary": _("Summary"), "category": _("Category")}
    where = (
        _("Pair {number}").format(number=issue.paragraph + 1)
        if issue.field == "body" and issue.paragraph is not None
        else names.get(issue.field, issue.field)
    )
    if issue.lang:
        sides = {
            # L10N: the Chinese side of a pair, after the place of an issue ("Pair 3 · ZH")
            "zh": pgettext("side of a pair", "ZH"),
            # L10N: the English side of a pair, after the place of an issue ("Pair 3 · EN")
            "en": pgettext("side of a pair", "EN"),
        }
        where = f"{where} · {sides.get(issue.lang, issue.lang)}"
    return where


def issue_tooltip(issue: Issue) -> str:
    """A row's tooltip: the severity in words, the whole message and the check's id."""
    severities = {
        Severity.ERROR: pgettext("severity of a QA issue", "error"),
        Severity.WARNING: pgettext("severity of a QA issue", "warning"),
        Severity.INFO: pgettext("severity of a QA issue", "info"),
    }
    # L10N: a QA issue's tooltip: "error: the English side is empty [empty-side]"
    return _("{severity}: {message} [{check}]").format(
        severity=severities[issue.severity], message=issue.message, check=issue.check
    )
