"""unprofessional_profanity: strength and target decide; alt-profanity-check only nudges."""

from __future__ import annotations

import pytest

from classifiers.recognizers.unprofessional_profanity import UnprofessionalProfanity
from tests.recognizer_helpers import fired, make_post, run

RULE = "unprofessional.profanity"


@pytest.fixture(scope="module")
def recognizer() -> UnprofessionalProfanity:
    r = UnprofessionalProfanity()
    r.load()
    return r


# fmt: off
POSITIVES = [
    "this fucking patient again, third time this week",
    "f***ing Epic, f*** whoever bought it",
    "the reg is a useless prick, left me alone with 20 patients",
    "bed 9's family are a bunch of c***s honestly",
    "what a shitshow of a night shift, management can get fucked",
    "Bloody relatives screaming at the nurses again, sick of this crap",
    "fkn nightmare of a ward round, consultant was a total dickhead",
]
NEGATIVES = [
    "what a shit night, bed",
    "Damn, forgot my lunch again",
    "Scunthorpe General is hiring, great team",
    "He called me a f***ing bitch and threw a chair. Staff safety matters",
    "Is it hell or is it just the car park on a Monday",
    "Assessment of the arsenal of new drugs for heart failure",
    "Shiitake mushrooms in the canteen today, fancy",
    "Passed my exams!! Hell yes",
]
# fmt: on


@pytest.mark.parametrize("text", POSITIVES)
def test_profanity_about_work_patients_or_colleagues(recognizer: UnprofessionalProfanity, text: str) -> None:
    assert RULE in fired(recognizer, text)


@pytest.mark.parametrize("text", NEGATIVES)
def test_mild_or_reported_swearing_is_not_flagged(recognizer: UnprofessionalProfanity, text: str) -> None:
    assert RULE not in fired(recognizer, text)


def test_the_model_probability_is_in_the_trail(recognizer: UnprofessionalProfanity) -> None:
    (finding,) = run(recognizer, make_post("this fucking patient again"))
    assert dict(finding.trail)["alt-profanity-check"]


# fmt: off
# Starred spellings, and regional or other-language insults aimed at a colleague or a patient.
FRESH_POSITIVES = [
    "the bed manager is a total c**t, moved my patient at 3am without telling anyone",
    "a**hole in cubicle 4 spat at the HCA. zero patience left",
    "absolute gobshite of a registrar, left me alone with two sick patients and went home",
    "wtaf did the relatives in bed 6 think they were doing, unplugging the pump",
    "Tabarnak, the reg hung up on me again",
]
# The same words aimed at traffic, weather or the building.
FRESH_NEGATIVES = [
    "Absolute bawbag of a morning, bus late, rain sideways, still made handover",
    "Tangina the traffic on the expressway, 2 hours to the hospital again 😩",
    "wtaf is going on with the lift in the car park, third week broken",
    "kak weather for the charity run but we raised R4000 for the paeds ward 💪",
]
# fmt: on


@pytest.mark.parametrize("text", FRESH_POSITIVES)
def test_starred_and_regional_swearing_aimed_at_people(recognizer: UnprofessionalProfanity, text: str) -> None:
    assert RULE in fired(recognizer, text)


@pytest.mark.parametrize("text", FRESH_NEGATIVES)
def test_regional_swearing_at_traffic_or_weather(recognizer: UnprofessionalProfanity, text: str) -> None:
    assert RULE not in fired(recognizer, text)


# "ffs" counts as strong profanity only when aimed at a patient or a colleague.
@pytest.mark.parametrize(
    "text, flagged",
    [
        ("Another 3am call about Mrs Patel's catheter. She's 94 ffs just let her sleep", True),
        ("bloke in bay 3 rang the bell 14 times for the wifi password, ffs mate", True),
        ("ffs the printer on the ward has jammed again", False),
        ("rota out 2 days before the month starts, ffs", False),
    ],
)
def test_ffs_counts_only_when_aimed(
    recognizer: UnprofessionalProfanity, text: str, flagged: bool
) -> None:
    assert (RULE in fired(recognizer, text)) is flagged


# A strong word spent on the commute or the weather is not about work, patients or colleagues;
# the same word before a patient, a colleague or the EHR still counts.
@pytest.mark.parametrize(
    "text, flagged",
    [
        ("Three fucking roadworks between my house and the hospital, late for handover again", False),
        ("this fucking rain, soaked through before I'd even got to the ward", False),
        ("two hours on the M50 because of the fucking traffic, day ruined before it started", False),
        ("the fucking reg hung up on me again at 3am", True),
        ("fucking Epic logged me out mid-prescription, f*** whoever bought it", True),
    ],
)
def test_swearing_at_the_commute_is_not_about_work(
    recognizer: UnprofessionalProfanity, text: str, flagged: bool
) -> None:
    assert (RULE in fired(recognizer, text)) is flagged
