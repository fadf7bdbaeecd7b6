"""A small dataset for the letter tests: who is owed what on TODAY is known by construction.

Owed on 2025-06-02 (promise 28 days):
  Siân    standard     s_bus (agreed in part, plan due 2025-07-31), s_menu (no decision: update),
                       s_shared (agreed, raised with Zoë)
  Llŷr    large print  s_ramp (not possible), s_markup (not now; text full of markup)
  Zoë     easy read    s_garden (change done), s_shared
  Łukasz  standard     s_bins (passed on) -- letters go c/o his supporter Mair Jones
  Nguyễn  email        s_thanks (a compliment, with a reply)
  Gwen    standard     s_welsh (agreed) -- Welsh speaker, bilingual letters
  Tom     phone        s_phone (agreed)
Not owed: Ann (her letter went after the decision), and the anonymous suggestion (nobody).
"""

from __future__ import annotations

from datetime import date

from partapp.services.feedback import owed as feedback
from partapp.services.records import activities, changes, lists, organisation, people, suggestions
from partapp.services.records.activities import ActivityData
from partapp.services.records.changes import ChangeData
from partapp.services.records.organisation import OrganisationDetails
from partapp.services.records.people import PersonData
from partapp.services.records.suggestions import DecisionData, SuggestionData

TODAY = date(2025, 6, 2)
ANONYMOUS_WORDS = "Nobody should ever get a letter about this anonymous note"
MARKUP = "<b>Bold</b> & <font size=40>big</font> {first_name} </para>"


