"""The app's own settings (window size, last page...), each declared once with type and default.

Stored with QSettings on this computer. Organisation data (letterhead, promise) is not here: it
lives in the database so it travels with the data file.
"""

from __future__ import annotations

from typing import Generic, TypeVar, cast, overload

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")

ORGANISATION = "ParticipationTracker"
APPLICATION = "Participation Tracker"


class Setting(Generic[T]):
    """One setting: its key, type and default. Read and written as an attribute."""

    def __init__(self, key: str, default: T, kind: type) -> None:
        self.key, self.default, self.kind = key, default, kind

    @overload
    def __get__(self, obj: None, owner: type) -> Setting[T]: ...

    @overload
    def __get__(self, obj: AppSettings, owner: type) -> T: ...

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return obj.read(self)

    def __set__(self, obj: AppSettings, value: T) -> None:
        obj.write(self, value)


class AppSettings:
    """Typed access to QSettings. Give a QSettings (tests use an .ini file in a temp folder)."""

    window_geometry: Setting[bytes] = Setting("window/geometry", b"", bytes)
    window_state: Setting[bytes] = Setting("window/state", b"", bytes)
    last_page: Setting[str] = Setting("window/last_page", "home", str)
    last_folder: Setting[str] = Setting("files/last_folder", "", str)
    people_splitter: Setting[bytes] = Setting("people/splitter", b"", bytes)
    suggestions_splitter: Setting[bytes] = Setting("suggestions/splitter", b"", bytes)
    text_percent: Setting[int] = Setting("view/text_percent", 100, int)
    """View, Bigger text / Smaller text: the app's text size, in % of the computer's."""
    high_contrast: Setting[str] = Setting("view/high_contrast", "system", str)
    """View, High contrast: "system" (as the computer is set, where Qt can tell), "on" or
    "off" once the user has chosen (ui/contrast.py)."""
    server_address: Setting[str] = Setting("server/address", "", str)
    """Settings, Database server: the server this computer opens at start when no --db or
    PARTAPP_DB says otherwise (an address with no password: that is in the keyring)."""
    language: Setting[str] = Setting("ui/language", "system", str)
    """Settings, Language: "system" (as the computer is set), "en" or "cy"; read at start-up."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._q = qsettings or QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                                         ORGANISATION, "partapp")

    @classmethod
    def for_file(cls, path: str) -> AppSettings:
        return cls(QSettings(path, QSettings.Format.IniFormat))

    def read(self, setting: Setting[T]) -> T:
        raw = self._q.value(setting.key)
        if raw is None:
            return setting.default
        try:
            if setting.kind is bytes:
                return bytes(raw.data() if isinstance(raw, QByteArray) else raw)  # type: ignore[return-value]
            if setting.kind is bool:
                return (raw if isinstance(raw, bool)  # type: ignore[return-value]
                        else str(raw).lower() in ("true", "1", "yes"))
            return setting.kind(raw)
        except (TypeError, ValueError):
            return setting.default

    def write(self, setting: Setting[T], value: T) -> None:
        stored = QByteArray(cast(bytes, value)) if setting.kind is bytes else value
        self._q.setValue(setting.key, stored)

    def dialog_geometry(self, name: str) -> bytes:
        """A dialog's remembered size and place (empty when never saved)."""
        raw = self._q.value(f"dialogs/{name}")
        return bytes(raw.data()) if isinstance(raw, QByteArray) else b""

    def set_dialog_geometry(self, name: str, value: bytes) -> None:
        self._q.setValue(f"dialogs/{name}", QByteArray(value))

    def sync(self) -> None:
        self._q.sync()

    @property
    def file_name(self) -> str:
        return self._q.fileName()
