"""The find/replace bar of the main window, under the panes, and its Edit menu entries."""

from __future__ import annotations

from cipeditor.ui.find_replace import FindReplaceBar
from cipeditor.ui.language import connect_retranslate


def install_find_bar(window) -> FindReplaceBar:
    """Build the (hidden) bar of ``window`` and put Find Next/Previous in its Edit menu."""
    bar = FindReplaceBar(window.document, window.match_view, window)
    bar.hide()
    window.central_layout.addWidget(bar)
    connect_retranslate(bar.retranslate)
    menu = window.edit_menu
    entries = menu.actions()
    after_replace = entries.index(window.actions_by_name["replace"]) + 1
    before = entries[after_replace] if after_replace < len(entries) else None
    for name, action in (
        ("find_next", bar.find_next_action),
        ("find_previous", bar.find_previous_action),
    ):
        menu.insertAction(before, action)
        window.actions_by_name[name] = action
    bar.closed.connect(lambda: window.editor.focused_pane().setFocus())
    for action in (bar.find_next_action, bar.find_previous_action):
        # F3 after the bar was closed: the hit is selected, and the bar comes back with it.
        action.triggered.connect(lambda _checked=False: bar.isHidden() and _reopen(bar))
    return bar


def _reopen(bar: FindReplaceBar) -> None:
    bar.show()
    bar.refresh()


def show_find_bar(window, *, replace: bool) -> None:
    """Edit › Find / Replace: open the bar, seeded with the selection of the pane."""
    selected = window.editor.focused_pane().textCursor().selectedText()
    window.find_bar.activate(selected, replace=replace)
