"""The one wording for a data file that cannot be used, and the full check of ``partapp check``:
why it was not opened, that nothing in it was changed, and the newest good backup to use."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ..files import file_kinds
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
        found = f"{path}: no problems found (full check)."
        problem = file_kinds.access_problem(path)  # sound, but can it be changed where it is?
        return True, found if problem is None else f"{found} But: {problem}"
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
        first = (f"The data file {path} was made by a newer version of Participation Tracker, "
                 "so it was not opened. Nothing in the file was changed. Please install the "
                 "newer version to open it.")
    elif diagnosis.kind == DAMAGED:
        first = (f"The data file {path} is damaged ({diagnosis.message}), so it was not "
                 "opened. Nothing in the file was changed.")
    else:
        first = (f"The file {path} was not opened. {diagnosis.message} Nothing in the file "
                 "was changed.")
        if diagnosis.kind in (EMPTY, ZEROED, EMPTY_DATABASE):
            first += (" To start a new data file, choose File, then New data file, or run "
                      "partapp init with a new file name.")
        else:
            first += " Check you chose the right file."
    backup = newest_good_backup(path, passphrase=passphrase)
    if backup is None:
        return first + (" No good backup was found. Keep the file as it is (do not delete it) "
                        "and ask someone you trust with computers for help.")
    made = backup.made_at.strftime("%d %B %Y at %H:%M")
    return (first + f" The newest good backup is {backup.path} (made {made}). To use it, "
            f"choose File, then Restore from backup, or run: partapp restore \"{backup.path}\"")
