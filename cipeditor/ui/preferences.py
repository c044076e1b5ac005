"""The Preferences dialog: interface language, fonts, HTML templates, autosave.

The dialog only collects choices; :func:`show_preferences` applies them when it
is accepted: the language at once (every widget retranslates itself, see
:mod:`cipeditor.ui.language`), the fonts in the panes, the templates folder
where the export dialog reads it, the autosave interval under
``autosave/interval_seconds``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFontDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from cipeditor.article.model import LANGS
from cipeditor.i18n import _, current_locale
from cipeditor.ui.dialog_parts import message_label
from cipeditor.ui.fonts import default_font, describe, save_font
from cipeditor.ui.language import connect_retranslate, switch_language
from cipeditor.ui_language import language_choices, saved_choice

AUTOSAVE_KEY = "autosave/interval_seconds"
AUTOSAVE_RANGE = (5, 3600)


class PreferencesDialog(QDialog):
    """Choose the interface language, the fonts, the templates folder and the autosave pace."""

    def __init__(
        self,
        fonts: dict[str, QFont],
        parent: QWidget | None = None,
        *,
        language: str | None = None,
        templates_dir: Path | None = None,
        autosave_seconds: int = 60,
    ) -> None:
        super().__init__(parent)
        self.fonts = dict(fonts)
        self.buttons: dict[str, QPushButton] = {}
        self.labels: dict[str, QLabel] = {}
        layout = QFormLayout(self)
        self.language_combo = QComboBox(self)
        for choice in language_choices():
            self.language_combo.addItem(choice.label, choice.locale)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(language)))
        self._row(layout, "language", self.language_combo)
        for lang in LANGS:
            button = QPushButton(describe(self.fonts[lang]), self)
            button.setFont(self.fonts[lang])
            button.clicked.connect(lambda _checked=False, lang=lang: self._choose(lang))
            self.buttons[lang] = button
            self._row(layout, f"font_{lang}", button)
        self.reset_button = QPushButton(self)
        self.reset_button.clicked.connect(self._reset)
        layout.addRow("", self.reset_button)
        self.templates_edit = QLineEdit(str(templates_dir) if templates_dir else "", self)
        self.templates_edit.setClearButtonEnabled(True)
        self.templates_edit.setMinimumWidth(300)  # a folder path: room for more than its end
        self.browse_button = QPushButton(self)
        self.browse_button.clicked.connect(self._browse_templates)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.templates_edit, 1)
        folder_row.addWidget(self.browse_button)
        self._row(layout, "templates", folder_row, self.templates_edit)
        self.autosave_spin = QSpinBox(self)
        self.autosave_spin.setRange(*AUTOSAVE_RANGE)
        self.autosave_spin.setValue(autosave_seconds)
        self._row(layout, "autosave", self.autosave_spin)
        self.problem = message_label(self)
        layout.addRow(self.problem)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addRow(box)
        connect_retranslate(self.retranslate)

    def _row(self, layout: QFormLayout, name: str, field, buddy: QWidget | None = None) -> None:
        label = QLabel(self)
        label.setBuddy(buddy or field)  # the label's Alt+letter focuses it
        self.labels[name] = label
        layout.addRow(label, field)

    def retranslate(self) -> None:
        self.setWindowTitle(_("Preferences"))
        texts = {
            "language": _("Interface &language:"),
            "font_zh": _("&Chinese font:"),
            "font_en": _("&English font:"),
            "templates": _("HTML &templates folder:"),
            "autosave": _("&Autosave every:"),
        }
        for name, text in texts.items():
            self.labels[name].setText(text)
        self.language_combo.setItemText(0, language_choices()[0].label)  # "System default"
        self.reset_button.setText(_("&Restore defaults"))
        self.browse_button.setText(_("Browse…"))
        self.templates_edit.setPlaceholderText(_("The bundled templates"))
        # L10N: the unit after the autosave interval: seconds, with its leading space
        self.autosave_spin.setSuffix(_(" s"))
        self.language_combo.setToolTip(_("The menus and dialogs change as soon as you press OK."))

    def accept(self) -> None:
        """Close with the choices, unless the templates folder typed in is not a folder."""
        folder = self.templates_dir()
        if folder is not None and not folder.expanduser().is_dir():
            self.problem.setText(
                _(
                    "{path} is not a folder. Choose the folder that holds your HTML "
                    "templates, or leave the field empty for the bundled ones."
                ).format(path=folder)
            )
            self.problem.show()
            self.templates_edit.setFocus()
            return
        super().accept()

    # --- the choices -----------------------------------------------------------

    def language(self) -> str | None:
        """The chosen locale; None follows the system."""
        return self.language_combo.currentData()

    def templates_dir(self) -> Path | None:
        text = self.templates_edit.text().strip()
        return Path(text) if text else None

    def autosave_seconds(self) -> int:
        return self.autosave_spin.value()

    def set_font(self, lang: str, font: QFont) -> None:
        self.fonts[lang] = font
        self.buttons[lang].setText(describe(font))
        self.buttons[lang].setFont(font)

    def _choose(self, lang: str) -> None:
        ok, font = QFontDialog.getFont(self.fonts[lang], self, _("Choose a font"))
        if ok:
            self.set_font(lang, font)

    def _reset(self) -> None:
        for lang in LANGS:
            self.set_font(lang, default_font(lang))

    def _browse_templates(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, _("HTML templates folder"), self.templates_edit.text()
        )
        if folder:
            self.templates_edit.setText(folder)


def show_preferences(window) -> PreferencesDialog:
    """Open Preferences over ``window`` (a MainWindow) and apply them when accepted."""
    from cipeditor.ui.export_settings import ExportSettings

    export_settings = ExportSettings()
    chosen_before = saved_choice()
    dialog = PreferencesDialog(
        {lang: window.editor.panes[lang].font() for lang in LANGS},
        window,
        language=chosen_before,
        templates_dir=export_settings.templates_dir,
        autosave_seconds=window.settings.get(AUTOSAVE_KEY),
    )

    def accepted() -> None:
        for lang in LANGS:
            window.editor.set_font(lang, dialog.fonts[lang])
            save_font(window.settings, lang, dialog.fonts[lang])
        export_settings.templates_dir = dialog.templates_dir()
        window.settings.set(AUTOSAVE_KEY, dialog.autosave_seconds())
        window.safety.apply_settings()  # the running timer takes the new pace now
        language = dialog.language()
        if language != chosen_before or (language and language != current_locale()):
            switch_language(language)

    dialog.accepted.connect(accepted)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
