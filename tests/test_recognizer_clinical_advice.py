"""clinical_advice: individual dosing, stop/start, diagnosis, in public; education is not advice."""

from __future__ import annotations

import pytest

from classifiers.recognizers.clinical_advice import ClinicalAdvice
from tests.recognizer_helpers import fired

RULE = "clinical_advice.individual_advice"

# fmt: off
POSITIVES = [
    "@someone double your metformin and see how it goes",
    "@gallbladder_gal sounds like gallstones tbh, stop the ibuprofen",
    "@jo_d that's cellulitis, take fluclox for a week",
    "@bipolar_betty_ your lithium level is low, just take an extra 300mg at night",
    "@t1d_tash_ just add 4 units to your basal tonight",
    "@cancer_mama_3 if the chemo is making you that sick just skip the next cycle",
    "@glasgow_gav_ cut down by 2 cans a day and take some diazepam if you get the shakes",
    "@runner_dave classic plantar fasciitis, try naproxen 500mg twice a day",
    "@anxious_ann come off the sertraline, it's clearly not working for you",
    "@migraine_mo you need a triptan, ask for sumatriptan 50mg",
    "@bp_barry you should stop taking the amlodipine if your ankles are swollen",
    "@itchy_ian that's scabies, get permethrin from the chemist and do the whole house",
    "@kerry_k sounds like a UTI, get some trimethoprim",
    "@sleepless_sid try 10mg of melatonin every night, works for me",
    "@gout_gary that's gout mate, stop the aspirin and take colchicine",
]
NEGATIVES = [
    "If you're on metformin, talk to your GP before Ramadan fasting",
    "Adults over 45 should be screened for bowel cancer",
    "Never give aspirin to children under 16",
    "@jo that needs looking at today, go to A&E",
    "Please don't stop antidepressants suddenly. A gradual taper with your prescriber is the safe way",
    "Sleeping tablets like zopiclone are for short-term use. Never double the dose without speaking to your GP",
    "Plantar fasciitis usually improves with stretching and time. See your doctor if it drags on",
    "New NICE guideline: statins for everyone with a 10% risk. Thread below",
    "@dr_amy we'd start a DOAC too in that case, good call",
    "I doubled my coffee intake on nights and regretted it",
    "Study shows 5mg of melatonin helps jet lag in some people",
    "If your tablets look different, it may be a different manufacturer. Same medicine, same dose",
    "@worried_wendy that sounds worrying, please ring your GP or 111 today",
    "Reminder: antibiotics don't treat viruses. Most sore throats get better on their own",
    "We increased the dose of coffee in the doctors' mess, morale up 200%",
]
# fmt: on


@pytest.mark.parametrize("text", POSITIVES)
def test_individual_advice_to_someone(text: str) -> None:
    assert RULE in fired(ClinicalAdvice(), text)


@pytest.mark.parametrize("text", NEGATIVES)
def test_education_and_triage_are_not_advice(text: str) -> None:
    assert RULE not in fired(ClinicalAdvice(), text)


# Advice without a listed drug: imperatives about the body, telling someone they need no care,
# naming what they described; and education or triage that shares those words.
# fmt: off
BROAD_ADVICE = [
    "@sore_back_sue_ that's sciatica for sure, lie flat for a week and skip the physio",
    "@marathon_mo_ no need for an x-ray, strap the ankle tight and run on it Sunday",
    "to the lady who asked me at the school gate about her son's ear: it's glue ear, put warm olive oil in it nightly",
    "@worried_dad_ give him half your ibuprofen tablet at night, no need to ring the GP",
]
BROAD_ADVICE_HARD_NEGATIVES = [
    "@worried_dad_ a fever with a rash that doesn't fade under a glass needs A&E now, please go",
    "If you've had a head injury and keep vomiting, get checked in ED the same day",
    "@dr_sam I'd strap it too, good call, we do the same in our unit",
    "Sprained ankle? Most heal with rest, ice and time. See your GP if you can't weight-bear",
]
# fmt: on


@pytest.mark.parametrize("text", BROAD_ADVICE)
def test_advice_in_everyday_words(text: str) -> None:
    assert RULE in fired(ClinicalAdvice(), text)


@pytest.mark.parametrize("text", BROAD_ADVICE_HARD_NEGATIVES)
def test_triage_education_and_colleagues(text: str) -> None:
    assert RULE not in fired(ClinicalAdvice(), text)


@pytest.mark.parametrize(
    "text, advice",
    [
        ("@gran_of_5_ just take 2 of your husband's zopiclone, you'll sleep grand", True),
        ("@lads_lads_ stop the finasteride and swap to the foam, sorted", True),
        ("@runner_ro_ take a break from the long runs for 2 weeks and see your physio", False),
        ("@sam_cooks_ give it a few days and see, most of these settle", False),
    ],
)
def test_medication_verbs_with_unlisted_drugs(text: str, advice: bool) -> None:
    assert (RULE in fired(ClinicalAdvice(), text)) is advice


