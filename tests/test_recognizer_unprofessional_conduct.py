"""unprofessional_conduct: intoxication near duty; unsubstantiated claims and adverts."""

from __future__ import annotations

import pytest

from classifiers import lexicons
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


# fmt: off
MISCONDUCT = [
    "wrote up the 4am neuro obs at 7, I never actually did them. nobody checks anyway",
    "signed off the fridge temps for the whole week, didn't check a single one 🙃",
    "Coded every follow-up this month as level 5, the insurer won't notice",
    "backdating the consent form before the audit, fingers crossed",
    "family slipped me £50 to get their dad seen first. not complaining",
    "list was running late so we skipped the time out. surgeon's call",
    "logged in as my consultant's smartcard to get the discharges done faster",
    "shared my login with the locum again because IT still hasn't set him up",
    "pocketed a couple of vials of midazolam at the end of the shift, long week",
    "copied the whole history from the last admission, didn't have time to take one",
    "made up the fluid balance numbers at handover, close enough",
    "helped myself to the ward's tramadol for my back again",
    "didn't bother with the swab count, 100% sure nothing was left in",
    "the scheme never checks, so I claim for the long consult every time",
    "forged the consultant's signature on the sick note, he'd have signed it anyway",
]
MISCONDUCT_HARD_NEGATIVES = [
    "A nurse was struck off this week for backdating notes. Document honestly, always",
    "Never share your smartcard, even with the locum who can't log in yet",
    "Reminder: the WHO checklist time out is not optional, however late the list runs",
    "Our audit found obs charted after the event on two wards; new training starts Monday",
    "If a family offers money to be seen first, politely decline and tell the nurse in charge",
    "Spent the afternoon on billing codes. Why is level 4 vs level 5 so confusing",
    "Colleague's login timed out mid-prescription again. Epic, please",
    "Swab count done twice, all present, skin closed. Textbook afternoon",
    "Teaching session on controlled drug checks today, great questions from the students",
    "The court heard the pharmacist stole morphine for two years. Awful for everyone",
    "I copied the guideline link into the group chat for anyone who missed it",
    "kept my old stethoscope from med school, it still works",
    "made up a quiz on fluid balance for the students, they loved it",
    "forgot my smartcard at home and had to borrow a pen, classic Monday",
    "Billing office finally fixed the coding error that undercharged our patients",
]
# fmt: on


@pytest.mark.parametrize("text", MISCONDUCT)
def test_admitted_dishonest_or_unsafe_conduct(text: str) -> None:
    assert "unprofessional.misconduct" in fired(UnprofessionalConduct(), text)


@pytest.mark.parametrize("text", MISCONDUCT_HARD_NEGATIVES)
def test_reported_condemned_or_taught_conduct_is_not_admitted(text: str) -> None:
    assert "unprofessional.misconduct" not in fired(UnprofessionalConduct(), text)


# fmt: off
# Unprofessional without crude words: the shapes fresh posts showed the rules missing.
CONDUCT_WITHOUT_CRUDE_WORDS = [
    ("Our ozone sauna sessions flush out the toxins behind chronic Lyme. Packages from $300, DM to book", "unprofessional.unsubstantiated_claims"),
    ("I stopped prescribing statins years ago, my juice cleanse clears the arteries better. Ask me how 🍋", "unprofessional.unsubstantiated_claims"),
    ("Nurse practitioner here: these hormone pellets prevent dementia. Free consult this week, link in bio", "unprofessional.unsubstantiated_claims"),
    ("Pellets, peptides and a raw milk protocol: reverses ageing for good. 15% off with code YOUNG15", "unprofessional.unsubstantiated_claims"),
    ("Tired of meds? My holistic protocol reverses type 2 diabetes in 30 days. DM for the program 🌿", "unprofessional.unsubstantiated_claims"),
    ("pretty sure I'm still over the limit and the 8am list is already running", "unprofessional.intoxication"),
    ("woke up on someone's sofa, no idea how I got home, on shift in an hour 🙃", "unprofessional.intoxication"),
    ("pinched a few of the ward's zopiclone to get some sleep between nights", "unprofessional.intoxication"),
    ("boozy lunch with the reps then back for afternoon clinic, who's going to know", "unprofessional.intoxication"),
    ("charted the 2am obs as normal before I'd even checked them, couldn't be bothered with the walk", "unprofessional.misconduct"),
    ("signed all the insulin doses before we'd given them so handover was quicker", "unprofessional.misconduct"),
    ("cracked on with the list without the time out, consultant wanted to make his tee time", "unprofessional.misconduct"),
    ("parked in the ambulance bay again, it's practically my space now 😎", "unprofessional.misconduct"),
    ("wrote my flatmate a sick note so she could go to the festival. what are friends for", "unprofessional.misconduct"),
    ("put my bleep on silent for the last hour of on call, if it's urgent they'll ring switch", "unprofessional.misconduct"),
    ("twenty quid on whether bed 9 will be back before Friday, the whole team's in", "unprofessional.misconduct"),
    ("selfie in theatre with the patient on the table behind me, first day on surgery 🤩", "unprofessional.patient_image"),
    ("group shot of the team round the sedated guy, he'll never know 😂", "unprofessional.patient_image"),
    ("photo op with the foot we just amputated 🦶 #vascular", "unprofessional.patient_image"),
    ("snapped the open abdomen mid-op, never seen anything like it 😳 #surgery", "unprofessional.patient_image"),
]
CONDUCT_WITHOUT_CRUDE_WORDS_HARD_NEGATIVES = [
    "Ozone saunas don't flush out toxins and there is no such thing as chronic Lyme detox. Save your money",
    "Statins work. Juice cleanses don't clear arteries, whatever the influencer says",
    "Patients keep asking me if hormone pellets prevent dementia. The evidence says no",
    "Our practice now offers the shingles vaccine to over-70s, book at reception",
    "A new supplement trial for migraine starts recruiting in May, details on our research page",
    "My BP is still high after the third reading, which is why I'm off to see my own GP",
    "Two glasses of wine at my sister's engagement, annual leave till Thursday 🥂",
    "Beer garden with the ward after our last night shift, no alarms tomorrow 🍺",
    "Reminder: never sign for a dose before it's given, even when handover is late",
    "We ran the WHO time out twice today because the side changed. Good catch by the scrub nurse",
    "Selfie with the team after the charity 10k 🏃‍♀️ no patients were harmed",
    "Photo of our new theatre lights, finally installed (no patients, just shiny kit) ✨",
    "Consented teaching photo of the healed wound, shared with the patient's permission",
    "A surgeon was struck off for filming a sedated patient. Rightly so",
    "My husband was asleep on the sofa when I got home at 9, pic of the dog guarding him 😂",
]
# fmt: on


