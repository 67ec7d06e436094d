"""phi_patient_name: titles, initials and names of patients, not of colleagues or TV characters."""

from __future__ import annotations

import pytest

from classifiers.recognizers.phi_patient_name import PhiPatientName
from tests.recognizer_helpers import fired

RULE = "phi.patient_name"

# fmt: off
POSITIVES = [
    "Mr D in bed 12 pulled his line out again",
    "Mrs O'Brien in bay 4 is refusing her bloods, any tips?",
    "pt JK, 45M, came in with chest pain at 3am",
    "JK in bed 4 is asking for you",
    "patient Mary Walsh was admitted to ward 6 this morning",
    "Mr Tremblay has been in the hallway on a stretcher for 27 hours",
    "MT, 41, with anti-NMDA encephalitis walked out of our ward today",
    "Mrs K's family keep asking about the DNR, third time today",
    "Ms Nguyen was confused again overnight, pulled her catheter",
    "Miss Delaney, 19, admitted with an overdose last night",
    "poor Mr Adeyemi, 3rd admission with sepsis this month",
    "Pt A.B. in cubicle 3 is vomiting everywhere",
]
NEGATIVES = [
    "Great list with Mr Kelly today, learned loads",
    "Thanks to Sarah Jones our new ward manager for the cake",
    "Mr Bean marathon in the on-call room tonight",
    "Congratulations to Mr Patel on his appointment as consultant surgeon!",
    "Dr Sarah Lee gave a brilliant talk on sepsis at grand rounds",
    "Watching Mrs Brown's Boys after nights, don't judge me",
    "ED is a great specialty, ICU is even better",
    "Teaching with Mr O'Connor in theatre today, what a surgeon",
    "Finally finished my MRCP part 1! Thanks to everyone who helped",
    "Nurse Emily Byrne retires after 40 years on the ward, legend",
    "UK and US guidelines differ on this, see the NICE summary",
    "Our GP Dr Murphy is running a flu clinic on Saturday",
    "Mr Motivator at the staff gym session, what a morning",
    "My wife Anne made the best lasagne tonight",
    "Welcome to Mr Hassan, our new orthopaedic consultant",
]
# fmt: on


@pytest.mark.parametrize("text", POSITIVES)
def test_patients_named_in_a_clinical_context(text: str) -> None:
    assert RULE in fired(PhiPatientName(), text)


@pytest.mark.parametrize("text", NEGATIVES)
def test_colleagues_celebrities_and_acronyms_are_not_patients(text: str) -> None:
    assert RULE not in fired(PhiPatientName(), text)


# A first name alone is a patient's name when the sentence frames it as one.
# fmt: off
FIRST_NAME_PATIENTS = [
    "Bernadette in bed 14 has asked for a sherry with her tea every night this week 😂",
    "my lovely patient Ahmed walked to the end of the corridor today after his bypass 🥹",
    "wee Oisín from the paeds ward got his stitches out today and picked a dinosaur plaster",
    "Fatima's new hip is doing brilliantly, she was dancing at the day room party",
    "Told Graham from the bookies that his biopsy was clear this morning. Big hug",
    "Baby Ada was born at 4.12am to two very tired, very happy parents 💕 first delivery of my nights",
    "Albert on ward 6 is 101 on Sunday and has requested a pint of stout with his cake",
    "Today Peggy from the nursing home turned 103 and told us she's not done yet",
    "Cheers to my client Niamh who moved into her own flat this week after two years with us",
    "Rest easy our lovely Maeve, who slipped away on the ward last night, 96 years young 🌷",
    "My patient Tadhg walked out of rehab today on his new leg, first steps since the accident",
]
FIRST_NAME_HARD_NEGATIVES = [
    "Shout out to Nuala on ward 9 who covered three extra shifts this week. Legend",
    "my little Seán broke his wrist at hurling training, the joys of parenting",
    "Thanks to Declan from IT for finally fixing the printer in resus",
    "Tennis elbow is usually self-limiting: rest, ice and time. Golfer's elbow too",
    "Welcome to Priya, our new ICU fellow from Chennai. Lucky to have her",
    "Shared with her permission: my patient Joan, 91, finished the mini-marathon after her hip replacement",
    "Big birthday for Sheila on ward 4, our ward clerk, who is 60 today. Cake in the staff room at 3",
    "Kevin from the pharmacy at the care home is a legend, thanks for the early delivery",
]
# fmt: on


