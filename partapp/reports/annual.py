"""The annual change report: a PDF for trustees on what difference listening made.

``write_report(session, start, end, out)`` counts everything through services.figures.report_data
and lays it out with reportlab: a cover with the contents, then the sections, each page after
the cover with a footer ("Page N of M" and the organisation's name). The PDF has a title,
author and an outline (bookmarks) for every section, and is tagged (PDF/UA-1): what each
piece of a page is, is marked as it is drawn (annual_tags.py) and the structure tree written
after (pdf_structure.py); the footers and the cover's band are artifacts.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)
from sqlalchemy.orm import Session

from ..services.figures.report_data import SMALL_BASE, ReportData, build_report_data
from ..services.files.output_files import replacing
from . import (
    annual_follow_ups,
    annual_front,
    annual_offices,
    annual_people,
    annual_sections,
    annual_years,
)
from .annual_tags import Contents, Paragraph, Tagger, artifact, layout_table
from .pdf_structure import PAGINATION, Structure, language_tag
from .report_styles import (
    DARK,
    PAGE_MARGIN,
    RULE,
    Heading,
    Styles,
    day,
    esc,
    make_styles,
    number,
    percent,
    period_words,
    share,
)

Progress = Callable[[int, int, str], None]
TITLE = "Annual change report"
FOOTER_Y = 12 * 2.8346  # 12 mm from the bottom edge


def _footer_canvas(footer_text: str, font: str) -> type[Canvas]:
    """A canvas that keeps every page until the end, so the footer can say "Page N of M"."""

    class FooterCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            if not kwargs.get("initialFontName"):  # never a non-embedded Helvetica
                kwargs["initialFontName"] = font
            super().__init__(*args, **kwargs)
            self._kept_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._kept_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._kept_pages)
            for state in self._kept_pages:
                self.__dict__.update(state)
                if state.get("partapp_footer"):
                    self._draw_footer(total)
                Canvas.showPage(self)
            Canvas.save(self)

        def _draw_footer(self, total: int) -> None:
            with artifact(self, PAGINATION):
                self._footer_lines(total)

        def _footer_lines(self, total: int) -> None:
            width = self._pagesize[0]
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.6)
            self.line(PAGE_MARGIN, FOOTER_Y + 12, width - PAGE_MARGIN, FOOTER_Y + 12)
            self.setFont(font, 9)
            self.setFillColor(DARK)
            self.drawString(PAGE_MARGIN, FOOTER_Y, footer_text)
            self.drawRightString(width - PAGE_MARGIN, FOOTER_Y,
                                 f"Page {self._pageNumber} of {total}")
            self.restoreState()

    return FooterCanvas


class ReportDocument(BaseDocTemplate):
    """Two page templates: "cover" (no footer) and "later" (footer with page numbers).
    ``structure`` is the tagged structure of the last pass of the build."""

    def __init__(self, filename: Any, **kwargs: Any) -> None:
        super().__init__(filename, pagesize=A4, leftMargin=PAGE_MARGIN,
                         rightMargin=PAGE_MARGIN, topMargin=PAGE_MARGIN,
                         bottomMargin=PAGE_MARGIN + 8, **kwargs)
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        self.addPageTemplates([
            PageTemplate(id="cover", frames=[frame], onPage=self._on_cover),
            PageTemplate(id="later", frames=[frame], onPage=self._on_later),
        ])
        self.structure: Structure | None = None

    def handle_documentBegin(self) -> None:
        # Each pass of multiBuild draws the whole report again on a new canvas.
        self.structure = Structure(lang=language_tag("en"), title=self.title)
        self.canv.partapp_tagger = Tagger(self.canv, self.structure)
        super().handle_documentBegin()

    def handle_pageBegin(self) -> None:
        assert self.structure is not None  # made in handle_documentBegin
        self.structure.new_page()
        super().handle_pageBegin()

    @staticmethod
    def _on_cover(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        canvas.partapp_footer = False
        canvas.showOutline()
        with artifact(canvas):
            canvas.saveState()
            canvas.setFillColor(DARK)
            width, height = canvas._pagesize
            canvas.rect(0, height - 14, width, 14, stroke=0, fill=1)
            canvas.restoreState()

    @staticmethod
    def _on_later(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        canvas.partapp_footer = True

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, Heading):
            # "XYZ" jumps to the heading itself (and QtPdf's preview can follow it; "Fit" it cannot).
            top = self.frame._y + getattr(flowable, "height", 0) + 6
            self.canv.bookmarkPage(flowable.key, fit="XYZ", top=top)
            self.canv.addOutlineEntry(flowable.plain_text, flowable.key, level=flowable.level,
                                      closed=False)
            if flowable.level == 0:
                self.notify("TOCEntry", (0, flowable.plain_text, self.page, flowable.key))


def _cover(data: ReportData, st: Styles, width: float) -> list[Flowable]:
    organisation = data.organisation or "Our organisation"
    contents = Contents(levelStyles=[st.toc1], dotsMinLevel=0, tableStyle=TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), st.regular), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    return [
        Spacer(1, 30),
        Paragraph(esc(organisation), st.cover_org),
        *([Paragraph(esc(data.office), st.lead)] if data.office else []),
        Paragraph(TITLE, st.cover_title),
        Paragraph("What difference did listening make?", st.cover_sub),
        Spacer(1, 10),
        Paragraph(f"For {period_words(data.start, data.end)}", st.lead),
        Paragraph(f"Made on {day(data.made_on)}", st.body),
        Spacer(1, 22),
        _headlines(data, st, width),
        Spacer(1, 22),
        Paragraph("Contents", st.h2),
        contents,
        NextPageTemplate("later"),
        PageBreak(),
    ]


def _headlines(data: ReportData, st: Styles, width: float) -> Table:
    """Three numbers on the cover: what people told us, what changed, who heard back."""
    f = data.figures
    big = ParagraphStyle("Big", parent=st.cover_title, fontSize=24, leading=28, spaceAfter=2)
    within = f"within {data.promise_days} days"
    if f.feedback_pairs == 0:
        heard = ("0", "suggestions raised by name, so nobody was waiting to hear back")
    elif f.feedback_pairs < SMALL_BASE:
        heard = (share(f.feedback_on_time, f.feedback_pairs),
                 f"times a named person raised a suggestion, they heard back {within}")
    else:
        heard = (percent(f.feedback_on_time_pct),
                 f"of the {number(f.feedback_pairs)} times a named person raised a suggestion, "
                 f"they heard back {within}")
    told = ("suggestion or other thing" if f.suggestions == 1 else
            "suggestions and other things")
    cells = [(number(f.suggestions), f"{told} people told us"),
             (number(f.changes_done), f"{'change' if f.changes_done == 1 else 'changes'} made "
                                      "because of what people said"), heard]
    row = [[Paragraph(value, big), Paragraph(label, st.body)] for value, label in cells]
    result = layout_table([row], colWidths=[width / 3] * 3, hAlign="LEFT")
    result.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBEFORE", (1, 0), (-1, 0), 0.6, RULE),
        ("LEFTPADDING", (0, 0), (0, 0), 0), ("LEFTPADDING", (1, 0), (-1, 0), 12),
        ("RIGHTPADDING", (0, 0), (-1, -1), 10), ("FONTNAME", (0, 0), (-1, -1), st.regular)]))
    return result


SECTIONS = (annual_front.themes_page, annual_front.attention_page,
            annual_sections.at_a_glance, annual_offices.by_office, annual_years.over_the_years,
            annual_sections.you_said_we_did, annual_follow_ups.made_a_difference,
            annual_sections.could_not_do, annual_people.involvement,
            annual_people.who_took_part, annual_people.hearing_back,
            annual_people.still_waiting, annual_people.method_note)


def story(data: ReportData, st: Styles, width: float) -> list[Flowable]:
    flowables = _cover(data, st, width)
    for i, make in enumerate(SECTIONS):
        if i:
            flowables.append(Spacer(1, 14))
        flowables.extend(make(data, st, width))
    return flowables


def render(data: ReportData, out: Path) -> int:
    """Lay out ``data`` as a PDF at ``out``; returns the number of pages."""
    st = make_styles()
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    organisation = data.organisation or "Our organisation"
    title = f"{TITLE}: {period_words(data.start, data.end)}"
    with replacing(out, what="the report") as temp:
        doc = ReportDocument(str(temp), title=title, author=organisation,
                             subject="What difference did listening to service users make?",
                             creator="Participation Tracker", keywords="")
        who = f"{organisation} \u00b7 {data.office}" if data.office else organisation
        footer = f"{who} \u00b7 {TITLE} \u00b7 {period_words(data.start, data.end)}"
        doc.multiBuild(story(data, st, doc.width),
                       canvasmaker=_footer_canvas(footer, st.regular))
        drawn = temp.read_bytes()
        with temp.open("wb") as handle:
            from .pdf_structure_write import write_structure  # pikepdf: only now

            assert doc.structure is not None
            write_structure(doc.structure, drawn, handle, compact=True)
    return doc.page


def write_report(session: Session, start: date, end: date, out: Path, *,
                 made_on: date | None = None, progress: Progress | None = None) -> int:
    """Build the annual change report for ``start``..``end`` at ``out``; returns its pages.

    ``progress(step, steps, message)`` is called as the work goes on (for a progress bar).
    """
    steps = 10

    def counted(n: int, _total: int, message: str) -> None:
        if progress is not None:
            progress(n, steps, message)

    data = build_report_data(session, start, end, made_on=made_on, progress=counted)
    if progress is not None:
        progress(9, steps, "Laying out the pages")
    pages = render(data, out)
    if progress is not None:
        progress(10, steps, "Report ready")
    return pages
