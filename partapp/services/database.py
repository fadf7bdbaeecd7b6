"""Opening the store: engine, sessions, migrations on open (with a backup first).

The default store is one SQLite file (WAL, foreign keys on); a database URL such as
``postgresql+psycopg://user@host/db`` runs the same code against PostgreSQL.
"""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Iterator

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from ..models import Base
from .errors import DatabaseError, DatabaseTooNewError
from .paths import is_url

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_engine(target: str) -> Engine:
    """An engine for a file path or a database URL, with SQLite pragmas on every connection."""
    url = target if is_url(target) else f"sqlite:///{Path(target).expanduser()}"
    engine = create_engine(url, future=True)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def known_revisions() -> set[str]:
    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


@dataclass
class Database:
    """An open store: where it is, its engine and a session factory."""

    target: str
    engine: Engine
    _factory: sessionmaker[Session]

    @property
    def path(self) -> Path | None:
        """The SQLite file, or None for a server database."""
        if self.engine.dialect.name == "sqlite" and self.engine.url.database:
            return Path(self.engine.url.database)
        return None

    @property
    def display_name(self) -> str:
        if self.path is not None:
            return str(self.path)
        return self.engine.url.render_as_string(hide_password=True)

    def session(self) -> Session:
        return self._factory()

    @contextmanager
    def session_scope(self) -> Iterator[Session]:
        """One unit of work: commit if the block succeeds, roll back if anything goes wrong."""
        session = self._factory()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()


def _current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def sqlite_copy(source: Path, dest: Path) -> Path:
    """Copy a SQLite database safely, even while it is open, with SQLite's online backup API."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        out = sqlite3.connect(dest)
        try:
            src.backup(out)
        finally:
            out.close()
    finally:
        src.close()
    return dest


def _backup_before_upgrade(path: Path, revision: str | None) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    dest = path.with_name(f"{path.stem}.before-upgrade-{revision or 'none'}-{stamp}{path.suffix}")
    return sqlite_copy(path, dest)


def _check_is_database(path: Path) -> None:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(
            f"The file {path} is not a Participation Tracker data file, or it is damaged. "
            "Choose another file, or restore a backup.") from exc


def create_schema(engine: Engine) -> None:
    """A brand-new database: create every table, then mark it as at the newest version."""
    Base.metadata.create_all(engine)
    with engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.stamp(cfg, "head")


def upgrade_schema(engine: Engine) -> None:
    with engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        command.upgrade(cfg, "head")
    if engine.dialect.name == "sqlite":
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA foreign_keys=ON")


def open_database(target: str, *, create: bool = True) -> Database:
    """Open (and if needed create or upgrade) the database at ``target``.

    A new SQLite file is created with its folder. An older database is backed up beside itself,
    then upgraded. A database made by a newer version of the app is refused.
    """
    from .setup import seed_defaults  # local import: setup uses this module's Database

    path: Path | None = None
    if not is_url(target):
        path = Path(target).expanduser()
        if path.is_dir():
            raise DatabaseError(f"{path} is a folder. Give the name of a data file instead.")
        if not path.exists():
            if not create:
                raise DatabaseError(f"There is no data file at {path}. Check the name and try again.")
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise DatabaseError(f"Cannot make the folder {path.parent}: {exc.strerror}.") from exc
        elif path.stat().st_size > 0:
            _check_is_database(path)
    engine = make_engine(str(path) if path is not None else target)
    try:
        tables = set(inspect(engine).get_table_names())
        if not tables:
            create_schema(engine)
        else:
            current = _current_revision(engine)
            if current is None and tables == {"alembic_version"}:
                # Every migration was undone: build the schema again through the migrations.
                if path is not None:
                    _backup_before_upgrade(path, current)
                upgrade_schema(engine)
            elif current is None:
                raise DatabaseError(
                    "This database was not made by Participation Tracker. Choose another file.")
            elif current not in known_revisions():
                raise DatabaseTooNewError(
                    "This data file was made by a newer version of Participation Tracker. "
                    "Please install the newer version to open it. Nothing in the file was changed.")
            elif current != head_revision():
                if path is not None:
                    _backup_before_upgrade(path, current)
                upgrade_schema(engine)
        db = Database(target=target, engine=engine,
                      _factory=sessionmaker(engine, expire_on_commit=False))
        with db.session_scope() as session:
            seed_defaults(session)
        return db
    except (OperationalError, SADatabaseError) as exc:
        engine.dispose()
        raise DatabaseError(
            f"Cannot open the data file {target}. It may be damaged, or another program "
            "may be using it. Try again, or restore a backup.") from exc
    except BaseException:
        engine.dispose()
        raise
