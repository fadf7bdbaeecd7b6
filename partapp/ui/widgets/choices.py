"""Drop-down lists filled from the code lists (models.enums) or from the editable lists."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget

from .forms import set_name

DATA = Qt.ItemDataRole.UserRole


def combo(items: Mapping[Any, str] | Iterable[tuple[Any, str]], *, first: str | None = None,
          name: str = "", parent: QWidget | None = None) -> QComboBox:
    """A combo box of (value, label). ``first`` adds a leading entry whose value is None."""
    box = QComboBox(parent)
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(12)
    fill(box, items, first=first)
    if name:
        set_name(box, name)
    return box


def fill(box: QComboBox, items: Mapping[Any, str] | Iterable[tuple[Any, str]], *,
         first: str | None = None) -> None:
    """Refill, keeping the chosen value if it is still there."""
    keep = box.currentData(DATA) if box.count() else None
    box.blockSignals(True)
    box.clear()
    if first is not None:
        box.addItem(first, None)
    pairs = items.items() if isinstance(items, Mapping) else items
    for value, label in pairs:
        box.addItem(label, value)
    box.blockSignals(False)
    select(box, keep)


def value(box: QComboBox) -> Any:
    return box.currentData(DATA)


def select(box: QComboBox, wanted: Any) -> bool:
    """Choose the entry whose value is ``wanted``. Returns False if there is none."""
    for index in range(box.count()):
        if box.itemData(index, DATA) == wanted:
            box.setCurrentIndex(index)
            return True
    if box.count():
        box.setCurrentIndex(0)
    return False
