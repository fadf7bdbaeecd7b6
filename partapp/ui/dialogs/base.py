"""The shape every editing dialog shares: fields, errors under them, Save/Cancel, and a question
before unsaved edits are thrown away. A subclass builds its fields and writes ``save()``, which
makes one service call inside one ``session_scope()``.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (QAbstractButton, QDialog, QDialogButtonBox, QFrame, QScrollArea,
                               QVBoxLayout, QWidget)

from ...services.errors import PartappError, ValidationError
from .. import messages
from ..context import AppContext
from ..widgets.forms import DirtyTracker, ErrorLabel, FormErrors, set_name


class FormDialog(QDialog):
    def __init__(self, context: AppContext, title: str, geometry_key: str,
                 parent: QWidget | None = None, *, save_text: str = "") -> None:
        super().__init__(parent)
        self.context = context
        self.geometry_key = geometry_key
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.errors = FormErrors(ErrorLabel(self.tr("this form")))
        self.dirty = DirtyTracker(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(save_text or self.tr("&Save"))
        set_name(self.save_button, self.save_button.text())
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        set_name(cancel, self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._layout = QVBoxLayout(self)
        self._restored = False
        save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        save_shortcut.activated.connect(self.accept)

    def set_body(self, body: QWidget, *, scroll: bool = True) -> None:
        if scroll:
            area = QScrollArea()
            area.setWidgetResizable(True)
            area.setFrameShape(QFrame.Shape.NoFrame)
            area.setWidget(body)
            area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self._layout.addWidget(area, 1)
        else:
            self._layout.addWidget(body, 1)
        self._layout.addWidget(self.errors.general)
        self._layout.addWidget(self.buttons)

    def save(self) -> None:
        """Write what the form says through the services. Raise ValidationError if it is wrong."""
        raise NotImplementedError

    def accept(self) -> None:
        self.errors.clear()
        try:
            self.save()
        except ValidationError as error:
            self.errors.show(error)
            return
        except PartappError as error:
            self.errors.general.show_message(str(error))
            return
        self.dirty.reset()
        super().accept()

    def reject(self) -> None:
        if self.dirty.dirty:
            answer = messages.ask_unsaved(self)
            if answer is messages.Unsaved.CANCEL:
                return
            if answer is messages.Unsaved.SAVE:
                self.accept()
                return
        super().reject()

    submit_on_enter = False

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Enter in a field does not save the form by surprise; Ctrl+Enter (or Ctrl+S) does."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.accept()
                return
            focus = self.focusWidget()
            if not self.submit_on_enter and not isinstance(focus, QAbstractButton):
                event.accept()
                return
        super().keyPressEvent(event)

    def done(self, result: int) -> None:
        self.context.settings.set_dialog_geometry(self.geometry_key, bytes(self.saveGeometry()))
        super().done(result)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        if not self._restored:
            self._restored = True
            saved = self.context.settings.dialog_geometry(self.geometry_key)
            if saved:
                self.restoreGeometry(QByteArray(saved))
        super().showEvent(event)
