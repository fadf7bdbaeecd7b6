"""Talking to the organisation's mail server (SMTP): the only code in the app that uses the
network, and only when someone presses "Send" or runs ``partapp letters --send-email``.

Every problem becomes a ``MailError`` with a plain message naming the setting to check (its
``field``: host, port, security, username, password or sender), or, for one letter, the
person's address. No traceback and no password ever reaches the message.

TLS is checked as a browser checks it: the server's certificate must be valid for its name,
signed by an authority this computer trusts.
"""

from __future__ import annotations

import smtplib
import socket
import ssl
from collections.abc import Iterator
from contextlib import contextmanager
from email.message import EmailMessage
from email.utils import make_msgid

from ..errors import ValidationError
from ..words import said
from .mail_server import MailServer

TIMEOUT = 30  # seconds to wait for the server at each step


class MailError(ValidationError):
    """Sending did not work. ``field`` is the setting to check; ``stop`` is False when only
    this one message failed (its address was refused) and the others can still go."""

    def __init__(self, field: str, message: str, *, stop: bool = True) -> None:
        super().__init__(field, message)
        self.stop = stop


def _problem(error: BaseException, server: MailServer) -> MailError:
    """A plain message for what went wrong while connecting or signing in."""
    name, port = server.host, server.port
    if isinstance(error, smtplib.SMTPAuthenticationError):
        return MailError("password", said("The mail server {name} did not accept the user "
                                          "name and password. Please check the Password (and "
                                          "the User name), then try again.", name=name))
    if isinstance(error, smtplib.SMTPNotSupportedError) or (
            isinstance(error, smtplib.SMTPException) and "STARTTLS" in str(error)):
        return MailError("security", said("The mail server {name} does not offer STARTTLS on "
                                          "port {port}. Please check the Security and the "
                                          "Port: many servers use SSL/TLS on port 465 instead.",
                                          name=name, port=port))
    if isinstance(error, ssl.SSLCertVerificationError):
        return MailError("host", said("The mail server's certificate is not valid for {name}, "
                                      "or is not signed by an authority this computer trusts, "
                                      "so nothing was sent. Please check the Server name is "
                                      "exactly the one your email provider gives.", name=name))
    if isinstance(error, ssl.SSLError):
        return MailError("security", said("The mail server {name} refused a safe (TLS) "
                                          "connection on port {port}. Please check the "
                                          "Security matches the Port: STARTTLS with 587, "
                                          "SSL/TLS with 465.", name=name, port=port))
    if isinstance(error, socket.gaierror):
        return MailError("host", said("No mail server called {name} could be found. Please "
                                      "check the Server name, and that this computer is "
                                      "online.", name=name))
    # smtplib turns a read that timed out into "Connection unexpectedly closed: timed out"
    if isinstance(error, TimeoutError | socket.timeout) or isinstance(
            error.__context__, TimeoutError | socket.timeout):
        return MailError("port", said("The mail server {name} took too long to answer on port "
                                      "{port}. Please check the Port and the Server name, and "
                                      "that this computer is online.", name=name, port=port))
    if isinstance(error, ConnectionRefusedError):
        return MailError("port", said("The mail server {name} is not taking connections on "
                                      "port {port}. Please check the Port (often 587 or 465), "
                                      "or try again later.", name=name, port=port))
    if isinstance(error, smtplib.SMTPServerDisconnected | ConnectionError | EOFError):
        return MailError("security", said("The mail server {name} closed the connection. "
                                          "Please check the Security matches the Port "
                                          "(STARTTLS with 587, SSL/TLS with 465), then try "
                                          "again.", name=name))
    if isinstance(error, smtplib.SMTPSenderRefused):
        if error.smtp_code == 530 or (500 <= error.smtp_code < 600 and not server.username):
            return MailError("username", said("The mail server {name} asks for a user name "
                                              "and password. Please fill in the User name and "
                                              "Password.", name=name))
        return MailError("sender", said("The mail server {name} would not send from {value}. "
                                        "Please check the Sender address is one this account "
                                        "may send from.", name=name,
                                        value=server.sender or 'that address'))
    if isinstance(error, smtplib.SMTPResponseException):
        return MailError("host", said("The mail server {name} said no ({smtp_code}). Please "
                                      "check the settings, or ask your email provider.",
                                      name=name, smtp_code=error.smtp_code))
    return MailError("host", said("The mail server {name} could not be reached. Please check "
                                  "the Server name and the Port, and that this computer is "
                                  "online.", name=name))


