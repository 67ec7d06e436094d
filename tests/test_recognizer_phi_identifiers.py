"""phi_identifiers: record numbers (with check digits), DOB, bed/room/bay, contact details."""

from __future__ import annotations

import pytest

from classifiers.recognizers.phi_identifiers import (
    PhiIdentifiers,
    luhn_valid,
    medicare_au_valid,
    nhs_number_valid,
)
from tests.recognizer_helpers import fired, make_post, run

# fmt: off
POSITIVES = [
    ("MRN 00482913 still waiting for a bed, anyone know what's happening", "phi.record_number"),
    ("pt NHS no 943 476 5919 needs review before the list", "phi.record_number"),
    ("hosp no: 7741203 — can someone chase the CT for this lady", "phi.record_number"),
    ("Anyone know why UR number 0048821 keeps bouncing back from pharmacy?", "phi.record_number"),
    ("our pt with NHS 943 476 5919 in bay 3 needs bloods", "phi.record_number"),
    ("DOB 12/03/1954 on the wristband was wrong lol", "phi.date_of_birth"),
    ("d.o.b. 3rd March 1961, lovely lady, admitted with a fall", "phi.date_of_birth"),
    ("the lady in room 12 keeps pressing the buzzer tonight", "phi.bed_or_room"),
    ("bed 4 pulled his cannula out for the third time", "phi.bed_or_room"),
    ("Bay 3 bed 2 is absolutely septic, on the phone to ICU now", "phi.bed_or_room"),
    ("cubicle 7 has been screaming since 2am", "phi.bed_or_room"),
    ("her daughter's number is 087 123 4567 if anyone needs it", "phi.contact_details"),
    ("the family asked us to ring them on 020 7946 0958 when he wakes", "phi.contact_details"),
    ("pt lives at 14 Church Road, Ballina, and walked in himself!", "phi.contact_details"),
    ("his email is j.murphy1961@gmail.com if the clinic needs it", "phi.contact_details"),
]
NEGATIVES = [
    "We opened 12 new beds on ward 7 today, huge thanks to the estates team",
    "Call 01 234 5678 to book an appointment at our clinic",
    "Room 4 is the new sim room, come try the manikin",
    "Checked into hotel room 212 for the conference, great view",
    "Our helpline is 1800 555 0199, open Monday to Friday",
    "Happy birthday to my son, born on 12 March 2015, best day of my life",
    "Bed occupancy at 104% again this week. Something has to give",
    "2 beds short on the unit tonight, rota is a mess",
    "Reminder: the NHS number is 10 digits and has a check digit. Always use it on referrals",
    "Email me at drsmith@clinic.ie for the slides from today's talk",
    "Room 101 of the mess: the fridge. Someone please clean it",
    "Bay 3 is getting new curtains next week",
    "We had 45 admissions today and 3 beds",
    "Our new practice address is 22 Main Street, Ennis, open from Monday",
    "Bed rest isn't recommended for back pain anymore, keep moving",
]
# fmt: on


@pytest.mark.parametrize("text, rule", POSITIVES)
def test_direct_identifiers_are_found(text: str, rule: str) -> None:
    assert rule in fired(PhiIdentifiers(), text)


@pytest.mark.parametrize("text", NEGATIVES)
def test_numbers_that_are_not_a_patients_are_ignored(text: str) -> None:
    assert fired(PhiIdentifiers(), text) == set()


@pytest.mark.parametrize(
    "check, number, valid",
    [
        (nhs_number_valid, "9434765919", True),
        (nhs_number_valid, "9434765918", False),
        (nhs_number_valid, "4010232137", True),
        (medicare_au_valid, "2123456701", True),
        (medicare_au_valid, "2123456791", False),
        (luhn_valid, "79927398713", True),
        (luhn_valid, "79927398710", False),
    ],
)
def test_check_digits(check, number: str, valid: bool) -> None:  # noqa: ANN001
    assert check(number) is valid


def test_unlabelled_nhs_number_needs_its_check_digit() -> None:
    assert "phi.record_number" in fired(PhiIdentifiers(), "pt in bed 2, 943 476 5919, bloods pending")
    assert "phi.record_number" not in fired(PhiIdentifiers(), "pt in bed 2, 943 476 5918, bloods pending")


def test_record_evidence_is_the_labelled_number() -> None:
    (finding,) = run(PhiIdentifiers(), make_post("MRN 00482913 still waiting"))
    assert [e.text for e in finding.evidence] == ["MRN 00482913"]


# A bed with its occupant needs a time (LABELLING.md): a live report ("right now", "for the
# third time") counts as one; a story about "the chap in bay 5" alone stays below the line.
# A system's placeholder birth date for an unknown patient is nobody's.
@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("bed 6 is pulling at her NG tube right now", "phi.bed_or_room"),
        ("cubicle 2 has asked for a sandwich for the fourth time", "phi.bed_or_room"),
        ("the gent in bay 4 pulled his catheter out, third night running", "phi.bed_or_room"),
        ("bed 11 is delirious and has climbed over the rails", "phi.bed_or_room"),
        ("DOB 14/02/1948, found on the floor by her carer", "phi.date_of_birth"),
    ],
)
def test_round4_identifiers(text: str, rule: str) -> None:
    assert rule in fired(PhiIdentifiers(), text)


@pytest.mark.parametrize(
    "text",
    [
        "the chap in bay 5 told me my handwriting is worse than his GP's 😂",
        "the lady in bed 7 says my accent reminds her of her late husband 🥹",
        "Unknown trauma patients get DOB 01/01/1900 on our system by default, confuses everyone",
        "every John Doe in the ED gets d.o.b. 1/1/1900 and a wristband that says UNKNOWN",
    ],
)
def test_round4_not_identifiers(text: str) -> None:
    assert fired(PhiIdentifiers(), text) == set()


# Round 5: a theatre or bed talked about as a room (new lights, empty) is not its occupant.
@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Theatre 3 got its new lights today, pic from the empty room 😍", False),
        ("bed 9 pulled her line out again tonight", True),
    ],
)
def test_round5_rooms_as_rooms(text: str, flagged: bool) -> None:
    assert ("phi.bed_or_room" in fired(PhiIdentifiers(), text)) is flagged
