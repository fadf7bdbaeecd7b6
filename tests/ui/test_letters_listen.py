"""Listening to an audio letter before it goes: the button shows only for a person who gets
audio letters, and it makes their MP3 and hands it to the computer's sound player."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from partapp.models import Person

from . import test_letters_page as _letters
from .test_letters_page import choose_people

# The Letters page tests' fixtures: a real data file and the page on it, and the printer.
built, page, printed_to = _letters.built, _letters.page, _letters.printed_to


class _Player(QObject):
    """Stands in for the sound player: Qt hands it the file:// address instead."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toLocalFile())


@pytest.fixture
def player():
    handler = _Player()
    QDesktopServices.setUrlHandler("file", handler, "open")
    yield handler
    QDesktopServices.unsetUrlHandler("file")


def test_listen_shows_for_audio_letters_and_plays_the_mp3(qtbot, page, db, player):
    if shutil.which("espeak-ng") is None:
        pytest.skip("espeak-ng is not installed")
    choose_people(page, "zoe")
    qtbot.waitUntil(lambda: page.letter_heading.text() == "The letter to Zoë Adams")
    assert not page.listen_button.isVisibleTo(page)  # she gets a printed letter
    with db.session_scope() as session:
        session.get(Person, page.ids["sian"]).feedback_format = "audio"
    page.context.changed("person")
    page.refresh()
    choose_people(page, "sian")
    qtbot.waitUntil(lambda: page.letter_heading.text() == "The letter to Siân Roberts")
    assert page.listen_button.isVisibleTo(page)
    page.listen_button.click()
    qtbot.waitUntil(lambda: bool(player.opened), timeout=30000)
    played = player.opened[0]
    assert played.endswith(".mp3")
    with open(played, "rb") as handle:
        head = handle.read(3)
    assert head == b"ID3" or head[0] == 0xFF  # an MP3: a tag, or a frame's sync byte
    assert page.status.text() == "The audio letter is playing in your sound player."


def test_printing_asks_first_when_an_address_will_not_fit_the_window(qtbot, page, db, boxes,
                                                                     printed_to):
    with db.session_scope() as session:
        sian = session.get(Person, page.ids["sian"])
        sian.feedback_format = "large_print"
        sian.address_1 = "Cartref Gofal Bryn Eithin (Residential Unit B), The Old Vicarage"
        sian.address_2 = "Lôn Bach y Felin, Llanfihangel-yng-Ngwynfa, near Llanfyllin"
    page.context.changed("person")
    page.refresh()
    choose_people(page, "sian", "zoe")
    page.print_button.click()  # no answers given: each question is answered "Go back"
    title, text = boxes.shown[-1]
    assert title == "Some addresses are too long for the envelope window"
    assert "Siân Roberts" in text and "Zoë" not in text
    assert printed_to == []  # nothing went to the printer
    assert page.status.text() == "Nothing was printed."
    boxes.answers.append(QMessageBox.StandardButton.Yes)  # "Print them anyway"
    page.print_button.click()
    assert len(printed_to) == 1
