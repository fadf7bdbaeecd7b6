"""``backup``, ``restore`` and ``check`` when ``--db`` is a database server (a PostgreSQL URL).

They keep the promises they keep for a data file, through the server's own tools
(services/store/server_backup.py): a backup is read back in full before it counts, a restore
checks the backup and keeps a copy of what is there first, and ``check`` says what it checked
and what only the server can check. Sign-in applies as it does for a file.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping
from pathlib import Path

from . import cli_safety, language
from .services.errors import PartappError
from .services.files.paths import is_url, resolve_db_target
from .services.words import counted, in_language


def _t(text: str) -> str:
    return language.cli_words(text)


def _said(text: object) -> str:
    """A service's message (said(), counted()) in the command line's language."""
    return in_language(text, language.cli_language())


def on_server(args) -> bool:
    """Whether this command's ``--db`` is a database server rather than a data file."""
    return is_url(resolve_db_target(args.db))


def command_for(args, commands: Mapping[str, Callable[..., int]]) -> Callable[..., int]:
    """The command to run: on a server, backup, restore and check are the ones here."""
    if args.command in ON_A_SERVER and on_server(args):
        return ON_A_SERVER[args.command]
    return commands[args.command]


def cmd_backup(args) -> int:
    from .services.store.server_backup import backup_server

    target = resolve_db_target(args.db)
    cli_safety.gate(args)  # a backup holds everyone's details: sign-in applies
    result = backup_server(target, Path(args.out) if args.out else None)
    print(_t("Backup written: {path}").format(path=result.path))
    print(_t("It was read back in full with pg_restore before it was given its name, so it is "
             "a complete backup."))
    return 0


def cmd_restore(args) -> int:
    from .services.store.server_backup import other_connections, restore_server

    target = resolve_db_target(args.db)
    cli_safety.gate(args)  # an administrator of the database as it is now
    others = other_connections(target)
    if others:
        print(_said(counted(
            others, "{n} other connection to this database is open (another office may have "
            "the app open). Its next step may fail while it is replaced: ask them to close the "
            "app and open it again afterwards.", "{n} other connections to this database are "
            "open (other offices may have the app open). Their next step may fail while it is "
            "replaced: ask them to close the app and open it again afterwards.")),
            file=sys.stderr)
    safety = restore_server(target, Path(args.path))
    print(_t("Restored the server database from {path}. What it held before was kept as "
             "{safety}.").format(path=args.path, safety=safety))
    return 0


def add_command(sub) -> None:
    move = sub.add_parser("move-to", help="copy the data file into an empty database on a "
                                          "PostgreSQL server, checked row for row (the file "
                                          "is kept as it is)")
    move.add_argument("url", metavar="URL",
                      help="the server database, like postgresql+psycopg://user@server/name")


def cmd_move_to(args) -> int:
    from .services.store.move_to import move_to_server

    target = resolve_db_target(args.db)
    if is_url(target):
        raise PartappError(_t("move-to copies a data file to a server: give the data file with "
                              "--db, and the server's address after move-to."))
    if not is_url(args.url):
        raise PartappError(_t("{url} is not a server address. It looks like "
                              "postgresql+psycopg://user@server/database.").format(url=args.url))
    cli_safety.gate(args)  # an administrator of the file: it holds everyone's details
    path = Path(target).expanduser()
    result = move_to_server(path, args.url, passphrase=cli_safety.passphrase_for(path))
    print(_said(result.describe()))
    print(_t("To use the server from now on: partapp --db \"{url}\" (or set PARTAPP_DB)")
          .format(url=args.url))
    return 0


COMMANDS = {"move-to": cmd_move_to}


def cmd_check(args) -> int:
    from .services.store.server_backup import check_server

    sound, message = check_server(resolve_db_target(args.db))
    if not sound:
        raise PartappError(message)
    print(_said(message))
    return 0


ON_A_SERVER = {"backup": cmd_backup, "restore": cmd_restore, "check": cmd_check}
