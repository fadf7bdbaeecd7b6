"""``partapp report --csv`` without a PDF counts only the figures the CSV writes
(build_report_figures): its rows are the ones the full report's data gives, row for row."""

from __future__ import annotations

from datetime import date

from partapp.cli import run
from partapp.services.figures.report_csv import figure_rows
from partapp.services.figures.report_data import build_report_data, build_report_figures
from partapp.services.sample.demo import fill_demo

TODAY = date(2025, 3, 10)


def test_the_figures_alone_are_the_full_reports_figures(db, db_path, tmp_path, capsys):
    with db.session_scope() as session:
        fill_demo(session, today=TODAY)
    with db.session_scope() as session:
        for start, end in ((date(2024, 1, 1), date(2024, 12, 31)),
                           (date(2024, 4, 1), date(2025, 3, 10))):
            alone = figure_rows(build_report_figures(session, start, end, made_on=TODAY))
            full = figure_rows(build_report_data(session, start, end, made_on=TODAY))
            assert alone == full
            assert len(alone) > 100 and dict(alone)["suggestions"] != "0"
    db.dispose()

    # The command line: the CSV is the same with or without the PDF beside it.
    period = ["--from", "2024-01-01", "--to", "2024-12-31"]
    assert run(["--db", str(db_path), "report", "--csv", str(tmp_path / "alone.csv"),
                *period]) == 0
    assert run(["--db", str(db_path), "report", "--csv", str(tmp_path / "with.csv"),
                "--out", str(tmp_path / "report.pdf"), *period]) == 0
    written = (tmp_path / "alone.csv").read_text(encoding="utf-8")
    assert written == (tmp_path / "with.csv").read_text(encoding="utf-8")
    assert written.startswith("figure,value\n") and "\npeople_owed_feedback," in written
    assert "wrote" in capsys.readouterr().out
