"""The services' messages stay English as text (the CLI, logs, tests) and keep what the screens
need to show them in Welsh (services/words.py), and the refresh lists every one of them."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from partapp.services.errors import ValidationError
from partapp.services.words import Message, in_language, said, term
from partapp.ui.translations import __main__ as tool

WELSH = {"There is already a {what} called “{name}”.": "Mae {what} o'r enw “{name}” yn bod yn barod.",
         "group": "grŵp", "the date it was held": "y dyddiad y cafodd ei gynnal",
         "{label} must be zero or more.": "{label}: rhaid iddo fod yn sero neu fwy."}


def test_a_message_is_its_english_text():
    text = said("There is already a {what} called “{name}”.", what=term("group"), name="Carers")
    assert text == "There is already a group called “Carers”."
    assert isinstance(text, str) and isinstance(text, Message)
    assert text.template == "There is already a {what} called “{name}”."
    error = ValidationError("name", text)
    assert str(error) == "There is already a group called “Carers”."
    assert f"partapp: {error}" == "partapp: There is already a group called “Carers”."
    assert said("Please sign in first.") == "Please sign in first."
    assert said("{n:,} rows", n=12345) == "12,345 rows"


def test_a_message_and_the_words_in_it_are_translated():
    text = said("There is already a {what} called “{name}”.", what=term("group"), name="Carers")
    assert text.translated(lambda t: WELSH.get(t, t)) == "Mae grŵp o'r enw “Carers” yn bod yn barod."
    capital = said("{label} must be zero or more.", label=term("the date it was held",
                                                               capital=True))
    assert capital == "The date it was held must be zero or more."
    assert capital.translated(lambda t: WELSH.get(t, t)) == (
        "Y dyddiad y cafodd ei gynnal: rhaid iddo fod yn sero neu fwy.")
    # a translation with a broken placeholder shows the English rather than failing
    broken = said("{label} must be zero or more.", label="x")
    assert broken.translated(lambda t: "{labl} rhaid") == "x must be zero or more."


def test_the_command_line_reads_the_welsh_table_without_qt():
    code = ("import sys; from partapp.cli_common import message;"
            "from partapp.services.errors import ValidationError;"
            "from partapp.services.words import said;"
            "print(message(ValidationError('x', said('That person is no longer in the database."
            "'))));"
            "print(message('plain words'));"
            "print(any(m.startswith('PySide6') for m in sys.modules))")
    env = {**os.environ, "PARTAPP_LANG": "cy"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, env=env).stdout.splitlines()
    assert out == ["Dydy'r person hwnnw ddim yn y gronfa ddata bellach.", "plain words", "False"]
    assert in_language(said("Please sign in first."), "en") == "Please sign in first."


def test_every_said_template_is_listed_and_a_non_literal_one_is_refused(tmp_path):
    found = tool.said_templates()
    assert "There is already a {what} called “{name}”." in found
    assert "the date it was held" in found  # a label given to validation.py's helpers
    assert "group" in found  # a term("...")
    planted = tmp_path / "services"
    planted.mkdir()
    (planted / "bad.py").write_text("from .words import said\nWORDS = 'x'\n"
                                    "def f():\n    raise ValueError(said(WORDS))\n")
    with pytest.raises(tool.NotALiteral, match=r"bad\.py:4"):
        tool.said_templates((planted,))


def test_the_command_lines_welsh_table_is_up_to_date(tmp_path):
    fresh = tmp_path / "words_cy.py"
    tool.write_words(path=fresh)
    assert fresh.read_text(encoding="utf-8") == tool.WORDS.read_text(encoding="utf-8"), (
        "words_cy.py is out of date: run `python -m partapp.ui.translations refresh`")
