"""The Reports page's "You said, we did" files for service users: the easy read summary and
the poster, made straight from the dates chosen (no report needs making first)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton

from ...services.errors import PartappError
from .. import messages
from ..errors import report_error
from ..report_work import save_for_service_users
from ..tasks import TaskCancelled
from ..widgets.choices import combo, value
from ..widgets.forms import set_name

if TYPE_CHECKING:
    from datetime import date

    from PySide6.QtWidgets import QVBoxLayout, QWidget

    from ..context import AppContext


class ServiceUserFiles:
    """Mixed into ReportsPage, which provides ``context``, ``layout_``, ``checked_period()``,
    ``_start_folder()``, ``_remember_folder()`` and ``_say()``."""

    # What the page provides (annotations only: nothing is set here at run time).
    context: AppContext
    layout_: QVBoxLayout
    tr: Callable[..., str]
    window: Callable[[], QWidget]
    checked_period: Callable[[], tuple[date, date] | None]
    _start_folder: Callable[[], str]
    _remember_folder: Callable[[Path], None]
    _say: Callable[[str], None]

    def page_widget(self) -> QWidget:
        """The page this is mixed into, as the parent of the windows it opens."""
        return cast("QWidget", self)

    def _build_service_users(self) -> None:
        """'You said, we did' for service users: made straight from the dates chosen."""
        self.summary_button = QPushButton(self.tr("Save the summary for service users\u2026"))
        self.poster_button = QPushButton(self.tr("Save the poster\u2026"))
        set_name(self.summary_button, self.tr("Save the summary for service users"),
                 self.tr("An easy read \u201cYou said, we did\u201d summary of the dates "
                         "above, with pictures. It has no names."))
        set_name(self.poster_button, self.tr("Save the poster"),
                 self.tr("A one-page \u201cYou said, we did\u201d poster for a noticeboard. "
                         "It has no names."))
        self.users_language = combo([("en", self.tr("English")), ("cy", self.tr("Welsh")),
                                     ("both", self.tr("Welsh and English"))],
                                    name=self.tr("Language for service users"))
        language_label = QLabel(self.tr("Language:"))
        language_label.setBuddy(self.users_language)
        row = QHBoxLayout()
        for widget in (self.summary_button, self.poster_button, language_label,
                       self.users_language):
            row.addWidget(widget)
        row.addStretch(1)
        self.layout_.addLayout(row)
        self.summary_button.clicked.connect(lambda: self.save_for_service_users(poster=False))
        self.poster_button.clicked.connect(lambda: self.save_for_service_users(poster=True))

    def save_for_service_users(self, *, poster: bool) -> None:
        """Ask where, then make the summary (or the poster) in the background."""
        period = self.checked_period()
        if period is None:
            return
        start, end = period
        stem = (self.tr("You said we did poster {start} to {end}") if poster else
                self.tr("You said we did {start} to {end}")).format(
            start=start.isoformat(), end=end.isoformat())
        title = (self.tr("Save the poster as a PDF") if poster else
                 self.tr("Save the summary for service users as a PDF"))
        name, _ = QFileDialog.getSaveFileName(self.page_widget(), title,
                                              str(Path(self._start_folder()) / f"{stem}.pdf"),
                                              self.tr("PDF files (*.pdf)"))
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        db, language = self.context.db, value(self.users_language)
        self.context.tasks.run(
            lambda progress: save_for_service_users(db, start, end, path, poster=poster,
                                                    language=language, progress=progress),
            title=self.tr("Making the poster\u2026") if poster else
            self.tr("Making the summary\u2026"),
            on_done=lambda pages: self._users_saved(path, poster, pages),
            on_error=lambda error: self._users_failed(poster, error))

    def _users_saved(self, path: Path, poster: bool, pages: int) -> None:
        self._remember_folder(path.parent)
        self._say((self.tr("Saved the poster as {path}") if poster else
                   self.tr("Saved the summary for service users as {path} (%n pages)", "",
                           pages)).format(path=path))

    def _users_failed(self, poster: bool, error: BaseException) -> None:
        if isinstance(error, TaskCancelled):
            return
        if isinstance(error, PartappError):  # the data file, a backup, or the disk said no
            messages.warn(self.page_widget(), self.tr("The poster was not saved") if poster else
                          self.tr("The summary was not saved"), str(error))
            return
        report_error(error, self.window())
