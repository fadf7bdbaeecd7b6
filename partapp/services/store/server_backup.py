"""Backups, restores and checks of a database on a PostgreSQL server, through its own tools.

The same promises as for a data file (services/store/backup.py): a backup is checked before
it counts as good (it is written under a temporary name, then read back in full with
``pg_restore``); a restore checks the backup first and keeps a checked copy of the live data
before anything is replaced, and replaces it all in one transaction (all or nothing). The
file-only parts (the lock file, WAL, SQLite's integrity check) are not run on a server.

``pg_dump`` and ``pg_restore`` are found in the folder named by the ``PARTAPP_PG_TOOLS``
environment variable or the ``pg_tools_folder`` setting, then on the PATH, then where the
PostgreSQL installers put them. The password is handed to them in their environment, never
on the command line (others on the computer could see it).
"""

from __future__ import annotations

import glob
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import inspect, make_url, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import SQLAlchemyError

from ...migrations import REVISIONS
from ..errors import DatabaseError, PartappError
from ..files.output_files import check_target
from ..files.paths import data_dir
from ..words import counted, joined, said, term
from . import connection

ENV_TOOLS = "PARTAPP_PG_TOOLS"
TOOLS_SETTING = "pg_tools_folder"
SUFFIX = ".dump"
_STAMP = "%Y-%m-%d-%H%M%S"
# Tables every Participation Tracker database has: a backup without them is not one of ours.
_OURS = ("alembic_version", "person", "suggestion", "organisation")
_SEARCH = ("/usr/lib/postgresql/*/bin", "/usr/pgsql-*/bin", "/opt/homebrew/opt/postgresql*/bin",
           "/usr/local/opt/postgresql*/bin", "/Applications/Postgres.app/Contents/Versions/*/bin",
           r"C:\Program Files\PostgreSQL\*\bin")


@dataclass(frozen=True)
class ServerBackup:
    path: Path
    size: int
    revision: str


def _libpq(url: str) -> tuple[str, dict[str, str]]:
    """The database URL as pg_dump reads it, and the environment holding its password."""
    parsed = make_url(url)
    env = dict(os.environ)
    password = connection.server_password(parsed)  # the address's, or the keyring's
    if password:
        env["PGPASSWORD"] = password
    plain = URL.create("postgresql", username=parsed.username, host=parsed.host,
                       port=parsed.port, database=parsed.database, query=parsed.query)
    return plain.render_as_string(hide_password=False), env


def _named_folder(url: str | None) -> str:
    folder = os.environ.get(ENV_TOOLS, "").strip()
    if folder or url is None:
        return folder
    try:
        engine = connection.server_engine(url)
        try:
            with engine.connect() as conn:
                if inspect(conn).has_table("app_setting"):
                    return conn.execute(text("SELECT value FROM app_setting WHERE key = :k"),
                                        {"k": TOOLS_SETTING}).scalar() or ""
        finally:
            engine.dispose()
    except SQLAlchemyError:
        return ""
    return ""


def find_tool(name: str, url: str | None = None) -> Path:
    """Where ``pg_dump`` or ``pg_restore`` is, or a plain message saying how to name it."""
    exe = name + (".exe" if sys.platform == "win32" else "")
    named = _named_folder(url)
    if named:
        found = Path(named).expanduser() / exe
        if found.is_file():
            return found
        raise PartappError(said("{exe} is not in the folder {named}, named in {env_tools} or "
                                "the {tools_setting} setting. Please name the folder that "
                                "holds the PostgreSQL tools (its bin folder).", exe=exe,
                                named=named, env_tools=ENV_TOOLS, tools_setting=TOOLS_SETTING))
    on_path = shutil.which(exe)
    if on_path:
        return Path(on_path)
    candidates = sorted((Path(p) / exe for pattern in _SEARCH for p in glob.glob(pattern)),
                        key=lambda p: _major(p.parent.as_posix()), reverse=True)
    for found in candidates:
        if found.is_file():
            return found
    raise PartappError(said("{exe} was not found on this computer. Backups of a server "
                            "database are made with the PostgreSQL client tools: install them "
                            "(the same version as the server, or newer), or set {env_tools} "
                            "to the folder that holds them.", exe=exe, env_tools=ENV_TOOLS))


def _major(text_: str) -> int:
    found = re.findall(r"(\d+)", text_)
    return int(found[0]) if found else 0


