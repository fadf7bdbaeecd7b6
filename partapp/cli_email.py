"""``partapp letters --due --out F.pdf --send-email``: first send the letters of everyone whose
format is email through the organisation's mail server (Settings, Mail server), marking each
as sent by email as it goes; then write the printed letters for everyone else as usual.

When a message cannot be sent, nothing else is written or marked: the command says which went
and which did not, and running it again sends only those still waiting.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from . import language
from .cli_common import message

if TYPE_CHECKING:
    from .services.store.database import Database


def _t(text: str) -> str:
    return language.cli_words(text)


def add_option(letters: argparse.ArgumentParser) -> None:
    letters.add_argument("--send-email", action="store_true",
                         help="first send the letters of people who asked for email, through "
                              "the mail server set in Settings")


def send_first(db: Database) -> bool:
    """Send the email letters; print what happened. False: some could not be sent, so the
    command should stop here."""
    from .reports.letter_email_send import send_email_letters  # loads only when sending
    from .services.access.audit import actor

    with db.session_scope() as session:
        who = actor(session)

    def step(done: int, total: int) -> None:
        if sys.stderr is not None and sys.stderr.isatty():
            print(_t("Sending email {done} of {total}\u2026").format(done=done, total=total),
                  file=sys.stderr, flush=True)

    result = send_email_letters(db, sent_by=who, progress=step)
    problem = bool(result.failed or result.stopped or result.not_sent)
    for line in result.lines():
        print(message(line), file=sys.stderr if problem else sys.stdout)
    if problem:
        print(_t("Nothing else was written or marked as sent. Fix the problem above, then run "
                 "this again: it sends only the emails still waiting."), file=sys.stderr)
    return not problem
