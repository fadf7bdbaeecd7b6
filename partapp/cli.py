"""Headless commands over the same services as the desktop app.

Exit status: 0 success; 1 a problem the user can fix (one plain line on stderr, no traceback);
2 a usage error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from . import (
    APP_NAME,
    __version__,
    cli_connection,
    cli_email,
    cli_offices,
    cli_organisation,
    cli_people,
    cli_report,
    cli_safety,
    cli_server,
    language,
)
from .cli_common import UsageError
from .cli_common import message as _said
from .cli_common import open_for_command as _open
from .cli_common import words as _t
from .services.errors import PartappError
from .services.files.paths import is_url, resolve_db_target
from .services.words import counted


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="partapp",
        description=_t("{app}: with no command, opens the desktop app.").format(app=APP_NAME))
    parser.add_argument("--db", metavar="PATH",
                        help="the data file (or a database URL). Default: $PARTAPP_DB, then the "
                             "file in your data folder")
    parser.add_argument("--user", metavar="NAME",
                        help="your user name, when sign-in is on (or $PARTAPP_USER)")
    parser.add_argument("--office", metavar="NAME",
                        help="work on one office's records only (letters, report, lists)")
    cli_connection.add_option(parser)
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    sub.add_parser("init", help="create the data file, or upgrade it (a backup is made first)")
    demo = sub.add_parser("demo", help="fill an empty data file with realistic sample data")
    demo.add_argument("--seed", type=int, default=7, help="change the sample (default 7)")

    imp = sub.add_parser("import", help="add people and suggestions from CSV or XLSX files")
    imp.add_argument("files", nargs="*", metavar="FILE")
    imp.add_argument("--template", metavar="DIR",
                     help="write empty template files with the right headings into DIR")

    letters = sub.add_parser("letters", help="write every feedback letter that is owed, as one PDF")
    letters.add_argument("--due", action="store_true", required=True,
                         help="every letter owed today")
    letters.add_argument("--out", required=True, metavar="FILE.pdf")
    letters.add_argument("--mark-sent", action="store_true",
                         help="record the letters as sent, with a copy of each")
    letters.add_argument("--welsh-missing", metavar="FILE.csv",
                         help="also write a list of your own texts that Welsh letters print in "
                              "English, to fill in")
    letters.add_argument("--dated-texts", metavar="FILE.csv",
                         help="also write a list of your own texts that speak of a time that "
                              "may have passed (\"next month\"), to check")
    cli_email.add_option(letters)

    cli_report.add_command(sub)  # here, so --help lists it after letters
    backup = sub.add_parser("backup", help="make a backup copy of the data file")
    backup.add_argument("--out", metavar="PATH", help="a folder or a file name")
    restore = sub.add_parser("restore", help="replace the data file with a backup (checked first)")
    restore.add_argument("path", metavar="PATH")
    sub.add_parser("check", help="check the data file is sound")

    export = sub.add_parser("export-person", help="everything held about one person (subject access)")
    export.add_argument("ref", metavar="REF")
    export.add_argument("--out", required=True, metavar="DIR")
    erase = sub.add_parser("erase-person", help="remove a person's identifying details everywhere")
    erase.add_argument("ref", metavar="REF")
    erase.add_argument("--yes", action="store_true", help="do not ask to confirm")
    cli_safety.add_commands(sub)
    cli_organisation.add_command(sub)
    cli_offices.add_command(sub)
    cli_people.add_command(sub)
    cli_server.add_command(sub)
    return parser


def _file_path(args) -> Path:
    target = resolve_db_target(args.db)
    if is_url(target):
        raise PartappError(_t("This command works on a data file, not a database server. "
                              "Use your database server's own backup tools."))
    return Path(target).expanduser()


def cmd_init(args) -> int:
    db = _open(args)
    print(_t("Data file ready: {name}").format(name=db.display_name))
    db.dispose()
    return 0


def cmd_demo(args) -> int:
    from .services.sample.demo import fill_demo

    def said(step: int, steps: int, message: str) -> None:  # it takes a few seconds
        if sys.stderr is not None and sys.stderr.isatty():
            print(_t("{message} ({step} of {steps})\u2026").format(
                message=_t(message), step=step, steps=steps), file=sys.stderr, flush=True)

    db = _open(args)
    try:
        with db.session_scope() as session:
            summary = fill_demo(session, seed=args.seed, progress=said)
    finally:
        db.dispose()
    print(_said(summary.describe()))
    return 0


def cmd_import(args) -> int:
    from .services.importing import importer

    if args.template:
        paths = importer.write_templates(Path(args.template))
        print(_t("Wrote templates: {paths}").format(paths=", ".join(str(p) for p in paths)))
        return 0
    if not args.files:
        raise UsageError(_t("Name the files to import, or use --template DIR to get empty "
                            "ones."))
    files = [Path(f) for f in args.files]
    for f in files:
        if not f.is_file():
            raise PartappError(_t("There is no file called {name}.").format(name=f))
    db = _open(args)
    try:
        with db.session_scope() as session:
            summary = importer.import_files(session, files, waiting=_waiting(
                "Another office is importing a spreadsheet. Waiting for it to finish\u2026"))
    finally:
        db.dispose()
    print(_said(summary.describe()))
    return 0


def cmd_letters(args) -> int:
    from .reports.letters import write_due_letters
    from .services.access.audit import actor

    db = _open(args)
    try:
        if args.send_email and not cli_email.send_first(db):
            return 1
        with db.session_scope() as session:
            result = write_due_letters(session, Path(args.out), mark_sent=args.mark_sent,
                                       sent_by=actor(session), waiting=_waiting(
                                           "Another office is marking letters as sent. Waiting "
                                           "for it to finish\u2026"), warn=_letter_warning(),
                                       welsh_missing=Path(args.welsh_missing)
                                       if args.welsh_missing else None,
                                       dated_texts=Path(args.dated_texts)
                                       if args.dated_texts else None)
    finally:
        db.dispose()
    print(_said(result.describe()))
    return 0


def _letter_warning():
    """Each letter's warnings on stderr, under one heading, before anything is written."""
    said: list[bool] = []

    def warn(ref: str, warning: str) -> None:
        if not said:
            said.append(True)
            print(_t("Please check these before you post the letters:"), file=sys.stderr)
        print(f"- {ref}: {_said(warning)}", file=sys.stderr, flush=True)
    return warn


