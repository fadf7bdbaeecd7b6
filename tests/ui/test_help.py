"""The built-in guide: F1 opens the topic for the page or form you are on; every topic is there,
its pictures and links resolve inside the guide, and it reads plainly."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from partapp.services.feedback.plain_english import LONG_SENTENCE_WORDS, check_text
from partapp.ui.help import PAGE_TOPICS, TOPICS, HelpWindow, help_folder


def _open_guide() -> HelpWindow:
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, HelpWindow)
             and w.isVisible()]
    assert len(shown) == 1
    return shown[0]


def test_f1_opens_the_topic_for_each_page(qtbot, window):
    for key, topic in PAGE_TOPICS.items():
        window.show_page(key)
        qtbot.keyClick(window, Qt.Key.Key_F1)
        guide = _open_guide()
        assert guide.topic == topic, key
        assert guide.text.source().fileName() == f"{topic}.html"
        assert guide.text.toPlainText().strip(), key
    guide.close()


def test_f1_in_a_form_opens_its_topic(qtbot, window):
    window.run_action("record_activity")
    dialog = window.pages["activities"].dialog
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    qtbot.keyClick(dialog, Qt.Key.Key_F1)
    guide = _open_guide()
    assert guide.topic == "meeting"
    assert "Recording a meeting" in guide.text.toPlainText()
    guide.close()
    dialog.dirty.reset()
    dialog.close()


def test_every_topic_is_there_with_its_pictures_and_links():
    folder = help_folder("en")
    keys = {key for key, _title in TOPICS}
    for key in keys:
        html = (folder / f"{key}.html").read_text(encoding="utf-8")
        for picture in re.findall(r'<img src="([^"]+)"', html):
            assert (folder / picture).is_file(), (key, picture)
        for link in re.findall(r'<a href="([^"]+)"', html):
            assert not link.startswith(("http:", "https:")), (key, link)  # offline
            assert link.removesuffix(".html") in keys, (key, link)
    assert {p.stem for p in folder.glob("*.html")} == keys


def test_the_guide_reads_plainly():
    for key, _title in TOPICS:
        html = (help_folder("en") / f"{key}.html").read_text(encoding="utf-8")
        text = re.sub(r"<[^>]+>", "\n", html)
        result = check_text(text)
        assert result.longest_sentence_words <= LONG_SENTENCE_WORDS, key
        assert result.flesch >= 60, (key, result.flesch)
