"""Reading what spreadsheet cells really hold: dates written many ways, Excel date serials,
phone numbers that lost their leading 0, postcodes in any case and spacing, and formulas that
were never calculated. Nothing here touches the database.
"""

from __future__ import annotations

import io
import re
import zipfile
from datetime import date, datetime, timedelta
from xml.etree import ElementTree

from ..errors import ValidationError
from ..validation import parse_date
from ..words import said, term

DATE_HINT = "Write dates like 2025-04-01 or 1 April 2025."
EXCEL_EPOCH = date(1899, 12, 30)  # serial 1 is 1900-01-01 (Excel counts a 29 Feb 1900)
_SERIALS = range(10000, 100000)   # 1927 to 2173: five digits, never a year or a day
_WORDY_FORMATS = ("%d %B %Y", "%d %b %Y", "%d %B, %Y", "%d %b, %Y", "%d/%m/%Y")
_SLASHED = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})")


def read_date(text: str, field: str, label: str, *, required: bool = False) -> date | None:
    """A date from a cell's text: ISO, UK order (day first), "1 April 2025", or an Excel serial.

    Month-first (US order) dates are refused, saying what to type instead.
    """
    if not text:
        return parse_date(text, field, label, required=required)
    try:
        return parse_date(text, field, label, required=required)  # ISO and d/m/Y: the usual
    except ValidationError as exc:
        problem = exc
    serial = _serial(text)
    if serial is not None:
        return parse_date(serial, field, label)
    words = " ".join(text.replace(".", " ").split())
    for fmt in _WORDY_FORMATS:
        try:
            return parse_date(datetime.strptime(words, fmt).date(), field, label)
        except ValueError:
            continue
    cap = term(label, capital=True)
    slashed = _SLASHED.fullmatch(text)
    if slashed and int(slashed[1]) <= 12 < int(slashed[2]):
        raise ValidationError(field, said("{label} \u201c{text}\u201d has the month first (US "
                                          "order). We read dates with the day first. Write "
                                          "dates like 2025-04-01 or 1 April 2025.", label=cap,
                                          text=text[:40]))
    if "is not a date" in problem.message:
        raise ValidationError(field, said("{label} \u201c{text}\u201d is not a date we "
                                          "understand. Write dates like 2025-04-01 or 1 April "
                                          "2025.", label=cap, text=text[:40]))
    raise problem


def _serial(text: str) -> date | None:
    """Excel stores a date as days since 1899-12-30; a cell shown as a number shows that."""
    whole, dot, part = text.partition(".")
    if not whole.isdigit() or (dot and not part.isdigit()) or int(whole) not in _SERIALS:
        return None
    return EXCEL_EPOCH + timedelta(days=int(whole))


# --- Phone numbers and postcodes -------------------------------------------------------------------

_UK_POSTCODE = re.compile(r"[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}|GIR0AA")


def restore_phone(text: str) -> tuple[str, bool]:
    """A UK number a spreadsheet stored as a number (7700900123, 7700900123.0) gets its 0 back.

    Returns the phone and whether it was changed.
    """
    digits = text[:-2] if text.endswith(".0") else text
    if len(digits) == 10 and digits.isdigit() and digits[0] in "12378":
        return "0" + digits, True
    return text, False


def tidy_postcode(text: str, field: str = "postcode") -> str:
    """"ld88yt" or " LD8  8YT" become "LD8 8YT". Raises ValidationError if it cannot be a UK
    postcode."""
    squeezed = "".join(text.split()).upper()
    if not squeezed:
        return ""
    if not _UK_POSTCODE.fullmatch(squeezed):
        raise ValidationError(field, said("“{text}” is not a UK postcode. Please type it like "
                                          "LD8 8YT, or leave it empty. For an address outside "
                                          "the UK, put its postal code in the town column.",
                                          text=text[:20]))
    return f"{squeezed[:-3]} {squeezed[-3:]}"


# --- Workbook cells ------------------------------------------------------------------------------

_NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
       "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
       "p": "http://schemas.openxmlformats.org/package/2006/relationships"}
_FORMULA_TAG = re.compile(rb"<(\w+:)?f[ >/]")


def cell_letter(position: int) -> str:
    """The column letter of a 0-based position: 0 is A, 26 is AA."""
    letters = ""
    position += 1
    while position:
        position, rest = divmod(position - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def unsaved_formulas(content: bytes) -> dict[str, list[tuple[int, int]]]:
    """Sheet name -> (row, 0-based column) of each formula cell with no saved result.

    A program that never calculated the workbook (a script, some web tools) saves formulas
    without their results, and then the cell reads as empty.
    """
    found: dict[str, list[tuple[int, int]]] = {}
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            for name, part in _sheet_parts(archive).items():
                data = archive.read(part)
                if not _FORMULA_TAG.search(data):
                    continue
                cells = _formula_cells(data)
                if cells:
                    found[name] = cells
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError, ValueError):
        return {}
    return found


def _sheet_parts(archive: zipfile.ZipFile) -> dict[str, str]:
    book = ElementTree.fromstring(archive.read("xl/workbook.xml"))
    rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    targets = {rel.get("Id"): rel.get("Target", "") for rel in rels.findall("p:Relationship", _NS)}
    parts = {}
    for sheet in book.iterfind("m:sheets/m:sheet", _NS):
        target = targets.get(sheet.get(f"{{{_NS['r']}}}id"), "")
        parts[sheet.get("name", "")] = target.lstrip("/") if target.startswith("/") else \
            "xl/" + target
    return parts


def _formula_cells(data: bytes) -> list[tuple[int, int]]:
    cells = []
    for _event, cell in ElementTree.iterparse(io.BytesIO(data)):
        if cell.tag != f"{{{_NS['m']}}}c":
            continue
        value = cell.find("m:v", _NS)
        if cell.find("m:f", _NS) is not None and (value is None or not value.text):
            cells.append(_position(cell.get("r", "")))
        cell.clear()
    return [c for c in cells if c[0]]


def _position(reference: str) -> tuple[int, int]:
    letters = "".join(ch for ch in reference if ch.isalpha()).upper()
    digits = "".join(ch for ch in reference if ch.isdigit())
    column = 0
    for ch in letters:
        column = column * 26 + ord(ch) - 64
    return (int(digits) if digits else 0, column - 1)
