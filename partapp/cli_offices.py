"""``partapp offices``: the organisation's offices, who works in which, and moving records.

The same services as Settings, Offices in the desktop app (services/records/offices.py), so
a county-wide service can be set up on its server by commands alone.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from .cli_common import UsageError, message
from .cli_common import open_for_command as _open
from .services.errors import PartappError, ValidationError
from .services.words import said

# option (as typed, without --), field of OfficeDetails, what it is (for --help)
DETAILS = (("name-cy", "name_cy", "the office's name in Welsh"),
           ("address", "address", "the office's address (use \\n between lines)"),
           ("address-cy", "address_cy", "the office's address in Welsh"),
           ("phone", "phone", "the office's phone number"),
           ("email", "email", "the office's email address"))
KINDS = ("person", "activity", "suggestion", "change")


def add_command(sub) -> None:
    offices = sub.add_parser(
        "offices", help="list or add offices, say who works in which, move records",
        description="With no action, lists the offices. An office's address, phone and email "
                    "head its people's letters; any left out are the organisation's.")
    offices.add_argument("action", nargs="?", default="list",
                         choices=("list", "add", "set", "staff", "move"),
                         help="list (the default); add NAME; set NAME (change its details); "
                              "staff USERNAME OFFICE... (the offices they work in); "
                              "move KIND ID... --to OFFICE")
    offices.add_argument("names", nargs="*", metavar="NAME",
                         help="the office, user, or kind of record and its ids")
    offices.add_argument("--first", metavar="NAME",
                         help="with add, the first time: the name of the office everything "
                              "recorded so far belongs to")
    offices.add_argument("--rename", metavar="NAME", help="with set: the office's new name")
    for option, field, what in DETAILS:
        offices.add_argument(f"--{option}", dest=field, metavar="TEXT", help=what)
    offices.add_argument("--all", action="store_true",
                         help="with staff: the user works in every office")
    offices.add_argument("--to", metavar="OFFICE", help="with move: the office to move them to")


def _text(value: str | None) -> str:
    return (value or "").replace("\\n", "\n")


def _list(session) -> list[str]:
    from .services.records.offices import has_offices, list_offices

    if not has_offices(session):
        return [message(said("There is one office, so the app shows nothing about offices. "
                             "Add another with: partapp offices add NAME --first NAME"))]
    lines = []
    for office in list_offices(session):
        contact = ", ".join(part for part in (office.address.replace("\n", ", "), office.phone,
                                              office.email) if part)
        state = "" if office.active else message(said(" (no longer in use)"))
        lines.append(f"{office.name}{state}" + (f": {contact}" if contact else ""))
    return lines


def _details(args: Any, base: Any) -> Any:
    changes = {field: _text(getattr(args, field)) for _o, field, _w in DETAILS
               if getattr(args, field, None) is not None}
    return replace(base, **changes)


def _run(args: Any, session: Any) -> list[str]:
    from .services.records import offices as o

    names = args.names
    if args.action == "list":
        return _list(session)
    if args.action == "add":
        if len(names) != 1:
            raise UsageError(said("Give the new office's name, for example: partapp offices add "
                                  "\"North\""))
        added = o.add_office(session, _details(args, o.OfficeDetails(name=names[0])),
                             first_name=args.first or "")
        return [message(said("Added the office {name}.", name=added.name))]
    if args.action == "set":
        if len(names) != 1:
            raise UsageError(said("Give the office's name, for example: partapp offices set "
                                  "\"North\" --phone \"01234 567890\""))
        office = o.find_office(session, names[0])
        details = _details(args, office)
        if args.rename:
            details = replace(details, name=args.rename)
        saved = o.save_office(session, details)
        return [message(said("Saved the office {name}.", name=saved.name))]
    if args.action == "staff":
        return _staff(args, session)
    return _move(args, session)


def _staff(args: Any, session: Any) -> list[str]:
    from sqlalchemy import select

    from .models import StaffUser
    from .services.records import offices as o

    if not args.names or (len(args.names) == 1) != args.all:
        raise UsageError(said("Give the user name and their offices, for example: partapp "
                              "offices staff sam North South (or --all for every office)"))
    user_id = session.scalar(select(StaffUser.id).where(StaffUser.username == args.names[0]))
    if user_id is None:
        raise PartappError(said("There is no user called {user}. See them with: partapp users "
                                "list", user=args.names[0]))
    ids = [] if args.all else [o.find_office(session, name).id for name in args.names[1:]]
    o.set_staff_offices(session, user_id, [i for i in ids if i is not None])
    if args.all:
        return [message(said("{user} now works in every office.", user=args.names[0]))]
    return [message(said("{user} now works in: {offices}.", user=args.names[0],
                         offices=", ".join(args.names[1:])))]


def _move(args: Any, session: Any) -> list[str]:
    from sqlalchemy import select

    from .models import Person
    from .services.records import offices as o

    if len(args.names) < 2 or args.names[0] not in KINDS or not args.to:
        raise UsageError(said("Say what to move and where, for example: partapp offices move "
                              "person P0012 P0013 --to North (people by reference; activities, "
                              "suggestions and changes by number)"))
    kind, given = args.names[0], args.names[1:]
    office = o.find_office(session, args.to)
    if kind == "person":
        found = {ref: pid for ref, pid in session.execute(
            select(Person.ref, Person.id).where(Person.ref.in_(given)))}
        missing = [ref for ref in given if ref not in found]
        if missing:
            raise PartappError(said("There is nobody with the reference {refs}.",
                                    refs=", ".join(missing)))
        ids = list(found.values())
    else:
        if not all(text.isdigit() for text in given):
            raise UsageError(said("Give the numbers of the records to move, for example 12 13."))
        ids = [int(text) for text in given]
    assert office.id is not None
    moved = o.move_to_office(session, kind, ids, office.id)
    return [message(said("Moved {count} to {office}.", count=moved, office=office.name))]


def cmd_offices(args) -> int:
    db = _open(args)
    try:
        with db.session_scope() as session:
            try:
                lines = _run(args, session)
            except ValidationError as exc:
                option = {"first_name": "--first", "name": "NAME"}.get(exc.field, "")
                raise PartappError(said("{option}: {message}", option=option,
                                        message=exc.message) if option else exc.message) from None
    finally:
        db.dispose()
    for line in lines:
        print(line)
    return 0


COMMANDS = {"offices": cmd_offices}
