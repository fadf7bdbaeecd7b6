"""What the Letters page does with the chosen letters: print them (with a print preview), save
them as one PDF, mark them as sent, or record a phone call. Letters that may be hard to read
are listed, and printing waits for a yes. Exactly the letters printed are the ones marked as
sent (unless the records change in between, when they are made again)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtWidgets import QFileDialog

from ...services.errors import PartappError
from ...services.feedback.letters import letters_due, record_printed
from ...services.files.output_files import copy_file
from ...services.records.suggestions import get_suggestion
from .. import messages, translations
from ..errors import report_error
from ..qt_types import QT_TRANSLATE_NOOP
from ..settings import Setting
from ..tasks import TaskCancelled
from .letters_work import LetterBatch, needs_format_files, prepare_batch, write_formats

LETTERS_FOLDER: Setting[str] = Setting("letters/folder", "", str)
MARK_THEM = QT_TRANSLATE_NOOP("LetterActions", "When the letters have gone out, press "
                                               "\u201cMark these as sent\u201d.")


if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QPushButton, QWidget

    from ..context import AppContext
    from ..itemmodels.owed import OwedModel
    from ..widgets.pdf_preview import PdfPreview
    from .letters_stale import StaleTextButtons


class LetterActions:
    """Mixed into LettersPage, which provides ``context``, ``selected_ids()``, ``model``,
    ``batch``, ``batch_pdf``, ``dialog``, ``_temp_path()`` and ``_say()``."""

    # What the page provides (annotations only: nothing is set here at run time).
    context: AppContext
    model: OwedModel
    batch: LetterBatch | None
    batch_pdf: PdfPreview
    print_button: QPushButton
    tr: Callable[..., str]
    window: Callable[[], QWidget]
    selected_ids: Callable[[], list[int]]
    _temp_path: Callable[[str], Path]
    _say: Callable[[str], None]
    dialog: QDialog | None
    stale_fix: StaleTextButtons

    def page_widget(self) -> QWidget:
        """The page this is mixed into, as the parent of the windows it opens."""
        return cast("QWidget", self)

    def print_letters(self) -> None:
        self._make_batch("print")

    def print_page(self) -> bool:
        """Ctrl+P prints the chosen letters, as the Print button does."""
        if not self.print_button.isEnabled():
            return False
        self.print_letters()
        return True

    def print_preview(self) -> None:
        self._make_batch("preview")

    def save_letters(self) -> None:
        self._make_batch("save")

    def _make_batch(self, action: str) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        db, today, out = self.context.db, self.context.today(), self._temp_path("letters")
        self.context.tasks.run(
            lambda progress: prepare_batch(db, ids, out, today=today, progress=progress),
            title=self.tr("Getting the letters ready\u2026"),
            on_done=lambda batch: self._batch_ready(action, batch), on_error=self._batch_failed)

    def _left_out(self, batch: LetterBatch | None) -> str:
        if batch is None or not batch.phone_people:
            return ""
        return self.tr("Left out, because they would like a phone call: {names}.").format(
            names=", ".join(batch.phone_people))

    def _batch_ready(self, action: str, batch: LetterBatch) -> None:
        if not batch.letters:
            self._say(self._left_out(batch) or self.tr("Nobody chosen is waiting for a letter "
                                                       "now."))
            return
        assert batch.path is not None  # letters were made, so they were written
        if batch.failing and not self._confirm_hard_to_read(action, batch):
            batch.path.unlink(missing_ok=True)
            self._say(self.tr("Nothing was printed or saved. You can change the wording in "
                              "Settings, or the decision itself, then try again."))
            return
        if batch.address_too_long and action != "save" and not messages.confirm(
                self.page_widget(),
                self.tr("Some addresses are too long for the envelope window"),
                self.tr("These addresses will not fit the envelope window at their letter's "
                        "size: {names}. You can shorten them in each person's record, or use "
                        "bigger envelopes.").format(names=", ".join(batch.address_too_long)),
                yes=self.tr("Print them anyway"), no=self.tr("Go back")):
            batch.path.unlink(missing_ok=True)
            self._say(self.tr("Nothing was printed."))
            return
        if not self.stale_fix.confirm_print(batch.letters, action):
            batch.path.unlink(missing_ok=True)
            self._say(self.tr("Nothing was printed or saved."))
            return
        self.batch = batch
        self._say(self._left_out(batch))
        if action == "save":
            self._save_batch(batch)
            return
        self.batch_pdf.load_file(batch.path)
        title = self.tr("%n letters", "", len(batch.letters))
        if action == "print":
            self.batch_pdf.print_with_dialog(self.context.tasks, title=title)
        else:
            self.batch_pdf.show_print_preview()

    def _confirm_hard_to_read(self, action: str, batch: LetterBatch) -> bool:
        shown = "\n".join(f"\u2022 {name}: {summary}" for name, summary in batch.failing[:5])
        more = len(batch.failing) - 5
        if more > 0:
            shown += "\n" + self.tr("\u2026and %n more.", "", more)
        text = self.tr("%n letters may be hard to read:", "", len(batch.failing)) + "\n" + shown
        yes = self.tr("Save them anyway") if action == "save" else self.tr("Print them anyway")
        return messages.confirm(
                self.page_widget(), self.tr("Some letters may be hard to read"), text,
                                yes=yes, no=self.tr("Go back"))

    def _batch_failed(self, error: BaseException) -> None:
        if isinstance(error, TaskCancelled):
            self._say(self.tr("Stopped. Nothing was printed or saved."))
        else:
            report_error(error, self.window())

    def _save_batch(self, batch: LetterBatch) -> None:
        folder = self.context.settings.read(LETTERS_FOLDER)
        if not folder or not Path(folder).is_dir():
            folder = str(Path.home())
        stem = self.tr("Letters {date}").format(date=self.context.today().isoformat())
        name, _ = QFileDialog.getSaveFileName(self.page_widget(),
                                              self.tr("Save the letters as a PDF"),
                                              str(Path(folder) / f"{stem}.pdf"),
                                              self.tr("PDF files (*.pdf)"))
        if not name:
            self._say(self.tr("The letters were not saved."))
            return
        path = Path(name)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        assert batch.path is not None
        try:
            copy_file(batch.path, path, what=self.tr("the letters"))
        except PartappError as error:  # the data file, a backup, or the disk said no
            messages.warn(self.page_widget(), self.tr("The letters were not saved"),
                          str(error))
            return
        self.context.settings.write(LETTERS_FOLDER, str(path.parent))
        self._record_printed(len(batch.letters))
        saved = self.tr("Saved %n letters as {path}.", "", len(batch.letters)).format(path=path)
        said = " ".join(t for t in (saved, self._left_out(batch), self.tr(MARK_THEM)) if t)
        self._say(said)
        if needs_format_files(batch.letters):  # braille, audio and email files go beside it
            db, letters = self.context.db, batch.letters
            self.context.tasks.run(
                lambda progress: write_formats(db, letters, path, progress=progress),
                title=self.tr("Writing the braille, audio and email files\u2026"),
                on_done=lambda lines: self._say("\n".join(
                    [said, *(translations.message(line) for line in lines)])),
                on_error=lambda error: self._formats_failed(said, error))

    def _formats_failed(self, said: str, error: BaseException) -> None:
        if isinstance(error, TaskCancelled):
            self._say(said + " " + self.tr("Stopped before all the braille, audio and email "
                                           "files were written."))
        else:
            self._say(said)
            report_error(error, self.window())

    def _printed(self, pages: int) -> None:
        if not pages or self.batch is None:
            self._say(self.tr("Printing stopped."))
            return
        self._record_printed(len(self.batch.letters))
        sent = self.tr("Sent %n pages to the printer.", "", pages)
        self._say(" ".join(t for t in (sent, self._left_out(self.batch), self.tr(MARK_THEM))
                           if t))

    def _record_printed(self, count: int) -> None:
        """A line in the audit: how many, the lawful basis and who printed them."""
        try:
            with self.context.db.session_scope() as session:
                record_printed(session, count, printed_by="")
        except PartappError as error:
            report_error(error, self.window())

    # Marking as sent, and phone calls ------------------------------------------------------
    def mark_sent(self) -> None:
        from ..dialogs.mark_sent import MarkSentDialog

        ids = self.selected_ids()
        if not ids:
            return
        printed = self.batch.by_person() if self.batch is not None else {}
        letters = [printed[pid] for pid in ids if pid in printed]
        self.dialog = MarkSentDialog(self.context, ids, letters, self.window())
        self.dialog.saved.connect(self._marked)
        self.dialog.open()

    def _marked(self, count: int) -> None:
        self.batch = None
        self._say(self.tr("Marked %n letters as sent.", "", count) + " "
                  + self.tr("You can find them under \u201cSent letters\u201d."))

    def record_call(self) -> None:
        from ..dialogs.phone_call import PhoneCallDialog

        ids = self.selected_ids()
        if len(ids) != 1:
            return
        position = self.model.row_of(ids[0])
        row = self.model.row_data(position) if position is not None else None
        if row is None:
            return
        try:
            with self.context.db.session_scope() as session:
                due = letters_due(session, today=self.context.today(), person_ids=ids)
                about = [get_suggestion(session, sid) for sid in row.suggestion_ids]
        except PartappError as error:
            report_error(error, self.window())
            return
        guide = due[0].body_text() if due else ""
        call = PhoneCallDialog(self.context, row.id, row.name, row.phone, about, guide,
                               self.window())
        call.saved.connect(self._called)
        self.dialog = call
        call.open()

    def _called(self, _person_id: int) -> None:
        self._say(self.tr("The call was recorded. You can find it under \u201cSent "
                          "letters\u201d."))
