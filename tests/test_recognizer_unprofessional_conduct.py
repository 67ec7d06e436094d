"""unprofessional_conduct: intoxication near duty; unsubstantiated claims and adverts."""

from __future__ import annotations

import pytest

from classifiers.recognizers.unprofessional_conduct import UnprofessionalConduct
from tests.recognizer_helpers import fired

# fmt: off
POSITIVES = [
    ("3 pints before nights 🍺 let's go", "unprofessional.intoxication"),
    ("still drunk on the ward round, send help", "unprofessional.intoxication"),
    ("hungover on call again, bleep won't stop", "unprofessional.intoxication"),
    ("vodka in my water bottle on nights, don't tell anyone", "unprofessional.intoxication"),
    ("took home some of the leftover morphine, long week", "unprofessional.intoxication"),
    ("Our IV vitamin drip cures long covid in 3 sessions! Book now", "unprofessional.unsubstantiated_claims"),
    ("This supplement reverses diabetes naturally, use my code DOC20 for 20% off", "unprofessional.unsubstantiated_claims"),
    ("Miracle cure for back pain, guaranteed results or your money back", "unprofessional.unsubstantiated_claims"),
    ("Our stem cell injections regrow cartilage, no side effects. DM to book", "unprofessional.unsubstantiated_claims"),
]
NEGATIVES = [
    "wine o'clock after nights 🍷 earned it",
    "Pint after a long shift with the team, good craic",
    "the drunk lad in resus tried to fight the security guard",
    "Drunk driving kills. Please don't. We see it every weekend",
    "patient was so intoxicated he couldn't stand, obs every 15 mins",
    "high risk patients should get the flu vaccine",
    "We now offer physio on Saturdays, book at reception",
    "Beware of clinics claiming stem cells cure arthritis, there is no evidence",
    "There is no miracle cure for obesity. Small changes add up",
    "Myth: detox teas cleanse your liver. Fact: your liver does that itself",
    "Celebrating the end of exams with a few drinks tonight!",
]
# fmt: on


@pytest.mark.parametrize("text, rule", POSITIVES)
def test_reckless_or_dishonest_conduct(text: str, rule: str) -> None:
    assert rule in fired(UnprofessionalConduct(), text)


@pytest.mark.parametrize("text", NEGATIVES)
def test_after_work_drinks_patients_and_debunking(text: str) -> None:
    assert fired(UnprofessionalConduct(), text) == set()


# fmt: off
MORE_CONDUCT = [
    ("couple of ciders at lunch, then back for the afternoon list 🍺", "unprofessional.intoxication"),
    ("still hammered from the wedding, ward round in 20 mins, pray for me", "unprofessional.intoxication"),
    ("if anyone needs some oxy for their back, DM me, got extras lol", "unprofessional.intoxication"),
    ("Our IV vitamin drip cures fatigue for good! Book now, 20% off this week", "unprofessional.unsubstantiated_claims"),
]
MORE_CONDUCT_HARD_NEGATIVES = [
    "couple of ciders after a brutal week of nights, day off tomorrow 🍺",
    "Patient was hammered after the wedding and fell down the stairs. Hope he's ok",
    "IV vitamin drips don't cure fatigue. No detox required, just sleep and time",
]
# fmt: on


@pytest.mark.parametrize("text, rule", MORE_CONDUCT)
def test_more_conduct_shapes(text: str, rule: str) -> None:
    assert rule in fired(UnprofessionalConduct(), text)


@pytest.mark.parametrize("text", MORE_CONDUCT_HARD_NEGATIVES)
def test_more_conduct_hard_negatives(text: str) -> None:
    assert not fired(UnprofessionalConduct(), text)
