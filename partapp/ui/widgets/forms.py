"""Labelled form fields with a plain-English error shown right under each field, and tracking
of unsaved edits. Field names are the ones the services use in ``ValidationError.field``.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QTabWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...services.errors import ValidationError
from ..translations import message as translated
from .text import set_scaled_font


def set_name(widget: QWidget, name: str, description: str = "") -> QWidget:
    """Give a control the name a screen reader says (labels' & and : removed)."""
    widget.setAccessibleName(name.replace("&", "").rstrip(": ").strip())
    if description:
        widget.setAccessibleDescription(description)
    return widget


class ErrorLabel(QLabel):
    """A problem with one field, in words (bold and marked with a sign, never colour alone)."""

    def __init__(self, field_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        set_scaled_font(self, 1.0, bold=True)
        self.setAccessibleName(f"Problem with {field_name}" if field_name else "Problem")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_message(self, text: str) -> None:
        message = translated(text)  # a service's words in the language in use
        self.setText(f"\u26a0 {message}")
        self.setAccessibleDescription(message)
        self.show()

    def clear_message(self) -> None:
        self.clear()
        self.hide()

    @property
    def message(self) -> str:
        return "" if self.isHidden() else self.text().removeprefix("\u26a0 ")


@dataclass
class _Field:
    widget: QWidget
    label: ErrorLabel


class FormErrors:
    """Routes a service's ValidationError to the label under the field it names."""

    def __init__(self, general: ErrorLabel) -> None:
        self.general = general
        self._fields: dict[str, _Field] = {}

    def add(self, field: str, widget: QWidget, label: ErrorLabel) -> None:
        self._fields[field] = _Field(widget, label)

    def forget(self, prefix: str) -> None:
        """Stop routing the fields whose names start with ``prefix`` (rows that went away)."""
        for name in [n for n in self._fields if n.startswith(prefix)]:
            self._fields[name].label.clear_message()
            del self._fields[name]

    def clear(self) -> None:
        self.general.clear_message()
        for entry in self._fields.values():
            entry.label.clear_message()

    def show(self, error: ValidationError) -> None:
        self.clear()
        entry = self._fields.get(error.field)
        if entry is None:
            self.general.show_message(error.message)
            reveal(self.general)
            return
        entry.label.show_message(error.message)
        reveal(entry.widget)
        entry.widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def message(self, field: str) -> str:
        """The message shown for ``field`` ("" when none; "*" for the general one)."""
        if field == "*":
            return self.general.message
        entry = self._fields.get(field)
        return entry.label.message if entry else ""


def reveal(widget: QWidget) -> None:
    """Bring a widget into view: switch to its tab, scroll to it."""
    child: QWidget = widget
    parent = widget.parentWidget()
    while parent is not None:
        tabs = parent.parentWidget()
        if isinstance(parent, QStackedWidget) and isinstance(tabs, QTabWidget):
            index = tabs.indexOf(child)
            if index >= 0:
                tabs.setCurrentIndex(index)
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget)
        child, parent = parent, parent.parentWidget()


LONG_LABEL = 32


def field_block(widget: QWidget, field_name: str,
                help_text: str = "") -> tuple[QWidget, ErrorLabel]:
    """The widget, an optional line of help under it, and its (hidden) error label."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(widget)
    if help_text:
        help_label = QLabel(help_text)
        help_label.setWordWrap(True)
        help_label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(help_label)
        if not widget.accessibleDescription():
            widget.setAccessibleDescription(help_text)
    error = ErrorLabel(field_name)
    layout.addWidget(error)
    return box, error


def add_field(form: QFormLayout, text: str, widget: QWidget, *, errors: FormErrors | None = None,
              field: str | None = None, help_text: str = "") -> ErrorLabel:
    """A labelled row: the label (its buddy is the widget), the widget, help, error label."""
    label = QLabel(text)
    label.setBuddy(widget)
    # Only long labels wrap: Qt's form layout can under-size a wrapped label's row.
    label.setWordWrap(len(text) > LONG_LABEL)
    own_text = widget.text() if isinstance(widget, QAbstractButton) else ""
    set_name(widget, own_text or text)
    box, error = field_block(widget, text.replace("&", "").rstrip(": "), help_text)
    form.addRow(label, box)
    if errors is not None and field:
        errors.add(field, widget, error)
    return error


def scrolled(inner: QWidget) -> QScrollArea:
    """``inner`` in a frameless scroll area that never takes the keyboard focus itself."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setWidget(inner)
    return area


def new_form() -> QFormLayout:
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return form


class DirtyTracker(QObject):
    """Notices edits to the watched controls, so a form can ask before changes are lost."""

    changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._dirty = False
        self._paused = False

    @property
    def dirty(self) -> bool:
        return self._dirty

    def watch(self, *widgets: QObject) -> None:
        for w in widgets:
            if isinstance(w, (QLineEdit, QPlainTextEdit, QTextEdit)):
                w.textChanged.connect(self.mark)
            elif isinstance(w, QComboBox):
                w.currentIndexChanged.connect(self.mark)
            elif isinstance(w, QAbstractButton):
                w.toggled.connect(self.mark)
            elif isinstance(w, (QSpinBox, QDoubleSpinBox)):
                w.valueChanged.connect(self.mark)
            elif isinstance(w, QDateEdit):
                w.dateChanged.connect(self.mark)
            elif isinstance(w, QListWidget):
                w.model().rowsInserted.connect(self.mark)
                w.model().rowsRemoved.connect(self.mark)
                w.itemChanged.connect(self.mark)
            elif isinstance(w, QAbstractSpinBox):
                w.editingFinished.connect(self.mark)
            elif hasattr(w, "changed"):
                w.changed.connect(self.mark)
            else:
                raise TypeError(f"cannot watch {type(w).__name__}")

    def mark(self, *_args) -> None:
        if not self._paused and not self._dirty:
            self._dirty = True
            self.changed.emit(True)

    def reset(self) -> None:
        if self._dirty:
            self._dirty = False
            self.changed.emit(False)

    def pause(self, paused: bool) -> None:
        """Stop noticing while the form fills itself in."""
        self._paused = paused
