"""A PostgreSQL server of the test's own, started and stopped by the test (so a test can stop
it in the middle of a save, or restart it), with a password (scram-sha-256) for the
wrong-password tests. Skipped, saying why, where PostgreSQL's initdb is not installed."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

PASSWORD = "river-7-otter"
USER = "partapp"
TLS_USER = "tlsonly"  # may connect only with TLS (when openssl could make a certificate)


def _offer_tls(server: OwnServer) -> None:
    """TLS with a certificate of its own (signed by nobody), required of TLS_USER."""
    if shutil.which("openssl") is None:
        return
    cert, key = server.data / "server.crt", server.data / "server.key"
    made = subprocess.run(["openssl", "req", "-new", "-x509", "-days", "2", "-nodes", "-subj",
                           "/CN=127.0.0.1", "-newkey", "rsa:2048", "-keyout", str(key),
                           "-out", str(cert)], capture_output=True, timeout=60)
    if made.returncode != 0:
        return
    key.chmod(0o600)
    if server.as_postgres:
        shutil.chown(cert, "postgres")
        shutil.chown(key, "postgres")
    with open(server.data / "postgresql.conf", "a", encoding="utf-8") as conf:
        conf.write("ssl = on\n")
    hba = server.data / "pg_hba.conf"
    hba.write_text(f"hostnossl all {TLS_USER} 0.0.0.0/0 reject\n" + hba.read_text())
    server.tls = True


def _bin_dir() -> Path | None:
    found = shutil.which("initdb")
    if found:
        return Path(found).resolve().parent  # psql and pg_ctl sit beside the real initdb
    dirs = sorted(glob.glob("/usr/lib/postgresql/*/bin"),
                  key=lambda d: int(d.split("/")[-2]) if d.split("/")[-2].isdigit() else 0)
    return Path(dirs[-1]) if dirs and (Path(dirs[-1]) / "initdb").exists() else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class OwnServer:
    bin: Path
    folder: Path
    port: int
    as_postgres: bool
    tls: bool = False

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        command = [str(self.bin / args[0]), *args[1:]]
        if self.as_postgres:  # initdb and postgres refuse to run as root
            command = ["runuser", "-u", "postgres", "--", *command]
        done = subprocess.run(command, capture_output=True, text=True, timeout=60)
        if check and done.returncode != 0:
            raise RuntimeError(f"{args[0]} failed: {done.stderr.strip()}")
        return done

    @property
    def data(self) -> Path:
        return self.folder / "data"

    def url(self, *, password: str | None = None, user: str = USER,
            database: str = "partapp") -> str:
        who = f"{user}:{password}" if password is not None else user
        return f"postgresql+psycopg://{who}@127.0.0.1:{self.port}/{database}"

    def start(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-w", "-l", str(self.folder / "log"),
                  "-o", f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 "
                        "-c fsync=off -c max_connections=8", "start")

    def stop(self, mode: str = "fast") -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop", check=False)

    def sql(self, statement: str) -> None:
        self._run("psql", "-h", str(self.folder), "-p", str(self.port), "-U", "postgres",
                  "-d", "postgres", "-v", "ON_ERROR_STOP=1", "-c", statement)


@contextmanager
def own_server() -> Iterator[OwnServer]:
    """A fresh server on a free port, with user ``partapp`` (password PASSWORD) owning an
    empty database ``partapp``; local socket connections (for setting up) are trusted."""
    bin_dir = _bin_dir()
    if bin_dir is None:
        pytest.skip("PostgreSQL's initdb is not installed here, so a server of the test's own "
                    "cannot be started")
    as_postgres = os.geteuid() == 0
    folder = Path(tempfile.mkdtemp(prefix="partapp-own-pg-"))
    if as_postgres:
        shutil.chown(folder, "postgres")
    server = OwnServer(bin_dir, folder, _free_port(), as_postgres)
    try:
        server._run("initdb", "-D", str(server.data), "-U", "postgres", "-E", "UTF8",
                    "--auth-local=trust", "--auth-host=scram-sha-256")
        _offer_tls(server)
        server.start()
        server.sql(f"CREATE USER {USER} PASSWORD '{PASSWORD}'")
        server.sql(f"CREATE USER {TLS_USER} PASSWORD '{PASSWORD}'")
        server.sql(f"CREATE DATABASE partapp OWNER {USER}")
        server.sql(f"CREATE DATABASE {TLS_USER} OWNER {TLS_USER}")
        yield server
    finally:
        server.stop("immediate")
        shutil.rmtree(folder, ignore_errors=True)
