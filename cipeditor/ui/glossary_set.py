"""The glossaries the window uses: the bundled one or the last used, one of them editable.

Several glossaries apply at once (a team glossary and a personal one, say);
the later ones add entries to the earlier ones. One of them is *editable*:
Add, Edit and Delete change it and write it back at once (atomically), so
the file on disk is always what the editor shows. The bundled glossary is
never edited in place: the first change goes to a personal glossary kept in
the user's data folder. A glossary file that another program (or a colleague
on a shared drive) changes is read again, and a change made here is applied to
the file as it is now, so neither side's terms are lost. A file with some bad
entries is used without them, read-only (saving it would drop them) and with
a warning naming them, until it is corrected.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QStandardPaths, QTimer, Signal

from cipeditor import messages
from cipeditor.errors import InputError, OutputError
from cipeditor.glossary.entry import Entry, Glossary
from cipeditor.glossary.files import read_usable_glossary, write_glossary
from cipeditor.glossary.matcher import Matcher, matcher_for
from cipeditor.i18n import _, ngettext
from cipeditor.paths import GLOSSARIES
from cipeditor.ui.file_watcher import SETTLE_MS, fingerprint
from cipeditor.ui.settings import Settings

BUNDLED_GLOSSARY = GLOSSARIES / "cip.csv"
PERSONAL_NAME = "personal-glossary.csv"


def personal_glossary_path() -> Path:
    """Where the personal glossary lives (created on the first term added)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(folder) / PERSONAL_NAME


