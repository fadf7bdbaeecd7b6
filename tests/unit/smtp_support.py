"""A real SMTP server on this machine's loopback address for the email tests (aiosmtpd), a
self-signed certificate made in the test, and a real in-memory keyring backend.

The server keeps every message it is given, as Python's email parser reads it, with what the
session looked like (signed in as whom, over TLS or not). Only 127.0.0.1 is ever used.
"""

from __future__ import annotations

import datetime
import email
import ipaddress
import socket
import ssl
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage
from pathlib import Path

import keyring.backend
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

HOST = "127.0.0.1"
USER, PASSWORD = "office@riverside.example.org", "correct horse battery staple"


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring that keeps passwords in a dictionary, for the tests."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        from keyring.errors import PasswordDeleteError

        if self.kept.pop((service, username), None) is None:
            raise PasswordDeleteError("not kept")


@dataclass
class Received:
    message: EmailMessage
    mail_from: str
    rcpt_tos: list[str]
    signed_in_as: str
    over_tls: bool


@dataclass
class Mailbox:
    """The handler: keeps each message; refuses the addresses in ``refuse``, and says "421"
    to every message after the first ``close_after``."""

    received: list[Received] = field(default_factory=list)
    refuse: set[str] = field(default_factory=set)
    close_after: int | None = None

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refuse:
            return "550 5.1.1 No such user here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.close_after is not None and len(self.received) >= self.close_after:
            return "421 4.7.0 Too many messages, closing"
        login = session.auth_data.login.decode() if isinstance(
            session.auth_data, LoginPassword) else ""
        self.received.append(Received(
            email.message_from_bytes(envelope.original_content, policy=policy.default),
            envelope.mail_from, list(envelope.rcpt_tos), login,
            server.transport.get_extra_info("ssl_object") is not None))
        return "250 Message accepted"


def _check_login(server, session, envelope, mechanism, auth_data) -> AuthResult:
    ok = (isinstance(auth_data, LoginPassword) and auth_data.login.decode() == USER
          and auth_data.password.decode() == PASSWORD)
    return AuthResult(success=ok, handled=False, auth_data=auth_data)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


@dataclass(frozen=True)
class Certificate:
    cert: Path
    key: Path

    def server_context(self) -> ssl.SSLContext:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(self.cert, self.key)
        return context


def make_certificate(folder: Path) -> Certificate:
    """A self-signed certificate for 127.0.0.1 and localhost, valid for a day."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(minutes=5))
            .not_valid_after(now + datetime.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([
                x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address(HOST))]),
                critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    paths = Certificate(folder / "server.pem", folder / "server.key")
    paths.cert.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    paths.key.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                            serialization.PrivateFormat.PKCS8,
                                            serialization.NoEncryption()))
    return paths


@contextmanager
def smtp_server(mailbox: Mailbox | None = None, *, security: str = "none",
                certificate: Certificate | None = None,
                auth: bool = True) -> Iterator[tuple[Mailbox, int]]:
    """A running server on 127.0.0.1: ``security`` "none" (plain, AUTH allowed without TLS),
    "starttls" (STARTTLS required before AUTH), "ssl" (TLS from the start), or "no-starttls"
    (plain, offering no STARTTLS)."""
    box = mailbox or Mailbox()
    port = free_port()
    options: dict = {"authenticator": _check_login, "auth_required": auth,
                     "auth_require_tls": security == "starttls"} if auth else {}
    if security == "starttls":
        assert certificate is not None
        options.update(tls_context=certificate.server_context(), require_starttls=True)
    elif security == "ssl":
        assert certificate is not None
        options.update(ssl_context=certificate.server_context())
    controller = Controller(box, hostname=HOST, port=port, **options)
    controller.start()
    try:
        yield box, port
    finally:
        controller.stop()
