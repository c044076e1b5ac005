"""Every command of the main window as a QAction with its shortcut and its menu place."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from cipeditor.article.model import Kind
from cipeditor.ui.retranslatable import remember
from cipeditor.ui.retranslatable import tr as _  # texts translated again on a language switch

Key = QKeySequence.StandardKey

_FALLBACK_KEYS = {
    Key.Quit: "Ctrl+Q",
    Key.Preferences: "Ctrl+,",
    Key.Replace: "Ctrl+H",
    Key.HelpContents: "F1",
}
"""Keys for the commands some platforms leave without one (Qt gives Replace no key on X11),
as the user guide lists them."""

KIND_SHORTCUTS = {
    Kind.PARAGRAPH: "Ctrl+1",
    Kind.HEADING: "Ctrl+2",
    Kind.QUOTE: "Ctrl+3",
    Kind.LIST_ITEM: "Ctrl+4",
}


def _action(
    window: QMainWindow,
    text: str,
    slot: Callable | None = None,
    shortcut: QKeySequence.StandardKey | str | None = None,
    *,
    name: str = "",
    checkable: bool = False,
) -> QAction:
    action = QAction(text, window)
    action.setObjectName(name)
    remember(action, text)
    if isinstance(shortcut, QKeySequence.StandardKey):
        action.setShortcuts(standard_keys(shortcut, QKeySequence.keyBindings(shortcut)))
    elif shortcut:
        action.setShortcuts([QKeySequence.fromString(shortcut)])  # no overload needs Qt.Key
    action.setCheckable(checkable)
    if slot is not None:
        action.triggered.connect(lambda _checked=False: slot())
    return action


def standard_keys(
    key: QKeySequence.StandardKey, platform_keys: list[QKeySequence]
) -> list[QKeySequence]:
    """The platform's keys for ``key``, or the common one where the platform defines none."""
    return platform_keys or [QKeySequence.fromString(_FALLBACK_KEYS.get(key, ""))]


class _MenuBuilder:
    """Adds named actions to menus and remembers them by name."""

    def __init__(self, window) -> None:
        self.window = window
        self.actions: dict[str, QAction] = {}

    def add(self, menu: QMenu, name: str, *args, **kwargs) -> QAction:
        action = _action(self.window, *args, name=name, **kwargs)
        menu.addAction(action)
        self.actions[name] = action
        return action


def build_menus(window) -> dict[str, QAction]:
    """Create the actions of ``window`` (a MainWindow) and put them in its menu bar."""
    builder = _MenuBuilder(window)
    bar = window.menuBar()
    _file_menu(builder, _menu(bar, _("&File")))
    _edit_menu(builder, _menu(bar, _("&Edit")))
    _view_menu(builder, _menu(bar, _("&View")))
    _pair_menu(builder, _menu(bar, _("&Pair")))
    _review_menu(builder, _menu(bar, _("&Review")))
    help_menu = _menu(bar, _("&Help"))
    builder.add(help_menu, "user_guide", _("&User Guide"), window.show_user_guide, Key.HelpContents)
    builder.add(help_menu, "about", _("&About CIP Editor"), window.show_about)
    return builder.actions


def _menu(parent, title: str) -> QMenu:
    menu = parent.addMenu(title)
    remember(menu.menuAction(), title)
    return menu


def _file_menu(builder: _MenuBuilder, menu: QMenu) -> None:
    window, files, add = builder.window, builder.window.files, builder.add
    add(menu, "new", _("&New"), files.new, Key.New)
    add(menu, "open", _("&Open…"), files.open_dialog, Key.Open)
    recent_menu = _menu(menu, _("Open &Recent"))
    recent_menu.aboutToShow.connect(lambda: _fill_recent(window, recent_menu))
    window.recent_menu = recent_menu
    add(menu, "import", _("&Import…"), files.import_dialog, "Ctrl+I")
    add(menu, "export", _("&Export…"), files.export_dialog, "Ctrl+Shift+E")
    menu.addSeparator()
    add(menu, "save", _("&Save"), files.save, Key.Save)
    add(menu, "save_as", _("Save &As…"), files.save_as_dialog, Key.SaveAs)
    menu.addSeparator()
    add(menu, "close", _("&Close"), files.new, Key.Close)
    add(menu, "quit", _("&Quit"), window.close, Key.Quit)


def _edit_menu(builder: _MenuBuilder, menu: QMenu) -> None:
    window, add = builder.window, builder.add
    undo = window.undo_group.createUndoAction(window, _("Undo"))
    undo.setShortcuts(Key.Undo)
    redo = window.undo_group.createRedoAction(window, _("Redo"))
    redo.setShortcuts(Key.Redo)
    menu.addActions([undo, redo])
    builder.actions["undo"], builder.actions["redo"] = undo, redo
    menu.addSeparator()
    add(menu, "cut", _("Cu&t"), lambda: _edit_target(window, "cut_selection", "cut"), Key.Cut)
    add(menu, "copy", _("&Copy"), lambda: _edit_target(window, "copy"), Key.Copy)
    add(menu, "paste", _("&Paste"), lambda: _edit_target(window, "paste"), Key.Paste)
    add(
        menu,
        "select_all",
        _("Select &All"),
        lambda: _edit_target(window, "selectAll"),
        Key.SelectAll,
    )
    menu.addSeparator()
    # Integration point (find/replace helper): MainWindow.show_find_bar shows
    # cipeditor.ui.find_replace.FindReplaceBar when these two actions fire.
    add(menu, "find", _("&Find…"), lambda: window.show_find_bar(replace=False), Key.Find)
    add(menu, "replace", _("&Replace…"), lambda: window.show_find_bar(replace=True), Key.Replace)
    menu.addSeparator()
    add(menu, "preferences", _("Pr&eferences…"), window.show_preferences, Key.Preferences)
    window.edit_menu = menu


