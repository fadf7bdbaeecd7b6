"""Sending the chosen email letters from the Letters page, through the organisation's own mail
server (Settings, Mail server). Runs in the background with progress and Cancel; each letter
is marked as sent (by email, its exact text kept) as it goes, so stopping part way leaves the
ones sent marked and the rest still waiting. This and the test in Settings are the only places
the app uses the network, and only when pressed."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton, QWidget

from ...services.errors import PartappError
from ...services.feedback.mail_server import get_mail_server
from .. import messages
from ..errors import report_error
from ..tasks import Progress, TaskCancelled
from ..translations import message
from ..widgets.forms import set_name

# Counted texts name their context: a mixin's own self.tr() finds a "%n" text under the
# page's class first, where "%n" already looks translated once the number is put in.
_CTX = QCoreApplication

if TYPE_CHECKING:
    from ...reports.letter_email_send import EmailSendResult
    from ..context import AppContext
    from ..itemmodels.owed import OwedModel


class LetterEmailing:
    """Mixed into LettersPage, which provides ``context``, ``model``, ``selected_ids()`` and
    ``_say()``."""

    # What the page provides (annotations only: nothing is set here at run time).
    context: AppContext
    model: OwedModel
    tr: Callable[..., str]
    window: Callable[[], QWidget]
    selected_ids: Callable[[], list[int]]
    _say: Callable[[str], None]

    def _email_button(self) -> QPushButton:
        self.email_button = QPushButton(self.tr("Send &by email\u2026"))
        set_name(self.email_button, self.tr("Send the chosen email letters"),
                 self.tr("Sends the letters of the chosen people who asked for email, through "
                         "your mail server, and marks each as sent."))
        self.email_button.clicked.connect(self.send_by_email)
        return self.email_button

    def _email_ids(self, ids: list[int]) -> list[int]:
        """The chosen people who asked for their letters by email."""
        rows = (self.model.row_data(row) for row in
                (self.model.row_of(pid) for pid in ids) if row is not None)
        return [row.id for row in rows if row is not None and row.format == "email"]

    def _show_email(self, ids: list[int]) -> None:
        self.email_button.setEnabled(bool(self._email_ids(ids)))

    def send_by_email(self) -> None:
        ids = self._email_ids(self.selected_ids())
        if not ids:
            return
        parent = self.window()
        try:
            with self.context.db.session_scope() as session:
                server = get_mail_server(session)
        except PartappError as error:
            report_error(error, parent)
            return
        if not server.is_set_up:
            messages.inform(parent, self.tr("Sending by email is turned off"), self.tr(
                "An administrator can turn it on in Settings, Mail server. Until then, "
                "\u201cSave as PDF\u201d writes an email ready to send beside the letters for "
                "each person who asked for email."))
            return
        if not messages.confirm(
                parent, self.tr("Send these letters by email?"),
                _CTX.translate("LetterEmailing", "Send %n letters by email through {server}? "
                               "Each one is marked as sent as it goes.", "", len(ids))
                .format(server=server.host),
                yes=self.tr("Send them"), no=self.tr("Go back")):
            return
        from ...reports.letter_email_send import send_email_letters  # not needed at start

        db, today = self.context.db, self.context.today()
        message = self.tr("Sending letter {done} of {total} by email\u2026")

        def work(progress: Progress) -> EmailSendResult:  # on the worker thread
            progress.report(0, len(ids), message.format(done=1, total=len(ids)))

            def step(done: int, total: int) -> None:
                progress.report(done, total, message.format(done=min(done + 1, total),
                                                            total=total))

            return send_email_letters(db, today=today, person_ids=ids, progress=step,
                                      cancelled=lambda: progress.cancelled)

        self.context.tasks.run(work, title=self.tr("Sending letters by email\u2026"),
                               on_done=self._emailed, on_error=self._email_failed)

    def _emailed(self, result: EmailSendResult) -> None:
        from ...reports.letter_email_send import send_email_letters

        self.context.announce(send_email_letters, result)
        self._say("\n".join(self.email_lines(result)))
        if result.stopped:
            messages.warn(self.window(), self.tr("Some letters were not sent"), result.stopped)

    def email_lines(self, result: EmailSendResult) -> list[str]:
        """What happened, in the screen's language, naming people (the screen may)."""
        def names(refs: list[str]) -> str:
            return ", ".join(result.names.get(ref, ref) for ref in refs)

        lines = []
        if result.sent:
            lines.append(_CTX.translate("LetterEmailing", "Sent %n letters by email and marked "
                                        "them as sent:", "", len(result.sent))
                         + " " + names(result.sent) + ".")
        if result.stopped:
            lines.append(self.tr("Sending stopped: {why}").format(
                why=message(result.stopped)))
        if result.cancelled:
            lines.append(self.tr("Sending was stopped before the end."))
        if result.not_sent:
            lines.append(self.tr("Not sent yet: {names}. Press \u201cSend by email\u201d again "
                                 "to send only these.").format(names=names(result.not_sent)))
        for ref, why in result.failed:
            lines.append(self.tr("Not sent to {name}: {why}").format(
                name=result.names.get(ref, ref), why=message(why)))
        if result.no_address:
            lines.append(self.tr("No email address for {names}: add it to their record, then "
                                 "send again.").format(names=names(result.no_address)))
        if result.already_sent:
            lines.append(_CTX.translate("LetterEmailing", "%n letters had just been sent by "
                                        "another office, so they were not sent again.", "",
                                        result.already_sent))
        return lines or [self.tr("Nobody chosen is waiting for a letter by email.")]

    def _email_failed(self, error: BaseException) -> None:
        if isinstance(error, TaskCancelled):
            self._say(self.tr("Stopped. Nothing was sent."))
        elif isinstance(error, PartappError):
            self._say(self.tr("Nothing was sent.") + " " + message(error))
            messages.warn(self.window(), self.tr("Nothing was sent"), str(error))
        else:
            report_error(error, self.window())
