"""Reading import files (CSV in the encodings Excel writes, or one XLSX workbook) into tables.

A table is one people or suggestions list: where it came from, its columns as written, and its
rows numbered as a spreadsheet program shows them (the header is row 1). Nothing here touches
the database.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal, overload

from ..errors import ValidationError
from ..validation import choice, clean_text, normalise_key, optional_text, parse_date
from ..words import said
from .import_cells import cell_letter, read_date, unsaved_formulas

PEOPLE = "people"
SUGGESTIONS = "suggestions"
WELSH = "welsh"  # the list of Welsh texts to add, filled in (partapp letters --welsh-missing)

PEOPLE_COLUMNS = (
    "ref", "first_name", "last_name", "preferred_name", "address_1", "address_2", "town",
    "postcode", "email", "phone", "groups", "feedback_format", "language", "supporter",
    "consent_date",
)
SUGGESTION_COLUMNS = (
    "date", "activity", "activity_type", "involvement_level", "service", "raised_by", "kind",
    "channel", "suggestion", "decision", "decision_reason", "decided_on", "decided_by", "change",
    "change_status", "change_done_on", "feedback_sent_on",
)
# Known but left out of the templates: only needed for a "Passed on" decision, and the Welsh
# versions of the free texts for Welsh letters.
OPTIONAL_SUGGESTION_COLUMNS = ("passed_to", "activity_cy", "decision_reason_cy", "passed_to_cy",
                               "change_cy")

KNOWN_COLUMNS = {PEOPLE: PEOPLE_COLUMNS,
                 SUGGESTIONS: SUGGESTION_COLUMNS + OPTIONAL_SUGGESTION_COLUMNS,
                 WELSH: ("person_ref", "text", "record", "english", "welsh")}
REQUIRED_COLUMNS = {PEOPLE: ("ref", "first_name"), SUGGESTIONS: ("date", "suggestion"),
                    WELSH: ("text", "record", "welsh")}
SHEET_NAMES = {PEOPLE: "People", SUGGESTIONS: "Suggestions"}
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")
OLD_FORMATS = (".xls", ".ods", ".numbers")


class ImportProblem(ValidationError):
    """Something in an import file is not right. The message names the file, row and column."""

    def __init__(self, source: str, message: str, *, row: int | None = None,
                 column: str | None = None) -> None:
        where: str = source
        if row is not None and column is not None:
            where = said('{file}, row {row}, column "{column}"', file=source, row=row,
                         column=column)
        elif row is not None:
            where = said("{file}, row {row}", file=source, row=row)
        elif column is not None:
            where = said('{file}, column "{column}"', file=source, column=column)
        super().__init__(column or "file", said("{where}: {message}", where=where,
                                                message=message))
        self.source = source
        self.row = row
        self.column = column


def header_key(text: str) -> str:
    """A header as we compare it: no case, spaces, underscores or hyphens."""
    return "".join(ch for ch in str(text).lower() if not ch.isspace() and ch not in "_-\ufeff")


@dataclass(frozen=True, slots=True)
class Row:
    """One row of a table: its cells (str or date) in the order of ``positions``, which maps our
    column names to places in ``cells`` and is shared by every row of the table (a dict per row
    would cost about 1 KB, which is 100 MB for a large import)."""

    source: str
    number: int
    cells: tuple[object, ...]
    positions: Mapping[str, int]
    headers: Mapping[str, str]

    @property
    def values(self) -> dict[str, object]:
        """Our column names mapped to the cells."""
        return {column: self.cells[i] for column, i in self.positions.items()}

    def get(self, column: str) -> object:
        i = self.positions.get(column)
        return None if i is None else self.cells[i]

    def has(self, column: str) -> bool:
        return bool(self.text(column))

    def text(self, column: str) -> str:
        return clean_text(as_text(self.get(column)))

    def limited_text(self, column: str, label: str, *, max_length: int = 200) -> str:
        with self.checking(column):
            return optional_text(self.text(column), column, label, max_length=max_length)

    @overload
    def date(self, column: str, label: str, *, required: Literal[True]) -> date: ...
    @overload
    def date(self, column: str, label: str, *, required: bool = False) -> date | None: ...
    def date(self, column: str, label: str, *, required: bool = False) -> date | None:
        value = self.get(column)
        with self.checking(column):
            if isinstance(value, str):
                return read_date(_date_part(clean_text(value)), column, label,
                                 required=required)
            return parse_date(value, column, label, required=required)

    def problem(self, column: str, message: str) -> ImportProblem:
        return ImportProblem(self.source, message, row=self.number,
                             column=self.headers.get(column, column))

    @contextmanager
    def checking(self, column: str, fields: Mapping[str, str] | None = None) -> Iterator[None]:
        """Turn a ValidationError raised inside into an ImportProblem naming this row.

        ``fields`` maps the field names a service uses to our column names.
        """
        try:
            yield
        except ImportProblem:
            raise
        except ValidationError as exc:
            named = (fields or {}).get(exc.field, column)
            raise self.problem(named, exc.message) from None


@dataclass(frozen=True)
class Table:
    kind: str
    source: str
    headers: Mapping[str, str]
    extra: tuple[str, ...]
    rows: tuple[Row, ...]
    notes: tuple[str, ...] = ()


class Choices:
    """A fixed list of codes, looked up by code or label (ignoring case, spaces, - and _)."""

    def __init__(self, options: Mapping[str, str], label: str) -> None:
        self.options = dict(options)
        self.label = label
        self._index = {normalise_key(code): code for code in options}
        self._index.update({normalise_key(text): code for code, text in options.items()})

    @overload
    def code(self, row: Row, column: str, *, default: str) -> str: ...
    @overload
    def code(self, row: Row, column: str, *, default: None = None) -> str | None: ...
    def code(self, row: Row, column: str, *, default: str | None = None) -> str | None:
        text = row.text(column)
        if not text:
            return default
        code = self._index.get(normalise_key(text))
        if code is None:
            with row.checking(column):
                code = choice(text, self.options, column, self.label)
        return code


def as_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _date_part(text: str) -> str:
    """"2025-04-01 00:00:00" (as some programs export dates) becomes "2025-04-01"."""
    if len(text) > 10 and text[4:5] == "-" and text[10] in " T" and text[:4].isdigit():
        return text[:10]
    return text


# --- Reading files -------------------------------------------------------------------------------

def read_tables(paths: Sequence[Path]) -> tuple[list[Table], list[str]]:
    """Every people and suggestions table in the files, people first, and notes for the user."""
    tables: list[Table] = []
    notes: list[str] = []
    for path in paths:
        path = Path(path)
        content = _read_bytes(path)
        if path.suffix.lower() in OLD_FORMATS:
            raise ImportProblem(path.name, said("We can only read .xlsx workbooks and CSV "
                                                "files. Please save it as an Excel workbook "
                                                "(.xlsx) or as CSV, then try again."))
        if path.suffix.lower() in WORKBOOK_SUFFIXES or content.startswith(b"PK\x03\x04"):
            tables.extend(_workbook_tables(path, content, notes))
        else:
            grid = _csv_grid(path.name, content)
            tables.append(_table(path.name, grid, kind=None))
    for table in tables:
        if table.extra:
            listed = ", ".join(f'"{h}"' for h in table.extra)
            what = "column" if len(table.extra) == 1 else "columns"
            notes.append(f"{table.source}: we do not use the {what} {listed}, so "
                         f"{'it was' if len(table.extra) == 1 else 'they were'} not imported.")
        notes.extend(table.notes)
    tables.sort(key=lambda t: t.kind != PEOPLE)
    return tables, notes


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise ImportProblem(path.name, said("We cannot find this file. Please check it is in "
                                            "{parent} and try again.", parent=path.parent)) from None
    except OSError as exc:
        raise ImportProblem(path.name, said("We cannot open this file ({strerror}). If it is "
                                            "open in another program, close it and try again.",
                                            strerror=exc.strerror)) from None


def _decode(name: str, content: bytes) -> str:
    if content.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return content.decode("utf-16")
        except UnicodeDecodeError:
            pass
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return content.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ImportProblem(name, said("We cannot read the letters in this file. Please save it "
                                   "again as “CSV UTF-8” and try again."))


def _delimiter(text: str) -> str:
    first = next((line for line in text.splitlines() if line.strip()), "")
    counts = {d: first.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _csv_grid(name: str, content: bytes) -> list[tuple[int, list[object]]]:
    text = _decode(name, content)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    grid: list[tuple[int, list[object]]] = []
    # Short cells repeat (dates, refs, kinds): keep one copy of each, not one per row.
    shared: dict[str, str] = {}
    try:
        for number, cells in enumerate(reader, start=1):
            grid.append((number, [shared.setdefault(c, c) if len(c) <= 24 else c
                                  for c in cells]))
    except csv.Error:
        raise ImportProblem(name, said("We cannot read this file as CSV after row {count}. "
                                       "Please open it in your spreadsheet program, save it "
                                       "as CSV again and try again.", count=len(grid)), row=len(grid) + 1) from None
    return grid


def _workbook_tables(path: Path, content: bytes, notes: list[str]) -> list[Table]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError):
        raise ImportProblem(path.name, said("We cannot open this as an Excel workbook. It may "
                                            "be damaged or protected with a password. Please "
                                            "save it again as .xlsx (without a password) and "
                                            "try again.")) from None
    try:
        sheets = {header_key(ws.title): ws for ws in book.worksheets}
        chosen = {kind: sheets[key] for kind in (PEOPLE, SUGGESTIONS)
                  if (key := header_key(SHEET_NAMES[kind])) in sheets}
        tables = []
        formulas = unsaved_formulas(content)
        for ws in book.worksheets:
            kind = next((k for k, sheet in chosen.items() if sheet is ws), None)
            source = f"{path.name}, sheet {ws.title}"
            if ws.sheet_state != "visible":
                notes.append(f"{path.name}: the sheet \u201c{ws.title}\u201d is hidden, so it "
                             "was not imported.")
                continue
            grid = _sheet_grid(ws)
            if not any(_filled(cells) for _n, cells in grid):
                continue
            if kind is None and chosen:
                notes.append(f"{path.name}: the sheet \u201c{ws.title}\u201d was not imported. "
                             "We only read the sheets called People and Suggestions.")
                continue
            table = _table(source, grid, kind=kind)
            if ws.title in formulas:
                table = _with_formula_note(table, formulas[ws.title])
            tables.append(table)
    finally:
        book.close()
    if not tables:
        raise ImportProblem(path.name, said("There is nothing to import. The workbook needs a "
                                            "sheet called People or Suggestions, with the "
                                            "column names in the first row."))
    return tables


def _sheet_grid(ws: Any) -> list[tuple[int, list[object]]]:
    ws.reset_dimensions()  # some programs write a wrong size; read every cell that is there
    grid = []
    for number, cells in enumerate(ws.iter_rows(values_only=True), start=1):
        grid.append((number, [_cell_value(v) for v in cells]))
    return grid


def _cell_value(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (date, str)):
        return value
    return str(value)


def _filled(cells: Sequence[object]) -> bool:
    return any(as_text(c).strip() for c in cells)


def _classify(source: str, keys: Sequence[str]) -> str:
    scores = {kind: sum(1 for k in keys if k in {header_key(c) for c in columns})
              for kind, columns in KNOWN_COLUMNS.items()}
    if {"record", "welsh"} <= set(keys):
        return WELSH
    if scores[PEOPLE] == scores[SUGGESTIONS]:
        raise ImportProblem(source, said("We cannot tell if this is a list of people or of "
                                         "suggestions. The first row should hold the column "
                                         "names: ref, first_name... for people, or date, "
                                         "suggestion... for suggestions."), row=1)
    return PEOPLE if scores[PEOPLE] > scores[SUGGESTIONS] else SUGGESTIONS


def _table(source: str, grid: list[tuple[int, list[object]]], *, kind: str | None) -> Table:
    filled = [(n, cells) for n, cells in grid if _filled(cells)]
    if not filled:
        raise ImportProblem(source, said("This file is empty. The first row should hold the "
                                         "column names."))
    header_row, header_cells = filled[0]
    written = [as_text(c).strip() for c in header_cells]
    keys = [header_key(h) for h in written]
    kind = kind or _classify(source, keys)
    known = {header_key(c): c for c in KNOWN_COLUMNS[kind]}
    headers: dict[str, str] = {}
    positions: dict[str, int] = {}
    extra: list[str] = []
    for position, (key, text) in enumerate(zip(keys, written)):
        column = known.get(key)
        if column is None:
            if text:
                extra.append(text)
            continue
        if column in headers:
            raise ImportProblem(source, said("There are two columns called “{text}”. Please "
                                             "remove one of them.", text=text), row=header_row, column=text)
        headers[column] = text
        positions[column] = position
    for column in REQUIRED_COLUMNS[kind]:
        if column not in headers:
            raise ImportProblem(source, said("This column is missing. Please add it to the "
                                             "first row, which holds the column names."), row=header_row,
                                column=column)
    places = {column: i for i, column in enumerate(positions)}
    wanted = tuple(positions.values())
    width = len(written)
    while width and not written[width - 1]:
        width -= 1
    rows = []
    beyond: list[tuple[int, int]] = []
    for number, cells in filled[1:]:
        picked = tuple(cells[pos] if pos < len(cells) else "" for pos in wanted)
        if len(cells) > width:
            beyond.extend((number, pos) for pos in range(width, len(cells))
                          if as_text(cells[pos]).strip())
        if _filled(picked):
            rows.append(Row(source, number, picked, places, headers))
    notes = (_beyond_note(source, beyond),) if beyond else ()
    return Table(kind, source, headers, tuple(extra), tuple(rows), notes)


def _places(cells: Sequence[tuple[int, int]], limit: int = 10) -> str:
    """"row 3, column F; row 7, column G" for the first few cells, then how many more."""
    listed = "; ".join(f"row {row}, column {cell_letter(pos)}" for row, pos in cells[:limit])
    more = len(cells) - limit
    return listed + (f" and {more} more" if more > 0 else "")


def _beyond_note(source: str, cells: Sequence[tuple[int, int]]) -> str:
    what = "A cell has" if len(cells) == 1 else f"{len(cells)} cells have"
    return (f"{source}: {what} something written to the right of the last column name, so "
            f"{'it was' if len(cells) == 1 else 'they were'} not imported ({_places(cells)}). "
            "If it should be imported, give its column a name in the first row.")


def _with_formula_note(table: Table, cells: Sequence[tuple[int, int]]) -> Table:
    what = "A formula has" if len(cells) == 1 else f"{len(cells)} formulas have"
    note = (f"{table.source}: {what} no saved result, so we read "
            f"{'it' if len(cells) == 1 else 'them'} as empty ({_places(cells)}). To import the "
            "results, open the workbook in your spreadsheet program, save it, and import it "
            "again.")
    return Table(table.kind, table.source, table.headers, table.extra, table.rows,
                 table.notes + (note,))