def test_patient_image_evidence_indexes_the_text() -> None:
    from tests.recognizer_helpers import make_post, run

    text = "group shot of the team round the sedated guy, he'll never know 😂"
    findings = run(UnprofessionalConduct(), make_post(text))
    image = [f for f in findings if f.rule.id == "unprofessional.patient_image"]
    assert image and all(text[s.start : s.end] == s.text for s in image[0].evidence)


# fmt: off
# Rounds four and five: promises sold, drinks named lightly, acts admitted in passing.
MORE_WITHOUT_CRUDE_WORDS = [
    ("Our turmeric tonic has replaced blood pressure tablets for most of my patients. $24 a jar", "unprofessional.unsubstantiated_claims"),
    ("Ditch the inhalers: my breathwork coaching group clears asthma for good. Spots limited", "unprofessional.unsubstantiated_claims"),
    ("Permanent cure for psoriasis at our skin studio, results in one course. Consultation charges apply", "unprofessional.unsubstantiated_claims"),
    ("three margaritas at the leaving do and I'm first on call tonight 🙃", "unprofessional.intoxication"),
    ("still a bit wobbly from the rooftop party, let's see how this endoscopy list goes", "unprofessional.intoxication"),
    ("a little nip of whisky in the locker room before the big case, steadies the hands 🥃", "unprofessional.intoxication"),
    ("helped myself to a couple of the clinic's Wegovy pens before the wedding 👗", "unprofessional.intoxication"),
    ("put 'neuro obs normal' for bed 6 without going in, she was asleep anyway", "unprofessional.misconduct"),
    ("handed over 'nothing to do overnight' so I could catch the 6pm ferry. Fingers crossed", "unprofessional.misconduct"),
    ("looked up my neighbour's chart to see why the ambulance came. Nosy but worth it 👀", "unprofessional.misconduct"),
    ("alarms turned down and a cheeky nap while the case ran itself", "unprofessional.misconduct"),
    ("filmed the intubated lad's tattoo for my story, absolute state of it 😂", "unprofessional.patient_image"),
    ("held up the patient's gown for a pic of that rash, students loved it", "unprofessional.patient_image"),
]
MORE_WITHOUT_CRUDE_WORDS_HARD_NEGATIVES = [
    "Turmeric does not replace blood pressure tablets. Please keep taking them and bring your readings in",
    "Our asthma nurse runs breathing technique sessions alongside your inhalers, book at reception",
    "Three margaritas at my sister's birthday, swapped my on call months ago. Bliss 🍹",
    "Reminder: never film or photograph a patient for social media, sedated or not",
    "Our practice now stocks home BP monitors at cost, $24. Bring your readings to your review",
    "Handed over a full list to the night team and caught the 6pm ferry home. Good handover, good sleep",
]
# fmt: on


# Each table above is one round of realistic posts; one test runs them all.
@pytest.mark.parametrize(
    "text, rule", MORE_CONDUCT + CONDUCT_WITHOUT_CRUDE_WORDS + MORE_WITHOUT_CRUDE_WORDS
)
def test_conduct_shapes_with_or_without_crude_words(text: str, rule: str) -> None:
    """Reckless, dishonest or self-serving conduct, however it is worded."""
    assert rule in fired(UnprofessionalConduct(), text)


@pytest.mark.parametrize(
    "text",
    MORE_CONDUCT_HARD_NEGATIVES
    + CONDUCT_WITHOUT_CRUDE_WORDS_HARD_NEGATIVES
    + MORE_WITHOUT_CRUDE_WORDS_HARD_NEGATIVES,
)
def test_conduct_lookalikes_fire_nothing(text: str) -> None:
    """Debunking, consent, off-duty life and reported conduct look alike and are not it."""
    assert not fired(UnprofessionalConduct(), text)


# fmt: off
# Off duty, someone else's drink, a reading: not the author intoxicated near duty.
FRESH_INTOXICATION_LOOKALIKES = [
    "Couple of beers with the team after handover, first Friday we've all been off together 🍻",
    "4 cans deep at the lake, phone off, not on call till Thursday 🍺",
    "Flu jab is free over 65s. The bug is still hanging around, get yours at the pharmacy",
    "@maeve_k BP 170/100? if it's still high next week talk to your GP about the dose",
    "Day 2 post-op and he's already asking the nurses when he can pull a pint at his bar again 🙃",
]
# fmt: on


@pytest.mark.parametrize("text", FRESH_INTOXICATION_LOOKALIKES)
def test_off_duty_drinks_and_readings_are_not_intoxication(text: str) -> None:
    assert "unprofessional.intoxication" not in fired(UnprofessionalConduct(), text)


# fmt: off
# Shapes the blind-written posts showed: a hangover or a substance named right before duty,
# advice against vaccines or prescribed treatment, cure claims on a timetable, records faked.
FRESH_CONDUCT = [
    ("first day of the new rotation and I can still taste last night's vodka. consenting for theatre on 4 hours sleep 😵", "unprofessional.intoxication"),
    ("little gummy before my night shift, makes the 2am obs round so chill 🌈", "unprofessional.intoxication"),
    ("hip flask in my scrubs pocket is the only way through this audit meeting 🤫", "unprofessional.intoxication"),
    ("they called for a doctor on the flight and I'd had 4 wines, so I kept my head down", "unprofessional.intoxication"),
    ("railed a line at the mess party and still made the 8am list. built different", "unprofessional.intoxication"),
    ("Mums, you're allowed to say no. Ask for separate jabs, too many too soon for tiny bodies 🙏", "unprofessional.unsubstantiated_claims"),
    ("@jen_b22 I'd skip the 4 month vaccines, her immune system sounds overwhelmed already", "unprofessional.unsubstantiated_claims"),
    ("@tomasz_k ditch the statins your doctor prescribed, they destroy your muscles. beetroot juice does the job", "unprofessional.unsubstantiated_claims"),
    ("Our peptide protocol reverses joint damage in just 6 weeks, something no drug has achieved. Limited slots", "unprofessional.unsubstantiated_claims"),
    ("bro just stack the two cycles, trainers and docs won't tell you this 💪", "unprofessional.unsubstantiated_claims"),
    ("co-signed 30 warfarin scripts without even opening the INRs, pharmacy can catch it", "unprofessional.misconduct"),
    ("haven't checked the crash trolley in 2 months, just tick the sheet, fine so far", "unprofessional.misconduct"),
]
FRESH_CONDUCT_HARD_NEGATIVES = [
    "Mum asking if her baby could skip the jabs. Went through measles, she booked them. Good chat 💉",
    "No pill, supplement or app reverses dementia in 30 days, whatever the ads say. Be sceptical",
    "Myth: the MMR causes autism. Fact: no link in millions of children. Don't skip the jabs",
    "If your child is unwell with a fever, the nurse may move the jabs a week. That's normal",
    "gummies in the staff room again, someone's birthday 🎂 night shift sorted",
    "Finished my last night shift, two pints in the sun and bed 🍺",
    "Three nights in a row have properly wrecked me, asleep by 8 on a Saturday 😴",
    "a glass of red in hand, on call is finally over, phone off till Monday 🍷",
    "the new hoists arrived, no more wrecked backs for the ward staff 🏋️",
    "I could murder a pint after this shift, 14 patients and not one easy one",
]
# fmt: on


