"""Where PySide6's type information says less than Qt does, said once for the type checker.

At run time these are PySide6's own objects. ``QT_TRANSLATE_NOOP`` marks a string for the
translation files (``pyside6-lupdate`` finds it by name) and gives it back unchanged; its stub
says it returns ``object``, so the type checker is told it returns the ``str`` it was given.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    def QT_TRANSLATE_NOOP(context: str, source_text: str) -> str: ...
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP



def application() -> QApplication:
    """The running application (``QApplication.instance()`` is typed as maybe-none, maybe a
    plain QCoreApplication; in the desktop it is always this)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication), "the desktop has not started"
    return app


__all__ = ["QT_TRANSLATE_NOOP", "application"]
