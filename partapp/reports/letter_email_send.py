"""Sending the letters of people whose format is email, through the organisation's own mail
server (Settings, Mail server), from the Letters page and ``partapp letters --send-email``.

Each message is its own transaction: the letter is marked as sent (method email, its exact
text kept), then sent, then committed. A message the server refuses rolls its marking back,
so a failure part way leaves those sent marked and the rest not, and a second run sends only
those still owed. Marking waits for any other office marking letters (``one_at_a_time``) and
skips a letter someone else has just sent (``sent_once``): nothing goes twice.

The PDF attached is the same tagged letter the printed batch has. Nothing touches the network
until ``send_email_letters`` is called.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from io import BytesIO

from ..services.changed import Changed, operation
from ..services.errors import PartappError
from ..services.feedback import letters as letter_service
from ..services.feedback.letter_content import LetterContent
from ..services.feedback.letter_templates import large_print_size
from ..services.feedback.mail_send import (
    TIMEOUT,
    MailError,
    connected,
    new_message_id,
    send_message,
)
from ..services.feedback.mail_server import MailServer, get_mail_server, get_password
from ..services.records.organisation import OrganisationDetails, get_details, get_logo
from ..services.store.database import Database
from ..services.words import counted, said
from .letter_formats import EmailParts, letter_email
from .letter_formats_files import file_name


@dataclass
class EmailSendResult:
    """What ``send_email_letters`` did. Names are people's references (never their names)
    for the command line; ``names`` maps each reference to the person's name for the screen."""

    sent: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (reference, why)
    no_address: list[str] = field(default_factory=list)
    not_sent: list[str] = field(default_factory=list)  # left when sending stopped
    already_sent: int = 0  # another office sent them meanwhile
    stopped: str = ""  # why sending stopped part way ("" when it did not)
    stopped_field: str = ""  # the setting to check
    cancelled: bool = False
    names: dict[str, str] = field(default_factory=dict)

    @property
    def changed(self) -> frozenset[Changed]:
        """Letters marked as sent, or nothing at all if none was sent."""
        return frozenset({Changed.FEEDBACK}) if self.sent else frozenset()

    @property
    def all_went(self) -> bool:
        return not (self.failed or self.no_address or self.not_sent or self.stopped)

    def lines(self) -> list[str]:
        """Plain lines saying what was sent and what was not, and which (said() and counted(),
        so the command line says them in its language)."""
        out: list[str] = []
        if self.sent:
            out.append(counted(len(self.sent),
                               "Sent {n} letter by email and marked it as sent: {refs}.",
                               "Sent {n} letters by email and marked them as sent: {refs}.",
                               refs=", ".join(self.sent)))
        if self.stopped:
            out.append(said("Sending stopped: {why}", why=self.stopped))
        if self.cancelled:
            out.append(said("Sending was stopped before the end."))
        if self.not_sent:
            out.append(said("Not sent yet (still waiting for their letter): {refs}. Send again "
                            "to send only these.", refs=", ".join(self.not_sent)))
        for ref, why in self.failed:
            out.append(said("Not sent to {ref}: {why}", ref=ref, why=why))
        if self.no_address:
            out.append(said("No email address for {refs}: add it to their record, then send "
                            "again.", refs=", ".join(self.no_address)))
        if self.already_sent:
            out.append(counted(self.already_sent, "{n} letter had just been sent by another "
                               "office, so it was not sent again.", "{n} letters had just been "
                               "sent by another office, so they were not sent again."))
        if not out:
            out.append(said("Nobody is waiting for a letter by email."))
        return out


@dataclass(frozen=True)
class _Ready:
    server: MailServer
    letters: list[LetterContent]
    contacts: dict[int, letter_service.LetterContact]
    organisation: OrganisationDetails
    logo: bytes | None
    large_print_size: int
    sender: str


