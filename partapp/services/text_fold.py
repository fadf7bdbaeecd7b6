"""Text compared the way people read it: accents off (Siân, SIAN and sian are the same), case
ignored, and the many kinds of apostrophe and dash as one. Used by every search box and picker
(in SQL, through ``folded()``) and by erasure.

SQLite gets the Python function itself (``partapp_fold``, registered on every connection by
``services/store/database.py``), called only for text that is not plain ASCII (the rest SQLite folds
itself with ``lower()``, which keeps a search of 100,000 suggestions fast). PostgreSQL runs no Python, so there the same folding is written as
``translate()`` over every letter from U+00C0 to U+024F plus the few that become two letters
(æ -> ae); a test checks the two agree on all of them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from sqlalchemy import LargeBinary, and_, cast, func, literal, or_
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.functions import FunctionElement

from .sql_types import AnySelect
from .validation import clean_text

SQL_FUNCTION = "partapp_fold"
ESCAPE = "\\"  # in LIKE patterns: a typed % or _ is looked for as it is

# Letters that Unicode does not split into a letter and an accent.
PLAIN = {"ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe", "ı": "i",
         "ß": "ss", "\u2018": "'", "\u2019": "'", "\u02bc": "'", "`": "'", "\u2010": "-",
         "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-"}


_MARKS = tuple((mark, plain) for mark, plain in PLAIN.items() if not plain.isalpha())


@lru_cache(maxsize=4096)
def fold_char(char: str) -> str:
    out = []
    for part in unicodedata.normalize("NFKD", char):
        if unicodedata.combining(part):
            continue
        for c in part.casefold():
            out.append(PLAIN.get(c, c))
    return "".join(out)


@lru_cache(maxsize=1)
def _hard() -> re.Pattern[str]:
    """A character fold() cannot take the quick way: not ASCII (backtick aside), and not one
    whose NFKD form is an ASCII letter plus accents (as é, â, ŵ and ç are)."""
    easy = []
    for code in range(0x80, 0x3000):
        char = chr(code)
        parts = unicodedata.normalize("NFKD", char)
        base = "".join(p for p in parts if not unicodedata.combining(p))
        if base and base.isascii() and all(p.isascii() or unicodedata.combining(p)
                                           for p in parts) and fold_char(char) == base.lower():
            easy.append(code)
    ranges: list[list[int]] = []
    for code in easy:
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    allowed = "".join(f"\\u{a:04x}-\\u{b:04x}" for a, b in ranges)
    return re.compile(f"[^\\x00-\\x7f{allowed}]")  # (backticks are gone by then)


def fold(text: str | None) -> str:
    """``text`` folded, as fold_char would fold each character (so "Siân" is "sian"), quickly:
    SQLite calls this for every row a search reads that is not plain ASCII."""
    if not text:
        return ""
    if text.isascii() and "`" not in text:
        return text.lower()
    for mark, plain in _MARKS:  # curly apostrophes and long dashes, as word processors type
        if mark in text:
            text = text.replace(mark, plain)
    if text.isascii():
        return text.lower()
    if _hard().search(text) is None:  # letters with accents: NFKD, then drop the accents
        return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return "".join(fold_char(c) for c in text)


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

def text_words(text: str, *, folded: bool = True) -> list[str]:
    """The words of a search box as LIKE patterns (folded, or only lower-cased); every word
    must match somewhere."""
    words = clean_text(text).split()[:8]
    return [f"%{escape_like(fold(w) if folded else w.lower())}%" for w in words]


def escape_like(word: str) -> str:
    """``word`` for a LIKE pattern, its % and _ looked for as they are."""
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def match_words(query: AnySelect, text: str, columns: Sequence[Any], *,
                folded: bool = True) -> AnySelect:
    """``query`` narrowed to rows where every word of ``text`` is in one of ``columns``,
    however it was typed (Sian finds Siân, SIÂN and sian).

    ``folded=False`` only ignores case: for the words of 100,000 suggestions, where folding in
    Python doubled the time a search takes (the list's target is 0.1 s a keystroke).
    """
    for like in text_words(text, folded=folded):
        if folded:
            query = query.where(or_(*(folded_like(col, literal(like)) for col in columns)))
        else:
            query = query.where(or_(*(func.lower(col).like(like, escape=ESCAPE)
                                      for col in columns)))
    return query
