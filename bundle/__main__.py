"""``python -m bundle`` builds the bundle; ``--smoke`` runs the smoke test on the built one."""

from __future__ import annotations

import argparse
import sys


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bundle",
        description="Build dist/ParticipationTracker/ (the app as one folder), or test it.")
    parser.add_argument("--smoke", action="store_true",
                        help="do not build: run the smoke test on the bundle already built")
    parser.add_argument("--keep-cache", action="store_true",
                        help="reuse PyInstaller's cache in build/ (a faster rebuild)")
    args = parser.parse_args(argv)
    if args.smoke:
        from .smoke import run_smoke

        return run_smoke()
    from .build import build

    build(clean=not args.keep_cache)
    return 0


if __name__ == "__main__":
    sys.exit(main())
