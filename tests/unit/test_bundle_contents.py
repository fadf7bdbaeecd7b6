"""What bundle/partapp.spec puts in the bundle, checked without building it (bundle/contents.py)."""

from __future__ import annotations

import glob
import tomllib
from pathlib import Path

import partapp
from bundle import contents

ROOT = Path(__file__).resolve().parents[2]


def test_every_app_file_the_bundle_names_exists():
    for source, _folder in contents.app_data():
        assert glob.glob(source), f"{source} matches no file"


def test_the_bundle_holds_resources_migrations_and_translations():
    folders = {folder for _source, folder in contents.app_data()}
    assert {"resources", "partapp/migrations", "partapp/migrations/versions",
            "partapp/ui/translations"} <= folders
    sources = [source for source, _folder in contents.app_data()]
    assert any(source.endswith("env.py") for source in sources)  # Alembic reads it as a file
    assert glob.glob(str(ROOT / "partapp" / "ui" / "translations" / "*.qm"))


def test_the_version_is_the_apps():
    assert contents.version() == partapp.__version__


def test_there_is_an_icon_for_every_system():
    for suffix in ("png", "ico", "icns"):
        assert (contents.ICON_DIR / f"partapp.{suffix}").stat().st_size > 1000


def test_the_qt_plugins_the_app_needs_are_kept():
    for dest in ("PySide6/Qt/plugins/platforms/libqxcb.so",
                 "PySide6/Qt/plugins/platforms/libqoffscreen.so",
                 "PySide6\\plugins\\platforms\\qwindows.dll",
                 "PySide6\\plugins\\styles\\qmodernwindowsstyle.dll",
                 "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
                 "PySide6/Qt/plugins/imageformats/libqjpeg.so",
                 "PySide6/Qt/plugins/styles/libqmodernwindowsstyle.so",
                 "PySide6/Qt/lib/libQt6Pdf.so.6",
                 "PySide6/Qt/lib/libQt6PrintSupport.so.6",
                 "PySide6/Qt/lib/libQt6Widgets.so.6"):
        assert contents.keep_binary(dest), dest


def test_qml_webengine_and_wayland_are_left_out():
    for dest in ("PySide6/Qt/lib/libQt6WebEngineCore.so.6",
                 "PySide6/Qt/lib/libQt6Qml.so.6",
                 "PySide6/Qt/lib/libQt6Quick.so.6",
                 "PySide6/Qt/lib/libQt63DCore.so.6",
                 "PySide6/Qt/lib/libQt6Multimedia.so.6",
                 "PySide6\\Qt6Qml.dll",
                 "PySide6/Qt/plugins/platforms/libqwayland.so",
                 "PySide6\\plugins\\platforms\\qvnc.dll",
                 "PySide6\\plugins\\sqldrivers\\qsqlite.dll",
                 "PySide6/Qt/plugins/platforms/libqeglfs.so",
                 "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
                 "PySide6/Qt/plugins/qmltooling/libqmldbg_debugger.so",
                 "PySide6/Qt/plugins/sqldrivers/libqsqlite.so",
                 "PySide6/Qt/qml/QtQuick/libqtquick2plugin.so"):
        assert not contents.keep_binary(dest), dest
    assert {"PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtWebEngineCore",
            "PySide6.QtMultimedia", "PySide6.Qt3DCore"} <= set(contents.EXCLUDED_MODULES)


def test_only_qts_own_button_translations_and_english_hyphenation_are_kept():
    assert contents.keep_data("PySide6/Qt/translations/qtbase_de.qm")
    assert not contents.keep_data("PySide6/Qt/translations/qtdeclarative_de.qm")
    assert contents.keep_data("PySide6\\translations\\qtbase_cy.qm")  # Windows
    assert not contents.keep_data("PySide6\\translations\\qtwebengine_de.qm")
    assert contents.keep_data("pyphen/dictionaries/hyph_en_US.dic")
    assert not contents.keep_data("pyphen/dictionaries/hyph_de_DE.dic")
    assert contents.keep_data("resources/fonts/DejaVuSans.ttf")
    assert contents.keep_data("partapp/migrations/env.py")


def test_the_bundle_extra_installs_pyinstaller_6_and_every_optional_feature():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    extras = config["project"]["optional-dependencies"]
    assert extras["bundle"][0] == "pyinstaller>=6,<7"
    # What the installed app can do: keep a mail server's password, protect the file.
    assert set(extras["email"]) | set(extras["encryption"]) <= set(extras["bundle"])
    assert not any("bundle" in p for p in config["tool"]["setuptools"]["packages"]["find"]
                   ["include"])  # the build code is not part of the installed app


def test_dist_and_build_stay_out_of_git():
    ignored = (ROOT / ".gitignore").read_text(encoding="utf-8").split()
    assert "dist/" in ignored and "build/" in ignored


def test_the_windows_version_resource_says_the_apps_version(tmp_path):
    # PyInstaller evaluates this text with its own classes (only on Windows); here, stand-ins.
    names = ("VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct",
             "VarFileInfo", "VarStruct")
    made: dict[str, list] = {name: [] for name in names}

    def maker(name):
        def make(*args, **kwargs):
            made[name].append((args, kwargs))
            return name
        return make

    text = contents.windows_version_info(tmp_path / "v.txt").read_text(encoding="utf-8")
    eval(text, {name: maker(name) for name in names})  # our own generated text
    numbers = tuple(int(n) for n in partapp.__version__.split("."))
    assert made["FixedFileInfo"][0][1]["filevers"][:len(numbers)] == numbers
    strings = dict(args for args, _ in made["StringStruct"])
    assert strings["ProductVersion"] == partapp.__version__
    assert strings["OriginalFilename"] == "partapp.exe"