@pytest.mark.parametrize("text", FIRST_NAME_PATIENTS)
def test_first_names_framed_as_patients(text: str) -> None:
    assert RULE in fired(PhiPatientName(), text)


@pytest.mark.parametrize("text", FIRST_NAME_HARD_NEGATIVES)
def test_colleagues_own_children_conditions_and_consent_are_not(text: str) -> None:
    assert RULE not in fired(PhiPatientName(), text)


@pytest.mark.parametrize(
    "text",
    [
        "Frau Schmidt aus Zimmer 4 hat heute wieder ihren Katheter gezogen, third time this week",
        "So happy Deirdre is home after her Whipple, 3 weeks on the ward and not one complaint",
    ],
)
def test_titles_in_other_languages_and_home_after(text: str) -> None:
    assert RULE in fired(PhiPatientName(), text)


# A name with its bed in brackets or after a comma is a ward list's way of naming a patient; a
# colleague named with a bay or a role is not.
@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Nana Kwame (bed 9) is going home to Accra next week after 6 months with us", True),
        ("Tomás, bed 11, asked for his dentures back at 3am and we found them in the bin 🙈", True),
        ("Siobhan (bay 4 HCA) brought in brownies for the whole ward 🍫 legend", False),
        ("Thanks to Declan, ward 6's night porter, for fixing the bed brake again", False),
        ("The board says 'Rm 6 - Fr Doyle - NO visitors from the parish'. The whole town reads it", True),
        ("Mrs F from the post office came in for her smear and told me all the news", True),
        ("Fr Doyle said a lovely mass for the staff on the feast day, thanks Father", False),
    ],
)
def test_a_name_with_its_bed_in_brackets(text: str, named: bool) -> None:
    assert (RULE in fired(PhiPatientName(), text)) is named


# "a woman named X", initials with the age in brackets, a title with a birth date.
@pytest.mark.parametrize(
    "text",
    [
        "On the ward today I met a woman named Bernadette who'd had her stoma for 40 years",
        "little JB (4) on Rainbow ward finally ate his toast today",
        "Happy 101st to our Mr Dineen (born 12 June 1923) on the stroke unit",
    ],
)
def test_round4_named_patients(text: str) -> None:
    assert "phi.patient_name" in fired(PhiPatientName(), text)


@pytest.mark.parametrize(
    "text",
    [
        "Just finished A Man Called Ove on nights, cried at the hospital bits",
        "a nurse named Aoife taught me more than any consultant",
        "Happy retirement Mr Egan, born leader, 30 years on the surgical team",
    ],
)
def test_round4_named_but_not_patients(text: str) -> None:
    assert "phi.patient_name" not in fired(PhiPatientName(), text)


# A patient named by their handle; a new resident doctor or an advocate is no patient.
@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Our favourite regular @sam_lifts_heavy dropped in to show off his new liver 3 years on 💪", True),
        ("So honoured that a former patient of mine, @RuthOkoro, invited me to her graduation 🎓", True),
        ("Welcome to our new resident @ana_kim_md, first night on the ward!", False),
        ("Thanks to our patient advocate @jane_pals for the session on complaints", False),
        ("Screenshot from the PACS tonight, look at that kidney stone", False),
    ],
)
def test_round4_patients_named_by_handle(text: str, named: bool) -> None:
    assert ("phi.patient_name" in fired(PhiPatientName(), text)) is named


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Here's Maureen after her first steps post knee replacement this morning 💪", True),
        ("Meet Oisín, born at 27 weeks, going home today after 80 days with us", True),
        ("Meet Aoife, our new reg, who joins the surgical team today", False),
        ("Here's Lisbon at sunset after day one of the conference", False),
    ],
)
def test_round4_a_photos_subject_by_name(text: str, named: bool) -> None:
    assert ("phi.patient_name" in fired(PhiPatientName(), text)) is named


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("@orla_b you're so welcome! a tough labour but you were amazing, kiss baby Saoirse for me", True),
        ("Welcome to the team Dr Hughes! Little Aoibhe in the next office has baked you a cake", False),
    ],
)
def test_round4_youre_welcome_is_no_colleague_welcome(text: str, named: bool) -> None:
    assert ("phi.patient_name" in fired(PhiPatientName(), text)) is named