def build(session) -> dict[str, int]:
    organisation.save_details(session, OrganisationDetails(
        name="Riverside Care", address="The Old Mill\n12 Bridge Street\nKnighton\nLD7 1BT",
        phone="01632 960100", email="hello@riverside.example.org",
        charity_number="1187654", signatory_name="Alex Price",
        signatory_role="Participation worker",
        complaints_contact="You can also ring our manager, Sam Lee, on 01632 960101."))
    transport = lists.save_service(session, "Transport").id
    ids: dict[str, int] = {}
    for key, data in {
        "sian": PersonData(first_name="Siân", last_name="Roberts", address_1="4 Mill Lane",
                           town="Knighton", postcode="LD7 1AB"),
        "llyr": PersonData(first_name="Llŷr", last_name="Evans", address_1="9 Castle Road",
                           town="Presteigne", postcode="LD8 2CD", feedback_format="large_print"),
        "zoe": PersonData(first_name="Zoë", last_name="Adams", address_1="Flat 2",
                          address_2="Tower House", town="Kington", postcode="HR5 3EF",
                          feedback_format="easy_read"),
        "lukasz": PersonData(first_name="Łukasz", last_name="Nowak", address_1="1 Station Road",
                             town="Knighton", postcode="LD7 4GH", supporter_name="Mair Jones",
                             supporter_address="2 Chapel Row\nKnighton\nLD7 1AA",
                             send_via_supporter=True),
        "nguyen": PersonData(first_name="Nguyễn", last_name="Thị Lan", email="lan@example.org",
                             address_1="5 West Street", town="Clun", postcode="SY7 8JK",
                             feedback_format="email"),
        "gwen": PersonData(first_name="Gwen", last_name="Price", address_1="Maes y Dre",
                           town="Knighton", postcode="LD7 5LM", language="cy", bilingual=True),
        "tom": PersonData(first_name="Tom", last_name="Baker", phone="01632 960555",
                          feedback_format="phone"),
        "ann": PersonData(first_name="Ann", last_name="Other", address_1="7 Brookside",
                          town="Knighton", postcode="LD7 6NP"),
    }.items():
        ids[key] = people.save_person(session, data).id

    ids["forum"] = activities.save_activity(session, ActivityData(
        title="Day centre forum", held_on=date(2025, 4, 1), activity_type="forum",
        involvement_code="consultation", service_id=transport,
        attendee_ids=(ids["sian"], ids["zoe"], ids["llyr"]))).id

    def said(key, who, text, raised, *, kind="idea", channel="in_person", at_forum=False):
        ids[key] = suggestions.save_suggestion(session, SuggestionData(
            text=text, raised_on=raised, kind=kind, channel=channel, service_id=transport,
            activity_id=ids["forum"] if at_forum else None,
            raiser_ids=tuple(ids[w] for w in who)), today=TODAY).id

    def decide(key, outcome, on, **extra):
        suggestions.record_decision(session, ids[key], DecisionData(
            outcome=outcome, decided_on=on, **extra), today=TODAY)

    said("s_bus", ["sian"], "The minibus comes too early. Could it come at ten?",
         date(2025, 4, 1), at_forum=True)
    decide("s_bus", "agreed_in_part", date(2025, 5, 1),
           reason="We can move it to half past nine, but not to ten.",
           instead="We can ring you the evening before with the time.")
    changes.save_change(session, ChangeData(description="Move the pick-up to half past nine",
                                            status="planned", due_on=date(2025, 7, 31),
                                            suggestion_ids=(ids["s_bus"],)), today=TODAY)
    said("s_menu", ["sian"], "The menu writing is too small for me to read.",
         date(2025, 1, 10), channel="phone")
    said("s_shared", ["sian", "zoe"], "Please put a bench by the bus stop.", date(2025, 4, 1),
         at_forum=True)
    decide("s_shared", "agreed", date(2025, 5, 2))
    said("s_ramp", ["llyr"], "The ramp at the back door is too steep.", date(2025, 4, 1),
         kind="concern", at_forum=True)
    decide("s_ramp", "not_possible", date(2025, 5, 3),
           reason="The building belongs to the council and we may not change it.")
    said("s_markup", ["llyr"], MARKUP, date(2025, 4, 2), channel="letter")
    decide("s_markup", "not_now", date(2025, 5, 4),
           reason="We do not have the money this year. We will look again in April.")
    said("s_garden", ["zoe"], "Could we grow vegetables in the garden?", date(2025, 3, 1),
         at_forum=False)
    decide("s_garden", "agreed", date(2025, 3, 20))
    changes.save_change(session, ChangeData(description="We made two raised beds for vegetables",
                                            status="done", done_on=date(2025, 5, 20),
                                            suggestion_ids=(ids["s_garden"],)), today=TODAY)
    said("s_bins", ["lukasz"], "The bins outside are never emptied on time.",
         date(2025, 4, 5), kind="complaint", channel="email")
    decide("s_bins", "passed_on", date(2025, 5, 5), passed_to="the county council",
           reason="The council empties the bins, not us. We sent them your message.")
    said("s_thanks", ["nguyen"], "The new driver is so kind and patient.", date(2025, 4, 6),
         kind="compliment", channel="suggestion_box")
    decide("s_thanks", "agreed", date(2025, 5, 6),
           reason="Thank you. We passed your kind words on to the driver.")
    said("s_welsh", ["gwen"], "Please send me letters in Welsh as well as English.",
         date(2025, 4, 7), channel="letter")
    decide("s_welsh", "agreed", date(2025, 5, 7))
    said("s_phone", ["tom"], "Please ring me rather than write.", date(2025, 4, 8),
         channel="phone")
    decide("s_phone", "agreed", date(2025, 5, 8))
    said("s_ann", ["ann"], "More chairs in the hall, please.", date(2025, 3, 1))
    decide("s_ann", "agreed", date(2025, 3, 10))
    feedback.record_feedback(session, person_id=ids["ann"], kind="decision",
                             suggestion_ids=[ids["s_ann"]], sent_on=date(2025, 3, 12),
                             snapshot="Dear Ann ...", today=TODAY)
    said("s_anon", [], ANONYMOUS_WORDS, date(2025, 1, 5), channel="suggestion_box")
    decide("s_anon", "agreed", date(2025, 5, 9))
    session.flush()
    return ids


OWED = {
    "sian": ("s_menu", "s_bus", "s_shared"),
    "llyr": ("s_ramp", "s_markup"),
    "zoe": ("s_shared", "s_garden"),
    "lukasz": ("s_bins",),
    "nguyen": ("s_thanks",),
    "gwen": ("s_welsh",),
    "tom": ("s_phone",),
}
