"""Small checks shared by the services. Each failure names the field and says how to fix it."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Literal, overload

from .errors import ValidationError
from .words import Message, said, term

EARLIEST_DATE = date(1900, 1, 1)
LATEST_DATE = date(2200, 12, 31)


_ISO_DAY = re.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}")
# Control characters (all but new lines and tabs), DEL, and lone surrogates.
_UNWANTED = re.compile("[\x00-\x08\x0b-\x1f\x7f\ud800-\udfff]")


def clean_text(value: object) -> str:
    """Text with control characters (other than new lines and tabs) removed, ends trimmed.
    (An import calls this for every cell: most text has nothing to remove.)"""
    if value is None:
        return ""
    text = str(value)
    if _UNWANTED.search(text) is not None:
        text = _UNWANTED.sub("", text)
    return text.strip()


def required_text(value: object, field: str, label: str, *, max_length: int = 200) -> str:
    text = clean_text(value)
    if not text:
        raise ValidationError(field, said("Please fill in {label}.", label=term(label)))
    return optional_text(text, field, label, max_length=max_length)


def optional_text(value: object, field: str, label: str, *, max_length: int = 200) -> str:
    text = clean_text(value)
    if len(text) > max_length:
        raise ValidationError(
            field, said("{label} is too long. Please keep it to {max_length} characters or "
                        "fewer (it has {count}).", label=_cap(label), max_length=max_length,
                        count=len(text)))
    return text


@overload
def parse_date(value: object, field: str, label: str, *, required: Literal[True] = True) -> date: ...
@overload
def parse_date(value: object, field: str, label: str, *, required: bool) -> date | None: ...
def parse_date(value: object, field: str, label: str, *, required: bool = True) -> date | None:
    """A date from a date object or ISO text (2025-04-01). Also accepts 01/04/2025 (UK order)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise ValidationError(field, said("Please give {label}, for example 2025-04-01.",
                                              label=term(label)))
        return None
    result: date | None
    if isinstance(value, datetime):
        result = value.date()
    elif isinstance(value, date):
        result = value
    else:
        text = str(value).strip()
        result = None
        if len(text) == 10 and _ISO_DAY.fullmatch(text):  # the usual 2025-04-01, without
            try:                                          # strptime: an import has many
                result = date.fromisoformat(text)
            except ValueError:
                result = None  # 2025-02-30: refused below, as before
        formats = () if result is not None else (
            "%Y-%m-%d", "%d/%m/%Y", "%d/%m/%y", "%d-%m-%Y", "%d.%m.%Y")
        for fmt in formats:
            try:
                result = datetime.strptime(text, fmt).date()
                break
            except ValueError:
                continue
        if result is None:
            raise ValidationError(
                field, said("{label} \u201c{text}\u201d is not a date we understand. "
                            "Please write it like 2025-04-01 (year, month, day).",
                            label=_cap(label), text=text[:40]))
    assert result is not None
    if not EARLIEST_DATE <= result <= LATEST_DATE:
        raise ValidationError(field, said("{label} {date} looks wrong. Please check the year.",
                                          label=_cap(label), date=result.isoformat()))
    return result


def not_in_future(value: date | None, field: str, label: str, *, today: date | None = None) -> None:
    today = today or date.today()
    if value is not None and value > today:
        raise ValidationError(field, said("{label} cannot be in the future. Please use today "
                                          "({today}) or an earlier date.",
                                          label=_cap(label), today=today.isoformat()))


@overload
def choice(value: object, options: Mapping[str, str], field: str, label: str,
           *, required: Literal[True] = True) -> str: ...
@overload
def choice(value: object, options: Mapping[str, str], field: str, label: str,
           *, required: bool) -> str | None: ...
def choice(value: object, options: Mapping[str, str], field: str, label: str,
           *, required: bool = True) -> str | None:
    """A code from ``options``. Accepts the code or its label, ignoring case, spaces, - and _."""
    text = clean_text(value)
    if not text:
        if required:
            raise ValidationError(field, said("Please choose {label}.", label=term(label)))
        return None
    wanted = normalise_key(text)
    for code, option_label in options.items():
        if wanted in (normalise_key(code), normalise_key(option_label)):
            return code
    allowed = ", ".join(options.values())
    raise ValidationError(field, said("\u201c{text}\u201d is not one of the choices for {label}. "
                                      "Please use one of: {allowed}.", text=text[:40],
                                      label=term(label), allowed=allowed))


def normalise_key(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch not in " _-")


def non_negative_decimal(value: object, field: str, label: str, *, places: int = 2,
                         maximum: Decimal = Decimal("99999999")) -> Decimal:
    if value is None or (isinstance(value, str) and not value.strip()):
        return Decimal("0")
    text = str(value).strip().replace("\u00a3", "").replace(",", "")
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise ValidationError(field, said("{label} must be a number, like 12.50.",
                                          label=_cap(label))) from None
    if not number.is_finite() or number < 0:
        raise ValidationError(field, said("{label} must be zero or more.", label=_cap(label)))
    if number > maximum:
        raise ValidationError(field, said("{label} looks too large. Please check it.",
                                          label=_cap(label)))
    return number.quantize(Decimal(1).scaleb(-places))


def non_negative_int(value: object, field: str, label: str, *, maximum: int = 1_000_000) -> int:
    if value is None or (isinstance(value, str) and not value.strip()):
        return 0
    try:
        number = int(str(value).strip())
    except ValueError:
        raise ValidationError(field, said("{label} must be a whole number, like 3.",
                                          label=_cap(label))) from None
    if number < 0:
        raise ValidationError(field, said("{label} must be zero or more.", label=_cap(label)))
    if number > maximum:
        raise ValidationError(field, said("{label} looks too large. Please check it.",
                                          label=_cap(label)))
    return number


def _cap(label: str) -> Message:
    """The label at the start of a sentence, kept translatable."""
    return term(label, capital=True)
