"""The data file or server: opening and upgrading it, the lock, encryption,
integrity checks, and backups (made, kept, rotated and restored).
"""

from .backup import backup_database, list_backups, newest_good_backup, restore_database
from .backup_rotation import (
    backup_now,
    backup_on_close,
    backup_on_open,
    backup_settings,
    set_backup_folder,
)
from .database import Database, create_schema, make_engine, open_database, upgrade_schema
from .integrity import check_at_open
from .lock import FileLock
from .passphrase import change_passphrase, decrypt_database, encrypt_database
from .refusal import check_data_file
from .setup import seed_defaults

__all__ = ['Database', 'FileLock', 'backup_database', 'backup_now', 'backup_on_close', 'backup_on_open', 'backup_settings', 'change_passphrase', 'check_at_open', 'check_data_file', 'create_schema', 'decrypt_database', 'encrypt_database', 'list_backups', 'make_engine', 'newest_good_backup', 'open_database', 'restore_database', 'seed_defaults', 'set_backup_folder', 'upgrade_schema']
