"""The UK GDPR tools (administrators only): a copy of everything held about a person (subject
access), erasing a person, and the review of old records (the Privacy menu opens them).

The long work (writing the copy, erasing and then rewriting the data file) goes through the
task helper; each step is one ``session_scope()``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...services.errors import PartappError
from ...services.privacy.rights import (
    CleanUpError,
    RetentionCandidate,
    anonymise_and_clean,
    clean_up_message,
    clean_up_pending,
    erase_and_clean,
    retention_candidates,
    scrub_database,
)
from ...services.records.organisation import get_details
from ...services.records.people import get_person
from .. import messages
from ..context import AppContext
from ..formatting import format_date
from ..itemmodels.checkable import CheckRowsModel
from ..itemmodels.lazy_table import Column
from ..qt_types import QT_TRANSLATE_NOOP
from ..translations import message
from ..widgets.forms import ErrorLabel, set_name
from ..widgets.person_picker import PersonPicker
from ..widgets.table import table_view
from ..widgets.text import heading, paragraph, set_paragraph, set_scaled_font
from .base import fitting_size

CTX = "RetentionDialog"


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate puts module-level tr() in ""


class PersonChoice(QWidget):
    """Search for one person; shows who is chosen. ``ref`` is their reference (or "")."""

    changed = Signal()

    def __init__(self, context: AppContext, person_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ref, self.label = "", ""
        self.picker = PersonPicker(context, self.tr("Search for the person"), allow_new=False)
        self.picker.person_chosen.connect(self.choose)
        self.chosen = paragraph("")
        set_scaled_font(self.chosen, 1.0, bold=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        search_label = QLabel(self.tr("&Find the person:"))
        search_label.setBuddy(self.picker.search)
        layout.addWidget(search_label)
        layout.addWidget(self.picker)
        layout.addWidget(self.chosen)
        self.setFocusProxy(self.picker)
        self.choose(person_id)

    def choose(self, person_id: int | None, _label: str = "") -> None:
        self.ref, self.label = "", ""
        if person_id is not None:
            try:
                with self.context.db.session_scope() as session:
                    person = get_person(session, person_id)
                if not person.erased:
                    self.ref, self.label = person.ref, f"{person.display_name} ({person.ref})"
            except PartappError:
                pass
        set_paragraph(self.chosen, self.tr("Chosen: {who}").format(who=self.label)
                      if self.label else self.tr("Nobody chosen yet."))
        self.changed.emit()


class PrivacyDialog(QDialog):
    """Heading, explanation, the person, a place for problems and results, and buttons."""

    def __init__(self, context: AppContext, title: str, intro: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.body = QVBoxLayout(self)
        self.body.addWidget(heading(title, 2))
        self.body.addWidget(paragraph(intro))
        self.error = ErrorLabel(title)
        self.result_text = paragraph("", selectable=True)
        self.result_text.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        set_name(close, self.tr("Close"))
        self.buttons.rejected.connect(self.reject)

    def finish_layout(self, action: QPushButton) -> None:
        set_name(action, action.text())
        self.action_button = action
        self.buttons.addButton(action, QDialogButtonBox.ButtonRole.ActionRole)
        self.body.addWidget(self.error)
        self.body.addWidget(self.result_text)
        self.body.addStretch(1)
        self.body.addWidget(self.buttons)
        self.resize(fitting_size(self, 100, 26))

    def show_result(self, result: str) -> None:
        text = message(result)  # the service's words in the language in use
        self.error.clear_message()
        set_paragraph(self.result_text, text)
        self.result_text.setAccessibleDescription(text)
        self.result_text.show()

    def failed(self, error: BaseException) -> None:
        if isinstance(error, PartappError):
            self.error.show_message(str(error))
        else:
            from ..errors import report_error

            report_error(error, self)


class ExportPersonDialog(PrivacyDialog):
    """Subject access: a readable PDF and CSV files about one person, in a chosen folder."""

    def __init__(self, context: AppContext, person_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, _tr("Export everything about a person"), _tr(
            "Anyone can ask for a copy of the information you hold about them. You normally "
            "have one month to answer. This makes a PDF that is easy to read, and spreadsheet "
            "files (CSV) with the same information, including their equality answers. Give it "
            "only to the person, or to someone they have asked you to give it to."), parent)
        self.person = PersonChoice(context, person_id)
        self.body.addWidget(self.person)
        row = QHBoxLayout()
        self.folder = QLineEdit(context.settings.last_folder)
        self.folder.setPlaceholderText(self.tr("Choose a folder"))
        set_name(self.folder, self.tr("Folder for the copy"))
        folder_label = QLabel(self.tr("Save &in the folder:"))
        folder_label.setBuddy(self.folder)
        self.folder_button = QPushButton(self.tr("C&hoose\u2026"))
        set_name(self.folder_button, self.tr("Choose the folder for the copy"))
        self.folder_button.clicked.connect(self.choose_folder)
        row.addWidget(folder_label)
        row.addWidget(self.folder, 1)
        row.addWidget(self.folder_button)
        self.body.addLayout(row)
        self.finish_layout(QPushButton(self.tr("&Make the copy")))
        self.action_button.clicked.connect(self.export)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose a folder for the copy"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def export(self) -> None:
        ref, folder = self.person.ref, self.folder.text().strip()
        if not ref:
            self.error.show_message(self.tr("Please find the person first."))
            return
        if not folder:
            self.error.show_message(self.tr("Please choose the folder for the copy."))
            return
        self.context.settings.last_folder = folder
        db = self.context.db

        def work(progress):
            from pathlib import Path

            # reportlab loads only now, not while the window starts (the menu builds this).
            from ...reports.person_export import export_person

            with db.session_scope() as session:
                return export_person(session, ref, Path(folder), today=self.context.today())

        self.context.tasks.run(work, title=self.tr("Making the copy\u2026"), cancellable=False,
                               on_done=self._done, on_error=self.failed)

    def _done(self, paths) -> None:
        self.show_result(self.tr("The copy for {who} is ready. Check it before you give it to "
                                 "them. These files were saved:\n{files}")
                         .format(who=self.person.label,
                                 files="\n".join(str(p) for p in paths)))


class EraseDialog(PrivacyDialog):
    """Erasure: the person's details are removed everywhere, then the data file is rewritten."""

    def __init__(self, context: AppContext, person_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, _tr("Erase a person's details"), _tr(
            "If someone asks you to erase their details and you have no reason to keep them, "
            "this removes their name, address, contact details, supporter, notes, equality "
            "answers and the text of letters sent to them. Their name is also taken out of "
            "notes and suggestions where it was typed. What they told you is kept without "
            "their name, so your figures stay true."), parent)
        self.person = PersonChoice(context, person_id)
        self.body.addWidget(self.person)
        self.finish_layout(QPushButton(self.tr("&Erase their details\u2026")))
        self.action_button.clicked.connect(self.erase)
        self.finish_button = QPushButton(self.tr("&Finish the clean-up"))
        set_name(self.finish_button, self.tr("Finish the clean-up"))
        self.buttons.addButton(self.finish_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.finish_button.clicked.connect(self.finish_clean_up)
        with context.db.session_scope() as session:
            pending = clean_up_pending(session)
        self.finish_button.setVisible(pending)
        if pending:
            self.show_result(self.tr(
                "An earlier erasure is saved, but the data file was not rewritten after it, so "
                "the old text may still be in the file. Close the app on every other computer "
                "that uses this file, then press Finish the clean-up."))

    def _again(self) -> str:
        return self.tr("Then open this screen again (Privacy, then Erase this person) and "
                       "press Finish the clean-up.")

    def erase(self) -> None:
        ref, who = self.person.ref, self.person.label
        if not ref:
            self.error.show_message(self.tr("Please find the person first."))
            return
        if not messages.confirm(
                self, self.tr("Erase {who}?").format(who=who),
                self.tr("Erase the details of {who}?\n\nThis cannot be undone. Their details "
                        "will be gone for good: nobody, not even an administrator, can bring "
                        "them back from this data file.").format(who=who),
                yes=self.tr("Erase their details"), no=self.tr("Keep them")):
            return
        db = self.context.db

        def work(progress):
            return erase_and_clean(db, ref)  # then the file is rewritten, so no old text is left

        self.context.tasks.run(work, title=self.tr("Erasing\u2026"), cancellable=False,
                               on_done=self._done, on_error=self.failed)

    def _done(self, result) -> None:
        self.person.choose(None)
        self.show_result(result.describe(self._again()))
        self.finish_button.setVisible(bool(result.clean_up_problem))
        self.context.announce(erase_and_clean, result)

    def finish_clean_up(self) -> None:
        db, again = self.context.db, self._again()
        done = self.tr("The data file is now rewritten. None of the old text is left in it.")

        def work(progress):
            try:
                scrub_database(db)
            except CleanUpError as error:
                return False, clean_up_message(error.problem, again)
            return True, done

        def finished(outcome) -> None:
            cleaned, text = outcome
            self.finish_button.setVisible(not cleaned)
            self.show_result(text)

        self.context.tasks.run(work, title=self.tr("Rewriting the data file\u2026"),
                               cancellable=False, on_done=finished, on_error=self.failed)


RETENTION_COLUMNS: tuple[Column[Any], ...] = (
    Column("", QT_TRANSLATE_NOOP("RetentionDialog", "Name"), lambda c: c.display_name),
    Column("", QT_TRANSLATE_NOOP("RetentionDialog", "Reference"), lambda c: c.ref),
    Column("", QT_TRANSLATE_NOOP("RetentionDialog", "Last in touch"),
           lambda c: format_date(c.last_contact),
           chars=14),
)


class RetentionDialog(PrivacyDialog):
    """People with no contact for N years: tick the ones to remove, then remove in one step."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, _tr("Review old records"), _tr(
            "These people have not come to an activity, made a suggestion, or been sent a "
            "letter for this many years. Tick the people whose details you no longer need, "
            "then remove their details in one step. What they told you stays in the figures, "
            "without their names. This cannot be undone."), parent)
        self.candidates: list[RetentionCandidate] = []
        row = QHBoxLayout()
        self.years = QSpinBox()
        self.years.setRange(1, 50)
        self.years.setSuffix(self.tr(" years"))
        set_name(self.years, self.tr("No contact for at least"))
        years_label = QLabel(self.tr("No contact for at &least:"))
        years_label.setBuddy(self.years)
        with context.db.session_scope() as session:
            self.years.setValue(get_details(session).retention_years)
        self.years.valueChanged.connect(self.refresh)
        row.addWidget(years_label)
        row.addWidget(self.years)
        row.addStretch(1)
        self.tick_button = QPushButton(self.tr("&Tick everyone"))
        self.untick_button = QPushButton(self.tr("&Untick everyone"))
        for button in (self.tick_button, self.untick_button):
            set_name(button, button.text())
            row.addWidget(button)
        self.body.addLayout(row)
        self.model = CheckRowsModel(RETENTION_COLUMNS, CTX, key=lambda c: c.person_id,
                                    parent=self)
        self.view = table_view(self.model, self.tr("People to review. Press Space to tick."),
                               stretch=0, sortable=False)
        self.body.addWidget(self.view, 3)
        self.count = paragraph("")
        self.body.addWidget(self.count)
        self.tick_button.clicked.connect(lambda: self._tick(True))
        self.untick_button.clicked.connect(lambda: self._tick(False))
        self.model.dataChanged.connect(self._show_count)
        self.finish_layout(QPushButton(self.tr("&Remove the details of the ticked people"
                                               "\u2026")))
        self.action_button.clicked.connect(self.remove)
        self.resize(fitting_size(self, 90, 36))
        self.refresh()

    def refresh(self) -> None:
        self.error.clear_message()
        try:
            with self.context.db.session_scope() as session:
                self.candidates = retention_candidates(session, self.context.today(),
                                                       self.years.value())
        except PartappError as error:
            self.candidates = []
            self.error.show_message(str(error))
        self.model.set_rows(self.candidates)
        self._show_count()

    def _tick(self, ticked: bool) -> None:
        self.model.tick_all(ticked)
        self._show_count()

    def _show_count(self, *_args) -> None:
        total, ticked = len(self.candidates), len(self.model.ticked)
        if total:
            text = self.tr("%n people to review", "", total)
            text += self.tr(", {n} ticked.").format(n=ticked)
        else:
            text = self.tr("Nobody has been out of touch for this long.")
        set_paragraph(self.count, text)
        self.action_button.setEnabled(ticked > 0)
        self.tick_button.setEnabled(ticked < total)
        self.untick_button.setEnabled(ticked > 0)

    def remove(self) -> None:
        ids = sorted(self.model.ticked)
        if not ids or not messages.confirm(
                self, self.tr("Remove their details?"),
                self.tr("Remove the details of %n people?\n\nThis cannot be undone. "
                        "Their details will be gone for good.", "", len(ids)),
                yes=self.tr("Remove their details"), no=self.tr("Keep them")):
            return
        db = self.context.db

        def work(progress):
            return anonymise_and_clean(db, ids)

        self.context.tasks.run(work, title=self.tr("Removing details\u2026"),
                               cancellable=False, on_done=self._done, on_error=self.failed)

    def _done(self, result) -> None:
        self.context.announce(anonymise_and_clean, result)
        self.refresh()
        self.show_result(result.describe(self.tr(
            "Then choose Privacy, then Erase this person, and press Finish the clean-up.")))