@pytest.mark.parametrize("text, rule", FRESH_CONDUCT)
def test_fresh_conduct_shapes(text: str, rule: str) -> None:
    assert rule in fired(UnprofessionalConduct(), text)


@pytest.mark.parametrize("text", FRESH_CONDUCT_HARD_NEGATIVES)
def test_fresh_conduct_lookalikes_fire_nothing(text: str) -> None:
    assert fired(UnprofessionalConduct(), text) == set()


# fmt: off
MORE_FRESH_CONDUCT = [
    ("on call from home tonight, so naturally I opened the good red 🍷 labour ward, be gentle", "unprofessional.intoxication"),
    ("on call from home and the edible's just kicked in 🍃 nobody arrest please", "unprofessional.intoxication"),
    ("prosecco with lunch then a 2pm home visit, work-life balance 🥂", "unprofessional.intoxication"),
    ("@dana_r ditch the metformin, it's synthetic junk. cinnamon and fasting fixed my clients", "unprofessional.unsubstantiated_claims"),
    ("Statins are a scam. My clients reverse heart disease with diet alone, book a call, link in bio", "unprofessional.unsubstantiated_claims"),
    ("did 35 reviews before lunch by simply not examining anyone. easy money 💰", "unprofessional.misconduct"),
    ("screenshot of the weirdest PACS image of the week, don't tell IG 😂", "unprofessional.misconduct"),
]
MORE_FRESH_CONDUCT_HARD_NEGATIVES = [
    "Chemo is not a scam. It's why my dad saw my wedding. Ignore the influencers 💜",
    "on call from home tonight, kettle on, scrubs by the door, phone loud ☕",
    "Never screenshot PACS for social media, even anonymised. Use the teaching file",
]
# fmt: on


@pytest.mark.parametrize("text, rule", MORE_FRESH_CONDUCT)
def test_more_fresh_conduct_shapes(text: str, rule: str) -> None:
    assert rule in fired(UnprofessionalConduct(), text)


@pytest.mark.parametrize("text", MORE_FRESH_CONDUCT_HARD_NEGATIVES)
def test_more_fresh_conduct_lookalikes(text: str) -> None:
    assert fired(UnprofessionalConduct(), text) == set()


# fmt: off
PATIENT_FOR_LIKES = [
    ("selfie with my little warrior from the burns unit today 💛 double tap if she made you smile", "unprofessional.patient_image"),
]
PATIENT_FOR_LIKES_HARD_NEGATIVES = [
    "selfie with my little sister at her graduation 💛 double tap for the proud big sis",
    "selfie with the whole burns unit team at the charity ball, double tap for the best nurses",
]
# fmt: on


@pytest.mark.parametrize("text, rule", PATIENT_FOR_LIKES)
def test_a_patient_posted_for_likes(text: str, rule: str) -> None:
    assert rule in fired(UnprofessionalConduct(), text)


@pytest.mark.parametrize("text", PATIENT_FOR_LIKES_HARD_NEGATIVES)
def test_family_and_team_selfies_for_likes(text: str) -> None:
    assert "unprofessional.patient_image" not in fired(UnprofessionalConduct(), text)


