"""Settings, Mail server and the Letters page's "Send by email": real widgets, a real data
file, a real SMTP server on 127.0.0.1 (aiosmtpd) and a real in-memory keyring. Message boxes
answer themselves (tests/ui/conftest.py)."""

from __future__ import annotations

import keyring
import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from partapp.models import Feedback, Person
from partapp.services.feedback import mail_server as mail
from partapp.ui import errors
from partapp.ui.context import AppContext
from partapp.ui.main_window import MainWindow
from partapp.ui.pages.settings_mail import MailTab
from partapp.ui.tasks import TaskRunner

from ..unit.letters_data import TODAY, build
from ..unit.smtp_support import HOST, PASSWORD, USER, MemoryKeyring, smtp_server
from .conftest import click

pytestmark = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")


@pytest.fixture
def kept():
    before = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    yield memory
    keyring.set_keyring(before)
    mail._for_now.clear()


@pytest.fixture
def window(qtbot, db, settings, boxes):
    with db.session_scope() as session:
        ids = build(session)
        sian = session.get(Person, ids["sian"])
        sian.feedback_format, sian.email = "email", "sian@example.org"
    tasks = TaskRunner(synchronous=True)
    tasks.error_handler = errors.report_error
    win = MainWindow(AppContext(db, settings, tasks, today=lambda: TODAY))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.ids = ids
    yield win
    win.pages["settings"].dirty.reset()
    win.pages["settings"].levels.dirty.reset()


@pytest.fixture
def tab(qtbot, window):
    """Settings, Mail server, as the Settings page shows it."""
    mail_tab = MailTab(window.context)
    qtbot.addWidget(mail_tab)
    mail_tab.show()
    mail_tab.refresh()
    return mail_tab


def _fill(tab, port: int, password: str) -> None:
    tab.enabled.setChecked(True)
    tab.host.setText(HOST)
    tab.port.setValue(port)
    tab.security.setCurrentIndex(tab.security.findData("none"))
    tab.username.setText(USER)
    tab.password.setText(password)
    tab.sender_box.setText("letters@riverside.example.org")


def test_settings_keep_the_password_in_the_keyring_and_a_test_email_arrives(
        qtbot, tab, kept, db_path):
    assert not tab.enabled.isChecked() and not tab.test_button.isEnabled()  # off at first
    with smtp_server() as (box, port):
        _fill(tab, port, PASSWORD)
        assert tab.warning.isVisibleTo(tab)  # "no encryption" is warned about
        tab.test_to.setText("me@example.org")
        click(qtbot, tab.test_button)
        assert [r.rcpt_tos for r in box.received] == [["me@example.org"]]
    assert "The test email went to me@example.org" in tab.test_result.text()
    assert kept.kept == {(mail.KEYRING_SERVICE, f"{USER}@{HOST}"): PASSWORD}
    assert tab.password.text() == "" and tab.password.placeholderText()
    for file in db_path.parent.iterdir():
        if file.is_file():
            assert PASSWORD.encode() not in file.read_bytes()


def test_a_wrong_password_is_shown_under_the_password(qtbot, tab, kept):
    with smtp_server() as (box, port):
        _fill(tab, port, "not it")
        tab.test_to.setText("me@example.org")
        click(qtbot, tab.test_button)
    assert not box.received
    assert "did not accept the user name and password" in tab.errors.message("password")
    assert "The test email did not go." in tab.test_result.text()
    assert "Traceback" not in tab.test_result.text()


def test_the_letters_page_sends_the_chosen_email_letters_and_marks_them(
        qtbot, window, tab, kept, boxes, db):
    window.show_page("letters")
    page = window.pages["letters"]
    ids = window.ids
    page.select_people([ids["sian"], ids["nguyen"], ids["gwen"]])
    assert page.email_button.isEnabled()
    with smtp_server() as (box, port):
        _fill(tab, port, PASSWORD)
        assert tab.save()
        page.select_people([ids["sian"], ids["nguyen"], ids["gwen"]])
        boxes.answers = [QMessageBox.StandardButton.Yes]
        click(qtbot, page.email_button)
        assert sorted(r.rcpt_tos[0] for r in box.received) == ["lan@example.org",
                                                                "sian@example.org"]
    assert "Send 2 letters by email through 127.0.0.1?" in boxes.texts()
    said = page.status.text()
    assert "Sent 2 letters by email and marked them as sent: Siân Roberts, Nguyễn Thị Lan." \
        in said
    with db.session_scope() as session:
        methods = dict(session.execute(select(Feedback.person_id, Feedback.method)
                                       .where(Feedback.sent_on == TODAY)).all())
    assert methods == {ids["sian"]: "email", ids["nguyen"]: "email"}  # Gwen is left to print
    page.select_people([ids["gwen"]])
    assert not page.email_button.isEnabled()


def test_the_settings_page_has_the_mail_server_tab(window):
    window.show_page("settings")
    page = window.pages["settings"]
    names = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert "Mail server" in names and isinstance(page.mail, MailTab)


def test_with_sending_off_the_page_says_how_to_turn_it_on(qtbot, window, kept, boxes):
    window.show_page("letters")
    page = window.pages["letters"]
    page.select_people([window.ids["nguyen"]])
    click(qtbot, page.email_button)
    assert "Sending by email is turned off" in boxes.texts()
    assert "Settings, Mail server" in boxes.texts()
