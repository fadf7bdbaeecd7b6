"""Sending email letters through the organisation's own mail server: a real SMTP server
(aiosmtpd) on 127.0.0.1, plain, STARTTLS and SSL/TLS with a certificate made here, and a real
in-memory keyring. What the server received and what the data file holds are checked."""

from __future__ import annotations

import shutil
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from pypdf import PdfReader
from sqlalchemy import select

from partapp.cli import run
from partapp.models import Feedback, Person
from partapp.reports.letter_email_send import send_email_letters
from partapp.services.feedback import letters
from partapp.services.feedback import mail_server as mail
from partapp.services.feedback.mail_send import MailError, send_test
from partapp.services.feedback.mail_server import MailServer, save_mail_server
from partapp.services.store.database import open_database

from .letters_data import TODAY, build
from .smtp_support import (
    HOST,
    PASSWORD,
    USER,
    Mailbox,
    MemoryKeyring,
    free_port,
    make_certificate,
    smtp_server,
)

pytestmark = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
EMAIL_PEOPLE = {"nguyen": "lan@example.org", "sian": "sian@example.org", "zoe": ""}


@pytest.fixture(scope="module")
def sample(template_db, tmp_path_factory) -> tuple[Path, dict[str, str]]:
    """The letters data with three people wanting email (Zoë has no address)."""
    path = tmp_path_factory.mktemp("email") / "email.db"
    shutil.copyfile(template_db, path)
    db = open_database(str(path))
    refs = {}
    with db.session_scope() as session:
        ids = build(session)
        for key, address in EMAIL_PEOPLE.items():
            person = session.get(Person, ids[key])
            person.feedback_format, person.email = "email", address
            refs[key] = person.ref
    db.dispose()
    return path, refs


@pytest.fixture
def memory_keyring():
    before = keyring.get_keyring()
    kept = MemoryKeyring()
    keyring.set_keyring(kept)
    yield kept
    keyring.set_keyring(before)
    mail._for_now.clear()


@pytest.fixture
def data(sample, tmp_path):
    path = tmp_path / "data.db"
    shutil.copyfile(sample[0], path)
    db = open_database(str(path))
    yield db, sample[1], path
    db.dispose()


def _set_up(db, port: int, *, security: str = "none", password: str = PASSWORD) -> MailServer:
    server = MailServer(enabled=True, host=HOST, port=port, security=security, username=USER,
                        sender="letters@riverside.example.org")
    with db.session_scope() as session:
        server = save_mail_server(session, server)
    mail.set_password(server, password)
    return server


def _sent_rows(db) -> dict[int, tuple[str, str]]:
    with db.session_scope() as session:
        return {pid: (method, snapshot) for pid, method, snapshot in session.execute(
            select(Feedback.person_id, Feedback.method, Feedback.snapshot)
            .where(Feedback.sent_on == TODAY))}


def _person_ids(db, refs) -> dict[str, int]:
    with db.session_scope() as session:
        by_ref = dict(session.execute(select(Person.ref, Person.id)).all())
    return {key: by_ref[ref] for key, ref in refs.items()}


def test_letters_go_to_the_server_with_both_bodies_and_the_pdf_and_are_marked_once(
        data, memory_keyring):
    db, refs, _path = data
    ids = _person_ids(db, refs)
    with db.session_scope() as session:
        due = {x.person_id: x for x in letters.letters_due(session, today=TODAY)}
    with smtp_server() as (box, port):
        _set_up(db, port)
        result = send_email_letters(db, today=TODAY, sent_by="Alex")
        assert result.sent == [refs["sian"], refs["nguyen"]]  # oldest first
        assert result.no_address == [refs["zoe"]] and not result.failed
        assert len(box.received) == 2
        got = {r.rcpt_tos[0]: r for r in box.received}
        lan = got["lan@example.org"]
        assert lan.signed_in_as == USER and lan.mail_from == "letters@riverside.example.org"
        message = lan.message
        assert message["To"] == "Nguyễn Thị Lan <lan@example.org>"
        assert message["From"] == "Riverside Care <letters@riverside.example.org>"
        assert message["Subject"] and "X-Unsent" not in message and message["Message-ID"]
        plain = message.get_body(("plain",)).get_content()
        page = message.get_body(("html",)).get_content()
        for words in ("Dear Nguyễn", "The new driver is so kind and patient."):
            assert words in plain and words in page
        pdf = next(message.iter_attachments())
        assert pdf.get_filename() == f"{refs['nguyen']}.pdf"
        from io import BytesIO
        reader = PdfReader(BytesIO(pdf.get_content()))
        assert "/StructTreeRoot" in reader.trailer["/Root"]
        assert "The new driver is so kind" in reader.pages[0].extract_text()

        rows = _sent_rows(db)
        assert rows[ids["nguyen"]] == ("email", due[ids["nguyen"]].as_text())
        assert rows[ids["sian"]][0] == "email" and ids["zoe"] not in rows
        # Sending again sends nothing: both are no longer waiting.
        again = send_email_letters(db, today=TODAY, sent_by="Alex")
        assert not again.sent and again.no_address == [refs["zoe"]]
        assert len(box.received) == 2
    assert "Sent 2 letters by email and marked them as sent" in result.lines()[0]