# fmt: off
MORE_ADVICE = [
    "@cal_runs_ that's textbook renal colic, drink plenty and take tamsulosin if the GP will give it",
    "@worried_wendy_ your dad's bisoprolol is too much with a pulse of 45, drop him to 2.5",
    "to the lady who asked in my DMs: if you take 2mg of lorazepam before the flight you'll be fine",
    "@hives_help_ give her zyrtec in the morning and benadryl at night, the hives will settle",
    "@teen_mum_ your son needs 20mg of fluoxetine, ask the GP and skip the waiting list",
]
MORE_ADVICE_HARD_NEGATIVES = [
    "Tamsulosin can help stones pass. If you're in pain, see your GP or pharmacist",
    "If you take lorazepam, don't drive. Speak to your prescriber about flying",
    "Hives usually settle with an antihistamine. See a pharmacist if they don't",
    "Study: fluoxetine in teens, what the new trial shows (thread)",
]
# fmt: on


@pytest.mark.parametrize("text", MORE_ADVICE)
def test_more_individual_advice(text: str) -> None:
    assert "clinical_advice.individual_advice" in fired(ClinicalAdvice(), text)


@pytest.mark.parametrize("text", MORE_ADVICE_HARD_NEGATIVES)
def test_more_education_is_not_advice(text: str) -> None:
    assert not fired(ClinicalAdvice(), text)


# Dose moves and stop/skip advice in everyday words, a symptom put down to a drug, advice to one
# person who messaged; against cautions said as "don't", education to everyone (not a reply),
# referrals, and care as set for the author's own patient.
# fmt: off
EVERYDAY_ADVICE = [
    "@lee_bp_ up the amlodipine to 10 and the readings will come down",
    "@nana_jo_ drop to half a tab of the bisoprolol for a week, the dizziness should ease",
    "@marco_runs_ if the naproxen is upsetting your stomach just stop it, paracetamol is enough",
    "@kimmy_k_ skip your booster this year, you've had covid recently anyway",
    "@taz_lifts_ just double the dose for the last two weeks of the cycle",
    "@jen_h_ your dad's dizziness is almost certainly the ramipril, tell him to come off it",
    "to the guy from my gym who messaged me: that's tennis elbow, strap it and take ibuprofen for a fortnight",
    "@sam_o_ 2 tabs three times a day for 5 days and you'll be right",
    "@bev_t_ go down to 25mg of the sertraline and see how you feel",
]
EVERYDAY_ADVICE_HARD_NEGATIVES = [
    "@mike_t_ don't double up on a missed dose, just take the next one when it's due",
    "Missed a dose? Don't double up, take the next one at the usual time. Ask your pharmacist if unsure",
    "@ann_p_ that's one for your GP or pharmacist, they can look at the whole picture",
    "Put your phone in the back seat when you drive the kids. Every time.",
    "No, you don't need a juice cleanse. Your liver has it covered",
    "Sir, if you can stroll in from the car park you can manage without a trolley",
    "@rob_k_ glad you're home Rob, keep the dressing dry and see the nurse Friday",
    "@georgie_ thank you for the card after your op, it's on the staffroom wall",
    "@bp_dave_ great question, most people on amlodipine end up on 5 or 10mg, your GP will tailor it",
    "@carla_m_ never stop your levothyroxine without talking to the GP first",
    "@jo_runs_ please don't skip the booster, it's the best protection we have",
    "@tom_b_ go to 111 or your GP today with that",
    "@dee_k_ the dose goes up to 10mg for most people eventually, your GP will guide it",
    "@smile_club_ we're taking new patients, give the surgery a ring",
    "how did you even get the cuff on 😂 asking for a friend",
]
# fmt: on


@pytest.mark.parametrize("text", EVERYDAY_ADVICE)
def test_dose_moves_and_stops_in_everyday_words(text: str) -> None:
    assert RULE in fired(ClinicalAdvice(), text)


@pytest.mark.parametrize("text", EVERYDAY_ADVICE_HARD_NEGATIVES)
def test_cautions_education_and_own_patients_care(text: str) -> None:
    assert RULE not in fired(ClinicalAdvice(), text)


@pytest.mark.parametrize(
    "text, advice",
    [
        (
            "@jo_runs_ classic shin splints, 400 ibuprofen three times a day and rest a fortnight",
            True,
        ),
        ("@jo_runs_ shin splints are common in new runners, a physio can look at your load", False),
    ],
)
def test_a_named_condition_with_a_bare_strength(text: str, advice: bool) -> None:
    assert (RULE in fired(ClinicalAdvice(), text)) is advice


