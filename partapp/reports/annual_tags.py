"""Tags for the annual report (PDF/UA-1): which structure element each piece of a page is.

The report is laid out by reportlab's platypus; these classes only add marked content around
what platypus draws (pdf_structure.py writes the tree afterwards), so no pixel moves.

- ``Paragraph`` and ``Chart`` mark what they draw as their own element, made the first time
  something of them is drawn (so the tree is in reading order, and a paragraph split between
  pages is one element): a paragraph's role comes from its style (H1, H2, H3, a bullet is an
  item of a list, otherwise P) unless ``tagged`` set another; a chart is a Figure with its
  numbers in words as the alternative text. Inside a marked piece (a table cell) they leave the
  marking to it, as marked content must not nest.
- ``DataTable``: Table, TR, TH (Scope Column) and TD; a header row repeated on a later page is
  a Pagination artifact; background and rules are Layout artifacts. ``LayoutTable`` (a table
  used only to place things side by side) marks its rules as artifacts and leaves its cells'
  contents to mark themselves.
- ``Contents``: the contents as TOC, TOCI and Link, each link owning its annotations.
- Each H1 starts a Sect; the page furniture is marked with ``artifact``.
One ``Tagger`` per build pass (multiBuild lays the report out more than once) is kept on the
canvas by the document template.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterator
from contextlib import contextmanager
from typing import Any, Unpack

from reportlab.graphics.shapes import Drawing
from reportlab.lib.attrmap import AttrMap, AttrMapValue
from reportlab.lib.validators import isString
from reportlab.platypus import Paragraph as _Paragraph
from reportlab.platypus import Spacer, Table
from reportlab.platypus.tableofcontents import TableOfContents

from .pdf_structure import END, LAYOUT, PAGINATION, Details, Element, Structure
from .rl_adapter import annotation_count, append_code, table_rows, watch_contents

STYLE_ROLES = {"H1": "H1", "CoverTitle": "H1", "H2": "H2", "H2Free": "H2", "H3": "H3",
               "Bullet": "LI"}


class Tagger:
    """The structure of one build pass, and what is open on the page being drawn."""

    def __init__(self, canvas: Any, structure: Structure) -> None:
        self.canvas = canvas
        self.structure = structure
        self._open: list[bool] = []  # for each open piece: whether it wrote a BDC
        self._elements: dict[Hashable, Element] = {}  # keys: flowables, by identity
        self.container = structure.root  # the Sect of the current H1

    @property
    def inside(self) -> bool:
        return any(self._open)

    def open(self, element: Element | None = None, artifact: str = "") -> None:
        """Start a marked piece for ``element`` (or an ``artifact``); inside another piece,
        nothing is written (marked content does not nest), only counted."""
        if self.inside or (element is None and not artifact):
            self._open.append(False)
            return
        append_code(self.canvas, self.structure.begin(element) if element is not None
                    else artifact)
        self._open.append(True)

    def close(self) -> None:
        if self._open.pop():
            append_code(self.canvas, END)

    @contextmanager
    def marked(self, element: Element | None = None, artifact: str = "") -> Iterator[None]:
        self.open(element, artifact)
        try:
            yield
        finally:
            self.close()

    def element(self, key: Hashable, role: str, parent: Element | None = None,
                **details: Unpack[Details]) -> Element:
        """The element for ``key``, made the first time it is asked for: under ``parent``, or
        in the current section (an H1 starts a new Sect; items next to each other share one
        list, and the item's words go in its LBody, which is returned)."""
        found = self._elements.get(key)
        if found is not None:
            return found
        if parent is not None:
            found = parent.add(role, **details)
        elif role == "LI":
            kids = self.container.kids
            group = kids[-1] if kids and isinstance(kids[-1], Element) else None
            if group is None or group.role != "L":
                group = self.container.add("L")
            found = group.add("LI").add("LBody", **details)
        else:
            if role == "H1":
                self.container = self.structure.root.add("Sect")
            found = self.container.add(role, **details)
        self._elements[key] = found
        return found


def tagger_of(canvas: Any) -> Tagger | None:
    return getattr(canvas, "partapp_tagger", None)


@contextmanager
def artifact(canvas: Any, kind: str = LAYOUT) -> Iterator[None]:
    """What is drawn inside is page furniture (``kind``: Layout or Pagination)."""
    tagger = tagger_of(canvas)
    if tagger is None:
        yield
        return
    with tagger.marked(artifact=kind):
        yield


class _Tagged:
    """Marks what the flowable draws as its own element (see the module's notes)."""

    pdf_role = ""
    pdf_alt = ""
    tag_key: object = None  # shared by the parts of a split paragraph
    canv: Any  # the canvas reportlab gives a flowable while it draws

    def _role(self) -> str:
        return self.pdf_role

    def draw(self, *args: Any, **kwargs: Any) -> Any:
        tagger = tagger_of(self.canv)
        if tagger is None or tagger.inside:
            return super().draw(*args, **kwargs)  # type: ignore[misc]  # reportlab's draw
        key = self if self.tag_key is None else self.tag_key
        element = tagger.element(key, self._role(), alt=self.pdf_alt)
        with tagger.marked(element):
            return super().draw(*args, **kwargs)  # type: ignore[misc]  # reportlab's draw


class Paragraph(_Tagged, _Paragraph):
    """reportlab's Paragraph, tagged by its style (or ``tagged``)."""

    def _role(self) -> str:
        return self.pdf_role or STYLE_ROLES.get(self.style.name, "P")

    def split(self, availWidth: float, availHeight: float) -> Any:
        parts = super().split(availWidth, availHeight)
        for part in parts:
            part.tag_key = self if self.tag_key is None else self.tag_key
            part.pdf_role = self.pdf_role
        return parts


class Chart(_Tagged, Drawing):
    """A chart: a Figure whose alternative text (``pdf_alt``) gives its numbers."""

    _attrMap = AttrMap(BASE=Drawing, pdf_alt=AttrMapValue(isString, desc="alternative text"))
    pdf_role = "Figure"


def tagged(flowable: Any, role: str) -> Any:
    """``flowable`` (a Paragraph) tagged as ``role`` rather than by its style."""
    flowable.pdf_role = role
    return flowable


class _TableTags:
    """A data table's render callback (Table's ``renderCB``): one per table, shared by the
    parts it is split into."""

    def __init__(self, header_rows: int) -> None:
        self.header_rows = header_rows

    def __call__(self, table: Any, event: str, *args: Any) -> None:
        tagger = tagger_of(table.canv)
        if tagger is None:
            return
        if event in ("startBG", "startLines"):
            tagger.open(artifact=LAYOUT)
        elif event in ("endBG", "endLines", "endCell"):
            tagger.close()
        elif event == "startCell":
            row, column = args[0], args[1]
            rows = table.row_map if table.row_map is not None else range(table_rows(table))
            original = rows[row]
            if original is None:  # a header row repeated on a later page
                tagger.open(artifact=PAGINATION)
                return
            whole = tagger.element(self, "Table")
            line = tagger.element((self, original), "TR", parent=whole)
            if original < self.header_rows:
                cell = tagger.element((self, original, column), "TH", parent=line,
                                      scope="Column")
            else:
                cell = tagger.element((self, original, column), "TD", parent=line)
            tagger.open(cell)


class DataTable(Table):
    """A table of figures or words, tagged as a Table. Build it with ``data_table``."""

    row_map: list[int | None] | None = None  # this part's rows in the whole table

    def split(self, availWidth: float, availHeight: float) -> Any:
        parts = super().split(availWidth, availHeight)
        if len(parts) == 2:
            rows = self.row_map if self.row_map is not None else list(range(table_rows(self)))
            first, second = parts
            first.row_map = list(rows[:table_rows(first)])
            repeated = second.repeatRows if isinstance(second.repeatRows, int) else \
                len(second.repeatRows)
            rest = table_rows(second) - repeated
            second.row_map = [None] * repeated + list(rows[len(rows) - rest:])
        return parts


def data_table(data: Any, *, header_rows: int, **options: Any) -> DataTable:
    return DataTable(data, renderCB=_TableTags(header_rows), **options)


def _layout_tags(table: Any, event: str, *args: Any) -> None:
    tagger = tagger_of(table.canv)
    if tagger is None:
        return
    if event in ("startBG", "startLines"):
        tagger.open(artifact=LAYOUT)
    elif event in ("endBG", "endLines"):
        tagger.close()
    elif event == "startCell":
        # Words and pictures in the cell mark themselves; a plain string (an empty cell) is
        # not content.
        tagger.open(artifact=LAYOUT if isinstance(args[2], str) else "")
    elif event == "endCell":
        tagger.close()


def layout_table(data: Any, **options: Any) -> Table:
    """A table that only places things side by side (not a table for a screen reader)."""
    return Table(data, renderCB=_layout_tags, **options)


class _ContentsTags:
    def __init__(self, contents: Contents, entries: list[tuple[Any, ...]]) -> None:
        self.contents = contents
        self.entries = entries
        self.row = 0
        self._start = 0
        self._link: Element | None = None

    def __call__(self, table: Any, event: str, *args: Any) -> None:
        canvas = table.canv
        tagger = tagger_of(canvas)
        if tagger is None:
            return
        if event in ("startBG", "startLines"):
            tagger.open(artifact=LAYOUT)
        elif event in ("endBG", "endLines"):
            tagger.close()
        elif event == "startCell":
            if isinstance(args[2], Spacer):
                self._link = None
                tagger.open()
                return
            whole = tagger.element((self.contents, "TOC"), "TOC")
            item = tagger.element((self.contents, self.row), "TOCI", parent=whole)
            self._link = tagger.element((self.contents, self.row, "Link"), "Link",
                                        parent=item)
            self._start = annotation_count(canvas)
            tagger.open(self._link)
        elif event == "endCell":
            tagger.close()
            if self._link is None:
                return
            entry = self.entries[self.row] if self.row < len(self.entries) else None
            text = f"{entry[1]}, page {entry[2]}" if entry else "Contents"
            for index in range(self._start, annotation_count(canvas)):
                tagger.structure.annotation(self._link, index, text)
            self.row += 1


class Contents(TableOfContents):
    """The report's contents, tagged: TOC, an item (TOCI) per entry, a Link in each."""

    def wrap(self, availWidth: float, availHeight: float) -> Any:
        size = super().wrap(availWidth, availHeight)
        callback = _ContentsTags(self, [])
        callback.entries = watch_contents(self, callback)
        return size
