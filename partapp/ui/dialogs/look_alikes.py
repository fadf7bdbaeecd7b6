"""Before a new person is added: if someone like them is already recorded, ask first, so the
same person is not recorded twice (services.records.people.look_alikes finds them)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ...services.records.people import PersonData, look_alikes
from .. import messages
from ..context import AppContext
from ..formatting import person_label
from .base import KeepOpen


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate puts module-level tr() in ""


def check_new_person(parent: QWidget, context: AppContext, data: PersonData) -> None:
    """Raise KeepOpen if the person says the new record is someone already recorded."""
    with context.db.session_scope() as session:
        found = look_alikes(session, data)
    if not found:
        return
    names = "\n".join(f"\u2022 {person_label(p.display_name, p.ref, p.town)}" for p in found)
    text = tr("Someone like this is already recorded:\n{names}\n\nIf it is the same person, go "
              "back and choose them from the list instead. Is this a different person?"
              ).format(names=names)
    if not messages.confirm(parent, tr("Already recorded?"), text,
                            yes=tr("Add a new person"), no=tr("Go back")):
        raise KeepOpen
