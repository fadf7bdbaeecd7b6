"""Headless sign-in, passphrases, and the commands for users, encryption and the audit log.

Passwords and passphrases are never taken on the command line (other users of the computer
could see them): they are asked for when a person is typing, or read from the environment
variables PARTAPP_PASSWORD, PARTAPP_PASSPHRASE and PARTAPP_NEW_PASSPHRASE for scripts.
"""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from . import language
from .services.errors import PartappError, PermissionDeniedError
from .services.files.paths import is_url, resolve_db_target
from .services.words import counted, in_language, said, term

ENV_USER = "PARTAPP_USER"
ENV_PASSWORD = "PARTAPP_PASSWORD"
ENV_PASSPHRASE = "PARTAPP_PASSPHRASE"
ENV_NEW_PASSPHRASE = "PARTAPP_NEW_PASSPHRASE"
ENV_NEW_PASSWORD = "PARTAPP_NEW_PASSWORD"


def _said(text: object) -> str:
    """A message (said(), counted(), term()) in the command line's language."""
    return in_language(text, language.cli_language())


def _interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def _secret(env: str, prompt: str, missing: str, *, twice: bool = False) -> str:
    """A secret from ``env``, else asked for with ``prompt``; ``missing`` when nobody is typing."""
    value = os.environ.get(env)
    if value:
        return value
    if not _interactive():
        raise PartappError(missing)
    value = getpass.getpass(_said(prompt))
    if twice and getpass.getpass(_said(said("Type it again: "))) != value:
        raise PartappError(said("The two did not match. Nothing was changed."))
    return value


def passphrase_for(target: str | Path) -> str | None:
    """The passphrase for an encrypted data file (None for a plain one or a server)."""
    from .services.store.encryption import is_plain_sqlite, looks_encrypted

    if is_url(str(target)):
        return None
    path = Path(target).expanduser()
    if not path.exists() or is_plain_sqlite(path) or not looks_encrypted(path):
        return None
    return _secret(ENV_PASSPHRASE, said("Passphrase for the data file: "),
                   said("The data file is protected with a passphrase. Set {env}, or run this "
                        "command yourself to type it.", env=ENV_PASSPHRASE))


def open_for_cli(args, *, create: bool = False):
    """Open the data file for a command: passphrase, lock, and sign-in when it is on.

    The command's role comes from the one table (``services.access.permissions``): a command anyone
    may run asks nobody to sign in; any other is refused, before it does anything, unless the
    person signed in has the role it needs.
    """
    from .services.access.auth import sign_in, sign_in_required
    from .services.access.permissions import NONE, check_role, cli_role
    from .services.store.database import open_database

    role = cli_role(args)
    target = resolve_db_target(args.db)
    db = open_database(target, create=create, passphrase=passphrase_for(target))
    try:
        with db.session_scope() as session:
            required = sign_in_required(session)
        if required and role != NONE:
            username = getattr(args, "user", None) or os.environ.get(ENV_USER, "")
            if not username:
                raise PermissionDeniedError(said(
                    "Sign-in is on for this data file. Give your user name with --user NAME "
                    "(the password is asked for, or read from {env}).", env=ENV_PASSWORD))
            password = _secret(ENV_PASSWORD, said("Password for {user}: ", user=username),
                               said("Please type your password, or set {env}.",
                                    env=ENV_PASSWORD))
            with db.session_scope() as session:
                result = sign_in(session, username=username, password=password)
            if not result.ok:
                raise PermissionDeniedError(result.message)
            db.set_user(result.user)
        with db.session_scope() as session:
            check_role(session, role)
        _choose_office(db, getattr(args, "office", None))
    except BaseException:
        db.dispose()
        raise
    return db


def _choose_office(db, name: str | None) -> None:
    """``--office NAME``: the command works on that office's records only (as the desktop's
    office choice does); without it, on the offices the person signed in works in."""
    if not name:
        return
    from .services.access.office_scope import choose_offices
    from .services.records.offices import find_office

    with db.session_scope() as session:
        office = find_office(session, name)
        assert office.id is not None
        db.offices = choose_offices(session, db.user, [office.id])


def add_commands(sub) -> None:
    enc = sub.add_parser("encrypt", help="protect the data file with a passphrase "
                                         f"(read from {ENV_NEW_PASSPHRASE}, or asked for)")
    enc.add_argument("--yes", action="store_true", help="do not ask to confirm")
    sub.add_parser("decrypt", help="remove the passphrase from the data file")
    users = sub.add_parser("users", help="staff users for sign-in: list, add, unlock")
    users.add_argument("action", choices=("list", "add", "unlock"))
    users.add_argument("username", nargs="?", metavar="USERNAME")
    users.add_argument("--name", help="the person's name, as others will see it")
    users.add_argument("--role", default="volunteer",
                       help="volunteer, coordinator or administrator (the first user must be "
                            "an administrator)")
    audit = sub.add_parser("audit", help="write the audit log (who did what, when) to a CSV file")
    audit.add_argument("--csv", required=True, metavar="FILE.csv")


