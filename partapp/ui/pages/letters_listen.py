"""Listening to an audio letter before it is saved or sent: the Letters page makes the chosen
person's MP3 in the background and opens it in the computer's own sound player (nothing is
saved beside the letters, and nothing goes over the network)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QPushButton, QWidget

from ...services.errors import PartappError
from ..errors import report_error
from ..tasks import TaskCancelled
from ..translations import message
from ..widgets.forms import set_name

if TYPE_CHECKING:
    from ..context import AppContext
    from .letters_work import PreviewedLetter


class LetterListening:
    """Mixed into LettersPage, which provides ``context``, ``previewed``, ``_temp_path()``
    and ``_say()``."""

    # What the page provides (annotations only: nothing is set here at run time).
    context: AppContext
    previewed: PreviewedLetter | None
    tr: Callable[..., str]
    window: Callable[[], QWidget]
    _temp_path: Callable[[str], Path]
    _say: Callable[[str], None]

    def _listen_button(self) -> QPushButton:
        self.listen_button = QPushButton(self.tr("Listen to the a&udio letter\u2026"))
        set_name(self.listen_button, self.tr("Listen to the audio letter"),
                 self.tr("Opens it in the computer's sound player. Nothing is saved or sent."))
        self.listen_button.clicked.connect(self.listen)
        self.listen_button.hide()
        return self.listen_button

    def _show_listen(self, letter_format: str | None) -> None:
        """The button shows only for a person who gets their letters as audio."""
        self.listen_button.setVisible(letter_format == "audio")

    def listen(self) -> None:
        previewed = self.previewed
        if previewed is None or previewed.letter is None:
            return
        from ...reports.letter_formats import write_audio  # not needed at start

        letter = previewed.letter
        out = self._temp_path("listen").with_suffix(".mp3")
        self._say(self.tr("Making the audio letter to {name}\u2026")
                  .format(name=letter.person_name))
        self.context.tasks.run(lambda progress: write_audio(letter, out),
                               title=self.tr("Making the audio letter\u2026"),
                               on_done=lambda _seconds: self._play(out),
                               on_error=self._listen_failed)

    def _play(self, path: Path) -> None:
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self._say(self.tr("The audio letter is playing in your sound player."))
        else:
            self._say(self.tr("This computer has no program set up to play MP3 files. The "
                              "file is {path}.").format(path=path))

    def _listen_failed(self, error: BaseException) -> None:
        if isinstance(error, TaskCancelled):
            self._say(self.tr("Stopped. No audio letter was made."))
        elif isinstance(error, PartappError):
            self._say(message(error))
        else:
            report_error(error, self.window())
