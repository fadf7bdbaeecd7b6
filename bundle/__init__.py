"""Build the app as a one-folder bundle a volunteer can install: ``python -m bundle``.

- ``python -m bundle`` builds ``dist/ParticipationTracker/`` with PyInstaller from
  ``bundle/partapp.spec`` (one spec for Windows, macOS and Linux). The program is ``partapp``
  (``partapp.exe`` on Windows, which also gets ``ParticipationTracker.exe``: the same program
  without a console window, for the Start menu).
- ``python -m bundle --smoke`` runs the built program: its version, the headless commands on
  new and sample data, and the desktop on a new data file (see bundle/smoke.py).
- ``bundle/windows/partapp.iss`` makes the Windows installer from the built folder (Inno Setup).

What goes in, and what is left out, is listed in bundle/contents.py.
"""