def _file(args) -> Path:
    target = resolve_db_target(args.db)
    if is_url(target):
        raise PartappError(said("A passphrase protects a data file on this computer. A server "
                                "database is kept safe by the server itself: ask whoever runs "
                                "it to keep its disk encrypted and to require TLS "
                                "(sslmode=require in the address). Nothing was changed."))
    return Path(target).expanduser()


def gate(args) -> str | None:
    """For a command that works on the whole file (backup, restore, passphrase): open the file
    just long enough to check, against this file's own users, that the person may run it.
    Returns who signed in (None when sign-in is off), for the audit line the command writes."""
    db = open_for_cli(args, create=False)
    name = db.acting_name
    db.dispose()
    return name


def gate_restore(args, target: Path) -> str | None:
    """Restore replaces the file, and with it the users: so the person must be an
    administrator of the file as it is now. A damaged file has no users that can be trusted
    (and cannot be opened to sign in): then only the computer's own file permissions protect
    it, as they always do. The check is the full one, so a file whose damage only the full
    check finds (a damaged index) can still be restored, as its message says."""
    from .services.store.integrity import REFUSED, diagnose

    if not target.exists():
        return None
    state = diagnose(target, full=True, passphrase=passphrase_for(target))
    if state.kind in REFUSED:  # damaged, empty, zeros, not a data file: nobody can sign in
        return None
    return gate(args)


def cmd_encrypt(args) -> int:
    from .services.store.encryption import LOST_PASSPHRASE_WARNING, sqlcipher_module
    from .services.store.passphrase import encrypt_database

    path = _file(args)
    sqlcipher_module()  # a plain message if the encryption part is not installed
    signed_in = gate(args)
    if not args.yes and _interactive():
        print(_said(term(LOST_PASSPHRASE_WARNING)))
        if input(_said(said("Type YES to go on: "))).strip() != "YES":
            print(_said(said("Nothing was changed.")))
            return 0
    passphrase = _secret(ENV_NEW_PASSPHRASE, said("New passphrase: "),
                         said("Please type the new passphrase, or set {env}.",
                              env=ENV_NEW_PASSPHRASE), twice=True)
    print(_said(encrypt_database(path, passphrase=passphrase, actor=signed_in).describe()))
    return 0


def cmd_decrypt(args) -> int:
    from .services.store.passphrase import decrypt_database

    path = _file(args)
    signed_in = gate(args)
    passphrase = passphrase_for(path)
    if passphrase is None:
        raise PartappError(said("This data file has no passphrase to remove."))
    print(_said(decrypt_database(path, passphrase=passphrase, actor=signed_in).describe()))
    return 0


def cmd_users(args) -> int:
    from .services.access import auth

    db = open_for_cli(args)
    try:
        with db.session_scope() as session:
            if args.action == "list":
                rows = auth.list_users(session) if auth.sign_in_required(session) else []
                if not rows:
                    print(_said(said("There are no staff users, so sign-in is off.")))
                for user in rows:
                    state = "" if user.active else " " + _said(said("(turned off)"))
                    print(f"{user.username}\t{user.display_name}\t"
                          f"{_said(term(user.role_label))}{state}")
                return 0
            if not args.username:
                raise PartappError(said("Please give the user name, like: partapp users "
                                        "{action} jo.bloggs", action=args.action))
            if args.action == "unlock":
                found = [u for u in auth.list_users(session)
                         if u.username == args.username.strip().lower()]
                if not found:
                    raise PartappError(said("There is no user called {name}.",
                                            name=args.username))
                auth.unlock_user(session, user_id=found[0].id)
                print(_said(said("{name} can sign in again.", name=args.username)))
                return 0
            password = _secret(ENV_NEW_PASSWORD, said("Password for {user}: ",
                                                      user=args.username),
                               said("Please type a password, or set {env}.",
                                    env=ENV_NEW_PASSWORD), twice=True)
            user = auth.add_user(session, username=args.username,
                                 display_name=args.name or args.username, role=args.role,
                                 password=password)
            print(_said(said("Added {name} ({role}). Sign-in is on for this file.",
                             name=user.username, role=term(user.role_label))))
    finally:
        db.dispose()
    return 0


def cmd_audit(args) -> int:
    from .services.access.audit_log import export_csv

    db = open_for_cli(args)
    try:
        with db.session_scope() as session:
            count = export_csv(session, Path(args.csv))
    finally:
        db.dispose()
    print(_said(counted(count, "Wrote {n} audit entry to {file}",
                        "Wrote {n} audit entries to {file}", file=args.csv)))
    return 0


COMMANDS = {"encrypt": cmd_encrypt, "decrypt": cmd_decrypt, "users": cmd_users,
            "audit": cmd_audit}
