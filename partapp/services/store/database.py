"""Opening the store: engine, sessions, migrations on open (with a backup first).

The default store is one SQLite file (WAL, foreign keys on); a database URL such as
``postgresql+psycopg://user@host/db`` runs the same code against PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError
from sqlalchemy.pool import QueuePool

from ...models import Base
from .. import office_filter, text_fold
from ..errors import DatabaseError, DatabaseTooNewError, saved_at_the_same_moment
from ..files import file_kinds, output_files
from ..files.paths import is_url
from ..words import said
from . import connection, encryption, integrity
from .copying import sqlite_copy
from .lock import FileLock, network_drive_warning
from .lock import acquire as acquire_lock
from .refusal import refusal_message
from .revisions import alembic_config, head_revision, known_revisions


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    text_fold.register(dbapi_connection)  # search ignores accents (services/text_fold.py)
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_engine(target: str, *, passphrase: str | None = None) -> Engine:
    """An engine for a file path or a database URL, with SQLite pragmas on every connection.

    With a ``passphrase`` the file is opened through SQLCipher (the key is set first thing on
    every connection); ``sqlite://`` plus a ``creator`` is the route that works.
    """
    if passphrase is not None and not is_url(target):
        path = Path(target).expanduser()
        engine = create_engine(
            "sqlite://", future=True, poolclass=QueuePool,
            module=encryption.sqlcipher_module(),
            creator=lambda: encryption.connect(path, passphrase, check_same_thread=False))
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    if is_url(target) and not target.startswith("sqlite"):  # a server: services/store/connection.py
        return connection.server_engine(target)
    url = target if is_url(target) else f"sqlite:///{Path(target).expanduser()}"
    engine = create_engine(url, future=True)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


@dataclass
class Database:
    """An open store: where it is, its engine and a session factory.

    ``user`` is the signed-in staff user (``auth.SignedInUser``), or None while sign-in is off
    or nobody has signed in; every session carries it in ``session.info["user"]`` so that the
    services can check roles. ``warnings`` are plain sentences to show once (network drive).
    """

    target: str
    engine: Engine
    _factory: sessionmaker[Session]
    passphrase: str | None = field(default=None, repr=False)
    file_path: Path | None = None
    lock: FileLock | None = field(default=None, repr=False)
    warnings: tuple[str, ...] = ()
    user: Any = None
    actor: str | None = None  # who works on it when nobody signs in (audit.actor)
    # The offices every session reads (None: all of them), services/office_filter.py.
    offices: office_filter.Offices = None

    @property
    def path(self) -> Path | None:
        """The SQLite file, or None for a server database."""
        if self.file_path is not None:
            return self.file_path
        if self.engine.dialect.name == "sqlite" and self.engine.url.database:
            return Path(self.engine.url.database)
        return None

    @property
    def acting_name(self) -> str | None:
        """Who is working on it: the signed-in user's name, else ``actor`` (None: the audit
        trail then names the computer's user)."""
        return getattr(self.user, "username", None) or self.actor

    @property
    def display_name(self) -> str:
        if self.path is not None:
            return str(self.path)
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def encrypted(self) -> bool:
        return self.passphrase is not None

    def session(self) -> Session:
        session = self._factory()
        session.info["user"] = self.user
        session.info["actor"] = self.actor
        session.info["db_path"] = self.path
        session.info["offices"] = self.offices
        return session

    def set_user(self, user: Any) -> None:
        """Who is signed in (None to sign out): their role is checked by the services, and
        they see their own offices (services/access/office_scope.py)."""
        from ..access.office_scope import starting_offices

        self.user = user
        self.offices = None
        with self.session_scope() as session:
            self.offices = starting_offices(session, user)
        if self.lock is not None and user is not None:
            self.lock.set_user(user.display_name)

    @contextmanager
    def session_scope(self) -> Iterator[Session]:
        """One unit of work: commit if the block succeeds, roll back if anything goes wrong."""
        session = self.session()
        try:
            yield session
            session.commit()
        except (OperationalError, SADatabaseError) as exc:
            session.rollback()
            if self.engine.dialect.name != "sqlite" and (
                    lost := connection.server_message(exc, self.engine.url)):
                raise lost from exc
            message = file_kinds.storage_message(exc, self.path)
            if message is None:
                raise
            raise DatabaseError(message) from exc
        except StaleDataError as exc:  # a record saved by someone else meanwhile (its version)
            session.rollback()
            raise saved_at_the_same_moment() from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()
            self.lock = None


