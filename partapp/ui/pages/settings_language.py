"""Settings, Language: English, Cymraeg, or as the computer is set (used from the next start)."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QRadioButton, QVBoxLayout, QWidget

from ... import language
from .. import translations
from ..context import AppContext
from ..widgets.forms import set_name
from ..widgets.text import heading, paragraph


class LanguageTab(QWidget):
    """The language of the app's own screens. Saved at once; used the next time it starts."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Language of the app"), 2))
        layout.addWidget(paragraph(self.tr(
            "Choose the language for the app's menus, pages and messages. Letters have their "
            "own language for each person.")))
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for code, name in translations.CHOICES:  # each language's name in that language
            if code == language.SYSTEM:
                name = self.tr("As the computer is set")
            button = QRadioButton(name)
            set_name(button, name)
            self.group.addButton(button)
            self.buttons[code] = button
            layout.addWidget(button)
        chosen = context.settings.language
        self.buttons.get(chosen, self.buttons[language.SYSTEM]).setChecked(True)
        self.note = paragraph("")
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.group.buttonClicked.connect(self._chosen)
        self._show_note()

    def _chosen(self, _button: QRadioButton) -> None:
        for code, button in self.buttons.items():
            if button.isChecked():
                self.context.settings.language = code
        self.context.settings.sync()
        self._show_note()

    def _show_note(self) -> None:
        now = translations.current()
        wanted = translations.choose(self.context.settings.language)
        text = self.tr("In use now: {name}.").format(name=self._name(now))
        if wanted != now:
            text += " " + self.tr("The new language is used the next time you start the app.")
        if language.forced():
            text += " " + self.tr("PARTAPP_LANG is set on this computer, so the app uses "
                                  "{name} whatever you choose here.").format(
                                      name=self._name(wanted))
        self.note.setText(text)

    def _name(self, code: str) -> str:
        """The language's name in the language of the screens ("Welsh", "Cymraeg")."""
        names = {"cy": self.tr("Welsh"), "en": self.tr("English")}
        return names.get(code) or dict(translations.CHOICES).get(code, code)