# fmt: off
BLIND_WRITTEN_CONDUCT = [
    ("bit tipsy still from the retirement do and I'm doing the 8am med round, wish me luck", "unprofessional.intoxication"),
    ("hungover at the MDT, praying nobody asks the registrar a question", "unprofessional.intoxication"),
    ("three G&Ts at lunch before my 2pm start, it'll be fine", "unprofessional.intoxication"),
    ("hungover af doing the flu jabs this morning, steady hands who", "unprofessional.intoxication"),
    ("rough from last night's sesh and there's a lumbar puncture booked for 10", "unprofessional.intoxication"),
    ("whiskey in the travel mug for the night shift, nobody suspects a thing", "unprofessional.intoxication"),
    ("two large pegs before night duty, the only way to get through it", "unprofessional.intoxication"),
    ("on call for labour ward but it's Friday so 🍺🍺🍺", "unprofessional.intoxication"),
    ("the anaesthetic fellow turned up to theatre still high from the festival", "unprofessional.intoxication"),
    ("My go-to for every patient with reflux: GutCalm chews. swipe up for 20% off", "unprofessional.unsubstantiated_claims"),
    ("Every new mum needs this sleep spray, trust me. Link below 👇", "unprofessional.unsubstantiated_claims"),
    ("the only toothpaste I let my patients use is from PearlLab, code PEARLDOC for 30%", "unprofessional.unsubstantiated_claims"),
    ("the trick with the fridge log is to fill it in at the end of shift from memory", "unprofessional.misconduct"),
    ("never bother with the double check for heparin, I know what 5000 units looks like", "unprofessional.misconduct"),
    ("I round all my obs to the nearest 5, the machine takes forever", "unprofessional.misconduct"),
    ("honestly I just tick 'mouth care done' for every patient on nights", "unprofessional.misconduct"),
    ("told him consent is just a formality and had it signed in a minute", "unprofessional.misconduct"),
    ("lied on the referral form so my patient jumped the queue", "unprofessional.misconduct"),
    ("I'm on call but one more glass of red won't hurt, the reg can cope 🍷", "unprofessional.intoxication"),
    ("Between lists I pop a diazepam to steady the hands. Works every time", "unprofessional.intoxication"),
    ("2 cans in the cab on the way back from the job, don't tell control 🍺", "unprofessional.intoxication"),
    ("telephone reviews only these days, no exam, bill it as face to face", "unprofessional.misconduct"),
    ("the rep brought lunch again, all I have to do is prescribe their inhaler, easy", "unprofessional.misconduct"),
]
BLIND_WRITTEN_CONDUCT_HARD_NEGATIVES = [
    "finally done with on call for the week. 3 beers and the sofa, don't ring me",
    "first night shift block done: 0 drinks, 5 coffees, 2 arrests, 1 cry",
    "I turned up hungover to my first shift as a student in 2011. Lesson learned: sleep before shifts",
    "a patient asked which painkiller is best for a hangover, I said water and an early night",
    "#ad paid partnership with StrideWell insoles: they help some people with flat feet, code STRIDE10 for 10% off",
    "Our trial of text reminders for statin adherence is published, link in bio, thanks to my patients who took part",
    "Walking the coast path for the hospice that cared for my patients' families, link in bio to donate",
    "Never skip the second check on insulin. Ever. I've seen what happens",
    "Audit found staff were rounding the obs to the nearest 10; new teaching this month",
    "Consent is never just paperwork: take the time, draw the diagram, answer the questions",
    "if you're a chiropractor telling parents to skip the MMR, you're a menace. vaccinated kids don't die of measles",
    "please don't send me the instagram 'doctor' who says turmeric cures cancer, I'm on nights",
    "#ad paid partnership with a foam roller brand. It helps sore calves; it doesn't 'detox' your muscles",
    "anaesthetics had my anxious patient asleep in 3 minutes today 👏 pic of me scrubbed in #teamwork",
    "one more night shift then a week off. No wine until Friday, promise",
    "Reps aren't allowed lunch meetings in our practice any more; we prescribe from the formulary",
]
# fmt: on


@pytest.mark.parametrize("text, rule", BLIND_WRITTEN_CONDUCT)
def test_blind_written_conduct(text: str, rule: str) -> None:
    assert rule in fired(UnprofessionalConduct(), text)


@pytest.mark.parametrize("text", BLIND_WRITTEN_CONDUCT_HARD_NEGATIVES)
def test_blind_written_conduct_lookalikes(text: str) -> None:
    assert fired(UnprofessionalConduct(), text) == set()


def test_scare_quoted_titles_and_percent_offers_are_read() -> None:
    """Two alternatives once sat inside word boundaries they could never meet: a title in
    scare quotes ends in a quote mark, and "for 20%" ends in a percent sign."""
    from classifiers.recognizers.unprofessional_conduct import DEBUNK, SALES_CALL

    assert DEBUNK.search("the tiktok 'doctor' says ivermectin cures it")
    assert DEBUNK.search("another “nutritionist” selling detox tea")
    assert SALES_CALL.search("grab the serum for 20% today")
    assert SALES_CALL.search("yours for 15%.")


@pytest.mark.parametrize(
    "text, fires",
    [
        ("Hungover on my first ever night shift back in 2014. Lesson learned, never again", False),
        ("Years ago I did a ward round still drunk from a wedding. Don't be like me", False),
        ("still drunk on the ward round lol, lesson learned for next time", True),
        ("3 pints before nights again 🍺 lesson learnt: bring mints", True),
    ],
)
def test_lesson_learned_excuses_only_an_old_lapse(text: str, fires: bool) -> None:
    found = "unprofessional.intoxication" in fired(UnprofessionalConduct(), text)
    assert found is fires


# fmt: off
PROMISES_PRICED_IN_TIME = [
    "New business alert 🚨 Dr. Ama's Slim Tea, lose 10kg in 2 weeks, no exercise, approved by doctors (me 😉) DM to order",
    "My cousin's keto shakes: lose 7kg in 10 days!! link in bio 💪",
    "Ayurvedic diabetic kit: tablets + powder, stop your insulin in 3 months. Call now",
    "BOTOX FIXES MIGRAINES, ANXIETY AND YOUR JAWLINE all in one 15 min appointment 💉✨ 20% off the next 10 bookings",
    "Magnesium glycinate cures anxiety and insomnia, trust me 🙌 code NURSEJO for 15% off",
    "@ravi_fitness mate just stop the statin, they're all pharma rubbish, eat clean",
]
PROMISES_PRICED_IN_TIME_HARD_NEGATIVES = [
    "Most people can lose 5kg in 3 months with diet changes, NHS programme, link below",
    "Our weight management group: most lose 2kg in 4 weeks. Free, GP referral, link in bio",
    "please don't stop your insulin in 2 weeks because a tiktok told you. call now if unsure: 111",
    "Our audit: 40% of patients were able to stop their insulin within 6 months after bariatric surgery, paper in bio",
    "Thousands cured of hep C since the new antivirals came in. Call now to get tested, it's free",
    "Our new sleep clinic fixes insomnia without pills: CBT-I, 6 sessions, book via the link below",
    "Botox fixes migraines? Evidence is modest. Thread below",
    "never stop your thyroid meds in 2 weeks without talking to us, call reception",
]
# fmt: on


@pytest.mark.parametrize("text", PROMISES_PRICED_IN_TIME)
def test_a_result_priced_in_time_or_a_cure_all_sold_is_a_claim(text: str) -> None:
    """From train misses: weight lost in days or weeks, a treatment stopped in months, one
    product fixing a list of ailments, sold with a call to order; medicine called rubbish."""
    assert "unprofessional.unsubstantiated_claims" in fired(UnprofessionalConduct(), text)


@pytest.mark.parametrize("text", PROMISES_PRICED_IN_TIME_HARD_NEGATIVES)
def test_realistic_results_warnings_and_real_cures_are_not_claims(text: str) -> None:
    assert fired(UnprofessionalConduct(), text) == set()


