"""Which language the app speaks: English or Welsh (no Qt here, so the CLI can use it too).

The choice, strongest first: the environment variable ``PARTAPP_LANG`` (``cy`` or ``en``), then
the desktop's Settings, Language, then the language the computer is set to. The command line
makes the same choice (it reads the desktop's settings file itself) and looks its own fixed
words up in ``cli_cy.py`` (see docs/translating.md).
"""

from __future__ import annotations

import configparser
import locale
import os
from collections.abc import Mapping
from pathlib import Path

ENV_VAR = "PARTAPP_LANG"
SYSTEM = "system"
SPOKEN = ("en", "cy")
"""Languages the app's own screens and messages come in (``en`` needs no translation)."""
DEFAULT = "en"


def _code(text: str | None) -> str | None:
    """'cy', 'cy_GB.UTF-8', 'Welsh_United Kingdom' -> 'cy'; anything else we don't speak -> None."""
    if not text:
        return None
    word = text.strip().lower().replace("-", "_").split(".")[0]
    code = "cy" if word.startswith("welsh") else word.split("_")[0]
    return code if code in SPOKEN else None


def system_language(environ: Mapping[str, str] | None = None) -> str:
    """The computer's language if we speak it, else English (LANGUAGE, LC_ALL, LC_MESSAGES, LANG)."""
    env = os.environ if environ is None else environ
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name)
        if value:
            first = value.split(":")[0]
            return _code(first) or DEFAULT
    if environ is None:
        try:
            return _code(locale.getlocale()[0]) or DEFAULT
        except ValueError:
            return DEFAULT
    return DEFAULT


def forced(environ: Mapping[str, str] | None = None) -> str | None:
    """The language ``PARTAPP_LANG`` asks for ('cy', 'en'), or None when unset or unknown."""
    return _code((os.environ if environ is None else environ).get(ENV_VAR))


def choose(setting: str | None = SYSTEM, *, environ: Mapping[str, str] | None = None,
           system: str | None = None) -> str:
    """The language to use: ``PARTAPP_LANG``, else ``setting`` ('en', 'cy'), else the system's.

    ``system`` is the computer's language as Qt reports it (e.g. 'cy_GB'); without it the
    environment and Python's locale are asked.
    """
    wins = forced(environ)
    if wins:
        return wins
    chosen = _code(setting) if setting and setting != SYSTEM else None
    if chosen:
        return chosen
    if system is not None:
        return _code(system) or DEFAULT
    return system_language(environ)


def settings_file(environ: Mapping[str, str] | None = None) -> Path:
    """The desktop's settings file (Qt's QSettings, ini format, for this user)."""
    env = os.environ if environ is None else environ
    if os.name == "nt" and env.get("APPDATA"):
        folder = Path(env["APPDATA"])
    else:
        folder = Path(env.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return folder / "ParticipationTracker" / "partapp.ini"


def saved_setting(environ: Mapping[str, str] | None = None) -> str:
    """Settings, Language as the desktop saved it ('system' when unset or unreadable)."""
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(settings_file(environ), encoding="utf-8")
    except (OSError, UnicodeDecodeError, configparser.Error):
        return SYSTEM
    return parser.get("ui", "language", fallback=SYSTEM).strip() or SYSTEM


def cli_language(environ: Mapping[str, str] | None = None) -> str:
    """The command line's language: the same choice as the desktop's."""
    return choose(saved_setting(environ), environ=environ)


def cli_words(text: str, code: str | None = None) -> str:
    """One of the command line's own fixed lines in its language (the English if not listed)."""
    if (code or cli_language()) == "cy":
        from .cli_cy import WELSH

        return WELSH.get(text, text)
    return text
