"""Reading back the list of Welsh texts to add, once it is filled in.

``partapp letters --welsh-missing FILE.csv`` lists each of our texts a Welsh letter printed in
English: ``person_ref, text, record, english, welsh``. Someone fills in the ``welsh`` column and
imports the file like any other (``partapp import FILE.csv``, or Import on the desktop). Each
row names its record ("Decision on suggestion 12", "Change 3", "Activity 4", "Organisation
details") and which text it is; its Welsh is saved beside that text, if the text has no Welsh
yet. Checked before anything is saved: a row whose English has changed since the list was made,
or that names a record no longer there, stops the import with the row and what to do.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...models import Activity, Change, Decision, Organisation
from ..feedback.welsh_texts import ORGANISATION, TEXTS
from .import_read import WELSH, Row, Table

_LABELS = {" ".join(label.casefold().split()): name for name, (label, _where) in TEXTS.items()}
_RECORDS = (("decision", re.compile(r"decision on suggestion (\d+)")),
            ("change", re.compile(r"change (\d+)")), ("activity", re.compile(r"activity (\d+)")))
_ORGANISATION_TEXTS = ("address", "complaints_contact", "signatory_role")


@dataclass(frozen=True)
class WelshText:
    """One row to save: the record (a model object), its Welsh column and the Welsh."""

    row: Row
    target: Any
    column: str
    welsh: str


def _plain(text: str) -> str:
    """Text as compared: no case, runs of spaces or line breaks, or full stop at the end."""
    return " ".join(text.replace(",", " ").split()).casefold().rstrip(".")


def _target(session: Session, row: Row, text: str) -> tuple[Any, str, str]:
    """The record a row names, its Welsh column, and its English as it is now."""
    record = " ".join(row.text("record").casefold().split())
    if record == ORGANISATION.casefold() and text in _ORGANISATION_TEXTS:
        org = session.scalars(select(Organisation).order_by(Organisation.id)).first()
        if org is not None:
            return org, f"{text}_cy", str(getattr(org, text) or "")
    for kind, pattern in _RECORDS:
        found = pattern.fullmatch(record)
        if found is None:
            continue
        number = int(found.group(1))
        if kind == "decision" and text in ("reason", "instead", "passed_to"):
            decision = session.scalars(select(Decision).where(Decision.suggestion_id == number)
                                       .order_by(Decision.decided_on.desc(),
                                                 Decision.id.desc())).first()
            if decision is not None:
                return decision, f"{text}_cy", str(getattr(decision, text))
        elif kind == "change" and text == "change":
            change = session.get(Change, number)
            if change is not None:
                return change, "description_cy", change.description
        elif kind == "activity" and text == "activity":
            activity = session.get(Activity, number)
            if activity is not None:
                return activity, "title_cy", activity.title
        raise row.problem("record", f"There is no {row.text('record')} in the database now, "
                                    "or it has no such text. Please make the list again with "
                                    "partapp letters --welsh-missing.")
    raise row.problem("record", "We do not know this record. It should be as the list wrote "
                                "it, for example \u201cDecision on suggestion 12\u201d or "
                                "\u201cChange 3\u201d.")


def read_welsh(session: Session, tables: Sequence[Table]) -> list[WelshText]:
    """Check every filled-in row of the Welsh lists (rows with no Welsh are left alone)."""
    found: dict[tuple[int, str, str], WelshText] = {}
    for table in tables:
        if table.kind != WELSH:
            continue
        for row in table.rows:
            welsh = row.limited_text("welsh", "the Welsh", max_length=5000)
            if not welsh:
                continue
            text = _LABELS.get(" ".join(row.text("text").casefold().split()))
            if text is None:
                raise row.problem("text", "We do not know this text. Please keep the words the "
                                          "list wrote here, for example \u201cThe reason for "
                                          "the decision\u201d.")
            target, column, english = _target(session, row, text)
            if row.has("english") and _plain(row.text("english")) != _plain(english):
                raise row.problem("english", "This text has changed since the list was made, "
                                             "so the Welsh may not fit it now. Please make the "
                                             "list again with partapp letters --welsh-missing.")
            key = (id(target), column, type(target).__name__)
            earlier = found.setdefault(key, WelshText(row, target, column, welsh))
            if _plain(earlier.welsh) != _plain(welsh):
                raise row.problem("welsh", f"Row {earlier.row.number} gives other Welsh for "
                                           "the same text. Please make them the same.")
    return list(found.values())


def write_welsh(texts: Sequence[WelshText]) -> list[str]:
    """Save each Welsh version beside a text with none yet (Welsh typed meanwhile is kept).
    Returns notes for the summary."""
    saved = kept = 0
    for item in texts:
        current = str(getattr(item.target, item.column) or "").strip()
        if not current:
            setattr(item.target, item.column, item.welsh)
            saved += 1
        elif _plain(current) != _plain(item.welsh):
            kept += 1
    notes = []
    if saved:
        notes.append(f"Saved the Welsh for {saved} {'text' if saved == 1 else 'texts'} from "
                     "the Welsh list.")
    if kept:
        notes.append(f"{kept} {'text' if kept == 1 else 'texts'} in the Welsh list had Welsh "
                     "typed in the app since the list was made, so we kept that Welsh.")
    return notes
