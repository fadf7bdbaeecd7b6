"""Importing people and suggestions from spreadsheets (CSV files or one XLSX workbook).

The steps, one function each: read the files into tables (import_read); check every people row
(import_people); check every suggestion row (import_suggestions); write the people; write the
suggestions and what hangs off them (import_write); record one audit entry.

All or nothing: nothing here commits. Any problem raises ImportProblem, whose message names the
file, the row (as a spreadsheet shows it: the header is row 1) and the column, and the caller's
``session_scope()`` rolls everything back. Importing the same files again adds nothing twice.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from ..access import audit, permissions
from ..changed import Changed, operation
from ..errors import ValidationError
from ..files.output_files import check_folder, open_output, replacing
from ..store import one_at_a_time
from ..words import counted, joined, said
from .import_people import PeopleCounts, read_people, write_people
from .import_read import PEOPLE_COLUMNS, SHEET_NAMES, SUGGESTION_COLUMNS, ImportProblem, read_tables
from .import_suggestions import read_suggestions
from .import_welsh import read_welsh, write_welsh
from .import_write import WriteCounts, write_suggestions

__all__ = ["PEOPLE_COLUMNS", "SUGGESTION_COLUMNS", "TEMPLATE_NAMES", "ImportProblem",
           "ImportSummary", "import_files", "write_templates"]

TEMPLATE_NAMES = ("people.csv", "suggestions.csv", "participation-import.xlsx")


@dataclass(frozen=True)
class ImportSummary:
    people_added: int = 0
    people_updated: int = 0
    people_unchanged: int = 0
    activities_added: int = 0
    suggestions_added: int = 0
    suggestions_skipped: int = 0
    decisions_added: int = 0
    changes_added: int = 0
    feedback_added: int = 0
    services_added: int = 0
    notes: tuple[str, ...] = ()

    def counts(self) -> dict[str, int]:
        return {k: v for k, v in asdict(self).items() if k != "notes"}

    def describe(self) -> str:
        """What the import did, in plain English, one line per idea, then the notes."""
        lines = [line for line in (self._people_line(), self._suggestions_line(),
                                   self._others_line()) if line]
        if not lines:
            lines.append(said("There was nothing new to add."))
        return joined(lines + list(self.notes), "\n")

    def _people_line(self) -> str:
        parts: list[str] = []
        if self.people_added:
            added = counted(self.people_added, "{n} person", "{n} people")
            parts.append(said("Added {added}, updated {updated}.", added=added,
                              updated=self.people_updated) if self.people_updated
                         else said("Added {added}.", added=added))
        elif self.people_updated:
            parts.append(said("Updated {people}.", people=counted(
                self.people_updated, "{n} person", "{n} people")))
        if self.people_unchanged:
            parts.append(counted(self.people_unchanged, "{n} person was already up to date.",
                                 "{n} people were already up to date."))
        return joined(parts) if parts else ""

    def _suggestions_line(self) -> str:
        parts: list[str] = []
        if self.suggestions_added or self.activities_added:
            suggestions = counted(self.suggestions_added, "{n} suggestion", "{n} suggestions")
            parts.append(said("Added {suggestions} and {activities}.", suggestions=suggestions,
                              activities=counted(self.activities_added, "{n} activity",
                                                 "{n} activities"))
                         if self.activities_added
                         else said("Added {suggestions}.", suggestions=suggestions))
        if self.suggestions_skipped:
            parts.append(counted(
                self.suggestions_skipped,
                "{n} suggestion was already in the database, so we left it as it was.",
                "{n} suggestions were already in the database, so we left them as they were."))
        return joined(parts) if parts else ""

    def _others_line(self) -> str:
        items = [item for count, item in (
            (self.decisions_added, counted(self.decisions_added, "{n} decision", "{n} decisions")),
            (self.changes_added, counted(self.changes_added, "{n} change", "{n} changes")),
            (self.feedback_added, counted(self.feedback_added, "{n} feedback record",
                                          "{n} feedback records")),
            (self.services_added, counted(self.services_added, "{n} service", "{n} services")))
            if count]
        if not items:
            return ""
        listed = items[0] if len(items) == 1 else said(
            "{some} and {last}", some=joined(items[:-1], ", "), last=items[-1])
        return said("Added {listed}.", listed=listed)


@operation(Changed.ALL)
def import_files(session: Session, paths: Sequence[Path], *, today: date | None = None,
                 waiting: Callable[[], None] | None = None) -> ImportSummary:
    """Import people and suggestions from ``paths``. Never commits; raises ImportProblem.

    Another office importing into the same database at this moment is waited for (``waiting``
    is called if so) before anything is read from it, so two imports of one sheet add each
    person once: the second finds them there."""
    permissions.check(session, "import")  # decisions and changes come in too: a coordinator
    if not paths:
        raise ValidationError("files", said("Please choose the files to import."))
    today = today or date.today()
    tables, notes = read_tables([Path(p) for p in paths])
    one_at_a_time.hold(session, "import", waiting=waiting)
    people_rows = read_people(session, tables, notes)
    plans = read_suggestions(session, tables, new_refs={r.ref for r in people_rows}, today=today)
    welsh = read_welsh(session, tables)  # a filled-in list from partapp letters --welsh-missing
    people = write_people(session, people_rows)
    written = write_suggestions(session, plans)
    summary = _summary(people, written,
                       notes + plans.notes + written.notes + write_welsh(welsh))
    _record_audit(session, summary)
    return summary


def _summary(people: PeopleCounts, written: WriteCounts, notes: list[str]) -> ImportSummary:
    return ImportSummary(
        people_added=people.added, people_updated=people.updated,
        people_unchanged=people.unchanged, activities_added=written.activities_added,
        suggestions_added=written.suggestions_added,
        suggestions_skipped=written.suggestions_skipped,
        decisions_added=written.decisions_added, changes_added=written.changes_added,
        feedback_added=written.feedback_added, services_added=written.services_added,
        notes=tuple(notes))


def _record_audit(session: Session, summary: ImportSummary) -> None:
    """One entry for the whole import: counts only, never names or words from the files."""
    details = ", ".join(f"{k}={v}" for k, v in summary.counts().items())
    audit.record(session, "import", "import", None, details=details)
    session.flush()


# --- Templates -----------------------------------------------------------------------------------

def write_templates(folder: Path, *, xlsx: bool = True) -> list[Path]:
    """Empty import files (the header row only) in ``folder``, which is made if needed.

    Files already there are never overwritten: they may hold someone's work.
    """
    folder = Path(folder).expanduser()
    if folder.exists() and not folder.is_dir():
        check_folder(folder, what="the templates")  # a data file, or any other file: refused
    names = TEMPLATE_NAMES if xlsx else TEMPLATE_NAMES[:2]
    targets = [folder / name for name in names]
    for path in targets:
        if path.exists():
            raise ValidationError("folder", said("There is already a file called {name} in "
                                                 "{folder}. Please choose another folder, or "
                                                 "move that file first.", name=path.name,
                                                 folder=folder))
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for path, columns in zip(targets, (PEOPLE_COLUMNS, SUGGESTION_COLUMNS)):
            with open_output(path, "w", what="the templates", encoding="utf-8-sig",
                             newline="") as handle:
                csv.writer(handle).writerow(columns)
        if xlsx:
            with replacing(targets[2], what="the templates") as temp:
                _write_workbook(temp)
    except OSError as exc:
        raise ValidationError("folder", said("We cannot save the files in {folder} "
                                             "({strerror}). Please choose another folder.",
                                             folder=folder, strerror=exc.strerror)) from None
    return targets


_WIDE_COLUMNS = {"suggestion": 50, "decision_reason": 40, "change": 40, "activity": 30,
                 "address_1": 26, "address_2": 26, "groups": 30, "raised_by": 18}


def _write_workbook(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    book.remove(book.active)
    for kind, columns in (("people", PEOPLE_COLUMNS), ("suggestions", SUGGESTION_COLUMNS)):
        sheet = book.create_sheet(SHEET_NAMES[kind])
        sheet.append(list(columns))
        for index, column in enumerate(columns, start=1):
            sheet.cell(row=1, column=index).font = Font(bold=True)
            width = _WIDE_COLUMNS.get(column, max(12, len(column) + 4))
            sheet.column_dimensions[get_column_letter(index)].width = width
        sheet.freeze_panes = "A2"
    book.save(path)
