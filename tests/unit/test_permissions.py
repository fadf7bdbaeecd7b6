"""One gate for every command: each CLI command, run by nobody, a volunteer, a coordinator and
an administrator (sign-in on), does exactly what the table in services/access/permissions.py says."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

import pytest

from partapp.cli import build_parser, run
from partapp.models import utcnow
from partapp.services.access import auth, permissions
from partapp.services.sample.demo import fill_demo
from partapp.services.store.database import open_database

from .safety_support import damage, filled_file

PASSWORDS = {"ada": "admin pass words", "cole": "coordinator words", "val": "volunteer words"}
USERS = {None: None, "volunteer": "val", "coordinator": "cole", "administrator": "ada"}
FROM_TO = ["--from", "2025-03-01", "--to", "2025-03-31"]


def _add_staff(path: Path) -> None:
    db = open_database(str(path))
    with db.session_scope() as session:
        admin = auth.add_user(session, username="ada", display_name="Ada Admin",
                              role="administrator", password=PASSWORDS["ada"])
    with db.session_scope() as session:
        session.info["user"] = auth.SignedInUser(admin.id, "ada", "Ada Admin", "administrator")
        for name, role in (("cole", "coordinator"), ("val", "volunteer")):
            auth.add_user(session, username=name, display_name=name.title(), role=role,
                          password=PASSWORDS[name])
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()


@pytest.fixture(scope="module")
def bases(tmp_path_factory) -> dict[str, Path]:
    """Sign-in on, one user of each role: 'filled' with the sample data, 'empty' without."""
    folder = tmp_path_factory.mktemp("gate")
    filled, empty = folder / "filled.db", folder / "empty.db"
    db = open_database(str(filled))
    with db.session_scope() as session:
        fill_demo(session, seed=7)
    db.dispose()
    _add_staff(filled)
    open_database(str(empty)).dispose()
    _add_staff(empty)
    return {"filled": filled, "empty": empty}


@pytest.fixture(scope="module")
def a_ref(bases) -> str:
    conn = sqlite3.connect(bases["filled"])
    try:
        return conn.execute("SELECT ref FROM person WHERE ref IS NOT NULL ORDER BY id").fetchone()[0]
    finally:
        conn.close()


@dataclass(frozen=True)
class Case:
    name: str
    argv: Callable[[Path, str], list[str]]
    base: str = "filled"
    outputs: tuple[str, ...] = ()  # made only when allowed
    allowed_exit: int = 0
    allowed_says: str = ""
    env: dict[str, str] = field(default_factory=dict)


def _people_csv(tmp: Path) -> str:
    path = tmp / "people.csv"
    path.write_text("ref,first_name,last_name\nZ900,Zed,Newcomer\n", encoding="utf-8")
    return str(path)


def _restore_source(tmp: Path, bases: dict[str, Path]) -> str:
    source = tmp / "source.db"
    shutil.copyfile(bases["empty"], source)
    return str(source)


CASES = (
    Case("init", lambda t, r: ["init"]),
    Case("check", lambda t, r: ["check"]),
    Case("demo", lambda t, r: ["demo"], base="empty"),
    Case("import", lambda t, r: ["import", _people_csv(t)]),
    Case("import --template", lambda t, r: ["import", "--template", str(t / "tpl")],
         outputs=("tpl",)),
    Case("letters --due", lambda t, r: ["letters", "--due", "--out", str(t / "l.pdf")],
         outputs=("l.pdf",)),
    Case("letters --due --mark-sent", lambda t, r: ["letters", "--due", "--out", str(t / "l.pdf"),
                                              "--mark-sent"], outputs=("l.pdf",)),
    Case("report --out", lambda t, r: ["report", *FROM_TO, "--out", str(t / "r.pdf")],
         outputs=("r.pdf",)),
    Case("report --csv", lambda t, r: ["report", *FROM_TO, "--csv", str(t / "f.csv")],
         outputs=("f.csv",)),
    Case("report --lists", lambda t, r: ["report", *FROM_TO, "--lists", str(t / "lists")],
         outputs=("lists",)),
    Case("report --summary", lambda t, r: ["report", *FROM_TO, "--summary", str(t / "s.pdf")],
         outputs=("s.pdf",)),
    Case("report --poster", lambda t, r: ["report", *FROM_TO, "--poster", str(t / "p.pdf")],
         outputs=("p.pdf",)),
    Case("backup", lambda t, r: ["backup", "--out", str(t / "bk")], outputs=("bk",)),
    Case("restore", lambda t, r: ["restore", str(t / "source.db")]),
    Case("move-to", lambda t, r: ["move-to", "postgresql+psycopg://nobody@127.0.0.1:1/none"],
         allowed_exit=1, allowed_says="Could not reach the server database"),
    Case("export-person", lambda t, r: ["export-person", r, "--out", str(t / "sar")],
         outputs=("sar",)),
    Case("erase-person", lambda t, r: ["erase-person", r, "--yes"]),
    Case("merge-people", lambda t, r: ["merge-people", r, r[:-1] + "2", "--yes"]),  # 1st, 2nd
    Case("encrypt", lambda t, r: ["encrypt", "--yes"],
         env={"PARTAPP_NEW_PASSPHRASE": "a long passphrase here"}),
    Case("decrypt", lambda t, r: ["decrypt"], allowed_exit=1,
         allowed_says="This data file has no passphrase to remove."),
    Case("users list", lambda t, r: ["users", "list"]),
    Case("users add", lambda t, r: ["users", "add", "newbie", "--role", "volunteer"],
         env={"PARTAPP_NEW_PASSWORD": "new person words"}),
    Case("users unlock", lambda t, r: ["users", "unlock", "val"]),
    Case("audit --csv", lambda t, r: ["audit", "--csv", str(t / "a.csv")], outputs=("a.csv",)),
    Case("organisation", lambda t, r: ["organisation"]),
    Case("organisation set", lambda t, r: ["organisation", "--signatory", "Someone else"]),
    Case("offices", lambda t, r: ["offices"]),
    Case("offices add", lambda t, r: ["offices", "add", "North", "--first", "Main office"]),
    Case("offices set", lambda t, r: ["offices", "set", "South", "--phone", "01234 567890"],
         allowed_exit=1, allowed_says="There is no office called \"South\""),
    Case("offices staff", lambda t, r: ["offices", "staff", "val", "--all"]),
    Case("offices move", lambda t, r: ["offices", "move", "person", r, "--to", "South"],
         allowed_exit=1, allowed_says="There is no office called \"South\""),
)

_KEPT = {"staff_user": "username, role, active", "app_setting": None, "audit_entry": None}


def fingerprint(path: Path) -> str:
    """Every record in the file (not the audit trail or sign-in counters, which a refused
    sign-in rightly adds to). Fails on a file SQLite cannot read, such as an encrypted one."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    digest = hashlib.sha256()
    try:
        tables = [row[0] for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        for table in tables:
            if table in _KEPT and _KEPT[table] is None:
                continue
            columns = _KEPT.get(table) or "*"
            rows = sorted(map(repr, conn.execute(f'SELECT {columns} FROM "{table}"')))
            digest.update(f"{table}:{rows}".encode())
    finally:
        conn.close()
    return digest.hexdigest()


def _refused(role: str, user_role: str | None) -> bool:
    if role == permissions.NONE:
        return False
    if user_role is None:
        return True
    return permissions.ROLES.index(user_role) < permissions.ROLES.index(role)


@pytest.mark.parametrize("user_role", list(USERS), ids=lambda r: r or "nobody")
@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_every_command_passes_the_same_gate(case, user_role, bases, a_ref, tmp_path,
                                            monkeypatch, capsys):
    # GIVEN a data file with sign-in on, and the person running the command
    data = tmp_path / "data.db"
    shutil.copyfile(bases[case.base], data)
    _restore_source(tmp_path, bases)
    monkeypatch.delenv("PARTAPP_USER", raising=False)
    monkeypatch.delenv("PARTAPP_PASSWORD", raising=False)
    for name, value in case.env.items():
        monkeypatch.setenv(name, value)
    argv = case.argv(tmp_path, a_ref)
    user = USERS[user_role]
    if user is not None:
        monkeypatch.setenv("PARTAPP_PASSWORD", PASSWORDS[user])
        argv = ["--user", user, *argv]
    role = permissions.cli_role(build_parser().parse_args(["--db", str(data), *argv]))
    before = fingerprint(data)
    capsys.readouterr()

    # WHEN they run it
    code = run(["--db", str(data), *argv])
    err = capsys.readouterr().err

    # THEN it does what the table says
    if _refused(role, user_role):
        assert code == 1, err
        assert err.count("\n") == 1 and err.startswith("partapp: "), err
        assert ("Give your user name" if user is None else "Only ") in err
        assert fingerprint(data) == before
        assert not any((tmp_path / name).exists() for name in case.outputs)
        assert [p.name for p in tmp_path.iterdir() if "before-restore" in p.name] == []
    else:
        assert code == case.allowed_exit, err
        assert case.allowed_says in err
        assert "Only " not in err and "Give your user name" not in err
        assert all((tmp_path / name).exists() for name in case.outputs)


def test_every_command_is_in_the_table_and_each_row_names_a_real_command():
    parser = build_parser()
    commands = next(a for a in parser._actions if a.dest == "command").choices
    in_table = {row.cli.split()[0] for row in permissions.TABLE if row.cli}
    assert set(commands) <= in_table, f"add these to services/access/permissions.py: " \
                                      f"{set(commands) - in_table}"
    assert in_table <= set(commands)
    assert {c.name for c in CASES} == {row.cli for row in permissions.TABLE if row.cli}


def test_the_table_says_what_the_issue_asks():
    parse = build_parser().parse_args
    assert permissions.cli_role(parse(["restore", "x.db"])) == "administrator"
    assert permissions.cli_role(parse(["backup"])) == "volunteer"
    assert permissions.cli_role(parse(["report", "--lists", "d"])) == "coordinator"
    assert permissions.cli_role(parse(["report", "--csv", "f"])) == "coordinator"
    assert permissions.cli_role(parse(["import", "--template", "d"])) == permissions.NONE
    assert permissions.cli_role(parse(["import", "a.csv"])) == "coordinator"
    assert permissions.cli_role(parse(["check"])) == permissions.NONE
    assert permissions.cli_role(parse(["users", "unlock", "x"])) == "administrator"


def test_restore_needs_an_administrator_of_the_file_being_replaced(bases, tmp_path, monkeypatch,
                                                                  capsys):
    # GIVEN a data file with sign-in on, and a backup whose only user is someone else's admin
    data = tmp_path / "data.db"
    shutil.copyfile(bases["filled"], data)
    other = tmp_path / "other.db"
    db = open_database(str(other))
    with db.session_scope() as session:
        auth.add_user(session, username="mallory", display_name="M", role="administrator",
                      password="mallory words")
    db.dispose()
    before = fingerprint(data)
    # WHEN its administrator signs in to the backup's users (not the current file's)
    monkeypatch.setenv("PARTAPP_PASSWORD", "mallory words")
    code = run(["--db", str(data), "--user", "mallory", "restore", str(other)])
    # THEN nothing is replaced
    assert code == 1
    assert "not right" in capsys.readouterr().err
    assert fingerprint(data) == before


def test_a_file_too_damaged_to_sign_in_to_can_still_be_restored(tmp_path, bases, capsys):
    data = filled_file(tmp_path / "data.db")
    damage(data)
    source = tmp_path / "good.db"
    shutil.copyfile(bases["empty"], source)
    assert run(["--db", str(data), "restore", str(source)]) == 0, capsys.readouterr().err
    assert fingerprint(data) == fingerprint(source)


# --- The only administrator, locked out, gets back in after the lock-out time ----------------

def test_the_only_administrator_gets_back_in_after_the_lock_out(tmp_path, monkeypatch, capsys):
    data = tmp_path / "data.db"
    db = open_database(str(data))
    with db.session_scope() as session:
        auth.add_user(session, username="ada", display_name="Ada", role="administrator",
                      password=PASSWORDS["ada"])
    db.dispose()
    start = utcnow().replace(microsecond=0)
    clock = {"now": start}
    monkeypatch.setattr(auth, "utcnow", lambda: clock["now"])
    users_list = ["--db", str(data), "--user", "ada", "users", "list"]

    monkeypatch.setenv("PARTAPP_PASSWORD", "not the password")
    for _ in range(auth.MAX_ATTEMPTS):
        assert run(users_list) == 1
    assert "locked for 15 minutes" in capsys.readouterr().err

    monkeypatch.setenv("PARTAPP_PASSWORD", PASSWORDS["ada"])
    clock["now"] = start + auth.LOCK_FOR - timedelta(seconds=1)
    assert run(users_list) == 1
    assert "locked for 1 more minutes" in capsys.readouterr().err

    clock["now"] = start + auth.LOCK_FOR
    assert run(users_list) == 0, capsys.readouterr().err
    assert "ada\tAda\tAdministrator" in capsys.readouterr().out


def test_after_the_lock_out_one_wrong_password_does_not_lock_again(db):
    with db.session_scope() as session:
        auth.add_user(session, username="ada", display_name="Ada", role="administrator",
                      password=PASSWORDS["ada"])
    start = utcnow()
    with db.session_scope() as session:
        for _ in range(auth.MAX_ATTEMPTS):
            auth.sign_in(session, username="ada", password="wrong", now=start)
    later = start + auth.LOCK_FOR
    with db.session_scope() as session:
        assert not auth.sign_in(session, username="ada", password="wrong", now=later).ok
    with db.session_scope() as session:
        assert auth.sign_in(session, username="ada", password=PASSWORDS["ada"], now=later).ok


def test_readme_shows_the_table_from_the_code():
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    assert permissions.markdown_table() in readme
