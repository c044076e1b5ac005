"""The check report: compiler-like text lines or JSON, and the exit status."""

from __future__ import annotations

import json

from cipeditor.qa.issue import Issue, Severity


def as_json(issues: list[Issue], source: str | None = None) -> str:
    return as_json_files([(source, issues)])


def as_json_files(reports: list[tuple[str | None, list[Issue]]]) -> str:
    """One JSON report for several articles: each issue names the ``file`` it was found in."""
    listed = [
        {**issue.to_json(), "file": source} if source is not None else issue.to_json()
        for source, issues in reports
        for issue in issues
    ]
    return json.dumps({"issues": listed}, ensure_ascii=False, indent=2)


def as_text(source: str, issues: list[Issue]) -> str:
    """``FILE:body[3].en:12-20: warning: message [check-id]`` one line per issue."""
    return "\n".join(
        f"{source}:{issue.location}: {issue.severity.value}: {issue.message} "
        f"[{issue.category.value}/{issue.check}]"
        for issue in issues
    )


def has_findings(issues: list[Issue]) -> bool:
    """True when the report holds an error or a warning (``check`` then exits 1)."""
    return any(issue.severity in (Severity.ERROR, Severity.WARNING) for issue in issues)
