"""The benchmark's data generator and measuring code run (on a small size; no timings checked)."""

from __future__ import annotations

from sqlalchemy import func, select

from bench import run
from bench.generate import Size, generate
from partapp.models import Decision, Feedback, Person, Suggestion
from partapp.services.store.database import open_database


def test_generator_makes_a_consistent_database(tmp_path):
    path = tmp_path / "bench.db"
    counts = generate(path, Size(people=50, activities=10, suggestions=300, years=2))
    db = open_database(str(path))
    with db.session_scope() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == 50
        assert session.scalar(select(func.count()).select_from(Suggestion)) == 300
        assert session.scalar(select(func.count()).select_from(Decision)) == counts["decisions"]
        assert session.scalar(select(func.count()).select_from(Feedback)) == counts["feedback"]
    db.dispose()


def test_every_measurement_runs_on_a_small_database(tmp_path, capsys):
    assert run.main(["--small", "--repeat", "1", "--no-libreoffice",
                     "--db", str(tmp_path / "small.db")]) == 0
    out = capsys.readouterr().out
    for _target, label in run.TARGETS.values():
        assert label in out
