"""The command line and the database server: keeping its password in this computer's keyring
(``partapp --db URL --server-password``), and connection trouble as one plain line.

The password is never taken on the command line (other users of the computer could see it):
it is asked for when a person is typing, or read from PARTAPP_SERVER_PASSWORD for scripts. An
address with no password in it then connects with the one kept (services/store/server_login.py).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from . import language
from .services.errors import PartappError
from .services.files.paths import is_url, resolve_db_target
from .services.words import in_language

ENV_SERVER_PASSWORD = "PARTAPP_SERVER_PASSWORD"


def _t(text: str) -> str:
    return language.cli_words(text)


def add_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--server-password", action="store_true",
                        help="keep the password for the --db server in this computer's "
                             f"keyring (asked for, or read from {ENV_SERVER_PASSWORD}), "
                             "then stop")


def for_the_command_line(error: PartappError) -> str:
    """A message as the command line says it: in its language, and a connection problem's
    'then try again' as 'then run the command again' (there is no button to press)."""
    from .services.store.connection import ServerConnectionError

    text = in_language(error.message, language.cli_language())  # a service's words, in Welsh too
    if not isinstance(error, ServerConnectionError):
        return text
    return text.replace("then try again.", _t("then run the command again."))


def trouble(exc: BaseException, target: str) -> PartappError | None:
    """A plain error for a server that could not be reached, raised outside a save."""
    if not is_url(target):
        return None
    from sqlalchemy.exc import DBAPIError

    from .services.store import connection, server_login

    if not isinstance(exc, DBAPIError):
        return None
    try:
        url = server_login.parse(target)
    except PartappError:
        url = None
    return connection.server_message(exc, url)


def keep_server_password(args: argparse.Namespace) -> int:
    """Ask for the server's password, check the server takes it, and keep it in the keyring."""
    from sqlalchemy import text

    from .services.store import connection, server_login
    from .services.store.database import make_engine

    target = resolve_db_target(args.db)
    if not is_url(target) or target.startswith("sqlite"):
        raise PartappError(_t("--server-password is for a database server: give its address "
                              "with --db, like postgresql+psycopg://user@server/database."))
    url = server_login.parse(target)
    if url.password is not None:
        raise PartappError(_t("The address has a password in it. Take the password out of "
                              "the address (user@server, not user:password@server), then "
                              "run this again."))
    if not url.username:
        raise PartappError(_t("The address has no user name. Write it like "
                              "postgresql+psycopg://user@server/database."))
    password = os.environ.get(ENV_SERVER_PASSWORD, "")
    if not password:
        if sys.stdin is None or not sys.stdin.isatty():
            raise PartappError(_t("Please type the server's password, or set {env}.")
                               .format(env=ENV_SERVER_PASSWORD))
        password = getpass.getpass(_t("Password for {user} at {host}: ")
                                   .format(user=url.username, host=url.host or "localhost"))
    engine = make_engine(url.set(password=password).render_as_string(hide_password=False))
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as exc:
        problem = connection.server_message(exc, url)
        if problem is None:
            raise
        raise PartappError(for_the_command_line(problem) + " " +
                           _t("The password was not kept.")) from exc
    finally:
        engine.dispose()
    in_keyring = server_login.keep_password(url, password)
    if not in_keyring:
        raise PartappError(_t("This computer has no keyring, so the password cannot be kept. "
                              "Set {env} when you run a command instead.")
                           .format(env=ENV_SERVER_PASSWORD))
    print(_t("The server accepted the password. It is kept in this computer's keyring, and "
             "used whenever the app opens {address}.")
          .format(address=server_login.without_password(target)))
    return 0


def password_from_environment(target: str) -> None:
    """For scripts: PARTAPP_SERVER_PASSWORD is used for this run (kept in memory only)."""
    password = os.environ.get(ENV_SERVER_PASSWORD, "")
    if password and is_url(target) and not target.startswith("sqlite"):
        from .services.store import server_login

        try:
            url = server_login.parse(target)
        except PartappError:
            return  # a wrong address is said when the command opens it
        if url.password is None:
            server_login.use_for_this_run(url, password)
