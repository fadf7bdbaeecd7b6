"""Searches that compare text the way people read it: accents off (Siân, SIAN and sian are the
same), case ignored, and the many kinds of apostrophe and dash as one. The rule itself is
``fold`` in ``models/folding.py``; this module builds the searches on it, for every search box
and picker (in SQL, through ``folded_like()``).

SQLite gets the Python function itself (``partapp_fold``, registered on every connection by
``services/store/database.py``), called only for text that is not plain ASCII (the rest SQLite
folds itself with ``lower()``). PostgreSQL runs no Python, so there the same folding is written
as ``translate()`` over every letter from U+00C0 to U+024F plus the few that become two letters
(æ -> ae); a test checks the two agree on all of them. The words of suggestions, 100,000 of them
in a large organisation, are searched in their stored folded copy (``suggestion.text_folded``)
instead, with a plain LIKE, so a keystroke stays quick.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from sqlalchemy import LargeBinary, and_, cast, func, literal, or_
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.functions import FunctionElement

from ..models.folding import PLAIN, fold, fold_char
from .sql_types import AnySelect
from .validation import clean_text

SQL_FUNCTION = "partapp_fold"
ESCAPE = "\\"  # in LIKE patterns: a typed % or _ is looked for as it is

# SQL -----------------------------------------------------------------------------------------

class folded_like(FunctionElement[bool]):
    """``folded_like(column, pattern)``: the column's text, folded, is LIKE ``pattern`` (already
    folded, with \\ as the escape), on SQLite and PostgreSQL alike."""

    inherit_cache = True
    name = "folded_like"


@compiles(folded_like)
def _folded_like_sqlite(element: folded_like, compiler: SQLCompiler, **kw: Any) -> str:
    column, pattern = list(element.clauses)
    # ASCII text with no backtick folds to its lower case, which SQLite does itself: only text
    # with another character (more bytes than characters) needs the Python function.
    needs_folding = or_(func.length(cast(column, LargeBinary)) != func.length(column),
                        func.instr(column, "`") > 0)
    expression = or_(func.lower(column).like(pattern, escape=ESCAPE),
                     and_(needs_folding,
                          getattr(func, SQL_FUNCTION)(column).like(pattern, escape=ESCAPE)))
    return f"({compiler.process(expression, **kw)})"


@compiles(folded_like, "postgresql")
def _folded_like_postgresql(element: folded_like, compiler: SQLCompiler, **kw: Any) -> str:
    column, pattern = list(element.clauses)
    expression = _postgres_expression(column).like(pattern, escape=ESCAPE)
    return f"({compiler.process(expression, **kw)})"


def _postgres_expression(column: ColumnElement[Any]) -> ColumnElement[Any]:
    singles, doubles = postgres_tables()
    expression = func.translate(column, "".join(singles), "".join(singles.values()))
    for source, target in doubles.items():
        expression = func.replace(expression, source, target)
    return func.lower(expression)


@lru_cache(maxsize=1)
def postgres_tables() -> tuple[dict[str, str], dict[str, str]]:
    """The letters whose folding translate() can do one for one, and those that become two."""
    singles: dict[str, str] = {}
    doubles: dict[str, str] = {}
    chars = [chr(code) for code in range(0xC0, 0x250)] + [c for c in PLAIN if ord(c) > 0x7F]
    for char in chars:
        if char in singles or char in doubles or (unicodedata.category(char)[0] != "L" \
                and char not in PLAIN):
            continue
        target = fold_char(char)
        if target == char:
            continue
        if len(target) == 1:
            singles[char] = target
        elif target:
            doubles[char] = target
    return singles, doubles


def register(dbapi_connection: Any) -> None:
    """Give a SQLite connection (plain or SQLCipher) the folding function."""
    dbapi_connection.create_function(SQL_FUNCTION, 1, fold, deterministic=True)


# Search boxes --------------------------------------------------------------------------------

def text_words(text: str) -> list[str]:
    """The words of a search box as folded LIKE patterns; every word must match somewhere."""
    words = clean_text(text).split()[:8]
    return [f"%{escape_like(fold(w))}%" for w in words]


def escape_like(word: str) -> str:
    """``word`` for a LIKE pattern, its % and _ looked for as they are."""
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def match_words(query: AnySelect, text: str, columns: Sequence[Any], *,
                stored: bool = False) -> AnySelect:
    """``query`` narrowed to rows where every word of ``text`` is in one of ``columns``,
    however it was typed (Sian finds Siân, SIÂN and sian).

    ``stored=True``: the columns are search copies that already hold folded text (the words
    of 100,000 suggestions, where folding them in the query doubled the time a search takes;
    the list's target is 0.1 s a keystroke), so they are compared as they are.
    """
    for like in text_words(text):
        if stored:
            query = query.where(or_(*(col.like(like, escape=ESCAPE) for col in columns)))
        else:
            query = query.where(or_(*(folded_like(col, literal(like)) for col in columns)))
    return query