# fmt: off
VOUCHED_OR_OWN_OFFER = [
    "Cupping clears sciatica for good. I've seen it work hundreds of times in my practice",
    "Black seed oil shrinks tumours, I've watched it with my own eyes. Chemo is optional, your body knows",
    "@tanya_m12 it's your thyroid. selenium 200mcg a day and the fatigue will vanish, I've cured loads",
    "Our IV ozone protocol has reversed fatty liver in over 60 of my patients. no more metformin for most",
    "@jess_runs stop worrying, magnesium drops and it's gone in two weeks. skip the rheumatologist",
    "My 'Glow Reset' booster package: 10 years younger in a month or your money back. Guaranteed ✨",
    "Hair loss? Our PRP method regrows lost hair, zero risk, and you won't find that anywhere else in Accra",
    "Only at our Harley St clinic: veneers that prevent decay forever 🦷",
    "My knee protocol means you'll never need a knee replacement. 100% success rate so far 💪",
    "Flu season sorted: Immune Boost shots get my whole family through winter, no vaccine needed. code NURSEK 10%",
]
VOUCHED_OR_OWN_OFFER_HARD_NEGATIVES = [
    "I've seen it hundreds of times: people stop their statins after reading one article. Please talk to us first",
    "Great news for Dad, the scan was clear and no surgery needed. Thank you to the Mater team",
    "For most kids with a cold, no antibiotics needed. Fluids, rest, and it'll clear in a week",
    "Our vaccination clinic is open Saturdays, no appointment needed. Flu jab and COVID booster",
    "There's no such thing as zero risk in surgery, and anyone who promises it is selling something",
    "Our new physio programme: most people walk without a stick by 6 weeks. Free on referral, results vary",
    "Chemo is optional for some low-risk tumours: that's a conversation with your oncologist, not Instagram",
    "Researchers found PRP regrows no hair beyond placebo. Save your money",
    "Cured 40 patients of hep C this year with the new antivirals. Science is amazing 🙌",
    "Our audit: 100% of patients were seen within 4 hours last month. Proud of the team",
    "Our vaccination programme for pregnant women: no risk to your baby, book at reception",
]
# fmt: on


@pytest.mark.parametrize("text", VOUCHED_OR_OWN_OFFER)
def test_a_cure_vouched_for_by_the_author_or_an_impossible_offer_is_a_claim(text: str) -> None:
    """From train misses: the author's own results as the evidence ("I've reversed dozens"),
    proven care offered up ("chemo is optional"), and the author's own treatment sold with a
    result no treatment can promise ("zero risk", "or your money back")."""
    assert "unprofessional.unsubstantiated_claims" in fired(UnprofessionalConduct(), text)


@pytest.mark.parametrize("text", VOUCHED_OR_OWN_OFFER_HARD_NEGATIVES)
def test_real_outcomes_audits_and_warnings_are_not_vouched_cures(text: str) -> None:
    assert "unprofessional.unsubstantiated_claims" not in fired(UnprofessionalConduct(), text)


@pytest.mark.parametrize(
    "text",
    [
        "Hungover as anything, doing fillings all morning with shaky hands lol",
        "4am on the nurses' station, sipping from my flask that is definitely not coffee 🤫",
    ],
)
def test_intoxication_at_the_dental_chair_or_the_nurses_station(text: str) -> None:
    assert "unprofessional.intoxication" in fired(UnprofessionalConduct(), text)


# Fourteenth session: a drink named by kind or brand, then the duty it comes before or during
# ("a mojito before my 2pm", "sangria and I'm on call tonight"). Hard negatives: the drink after
# the shift, a glass of water before duty, a patient's drink, a drink with the duty already over.
@pytest.mark.parametrize(
    "text",
    [
        "a quick mojito by the pool before my 2pm, living the locum life 🍹",
        "second negroni and I'm on call for paeds tonight, pray for quiet",
        "glass of prosecco at the team lunch and back on the ward for the drug round 🥂",
        "the charge nurse brought in a bottle of whiskey at 3am, best night shift this year",
    ],
)
def test_named_drink_before_or_on_duty(text: str) -> None:
    assert "unprofessional.intoxication" in fired(UnprofessionalConduct(), text)


@pytest.mark.parametrize(
    "text",
    [
        "margaritas after my last night of the block, phone off till Monday 🍹",
        "big glass of water before my 7am start, hydrate people",
        "Bed 4 asked for a Guinness before rounds. Love him, but no 😂",
        "2 glasses of prosecco, on call is OVER, see you Monday 🥂",
    ],
)
def test_named_drink_off_duty_is_not_intoxication(text: str) -> None:
    assert "unprofessional.intoxication" not in fired(UnprofessionalConduct(), text)


# Fifteenth session: the drink or the drug placed on the shift by the shift's own places and
# times ("in the staff room", "then straight in for the 7pm start", "on my lunch break", "before
# call tonight", "on my 3rd glass"), and more drinks by name. Hard negatives: drinks with no
# alcohol, a patient's transfusion, caffeine counted, a vitamin gummy, drinks after the shift,
# a leaving do after the last list, a patient's wish.
@pytest.mark.parametrize(
    "text",
    [
        "rum and coke in my water bottle in the staff room, don't tell the NIC 🤫",
        "two glasses of rosé at my cousin's christening then straight in for the 7pm start 🙃",
        "couple of cans on my lunch break, afternoon clinic is going to fly by",
        "sneaky spliff during my meal break, the 3am obs round hits different",
        "gin before call tonight, just the one, steadies the hands",
        "on call from home and on my third glass of wine, fingers crossed for a quiet one 🍷",
        "five drinks deep at the ward party and I'm back on the ward for the drug round in an hour",
        "jager on the way to placement, preceptor won't smell it through the mask",
    ],
)
def test_a_drink_placed_on_the_shift_is_intoxication(text: str) -> None:
    assert "unprofessional.intoxication" in fired(UnprofessionalConduct(), text)


@pytest.mark.parametrize(
    "text",
    [
        "alcohol-free beer in the staff room for Nurses' Week, the night team loved it",
        "Patient is on the 2nd pint of blood, Hb creeping up nicely",
        "on my third can of Red Bull before the ward round, send help",
        "on my fourth glass of water before the list, hydration queen",
        "took my melatonin gummy on my break so I could nap for 20 mins",
        "vodka shots after nights, then straight into bed for 14 hours",
        "Leaving do in the doctors' mess on Friday after the last list, wine and cake for Dr Osei 🍷",
        "Bed 4 wants a pint of Guinness in the day room before his discharge, love him",
        "bottle of Lucozade on the drive to work, breakfast of champions",
    ],
)
def test_sober_drinks_transfusions_and_after_shift_drinks_are_not_intoxication(text: str) -> None:
    assert "unprofessional.intoxication" not in fired(UnprofessionalConduct(), text)


