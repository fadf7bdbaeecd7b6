"""The desktop and a database server of the test's own (tests/unit/own_server.py): Settings,
Database server keeps the address in this computer's settings and the password in a real
(in-memory) keyring, never in a file; opening a server that is down offers Try again / Close,
and a missing password is asked for and kept."""

from __future__ import annotations

import socket
import time

import keyring
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QProgressDialog

from partapp.services.files import keyring_store
from partapp.ui.settings import AppSettings
from partapp.ui.startup import Startup
from partapp.ui.tasks import TaskRunner

from ..unit.own_server import PASSWORD, own_server
from ..unit.smtp_support import MemoryKeyring
from .conftest import click, type_into


@pytest.fixture(scope="module")
def server():
    with own_server() as started:
        yield started


@pytest.fixture
def memory_keyring():
    before = keyring.get_keyring()
    kept = MemoryKeyring()
    keyring.set_keyring(kept)
    yield kept
    keyring.set_keyring(before)
    keyring_store._for_now.clear()


def test_the_server_tab_checks_the_server_then_keeps_the_password_only_in_the_keyring(
        qtbot, window, context, server, memory_keyring, tmp_path):
    tab = window.pages["settings"].server
    tab.refresh()
    type_into(qtbot, tab.host, "127.0.0.1")
    tab.port.setValue(server.port)
    type_into(qtbot, tab.database, "partapp")
    type_into(qtbot, tab.user, "partapp")
    tab.tls.setCurrentIndex(tab.tls.findData("prefer"))
    type_into(qtbot, tab.password, "a wrong guess")
    click(qtbot, tab.save_button)
    assert tab.result.text().startswith("Nothing was saved. The server at 127.0.0.1 (port ")
    assert "did not accept the password for partapp" in tab.result.text()
    assert context.settings.read(AppSettings.server_address) == "" and not memory_keyring.kept
    tab.password.clear()
    type_into(qtbot, tab.password, PASSWORD)
    click(qtbot, tab.save_button)
    assert tab.result.text().startswith("The server answered. Saved")
    address = context.settings.read(AppSettings.server_address)
    assert address == f"postgresql+psycopg://partapp@127.0.0.1:{server.port}/partapp"
    assert list(memory_keyring.kept.values()) == [PASSWORD]
    context.settings._q.sync()
    assert PASSWORD not in (tmp_path / "settings.ini").read_text(encoding="utf-8")
    assert tab.password.text() == "" and tab.host.text() == "127.0.0.1"
    click(qtbot, tab.file_button)
    assert context.settings.read(AppSettings.server_address) == ""


def test_a_server_that_is_down_offers_try_again_and_a_missing_password_is_asked_for(
        qtbot, server, memory_keyring, settings, monkeypatch):
    said: list[str] = []
    asked: list[str] = []

    def answer(box: QMessageBox) -> int:  # the person reads it, and presses Try again
        said.append(box.text())
        server.start()  # meanwhile the server is started again
        return int(QMessageBox.StandardButton.Yes.value)

    def type_password(_parent, _title, text, _mode):
        asked.append(text)
        return PASSWORD, True

    monkeypatch.setattr(QMessageBox, "exec", answer)
    monkeypatch.setattr(QInputDialog, "getText", type_password)
    server.stop("fast")
    startup = Startup(server.url(), settings, TaskRunner(synchronous=True))
    ended: list[int] = []
    startup.ended.connect(ended.append)
    startup.begin()
    try:
        assert said == [f"The server at 127.0.0.1 (port {server.port}) is not taking "
                        "connections. Check the server is running and the port is right, "
                        "then try again."]
        assert len(asked) == 1 and "needs a password for partapp" in asked[0]
        assert list(memory_keyring.kept.values()) == [PASSWORD]
        assert ended == [] and startup.welcome is not None  # a new database: the welcome
        assert startup.welcome.database is not None
    finally:
        if startup.welcome is not None and startup.welcome.database is not None:
            startup.welcome.database.dispose()
            startup.welcome.close()


def test_a_server_that_does_not_answer_leaves_the_screen_alive_and_close_gives_up(
        qtbot, settings, boxes):
    seen: list[str] = []

    def press_close() -> None:  # the screen still answers while the server is waited for
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QProgressDialog) and widget.isVisible():
                seen.append(widget.labelText())
                widget.cancel()

    with socket.socket() as silent:  # takes the call and never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)
        address = f"postgresql+psycopg://partapp@127.0.0.1:{silent.getsockname()[1]}/partapp"
        startup = Startup(address, settings, TaskRunner(synchronous=True))
        ended: list[int] = []
        startup.ended.connect(ended.append)
        QTimer.singleShot(900, press_close)
        began = time.monotonic()
        startup.begin()
        waited = time.monotonic() - began
    assert seen == ["Connecting to the database server\u2026"]
    assert ended == [0] and startup.window is None and startup.welcome is None
    assert waited < 5  # not the 10 s the server is given to answer
    assert boxes.shown == []


def test_on_a_welsh_screen_a_server_that_is_not_there_is_said_in_welsh(qtbot, qapp, settings,
                                                                       boxes):
    from partapp.ui import translations

    with socket.socket() as closed:  # a port nothing listens on
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    translations.install("cy", qapp)
    try:
        boxes.answers = [QMessageBox.StandardButton.No]  # Cau (Close)
        startup = Startup(f"postgresql+psycopg://partapp@127.0.0.1:{port}/partapp", settings,
                          TaskRunner(synchronous=True))
        ended: list[int] = []
        startup.ended.connect(ended.append)
        startup.begin()
    finally:
        translations.install("en", qapp)
    assert boxes.shown == [("Methu cyrraedd y gweinydd",
                            f"Dydy'r gweinydd yn 127.0.0.1 (porth {port}) ddim yn derbyn "
                            "cysylltiadau. Gwiriwch fod y gweinydd yn rhedeg a bod y porth yn "
                            "gywir, yna rhowch gynnig arall arni.")]
    assert ended == [0]
