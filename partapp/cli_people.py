"""``partapp merge-people KEEP OTHER``: make two records of one person into one, as People,
Merge with another record does in the desktop app (services/records/merge_people.py)."""

from __future__ import annotations

import sys

from .cli_common import message
from .cli_common import open_for_command as _open
from .cli_common import words as _t
from .services.errors import PartappError


def add_command(sub) -> None:
    merge = sub.add_parser(
        "merge-people", help="make two records of the same person into one",
        description="Moves OTHER's suggestions, activities, letters and equality answers to "
                    "KEEP, copies details KEEP lacks, then removes OTHER. It cannot be undone.")
    merge.add_argument("keep", metavar="KEEP", help="the reference of the record to keep")
    merge.add_argument("other", metavar="OTHER", help="the reference of the record to remove")
    merge.add_argument("--yes", action="store_true", help="do not ask to confirm")


def cmd_merge_people(args) -> int:
    from .services.records.merge_people import merge_people
    from .services.records.people import find_by_ref

    db = _open(args)  # signed in and allowed before being asked to confirm
    try:
        with db.session() as session:
            keep, other = find_by_ref(session, args.keep), find_by_ref(session, args.other)
        if keep.id == other.id:
            raise PartappError(_t("KEEP and OTHER are the same record. Give two references."))
        if not args.yes and sys.stdin is not None and sys.stdin.isatty():
            answer = input(_t("{other} will become part of {keep}, and {ref} will be removed. "
                              "Type YES to go on: ").format(
                other=f"{other.display_name} ({other.ref})",
                keep=f"{keep.display_name} ({keep.ref})", ref=other.ref))
            if answer.strip().upper() != "YES":
                print(_t("Nothing was changed."))
                return 1
        with db.session_scope() as session:
            result = merge_people(session, keep.id, other.id)
    finally:
        db.dispose()
    print(message(result.describe()))
    return 0


COMMANDS = {"merge-people": cmd_merge_people}
