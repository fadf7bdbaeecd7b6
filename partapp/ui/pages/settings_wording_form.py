"""The wording editor's controls, laid out (Settings, "Letter wording"). What they do is in
settings_wording.py."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSpinBox,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...models.enums import FEEDBACK_KINDS
from ...services.feedback.letter_templates import TEMPLATE_FORMATS
from .. import translations
from ..widgets.choices import combo
from ..widgets.forms import ErrorLabel, scrolled, set_name
from ..widgets.plain_english_panel import PlainEnglishPanel
from ..widgets.text import heading, paragraph
from .settings_wording_parts import PartsChooser, TextBox

SMALLEST, LARGEST = 16, 24


class WordingForm(QWidget):
    """The controls of the wording editor, laid out; WordingEditor makes them work."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        inner = QWidget()
        outer.addWidget(scrolled(inner))
        layout = QVBoxLayout(inner)
        layout.addWidget(paragraph(self.tr(
            "The words your letters use. Choose a letter, then a part of it. Names in curly "
            "brackets, like {first_name}, are filled in for each person.")))
        layout.addLayout(self._choices_row())
        self.language_note = paragraph("")
        layout.addWidget(self.language_note)
        self.copy_english = QPushButton(self.tr("Start from the English wording"))
        set_name(self.copy_english, self.tr("Start from the English wording"),
                 self.tr("Fills every part with the English words, ready to translate."))
        layout.addWidget(self.copy_english, 0, Qt.AlignmentFlag.AlignLeft)
        self.parts_list = PartsChooser()
        parts_label = QLabel(self.tr("&Choose the part:"))
        parts_label.setBuddy(self.parts_list)
        part_row = QHBoxLayout()
        part_row.addWidget(parts_label)
        part_row.addWidget(self.parts_list, 1)
        layout.addLayout(part_row)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self._editor())
        self.splitter.addWidget(self._preview())
        self.splitter.setChildrenCollapsible(False)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(self._buttons_row())
        self.general_error = ErrorLabel(self.tr("the letter wording"))
        layout.addWidget(self.general_error)

    # Pieces ------------------------------------------------------------------------------
    def _choices_row(self) -> QHBoxLayout:
        self.kind = combo(translations.labels(FEEDBACK_KINDS),
                          name=self.tr("Kind of letter"))
        self.format = combo(translations.labels(TEMPLATE_FORMATS),
                            name=self.tr("Format"))
        self.format.setToolTip(self.tr("Email and phone letters use the standard print words."))
        self.language = combo({}, name=self.tr("Language"))
        self.add_language_button = QPushButton(self.tr("&Add a language\u2026"))
        set_name(self.add_language_button, self.tr("Add wording in another language"))
        row = QHBoxLayout()
        for text, widget in ((self.tr("&Kind:"), self.kind), (self.tr("Format:"), self.format),
                             (self.tr("La&nguage:"), self.language)):
            label = QLabel(text)
            label.setBuddy(widget)
            row.addWidget(label)
            row.addWidget(widget, 1)
        row.addWidget(self.add_language_button)
        for box in (self.kind, self.format, self.language):
            box.setMinimumContentsLength(8)
        return row

    def _editor(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.part_heading = heading("", 3)
        self.text = TextBox(7)
        set_name(self.text, self.tr("Wording of this part"))
        self.part_help = QLabel()
        self.part_help.setWordWrap(True)
        self.part_help.setBuddy(self.text)
        self.error = ErrorLabel(self.tr("the wording"))
        self.insert_button = QToolButton()
        self.insert_button.setText(self.tr("Insert a fi&eld"))
        self.insert_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.insert_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        set_name(self.insert_button, self.tr("Insert a field"),
                 self.tr("Opens the list of fields this part can use. Choose one to put it "
                         "where the cursor is."))
        self.fields_menu = QMenu(self.insert_button)
        self.insert_button.setMenu(self.fields_menu)
        self.all_kinds = QCheckBox(self.tr("Use these words in every kind of letter"))
        set_name(self.all_kinds, self.all_kinds.text(),
                 self.tr("Parts other than the heading and opening are usually the same in "
                         "every kind of letter."))
        self.all_kinds.setChecked(True)
        row = QHBoxLayout()
        row.addWidget(self.insert_button)
        row.addWidget(self.all_kinds, 1)
        layout.addWidget(self.part_heading)
        layout.addWidget(self.part_help)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.error)
        layout.addLayout(row)
        return box

    def _preview(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.sample = TextBox(7)
        self.sample.setReadOnly(True)
        set_name(self.sample, self.tr("Sample letter"),
                 self.tr("A letter to a made-up person, with your words. Read only."))
        sample_label = QLabel(self.tr("Sa&mple letter (the words only):"))
        sample_label.setToolTip(self.tr("Pictures and the layout show when the letters are "
                                        "printed."))
        sample_label.setBuddy(self.sample)
        self.sample_notes = paragraph("")
        self.plain = PlainEnglishPanel()
        layout.addWidget(sample_label)
        layout.addWidget(self.sample, 1)
        layout.addWidget(self.plain)
        layout.addWidget(self.sample_notes)
        return box

    def _buttons_row(self) -> QHBoxLayout:
        self.save_button = QPushButton(self.tr("&Save changes"))
        self.undo_button = QPushButton(self.tr("&Undo my changes"))
        self.reset_button = QPushButton(self.tr("&Back to the standard wording"))
        set_name(self.save_button, self.tr("Save the changed wording"))
        set_name(self.undo_button, self.tr("Undo my changes to the wording"))
        set_name(self.reset_button, self.tr("Go back to the standard wording for this part"))
        self.print_size = QSpinBox()
        self.print_size.setRange(SMALLEST, LARGEST)
        self.print_size.setSuffix(self.tr(" point"))
        set_name(self.print_size, self.tr("Large print size"),
                 self.tr("Most people ask for 18 point. Never less than 16."))
        size_label = QLabel(self.tr("Large print si&ze:"))
        size_label.setBuddy(self.print_size)
        row = QHBoxLayout()
        for button in (self.save_button, self.undo_button, self.reset_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(size_label)
        row.addWidget(self.print_size)
        return row
