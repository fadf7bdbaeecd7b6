"""``partapp organisation``: see and change the organisation's details without the desktop.

The details are the ones on Settings, Organisation (name, address, signer, the feedback
promise...), saved through the same service with the same checks, so that a new data file can
be made, imported into and have its letters written by commands alone.
"""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path
from typing import Any

from .cli_common import UsageError, message, words
from .cli_common import open_for_command as _open
from .services.errors import PartappError, ValidationError
from .services.words import said

# option (as typed, without --), field of OrganisationDetails, what it is (for --help and show)
OPTIONS = (
    ("name", "name", "the organisation's name (letters need it)"),
    ("address", "address", "the address (use \\n between lines)"),
    ("phone", "phone", "the phone number"),
    ("email", "email", "the email address"),
    ("website", "website", "the website"),
    ("charity-number", "charity_number", "the charity number"),
    ("signatory", "signatory_name", "the name letters are signed by"),
    ("signatory-role", "signatory_role", "the signer's job title"),
    ("complaints", "complaints_contact", "who to contact if someone is not happy"),
    ("address-cy", "address_cy", "the address in Welsh, for Welsh letters"),
    ("signatory-role-cy", "signatory_role_cy", "the signer's job title in Welsh"),
    ("complaints-cy", "complaints_contact_cy", "who to contact if someone is not happy, in Welsh"),
    ("promise-days", "promise_days", "days within which people hear back (1 to 365)"),
    ("feedback-aim", "feedback_aim_pct", "the aim for hearing back on time, in %% (1 to 100)"),
    ("small-numbers", "small_number_threshold", "hide counts below 5 or below 10"),
    ("year-start-month", "year_start_month", "the month the report year starts (1 to 12)"),
    ("retention-years", "retention_years", "years to keep records (1 to 50)"),
    ("follow-up-weeks", "follow_up_weeks",
     "weeks after a change is done before asking if it made a difference (1 to 52)"),
)
NUMBERS = {"promise_days", "feedback_aim_pct", "small_number_threshold", "year_start_month",
           "retention_years", "follow_up_weeks"}
OPTION_FOR = {field: f"--{option}" for option, field, _what in OPTIONS}
OPTION_FOR["logo"] = "--logo"


class _Change(argparse.Action):
    """An option that changes a detail: it makes the command ``organisation set`` as it is
    parsed, so the sign-in check (``services.access.permissions``) asks for an administrator."""

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, True if self.nargs == 0 else values)
        namespace.action = "set"


def add_command(sub) -> None:
    org = sub.add_parser(
        "organisation", help="show or change the organisation's details (name, signer, promise…)",
        description="With no options, shows the details. With options, changes those details "
                    "(the same as Settings, Organisation in the desktop app).")
    org.add_argument("verb", nargs="?", choices=("show", "set"), metavar="show|set",
                     help="show (the default) or set; set is assumed when you give options")
    org.set_defaults(action=None)
    for option, field, what in OPTIONS:
        org.add_argument(f"--{option}", dest=field, metavar="N" if field in NUMBERS else "TEXT",
                         action=_Change, help=what)
    org.add_argument("--logo", metavar="PICTURE", action=_Change,
                     help="a PNG or JPEG picture for the letterhead")
    org.add_argument("--no-logo", nargs=0, action=_Change, default=False,
                     help="remove the letterhead picture")


def _changes(args: Any) -> dict[str, Any]:
    return {field: getattr(args, field) for _o, field, _w in OPTIONS
            if getattr(args, field, None) is not None}


def prepare(args) -> None:
    """Check the words typed make sense together (before the data file is opened)."""

    if args.verb == "show" and args.action == "set":
        raise UsageError(said("'organisation show' only shows the details. Leave out 'show' "
                              "to change them."))
    if args.verb == "set" and args.action != "set":
        raise UsageError(said("Say what to change, for example: partapp organisation --name "
                              "\"Riverside Day Centre\"."))
    if args.logo is not None and args.no_logo:
        raise UsageError(said("Give --logo or --no-logo, not both."))


def _value(field: str, text: Any) -> Any:
    if field in ("address", "address_cy"):
        return text.replace("\\n", "\n")
    return text


def _read_logo(path_text: str) -> tuple[bytes, str]:
    path = Path(path_text).expanduser()
    try:
        return path.read_bytes(), path.name
    except FileNotFoundError:
        raise PartappError(said("--logo: there is no file at {path}. Check the name and folder.",
                                path=path)) from None
    except OSError as exc:
        raise PartappError(said("--logo: {path} could not be read ({why}).", path=path,
                                why=exc.strerror)) from None


def show_lines(details, has_logo: bool) -> list[str]:
    """Each detail on a line, in the command line's language (what it is, as its --help says)."""
    lines = []
    for option, field, what in OPTIONS:
        value = getattr(details, field)
        text = str(value).replace("\n", ", ") if value not in ("", None) \
            else message(said("(not set)"))
        what = words(what).replace("%%", "%")  # the help's %% is argparse's
        lines.append(f"{what[0].upper()}{what[1:]} (--{option}): {text}")
    lines.append(message(said("Letterhead picture (--logo): {value}", value=said("yes")
                              if has_logo else said("(none)"))))
    return lines


def cmd_organisation(args) -> int:
    from .services.records import organisation

    prepare(args)
    logo = _read_logo(args.logo) if args.logo is not None else None
    db = _open(args)
    try:
        with db.session_scope() as session:
            if args.action == "set":
                changes = {f: _value(f, v) for f, v in _changes(args).items()}
                current = organisation.get_details(session)
                try:
                    if changes:
                        organisation.save_details(session, replace(current, **changes))
                    if logo is not None:
                        organisation.set_logo(session, logo[0], logo[1])
                    elif args.no_logo:
                        organisation.set_logo(session, None)
                except ValidationError as exc:
                    option = OPTION_FOR.get(exc.field, "")
                    raise PartappError(said("{option}: {message}", option=option, message=exc.message)
                                       if option else exc.message) from None
            details = organisation.get_details(session)
    finally:
        db.dispose()
    if args.action == "set":
        print(message(said("Saved the organisation's details:")))
    for line in show_lines(details, details.has_logo):
        print(f"  {line}" if args.action == "set" else line)
    return 0


COMMANDS = {"organisation": cmd_organisation}
