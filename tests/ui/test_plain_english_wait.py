"""Typing never waits for the plain English check's word lists (about a second to load): until
they are loaded, the check says it is getting ready and looks again a moment later."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QPlainTextEdit

from partapp.services.feedback import plain_english
from partapp.ui.widgets import plain_english as hint_module
from partapp.ui.widgets.plain_english import PlainEnglishHint


def test_the_check_waits_for_the_word_lists_without_blocking(qtbot, monkeypatch):
    cold = threading.Event()
    started = []
    monkeypatch.setattr(plain_english, "_warm", cold)
    monkeypatch.setattr(hint_module, "is_warm", cold.is_set)
    monkeypatch.setattr(hint_module, "warm_up_in_background", lambda: started.append(1))
    box = QPlainTextEdit()
    qtbot.addWidget(box)
    hint = PlainEnglishHint(box)
    box.setPlainText("We have put a ramp at the front door. It is there now.")
    hint.update_now()
    assert hint.text() == "Plain English check: getting ready\u2026"
    assert started and hint._timer.isActive()  # loading, and it will look again

    cold.set()  # the word lists are loaded
    qtbot.waitUntil(lambda: hint.text().startswith("\u2714 Reads well."), timeout=3000)


def test_the_warm_up_runs_once_on_its_own_thread(monkeypatch):
    cold = threading.Event()
    monkeypatch.setattr(plain_english, "_warm", cold)
    monkeypatch.setattr(plain_english, "_warming", threading.Lock())
    names = []
    monkeypatch.setattr(plain_english, "warm_up",
                        lambda: (names.append(threading.current_thread().name), cold.set()))
    plain_english.warm_up_in_background()
    plain_english.warm_up_in_background()  # a second call while the first runs: nothing new
    assert cold.wait(5)
    plain_english.warm_up_in_background()  # already warm: nothing
    assert names == ["plain-english-warm-up"]
