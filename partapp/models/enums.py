"""Fixed lists of codes and the plain-English labels users see.

Codes are stored in the database (guarded by CHECK constraints); labels are for people.
Everything here is plain data so services, reports and the UI share one source of truth.
"""

from __future__ import annotations

FEEDBACK_FORMATS = {
    "standard": "Standard print",
    "large_print": "Large print",
    "easy_read": "Easy read",
    "braille": "Braille",
    "audio": "Audio",
    "email": "Email",
    "phone": "Phone call",
}

ACTIVITY_TYPES = {
    "forum": "Forum",
    "consultation_event": "Consultation event",
    "focus_group": "Focus group",
    "survey": "Survey",
    "one_to_one": "One-to-one",
    "visit": "Visit",
    "online": "Online",
}

# The upper rungs of the ladder of co-production, low to high. Order is fixed; labels editable.
INVOLVEMENT_LEVELS = {
    "informing": ("Informing", "We told people about plans or decisions already made."),
    "consultation": ("Consultation", "We asked people what they think before we decided."),
    "engagement": ("Engagement", "People helped us shape the options, but we decided."),
    "co_design": ("Co-design", "People designed it with us from the start."),
    "co_production": ("Co-production", "People shared the power: planning, deciding and doing it with us."),
}

ACCESS_SUPPORT = {
    "interpreter": "Interpreter",
    "bsl": "British Sign Language (BSL)",
    "easy_read": "Easy read papers",
    "large_print": "Large print papers",
    "hearing_loop": "Hearing loop",
    "transport": "Transport",
    "personal_assistant": "Support worker or personal assistant",
    "other": "Other support",
}

SUGGESTION_KINDS = {
    "idea": "Idea",
    "concern": "Concern",
    "complaint": "Complaint",
    "compliment": "Compliment",
    "question": "Question",
}

CHANNELS = {
    "activity": "At an activity",
    "phone": "Phone",
    "letter": "Letter",
    "email": "Email",
    "suggestion_box": "Suggestion box",
    "in_person": "In person",
}

OUTCOMES = {
    "agreed": "Agreed",
    "agreed_in_part": "Agreed in part",
    "not_now": "Not now",
    "not_possible": "Not possible",
    "passed_on": "Passed on",
}
# Outcomes that are a "no" (or not ours to do) and must carry a reason.
OUTCOMES_NEEDING_REASON = ("agreed_in_part", "not_now", "not_possible", "passed_on")
NO_OUTCOMES = ("not_now", "not_possible", "passed_on")

REASON_CATEGORIES = {
    "money": "Money",
    "staff": "Staff or time",
    "law": "The law or rules we must follow",
    "outside_control": "Outside our control",
    "safety": "Safety",
    "other_people": "It would not suit other people who use the service",
    "other": "Another reason",
}

CHANGE_STATUSES = {
    "planned": "Planned",
    "in_progress": "In progress",
    "done": "Done",
    "stopped": "Stopped",
}

FEEDBACK_KINDS = {
    "update": "Update",
    "decision": "Decision",
    "change_made": "Change made",
    "thank_you": "Thank you",
}

# "Did it make a difference?": what someone said when asked about a change, some weeks after.
FOLLOW_UP_ANSWERS = {
    "yes": "Yes",
    "a_bit": "A bit",
    "no": "No",
    "not_sure": "Not sure",
}
# How their answer reached us.
FOLLOW_UP_METHODS = {
    "reply_slip": "Reply slip",
    "phone": "Phone call",
    "meeting": "At a meeting",
}

FEEDBACK_METHODS = {
    "post": "Post",
    "email": "Email",
    "phone": "Phone call",
    "in_person": "By hand or in person",
    "via_supporter": "Through their supporter",
}

STAFF_ROLES = {
    "volunteer": "Volunteer",
    "coordinator": "Coordinator",
    "administrator": "Administrator",
}

AUDIT_ACTIONS = (
    "create", "update", "delete", "import", "print", "mark_sent", "export", "erase",
    "anonymise", "backup", "restore", "sign_in", "sign_in_failed", "settings", "encrypt", "decrypt",
)

# Equality monitoring: every question optional; "prefer_not_to_say" always offered.
PREFER_NOT_TO_SAY = "prefer_not_to_say"
EQUALITY_QUESTIONS: dict[str, tuple[str, dict[str, str]]] = {
    "age_band": ("Age", {
        "under_18": "Under 18", "18_24": "18 to 24", "25_34": "25 to 34", "35_49": "35 to 49",
        "50_64": "50 to 64", "65_74": "65 to 74", "75_84": "75 to 84", "85_plus": "85 or over",
    }),
    "sex": ("Sex", {"female": "Female", "male": "Male", "other": "Another way"}),
    "trans": ("Is your gender the same as the sex you were registered at birth?", {
        "yes": "Yes", "no": "No",
    }),
    "ethnicity": ("Ethnic group", {
        "asian": "Asian or Asian British", "black": "Black, Black British, Caribbean or African",
        "mixed": "Mixed or multiple ethnic groups", "white": "White",
        "other": "Another ethnic group",
    }),
    "disability": ("Do you consider yourself to be disabled?", {"yes": "Yes", "no": "No"}),
    "religion": ("Religion or belief", {
        "none": "No religion", "christian": "Christian", "buddhist": "Buddhist", "hindu": "Hindu",
        "jewish": "Jewish", "muslim": "Muslim", "sikh": "Sikh", "other": "Another religion or belief",
    }),
    "sexual_orientation": ("Sexual orientation", {
        "straight": "Straight or heterosexual", "gay_lesbian": "Gay or lesbian",
        "bisexual": "Bisexual", "other": "Another sexual orientation",
    }),
}


def equality_options(question: str) -> dict[str, str]:
    """The answers offered for one equality question, "prefer not to say" last."""
    return {**EQUALITY_QUESTIONS[question][1], PREFER_NOT_TO_SAY: "Prefer not to say"}


DEFAULT_GROUPS = (
    "Older people",
    "Children and young people",
    "People with learning difficulties",
    "Disabled people",
    "Mental health service users",
    "Carers",
)

LANGUAGES = {"en": "English", "cy": "Welsh"}