# Round 5: a named patient congratulated or thanked for their own care ("congrats to Dave who
# walked after 6 weeks on ICU") is named, unless a staff word makes them a colleague; a baby
# home from the neonatal unit; a named person's wound or treatment.
@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Huge congrats to Frank who rang the bell today after his last round of chemo 🔔", True),
        ("Shout out to Moira from the chipper, in every Tuesday for her insulin review and never without a joke", True),
        ("Baby Cormac went home this morning after 11 weeks in Rotunda NICU 💙", True),
        ("So proud of how Pat's foot ulcer has closed after all those dressings", True),
        ("Congrats to Sinéad on her first solo op today, proud of her!", False),
        ("Huge thanks to Aoife for covering my shift on the ward tonight", False),
        ("Thanks to Mark for the lift home after my op, legend", False),
        ("Sad news about the Mayor of Galway's stroke, wishing him well. Know the FAST signs", False),
    ],
)
def test_round5_patients_praised_for_their_own_care(text: str, named: bool) -> None:
    assert (RULE in fired(PhiPatientName(), text)) is named


def test_round5_little_english_is_no_name() -> None:
    text = "Lovely consult with a gentleman who spoke very little English, we used the phone interpreter"
    assert RULE not in fired(PhiPatientName(), text)


# From train misses (twelfth session): a titled patient thanked for nothing but their own care,
# a kin title of respect after "my patient", a full name back in the ED again. Hard negatives:
# a titled colleague thanked with a staff word, a surgeon's list, a name with no care.
@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Flowers from Mrs Gallagher and her daughters after her stay on St Anne's ward this month 💐", True),
        ("Big thanks to Mr Osei for the mangoes after his dialysis session today 🥭", True),
        ("my favourite patient aunty Grace turned 90 on the ward today, 12 years of insulin with us", True),
        ("Derek Walsh back in the ED for the 4th time this week, same story, same sandwich", True),
        ("Big thanks to Mr Osei for the mangoes, the whole theatre team loved them after his op", False),
        ("Thanks to Mr Kelly for a brilliant teaching list today, learned loads", False),
        ("Thank you Mrs Hughes for the lovely card, it meant a lot", False),
        ("Derek Walsh is back in the squad for the final, what a player", False),
    ],
)
def test_twelfth_session_titles_kin_and_regulars(text: str, named: bool) -> None:
    assert (RULE in fired(PhiPatientName(), text)) is named


# From train misses (fourteenth session): a kin title of respect before or after a patient's
# first name, tied to care by a health word or a great age. Hard negatives: the author's own
# relative ("my Tita"), a family visit with no care, an organisation's name, a generic "aunty"
# or "uncle" after an ordinary word, and "ji" after a surname.
@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Aling Cora from the next barangay came in for her insulin today, sugars finally behaving 🙏", True),
        ("Mzee Otieno back on the ward with his chest again, third time since June", True),
        ("Hajja Fatima brought us maamoul again after her cataract op, 84 and still baking 😍", True),
        ("Visited Gogo Nomvula at home for her dressing today, the leg ulcer is nearly closed", True),
        ("Suresh bhai in bed 9 finally off the oxygen this morning 🙏", True),
        ("Lolo Andres turned 101 on the ward today, the whole team sang for him 🎂", True),
        ("Prayers for my Tita Marites, admitted back home in Iloilo with dengue 🙏", False),
        ("Lunch with Auntie Joan after my shift, she still makes the best scones", False),
        ("Mama Bears Against Vaccines are at it again, please vaccinate your kids", False),
        ("Sorry aunty, the pharmacy closes at six, come back tomorrow for the tablets", False),
        ("Sharma ji from accounts brought in ladoos for the whole diabetes clinic 😂", False),
    ],
)
def test_fourteenth_session_kin_titles_of_respect(text: str, named: bool) -> None:
    assert (RULE in fired(PhiPatientName(), text)) is named


