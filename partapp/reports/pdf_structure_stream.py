"""A Structure written into the PDF while it is drawn (letters): no second pass over the file.

``StreamedTree.flush`` writes the pages drawn so far (rl_adapter.StreamedDocument) and the
structure elements of every part finished so far (a letter's Sect), each straight out as PDF
text, with the ParentTree entry of each page (which element each marked sequence belongs to).
Then the written elements and pages are forgotten, so a batch of any size holds one letter's
worth. ``finish`` writes the Document element, the ParentTree (a number tree), the
StructTreeRoot, one bookmark per entry asked for, the XMP metadata (PDF/UA-1, title,
language) and the catalog's entries, as pdf_structure_write does with pikepdf for the report.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Sequence
from html import escape

from .pdf_structure import Annotation, Element, Structure
from .rl_adapter import StreamedDocument

_LEAF = 512  # pages per leaf of the ParentTree's number tree


def pdf_string(text: str) -> bytes:
    """``text`` as a PDF text string: literal when it is plain ASCII, else UTF-16 with its
    byte order mark."""
    if text.isascii() and text.isprintable():
        return b"(" + (text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
                       .encode("ascii")) + b")"
    return b"<feff" + text.encode("utf-16-be").hex().encode("ascii") + b">"


def _refs(numbers: Iterable[int]) -> bytes:
    return b" ".join(b"%d 0 R" % number for number in numbers)


class StreamedTree:
    """Writes ``structure`` into ``document`` part by part (see the module's notes)."""

    def __init__(self, structure: Structure, document: StreamedDocument) -> None:
        self.structure = structure
        self.document = document
        self.tree_root = document.allocate()
        self.document_element = document.allocate()
        self.kids = array("I")  # the Document element's children, written
        self.parent_arrays = array("I")  # for each page written: its ParentTree array
        self.first_page = -1  # the page the Document starts on (its /Pg)
        self._numbers: dict[int, int] = {}  # id(element) -> object number, while flushing

    def flush(self) -> None:
        """Write the pages drawn so far, and every element under the Document so far: call it
        between letters, when nothing drawn next can belong to an element already made."""
        document = self.document
        pages_before = len(document.page_numbers)
        document.write_pages()
        root = self.structure.root
        parts = [kid for kid in root.kids if isinstance(kid, Element)]
        if len(parts) != len(root.kids):
            raise ValueError("Only elements can be put straight under the Document.")
        root.kids.clear()
        numbers = self._numbers
        for part in parts:
            if self._number(part):
                self.kids.append(self._write(part, self.document_element)[0])
        marks = self.structure._marks
        for page in range(pages_before, len(document.page_numbers)):
            try:
                entries = [numbers[id(element)] for element in marks[page]]
            except KeyError:
                raise ValueError("Something on a page belongs to an element not yet "
                                 "finished.") from None
            number = document.allocate()
            document.write_packed(number, b"[ " + _refs(entries) + b" ]")
            self.parent_arrays.append(number)
            marks[page] = []
        numbers.clear()

    def _number(self, element: Element) -> bool:
        """Give ``element`` and each element under it with content an object number.
        Returns whether anything on a page belongs to it (empty elements are left out)."""
        content = False
        for kid in element.kids:
            # every kid is looked at: the elements under it are numbered too
            content = (self._number(kid) or content) if isinstance(kid, Element) else True
        if content:
            self._numbers[id(element)] = self.document.allocate()
        return content

    def _write(self, element: Element, parent: int) -> tuple[int, int]:
        """Write ``element`` and the elements under it. Returns (its number, its first page)."""
        numbers = self._numbers
        number = numbers[id(element)]
        page_numbers = self.document.page_numbers
        first = -1
        kids: list[bytes | tuple[int, int]] = []
        for kid in element.kids:
            if isinstance(kid, Element):
                if id(kid) in numbers:
                    child, page = self._write(kid, number)
                    kids.append(b"%d 0 R" % child)
                    first = page if first < 0 else first
            elif isinstance(kid, Annotation):
                raise ValueError("Links are not written into a streamed structure.")
            else:
                kids.append(kid)
                first = kid[0] if first < 0 else first
        if self.first_page < 0:
            self.first_page = first
        written = [kid if isinstance(kid, bytes)
                   else b"%d" % kid[1] if kid[0] == first
                   else b"<< /Type /MCR /Pg %d 0 R /MCID %d >>" % (page_numbers[kid[0]], kid[1])
                   for kid in kids]
        body = [b"<< /Type /StructElem /S /", element.role.encode("ascii"),
                b" /P %d 0 R /Pg %d 0 R /K " % (parent, page_numbers[first]),
                written[0] if len(written) == 1 and not isinstance(kids[0], bytes)
                else b"[ " + b" ".join(written) + b" ]"]
        if element.alt:
            body += [b" /Alt ", pdf_string(element.alt)]
        if element.actual_text:
            body += [b" /ActualText ", pdf_string(element.actual_text)]
        if element.lang:
            body += [b" /Lang ", pdf_string(element.lang)]
        if element.title:
            body += [b" /T ", pdf_string(element.title)]
        if element.scope:
            body += [b" /A << /O /Table /Scope /", element.scope.encode("ascii"), b" >>"]
        body.append(b" >>")
        self.document.write_packed(number, b"".join(body))
        return number, first

    def finish(self, author: str) -> None:
        """Write what belongs to the whole document, then the rest of the PDF."""
        self.flush()
        document = self.document
        structure = self.structure
        if not self.kids:
            raise ValueError("Nothing was tagged.")
        page_numbers = document.page_numbers
        document.write_packed(self.document_element, (
            b"<< /Type /StructElem /S /Document /P %d 0 R /Pg %d 0 R /K [ %s ] >>"
            % (self.tree_root, page_numbers[self.first_page], _refs(self.kids))))
        parent_tree = self._parent_tree()
        document.write_packed(self.tree_root, (
            b"<< /Type /StructTreeRoot /K %d 0 R /ParentTree %d 0 R /ParentTreeNextKey %d >>"
            % (self.document_element, parent_tree, len(self.parent_arrays))))
        metadata = document.allocate()
        document.write_object(metadata, _metadata(structure.title, structure.lang, author))
        catalog = {"StructTreeRoot": b"%d 0 R" % self.tree_root,
                   "MarkInfo": b"<< /Marked true >>",
                   "ViewerPreferences": b"<< /DisplayDocTitle true >>",
                   "Metadata": b"%d 0 R" % metadata}
        if structure.bookmarks:
            catalog["Outlines"] = self._outline(structure.bookmarks)
        document.finish(catalog, structure.lang)

    def _parent_tree(self) -> int:
        """The ParentTree: page index -> its array, as one node or leaves under a root."""
        document = self.document
        arrays = self.parent_arrays

        def nums(start: int, end: int) -> bytes:
            return b" ".join(b"%d %d 0 R" % (index, arrays[index]) for index in range(start, end))

        root = document.allocate()
        if len(arrays) <= _LEAF:
            document.write_packed(root, b"<< /Nums [ %s ] >>" % nums(0, len(arrays)))
            return root
        leaves = []
        for start in range(0, len(arrays), _LEAF):
            end = min(start + _LEAF, len(arrays))
            leaf = document.allocate()
            document.write_packed(leaf, b"<< /Limits [ %d %d ] /Nums [ %s ] >>"
                                  % (start, end - 1, nums(start, end)))
            leaves.append(leaf)
        document.write_packed(root, b"<< /Kids [ %s ] >>" % _refs(leaves))
        return root

    def _outline(self, bookmarks: Sequence[tuple[str, int]]) -> bytes:
        """One bookmark for each (title, page), in order, at the top level; returns a
        reference to the outline."""
        document = self.document
        outline = document.allocate()
        items = [document.allocate() for _ in bookmarks]
        for index, (title, page) in enumerate(bookmarks):
            links = b""
            if index:
                links += b" /Prev %d 0 R" % items[index - 1]
            if index + 1 < len(items):
                links += b" /Next %d 0 R" % items[index + 1]
            document.write_packed(items[index], (
                b"<< /Title %s /Parent %d 0 R /Dest [ %d 0 R /Fit ]%s >>"
                % (pdf_string(title), outline, document.page_numbers[page], links)))
        document.write_packed(outline, b"<< /Type /Outlines /Count %d /First %d 0 R "
                                       b"/Last %d 0 R >>" % (len(items), items[0], items[-1]))
        return b"%d 0 R" % outline


def _metadata(title: str, lang: str, author: str) -> bytes:
    """The XMP metadata stream: the title, the language, the author and the PDF/UA-1 mark."""
    creator = (f"<dc:creator><rdf:Seq><rdf:li>{escape(author)}</rdf:li></rdf:Seq></dc:creator>"
               if author else "")
    xml = ('<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
           '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n'
           ' <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
           '  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"'
           ' xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">'
           f'<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{escape(title)}</rdf:li>'
           f'</rdf:Alt></dc:title><dc:language><rdf:Bag><rdf:li>{escape(lang)}</rdf:li>'
           f'</rdf:Bag></dc:language>{creator}<pdfuaid:part>1</pdfuaid:part>'
           '</rdf:Description>\n </rdf:RDF>\n</x:xmpmeta>\n<?xpacket end="w"?>').encode()
    return (b"<< /Type /Metadata /Subtype /XML /Length %d >>\nstream\n%s\nendstream"
            % (len(xml), xml))
