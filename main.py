"""Launcher: `python main.py` does the same as `partapp` (the desktop app, or a headless command)."""

import sys

from partapp.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
