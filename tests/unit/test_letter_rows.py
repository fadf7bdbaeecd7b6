"""Letters read what they need in batches: the same letters whatever the batch size, so a
batch boundary (one person's letters, or one suggestion's changes, split across two
statements) changes nothing."""

from __future__ import annotations

from sqlalchemy import select

from partapp.models import Suggestion, suggestion_raiser
from partapp.services.feedback.letter_rows import batches, letter_items, letter_people

from .letters_data import TODAY, build


def test_batches_keep_the_order_and_leave_out_repeats():
    assert list(batches([5, 3, 5, 1, 3, 9, 2], 2)) == [[5, 3], [1, 9], [2]]
    assert list(batches([], 2)) == []


def test_the_same_people_and_items_whatever_the_batch_size(session):
    build(session)
    person_ids = sorted(session.scalars(select(suggestion_raiser.c.person_id).distinct()))
    suggestion_ids = sorted(session.scalars(select(Suggestion.id)))
    assert len(person_ids) > 3 and len(suggestion_ids) > 3
    whole_people = letter_people(session, person_ids, TODAY)
    whole_items = letter_items(session, suggestion_ids, TODAY)
    for size in (1, 2, 3):
        assert letter_people(session, person_ids, TODAY, batch_size=size) == whole_people
        assert letter_items(session, suggestion_ids, TODAY, batch_size=size) == whole_items
    # what the letters show: someone told before has heard about it; a change done is named
    assert any(person.heard_about for person in whole_people.values())
    assert any(item.change for item in whole_items.values())
