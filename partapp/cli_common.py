"""What every command of the command line shares: its language, its usage errors, dates as
arguments, and opening the data file. The command modules (cli.py and cli_*.py) import these
from here, so none of them needs another."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from . import cli_safety, language
from .services.words import in_language


class UsageError(Exception):
    """Wrong or missing arguments: exit 2."""


def words(text: str) -> str:
    """A fixed line in the command line's language (PARTAPP_LANG, Settings, the computer's)."""
    return language.cli_words(text)


def message(text: object) -> str:
    """A service's message (services/words.py said()) or an error's, in the command line's
    language, from the table the translations' refresh writes (no Qt)."""
    found = getattr(text, "message", text) if isinstance(text, BaseException) else text
    return in_language(found, language.cli_language())


def iso_date(text: str) -> date:
    """An argument that is a date, written like 2025-04-01."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            words("'{text}' is not a date. Write it like 2025-04-01.").format(text=text)) from None


def open_for_command(args: argparse.Namespace) -> Any:
    """The data file for a command: passphrase, lock and sign-in when they are on; only
    ``init`` may make a new data file."""
    return cli_safety.open_for_cli(args, create=args.command == "init")
