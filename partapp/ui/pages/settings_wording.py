"""Settings, "Letter wording": the words of each kind x format x language of letter, part by
part, with the named fields you can put in, a sample letter that follows your typing, and the
plain English check. A field we do not know, or a { without its }, is shown next to the box and
nothing is saved until it is put right. Also: another language (such as Welsh), going back to
the standard wording, and the large print size.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QInputDialog, QWidget

from ...models.enums import LANGUAGES
from ...services.changed import Changed
from ...services.errors import PartappError, ValidationError
from ...services.feedback.letter_templates import (
    ALL_FIELDS,
    PART_INFO,
    TemplatePart,
    check_key,
    get_template,
    languages,
    large_print_size,
    reset_template,
    save_wording,
    validate_template,
)
from ...services.feedback.letters import preview_letter
from .. import messages, translations
from ..context import AppContext
from ..widgets.choices import fill, select, value
from ..widgets.text import set_paragraph
from .settings_wording_form import LARGEST, SMALLEST, WordingForm
from .settings_wording_parts import PART_ROLE

PREVIEW_DELAY_MS = 400


class WordingEditor(WordingForm):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.parts: dict[str, TemplatePart] = {}
        self.edits: dict[str, str] = {}
        self.problems: dict[str, str] = {}
        self.key: tuple[str, str, str] | None = None
        self.added_languages: dict[str, str] = {}
        self.saved_size = 18
        self._filling = False
        self._loaded = False
        self._part: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.update_preview)
        for box in (self.kind, self.format, self.language):
            box.currentIndexChanged.connect(self._letter_chosen)
        self.add_language_button.clicked.connect(self.add_language)
        self.copy_english.clicked.connect(self.start_from_english)
        self.parts_list.currentIndexChanged.connect(self._part_chosen)
        self.text.textChanged.connect(self._typed)
        self.print_size.valueChanged.connect(self._show_state)
        self.save_button.clicked.connect(self.save_changes)
        self.undo_button.clicked.connect(self.discard_changes)
        self.reset_button.clicked.connect(self.reset_part)
        context.data_changed.connect(self._data_changed)
        context.database_changed.connect(self._database_changed)

    # Loading -------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        if not self._loaded:
            self.refresh()
        super().showEvent(event)

    def _data_changed(self, what: frozenset[Changed]) -> None:
        if self._loaded and what & {Changed.ALL, Changed.SETTINGS} \
                and not self.has_unsaved_changes():
            self.refresh()

    def _database_changed(self) -> None:
        self.edits.clear()
        self.added_languages.clear()
        self._loaded = False
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Read the languages, the large print size and this letter's wording again."""
        self._loaded = True
        with self.context.db.session_scope() as session:
            found = languages(session)
            self.saved_size = large_print_size(session)
        found.update({c: n for c, n in self.added_languages.items() if c not in found})
        self._filling = True
        fill(self.language, translations.labels(found))
        if value(self.language) is None:
            select(self.language, "en")
        self.print_size.setValue(min(max(self.saved_size, SMALLEST), LARGEST))
        self._filling = False
        self._load_letter()

    def chosen_key(self) -> tuple[str, str, str]:
        return value(self.kind), value(self.format), value(self.language) or "en"

    def _load_letter(self) -> None:
        self.key = self.chosen_key()
        kind, fmt, lang = self.key
        with self.context.db.session_scope() as session:
            parts = get_template(session, kind=kind, format=fmt, language=lang)
        self.parts = {p.part: p for p in parts}
        current = self.current_part()
        self.parts_list.show_parts(parts, self.edits, self.problems)
        self.parts_list.choose(current or parts[0].part, quiet=True)
        self._part_chosen()
        missing = [p for p in parts if p.source == "missing"]
        name = translations.label(LANGUAGES.get(lang, lang))
        if missing:
            set_paragraph(self.language_note, self.tr(
                "There is no {name} wording for this letter yet, so these letters go out in "
                "English. Write every part, or start from the English words and translate "
                "them.").format(name=name))
        else:
            set_paragraph(self.language_note, "")
        self.language_note.setVisible(bool(missing))
        self.copy_english.setVisible(bool(missing) and lang != "en")
        self._show_state()
        self.update_preview()

    def _letter_chosen(self, *_args) -> None:
        if self._filling or self.chosen_key() == self.key:
            return
        if self.edits and self.key is not None and not self._may_leave():
            self._filling = True
            for box, wanted in zip((self.kind, self.format, self.language), self.key):
                select(box, wanted)
            self._filling = False
            return
        self._load_letter()

    def _may_leave(self) -> bool:
        answer = messages.ask_unsaved(self, self.tr(
            "You changed the wording of this letter and have not saved it. Save it now?"))
        if answer is messages.Unsaved.SAVE:
            return self.save_changes()
        if answer is messages.Unsaved.DISCARD:
            self.edits.clear()
            self.problems.clear()
            return True
        return False

    # Editing -------------------------------------------------------------------------------
    def current_part(self) -> str | None:
        """The part in the box (a heading in the list cannot be chosen, so it is kept)."""
        return self._part if self._part in self.parts else None

    def _part_chosen(self, *_args) -> None:
        part = self.parts_list.currentData(PART_ROLE)
        if part is None or part not in self.parts:
            return
        self._part = part
        info = PART_INFO[part]
        set_paragraph(self.part_heading, translations.label(info.label))
        self.part_help.setText({
            "letter": self.tr("Wor&ding (used once in each letter):"),
            "item": self.tr("Wor&ding (used once for each suggestion in the letter):"),
            "phrase": self.tr("Wor&ding (a short phrase that fills in a field of another "
                              "part):"),
        }[info.scope])
        self._filling = True
        self.text.setPlainText(self.edits.get(part, self.parts[part].body))
        self._filling = False
        self.fields_menu.clear()
        for name, description in ALL_FIELDS.items():
            if name in info.fields:
                action = self.fields_menu.addAction(
                    f"{{{name}}} \u2014 {translations.label(description)}")
                action.setData(name)
                action.triggered.connect(lambda _=False, n=name: self.insert_field(n))
        self.all_kinds.setEnabled(not info.per_kind)
        self._check_current()
        self._show_state()

    def _typed(self) -> None:
        part = self.current_part()
        if self._filling or part is None:
            return
        text = self.text.toPlainText()
        if text == self.parts[part].body:
            self.edits.pop(part, None)
        else:
            self.edits[part] = text
        self._check_current()
        self.parts_list.mark(part, part in self.edits, self.problems.get(part, ""))
        self._show_state()
        self._timer.start()

    def _check_current(self) -> None:
        """A broken field or brace shows at once, in words, under the box."""
        part = self.current_part()
        if part is None:
            return
        try:
            validate_template(self.text.toPlainText(), part=part)
        except ValidationError as error:
            self.problems[part] = error.message
            self.error.show_message(error.message)
        else:
            self.problems.pop(part, None)
            self.error.clear_message()
        self.parts_list.mark(part, part in self.edits, self.problems.get(part, ""))

    def insert_field(self, name: str) -> None:
        """Put ``{name}`` where the cursor is in the wording."""
        self.text.insertPlainText(f"{{{name}}}")
        self.text.setFocus()

    def update_preview(self) -> None:
        """The sample letter with the unsaved words (the broken ones left out), and its check."""
        self._timer.stop()
        if self.key is None:
            return
        kind, fmt, lang = self.key
        usable = {p: body for p, body in self.edits.items() if p not in self.problems}
        try:
            with self.context.db.session_scope() as session:
                letter = preview_letter(session, kind=kind, format=fmt, language=lang,
                                        overrides=usable, today=self.context.today())
        except ValidationError as error:
            self.sample.setPlainText("")
            self.plain.show_result(None, error.message)
            return
        self.sample.setPlainText(letter.as_text())
        notes = list(letter.warnings)
        if self.problems:
            notes.append(self.tr("Parts marked with \u26a0 have a problem, so the sample uses "
                                 "their saved words."))
        set_paragraph(self.sample_notes, "\n".join(f"\u26a0 {n}" for n in notes))
        self.sample_notes.setVisible(bool(notes))
        self.plain.show_result(letter.check())

    def _show_state(self, *_args) -> None:
        part = self.current_part()
        changed = self.has_unsaved_changes()
        self.save_button.setEnabled(changed)
        self.undo_button.setEnabled(changed)
        self.reset_button.setEnabled(part is not None and part in self.parts and (
            self.parts[part].source == "saved" or part in self.edits))

    # Saving --------------------------------------------------------------------------------
    def has_unsaved_changes(self) -> bool:
        if self.key is None:  # not shown yet: nothing can have been typed
            return False
        return bool(self.edits) or self.print_size.value() != min(max(self.saved_size, SMALLEST),
                                                            LARGEST)

    def save_changes(self) -> bool:
        """Save every changed part (and the large print size). Nothing is saved while any
        part has a problem."""
        self.general_error.clear_message()
        for part in self.edits:
            try:
                validate_template(self.edits[part], part=part)
            except ValidationError as error:
                self.problems[part] = error.message
                self.parts_list.choose(part)
                self.error.show_message(error.message)
                self.text.setFocus()
                return False
        if self.key is None:  # nothing shown yet, so nothing to save
            return True
        kind, fmt, lang = self.key
        try:
            size = self.print_size.value()
            self.context.apply(
                save_wording, kind=kind, format=fmt, language=lang, bodies=dict(self.edits),
                all_kinds=self.all_kinds.isChecked(),
                large_print_size=None if size == min(max(self.saved_size, SMALLEST), LARGEST)
                else size)
        except ValidationError as error:
            self.error.show_message(error.message)
            return False
        except PartappError as error:
            self.general_error.show_message(str(error))
            return False
        self.edits.clear()
        self.problems.clear()
        if lang in self.added_languages:
            del self.added_languages[lang]
        self.refresh()
        return True

    def _for_all_kinds(self, part: str) -> bool:
        return self.all_kinds.isChecked() and not PART_INFO[part].per_kind

    def discard_changes(self) -> None:
        self.edits.clear()
        self.problems.clear()
        self.refresh()

    def reset_part(self) -> None:
        part = self.current_part()
        if part is None or self.key is None:
            return
        if self.parts[part].source != "saved":  # only typed, never saved: just undo
            self.edits.pop(part, None)
            self.problems.pop(part, None)
            self._load_letter()
            return
        label = translations.label(PART_INFO[part].label)
        if not messages.confirm(self, self.tr("Go back to the standard wording?"), self.tr(
                "Your words for \u201c{part}\u201d will be removed, and letters will use the "
                "standard words again.").format(part=label),
                yes=self.tr("Use the standard wording"), no=self.tr("Keep my words")):
            return
        kind, fmt, lang = self.key
        try:
            self.context.apply(reset_template, kind=kind, format=fmt, language=lang, part=part,
                               all_kinds=self.all_kinds.isChecked())
        except PartappError as error:
            self.general_error.show_message(str(error))
            return
        self.edits.pop(part, None)
        self.problems.pop(part, None)
        self._load_letter()

    # Another language ----------------------------------------------------------------------
    def add_language(self) -> None:
        code, ok = QInputDialog.getText(
            self, self.tr("Add a language"),
            self.tr("Type the short code of the language, for example cy for Welsh:"))
        if not ok or not code.strip():
            return
        try:
            _kind, _fmt, lang = check_key("update", "standard", code)
        except ValidationError as error:
            messages.warn(self, self.tr("Please check"), error.message)
            return
        if self.language.findData(lang) < 0:
            self.added_languages[lang] = translations.label(LANGUAGES.get(lang, lang))
            self.language.addItem(self.added_languages[lang], lang)
        select(self.language, lang)

    def start_from_english(self) -> None:
        """Fill every part that has no words yet with the English, ready to translate."""
        if self.key is None:
            return
        kind, fmt, _lang = self.key
        with self.context.db.session_scope() as session:
            english = get_template(session, kind=kind, format=fmt, language="en")
        for part in english:
            if self.parts[part.part].source == "missing" and part.part not in self.edits:
                self.edits[part.part] = part.body
        self.parts_list.show_parts(tuple(self.parts.values()), self.edits, self.problems)
        self._part_chosen()
        self.update_preview()
