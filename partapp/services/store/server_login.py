"""Where the database server is, and its password kept in this computer's keyring.

The server's address (host, port, database, user, TLS mode) is a URL such as
``postgresql+psycopg://user@host:5432/db?sslmode=require``: given with ``--db``, in
``PARTAPP_DB``, or made in Settings (``ServerSettings.url``). The password is never part of
it: ``partapp server-password`` or Settings keep it in the keyring
(services/files/keyring_store.py) under the user, host, port and database, and the engine
gives it to the server on connecting (``connect_args``), so it is in no URL shown on screen,
no settings file, no log and not in the data.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from ..errors import ValidationError
from ..files import keyring_store
from ..validation import optional_text
from ..words import said

KEYRING_SERVICE = "Participation Tracker database server"
DEFAULT_PORT = 5432
TLS_MODES = {
    "require": "Always (the server must use TLS)",
    "verify-full": "Always, and check the server's certificate",
    "prefer": "When the server offers it",
    "disable": "Never (only for a server inside your own network)",
}
BAD_ADDRESS = said("This is not a server address. It looks like "
                   "postgresql+psycopg://user@server/database.")


def parse(target: str) -> URL:
    try:
        return make_url(target)
    except ArgumentError as exc:
        raise ValidationError("address", BAD_ADDRESS) from exc


def password_key(url: URL) -> str:
    """The name the password is kept under: user@host:port/database."""
    return (f"{url.username or ''}@{(url.host or 'localhost').lower()}:"
            f"{url.port or DEFAULT_PORT}/{url.database or ''}")


def kept_password(target: str | URL) -> str:
    """The password kept for this address's user and server ("" when none is)."""
    url = target if isinstance(target, URL) else parse(target)
    return keyring_store.read(KEYRING_SERVICE, password_key(url))


def keep_password(target: str | URL, password: str) -> bool:
    """Keep the password for this address. True: in the keyring; False: this computer has
    none, so it is kept only until the app closes."""
    url = target if isinstance(target, URL) else parse(target)
    return keyring_store.keep(KEYRING_SERVICE, password_key(url), password)


def use_for_this_run(target: str | URL, password: str) -> None:
    """Use ``password`` for this address until the app closes, kept nowhere."""
    url = target if isinstance(target, URL) else parse(target)
    keyring_store.for_this_run(KEYRING_SERVICE, password_key(url), password)


def forget_password(target: str | URL) -> None:
    url = target if isinstance(target, URL) else parse(target)
    keyring_store.forget(KEYRING_SERVICE, password_key(url))


def without_password(target: str) -> str:
    """The address with any password taken out (to show or keep)."""
    return parse(target).set(password=None).render_as_string(hide_password=False)


@dataclass(frozen=True)
class ServerSettings:
    """Where the database server is. The password is not here: it is in the keyring."""

    host: str = ""
    port: int = DEFAULT_PORT
    database: str = ""
    user: str = ""
    tls: str = "prefer"

    def url(self) -> str:
        query = {"sslmode": self.tls} if self.tls != "prefer" else {}
        return URL.create("postgresql+psycopg", username=self.user or None, host=self.host,
                          port=self.port, database=self.database,
                          query=query).render_as_string(hide_password=False)

    @classmethod
    def from_url(cls, target: str) -> ServerSettings:
        url = parse(target)
        tls = str(url.query.get("sslmode", "prefer"))
        return cls(host=url.host or "", port=url.port or DEFAULT_PORT,
                   database=url.database or "", user=url.username or "",
                   tls=tls if tls in TLS_MODES else "prefer")


def check_server_settings(settings: ServerSettings) -> ServerSettings:
    """The settings cleaned up, or ValidationError naming the field to fix."""
    host = optional_text(settings.host, "host", "the server name", max_length=253)
    if not host:
        raise ValidationError("host", said("Please type the server's name, such as "
                                           "db.example.org. Your IT support can tell you it."))
    if any(c.isspace() for c in host) or "/" in host or "@" in host:
        raise ValidationError("host", said("The server name is just the name, such as "
                                           "db.example.org, with no spaces, @ or /."))
    if not isinstance(settings.port, int) or not 1 <= settings.port <= 65535:
        raise ValidationError("port", said("The port is a number from 1 to 65535. Most "
                                           "servers use 5432."))
    database = optional_text(settings.database, "database", "the database name",
                             max_length=63)
    if not database or any(c.isspace() or c in "/?@" for c in database):
        raise ValidationError("database", said("Please type the database's name, such as "
                                               "participation, with no spaces."))
    user = optional_text(settings.user, "user", "the user name", max_length=63)
    if not user or any(c.isspace() or c in "/?@:" for c in user):
        raise ValidationError("user", said("Please type the user name the app signs in to the "
                                           "server with, with no spaces."))
    if settings.tls not in TLS_MODES:
        raise ValidationError("tls", said("Please choose when the connection uses TLS."))
    return ServerSettings(host=host, port=settings.port, database=database, user=user,
                          tls=settings.tls)
