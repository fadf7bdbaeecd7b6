"""The services' messages, kept translatable (no Qt here).

``said("There is no group called {name}.", name=name)`` is the English, formatted, as a plain
``str`` (so the command line, the logs, the tests and ``str(error)`` read it as before), and it
keeps the ``template`` and the ``values``. The screens turn it into the language in use with
``partapp.ui.translations.message()``; ``python -m partapp.ui.translations refresh`` finds every
``said()`` template and lists it for the translators (see docs/translating.md). The command line
looks the Welsh up in the table the refresh writes (``in_language``).

A value that is itself a ``said(...)`` or a ``term(...)`` is translated too ("the group", "this
service"...). A said() template must be a string literal, so the refresh can find it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any


class Message(str):
    """The English text of a message, with its template and values for translating."""

    template: str
    values: Mapping[str, Any]
    capital: bool

    def __new__(cls, template: str, values: Mapping[str, Any], *,
                capital: bool = False) -> Message:
        text = template.format(**values) if values else template
        self = super().__new__(cls, _capitalised(text) if capital else text)
        self.template = template
        self.values = dict(values)
        self.capital = capital
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        """Copied and pickled as a Message (a letter's warnings are copied with the letter)."""
        return (_rebuilt, (self.template, self.values, self.capital))

    def translated(self, look_up: Callable[[str], str]) -> str:
        """The message in another language: ``look_up`` gives a template's translation."""
        values = {key: (value.translated(look_up) if isinstance(value, Message) else value)
                  for key, value in self.values.items()}
        translation = look_up(self.template) or self.template
        try:
            text = translation.format(**values) if values else translation
        except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder
            return str(self)
        return _capitalised(text) if self.capital else text


def _rebuilt(template: str, values: Mapping[str, Any], capital: bool) -> Message:
    return Message(template, values, capital=capital)


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def said(template: str, **values: Any) -> Message:
    """A message in English, formatted like ``template.format(**values)``, kept translatable."""
    return Message(template, values)


def term(text: str, *, capital: bool = False) -> Message:
    """A word or phrase put into a message ("the date it was decided"), kept translatable;
    ``capital`` starts it with a capital letter, as at the start of a sentence.

    The refresh lists the labels given to the helpers in validation.py (``required_text(value,
    "name", "the name")``) and every ``term("...")`` written as a literal."""
    return Message(text, {}, capital=capital)


def joined(parts: Sequence[str], sep: str = " ") -> Message:
    """Several messages as one (each translated on its own), ``sep`` between them."""
    names = [f"part{i}" for i in range(len(parts))]
    return Message(sep.join("{" + name + "}" for name in names), dict(zip(names, parts,
                                                                           strict=True)))


def counted(count: int, one: str, many: str, **values: Any) -> Message:
    """``said(one)`` for 1, else ``said(many)``, with ``{n}`` the count (and ``values``); both
    are literals at the call (``counted(n, "{n} person", "{n} people")``), listed by the
    refresh."""
    return Message(one if count == 1 else many, {"n": count, **values})


def in_language(text: object, code: str) -> str:
    """``text`` in ``code`` from the refresh's table (the command line): English if not listed."""
    if not isinstance(text, Message) or code == "en":
        return str(text)
    if code != "cy":
        return str(text)
    from .words_cy import WELSH

    return text.translated(lambda template: WELSH.get(template, template))