def _current_revision(engine: Engine) -> str | None:
    """The migration the database is at (None if it has none), read as Alembic stores it."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        versions = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    if len(versions) > 1:
        raise DatabaseError(said("This data file is marked with more than one version. Choose "
                                 "another file or restore a backup."))
    return versions[0] if versions else None


def _backup_before_upgrade(path: Path, revision: str | None,
                           passphrase: str | None = None) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    dest = path.with_name(f"{path.stem}.before-upgrade-{revision or 'none'}-{stamp}{path.suffix}")
    return sqlite_copy(path, dest, passphrase=passphrase)


def create_schema(engine: Engine) -> None:
    """A brand-new database: create every table, then mark it as at the newest version."""
    from alembic import command

    Base.metadata.create_all(engine)
    with engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.stamp(cfg, "head")


def upgrade_schema(engine: Engine) -> None:
    from alembic import command

    with engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        command.upgrade(cfg, "head")
    if engine.dialect.name == "sqlite":
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA foreign_keys=ON")


def _check_before_open(path: Path, passphrase: str | None, today: date, *,
                       create: bool) -> bool:
    """Refuse a damaged file, a file that is not a data file, or one from a newer version.

    Runs quick_check, and integrity_check unless the file is unchanged since its last full
    check (``integrity.check_at_open``); the file is only read. A database with no tables at
    all is made into a data file only when ``create`` (``init``, the first-run screen).
    Returns whether the full check ran.
    """
    diagnosis, full = integrity.check_at_open(path, passphrase=passphrase, today=today)
    if diagnosis.kind == integrity.EMPTY_DATABASE and create:
        return True
    if diagnosis.kind == integrity.NEEDS_PASSPHRASE:
        raise encryption.PassphraseNeededError(diagnosis.message)
    if diagnosis.kind == integrity.WRONG_PASSPHRASE:
        raise encryption.WrongPassphraseError(diagnosis.message)
    if diagnosis.kind == integrity.TOO_NEW:
        raise DatabaseTooNewError(refusal_message(path, diagnosis,
                                                            passphrase=passphrase))
    if diagnosis.kind in (*integrity.REFUSED, integrity.EMPTY_DATABASE, integrity.MISSING):
        raise integrity.DamagedDatabaseError(
            refusal_message(path, diagnosis, passphrase=passphrase))
    return full


def _refuse_unusable(path: Path, passphrase: str | None) -> None:
    """Before any lock file or SQLite connection: refuse, untouched, a file that is plainly not
    a data file (empty, zeros, a PDF...), or one that cannot be changed where it is."""
    try:
        plain = file_kinds.describe_bytes(path)
    except OSError as exc:
        raise DatabaseError(file_kinds.storage_message(exc, path)
                            or file_kinds.unreachable_message(path)) from exc
    if plain is not None:
        raise integrity.DamagedDatabaseError(refusal_message(
            path, integrity.Diagnosis(*plain), passphrase=passphrase))
    problem = file_kinds.access_problem(path)
    if problem is not None:
        raise DatabaseError(problem)


def open_database(target: str, *, create: bool = True, passphrase: str | None = None,
                  lock: bool = True, force: bool = False, user_name: str | None = None,
                  today: date | None = None) -> Database:
    """Open (and if needed create or upgrade) the database at ``target``.

    Only with ``create`` (``init``, the first-run screen) is a new SQLite file made, with its
    folder (encrypted when a ``passphrase`` is given). An existing file is checked first and
    refused, untouched, when it is empty, zeros, damaged, not a data file (another program's
    database too), or made by a newer version; and with a plain message when it cannot be
    changed (read-only file or folder, full disk, drive not connected). An older database is backed up beside itself, then
    upgraded. ``lock`` takes the lock file beside the data file (``force`` takes over a lock
    someone else holds, once the user has been told who); ``today`` is for tests.
    """
    from .setup import seed_defaults  # local import: setup uses this module's Database

    path: Path | None = None
    file_lock: FileLock | None = None
    warnings: list[str] = []
    if not is_url(target):
        path = Path(target).expanduser()
        output_files.protect_data_file(path)  # no letter or report may be written over it
        if path.is_dir():
            raise DatabaseError(said("{path} is a folder. Give the name of a data file "
                                     "instead.", path=path))
        if not path.exists():
            if not create:
                raise DatabaseError(file_kinds.missing_message(path))
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise DatabaseError(said("Cannot make the folder {parent}: {strerror}.",
                                         parent=path.parent, strerror=exc.strerror)) from exc
        else:
            _refuse_unusable(path, passphrase)
            if passphrase is not None and encryption.is_plain_sqlite(path):
                passphrase = None  # a plain file: no key to apply
        if lock:
            file_lock = acquire_lock(path, user=user_name, force=force)
        try:
            if path.exists():
                _check_before_open(path, passphrase, today or date.today(), create=create)
            warning = network_drive_warning(path)
            if warning:
                warnings.append(warning)
        except BaseException:
            if file_lock is not None:
                file_lock.release()
            raise
    else:
        passphrase = None
    try:
        engine = make_engine(str(path) if path is not None else target, passphrase=passphrase)
    except BaseException:
        if file_lock is not None:
            file_lock.release()
        raise
    try:
        tables = set(inspect(engine).get_table_names())
        if not tables:
            create_schema(engine)
        else:
            current = _current_revision(engine)
            if current is None and tables == {"alembic_version"}:
                # Every migration was undone: build the schema again through the migrations.
                if path is not None:
                    _backup_before_upgrade(path, current, passphrase)
                upgrade_schema(engine)
            elif current is None:
                raise DatabaseError(
                    said("This database was not made by Participation Tracker. Choose another "
                         "file."))
            elif current not in known_revisions():
                raise DatabaseTooNewError(
                    said("This data file was made by a newer version of Participation "
                         "Tracker. Please install the newer version to open it. Nothing in "
                         "the file was changed."))
            elif current != head_revision():
                if path is not None:
                    _backup_before_upgrade(path, current, passphrase)
                upgrade_schema(engine)
        db = Database(target=target, engine=engine,
                      _factory=sessionmaker(engine, expire_on_commit=False),
                      passphrase=passphrase, file_path=path, lock=file_lock,
                      warnings=tuple(warnings))
        with db.session_scope() as session:
            seed_defaults(session)
        return db
    except (OperationalError, SADatabaseError) as exc:
        engine.dispose()
        if file_lock is not None:
            file_lock.release()
        if engine.dialect.name != "sqlite" and (
                trouble := connection.server_message(exc, engine.url)):
            raise trouble from exc
        message = file_kinds.storage_message(exc, path)
        if message is not None:
            raise DatabaseError(message) from exc
        shown = engine.url.render_as_string(hide_password=True) if path is None else target
        raise DatabaseError(
            said("Cannot open the data file {shown}. It may be damaged, or another program "
                 "may be using it. Try again, or restore a backup.", shown=shown)) from exc
    except BaseException:
        engine.dispose()
        if file_lock is not None:
            file_lock.release()
        raise