@contextmanager
def connected(server: MailServer, password: str, *,
              timeout: float = TIMEOUT) -> Iterator[smtplib.SMTP]:
    """An open, signed-in connection to the server, closed afterwards. Raises MailError."""
    if not server.host:
        raise MailError("host", said("Please type the mail server's name in Settings, Mail "
                                     "server."))
    if server.username and not password:
        raise MailError("password", said("There is no password for the mail server on this "
                                         "computer. Please type it in Settings, Mail server."))
    context = ssl.create_default_context()
    smtp: smtplib.SMTP | None = None
    try:
        if server.security == "ssl":
            smtp = smtplib.SMTP_SSL(server.host, server.port, timeout=timeout, context=context)
        else:
            smtp = smtplib.SMTP(server.host, server.port, timeout=timeout)
        smtp.ehlo()
        if server.security == "starttls":
            if not smtp.has_extn("starttls"):
                raise smtplib.SMTPNotSupportedError("STARTTLS")
            smtp.starttls(context=context)
            smtp.ehlo()
        if server.username:
            smtp.login(server.username, password)
    except MailError:
        _close(smtp)
        raise
    except (OSError, smtplib.SMTPException) as error:
        _close(smtp)
        raise _problem(error, server) from None
    try:
        yield smtp
    finally:
        _close(smtp)


def _close(smtp: smtplib.SMTP | None) -> None:
    if smtp is None:
        return
    try:
        smtp.quit()
    except (OSError, smtplib.SMTPException):
        smtp.close()


def send_message(smtp: smtplib.SMTP, message: EmailMessage, server: MailServer) -> None:
    """Send one message on an open connection. Raises MailError: ``stop`` False when only
    this message's address was refused."""
    try:
        refused = smtp.send_message(message)
    except smtplib.SMTPRecipientsRefused:
        raise MailError("email", said("The mail server would not send to {to}. Please check "
                                      "the email address in the person's record.",
                                      to=message['To']),
                        stop=False) from None
    except (OSError, smtplib.SMTPException) as error:
        raise _problem(error, server) from None
    if refused:
        raise MailError("email", said("The mail server would not send to {to}. Please check "
                                      "the email address in the person's record.",
                                      to=message['To']),
                        stop=False)


def new_message_id(sender: str) -> str:
    domain = sender.rpartition("@")[2] or None
    return make_msgid(domain=domain)


def send_test(server: MailServer, password: str, to: str, *, organisation: str = "",
              timeout: float = TIMEOUT) -> None:
    """Send a short test email to ``to``. Raises MailError with what to fix."""
    to = to.strip()
    if to.count("@") != 1 or " " in to:
        raise MailError("test_to", said("Please type the address to send the test to, such as "
                                        "you@example.org."))
    sender = server.sender or server.username
    if "@" not in sender:
        raise MailError("sender", said("Please fill in the Sender address: the address your "
                                       "letters come from."))
    message = EmailMessage()
    message["Subject"] = "A test from Participation Tracker"
    message["From"] = f"{organisation} <{sender}>" if organisation else sender
    message["To"] = to
    message["Message-ID"] = new_message_id(sender)
    message.set_content("This is a test email from Participation Tracker. If you can read "
                        "it, letters can be sent by email through this mail server.\n")
    with connected(server, password, timeout=timeout) as smtp:
        send_message(smtp, message, server)
