"""The shape every editing dialog shares: fields, errors under them, Save/Cancel, and a question
before unsaved edits are thrown away. A subclass builds its fields and writes ``save()``, which
makes one service call inside one ``session_scope()``.
"""

from __future__ import annotations

from typing import Concatenate

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ...services.changed import Changed, Operation
from ...services.errors import EditConflictError, PartappError, ValidationError
from .. import messages
from ..context import AppContext
from ..widgets.forms import DirtyTracker, ErrorLabel, FormErrors, scrolled, set_name


def fitting_size(widget: QWidget, chars: int, lines: int) -> QSize:
    """A size of about ``chars`` by ``lines`` of text, kept inside the screen."""
    metrics = widget.fontMetrics()
    width, height = metrics.averageCharWidth() * chars, metrics.height() * lines
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        room = screen.availableGeometry()
        width, height = min(width, room.width() - 40), min(height, room.height() - 60)
    return QSize(width, height)


class KeepOpen(Exception):
    """Raised by ``save()`` when the person chose to go back to the form: nothing is saved."""


class FormDialog(QDialog):
    def __init__(self, context: AppContext, title: str, geometry_key: str,
                 parent: QWidget | None = None, *, save_text: str = "",
                 size: tuple[int, int] = (90, 36)) -> None:
        super().__init__(parent)
        self.default_size = size
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
        # No shortcut letter on Save: Alt+letter belongs to the fields, and a letter or space
        # typed after one must never save the form. Ctrl+S (or Ctrl+Enter) saves.
        self.save_button.setText((save_text or self.tr("&Save")).replace("&", ""))
        set_name(self.save_button, self.save_button.text())
        self.save_button.setToolTip(self.tr("Ctrl+S"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        set_name(cancel, self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._layout = QVBoxLayout(self)
        self._restored = False
        save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        save_shortcut.activated.connect(self.accept)
        help_shortcut = QShortcut(QKeySequence.StandardKey.HelpContents, self)
        help_shortcut.activated.connect(self.show_guide)

    def set_body(self, body: QWidget, *, scroll: bool = True) -> None:
        if scroll:
            self._layout.addWidget(scrolled(body), 1)
        else:
            self._layout.addWidget(body, 1)
        self._layout.addWidget(self.errors.general)
        self._layout.addWidget(self.buttons)

    def show_guide(self) -> None:
        """F1: the guide, at the topic for this form."""
        from ..help import FORM_TOPICS, show_help

        show_help(self, FORM_TOPICS.get(self.geometry_key, "start"))

    def save(self) -> None:
        """Write what the form says through the services. Raise ValidationError if it is wrong."""
        raise NotImplementedError

    # Someone else saving the same record meanwhile (services/records/versions.py). A form that
    # edits a record sets ``version`` as it loads it, and hands back ``version`` and
    # ``keep_mine`` with the save; ``entity`` and ``record_id`` name the record.
    entity = ""
    version: int | None = None
    keep_mine = False

    @property
    def record_id(self) -> int | None:
        return None

    def reload(self) -> None:
        """Show the record as it is saved now, dropping what was typed here. A form that cannot
        load itself again closes instead (the page behind it shows the newer version)."""
        self.dirty.reset()
        self.context.changed(Changed(self.entity) if self.entity else Changed.ALL)
        super().reject()

    def _conflict(self, error: EditConflictError) -> None:
        answer = messages.ask_conflict(self, str(error))
        if answer is messages.Conflict.RELOAD:
            self.errors.clear()
            self.reload()
            return
        if answer is not messages.Conflict.KEEP_MINE:
            return
        version = error.current_version
        if version is None and self.entity and self.record_id is not None:
            from ...services.records.versions import current_version

            with self.context.db.session_scope() as session:
                version = current_version(session, self.entity, self.record_id)
        self.version, self.keep_mine = version, True
        try:
            self.accept()  # the same save again, over the newer version (audited as such)
        finally:
            self.keep_mine = False

    def offer_remove(self, text: str, question: str, remove: Operation[Concatenate[Session, ...], object],
                     record_id: int) -> None:
        """A button that removes the record being edited, after asking. ``remove`` is the
        service operation, given the session and ``record_id``."""
        # On the left, away from Save, so it is not pressed by mistake.
        self.remove_button = QPushButton(text)
        set_name(self.remove_button, text.replace("&", ""))
        self.remove_button.setAutoDefault(False)
        row = QHBoxLayout()
        row.addWidget(self.remove_button)
        row.addStretch(1)
        self._layout.removeWidget(self.buttons)
        row.addWidget(self.buttons)
        self._layout.addLayout(row)
        self.remove_button.clicked.connect(
            lambda: self._remove(text.replace("&", ""), question, remove, record_id))

    def _remove(self, text: str, question: str, remove: Operation[Concatenate[Session, ...], object],
                record_id: int) -> None:
        if not messages.confirm(self, text, question, yes=text, no=self.tr("Keep it")):
            return
        self.errors.clear()
        try:
            self.context.apply(remove, record_id)
        except PartappError as error:  # refused (feedback was sent...): nothing was removed
            self.errors.general.show_message(str(error))
            return
        self.dirty.reset()
        super().accept()

    def accept(self) -> None:
        self.errors.clear()
        try:
            self.save()
        except ValidationError as error:
            self.errors.show(error)
            return
        except EditConflictError as error:
            self._conflict(error)
            return
        except PartappError as error:
            self.errors.general.show_message(str(error))
            return
        except KeepOpen:
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

    def keyPressEvent(self, event: QKeyEvent) -> None:
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
        self.context.settings.set_dialog_geometry(self.geometry_key, bytes(self.saveGeometry().data()))
        super().done(result)

    def showEvent(self, event: QShowEvent) -> None:
        if not self._restored:
            self._restored = True
            saved = self.context.settings.dialog_geometry(self.geometry_key)
            if not saved or not self.restoreGeometry(QByteArray(saved)):
                self.resize(fitting_size(self, *self.default_size))
        super().showEvent(event)
