"""Write tests/unit/mypy_allowed.txt: how many mypy errors each file still has.

    python -m tools.mypy_allowed

tests/unit/test_types.py fails when a file has more errors than this list allows, so the
count can only go down. Run this after fixing some, to lower the allowance; the aim is an
empty list (then the test simply asks mypy to pass).
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ALLOWED = ROOT / "tests" / "unit" / "mypy_allowed.txt"
ERROR = re.compile(r"^(partapp/[^:]+\.py):\d+: error: ")


def mypy_errors() -> tuple[Counter[str], str]:
    """mypy's errors per file, run as pyproject.toml configures it, and its whole output."""
    done = subprocess.run([sys.executable, "-m", "mypy"], cwd=ROOT, capture_output=True,
                          text=True)
    counts: Counter[str] = Counter()
    for line in done.stdout.splitlines():
        found = ERROR.match(line)
        if found:
            counts[found[1]] += 1
    if done.returncode not in (0, 1) or (done.returncode == 1 and not counts):
        raise RuntimeError(f"mypy did not run:\n{done.stdout}\n{done.stderr}")
    return counts, done.stdout


def read_allowed() -> dict[str, int]:
    if not ALLOWED.exists():
        return {}
    allowed = {}
    for line in ALLOWED.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            count, path = line.split(maxsplit=1)
            allowed[path] = int(count)
    return allowed


def main() -> None:
    counts, _output = mypy_errors()
    lines = ["# mypy errors each file may still have (tools/mypy_allowed.py writes this).",
             "# The aim is none: fix a file's errors, then run the tool to lower its count."]
    lines += [f"{count} {path}" for path, count in sorted(counts.items())]
    ALLOWED.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{sum(counts.values())} errors in {len(counts)} files written to {ALLOWED}")


if __name__ == "__main__":
    main()