def _run(args: list[str], env: dict[str, str] | None = None, *,
         what: str) -> subprocess.CompletedProcess[str]:
    try:
        result = subprocess.run(args, env=env, capture_output=True, text=True, timeout=3600,
                                check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise PartappError(said("Could not run {name} to {what} ({exc}).",
                                name=Path(args[0]).name, what=term(what), exc=exc)) from exc
    if result.returncode != 0:
        raise PartappError(_tool_message(Path(args[0]).name, what, result.stderr))
    return result


def _tool_message(tool: str, what: str, stderr: str) -> str:
    """What went wrong, in plain words, with the tool's own first line for support."""
    lines = [line.strip() for line in stderr.splitlines() if line.strip()]
    first = lines[0][:200] if lines else term("no reason given")
    low = stderr.lower()
    if "server version mismatch" in low or "unsupported version" in low:
        hint = said("The PostgreSQL tools on this computer are older than the server (or than "
                    "the tools that made the backup). Please install the newer ones.")
    elif "password authentication failed" in low or "no password supplied" in low:
        hint = said("The server did not accept the user name or password in the database "
                    "address.")
    elif "could not connect" in low or "connection refused" in low or "timeout" in low:
        hint = said("The server could not be reached. Check it is running and this computer "
                    "is online.")
    elif "permission denied" in low or "must be owner" in low:
        hint = said("The server's user in the database address is not allowed to do this.")
    else:
        hint = said("Nothing was changed.")
    return said("Could not {what}. {hint} ({tool}: {first})", what=term(what), hint=hint,
                tool=tool, first=first)


def _server_name(url: str) -> str:
    return make_url(url).database or "database"


def default_name(url: str, when: datetime | None = None, kind: str = "backup") -> str:
    return f"{_server_name(url)}-{kind}-{(when or datetime.now()).strftime(_STAMP)}{SUFFIX}"


def server_backup_folder() -> Path:
    """Where server backups go unless told: a folder in this computer's data folder."""
    return data_dir() / "server-backups"


def check_backup(path: Path, url: str | None = None) -> str:
    """Read a pg_dump backup in full and return the version of the data in it.

    Refuses (``DatabaseError``, nothing changed) a file that is not a pg_dump custom-format
    backup of a Participation Tracker database, one cut short, or one from a newer version.
    """
    path = Path(path).expanduser()
    if not path.is_file():
        raise PartappError(said("There is no backup file at {path}.", path=path))
    restore = str(find_tool("pg_restore", url))
    try:
        listing = _run([restore, "--list", str(path)], what="read the backup").stdout
        _run([restore, "--file", os.devnull, str(path)], what="read the backup")
    except PartappError as exc:
        raise DatabaseError(said("The backup {name} cannot be used: it is not a complete "
                                 "server backup. Nothing was changed. ({exc})", name=path.name,
                                 exc=exc)) from exc
    tables = set(re.findall(r"TABLE DATA \S+ (\S+) ", listing))
    missing = [t for t in _OURS if t not in tables]
    if missing:
        raise DatabaseError(said("The backup {name} is not a Participation Tracker backup (it "
                                 "has no {missing} table). Nothing was changed.", name=path.name,
                                 missing=missing[0]))
    data = _run([restore, "--data-only", "--table", "alembic_version", "--file", "-", str(path)],
                what="read the backup").stdout
    revision = _revision_in(data)
    if revision not in REVISIONS:
        raise DatabaseError(said("The backup {name} was made by a newer version of "
                                 "Participation Tracker. Please install the newer version to "
                                 "restore it. Nothing was changed.", name=path.name))
    return revision


def _revision_in(script: str) -> str:
    """The alembic_version row in a pg_restore script (the line after its COPY)."""
    lines = script.splitlines()
    for index, line in enumerate(lines):
        if line.startswith("COPY ") and "alembic_version" in line and index + 1 < len(lines):
            return lines[index + 1].strip()
    return ""


def backup_server(url: str, out: Path | None = None, *, when: datetime | None = None,
                  kind: str = "backup") -> ServerBackup:
    """``pg_dump`` the server database into one file (custom format), checked before it gets
    its name. ``out`` may be a folder or a file name."""
    name = default_name(url, when, kind)
    if out is None:
        dest = server_backup_folder() / name
    else:
        out = Path(out).expanduser()
        dest = out / name if out.is_dir() or not out.suffix else out
    if out is None or dest.name == name:
        dest = _free_name(dest)  # never over another backup made in the same second
    check_target(dest, what="the backup", allow_backup=True)
    dump = str(find_tool("pg_dump", url))
    conninfo, env = _libpq(url)
    tmp = dest.with_name(dest.name + ".partial")
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise PartappError(said("Cannot make the folder {parent} ({strerror}). Choose another "
                                "place for the backup.", parent=dest.parent,
                                strerror=exc.strerror)) from exc
    try:
        _run([dump, "--format=custom", "--no-owner", "--no-privileges", "--file", str(tmp),
              "--dbname", conninfo], env, what="back up the server database")
        revision = check_backup(tmp, url)
        os.replace(tmp, dest)
    finally:
        tmp.unlink(missing_ok=True)
    return ServerBackup(dest, dest.stat().st_size, revision)


def _free_name(dest: Path) -> Path:
    count, found = 1, dest
    while found.exists() or found.with_name(found.name + ".partial").exists():
        count += 1
        found = dest.with_name(f"{dest.stem}-{count}{dest.suffix}")
    return found


def restore_server(url: str, source: Path, *, when: datetime | None = None) -> Path:
    """Replace the server database's contents with a backup made by ``backup_server``.

    The backup is read in full first; then a checked copy of what is there now is made
    (returned); then the backup goes in as one transaction, so a failure leaves the live data
    as it was.
    """
    source = Path(source).expanduser()
    revision = check_backup(source, url)
    safety = backup_server(url, when=when, kind="before-restore")
    restore = str(find_tool("pg_restore", url))
    conninfo, env = _libpq(url)
    _run([restore, "--clean", "--if-exists", "--no-owner", "--no-privileges",
          "--single-transaction", "--exit-on-error", "--dbname", conninfo, str(source)], env,
         what="restore the backup (the server database was not changed)")
    found = _current_revision(url)
    if found != revision:
        raise DatabaseError(said("The restore did not finish as it should. The copy made "
                                 "before it is {path}.", path=safety.path))
    return safety.path


def _current_revision(url: str) -> str | None:
    engine = connection.server_engine(url)
    try:
        with engine.connect() as conn:
            if not inspect(conn).has_table("alembic_version"):
                return None
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    finally:
        engine.dispose()


def other_connections(url: str) -> int:
    """How many other connections to this database are open now (other offices' apps)."""
    engine = connection.server_engine(url)
    try:
        with engine.connect() as conn:
            return conn.execute(text(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                "AND pid <> pg_backend_pid()")).scalar() or 0
    except SQLAlchemyError:
        return 0
    finally:
        engine.dispose()


def check_server(url: str) -> tuple[bool, str]:
    """What can be checked from here: the server answers, the data is at a version this app
    knows, and its tables can be read in full. Says plainly what only the server can check.
    A server that cannot be reached raises ``connection.ServerConnectionError``."""
    from ...models import Base

    engine = connection.server_engine(url)
    try:
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            if "alembic_version" not in tables:
                return False, said("This server database was not made by Participation Tracker "
                                   "(it has no version table).")
            revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            if revision not in REVISIONS:
                return False, said("This server database was made by a newer version of "
                                   "Participation Tracker. Please install the newer version.")
            counts: dict[str, int] = {}
            for table in Base.metadata.sorted_tables:
                if table.name in tables:
                    counts[table.name] = conn.execute(
                        text(f'SELECT count(*) FROM "{table.name}"')).scalar() or 0
            checksums = conn.execute(text("SHOW data_checksums")).scalar()
    except SQLAlchemyError as exc:
        if (lost := connection.server_message(exc, make_url(url))) is not None:
            raise lost from exc  # the server cannot be reached: said as for any command
        return False, said("Could not check the server database: it did not answer as it "
                           "should. ({kind})", kind=type(getattr(exc, "orig", None) or exc).__name__)
    finally:
        engine.dispose()
    parts = [said("The server database answers and every table can be read: {people}, "
                  "{suggestions}, {feedback}.",
                  people=counted(counts.get("person", 0), "{n:,} person", "{n:,} people"),
                  suggestions=counted(counts.get("suggestion", 0), "{n:,} suggestion",
                                      "{n:,} suggestions"),
                  feedback=counted(counts.get("feedback", 0), "{n:,} letter or call",
                                   "{n:,} letters and calls"))]
    if revision != REVISIONS[-1]:
        parts.append(said("It will be upgraded when the app opens it."))
    parts.append(said("The checks made on a data file (SQLite's integrity check, the lock file) "
                      "are not run on a server: the server looks after its own storage."))
    parts.append(said("The server checks each page it reads (data checksums are on).")
                 if checksums == "on" else
                 said("Data checksums are off on this server, so damage on its disk would only "
                      "show when the data is read: ask whoever runs the server about them, and "
                      "keep regular backups (partapp backup)."))
    return True, joined(parts)

