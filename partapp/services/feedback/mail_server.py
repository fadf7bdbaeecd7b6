"""The organisation's own mail server, for sending email letters straight from the app.

Off until an administrator turns it on in Settings. The server's name, port, security, user
name and sender address are kept in the data file (``app_setting``, keys ``mail.*``), so every
office uses the same server. The password never is: it goes in this computer's keyring (Windows
Credential Manager, the macOS Keychain, the desktop's Secret Service on Linux) through the
``keyring`` library (services/files/keyring_store.py). On a computer with no keyring the app
says so, and keeps a password typed in only in memory until the app closes; it is never
written to the data file, a settings file or a log.

Nothing here touches the network: services/feedback/mail_send.py does that, only when asked.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from ..access import audit
from ..access.auth import require
from ..changed import Changed, operation
from ..errors import PartappError, ValidationError
from ..files import keyring_store
from ..store.backup_rotation import get_setting, set_setting
from ..validation import optional_text
from ..words import said

KEYRING_SERVICE = "Participation Tracker mail server"
SECURITY = {
    "starttls": "STARTTLS (usually port 587)",
    "ssl": "SSL/TLS (usually port 465)",
    "none": "No encryption (not safe: only for a server inside your own network)",
}
USUAL_PORT = {"starttls": 587, "ssl": 465, "none": 25}
_KEYS = ("enabled", "host", "port", "security", "username", "sender")
NO_KEYRING = keyring_store.NO_KEYRING.format(what="mail server")
_for_now = keyring_store._for_now  # a password typed in where there is no keyring (this run)


@dataclass(frozen=True)
class MailServer:
    """How to reach the organisation's mail server. ``enabled`` is False until turned on."""

    enabled: bool = False
    host: str = ""
    port: int = 587
    security: str = "starttls"
    username: str = ""
    sender: str = ""  # the address letters come from (the organisation's, when empty)

    @property
    def is_set_up(self) -> bool:
        return self.enabled and bool(self.host.strip())

    @property
    def password_key(self) -> str:
        """The name the password is kept under in the keyring: the user at the server."""
        return f"{self.username.strip()}@{self.host.strip().lower()}"


def get_mail_server(session: Session) -> MailServer:
    values = {key: get_setting(session, f"mail.{key}").strip() for key in _KEYS}
    security = values["security"] if values["security"] in SECURITY else "starttls"
    port = values["port"]
    return MailServer(enabled=values["enabled"] == "1", host=values["host"],
                      port=int(port) if port.isdigit() else USUAL_PORT[security],
                      security=security, username=values["username"], sender=values["sender"])


def check_mail_server(server: MailServer) -> MailServer:
    """The settings cleaned up, or ValidationError naming the field to fix."""
    host = optional_text(server.host, "host", "the server name", max_length=253)
    if server.enabled and not host:
        raise ValidationError("host", said("Please type the mail server's name, such as "
                                           "smtp.example.org. Your email provider can tell "
                                           "you it."))
    if any(c.isspace() for c in host) or "/" in host or "@" in host:
        raise ValidationError("host", said("The server name is just the name, such as "
                                           "smtp.example.org, with no spaces, @ or /."))
    if server.security not in SECURITY:
        raise ValidationError("security", said("Please choose how the connection is kept safe."))
    if not isinstance(server.port, int) or not 1 <= server.port <= 65535:
        raise ValidationError("port", said("The port is a number from 1 to 65535. Most "
                                           "servers use 587 (STARTTLS) or 465 (SSL/TLS)."))
    username = optional_text(server.username, "username", "the user name", max_length=254)
    sender = optional_text(server.sender, "sender", "the sender address", max_length=254)
    if sender and (" " in sender or sender.count("@") != 1 or sender.startswith("@")
                   or sender.endswith("@")):
        raise ValidationError("sender", said("The sender address should look like "
                                             "name@example.org."))
    return MailServer(enabled=server.enabled, host=host, port=server.port,
                      security=server.security, username=username, sender=sender)


@operation(Changed.SETTINGS)
def save_mail_server(session: Session, server: MailServer) -> MailServer:
    """Keep the mail server's settings (not its password: ``set_password``)."""
    require(session, "administrator")
    clean = check_mail_server(server)
    values = {"enabled": "1" if clean.enabled else "0", "host": clean.host,
              "port": str(clean.port), "security": clean.security,
              "username": clean.username, "sender": clean.sender}
    for key, value in values.items():
        set_setting(session, f"mail.{key}", value)
    audit.record(session, "settings", "app_setting", None,
                 f"mail server: {'on' if clean.enabled else 'off'}; security={clean.security}")
    return clean


# The password, in the keyring (services/files/keyring_store.py) -----------------------------

class KeyringMissing(PartappError):
    """This computer has no keyring to keep the password in."""

    def __init__(self) -> None:
        super().__init__(NO_KEYRING)


def keyring_available() -> bool:
    """Whether this computer has a keyring the password can be kept in."""
    return keyring_store.available()


def set_password(server: MailServer, password: str) -> bool:
    """Keep the password for this server and user. True: in the keyring; False: this computer
    has none, so it is kept in memory until the app closes (and written nowhere)."""
    return keyring_store.keep(KEYRING_SERVICE, server.password_key, password)


def get_password(server: MailServer) -> str:
    """The password kept for this server and user ("" when none is)."""
    return keyring_store.read(KEYRING_SERVICE, server.password_key)


def forget_password(server: MailServer) -> None:
    """Remove the password kept for this server and user, wherever it is."""
    keyring_store.forget(KEYRING_SERVICE, server.password_key)