class GlossarySet(QObject):
    """The list of glossaries in use, remembered in the settings."""

    glossariesChanged = Signal(list)  # list[Glossary], as QAPanel.set_glossaries takes it

    def __init__(self, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.glossaries: list[Glossary] = []
        self._editable: Path | None = None
        self.loaded = False  # whether the remembered glossaries were opened
        self._stamps: dict[Path, tuple[int, int] | None] = {}  # each file as last read or written
        self._partial: set[Path] = set()  # files with bad entries, used without them
        self._watcher = QFileSystemWatcher(self)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._reload_on_change)
        self._watcher.fileChanged.connect(lambda _path: self._settle.start())

    # --- reading ------------------------------------------------------------------

    def load_remembered(self) -> list[str]:
        """Open the glossaries of the last session (the bundled one the first time).

        Returns a message for each glossary that could not be opened.
        """
        self.loaded = True
        paths = self.settings.get("glossary/paths") or [str(BUNDLED_GLOSSARY)]
        problems = []
        for path in paths:
            try:
                self.glossaries.append(self._read(path))
            except InputError as error:
                problems.append(str(error))
        editable = self.settings.get("glossary/editable")
        self._editable = Path(editable) if editable else None
        self._changed(remember=False)
        return problems

    def _load_first(self) -> None:
        """A change before the remembered glossaries were opened comes after them."""
        if not self.loaded:
            for problem in self.load_remembered():
                messages.warning(problem)

    def open_file(self, path: str | Path) -> Glossary:
        """Use the glossary at ``path`` too (again, if it is in use: read afresh)."""
        self._load_first()
        glossary = self._read(path)
        at = self._index_of(Path(path))
        if at is None:
            self.glossaries.append(glossary)
        else:
            self.glossaries[at] = glossary
        self._changed()
        return glossary

    def create_file(self, path: str | Path) -> Glossary:
        """Start an empty glossary at ``path``, use it and make it the editable one."""
        self._load_first()
        path = Path(path)
        glossary = Glossary(path.stem, (), path)
        self._write(glossary, path)
        self.glossaries = [g for g in self.glossaries if g.path != path] + [glossary]
        self._editable = path
        self._changed()
        return glossary

    def remove(self, glossary: Glossary) -> None:
        self.glossaries = [g for g in self.glossaries if g is not glossary]
        if glossary.path == self._editable:
            self._editable = None
        self._changed()

    # --- the editable glossary ------------------------------------------------------

    @property
    def editable(self) -> Glossary | None:
        """The glossary that Add, Edit and Delete change, if one is chosen."""
        at = self._index_of(self._editable) if self._editable else None
        return None if at is None else self.glossaries[at]

    def set_editable(self, glossary: Glossary | None) -> None:
        self._editable = glossary.path if glossary is not None else None
        self._changed()

    def is_read_only(self, glossary: Glossary) -> bool:
        return (
            glossary.path is None
            or glossary.path == BUNDLED_GLOSSARY
            or glossary.path in self._partial
        )

    def destination_name(self) -> str:
        """The name of the glossary the next Add or Edit is saved to, as the user knows it."""
        glossary = self.editable
        if glossary is not None and not self.is_read_only(glossary):
            return self.display_name(glossary)
        at = self._index_of(personal_glossary_path())
        if at is not None:
            return self.display_name(self.glossaries[at])
        # L10N: the glossary file made for the user's own terms on the first one added
        return _("your personal glossary ({name}, created now)").format(name=PERSONAL_NAME)

    def _ensure_editable(self) -> Glossary:
        glossary = self.editable
        if glossary is not None and not self.is_read_only(glossary):
            return glossary
        path = personal_glossary_path()
        at = self._index_of(path)
        if at is None and not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            return self.create_file(path)
        personal = self.glossaries[at] if at is not None else self.open_file(path)
        if path in self._partial:
            # Saving it would drop its bad entries.
            raise OutputError(
                _("Could not save {path}: it has bad entries; correct them first.").format(
                    path=path
                )
            )
        self._editable = path
        return personal

    def change_entry(self, old: Entry | None, new: Entry | None) -> Glossary:
        """Replace ``old`` by ``new`` in the editable glossary (None: add / delete) and save it.

        An entry that is not in the editable glossary (it comes from another
        one) is added there, and the editable glossary moves ahead of that one:
        where glossaries disagree the first one's entry is used, so the change
        takes effect (a personal glossary made for the change comes last).
        """
        self._load_first()
        self.reload_changed()  # a colleague's terms added meanwhile are kept
        owner = self.owner_of(old) if old is not None else None
        glossary = self._ensure_editable()
        entries = list(glossary.entries)
        at = _position(entries, old) if old is not None else None
        if at is not None:
            if new is None:
                del entries[at]
            else:
                entries[at] = new
        elif new is not None:
            entries.append(new)
        changed = Glossary(glossary.name, tuple(entries), glossary.path)
        self._write(changed, glossary.path)  # OutputError: nothing changed in memory
        self.glossaries[self.glossaries.index(glossary)] = changed
        if owner is not None and owner is not glossary and new is not None:
            self._put_before(changed, owner)
        self._changed()
        return changed

    def _put_before(self, glossary: Glossary, other: Glossary) -> None:
        if self.glossaries.index(glossary) > self.glossaries.index(other):
            self.glossaries.remove(glossary)
            self.glossaries.insert(self.glossaries.index(other), glossary)

    def owner_of(self, entry: Entry) -> Glossary | None:
        """The glossary holding ``entry`` (itself, else an equal one: the file was read again)."""
        for glossary in self.glossaries:
            if any(e is entry for e in glossary.entries):
                return glossary
        return next(
            (g for g in self.glossaries if _position(list(g.entries), entry) is not None), None
        )

    # --- files changed on disk ------------------------------------------------------

    def _read(self, path: str | Path) -> Glossary:
        path = Path(path)
        stamp = fingerprint(path)
        glossary, bad = read_usable_glossary(path)
        self._stamps[path] = stamp
        self._watch(path)
        self._partial.discard(path)
        if bad is not None:
            self._partial.add(path)
            messages.warning(
                ngettext(
                    "{error}. Its other {count} entry is in use meanwhile; the glossary is "
                    "read-only until it is corrected.",
                    "{error}. Its other {count} entries are in use meanwhile; the glossary is "
                    "read-only until it is corrected.",
                    len(glossary),
                ).format(error=bad, count=len(glossary))
            )
        return glossary

    def _write(self, glossary: Glossary, path: Path) -> None:
        write_glossary(glossary, path)
        self._stamps[path] = fingerprint(path)
        self._watch(path)

    def _watch(self, path: Path) -> None:
        # A file replaced by an atomic save is a new file: watch it again.
        if str(path) in self._watcher.files():
            self._watcher.removePath(str(path))
        if path.exists():
            self._watcher.addPath(str(path))

    def reload_changed(self) -> list[str]:
        """Read again every glossary whose file changed since it was read or written here.

        Returns a message for each that can no longer be read (its entries stay in use).
        """
        problems, changed = [], False
        for at, glossary in enumerate(self.glossaries):
            path = glossary.path
            if path is None or path not in self._stamps or fingerprint(path) == self._stamps[path]:
                continue
            try:
                self.glossaries[at] = self._read(path)
                changed = True
            except InputError as error:
                self._stamps[path] = fingerprint(path)  # reported once, not at every check
                problems.append(str(error))
        if changed:
            self._changed(remember=False)
        return problems

    def stop_watching(self) -> None:
        """Read no file again: the window is closed."""
        self._settle.stop()
        if self._watcher.files():
            self._watcher.removePaths(self._watcher.files())

    def _reload_on_change(self) -> None:
        for problem in self.reload_changed():
            messages.warning(problem)

    # --- matching -----------------------------------------------------------------

    def matcher(self) -> Matcher:
        """The matcher of the glossaries in use (built once per set)."""
        return matcher_for(self.glossaries)

    def display_name(self, glossary: Glossary) -> str:
        if glossary.path == BUNDLED_GLOSSARY:
            return _("{name} (bundled, read-only)").format(name=glossary.name)
        return glossary.name

    def _index_of(self, path: Path | None) -> int | None:
        for at, glossary in enumerate(self.glossaries):
            if glossary.path is not None and path is not None and glossary.path == path:
                return at
        return None

    def _changed(self, remember: bool = True) -> None:
        if remember:
            self.settings.set("glossary/paths", [str(g.path) for g in self.glossaries if g.path])
            self.settings.set("glossary/editable", str(self._editable or ""))
        self.glossariesChanged.emit(list(self.glossaries))


def _position(entries: list[Entry], entry: Entry) -> int | None:
    """Where ``entry`` is in ``entries``: itself first, else an equal entry."""
    for test in (lambda e: e is entry, lambda e: e == entry):
        at = next((i for i, e in enumerate(entries) if test(e)), None)
        if at is not None:
            return at
    return None
