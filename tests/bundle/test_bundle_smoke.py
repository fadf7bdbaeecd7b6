"""The built bundle works: runs bundle/smoke.py on dist/ParticipationTracker/.

Runs only when the bundle has been built (``python -m bundle``) or when PARTAPP_TEST_BUNDLE=1
(then a missing bundle fails), so the normal suite stays fast. It takes about 40 seconds:
it starts the built program nine times (bundle/smoke.py).
"""

from __future__ import annotations

import os

import pytest

from bundle.build import dist_dir, program_path

WANTED = os.environ.get("PARTAPP_TEST_BUNDLE") == "1"

pytestmark = pytest.mark.skipif(
    not WANTED and not program_path(dist_dir()).is_file(),
    reason="no bundle built (python -m bundle), and PARTAPP_TEST_BUNDLE is not 1")


def test_the_built_bundle_runs_its_commands_and_the_desktop(capsys):
    from bundle.smoke import run_smoke

    code = run_smoke()
    out = capsys.readouterr().out
    assert code == 0, out
    assert "shown: WelcomeDialog" in out
    assert "shown: MainWindow" in out
