"""README's test command is the one CI runs."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_ci_runs_the_readme_test_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    section = readme.split("**Run the tests**", 1)[1].split("```bash", 1)[1].split("```", 1)[0]
    command = section.strip()
    assert command.startswith("python3 -m venv .venv")
    assert command in ci.splitlines()