def _waiting(line: str):
    """Said once on stderr while this waits for another office (so nobody thinks it stuck)."""
    return lambda: print(_t(line), file=sys.stderr, flush=True)


def cmd_backup(args) -> int:
    from .services.store.backup import backup_database

    path = _file_path(args)
    if not path.exists():
        raise PartappError(_t("There is no data file at {path} to back up.").format(path=path))
    cli_safety.gate(args)  # a backup holds everyone's details: sign-in applies
    result = backup_database(path, Path(args.out) if args.out else None,
                             passphrase=cli_safety.passphrase_for(path))
    print(_t("Backup written: {path}").format(path=result.path))
    return 0


def cmd_restore(args) -> int:
    from .services.store.backup import restore_database

    target = _file_path(args)
    signed_in = cli_safety.gate_restore(args, target)  # an administrator of the file replaced
    safety = restore_database(target, Path(args.path),
                              passphrase=cli_safety.passphrase_for(args.path), actor=signed_in)
    print(_t("Restored {target} from {path}. The file it replaced was kept as {safety}.")
          .format(target=target, path=args.path, safety=safety))
    return 0


def cmd_check(args) -> int:
    from .services.store.refusal import check_data_file

    path = _file_path(args)  # the same check, in the same words, as the desktop's
    sound, message = check_data_file(path, passphrase=cli_safety.passphrase_for(path))
    if not sound:
        raise PartappError(message)
    print(_said(message))
    return 0


def cmd_export_person(args) -> int:
    from .reports.person_export import export_person

    db = _open(args)
    try:
        with db.session_scope() as session:
            paths = export_person(session, args.ref, Path(args.out))
    finally:
        db.dispose()
    print(_said(counted(len(paths), "Wrote {n} file to {folder}", "Wrote {n} files to {folder}",
                        folder=args.out)))
    return 0


def cmd_erase_person(args) -> int:
    from .services.privacy.privacy_export import find_person
    from .services.privacy.rights import (
        CleanUpError,
        clean_up_message,
        erase_and_clean,
        scrub_database,
    )

    db = _open(args)  # signed in and allowed before being asked to confirm
    try:
        with db.session() as session:
            person = find_person(session, args.ref)
            ref, erased = person.ref, person.erased_at is not None

        def again(ref: str) -> str:
            return _t("Then run this again to finish: {command}").format(
                command=f"partapp --db \"{db.display_name}\" erase-person {ref}")

        if erased:  # already erased: running it again finishes the clean-up
            try:
                scrub_database(db)
            except CleanUpError as error:
                print(_said(clean_up_message(error.problem, again(ref))), file=sys.stderr)
                return 1
            print(_t("The details of {ref} were already erased. The data file is now rewritten, "
                     "so none of the old text is left in it.").format(ref=ref))
            return 0
        if not args.yes and sys.stdin is not None and sys.stdin.isatty():
            answer = input(_t("This removes {ref}'s name and details for good. "
                              "Type YES to go on: ").format(ref=args.ref))
            if answer.strip() != "YES":
                print(_t("Nothing was changed."))
                return 0
        result = erase_and_clean(db, args.ref)
    finally:
        db.dispose()
    print(_said(result.describe(again(result.new_ref))))
    return 1 if result.clean_up_problem else 0


