"""What the bundle holds: the app's own files, the Qt parts it needs, and what it leaves out.

Used by bundle/partapp.spec (PyInstaller runs the spec) and by the tests, which check the lists
without building anything.
"""

from __future__ import annotations

import sys
from pathlib import Path, PurePath

ROOT = Path(__file__).resolve().parent.parent
ICON_DIR = Path(__file__).resolve().parent / "icon"
NAME = "ParticipationTracker"  # the folder in dist/, and the Windows windowed program
PROGRAM = "partapp"  # partapp.exe on Windows
BUNDLE_ID = "org.participationtracker.partapp"

# Qt modules the app never imports; left out so none of their libraries or plugins come along.
EXCLUDED_MODULES = [
    "tkinter", "_tkinter",
    "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets", "PySide6.QtQuickControls2",
    "PySide6.QtQuickTest", "PySide6.QtQmlFeatures", "PySide6.QtLabsStyleKit",
    "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "PySide6.QtWebEngineQuick",
    "PySide6.QtWebChannel", "PySide6.QtWebSockets",
    "PySide6.Qt3DCore", "PySide6.Qt3DRender", "PySide6.Qt3DExtras", "PySide6.QtQuick3D",
    "PySide6.QtMultimedia", "PySide6.QtMultimediaWidgets",
    "PySide6.QtDesigner", "PySide6.QtHelp", "PySide6.QtUiTools", "PySide6.QtSql",
    "PySide6.QtTest", "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets", "PySide6.QtSvgWidgets",
    "PySide6.QtConcurrent", "PySide6.QtXml",
    # test and developer tools that may be in the environment
    "pytest", "_pytest", "pytestqt", "hypothesis", "pypdf", "outloud", "ruff", "IPython",
    "numpy", "alembic.testing", "sqlalchemy.testing",
    # PostgreSQL is for larger organisations with their own IT: they run from source
    "psycopg", "psycopg_binary", "psycopg_c", "psycopg_pool",
    "PIL._avif", "PIL.AvifImagePlugin",  # AVIF pictures (5 MB); logos are PNG or JPEG
    "lxml.objectify", "lxml.html", "lxml.isoschematron",  # pikepdf uses lxml.etree only
]

# Qt plugin folders the app uses. Everything else under Qt's plugins/ is dropped.
KEPT_PLUGIN_FOLDERS = {
    "platforms", "platformthemes", "platforminputcontexts", "xcbglintegrations",
    "styles", "printsupport", "imageformats", "iconengines",
}
# Within platforms/: X11 (xcb), offscreen and minimal on Linux (Wayland desktops run X11 apps),
# windows on Windows, cocoa on macOS. Not eglfs, linuxfb, vnc or wayland.
KEPT_PLATFORMS = ("xcb", "offscreen", "minimal.", "windows", "direct2d", "cocoa")
DROPPED_PLUGINS = ("gtk3",)  # the GTK theme drags in GTK, cairo and pango

# Qt libraries that must not be in the bundle even if something drags them in.
EXCLUDED_QT_LIBRARIES = ("WebEngine", "Qml", "Quick", "3D", "Multimedia", "Designer",
                         "Wayland", "WlShell", "EglFS", "EglFs", "VirtualKeyboard",
                         "ShaderTools", "LabsStyleKit")
# pyphen (textstat's syllables) ships 70 languages' dictionaries; the reading score is English.
KEPT_HYPHENATION = ("hyph_en_",)


def app_data() -> list[tuple[str, str]]:
    """(source, folder in the bundle) for the app's own files, as PyInstaller's ``datas``."""
    pairs = [(str(ROOT / "resources"), "resources")]
    migrations = ROOT / "partapp" / "migrations"
    # Alembic reads env.py and the versions as source files; script.py.mako is its template.
    pairs += [(str(migrations / name), "partapp/migrations")
              for name in ("env.py", "script.py.mako", "__init__.py")]
    pairs.append((str(migrations / "versions" / "*.py"), "partapp/migrations/versions"))
    pairs.append((str(ROOT / "partapp" / "ui" / "translations" / "*.qm"),
                  "partapp/ui/translations"))
    return pairs


def _qt_parts(dest: str) -> tuple[str, ...]:
    """The path inside Qt's folder: PySide6/Qt/... on Linux and macOS, PySide6/... on Windows."""
    parts = PurePath(dest.replace("\\", "/")).parts
    if "PySide6" not in parts:
        return ()
    rest = parts[parts.index("PySide6") + 1:]
    return rest[1:] if rest[:1] in (("Qt",), ("Qt6",)) else rest


def keep_binary(dest: str) -> bool:
    """False for a Qt plugin or library the app does not need (``dest``: path in the bundle)."""
    name = PurePath(dest.replace("\\", "/")).name
    qt_library = name.startswith(("libQt6", "Qt6")) or (
        name.startswith("Qt") and ".framework" in dest)
    if qt_library and any(word in name for word in EXCLUDED_QT_LIBRARIES):
        return False
    parts = _qt_parts(dest)
    if len(parts) >= 2 and parts[0] == "plugins":
        if parts[1] == "platforms":
            return any(word in name for word in KEPT_PLATFORMS)
        return parts[1] in KEPT_PLUGIN_FOLDERS and not any(w in name for w in DROPPED_PLUGINS)
    return not (parts and parts[0] == "qml")


def keep_data(dest: str) -> bool:
    """Qt's own translations: only Qt's base ones (Qt's buttons); none for QML, WebEngine..."""
    path = PurePath(dest.replace("\\", "/"))
    if path.parts[:2] == ("pyphen", "dictionaries"):
        return path.name.startswith(KEPT_HYPHENATION)
    parts = _qt_parts(dest)
    if parts and parts[0] == "translations":
        return path.name.startswith("qtbase_")
    return not (parts and parts[0] in ("qml", "resources"))


def icon_file() -> str:
    suffix = {"win32": "ico", "darwin": "icns"}.get(sys.platform, "png")
    return str(ICON_DIR / f"partapp.{suffix}")


def version() -> str:
    """partapp.__version__, read without importing the app."""
    for line in (ROOT / "partapp" / "__init__.py").read_text(encoding="utf-8").splitlines():
        if line.startswith("__version__"):
            return line.split("=", 1)[1].strip().strip("\"'")
    raise RuntimeError("partapp/__init__.py has no __version__")


def windows_version_info(path: Path) -> Path:
    """The version resource Windows shows in the program's Properties (PyInstaller's format)."""
    numbers = [int(n) for n in version().split(".")[:4] if n.isdigit()]
    numbers += [0] * (4 - len(numbers))
    dotted = ".".join(str(n) for n in numbers)
    path.write_text(f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={tuple(numbers)}, prodvers={tuple(numbers)}, mask=0x3f, flags=0x0,
                    OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('080904B0', [
      StringStruct('CompanyName', 'Participation Tracker'),
      StringStruct('FileDescription', 'Participation Tracker'),
      StringStruct('FileVersion', '{dotted}'),
      StringStruct('ProductName', 'Participation Tracker'),
      StringStruct('ProductVersion', '{version()}'),
      StringStruct('OriginalFilename', 'partapp.exe')])]),
    VarFileInfo([VarStruct('Translation', [2057, 1200])])
  ]
)
""", encoding="utf-8")
    return path
