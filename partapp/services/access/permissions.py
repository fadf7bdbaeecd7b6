"""Who may do what: one table for every headless command and every desktop action.

The command line (``cli.py``, ``cli_safety.py``) and the desktop app both read ``TABLE``, and
README's role table is checked against it by a test. Roles, lowest first: ``none`` (anyone,
even with sign-in on), ``volunteer`` (anyone signed in), ``coordinator``, ``administrator``.
While sign-in is off (no staff users yet), every check passes.

A row's ``cli`` is the command as typed: its first word is the command, a word starting with
``--`` must be given, and any other word must be the command's action (``users add``). When
several rows fit what was typed, the most specific ones count (``import --template`` over
``import``), and of those, the highest role (``report --out --lists`` needs what both need).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from .auth import ROLE_ORDER, require

NONE = "none"
ROLES = (NONE, *ROLE_ORDER)
ROLE_WORDS = {NONE: "Anyone", "volunteer": "Anyone signed in", "coordinator": "Coordinator",
              "administrator": "Administrator"}


@dataclass(frozen=True)
class Permission:
    key: str
    role: str
    what: str
    cli: str | None = None
    desktop: str | None = None


TABLE: tuple[Permission, ...] = (
    Permission("new_file", NONE, "start a new, empty data file", None, "File, New data file"),
    Permission("open_file", NONE, "open another data file (its own sign-in then applies)", None,
               "File, Open data file"),
    Permission("init", "volunteer", "create a data file, or upgrade one (a backup first)",
               "init"),
    Permission("check", NONE, "check the data file is sound (it may be too damaged to sign "
               "in to)", "check"),
    Permission("import_templates", NONE, "write empty import files", "import --template",
               "File, Export empty import templates"),
    Permission("record", "volunteer", "record people, activities and suggestions", None,
               "Record menu; People, Activities and Suggestions pages"),
    Permission("backup", "volunteer", "make a backup (it holds everyone's details)", "backup",
               "File, Back up now"),
    Permission("move_to", "administrator", "copy the data file into an empty database on a "
               "server", "move-to"),
    Permission("decide", "coordinator", "record decisions and changes", None,
               "Suggestions page, decisions; Changes page"),
    Permission("import", "coordinator", "import people and suggestions (with their decisions "
               "and changes) from spreadsheets", "import", "File, Import from a spreadsheet"),
    Permission("letters", "coordinator", "make, print and save letters", "letters --due",
               "Letters page, Print and Save"),
    Permission("letters_mark_sent", "coordinator", "record letters as sent",
               "letters --due --mark-sent", "Letters page, Mark as sent"),
    Permission("report", "coordinator", "make the change report", "report --out",
               "Reports page, Make the report"),
    Permission("report_figures", "coordinator", "save the report's figures", "report --csv",
               "Reports page, Save the figures"),
    Permission("report_lists", "coordinator", "save the lists behind the figures (they hold "
               "the words of suggestions)", "report --lists", "Reports page, Save the figures"),
    Permission("report_summary", "coordinator", "make the easy read 'You said, we did' summary "
               "for service users", "report --summary",
               "Reports page, Save the summary for service users"),
    Permission("report_poster", "coordinator", "make the 'You said, we did' poster",
               "report --poster", "Reports page, Save the poster"),
    Permission("restore", "administrator", "replace the data file with a backup (signed in "
               "to the file being replaced)", "restore", "File, Restore from a backup"),
    Permission("demo", "administrator", "fill an empty data file with sample data", "demo",
               "First start, sample data"),
    Permission("organisation", "volunteer", "see the organisation's details", "organisation",
               "Settings, Organisation"),
    Permission("organisation_set", "administrator", "change the organisation's details",
               "organisation set", "Settings, Organisation"),
    Permission("offices", "volunteer", "see the offices", "offices", "Settings, Offices"),
    Permission("offices_add", "administrator", "add an office", "offices add",
               "Settings, Offices"),
    Permission("offices_set", "administrator", "change an office's details", "offices set",
               "Settings, Offices"),
    Permission("offices_staff", "administrator", "say which offices a staff user works in",
               "offices staff", "Settings, Sign-in and users"),
    Permission("offices_move", "coordinator", "move records to another office", "offices move",
               "Change a record's details, Office"),
    Permission("settings", "administrator", "change your organisation's details, lists, letter "
               "wording and backup settings", None, "Settings"),
    Permission("users_list", "administrator", "see the staff users", "users list",
               "Settings, Sign-in and users"),
    Permission("users_add", "administrator", "add a staff user (the first one turns sign-in on "
               "and needs nobody)", "users add", "Settings, Sign-in and users"),
    Permission("users_unlock", "administrator", "unlock a locked account", "users unlock",
               "Settings, Sign-in and users"),
    Permission("encrypt", "administrator", "protect the data file with a passphrase", "encrypt",
               "Settings, Backups and safety"),
    Permission("decrypt", "administrator", "remove the passphrase", "decrypt",
               "Settings, Backups and safety"),
    Permission("export_person", "administrator", "export everything about a person",
               "export-person", "Privacy, Export everything about this person"),
    Permission("merge_people", "coordinator", "merge two records of the same person",
               "merge-people", "People, Merge with another record"),
    Permission("remove_person", "coordinator", "remove a person added by mistake (no history)",
               None, "Change a person's details, Remove this person"),
    Permission("erase_person", "administrator", "erase a person's details", "erase-person",
               "Privacy, Erase this person"),
    Permission("retention", "administrator", "review and remove old records", None,
               "Privacy, Review old records"),
    Permission("audit", "administrator", "see or save the audit log", "audit --csv",
               "Privacy, Audit log"),
)

BY_KEY = {row.key: row for row in TABLE}
STRICTEST = "administrator"  # for a command the table does not know yet


def role_for(key: str) -> str:
    """The role an action needs, by its key in ``TABLE``."""
    return BY_KEY[key].role


def _rank(role: str) -> int:
    return ROLES.index(role)


def highest(roles: Iterable[str]) -> str:
    return max(roles, key=_rank, default=NONE)


def _fits(row: Permission, args: Any) -> bool:
    words = (row.cli or "").split()
    if not words or words[0] != getattr(args, "command", None):
        return False
    for word in words[1:]:
        if word.startswith("--"):
            if not getattr(args, word[2:].replace("-", "_"), None):
                return False
        elif getattr(args, "action", None) != word:
            return False
    return True


def cli_rows(args: Any) -> list[Permission]:
    """The rows that fit a parsed command line (the most specific ones)."""
    fitting = [row for row in TABLE if _fits(row, args)]
    if not fitting:
        return []
    most = max(len((row.cli or "").split()) for row in fitting)
    return [row for row in fitting if len((row.cli or "").split()) == most]


def cli_role(args: Any) -> str:
    """The role a parsed command line needs (the strictest role for an unknown command)."""
    rows = cli_rows(args)
    return highest(row.role for row in rows) if rows else STRICTEST


def check_role(session: Session, role: str) -> None:
    """Raise ``PermissionDeniedError`` unless the session's user has ``role`` (see auth)."""
    if role != NONE:
        require(session, role)


def check(session: Session, key: str) -> None:
    """Raise ``PermissionDeniedError`` unless the session's user may do ``key``."""
    check_role(session, role_for(key))


def allows(user: Any, key: str) -> bool:
    """Whether to offer ``key`` to ``user`` (None: sign-in is off). The services check again."""
    role = role_for(key)
    return role == NONE or user is None or user.can(role)


def markdown_table() -> str:
    """The table as README shows it."""
    lines = ["| To do this | Command | In the app | Who can |", "|---|---|---|---|"]
    for row in TABLE:
        command = f"`partapp {row.cli}`" if row.cli else ""
        lines.append(f"| {row.what[0].upper()}{row.what[1:]} | {command} | {row.desktop or ''} "
                     f"| {ROLE_WORDS[row.role]} |")
    return "\n".join(lines)