COMMANDS = {
    "init": cmd_init, "demo": cmd_demo, "import": cmd_import, "letters": cmd_letters,
    "backup": cmd_backup, "restore": cmd_restore, "check": cmd_check,
    "export-person": cmd_export_person, "erase-person": cmd_erase_person,
    **cli_safety.COMMANDS,
    **cli_organisation.COMMANDS,
    **cli_offices.COMMANDS,
    **cli_people.COMMANDS,
    **cli_server.COMMANDS,
    **cli_report.COMMANDS,
}


# Every option naming a file or folder a command writes, and what it holds. Each is checked
# by the one writer (services/files/output_files.py) before the data file is even opened, and again
# as the file is written. A test fails if a command gains such an option and it is not here.
OUTPUTS = {
    "letters": (("out", "the letters", "file"),
                ("welsh_missing", "the list of Welsh texts to add", "file"),
                ("dated_texts", "the list of texts to check", "file")),
    "report": (("out", "the report", "file"), ("csv", "the figures", "file"),
               ("lists", "the lists", "folder"), ("summary", "the summary", "file"),
               ("poster", "the poster", "file")),
    "audit": (("csv", "the audit log", "file"),),
    "export-person": (("out", "the export", "folder"),),
    "import": (("template", "the templates", "folder"),),
    "backup": (("out", "the backup", "backup"),),
}


def _protect(args) -> None:
    """No output of this command may be written over the data file it works on."""
    from .services.files.output_files import check_folder, check_target, protect_data_file

    target = resolve_db_target(args.db)
    if not is_url(target):
        protect_data_file(Path(target).expanduser())
    for option, what, kind in OUTPUTS.get(args.command, ()):
        value = getattr(args, option, None)
        if not value:
            continue
        path = Path(value).expanduser()
        if kind == "folder" or (kind == "backup" and (path.is_dir() or not path.suffix)):
            check_folder(path, what=what, make=False)
        else:
            check_target(path, what=what, allow_backup=kind == "backup")


@contextmanager
def _argparse_words(code: str) -> Iterator[None]:
    """argparse's own words ("usage:", "options"...) in ``code`` while the command runs."""
    original = getattr(argparse, "_", None)
    if code == "en" or original is None:
        yield
        return
    argparse._ = lambda text: language.cli_words(text, code)  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._ = original  # type: ignore[attr-defined]


def _translate_help(parser: argparse.ArgumentParser, code: str) -> None:
    """Every command's and option's help, here and in the other cli_*.py modules, in ``code``."""
    seen: set[int] = set()

    def walk(each: argparse.ArgumentParser) -> None:
        if id(each) in seen:
            return
        seen.add(id(each))
        if each.description:
            each.description = language.cli_words(each.description, code)
        for action in each._actions:
            if action.help and action.help is not argparse.SUPPRESS:
                action.help = language.cli_words(action.help, code)
            if isinstance(action, argparse._SubParsersAction):
                for choice in action._choices_actions:
                    choice.help = language.cli_words(choice.help or "", code) or None
                for sub in action.choices.values():
                    walk(sub)

    if code != "en":
        walk(parser)


def run(argv: Sequence[str] | None = None) -> int:
    """Parse ``argv`` and run one headless command (or open the desktop app with none)."""
    code = language.cli_language()
    with _argparse_words(code):
        return _run(argv, code)


def _run(argv: Sequence[str] | None, code: str) -> int:
    parser = build_parser()
    _translate_help(parser, code)
    args = parser.parse_args(argv)
    target = resolve_db_target(args.db)
    cli_connection.password_from_environment(target)
    if args.command is None and not args.server_password:
        from .ui.app import run_app  # the desktop app; the only path here that loads Qt

        return run_app(db_target=args.db)
    try:
        _protect(args)
        if args.server_password:  # keep the server's password, then stop
            return cli_connection.keep_server_password(args)
        return cli_server.command_for(args, COMMANDS)(args)  # a server's own, or the file's
    except UsageError as exc:
        parser.print_usage(sys.stderr)
        print(f"partapp: {_said(exc.args[0] if exc.args else exc)}", file=sys.stderr)
        return 2
    except PartappError as exc:
        print(f"partapp: {cli_connection.for_the_command_line(exc)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(_t("partapp: stopped. Nothing was saved from the unfinished step."),
              file=sys.stderr)
        return 1
    except Exception as exc:  # noqa: BLE001 - never show a traceback to a user
        from .services.files.logs import log_unexpected

        lost = cli_connection.trouble(exc, target)  # the server, outside a save
        if lost is not None:
            print(f"partapp: {cli_connection.for_the_command_line(lost)}", file=sys.stderr)
            return 1

        where = log_unexpected(exc, f"command {args.command}")
        print(_t("partapp: something went wrong and nothing was saved from this step. "
                 "Details for support are in {where}.").format(where=where), file=sys.stderr)
        return 1


def main(argv: Sequence[str] | None = None) -> int:
    return run(argv)