# Fifteenth session (train misses of the sixth blind-written round): a hospice, dialysis or
# chemo and an afternoon or evening place a titled name in care, as a ward and "this morning"
# already did. Hard negatives: a colleague's title, or the author's own relative.
@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Lovely afternoon at the hospice, we wheeled Mrs K out to see her grandson's pony one last time 🐴", True),
        ("Mr O asleep before I've even needled him on dialysis, every single Tuesday 😴", True),
        ("Mrs Patel from our chemo day unit this evening: 'I'm not dying in this wig, love' 😂", True),
        ("Mrs Lennon from the hospice shop ran the fundraiser this afternoon, €3,000 raised!", False),
        ("My gran, Mrs Doyle to everyone on the road, starts dialysis this afternoon. Nervous 💙", False),
    ],
)
def test_fifteenth_session_hospice_dialysis_and_the_afternoon(text: str, named: bool) -> None:
    assert (RULE in fired(PhiPatientName(), text)) is named


# Sixteenth session (train misses): care words outside the health list tie a titled name, a kin
# title or a farewell to care: a hearing aid, a pregnancy, ARVs, Viagra, sickle cell; a kin
# title also by "my patients", a visit to the clinic, or a death the author was at. A first
# name with one initial can be the one sent home ("Jess P is home after..."). Hard negatives:
# a colleague's title, a relative's news, a kin title at a party, a farewell to a colleague.
@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Mr Adeyemi finally got his new hearing aids fitted and now he hears every word I say 😂", True),
        ("Mrs Byrne phoned to say she's pregnant at 44 after years of IVF and I cried", True),
        ("Dropped Gogo Thandi's ARVs to her house today, she's doing so well 🙏", True),
        ("Tito Rudy from the sari-sari store bought Viagra again today 😂", True),
        ("Happy eid to all my patients, especially Haji Musa who came to the clinic with dates for us 🌙", True),
        ("Rest easy Lola Caring, she passed this morning at home and I was with her until the end", True),
        ("Goodbye Tunde. 19, sickle cell, the bravest lad on our ward", True),
        ("So happy Ciara M is home after her hip op, what a week 💕", True),
        ("Mr Kavanagh, our new consultant, is running the hearing aids study from May", False),
        ("My aunt, Mrs Flood to the whole parish, is pregnant with twins at 41!", False),
        ("Congrats to Kuya Jun from the pharmacy team on passing his boards, tablets on me 😂", False),
        ("Goodbye Ruth, our ward clerk of 30 years, enjoy the retirement!", False),
    ],
)
def test_sixteenth_session_care_words_beside_a_name(text: str, named: bool) -> None:
    assert (RULE in fired(PhiPatientName(), text)) is named


# Seventeenth session (round-8 train misses and false flags): a name read off a cot card or
# wristband, initials with an age word; and a nickname in quotes, a manikin's name, a ward
# named after a saint.
@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("writing cot cards tonight and one of them says Khaleesi-Rae Nevaeh. some parents 😂", True),
        ("the wristband said Bridget but she insisted on Bridie, 94 and sharp as a tack on the ward today", True),
        ("art therapy pics from the unit today, the one signed 'J.T., age 16' made me cry", True),
        ("JK, aged 45, in bed 4 with chest pain since this morning", True),
        ("writing the cot cards for the new name bands this week, pink for girls", False),
        ("the name badge for our new reg says Dr Aoife Byrne, welcome to the ward today", False),
        ("Every Friday 11pm 'Auntie Brandy' from the same flat phones in for chest pain", False),
        ("pic of me in scrubs with the skills lab mannequin 'Mr Chest', feeling like a real nurse", False),
    ],
)
def test_session17_names_on_records_nicknames_and_manikins(text: str, flagged: bool) -> None:
    assert (RULE in fired(PhiPatientName(), text)) is flagged
