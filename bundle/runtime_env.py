"""PyInstaller runtime hook: programs the app starts (espeak-ng, lou_translate) get the
computer's own libraries, not the bundle's.

On Linux the bundle's launcher puts the bundle's folder first in LD_LIBRARY_PATH so the app
finds its libraries; a program started from the app would inherit that and could load our
copies instead of its own. The dynamic loader read LD_LIBRARY_PATH when the app started, so
putting the old value back here changes nothing for the app itself. (PyInstaller keeps the old
value in LD_LIBRARY_PATH_ORIG, when there was one.)
"""

import os
import sys

if sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd", "sunos", "aix")):
    for _name in ("LD_LIBRARY_PATH", "LIBPATH"):
        _before = os.environ.pop(f"{_name}_ORIG", None)
        if _before is not None:
            os.environ[_name] = _before
        elif getattr(sys, "frozen", False):
            os.environ.pop(_name, None)