def _edit_target(window, pane_method: str, field_method: str = "") -> None:
    """Cut, copy, paste or select all in the text field the user is in (a metadata field, the
    find bar), else in the pane last used: never in a pane the user is not looking at."""
    from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit

    field = QApplication.focusWidget()
    pane = window.editor.focused_pane()
    if (
        isinstance(field, (QLineEdit, QPlainTextEdit, QTextEdit))
        and field not in window.editor.panes.values()
        and window.isAncestorOf(field)
    ):
        getattr(field, field_method or pane_method)()
    else:
        getattr(pane, pane_method)()


def _view_menu(builder: _MenuBuilder, menu: QMenu) -> None:
    window, editor, add = builder.window, builder.window.editor, builder.add
    synced = add(menu, "synced_scrolling", _("S&ynced Scrolling"), checkable=True)
    synced.setChecked(editor.synced_scrolling)
    synced.toggled.connect(editor.set_synced_scrolling)
    swapped = add(menu, "swap_panes", _("&English on the Left"), checkable=True)
    swapped.setChecked(editor.is_swapped())
    swapped.toggled.connect(lambda on: on != editor.is_swapped() and editor.swap_panes())
    add(menu, "counterpart", _("&Jump to Counterpart"), editor.jump_to_counterpart, "F6")
    add(menu, "go_to_pair", _("&Go to Pair…"), window.ask_pair, "Ctrl+L")
    menu.addSeparator()
    # The dock's own show/hide action; WindowDocks adds the QA panel's after it.
    metadata = window.metadata_dock.toggleViewAction()
    metadata_text = _("&Metadata Panel")
    metadata.setText(metadata_text)
    remember(metadata, metadata_text)
    metadata.setShortcut(QKeySequence("Ctrl+Shift+D"))
    menu.addAction(metadata)
    builder.actions["metadata_panel"] = metadata
    window.view_menu = menu


def _pair_menu(builder: _MenuBuilder, menu: QMenu) -> None:
    editor, add = builder.window.editor, builder.add
    add(menu, "split", _("&Split at Cursor"), editor.split_at_cursor)
    add(menu, "merge", _("&Merge with Next"), editor.merge_with_next, "Ctrl+Shift+M")
    menu.addSeparator()
    add(
        menu,
        "insert_above",
        _("Insert Pair &Above"),
        lambda: editor.insert_pair(below=False),
        "Ctrl+Shift+Return",
    )
    add(
        menu,
        "insert_below",
        _("Insert Pair &Below"),
        lambda: editor.insert_pair(below=True),
        "Ctrl+Return",
    )
    add(menu, "delete_pair", _("&Delete Pair"), editor.delete_pair, "Ctrl+Shift+K")
    menu.addSeparator()
    add(menu, "move_up", _("Move &Up"), lambda: editor.move_pair(-1), "Alt+Up")
    add(menu, "move_down", _("Move Do&wn"), lambda: editor.move_pair(1), "Alt+Down")
    menu.addSeparator()
    kind_menu = _menu(menu, _("&Kind"))
    for kind, shortcut in KIND_SHORTCUTS.items():
        add(
            kind_menu,
            f"kind_{kind.value}",
            _(kind.label),
            lambda kind=kind: editor.set_kind(kind),
            shortcut,
        )
    add(menu, "swap_sides", _("S&wap Chinese and English"), editor.swap_sides)


def _review_menu(builder: _MenuBuilder, menu: QMenu) -> None:
    """Going through the QA issues from the keyboard, wherever the focus is (the keys
    of Xbench, memoQ and IDEs for the next and previous problem)."""
    window, add = builder.window, builder.add
    add(menu, "next_issue", _("&Next Issue"), lambda: window.docks.walk_issues(True), "F8")
    add(
        menu,
        "previous_issue",
        _("&Previous Issue"),
        lambda: window.docks.walk_issues(False),
        "Shift+F8",
    )
    menu.addSeparator()
    add(
        menu,
        "accept_issue",
        _("&Accept Issue"),
        lambda: window.docks.accept_issue(),  # noqa: PLW0108 - the docks come after the menus
        "Ctrl+Shift+A",
    )


def _fill_recent(window, menu: QMenu) -> None:
    menu.clear()
    paths = window.files.recent_files()
    for number, path in enumerate(paths, start=1):
        action = menu.addAction(f"&{number % 10} {path.name}")
        action.setToolTip(str(path))
        action.triggered.connect(lambda _checked=False, p=Path(path): window.files.open_recent(p))
    if not paths:
        menu.addAction(_("(no recent files)")).setEnabled(False)
