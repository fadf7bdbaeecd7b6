"""The readable PDF of a subject access export: everything held about one person.

Clear print: 12 pt, left aligned, no italics, fonts embedded so every name prints right.
Every piece of user text is escaped before it goes into a Paragraph.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from sqlalchemy.orm import Session

from ..services.access import audit
from ..services.files.csv_safe import write_csv
from ..services.files.output_files import check_folder, replacing
from ..services.privacy.privacy_export import PersonRecord, Section, file_stem, person_record
from .fonts import paragraph_markup, register_fonts
from .report_styles import SPLIT_IN_ROW, break_long_words


def _styles() -> dict[str, ParagraphStyle]:
    regular, bold = register_fonts()
    return {
        "title": ParagraphStyle("title", fontName=bold, fontSize=20, leading=26, spaceAfter=8),
        "heading": ParagraphStyle("heading", fontName=bold, fontSize=15, leading=20,
                                  spaceBefore=14, spaceAfter=4),
        "body": ParagraphStyle("body", fontName=regular, fontSize=12, leading=16, spaceAfter=6),
        "label": ParagraphStyle("label", fontName=bold, fontSize=12, leading=16),
        "cell": ParagraphStyle("cell", fontName=regular, fontSize=12, leading=16),
    }


def _text(value: object) -> str:
    if value is None or value == "":
        return "-"
    if isinstance(value, datetime):
        return value.strftime("%d %B %Y")
    if isinstance(value, date):
        return value.strftime("%d %B %Y")
    return str(value)


def _para(value: object, style: ParagraphStyle) -> Paragraph:
    flat = break_long_words(_text(value).replace("\r\n", "\n"))
    return Paragraph(paragraph_markup(flat).replace("\n", "<br/>"), style)


def _pairs_table(pairs: Sequence[tuple[object, ...]], styles: dict[str, Any], width: float) -> Table:
    data = [[_para(label, styles["label"]), _para(value, styles["cell"])]
            for label, value in pairs]
    table = Table(data, colWidths=[width * 0.36, width * 0.64], splitInRow=SPLIT_IN_ROW)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.HexColor("#BBBBBB")),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return table


def _section(section: Section, styles: dict[str, Any], width: float) -> list[Any]:
    flow: list[Any] = [Paragraph(escape(section.title), styles["heading"]),
                  Paragraph(escape(section.intro), styles["body"])]
    if not section.rows:
        flow.append(Paragraph("We hold nothing of this kind about you.", styles["body"]))
        return flow
    if len(section.columns) == 2:
        flow.append(_pairs_table(list(section.rows), styles, width))
        return flow
    for number, row in enumerate(section.rows, start=1):
        pairs = list(zip(section.columns, row))
        flow.append(KeepTogether([_pairs_table(pairs, styles, width)]) if len(pairs) < 8
                    else _pairs_table(pairs, styles, width))
        if number < len(section.rows):
            flow.append(Spacer(1, 4 * mm))
    return flow


def write_person_pdf(path: Path, record: PersonRecord) -> Path:
    """Draw the export as a PDF at ``path``."""
    styles = _styles()
    path = Path(path)
    with replacing(path, what="the export") as temp:
        _build(temp, record, styles)
    return path


def _build(path: Path, record: PersonRecord, styles: dict[str, Any]) -> None:
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=18 * mm, bottomMargin=18 * mm,
                            title="Information we hold about you", author=record.organisation)
    width = doc.width
    made = f"Made on {record.made_on.strftime('%d %B %Y')}" + \
        (f" by {record.organisation}." if record.organisation else ".")
    flow: list[Any] = [
        Paragraph("Information we hold about you", styles["title"]),
        Paragraph(paragraph_markup(f"For: {record.display_name} (reference {record.ref})"),
                  styles["body"]),
        Paragraph(escape(made), styles["body"]),
        Paragraph("This is a copy of everything we keep about you in our records of who takes "
                  "part, what they tell us, and what we did about it. The same information is "
                  "also in the spreadsheet files that come with this document. If anything is "
                  "wrong, please tell us and we will put it right.", styles["body"]),
    ]
    for section in record.sections:
        flow.extend(_section(section, styles, width))

    def _footer(canvas: Any, document: Any) -> None:
        regular, _bold = register_fonts()
        canvas.saveState()
        canvas.setFont(regular, 10)
        canvas.drawString(20 * mm, 10 * mm, f"Page {document.page}")
        canvas.restoreState()

    doc.build(flow, onFirstPage=_footer, onLaterPages=_footer)


def export_person(session: Session, ref: str, out_dir: Path, *,
                  today: date | None = None) -> list[Path]:
    """The subject access export, one operation for the CLI, the desktop and the tests: one
    readable PDF and one CSV per section, written into ``out_dir``, and a line in the audit log.
    """
    record = person_record(session, ref, today=today)
    out_dir = check_folder(out_dir, what="the export")
    stem = file_stem(record.ref)
    written = [write_person_pdf(out_dir / f"{stem}-information-we-hold.pdf", record)]
    for section in record.sections:
        written.append(write_csv(out_dir / f"{stem}-{section.key}.csv", section.columns,
                                 section.rows, what="the export"))
    audit.record(session, "export", "person", record.person_id, "subject access")
    return written