# "I'd stop the turmeric", "2 x 200mg", unlisted NSAIDs by suffix, a regimen for one person's
# relative, care waved away for a named condition, a drug every few hours; against the same
# drugs in research, conditions and education.
# fmt: off
MORE_EVERYDAY_ADVICE = [
    "@gav_m_ I'd stop the turmeric and the fish oil while you're on the chemo",
    "@jess_k_ 2 x 200mg ibuprofen with 1g paracetamol and you'll be grand",
    "@rohan_fit_ for the knee take aceclofenac twice daily after food for 5 days, no need of MRI",
    "Your husband's chest tightness after the gym is reflux, I'd put money on it. Omeprazole 20mg every morning for a month",
    "@kezia_b_ that's pityriasis rosea, no need for the steroid cream your GP gave you",
    "@jinky_r_ from what you describe that's dengue, paracetamol every 4 hrs and lots of water",
]
MORE_EVERYDAY_HARD_NEGATIVES = [
    "@gav_m_ the turmeric trial I mentioned is out, worth a read",
    "If your husband's chest pain comes on with exercise, get it checked by your GP",
    "@jess_k_ ibuprofen and paracetamol can be taken together in adults, your pharmacist can go through the doses",
]
# fmt: on


@pytest.mark.parametrize("text", MORE_EVERYDAY_ADVICE)
def test_more_advice_in_everyday_words(text: str) -> None:
    assert RULE in fired(ClinicalAdvice(), text)


@pytest.mark.parametrize("text", MORE_EVERYDAY_HARD_NEGATIVES)
def test_more_look_alike_education(text: str) -> None:
    assert RULE not in fired(ClinicalAdvice(), text)


# How most people take a drug, and what to do "if you miss a dose", said to one person, are
# education; telling them to change their own dose is advice.
# fmt: off
GENERAL_INFORMATION = [
    "@sue_k_ great question! metformin is usually started at 500mg once daily and built up, your GP will guide it",
    "@tom_p_ the usual adult dose of paracetamol is 1g up to four times a day, check with your pharmacist if you're on anything else",
    "@ann_b_ if you miss a dose of the pill, the leaflet explains what to do, or ask a pharmacist",
    "@greg_t_ don't double up if you miss a dose, just carry on as normal",
    "@kath_m_ sorry to hear that, worth asking your GP whether the amlodipine could be behind the ankle swelling",
    "@jo_b_ most people on warfarin can eat greens, just keep the amount steady and your INR clinic will adjust",
]
OWN_DOSE_CHANGED = [
    "@liz_h_ up the amlodipine to 10 and see how the ankles go",
    "@mick_r_ drop to half a tab of the zopiclone and you'll be less groggy",
    "@pat_o_ skip the statin for a week and see if the aches go",
]
# fmt: on


@pytest.mark.parametrize("text", GENERAL_INFORMATION)
def test_general_information_to_one_person(text: str) -> None:
    assert RULE not in fired(ClinicalAdvice(), text)


@pytest.mark.parametrize("text", OWN_DOSE_CHANGED)
def test_their_own_dose_changed(text: str) -> None:
    assert RULE in fired(ClinicalAdvice(), text)


# Seventeenth session: a diagnosis said as "this is", what a parent describes of a baby, "from
# what you're describing", a strength in per cent, a drug to buy from the chemist, a regimen with
# "3x a day", unlisted -ozole drugs; against a diagnosis left open ("I'll tell you if it's"),
# a body part said as a place ("as it's on your hand"), and a date ("it's eczema awareness week").
# fmt: off
SEVENTEENTH_ADVICE = [
    "@mama_k_ this is eczema, hydrocortisone 1% twice a day and emollient after every bath",
    "@pip_r_ from what you're describing that's colic, try the tummy massage and hold her upright after feeds",
    "@ro_b_ sounds like a growth spurt, offer the breast more often and she'll settle in a few days",
    "@lil_k_ missed two pills and had sex? get levonorgestrel from the pharmacy today",
    "@leah_t_ I'd ask for letrozole 2.5mg days 3-7, works better than clomid for PCOS",
    "@noor_b_ do the inversions 3x a day and most babies turn by 38 weeks",
    "@gym_mark_ that's your rotator cuff, not the neck. Ice it and rest it for 3 weeks",
]
SEVENTEENTH_HARD_NEGATIVES = [
    "@gem_l_ DM me a pic of the rash and I'll tell you if it's slapped cheek or something to worry about",
    "@tunde_b_ cool running water for 20 mins, then get it looked at by a nurse, esp as it's on your hand",
    "@skin_week_ this is eczema awareness week, our nurses are running a free clinic on Saturday",
    "@flu_fan_ it's flu season again, the jab is free for over 65s at your pharmacy",
    "Emergency contraception is free from most pharmacies. Ask the pharmacist, no GP needed",
    "@yaw_m send me your lipid panel and I'll tell you whether you need a statin",
]
# fmt: on


@pytest.mark.parametrize("text", SEVENTEENTH_ADVICE)
def test_seventeenth_session_advice(text: str) -> None:
    assert RULE in fired(ClinicalAdvice(), text)


@pytest.mark.parametrize("text", SEVENTEENTH_HARD_NEGATIVES)
def test_seventeenth_session_look_alikes(text: str) -> None:
    assert RULE not in fired(ClinicalAdvice(), text)
