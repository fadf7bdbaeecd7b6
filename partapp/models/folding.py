"""How text is compared: accents off (Siân, SIAN and sian are the same), case ignored, and the
many kinds of apostrophe and dash as one. The one rule for it, ``fold``.

It lives beside the tables because a column holds it: ``suggestion.text_folded`` is
``fold(text)``, written by the services and by the migration that added it. The searches built
on it (in SQL, on SQLite and PostgreSQL) are in ``services/text_fold.py``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

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
