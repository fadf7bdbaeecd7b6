"""A big printing batch is tagged the same way as one letter, and is written as it is drawn.

The batch's structure is written letter by letter (reports/pdf_structure_stream.py), so these
tests use enough letters that the ParentTree needs more than one leaf (over 512 pages)."""

from __future__ import annotations

from io import BytesIO
from itertools import pairwise

import pikepdf
import pytest

from partapp.reports.letter_pdf import render_letters
from partapp.services.feedback import letters
from partapp.services.records import organisation

from .letters_data import TODAY, build

LETTERS = 300


@pytest.fixture
def batch(session):
    build(session)
    due = [x for x in letters.letters_due(session, today=TODAY) if x.format != "phone"]
    many = [due[i % len(due)] for i in range(LETTERS)]
    refs = [f"R{i:04d}" for i in range(LETTERS)]
    out = BytesIO()
    written: list[int] = []
    pages = render_letters(many, out, organisation=organisation.get_details(session),
                           references=refs, progress=lambda done, total: written.append(out.tell()))
    return out, pages, many, refs, written


def _mcids(page: pikepdf.Page) -> list[int]:
    return [int(operands[1].MCID) for operands, op in pikepdf.parse_content_stream(page)
            if op == pikepdf.Operator("BDC") and "/MCID" in operands[1]]


def _pages_of(element: pikepdf.Dictionary) -> set[tuple[int, int]]:
    """The (page object number, MCID) pairs an element's /K names directly."""
    kids = element.K if isinstance(element.K, pikepdf.Array) else [element.K]
    found = set()
    for kid in kids:
        if isinstance(kid, int):
            found.add((element.Pg.objgen[0], int(kid)))
        elif isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == "/MCR":
            found.add((kid.Pg.objgen[0], int(kid.MCID)))
    return found


def test_every_mark_of_a_big_batch_belongs_to_its_element_through_the_parent_tree(batch):
    out, pages, _many, _refs, _written = batch
    with pikepdf.open(BytesIO(out.getvalue())) as pdf:
        assert len(pdf.pages) == pages > 512
        tree = pdf.Root.StructTreeRoot
        assert "/Kids" in tree.ParentTree  # a number tree of several leaves
        parents = pikepdf.NumberTree(tree.ParentTree)
        assert int(tree.ParentTreeNextKey) == pages
        for index, page in enumerate(pdf.pages):
            assert int(page.obj.StructParents) == index and page.obj.Tabs == "/S"
            mcids = _mcids(page)
            assert mcids, f"page {index + 1} has no tagged content"
            entries = parents[index]
            assert len(entries) == len(mcids)
            for mcid in mcids:
                element = entries[mcid]
                assert element.get("/Type") == "/StructElem"
                assert (page.obj.objgen[0], mcid) in _pages_of(element)


def test_each_letter_is_a_section_under_the_document_named_by_its_reference(batch):
    out, _pages, many, refs, _written = batch
    with pikepdf.open(BytesIO(out.getvalue())) as pdf:
        document = pdf.Root.StructTreeRoot.K
        assert document.S == "/Document"
        sections = list(document.K)
        assert [str(s.T) for s in sections] == refs
        assert all(s.S == "/Sect" and document == s.P for s in sections)
        with pdf.open_outline() as outline:
            assert [item.title for item in outline.root] == refs
        with pdf.open_metadata() as meta:
            assert meta.get("pdfuaid:part") == "1"
            assert meta.get("dc:title") == str(pdf.docinfo.Title) == f"{LETTERS} letters from " \
                                                                      "Riverside Care"
        assert str(pdf.Root.Lang) == "en-GB"
        # Each letter starts on a page of its own.
        assert len({s.Pg.objgen for s in sections}) == len(many)


def test_the_batch_goes_into_the_file_as_it_is_drawn(batch):
    out, _pages, _many, _refs, written = batch
    # After each letter the file is longer: its pages are in the file, not held until the end.
    assert len(written) == LETTERS
    assert all(after > before for before, after in pairwise(written))
    assert written[0] > 1000
    assert out.getvalue().endswith(b"%%EOF\n")

