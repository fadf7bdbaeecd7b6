"""Passwords kept in this computer's own password store (its keyring), never in a file.

The mail server's password (services/feedback/mail_server.py) and the database server's
(services/store/server_login.py) are kept here: Windows Credential Manager, the macOS Keychain
or the desktop's Secret Service on Linux, through the ``keyring`` library, each under its own
``service`` name and a ``key`` (such as user@host). On a computer with no keyring a password
typed in is kept in memory only until the app closes: it is never written to the data file, a
settings file or a log.
"""

from __future__ import annotations

from contextlib import suppress

NO_KEYRING = ("This computer has no safe place to keep passwords (a keyring), so the app "
              "cannot remember the {what}'s password. It will use the password you "
              "type in until you close the app, and will not save it anywhere else.")

# A password typed in on a computer with no keyring: kept for this run only, never written.
_for_now: dict[tuple[str, str], str] = {}


def available() -> bool:
    """Whether this computer has a keyring a password can be kept in."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return False
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring):
        return False
    inner = getattr(backend, "backends", None)  # the chainer: none of its own is no keyring
    return inner is None or bool(inner)


def keep(service: str, key: str, password: str) -> bool:
    """Keep ``password`` under ``service`` and ``key``. True: in the keyring; False: this
    computer has none, so it is kept in memory until the app closes (and written nowhere)."""
    if not available():
        _for_now[(service, key)] = password
        return False
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(service, key, password)
    except KeyringError:
        _for_now[(service, key)] = password
        return False
    _for_now.pop((service, key), None)
    return True


def for_this_run(service: str, key: str, password: str) -> None:
    """Use ``password`` until the app closes, written nowhere (a script's environment)."""
    _for_now[(service, key)] = password


def read(service: str, key: str) -> str:
    """The password kept under ``service`` and ``key`` ("" when none is)."""
    if (service, key) in _for_now:
        return _for_now[(service, key)]
    if not available():
        return ""
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(service, key) or ""
    except KeyringError:
        return ""


def forget(service: str, key: str) -> None:
    """Remove the password kept under ``service`` and ``key``, wherever it is."""
    _for_now.pop((service, key), None)
    if not available():
        return
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    with suppress(PasswordDeleteError, KeyringError):  # none was kept: nothing to remove
        keyring.delete_password(service, key)
