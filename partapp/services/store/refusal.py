"""The one wording for a data file that cannot be used, and the full check of ``partapp check``:
why it was not opened, that nothing in it was changed, and the newest good backup to use."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ..files import file_kinds
from ..words import joined, said, term
from .backup_files import newest_good_backup
from .integrity import (
    DAMAGED,
    EMPTY,
    EMPTY_DATABASE,
    MISSING,
    NEEDS_PASSPHRASE,
    TOO_NEW,
    WRONG_PASSPHRASE,
    ZEROED,
    Diagnosis,
    diagnose,
    remember_sound,
)


def check_data_file(path: Path, *, passphrase: str | None = None) -> tuple[bool, str]:
    """The full check of ``partapp check``: (sound?, what to tell the person).

    A problem is told in the very words the desktop uses when it refuses the file.
    """
    path = Path(path)
    result = diagnose(path, full=True, passphrase=passphrase)
    if result.ok:
        remember_sound(path, date.today())
        found = said("{path}: no problems found (full check).", path=path)
        problem = file_kinds.access_problem(path)  # sound, but can it be changed where it is?
        return True, found if problem is None else said("{found} But: {problem}", found=found,
                                                        problem=problem)
    if result.kind in (NEEDS_PASSPHRASE, WRONG_PASSPHRASE, MISSING):
        return False, result.message
    return False, refusal_message(path, result, passphrase=passphrase)


def refusal_message(path: Path, diagnosis: Diagnosis, *, passphrase: str | None = None) -> str:
    """Why the file is not opened, that nothing was changed, and the newest good backup.

    The one wording for a file that cannot be used: the desktop, ``partapp check`` and every
    command show it alike.
    """
    path = Path(path)
    if diagnosis.kind == TOO_NEW:
        first: list[str] = [said(
            "The data file {path} was made by a newer version of Participation Tracker, so it "
            "was not opened. Nothing in the file was changed. Please install the newer version "
            "to open it.", path=path)]
    elif diagnosis.kind == DAMAGED:
        first = [said("The data file {path} is damaged ({problem}), so it was not opened. "
                      "Nothing in the file was changed.", path=path, problem=diagnosis.message)]
    else:
        first = [said("The file {path} was not opened.", path=path), diagnosis.message,
                 said("Nothing in the file was changed.")]
        if diagnosis.kind in (EMPTY, ZEROED, EMPTY_DATABASE):
            first.append(said("To start a new data file, choose File, then New data file, or "
                              "run partapp init with a new file name."))
        else:
            first.append(said("Check you chose the right file."))
    backup = newest_good_backup(path, passphrase=passphrase)
    if backup is None:
        return joined([*first, said(
            "No good backup was found. Keep the file as it is (do not delete it) and ask "
            "someone you trust with computers for help.")])
    return joined([*first, said(
        "The newest good backup is {backup} (made {day} {month} {year} at {clock}). To use it, "
        "choose File, then Restore from backup, or run: partapp restore \"{backup}\"",
        backup=backup.path, day=backup.made_at.strftime("%d"),
        month=term(backup.made_at.strftime("%B")), year=backup.made_at.year,
        clock=backup.made_at.strftime("%H:%M"))])
