"""Trouble reaching the database server, in plain words: the one place psycopg's errors
become messages (wrong password, unknown server, refused, no answer, TLS, no such database,
too many connections, the connection lost part way).

``server_message`` names what to check; ``engine_options`` keeps the connection pool healthy
(a connection the server dropped is noticed and replaced before it is used, and a server that
does not answer is given up on after ``CONNECT_TIMEOUT`` seconds instead of hanging the app).
Every save is one transaction, so when the connection is lost part way nothing of it is kept:
the messages say so, and that it can be tried again.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError

from ..errors import DatabaseError
from ..words import said, term
from . import server_login

CONNECT_TIMEOUT = 10  # seconds to wait for a server that does not answer


class ServerConnectionError(DatabaseError):
    """The database server could not be reached or refused the connection. ``retry``: trying
    again later may work (the server or network may come back); False when a setting must
    change first (wrong password, no such database); ``password``: the server wants a
    (another) password, so asking for it is the way on."""

    def __init__(self, message: str, *, retry: bool = True, password: bool = False) -> None:
        super().__init__(message)
        self.retry = retry
        self.password = password


def engine_options(url: URL) -> dict[str, Any]:
    """``create_engine`` options for a server database: check each connection before use,
    give up on a server that does not answer, and the keyring's password when the address
    has none."""
    if url.get_backend_name() != "postgresql":
        return {"pool_pre_ping": True}
    connect_args: dict[str, Any] = {}
    if "connect_timeout" not in url.query:
        connect_args["connect_timeout"] = CONNECT_TIMEOUT
    if url.password is None:
        kept = server_login.kept_password(url)
        if kept:
            connect_args["password"] = kept  # never in the URL, so never shown or logged
    return {"pool_pre_ping": True, "connect_args": connect_args}


def server_engine(target: str) -> Engine:
    """An engine for the server database at ``target``, with ``engine_options``."""
    return create_engine(target, future=True, **engine_options(make_url(target)))


def server_password(target: str | URL) -> str:
    """The password to give the server: the address's own, else the one kept for it."""
    url = make_url(target) if isinstance(target, str) else target
    return str(url.password) if url.password else server_login.kept_password(url)


def _where(url: URL | None) -> str:
    if url is None or not url.host:
        return term("the database server")
    if url.port and url.port != server_login.DEFAULT_PORT:
        return said("{host} (port {port})", host=url.host, port=url.port)
    return url.host


def server_message(exc: BaseException, url: URL | None) -> ServerConnectionError | None:
    """A plain error for a failure to reach or use the server, else None (not a connection
    problem: another kind of error, left to its own handling)."""
    inner = getattr(exc, "orig", None) or exc
    if not isinstance(exc, DBAPIError) and not type(inner).__module__.startswith("psycopg"):
        return None  # not the database driver's: some other error, whatever its words
    text = str(inner).lower()
    state = getattr(inner, "sqlstate", None) or ""
    where = _where(url)
    user = (url.username if url is not None else "") or term("the app's user")
    database = (url.database if url is not None else "") or term("the database")
    if "password authentication failed" in text or state == "28P01":
        return ServerConnectionError(said(
            "The server at {where} did not accept the password for {user}. Type the password "
            "again (Settings, Database server, or partapp --server-password), or ask your IT "
            "support for the right one.", where=where, user=user), retry=False, password=True)
    if "no password supplied" in text:
        return ServerConnectionError(said(
            "The server at {where} needs a password for {user}, and none is kept on this "
            "computer. Type it in Settings, Database server, or run partapp --server-password.",
            where=where, user=user), retry=False, password=True)
    if "failed to resolve host" in text or "could not translate host name" in text:
        return ServerConnectionError(said(
            "No server called {where} could be found. Check the server's name in Settings, "
            "Database server (or the address), and that this computer is on the network, then "
            "try again.", where=where))
    if "connection refused" in text:
        return ServerConnectionError(said(
            "The server at {where} is not taking connections. Check the server is running and "
            "the port is right, then try again.", where=where))
    if "timeout expired" in text or "timed out" in text:
        return ServerConnectionError(said(
            "The server at {where} did not answer. Check the computer is on the network, then "
            "try again.", where=where))
    if "pg_hba.conf" in text and "no encryption" in text:
        return ServerConnectionError(said(
            "The server at {where} only takes connections that use TLS. In Settings, Database "
            "server, set TLS to Always (or add ?sslmode=require to the address).", where=where),
            retry=False)
    if "pg_hba.conf" in text:
        return ServerConnectionError(said(
            "The server at {where} does not let {user} connect from this computer. Ask your IT "
            "support to allow it.", where=where, user=user), retry=False)
    if (state.startswith("08") or state in ("57P01", "57P02", "57P03")
            or "server closed the connection" in text or "connection is lost" in text
            or "consuming input failed" in text or "unexpected eof" in text
            or "connection is closed" in text
            or "the database system is" in text or "terminating connection" in text):
        return ServerConnectionError(said(
            "The connection to the server at {where} was lost. Nothing of this step was saved. "
            "Check the computer is on the network and the server is running, then try again.",
            where=where))
    if "ssl" in text or "certificate" in text or "tls" in text:
        return ServerConnectionError(said(
            "A safe (TLS) connection to the server at {where} could not be made. Ask your IT "
            "support whether it uses TLS and which setting to choose in Settings, Database "
            "server.", where=where), retry=False)
    if ("does not exist" in text and "database" in text) or state == "3D000":
        return ServerConnectionError(said(
            "The server at {where} has no database called {database}. Check its name in "
            "Settings, Database server (or the address).", where=where, database=database),
            retry=False)
    if "too many clients" in text or "connection slots are reserved" in text \
            or state == "53300":
        return ServerConnectionError(said(
            "The server at {where} is busy: too many computers are connected to it. Wait a "
            "minute, then try again.", where=where))
    if "permission denied" in text or state == "42501":
        return ServerConnectionError(said(
            "The user {user} may not change the database {database} on the server at {where}. "
            "Ask your IT support to make {user} the database's owner.", where=where, user=user,
            database=database), retry=False)
    return None


def try_connection(target: str, password: str = "") -> None:
    """Connect to the server at ``target`` once (with ``password``, else the kept one) and
    disconnect; ServerConnectionError says plainly why not. Changes nothing there."""
    from sqlalchemy import text

    url = make_url(target)
    if password:
        url = url.set(password=password)
    engine = create_engine(url, future=True, **engine_options(url))
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except DBAPIError as exc:
        lost = server_message(exc, url)
        if lost is None:
            raise
        raise lost from exc
    finally:
        engine.dispose()