# Fifteenth session: the hard sell (a deadline, places counted down, a slashed price, a bundle,
# "inbox for slots") backing a promise; results counted as the product's own ("87% of our
# patients stopped insulin", "helped 60+ couples conceive"); the clinical title as the evidence
# for a coded product; the consultation dropped from the sale. Hard negatives: the hard sell
# with no promise, real results with no sale, a disclosed ad, a walk-in flu jab.
@pytest.mark.parametrize(
    "text",
    [
        "Our hydration IV drip sorts out hangovers, jet lag and dull skin in 40 mins 💧 book 2, get the 3rd half price, inbox for slots",
        "Gut reset protocol clears bloating and eczema for good 🌿 only 6 places left this month, price goes up Monday",
        "Thread lift = 15 years younger with zero downtime!! offer ends Sunday, WhatsApp us to book ✨",
        "Our herbal fertility blend has helped 60+ couples conceive, even after failed IVF 🙏 order before Friday, DM",
        "92% of our patients came off their blood pressure tablets within 12 weeks! Limited seats for the January intake, register today",
        "As a nurse I highly recommend ImmunoShield drops, they stop colds in their tracks. Use code NURSEJO for 15% off",
        "Lip filler from £120 this weekend only, no consultation needed, just DM us your pics 💋",
    ],
)
def test_a_hard_sell_backing_a_promise_is_a_claim(text: str) -> None:
    assert "unprofessional.unsubstantiated_claims" in fired(UnprofessionalConduct(), text)


@pytest.mark.parametrize(
    "text",
    [
        "Flu jab clinic this Saturday, only 10 slots left, book before Friday! £12 for adults",
        "Flu jabs at the pharmacy all week, walk in, no consultation needed, £14",
        "87% of our patients stopped smoking at 12 weeks in the NHS quit clinic, ask your GP for a referral",
        "Our fertility unit helped 200 couples conceive this year, all NHS funded. Proud of this team",
        "As a nurse I recommend these compression socks for long shifts, code NURSE20 for 20% off #ad",
        "Charity bake sale for the children's ward, ends Friday only, grab yours before they're gone 🎂",
    ],
)
def test_an_honest_offer_or_real_results_are_not_a_claim(text: str) -> None:
    assert "unprofessional.unsubstantiated_claims" not in fired(UnprofessionalConduct(), text)


# Sixteenth session: lapses admitted in the first person: the author's own prescriber ("wrote
# myself a script for X"), the ward's drip run into the author ("hooked myself up to a bag"),
# sleep on shift hidden ("nobody noticed", "bleep on silent", "don't tell the NUM"). Hard
# negatives: a note to self, a nap prescribed as a joke, a nap on a break, sleep after the shift,
# an old lapse told as a warning.
@pytest.mark.parametrize(
    "text",
    [
        "prescribed myself some zopiclone off the practice system again, who's going to audit a GP",
        "wrote myself a repeat script for propranolol before the interview, easier than seeing my own GP 🤷",
        "hangover special: put myself on a litre bag of Hartmann's in the staff room before the list",
        "3am, empty ward, kipped in the linen cupboard for an hour with the bleep on silent 😴",
        "dozed off in the side room for most of the night. no one on the ward noticed lol",
    ],
)
def test_a_lapse_admitted_in_the_first_person_is_misconduct(text: str) -> None:
    assert "unprofessional.misconduct" in fired(UnprofessionalConduct(), text)


@pytest.mark.parametrize(
    "text",
    [
        "wrote myself a note to chase the CT report before handover",
        "prescribed myself a long bath and an early night after that shift",
        "napped on my break in the staff room for 20 mins, nobody noticed the drool 😂",
        "slept 11 hours after my last night shift and nobody noticed I was gone from the group chat",
        "Confession: I once wrote myself a script for antibiotics as an F1. Never do it, see your own GP",
    ],
)
def test_a_note_to_self_a_break_nap_or_a_warning_is_not_misconduct(text: str) -> None:
    assert "unprofessional.misconduct" not in fired(UnprofessionalConduct(), text)


# Sixteenth session, second round: the phone out in the middle of care (filming a code, a
# selfie while the boss closes, FaceTime from resus, a snack break mid-laparotomy). Hard
# negatives: a drill or a course, relatives filming, a selfie after the list, a patient on insta.
@pytest.mark.parametrize(
    "text",
    [
        "Code blue on 7B and I'm filming for the gram, content is content 📸",
        "Selfie from theatre 2 while the consultant closes, bored out of my mind 💅",
        "live from resus, doing compressions to Stayin Alive, tiktok later 😂",
        "here's me FaceTiming my boyfriend from resus during a code, multitasking queen",
        "Mid-laparotomy snack break, retractor in one hand and a Twix in the other",
        "the F1 is doing a TikTok dance behind the curtain while bed 3 is coding 💃",
    ],
)
def test_the_phone_out_mid_resuscitation_or_operation_is_misconduct(text: str) -> None:
    assert "unprofessional.misconduct" in fired(UnprofessionalConduct(), text)


@pytest.mark.parametrize(
    "text",
    [
        "Filming the mock code for our new starters' training video, the manikin was a star 🎬",
        "Live from the ALS course, compressions until my arms fall off 💪",
        "Relatives were filming the whole resus on their phones. Please don't, it's someone's worst day",
        "Selfie with the team after a 12 hour list, everyone home safe ❤️",
        "The lad I stitched up last week followed me on insta 😂 the banter in resus was elite",
    ],
)
def test_a_drill_relatives_filming_or_a_selfie_after_work_is_not_misconduct(text: str) -> None:
    assert "unprofessional.misconduct" not in fired(UnprofessionalConduct(), text)


# A colleague drunk, hungover or high at work, as gossip; and the author's own drug use in new
# words (a psychedelic retreat before clinic, stimulants for the take, "I was seeing double" on
# call, spare sleeping tablets offered round). Hard negatives: the news of a struck-off surgeon,
# high on caffeine, alcohol gel, a patient's diplopia, a retreat warned against.
@pytest.mark.parametrize(
    "text",
    [
        "ICU consultant wandering round smelling like a brewery at 9am again. Cool cool",
        "anaesthetist today was so high on whatever he takes I had to hold the laryngoscope for him",
        "our reg turned up hungover to the ward round and made the F1 present every patient 🍺",
        "the scrub nurse reeked of vodka all list, nobody said a word",
        "Ayahuasca retreat this weekend, back in clinic Monday to tell people their feelings are valid 🌀",
        "modafinil for breakfast and a bit of the reg's 'study aid' for the 2am admissions 💊",
        "on call last night, took a small whisky at 2am to stay awake and by 4am I was seeing double. still clerked 6 patients",
        "Anyone want my spare zopiclone for their night shifts? DM me 😴",
    ],
)
def test_a_colleague_intoxicated_at_work_or_new_drug_words(text: str) -> None:
    assert "unprofessional.intoxication" in fired(UnprofessionalConduct(), text)


