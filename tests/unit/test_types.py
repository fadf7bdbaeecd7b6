"""mypy checks the package as pyproject.toml configures it (strict for models, services and
reports), and no file may have more type errors than tests/unit/mypy_allowed.txt allows."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tools.mypy_allowed import mypy_errors, read_allowed


def test_no_file_has_more_type_errors_than_it_is_allowed():
    counts, output = mypy_errors()
    allowed = read_allowed()
    over = {path: (count, allowed.get(path, 0)) for path, count in counts.items()
            if count > allowed.get(path, 0)}
    shown = "\n".join(line for line in output.splitlines()
                      if any(line.startswith(path + ":") for path in over))
    assert not over, (f"More type errors than allowed (file: found, allowed): {over}\n{shown}")


def test_the_allowance_names_only_files_that_exist():
    root = Path(__file__).resolve().parents[2]
    assert [path for path in read_allowed() if not (root / path).exists()] == []
