"""Tagged letters (PDF/UA-1): structure, languages, alternative text, title, checked with
pikepdf and with an independent checker (outloud, from PyPI)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pikepdf
import pytest
import reportlab
from sqlalchemy import select

from partapp.models import Person
from partapp.reports import rl_adapter
from partapp.reports.letters import write_due_letters
from partapp.services.feedback import letters
from partapp.services.feedback.letter_templates import load_wording_file
from partapp.services.files.paths import resources_dir
from partapp.services.records import organisation

from .letters_data import TODAY, build

WELSH_EXAMPLE = Path(__file__).resolve().parents[2] / "docs/letters/welsh_wording_example.json"


@pytest.fixture
def letter_files(session, tmp_path):
    """The owed letters as one batch, and each letter on its own (as saved for email)."""
    build(session)
    load_wording_file(session, WELSH_EXAMPLE, language="cy")
    organisation.set_logo(session, (resources_dir() / "easyread" / "letter.png").read_bytes(),
                          "logo.png")
    batch = tmp_path / "batch.pdf"
    write_due_letters(session, batch, today=TODAY)
    from partapp.reports.letter_pdf import render_letters

    details = organisation.get_details(session)
    singles = {}
    for letter in letters.letters_due(session, today=TODAY):
        key = "bilingual" if len(letter.languages) == 2 else letter.layout
        if key in singles:
            continue
        singles[key] = tmp_path / f"{key}.pdf"
        render_letters([letter], singles[key], organisation=details)
    return batch, singles


def _struct_elements(pdf: pikepdf.Pdf):
    todo = [pdf.Root.StructTreeRoot.K]
    while todo:
        node = todo.pop()
        if isinstance(node, pikepdf.Array):
            todo.extend(node)
        elif isinstance(node, pikepdf.Dictionary) and node.get("/Type") == "/StructElem":
            yield node
            todo.append(node.get("/K", pikepdf.Array()))


def _check_structure(path: Path) -> list[str]:
    """Roles in reading order; asserts the PDF/UA basics on the way."""
    with pikepdf.open(path) as pdf:
        root = pdf.Root
        assert root.MarkInfo.Marked is True
        assert str(root.Lang) in ("en-GB", "cy")
        assert root.ViewerPreferences.DisplayDocTitle is True
        assert str(pdf.docinfo.Title)
        with pdf.open_metadata() as meta:
            assert meta.get("pdfuaid:part") == "1"
            assert meta.get("dc:title") == str(pdf.docinfo.Title)
        nums = root.StructTreeRoot.ParentTree.Nums
        parents = {int(nums[i]): nums[i + 1] for i in range(0, len(nums), 2)}
        for index, page in enumerate(pdf.pages):
            assert page.obj.Tabs == "/S" and int(page.obj.StructParents) == index
            mcids = [int(operands[1].MCID) for operands, op
                     in pikepdf.parse_content_stream(page)
                     if op == pikepdf.Operator("BDC") and "/MCID" in operands[1]]
            assert mcids, f"page {index + 1} has no tagged content"
            for mcid in mcids:  # every marked sequence belongs to a structure element
                element = parents[int(page.obj.StructParents)][mcid]
                assert element.get("/Type") == "/StructElem"
            # Nothing is drawn outside a marked sequence (tagged or artifact).
            depth = 0
            for _operands, op in pikepdf.parse_content_stream(page):
                name = str(op)
                depth += name in ("BDC", "BMC")
                depth -= name == "EMC"
                if name in ("Tj", "TJ", "Do", "re", "S", "f"):
                    assert depth > 0, f"page {index + 1}: {name} is not marked"
        roles = []
        for element in _struct_elements(pdf):
            roles.append(str(element.S))
            if element.S == "/Figure":
                assert str(element.get("/Alt", "")), "a picture has no alternative text"
        return roles


def test_every_letter_file_is_tagged_with_structure_languages_and_title(letter_files):
    batch, singles = letter_files
    assert set(singles) == {"standard", "large_print", "easy_read", "bilingual"}
    for path in [batch, *singles.values()]:
        roles = _check_structure(path)
        assert "/H1" in roles and "/P" in roles
    assert "/Figure" in _check_structure(singles["easy_read"])
    with pikepdf.open(singles["easy_read"]) as pdf:
        alts = {str(e.Alt) for e in _struct_elements(pdf) if e.S == "/Figure"}
    assert "A speech bubble: what you told us" in alts


def test_a_bilingual_letter_marks_its_other_language(letter_files):
    _batch, singles = letter_files
    with pikepdf.open(singles["bilingual"]) as pdf:
        assert str(pdf.Root.Lang) == "cy"  # Welsh comes first
        langs = {str(e.Lang) for e in _struct_elements(pdf) if "/Lang" in e}
    assert "en-GB" in langs


def test_the_batch_has_one_bookmark_per_letter_named_by_reference(letter_files, session):
    batch, _singles = letter_files
    due = [x for x in letters.letters_due(session, today=TODAY) if x.format != "phone"]
    with pikepdf.open(batch) as pdf, pdf.open_outline() as outline:
        titles = [item.title for item in outline.root]
    assert len(titles) == len(due)
    names = {letter.person_name for letter in due}
    assert not names & set(titles)
    refs = set(session.scalars(select(Person.ref).where(
        Person.id.in_([letter.person_id for letter in due]))))
    assert set(titles) == refs


def test_pdfinfo_says_tagged(letter_files):
    if shutil.which("pdfinfo") is None:
        pytest.skip("pdfinfo (poppler-utils) is not installed")
    batch, _ = letter_files
    info = subprocess.run(["pdfinfo", str(batch)], capture_output=True, text=True).stdout
    assert "Tagged:          yes" in info


def test_the_independent_pdf_ua_checker_finds_no_errors(letter_files):
    checker = shutil.which("outloud") or str(Path(__import__("sys").executable).with_name(
        "outloud"))
    batch, singles = letter_files
    for path in [*singles.values(), batch]:
        run = subprocess.run([checker, "--fail-on", "error", "-q", str(path)],
                             capture_output=True, text=True, timeout=300)
        assert run.returncode == 0, run.stdout + run.stderr


def test_reportlab_is_a_version_the_adapter_was_checked_with():
    rl_adapter.check_version()  # fails loudly on an unknown reportlab
    with pytest.raises(RuntimeError):
        rl_adapter.check_version("6.0.0")
    assert reportlab.Version.startswith(rl_adapter.SUPPORTED_VERSIONS)
