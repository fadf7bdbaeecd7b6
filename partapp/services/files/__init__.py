"""Where the app's files live, and the one safe way to write a file for the user.
Also: telling what a file is before opening it, CSV cells a spreadsheet cannot run, the log.
"""

from .csv_safe import write_csv
from .file_kinds import describe_bytes
from .logs import setup_logging
from .output_files import (
    OutputRefusedError,
    copy_file,
    open_output,
    replacing,
    write_bytes,
    write_text,
)
from .paths import data_dir, default_db_path, resources_dir

__all__ = ['OutputRefusedError', 'copy_file', 'data_dir', 'default_db_path', 'describe_bytes', 'open_output', 'replacing', 'resources_dir', 'setup_logging', 'write_bytes', 'write_csv', 'write_text']