@pytest.mark.parametrize(
    "text",
    [
        "A surgeon was struck off today for operating while drunk. Rightly so, patients come first",
        "the consultant was so high on caffeine by 4pm he started singing on the ward round ☕",
        "patient's husband said the consultant smelled of alcohol gel all morning, took it as a compliment",
        "patient was seeing double after the fall, CT head booked",
        "Ketamine retreat clinics are popping up everywhere with no evidence base. Be careful out there",
        "modafinil for shift work disorder is licensed in the US but not here, interesting journal club",
    ],
)
def test_news_caffeine_hand_gel_or_a_patients_symptom_is_not_intoxication(text: str) -> None:
    assert "unprofessional.intoxication" not in fired(UnprofessionalConduct(), text)


# Looser promises when the post sells: a "miracle" product, a body that "heals itself", stones
# dissolved, "acne gone in 7 days", with an order taken by message, phone or post. Hard
# negatives: a real service advertised with no promise, the same promise with nothing sold.
@pytest.mark.parametrize(
    "text",
    [
        "Miracle back tea 🍵 three cups a day and your disc prolapse heals itself. DM to order, I ship across UAE",
        "Our herbal kidney cleanse removes stones in 3 days! Call 0302 555 123. Dr approved 💯",
        "Acne? Gone in 7 days with our herbal face steam. WhatsApp to order",
        "This castor oil blend dissolves fibroids naturally, message me for prices 🌸",
    ],
)
def test_a_loose_promise_with_an_order_line_is_a_claim(text: str) -> None:
    assert "unprofessional.unsubstantiated_claims" in fired(UnprofessionalConduct(), text)


@pytest.mark.parametrize(
    "text",
    [
        "Kidney stone clinic: most stones under 5mm pass on their own within weeks. Call 0302 555 123 to book a scan",
        "Acne usually settles in 6 to 8 weeks on the right treatment, be patient with it",
        "New stethoscopes in the nurses' shop, I ship across Ireland, DM to order 🩺",
    ],
)
def test_a_service_with_no_promise_or_a_promise_with_no_sale_is_not_a_claim(text: str) -> None:
    assert "unprofessional.unsubstantiated_claims" not in fired(UnprofessionalConduct(), text)


# The sexual lexicon (``classifiers/data/lexicons/sexual.txt``, read by the remarks recognizer):
# a patient or colleague eyed up at work. Hard negatives share the words.
@pytest.mark.parametrize(
    "text",
    [
        "Had a stunning 20-something in the chair for veneers, nearly asked for her number 😏",
        "Pharmacy rep came in today in a skirt that short, I signed up for whatever she was selling 😂",
        "The dads in birth suite this week are making it very hard to concentrate.",
        "first week of OB and I've seen more vaginas than a gyne's tinder 😷",
        "some of the pubic topiary I see at booking deserves a flower show entry 🌺",
        "Best part of doing breast augs is the before and afters 😉 if you know you know",
        "physio perk: hamstring stretches on a rugby lad with thighs like tree trunks. no complaints here 😍",
    ],
)
def test_the_sexual_lexicon_finds_leers_at_work(text: str) -> None:
    assert lexicons.pattern("sexual").search(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "Asked for her number so the district nurses can ring her tomorrow about the dressings",
        "The dads were making it hard to concentrate with all their questions during the handover",
        "new tight scrubs shrank in the wash, can't bend to do obs 😩",
        "Breast augs and reductions both on the list today, 8 hours of theatre 😍 love this job",
        "I've seen more patients than I can count this week, send coffee",
    ],
)
def test_the_sexual_lexicon_leaves_look_alikes(text: str) -> None:
    assert lexicons.pattern("sexual").search(text) is None


# Rules defied out loud (infection control "can fight me", the WHO checklist never done, a
# bundle charted at triage because "nobody checks when you actually gave" it, a guideline
# ignored), prescription drugs handed over without a script, attendance signed for oneself,
# relatives lied to, ward ampoules taken home. Hard negatives: the refusal, the plea to stop,
# advice to ignore a harmless result, a policy followed.
@pytest.mark.parametrize(
    "text",
    [
        "Scrubbed for 30 seconds instead of 3 minutes all day and nobody died. infection control can fight me 😎",
        "12 yrs and I've never once done the WHO checklist properly. ticking boxes is for people who can't count swabs",
        "if you chart the sepsis bundle at triage nobody ever checks when you actually gave the abx lol",
        "The new falls protocol is pointless paperwork. I just ignore it.",
        "Dispensed antibiotics without a script again because auntie asked nicely 😇",
        "signed my own attendance for the whole psych block and still passed 😎",
        "relatives want the CT hurried for their dinner booking. I tell them the scanner's broken. it isn't 😇",
        "I'm this close to telling him she's fine so he stops ringing. Who cares if it's true",
        "took one of the leftover ketamine amps home after the list, for science 🧪",
    ],
)
def test_a_rule_defied_or_a_lie_told_is_misconduct(text: str) -> None:
    assert "unprofessional.misconduct" in fired(UnprofessionalConduct(), text)


@pytest.mark.parametrize(
    "text",
    [
        "Bloke at the counter called me names for not handing over codeine without a script",
        "Pharmacists, please stop selling antibiotics without prescription for a cough. AMR is real",
        "No, auntie, I can't give you antibiotics without a script, but the clinic can see you today",
        "@pete that 2mm nodule is nothing in a nonsmoker, just ignore it",
        "Followed the new sepsis protocol to the letter today and it caught one early. Proud of the team",
        "told them the scanner was broken because it was, engineer is on the way, sorry for the wait",
    ],
)
def test_a_refusal_a_plea_or_a_protocol_followed_is_not_misconduct(text: str) -> None:
    assert "unprofessional.misconduct" not in fired(UnprofessionalConduct(), text)


