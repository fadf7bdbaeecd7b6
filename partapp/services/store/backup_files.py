"""Where a data file's backups are kept, what each is called, and which is the newest good one.

Backup files are named ``<data file name>-<kind>-<YYYY-MM-DD-HHMMSS>.db`` so they sort by age
and can be listed (kinds: backup = made by hand, auto = made on opening or closing,
before-restore, damaged; and the copies kept before an upgrade).
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..errors import PartappError
from ..files.output_files import write_text
from .integrity import diagnose

REMEMBERED = "backup-folders.json"
KINDS = ("backup", "auto", "before-restore", "damaged")
_STAMP = "%Y-%m-%d-%H%M%S"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: datetime
    kind: str
    size: int

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)


KIND_LABELS = {"backup": "Made by hand", "auto": "Made automatically",
               "before-restore": "Kept before a restore", "damaged": "Copy of a damaged file",
               "before-upgrade": "Kept before an upgrade"}
"""What each kind of backup is called on screen."""


def backup_folder(db_path: Path) -> Path:
    """Where backups go by default: a 'backups' folder beside the data file."""
    return Path(db_path).parent / "backups"


def default_backup_name(db_path: Path, when: datetime | None = None, kind: str = "backup") -> str:
    when = when or datetime.now()
    db_path = Path(db_path)
    return f"{db_path.stem}-{kind}-{when.strftime(_STAMP)}{db_path.suffix or '.db'}"


def _usable_folder(db_path: Path) -> Path:
    for folder in (backup_folder(db_path), *_remembered_folders(db_path)):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            return folder
        except OSError:
            continue
    return db_path.parent


# --- Finding backups ----------------------------------------------------------------------

def _pattern(db_path: Path) -> re.Pattern[str]:
    stem = re.escape(Path(db_path).stem)
    return re.compile(rf"^{stem}(?:-(backup|auto|before-restore|damaged)-(\d{{4}}-\d{{2}}-\d{{2}}"
                      rf"-\d{{6}})|\.(before-upgrade)-\w+-(\d{{8}}-\d{{6}}))\.[A-Za-z0-9]+$")


def _remembered_file() -> Path:
    from ..files.paths import data_dir

    return data_dir() / REMEMBERED


def _remembered_folders(db_path: Path) -> list[Path]:
    try:
        data = json.loads(_remembered_file().read_text(encoding="utf-8"))
        folders = data.get(os.path.normcase(str(Path(db_path).resolve()))) or []
        return [Path(f) for f in folders if isinstance(f, str)]
    except (OSError, ValueError, AttributeError, TypeError):
        return []


def remember_folder(db_path: Path, folder: Path) -> None:
    """Note (outside the data file) where its backups go, so a damaged file can point to them."""
    file = _remembered_file()
    key = os.path.normcase(str(Path(db_path).resolve()))
    try:
        data = json.loads(file.read_text(encoding="utf-8")) if file.exists() else {}
        if not isinstance(data, dict):
            data = {}
        folder_text = str(Path(folder).resolve())
        folders = [f for f in data.get(key) or [] if isinstance(f, str) and f != folder_text]
        data[key] = [folder_text, *folders][:5]
        file.parent.mkdir(parents=True, exist_ok=True)
        write_text(file, json.dumps(data, indent=1), what="the list of backup folders")
    except (OSError, ValueError, TypeError, PartappError):
        pass


def backup_folders(db_path: Path, extra: Path | None = None) -> list[Path]:
    """Every folder where this data file's backups may be: set, remembered, beside the file."""
    folders = [extra] if extra else []
    folders += [*_remembered_folders(db_path), backup_folder(db_path), Path(db_path).parent]
    unique: list[Path] = []
    for folder in folders:
        if folder is not None and folder not in unique:
            unique.append(folder)
    return unique


def list_backups(db_path: Path, *, folders: list[Path] | None = None) -> list[BackupInfo]:
    """This data file's backups (and kept copies), newest first."""
    db_path = Path(db_path)
    pattern = _pattern(db_path)
    found: dict[Path, BackupInfo] = {}
    for folder in folders or backup_folders(db_path):
        try:
            entries = list(folder.iterdir())
        except OSError:
            continue
        for entry in entries:
            match = pattern.match(entry.name)
            if not match or not entry.is_file():
                continue
            if match.group(1):
                kind, made = match.group(1), datetime.strptime(match.group(2), _STAMP)
            else:
                kind, made = match.group(3), datetime.strptime(match.group(4), "%Y%m%d-%H%M%S")
            resolved = entry.resolve()
            if resolved not in found:
                found[resolved] = BackupInfo(entry, made, kind, entry.stat().st_size)
    return sorted(found.values(), key=lambda b: (b.made_at, b.path.name), reverse=True)


def newest_good_backup(db_path: Path, *, passphrase: str | None = None,
                       limit: int = 10) -> BackupInfo | None:
    """The newest backup that passes the full check (copies of damaged files never count)."""
    checked = 0
    for info in list_backups(db_path):
        if info.kind == "damaged":
            continue
        if diagnose(info.path, full=True, passphrase=passphrase).ok:
            return info
        checked += 1
        if checked >= limit:
            break
    return None