def test_starttls_and_ssl_tls_with_a_certificate_this_computer_trusts(
        data, memory_keyring, tmp_path, monkeypatch):
    db, refs, _path = data
    certificate = make_certificate(tmp_path)
    monkeypatch.setenv("SSL_CERT_FILE", str(certificate.cert))  # trust it, as a CA would be
    with smtp_server(security="starttls", certificate=certificate) as (box, port):
        server = _set_up(db, port, security="starttls")
        send_test(server, mail.get_password(server), "me@example.org", organisation="Riverside")
        result = send_email_letters(db, today=TODAY, person_ids=[_person_ids(db, refs)["sian"]])
        assert result.sent == [refs["sian"]]
        assert [r.over_tls for r in box.received] == [True, True]
        assert box.received[0].message["Subject"] == "A test from Participation Tracker"
    with smtp_server(security="ssl", certificate=certificate) as (box, port):
        server = _set_up(db, port, security="ssl")
        result = send_email_letters(db, today=TODAY)
        assert result.sent == [refs["nguyen"]] and box.received[0].over_tls


def test_a_certificate_nobody_vouches_for_is_refused_and_nothing_is_marked(
        data, memory_keyring, tmp_path, monkeypatch):
    db, _refs, _path = data
    certificate = make_certificate(tmp_path)
    monkeypatch.setenv("SSL_CERT_FILE", str(tmp_path / "nothing-trusted.pem"))
    with smtp_server(security="starttls", certificate=certificate) as (box, port):
        _set_up(db, port, security="starttls")
        with pytest.raises(MailError) as refused:
            send_email_letters(db, today=TODAY)
    assert refused.value.field == "host" and "certificate" in str(refused.value)
    assert not box.received and not _sent_rows(db)


def test_starttls_asked_of_a_server_without_it_names_the_security(data, memory_keyring):
    db, _refs, _path = data
    with smtp_server(security="no-starttls") as (box, port):
        server = _set_up(db, port, security="starttls")
        with pytest.raises(MailError) as refused:
            send_test(server, PASSWORD, "me@example.org")
    assert refused.value.field == "security"
    assert "does not offer STARTTLS" in str(refused.value) and not box.received


def test_a_wrong_password_sends_nothing_and_names_the_password(data, memory_keyring):
    db, _refs, _path = data
    with smtp_server() as (box, port):
        _set_up(db, port, password="not it")
        with pytest.raises(MailError) as refused:
            send_email_letters(db, today=TODAY)
    assert refused.value.field == "password"
    assert "did not accept the user name and password" in str(refused.value)
    assert "not it" not in str(refused.value)
    assert not box.received and not _sent_rows(db)


def test_a_server_that_is_down_names_the_port_and_marks_nothing(data, memory_keyring):
    db, _refs, _path = data
    _set_up(db, free_port())  # nothing listens there
    with pytest.raises(MailError) as refused:
        send_email_letters(db, today=TODAY)
    assert refused.value.field == "port" and "not taking connections" in str(refused.value)
    assert not _sent_rows(db)


def test_a_failure_part_way_keeps_those_sent_and_says_which_were_not(data, memory_keyring):
    db, refs, _path = data
    ids = _person_ids(db, refs)
    with smtp_server(Mailbox(close_after=1)) as (box, port):
        _set_up(db, port)
        result = send_email_letters(db, today=TODAY)
    assert result.sent == [refs["sian"]] and result.not_sent == [refs["nguyen"]]
    assert result.stopped and not result.all_went
    assert set(_sent_rows(db)) == {ids["sian"]}
    said = "\n".join(result.lines())
    assert f"Not sent yet (still waiting for their letter): {refs['nguyen']}." in said
    assert "Too many messages" in said or "said no (421)" in said
    with smtp_server() as (box, port):  # sending again sends only the one left
        _set_up(db, port)
        again = send_email_letters(db, today=TODAY)
    assert again.sent == [refs["nguyen"]] and len(box.received) == 1
    assert set(_sent_rows(db)) == {ids["nguyen"], ids["sian"]}


def test_an_address_the_server_refuses_is_skipped_and_the_rest_still_go(data, memory_keyring):
    db, refs, _path = data
    with smtp_server(Mailbox(refuse={"lan@example.org"})) as (box, port):
        _set_up(db, port)
        result = send_email_letters(db, today=TODAY)
    assert result.sent == [refs["sian"]] and [r for r, _ in result.failed] == [refs["nguyen"]]
    assert "check the email address" in result.failed[0][1]
    assert len(box.received) == 1 and len(_sent_rows(db)) == 1