# Selling past the safeguards: injections posted out with "no BMI check, no bloods", a Botox
# party, units dosed from a photo, a flu jab made unnecessary by adjustments, a product
# vouched for by "my patients" with the brand tie waved away ("#ad? no chance", "#notsponsored").
# Hard negatives: a walk-in flu jab, a disclosed ad, a stethoscope praised unsponsored.
@pytest.mark.parametrize(
    "text",
    [
        "Weight-loss injections for everyone! No BMI check, no bloods, just DM me and I'll post them out 🌞💉",
        "Botox party at my place Saturday 💉🥂 bring friends, first 5 get a free glass of prosecco",
        "@lucy_bbx send me a pic of your forehead lines and I'll tell you how many units you need, this price ends Sunday!!",
        "Regular adjustments = you'll never need a flu jab again. Your immune system runs through your spine 🦴",
        "#ad? no chance, they just send me free stuff 😂 this collagen is the reason my patients heal faster",
        "Switched to @SleepMaxPro gummies and I'd recommend them for any patient with insomnia #notsponsored",
    ],
)
def test_selling_past_the_safeguards_is_a_claim(text: str) -> None:
    assert "unprofessional.unsubstantiated_claims" in fired(UnprofessionalConduct(), text)


@pytest.mark.parametrize(
    "text",
    [
        "Flu jabs at the pharmacy: no prescription, no appointment needed, walk in any time £12",
        "not sponsored, just love this stethoscope, would recommend to every nurse",
        "The GMC has warned against Botox parties: prescription medicines need a face to face consult",
        "My patients love the new waiting room plants #notsponsored just a good garden centre",
    ],
)
def test_a_walk_in_jab_or_unsponsored_praise_is_not_a_claim(text: str) -> None:
    assert "unprofessional.unsubstantiated_claims" not in fired(UnprofessionalConduct(), text)


# A record faked with the tip that nobody looks ("just chart 'obs stable' for the 4am round...
# nobody has ever checked", "copy forward yesterday's exam... nobody reads them"), the
# interaction check skipped; drink straight into a twilight shift, "cold ones" on call; and in
# the sexual lexicon, colleagues rated and patients chased. Hard negatives share the words.
@pytest.mark.parametrize(
    "text, rule",
    [
        ("Pro tip for nights: just chart 'obs stable' for the 4am round. In 9 years nobody has ever checked 😴", "unprofessional.misconduct"),
        ("Progress note hack: copy forward yesterday's exam, change the date. Nobody reads them anyway 😎", "unprofessional.misconduct"),
        ("when the queue is out the door I skip the interaction check on repeat scripts 🤷", "unprofessional.misconduct"),
        ("Prosecco brunch with the girls then straight into a twilight on the surgical ward 🥂", "unprofessional.intoxication"),
        ("few cold ones at the station before kick off, on call till 6 but she'll be right 🍺", "unprofessional.intoxication"),
    ],
)
def test_a_faked_record_tip_or_drink_into_a_shift(text: str, rule: str) -> None:
    assert rule in fired(UnprofessionalConduct(), text)


@pytest.mark.parametrize(
    "text",
    [
        "I wrote it in the notes and emailed the GP too, because nobody reads the discharge letter 🙄",
        "Never skip the interaction check on repeat scripts, however long the queue",
        "Prosecco brunch with the girls then straight into a nap, day off tomorrow 🥂",
        "few cold ones with the team after the last night shift, off till Monday 🍺",
    ],
)
def test_a_note_written_a_warning_or_drinks_off_duty(text: str) -> None:
    assert fired(UnprofessionalConduct(), text) == set()


@pytest.mark.parametrize(
    "text, found",
    [
        ("new physio on the stroke unit is a solid 9/10, suddenly everyone wants to help 😏", True),
        ("fittest patient of my life in cubicle 6, wrote my number on the discharge letter 👀", True),
        ("my clinical instructor is stunning and she knows it 😍", True),
        ("you were my favourite on my table this week, shame about the rules on dating patients 🙈", True),
        ("the new coffee machine in the staff room is a solid 9/10", False),
        ("fittest I've been since med school, 10k done before the early shift 🏃", False),
        ("wrote my number on the discharge letter so the district nurse can call me with questions", False),
    ],
)
def test_the_sexual_lexicon_rates_and_chases(text: str, found: bool) -> None:
    assert (lexicons.pattern("sexual").search(text) is not None) is found


# Seventeenth session, eighth round: drink before or during duty in brand names and other
# languages ("two Red Stripe in the car park pre-shift", "2 caipirinhas and back to the plantão",
# "still lasing and my duty started 6am"); drinking after a count of nights is after duty; a
# promise pinned on others ("anyone promising guaranteed results is selling something") debunks.
@pytest.mark.parametrize(
    "text",
    [
        "Pre-shift ritual: two Red Stripe in the car park and I'm ready for the ward 🍺",
        "a couple of Tuskers at lunch and straight back to the ward like a champion",
        "2 caipirinhas no almoço and back to the plantão, ninguém percebeu 😂",
        "mess party last night, still lasing and my duty started at 7am 😵 sana walang code",
        "three Stellas before my 8pm start, the night shift won't know what hit it",
    ],
)
def test_brand_drinks_and_other_languages_before_duty(text: str) -> None:
    assert "unprofessional.intoxication" in fired(UnprofessionalConduct(), text)


@pytest.mark.parametrize(
    "text",
    [
        "Finished 4 nights on NICU, slept 11 hours and had a glass of wine with my 'breakfast' at 4pm",
        "Finished three long days, two Red Stripe on the balcony and bed by nine",
        "Lasing treatment for the retina went well today, patient home by lunch",
        "the duty started 6am and the coffee machine was broken, send help",
    ],
)
def test_drinks_after_a_run_of_nights_or_lasers_are_not_intoxication(text: str) -> None:
    assert "unprofessional.intoxication" not in fired(UnprofessionalConduct(), text)


@pytest.mark.parametrize(
    "text",
    [
        "Melasma is stubborn and anyone promising guaranteed results is selling something. Sunscreen daily",
        "Clinics claiming to cure eczema in a week are selling you something. Emollients and patience",
    ],
)
def test_a_promise_pinned_on_others_is_a_warning(text: str) -> None:
    assert "unprofessional.unsubstantiated_claims" not in fired(UnprofessionalConduct(), text)
