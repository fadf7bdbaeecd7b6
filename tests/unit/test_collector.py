"""The garbage collector is held off during big batches and kept off start-up objects."""

from __future__ import annotations

import gc

import pytest

from partapp.services.collector import collector_paused, keep_start_up_objects


def test_the_garbage_collector_is_paused_for_a_batch_and_back_afterwards():
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer batch is still going
    assert gc.isenabled()
    with pytest.raises(RuntimeError), collector_paused():
        raise RuntimeError("a failed batch")
    assert gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()  # it was off before, so it stays off
    finally:
        gc.enable()


def test_start_up_objects_are_set_aside_once():
    keep_start_up_objects()
    kept = gc.get_freeze_count()
    assert kept > 0  # everything alive now is left out of later collections
    made_later = [[] for _ in range(1000)]
    keep_start_up_objects()
    assert gc.get_freeze_count() == kept  # only once: later objects are collected as usual
    assert made_later