def _load(db: Database, person_ids: Sequence[int] | None, today: date) -> _Ready:
    with db.session_scope() as session:
        server = get_mail_server(session)
        if not server.is_set_up:
            raise MailError("enabled", said("Sending by email is turned off. An administrator "
                                            "can turn it on in Settings, Mail server."))
        due = letter_service.letters_due(session, today=today,
                                         person_ids=list(person_ids) if person_ids else None)
        wanted = [letter for letter in due if letter.format == "email"]
        if person_ids:
            order = {pid: n for n, pid in enumerate(person_ids)}
            wanted.sort(key=lambda letter: order.get(letter.person_id, len(order)))
        contacts = letter_service.letter_contacts(session, [x.person_id for x in wanted])
        organisation = get_details(session)
        logo, size = get_logo(session), large_print_size(session)
    if wanted and not organisation.is_set_up:
        raise MailError("organisation", said("Letters need your organisation's name. Please "
                                             "add it in Settings, then try again."))
    sender = next((a for a in (server.sender, organisation.email, server.username)
                   if "@" in a), "")
    if wanted and not sender:
        raise MailError("sender", said("Please fill in the Sender address in Settings, Mail "
                                       "server: the address your letters come from."))
    return _Ready(server, wanted, contacts, organisation, logo, size, sender)


def letter_message(ready: _Ready, letter: LetterContent, ref: str) -> EmailMessage:
    """The letter's email as it is sent: the same as its ``.eml``, from the sender address,
    dated now, with its own Message-ID, and no longer a draft."""
    from .letter_pdf import render_letters

    pdf = BytesIO()
    render_letters([letter], pdf, organisation=ready.organisation, logo=ready.logo,
                   large_print_size=ready.large_print_size, references=[ref])
    contact = ready.contacts[letter.person_id]
    message = letter_email(letter, EmailParts(
        to=contact.email, from_name=ready.organisation.name, from_address=ready.sender,
        pdf=pdf.getvalue(), pdf_name=file_name(ref, letter.person_id, "email")[:-4] + ".pdf"))
    del message["X-Unsent"]
    del message["Date"]
    message["Date"] = format_datetime(datetime.now().astimezone())
    message["Message-ID"] = new_message_id(ready.sender)
    return message


@operation(Changed.FEEDBACK)
def send_email_letters(db: Database, *, today: date | None = None,
                       person_ids: Sequence[int] | None = None, sent_by: str = "",
                       progress: Callable[[int, int], None] | None = None,
                       cancelled: Callable[[], bool] | None = None,
                       timeout: float = TIMEOUT) -> EmailSendResult:
    """Send the letter of each email-format person owed one (of ``person_ids``, or everyone),
    one transaction each. ``progress(done, total)`` after each; ``cancelled()`` is asked
    before each, and stops the rest. Problems before anything is sent raise MailError."""
    today = today or date.today()
    ready = _load(db, person_ids, today)
    result = EmailSendResult()
    refs = {letter.person_id: ready.contacts[letter.person_id].ref or f"#{letter.person_id}"
            for letter in ready.letters}
    result.names = {refs[x.person_id]: x.person_name for x in ready.letters}
    todo = []
    for letter in ready.letters:
        if "@" in ready.contacts[letter.person_id].email:
            todo.append(letter)
        else:
            result.no_address.append(refs[letter.person_id])
    if not todo:
        return result
    with connected(ready.server, get_password(ready.server), timeout=timeout) as smtp:
        for done, letter in enumerate(todo):
            ref = refs[letter.person_id]
            if cancelled is not None and cancelled():
                result.cancelled = True
                result.not_sent.extend(refs[x.person_id] for x in todo[done:])
                break
            went = False
            try:
                message = letter_message(ready, letter, ref)
                with db.session_scope() as session:
                    marked = letter_service.mark_sent_once(
                        session, [letter], sent_on=today, sent_by=sent_by, method="email",
                        today=today)
                    if marked.marked:
                        send_message(smtp, message, ready.server)
                        went = True
                if went:
                    result.sent.append(ref)
                else:
                    result.already_sent += 1
            except MailError as error:
                if error.stop:
                    result.stopped, result.stopped_field = error.message, error.field
                    result.not_sent.extend(refs[x.person_id] for x in todo[done:])
                    break
                result.failed.append((ref, error.message))
            except PartappError as error:  # sent, but the data file would not keep it
                if not went:
                    raise
                result.stopped = said("the letter to {ref} was sent, but could not be marked "
                                      "as sent ({why}). Please mark it as sent by hand.",
                                      ref=ref, why=error.message)
                result.not_sent.extend(refs[x.person_id] for x in todo[done + 1:])
                break
            if progress is not None:
                progress(done + 1, len(todo))
    return result
