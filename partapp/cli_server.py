"""``backup``, ``restore`` and ``check`` when ``--db`` is a database server (a PostgreSQL URL).

They keep the promises they keep for a data file, through the server's own tools
(services/store/server_backup.py): a backup is read back in full before it counts, a restore
checks the backup and keeps a copy of what is there first, and ``check`` says what it checked
and what only the server can check. Sign-in applies as it does for a file.
"""

from __future__ import annotations

import sys
from pathlib import Path

from . import cli_safety, language
from .services.errors import PartappError
from .services.files.paths import is_url, resolve_db_target


def _t(text: str) -> str:
    return language.cli_words(text)


def on_server(args) -> bool:
    """Whether this command's ``--db`` is a database server rather than a data file."""
    return is_url(resolve_db_target(args.db))


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
        print(_t("{n} other connections to this database are open (other offices may have the "
                 "app open). Their next step may fail while it is replaced: ask them to close "
                 "the app and open it again afterwards.").format(n=others), file=sys.stderr)
    safety = restore_server(target, Path(args.path))
    print(_t("Restored the server database from {path}. What it held before was kept as "
             "{safety}.").format(path=args.path, safety=safety))
    return 0


def cmd_check(args) -> int:
    from .services.store.server_backup import check_server

    sound, message = check_server(resolve_db_target(args.db))
    if not sound:
        raise PartappError(message)
    print(message)
    return 0
