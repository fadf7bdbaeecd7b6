"""Where the app's files live, and the one safe way to write a file for the user.
Also: telling what a file is before opening it, CSV cells a spreadsheet cannot run, the log.

The names below are loaded when first asked for, so importing one module of this room (such
as ``paths`` for the command line) does not load the CSV writer and the log with it.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

_WHERE = {"write_csv": "csv_safe", "describe_bytes": "file_kinds", "setup_logging": "logs",
          "OutputRefusedError": "output_files", "copy_file": "output_files",
          "open_output": "output_files", "replacing": "output_files",
          "write_bytes": "output_files", "write_text": "output_files", "data_dir": "paths",
          "default_db_path": "paths", "resources_dir": "paths"}

__all__ = ['OutputRefusedError', 'copy_file', 'data_dir', 'default_db_path', 'describe_bytes', 'open_output', 'replacing', 'resources_dir', 'setup_logging', 'write_bytes', 'write_csv', 'write_text']


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value
