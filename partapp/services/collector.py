"""Keeping Python's garbage collector from stalling the app.

The cycle collector runs every few hundred new objects, and now and then it walks every object
alive. Two things follow:

- A batch that makes hundreds of thousands of short-lived objects (rows, letters, pieces of
  PDF) spends a sixth of its time in it, though reference counting frees those objects as soon
  as they are done with. ``collector_paused`` holds it off for the batch; it carries on as usual
  afterwards. Nested and concurrent batches are counted, so the collector comes back only when
  the last batch ends, and only if it was on before.
- A full pass over everything the app made while starting (modules, classes, the window: about
  half a million objects) takes some 50 ms, and lands on whatever click comes next.
  ``keep_start_up_objects`` sets those objects aside once the window is built: they live as
  long as the app, and later passes leave them out.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_running = 0
_was_enabled = False


@contextmanager
def collector_paused() -> Iterator[None]:
    global _running, _was_enabled
    with _lock:
        if _running == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _running += 1
    try:
        yield
    finally:
        with _lock:
            _running -= 1
            if _running == 0 and _was_enabled:
                gc.enable()


_start_up_kept = False


def keep_start_up_objects() -> None:
    """Leave everything made so far out of later collections (once per process)."""
    global _start_up_kept
    with _lock:
        if not _start_up_kept:
            gc.freeze()
            _start_up_kept = True
