"""The app's own screens in other languages: Qt .ts files (made by pyside6-lupdate) and the
.qm files pyside6-lrelease compiles from them, shipped beside this module.

``python -m partapp.ui.translations refresh`` brings every .ts up to date with the code and
compiles the .qm files (see docs/translating.md).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from ... import language
from ...services.words import Message

HERE = Path(__file__).resolve().parent
PREFIX = "partapp"
CHOICES = (
    (language.SYSTEM, "As the computer is set"),
    ("en", "English"),
    ("cy", "Cymraeg"),
)
"""Settings, Language: the stored value and its label (language names in their own language)."""

_installed: list[QTranslator] = []


def qm_file(code: str, prefix: str = PREFIX) -> Path:
    return HERE / f"{prefix}_{code}.qm"


def ts_files() -> list[Path]:
    return sorted(HERE.glob(f"{PREFIX}_*.ts"))


def choose(setting: str) -> str:
    """The language for this run: $PARTAPP_LANG, else ``setting``, else the computer's."""
    return language.choose(setting, system=QLocale.system().name())


def locale_for(code: str) -> QLocale:
    return QLocale(QLocale.Language.Welsh, QLocale.Country.UnitedKingdom) if code == "cy" \
        else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def install(code: str, app: QCoreApplication | None = None) -> str:
    """Load the translations for ``code`` into the app (before any widget is built).

    English loads its plural forms ("1 person", "2 people"); another language loads its own
    file and our Welsh names for Qt's standard buttons. Returns the code actually in use.
    """
    app = app or QCoreApplication.instance()
    assert app is not None, "make the QApplication first"
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if not qm_file(code).exists():
        code = language.DEFAULT
    for prefix in (PREFIX, "qtbase"):
        path = qm_file(code, prefix)
        translator = QTranslator(app)
        if path.exists() and translator.load(str(path)):
            app.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(locale_for(code))
    app.setProperty("partapp_language", code)
    return code


def current() -> str:
    """The language installed now ('en' before anything is installed)."""
    app = QCoreApplication.instance()
    value = app.property("partapp_language") if app is not None else None
    return str(value) if value else language.DEFAULT


def label(text: str) -> str:
    """A fixed label that comes from the core (an outcome, a status, a format...), translated.

    labels.py lists every such label for lupdate, in the context "labels".
    """
    return QCoreApplication.translate("labels", text)


def labels(choices: dict[str, str]) -> dict[str, str]:
    """A code -> label dict (as in models/enums.py) with each label translated."""
    return {code: label(text) for code, text in choices.items()}


def message(text: object) -> str:
    """A service's message (``services.words.said``) in the language in use; a plain str, or
    anything else, as it is. An error gives its message."""
    found = getattr(text, "message", text) if isinstance(text, BaseException) else text
    if isinstance(found, Message):
        return found.translated(_services_word)
    return str(found)


def _services_word(template: str) -> str:
    """A template's translation: a service's message, else a fixed label (an outcome...)."""
    text = QCoreApplication.translate("services", template)
    return text if text != template else QCoreApplication.translate("labels", template)
