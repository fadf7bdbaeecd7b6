"""Big batches (a thousand letters) without the garbage collector's pauses.

Python's cycle collector runs every few hundred new objects and walks every object alive, so a
batch that makes hundreds of thousands of short-lived objects (rows, letters, pieces of PDF)
spends a sixth of its time in it. Those objects are freed by reference counting as soon as they
are done with; the collector finds little there. ``collector_paused`` holds it off for the
batch; it carries on as usual afterwards. Nested and concurrent batches are counted, so the
collector comes back only when the last batch ends, and only if it was on before.
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
