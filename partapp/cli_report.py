"""``partapp report``: the change report for a period (PDF, CSV figures, the lists behind
them) and the "You said, we did" summary and poster for service users."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from .cli_common import UsageError, message
from .cli_common import iso_date as _iso_date
from .cli_common import open_for_command as _open
from .cli_common import words as _t
from .services.words import counted


def add_command(sub) -> None:

    report = sub.add_parser("report", help="the change report for a period: PDF and/or CSV")
    report.add_argument("--from", dest="start", type=_iso_date, metavar="DATE")
    report.add_argument("--to", dest="end", type=_iso_date, metavar="DATE")
    report.add_argument("--out", metavar="FILE.pdf")
    report.add_argument("--csv", metavar="FILE.csv", help="every figure, as figure,value rows")
    report.add_argument("--lists", metavar="DIR", help="also write the lists behind the figures")
    report.add_argument("--summary", metavar="FILE.pdf",
                        help="an easy read 'You said, we did' summary for service users")
    report.add_argument("--poster", metavar="FILE.pdf",
                        help="a one-page 'You said, we did' poster for a noticeboard")
    report.add_argument("--language", choices=("en", "cy", "both"), default="en",
                        help="the summary's and poster's language: en, cy (Welsh) or both")


def cmd_report(args) -> int:

    if not (args.out or args.csv or args.lists or args.summary or args.poster):
        raise UsageError(_t("Say what to write: --out FILE.pdf, --csv FILE.csv, --lists DIR, "
                            "--summary FILE.pdf or --poster FILE.pdf."))
    db = _open(args)
    try:
        with db.session_scope() as session:
            start, end = args.start, args.end
            if start is None or end is None:
                from .services.figures.report_data import suggested_period

                suggested = suggested_period(session, date.today())
                if start is None and end is None and suggested.moved:
                    print(_t("Nothing was recorded from {start} to {end}, so the report is "
                             "for {first} to {last}, the most recent time with records.").format(
                        start=suggested.usual_start, end=suggested.usual_end,
                        first=suggested.start, last=suggested.end))
                start, end = start or suggested.start, end or suggested.end
            from .services.figures.period import check_period

            check_period(start, end)
            written = []
            data = None
            if args.out:
                from .services.figures.report_data import build_report_data

                data = build_report_data(session, start, end)  # counted once for both files
            if args.csv:
                from .services.figures.report_csv import figure_rows, write_figure_rows
                from .services.figures.report_data import build_report_figures

                # Without a PDF, only the figures: no themes, changes or years to find.
                counted = data if data is not None else build_report_figures(session, start, end)
                write_figure_rows(figure_rows(counted), Path(args.csv))
                written.append(args.csv)
            if args.lists:
                from .services.figures.report_csv import write_lists_csv

                written += [str(p) for p in write_lists_csv(session, start, end, Path(args.lists))]
            if args.out:
                from .reports.annual import render

                assert data is not None
                pages = render(data, Path(args.out))
                written.append(_pages(args.out, pages))
            if args.summary or args.poster:
                from .reports.you_said_we_did import write_summary
                from .reports.you_said_we_did_poster import write_poster
                from .services.figures.you_said_we_did import build_summary

                summary = build_summary(session, start, end)
                for value, write in ((args.summary, write_summary), (args.poster, write_poster)):
                    if value:
                        pages = write(summary, Path(value), language=args.language)
                        written.append(_pages(value, pages))
    finally:
        db.dispose()
    print(_t("Report for {start} to {end}: wrote {files}").format(
        start=start.isoformat(), end=end.isoformat(), files=", ".join(written)))
    return 0


def _pages(file: str, pages: int) -> str:
    """"report.pdf (23 pages)" in the command line's language."""
    return message(counted(pages, "{file} ({n} page)", "{file} ({n} pages)", file=file))


COMMANDS = {"report": cmd_report}