def test_cancel_stops_before_the_next_letter(data, memory_keyring):
    db, refs, _path = data
    done: list[int] = []
    with smtp_server() as (box, port):
        _set_up(db, port)
        result = send_email_letters(db, today=TODAY, progress=lambda n, _t: done.append(n),
                                    cancelled=lambda: bool(done))
    assert result.cancelled and result.sent == [refs["sian"]]
    assert result.not_sent == [refs["nguyen"]] and len(box.received) == 1
    assert len(_sent_rows(db)) == 1


def test_sending_is_off_by_default_and_touches_no_network(data, memory_keyring, monkeypatch):
    import socket

    db, _refs, _path = data

    def no_network(*_args, **_kwargs):
        raise AssertionError("touched the network")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    with db.session_scope() as session:
        assert mail.get_mail_server(session) == MailServer()
    with pytest.raises(MailError) as off:
        send_email_letters(db, today=TODAY)
    assert off.value.field == "enabled" and "turned off" in str(off.value)


def test_the_password_is_in_the_keyring_and_nowhere_in_the_data_file(data, memory_keyring):
    db, _refs, path = data
    server = _set_up(db, 2525)
    assert memory_keyring.kept == {(mail.KEYRING_SERVICE, f"{USER}@{HOST}"): PASSWORD}
    assert mail.get_password(server) == PASSWORD
    db.dispose()
    for file in path.parent.iterdir():
        assert PASSWORD.encode() not in file.read_bytes()
    mail.forget_password(server)
    assert mail.get_password(server) == "" and not memory_keyring.kept


def test_with_no_keyring_it_says_so_and_keeps_the_password_only_in_memory(data, monkeypatch):
    db, _refs, path = data
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        assert not mail.keyring_available()
        server = MailServer(enabled=True, host=HOST, port=2525, username=USER)
        assert mail.set_password(server, PASSWORD) is False
        assert mail.get_password(server) == PASSWORD  # for this run only
        assert "no safe place to keep passwords" in mail.NO_KEYRING
    finally:
        keyring.set_keyring(before)
        mail._for_now.clear()
    db.dispose()
    for file in path.parent.iterdir():
        assert PASSWORD.encode() not in file.read_bytes()


def test_settings_name_the_field_to_fix():
    with pytest.raises(Exception) as bad:
        mail.check_mail_server(MailServer(enabled=True, host=""))
    assert bad.value.field == "host"
    with pytest.raises(Exception) as bad:
        mail.check_mail_server(MailServer(enabled=True, host="smtp.example.org", port=0))
    assert bad.value.field == "port"
    with pytest.raises(Exception) as bad:
        mail.check_mail_server(MailServer(enabled=True, host="smtp.example.org",
                                          sender="not an address"))
    assert bad.value.field == "sender"


def test_the_command_line_sends_the_emails_then_writes_the_rest(data, memory_keyring,
                                                                tmp_path, capsys):
    db, refs, path = data
    with smtp_server() as (box, port):
        _set_up(db, port)
        db.dispose()
        out = tmp_path / "out.pdf"
        code = run(["--db", str(path), "letters", "--due", "--out", str(out), "--send-email"])
        said = capsys.readouterr().out
        assert code == 0, said
        assert len(box.received) == 2
        assert "Sent 2 letters by email and marked them as sent" in said
        assert f"No email address for {refs['zoe']}" in said
        # the printed batch holds the rest: Zoë's letter (and her .eml), not the two sent
        assert "Wrote 4 letters to out.pdf." in said
        assert {p.name for p in tmp_path.glob("*.eml")} == {f"{refs['zoe']}.eml"}


def test_the_command_line_stops_before_printing_when_the_server_says_no(
        data, memory_keyring, tmp_path, capsys):
    db, _refs, path = data
    with smtp_server() as (box, port):
        _set_up(db, port, password="not it")
        db.dispose()
        out = tmp_path / "out.pdf"
        code = run(["--db", str(path), "letters", "--due", "--out", str(out), "--send-email"])
    said = capsys.readouterr()
    assert code == 1 and not out.exists() and not box.received
    assert "did not accept the user name and password" in said.err
    assert "Traceback" not in said.err + said.out


def test_a_server_that_never_answers_times_out_and_names_the_port(data, memory_keyring):
    import socket

    db, _refs, _path = data
    with socket.socket() as silent:  # takes the connection, then says nothing
        silent.bind((HOST, 0))
        silent.listen(1)
        server = _set_up(db, silent.getsockname()[1])
        with pytest.raises(MailError) as late:
            send_test(server, PASSWORD, "me@example.org", timeout=0.5)
    assert late.value.field == "port" and "took too long to answer" in str(late.value)


def test_a_server_name_that_cannot_be_found_names_the_server_name():
    import socket

    from partapp.services.feedback.mail_send import _problem

    # What the resolver raises for a name that does not exist (no lookup is made here).
    error = _problem(socket.gaierror(socket.EAI_NONAME, "Name or service not known"),
                     MailServer(enabled=True, host="smtp.nowhere.example", port=587))
    assert error.field == "host"
    assert str(error) == ("No mail server called smtp.nowhere.example could be found. Please "
                          "check the Server name, and that this computer is online.")
