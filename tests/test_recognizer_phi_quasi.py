"""phi_quasi: the combination of time, place, person and distinctive detail in an encounter."""

from __future__ import annotations

import pytest

from classifiers import cues
from classifiers.recognizers.phi_quasi import PhiQuasi, case_profile, combination_score
from tests.recognizer_helpers import fired, make_post, run

RULE = "phi.quasi_identifiers"

# fmt: off
IDENTIFYING = [
    "the 60-year-old fisherman from Killybegs we admitted after the trawler accident yesterday",
    "52F in our ICU tonight after the fireworks accident in Athlone",
    "Delivered triplets at the Coombe at 3am!!",
    "My patient's hip op went great, the retired jockey from Kildare 🐎",
    "Transplant last night in the Mater: the young hurler from Kilkenny got his new heart at 4am",
    "Emergency laparotomy tonight in Nelson: local fisherman in his 60s, gored by a stingray. Stable now",
    "Tuesday in Broome: pearl diver in his 40s, shark bite to the calf off Cable Beach. Leg saved 🦈",
    "Mthatha yesterday: a sangoma in his 50s with a crocodile bite to the leg. Debrided, will keep it",
    "Removed a AA battery from a 30something man's bladder in Stoke this morning. Still don't know how",
    "Today at PGI Chandigarh: 60 year old farmer with a 12kg ovarian tumour, removed intact",
    "Job of the night: farmer in his 60s, arm caught in a slurry pump outside Bodmin. Air ambulance landed in the field",
    "Two young farmers from Southland in our ICU tonight with carbon monoxide poisoning. Both intubated",
    "our icu tonight: 29yo tradie, irukandji sting off Cairns, ventilated. box jellyfish season is no joke",
    "Involuntary admission this evening of a well known county councillor from Roscommon. Didn't see that coming",
    "Pulled 6 teeth today from the publican in Kilkee. Whole town will be asking why he's not smiling",
    "Fella from Dingle with a fish hook through his eyelid this morning, brought the whole rod in with him 😂",
]
HARMLESS = [
    "adults over 45 should get screened for bowel cancer, book in with your GP",
    "Teaching case, shared with the patient's consent and details changed: a woman in her 50s with a blast injury to the hand",
    "Had an 80-something with a UTI and delirium tonight, classic",
    "My mum's hip op went great, thanks to the team at Tallaght",
    "Kate Middleton's cancer news is a reminder to get checked",
    "Busy night in ED, proud of the team. 212 patients seen, zero corridor waits for once",
    "Journal club tonight: the new trial on tranexamic acid in trauma. 12% relative reduction",
    "Around 150 babies are born in NZ on Christmas Day each year. To all the midwives working today, thank you",
    "Fireworks season again: please keep kids well back, we see hand injuries every November",
    "Did my first parkrun in Phoenix Park this morning, legs are jelly",
    "Welcome to Dr Aoife Byrne who joins our ICU team from Galway today!",
    "Strike day tomorrow outside St James's Hospital, see you on the picket line",
    "Quiet clinic today. Lots of sore throats, one sprained ankle. Home for dinner",
    "New study: farmers have a higher rate of skin cancer. Wear sunscreen on the tractor",
    "Hypothetical case for the exam: a 45-year-old man with chest pain. What's your next step?",
]
# fmt: on


@pytest.mark.parametrize("text", IDENTIFYING)
def test_identifying_combinations_are_flagged(text: str) -> None:
    assert RULE in fired(PhiQuasi(), text)


@pytest.mark.parametrize("text", HARMLESS)
def test_harmless_posts_with_clinical_surface_are_not(text: str) -> None:
    assert RULE not in fired(PhiQuasi(), text)


def test_evidence_names_each_kind_of_cue() -> None:
    post = make_post(IDENTIFYING[0])
    (finding,) = run(PhiQuasi(), post)
    shown = {e.text for e in finding.evidence}
    assert {"60-year-old", "fisherman", "trawler", "yesterday"} <= shown
    assert "Killybegs" not in finding.explanation  # explanations stay generic


def test_consent_lowers_the_same_case() -> None:
    base = case_profile(
        "we admitted a 60-year-old fisherman from Killybegs after a trawler accident yesterday"
    )
    consented = case_profile(
        "with his written consent: we admitted a 60-year-old fisherman from Killybegs after a trawler accident yesterday"
    )
    assert combination_score(consented)[0] < combination_score(base)[0] / 2


# Cases introduced the way clinicians actually open them (a headline, a verb of care, a hint at
# who it is) rather than "we admitted"; and the hard negatives those cues must not catch.
# fmt: off
FRAMED_CASES = [
    "Kinsale this evening: a harbour master in his 50s, crushed between the pontoon and a yacht. Flown to CUH",
    "Ullapool surgery today: the ferry skipper, 61, new atrial fibrillation. The crossing is cancelled, and the whole village knows why",
    "Stitched up a well-known Leinster back-row this morning, say no more 🤐 he'll miss the derby",
    "Treated a certain weather presenter for a broken wrist tonight. You'll notice the cast on Monday's forecast",
    "Only GP on the island and the postmistress came in today with a new lump. Everyone here will hear by Friday",
    "Roscommon last night: a 19yo at the county final afters, fell through the glass roof of the clubhouse. Theatre at 4am",
    "ED tonight: a beekeeper, 70s, 40-odd stings after the hive fell off his trailer outside Ballina. Adrenaline x3",
    "Diagnosed the parish priest in Lisdoonvarna with Parkinson's today. He wants to tell the congregation himself",
]
FRAMING_HARD_NEGATIVES = [
    "Night shift reminder: a cold sandwich at 4am counts as dinner. Look after yourselves, team",
    "Today at the RCSI conference: a brilliant talk on rural trauma retrieval in the west of Ireland",
    "Huge well done to our HCA Bríd who retires this week after 30 years on the wards in Sligo",
    "Weekend plans: my 80 year old dad's 5k in Westport, then a pint with my brother",
    "Lots of sprains and one chest pain at the Galway clinic today, standard Saturday",
    "Flu season tip: if you're over 65 get the vaccine at your pharmacy this week",
    "Proud of our village GP practice: 40 years serving the island this month 🎉",
    "Rugby concussion guidelines updated: any player with a head knock should sit out the match",
]
# fmt: on


@pytest.mark.parametrize("text", FRAMED_CASES)
def test_cases_opened_by_a_headline_a_verb_of_care_or_a_hint(text: str) -> None:
    assert RULE in fired(PhiQuasi(), text)


@pytest.mark.parametrize("text", FRAMING_HARD_NEGATIVES)
def test_shift_posts_education_and_own_family_stay_harmless(text: str) -> None:
    assert RULE not in fired(PhiQuasi(), text)


def test_explanation_stays_generic_and_evidence_indexes_the_text() -> None:
    post = make_post(FRAMED_CASES[0])
    (finding,) = run(PhiQuasi(), post)
    assert "Kinsale" not in finding.explanation and "harbour" not in finding.explanation
    for span in finding.evidence:
        assert post.text[span.start : span.end] == span.text


# How clinicians write about a patient without "we admitted": a town named in running text with
# the day and the case the author had, or one unusual detail with where or who. Hard negatives:
# the same surfaces with no individual (a vending machine, a bay full of patients, a training
# day), or word salad of clinical terms that holds no sentence at all.
# fmt: off
PATIENT_FRAMED = [
    "saw the lad from Clonakilty again tonight, the one with the tractor, he's healing well",
    "Wheeled in at 2am from Portrush: a surfer who met the pier instead of the wave. Plating tomorrow",
    "pt from Ennistymon this morning, chainsaw through the boot, still laughing about it",
    "Gassed a county hurler for his shoulder today, he asked for the score before he went under",
    "The only pharmacy in Belmullet and the school principal just picked up his first script for statins",
    "Cath lab last night: a trawlerman, 58, STEMI on the boat off Castletownbere. Choppered in, stented, grand",
    "Lovely gent in his 70s on the ward from Kiltimagh, still cuts hair in the square every Saturday",
    "the local darts legend was in tonight with a dislocated finger. he threw left-handed all night apparently",
    "did the hip on the 85 yo former Munster hooker today, he wants to be back at the bar for the match",
    "my landlord is now my patient on the stroke unit. rent inspection will be interesting",
    "the consultant from upstairs admitted as a patient to our ward with his appendix, worst patient ever",
]
FRAME_HARD_NEGATIVES = [
    "A&E at 3am: the vending machine is out of everything except one sad packet of crisps",
    "bay 4 is full of snoring old men tonight, send earplugs",
    "Training day at the sim centre in Limerick today: airway drills and a lot of coffee",
    "Triage recovery pharmacy rota family discharge patient ward night handover bloods",
    "Night shift survival kit: flask, playlist, flapjacks. What's in yours?",
    "Heading to Galway for the ED leads meeting tomorrow, train wifi permitting",
    "Great to see the local football hero opening the new playground in Tuam today",
    "So many lovely people on the ward this week, from all over the county. Lots of falls and chest infections",
    "my neighbour is a nurse on the stroke unit and she's brilliant, the ward is lucky to have her",
]
# fmt: on


@pytest.mark.parametrize("text", PATIENT_FRAMED)
def test_a_case_the_author_had_with_a_town_or_an_unusual_detail(text: str) -> None:
    assert RULE in fired(PhiQuasi(), text)


@pytest.mark.parametrize("text", FRAME_HARD_NEGATIVES)
def test_shift_talk_and_clinical_word_salad_are_not_cases(text: str) -> None:
    assert RULE not in fired(PhiQuasi(), text)


# The frame's speed comes from running each alternative only when its words are in the post;
# that must never change the answer of the one-expression frame.
@pytest.mark.parametrize(
    "text",
    IDENTIFYING
    + HARMLESS
    + FRAMED_CASES
    + FRAMING_HARD_NEGATIVES
    + PATIENT_FRAMED
    + FRAME_HARD_NEGATIVES
    + ["İstanbul'dan a 40s tourist came in tonight", "Bed 6's daughter rang"],
)
def test_word_gated_frame_agrees_with_the_whole_expression(text: str) -> None:
    whole = cues.PATIENT_FRAME_ANYCASE.search(text) is not None
    assert cues.patient_frame(text) == whole
    span = cues.patient_frame_span(text)
    if span is not None:  # offsets index the original text, even when lower-casing moves them
        assert cues.PATIENT_FRAME_ANYCASE.match(text, span[0]) is not None


@pytest.mark.parametrize("text", FRAME_HARD_NEGATIVES[3:5])
def test_no_spacy_doc_is_asked_for_posts_without_a_case(text: str) -> None:
    assert not PhiQuasi().wants_doc(make_post(text))


def test_spacy_is_asked_only_where_a_place_could_raise_the_score() -> None:
    recognizer = PhiQuasi()
    # an unknown capitalised word in a framed case that a town would complete: ask spaCy
    assert recognizer.wants_doc(
        make_post("Ballybunion lifeguards pulled a swimmer in his 40s out tonight, we tubed him")
    )
    # the place is already read by the patterns, or there is no capitalised word to read
    assert not recognizer.wants_doc(
        make_post("we admitted a 70yo farmer last night after a quad bike crash near Knocknagree")
    )
    assert not recognizer.wants_doc(make_post("a 70yo tonight in bay 3 with chest pain, biba"))


# Cases written the way paramedics, rural and international clinicians put them: a callout, a
# retrieval, a regular of a local venue, a great age, someone the author meets in daily life.
# The same scene words without a case stay harmless.
# fmt: off
CALLOUTS_AND_LOCALS = [
    "Ambulance to the Clonmel greyhound track at 9pm, trainer kicked by a dog trailer door, open tib fib",
    "Flew a climber off Carrauntoohil at dawn, both ankles gone, 20s, German. Fair play to the rescue team",
    "Big Mick from the mart came in tonight with a bull's horn through his thigh, asked could he go home after",
    "Nursing home callout at 2am, 101yo resident with a hip fracture, she told us off for waking her",
    "Retrieved a grazier from a station out past Longreach, rolled his ute in a creek crossing",
    "Nasty one on the Pacific Hwy near Coffs at 4am, truckie trapped 2 hrs, both femurs",
    "the Uber driver who dropped me at work was my patient from last week's overdose. he's doing great",
    "Dispensed the first ever PrEP script in our little town today. To a very nervous farmer. Proud moment",
    "GP clinic: the Anglican vicar came in with a black eye and a very unconvincing door story",
    "Gave the last rites with the chaplain to the old fisherman from Arranmore tonight. He asked for the sea",
    "That lovely couple from the caravan park both came in with salmonella after the barbecue on Saturday",
    "Cracking case in fracture clinic: a Garda sergeant who broke his hand on a suspect's head. Officially 'fell'",
    "Sectioned a 17-year-old girl from our village under the Mental Health Act today. Her mum teaches my son",
    "Guess which county minor captain was in with a torn ACL this morning. Season over 💔",
    "Our frequent flyer from the bus station was back tonight, 11th time this month, same story",
    "Physio today with the local GAA manager who did his knee at training, he's picking the team from the plinth",
    "Just did a home visit to a 99-year-old who still milks her own goat in Leitrim. Blood pressure better than mine",
    "a paramedic from our own station was brought in tonight after a collision on the N4. we're all rattled",
]
CALLOUT_HARD_NEGATIVES = [
    "Flying doctor service is hiring! Nurses and pilots needed for outback Queensland",
    "Bluebottle season is here. Vinegar doesn't help, hot water does. Spread the word",
    "Had a lovely chat with a farmer at the mart today about sheep prices. Nothing medical, just craic",
    "Our ICU team ran the homecoming 5k for the hospital foundation. Proud of everyone",
    "Our hospital chaplains are unsung heroes. Thank you for sitting with families at 3am",
    "Proud of my son, 8, who did his first swimming lesson in Kununurra today!",
    "Caravan park season: wash hands, cook the burgers through, salmonella isn't a holiday souvenir",
    "Proud to support the Garda charity cycle this weekend with our ED team",
    "My mum was admitted to the Mater last night with her hip, thanks to the brilliant ED team there",
    "GAA injury clinic every Monday evening at the health centre, all welcome",
    "Galway races week: the ED is staffed up, please drink water between pints",
    "Proud of our paramedic students who passed their finals today at the N4 training centre",
]
# fmt: on


@pytest.mark.parametrize("text", CALLOUTS_AND_LOCALS)
def test_callouts_retrievals_and_local_regulars(text: str) -> None:
    assert RULE in fired(PhiQuasi(), text)


@pytest.mark.parametrize("text", CALLOUT_HARD_NEGATIVES)
def test_the_same_scenes_without_a_case(text: str) -> None:
    assert RULE not in fired(PhiQuasi(), text)


# Cases told in the shapes fresh posts kept showing and the patterns above did not read: a
# weekday or "yday", a venue or road by name, an employer with a job, "He's 71", a surname
# family, an injury's mechanism, shorthand ("#", "pneumo", "dx"), a diary headline, "that was
# us", a colleague's family or a schoolmate as the patient, the only one of a kind in a place,
# a habit the town has seen. The hard negatives beside them use the same words with no case:
# education with ages and numbers, the author's own feat or family, colleagues' news and
# praise, fans, fundraisers, recurring events.
# fmt: off
FRESH_PHRASINGS = [
    "Nothing like starting your Monday with a Walmart greeter who got his hand stuck in the cardboard baler. Peds hand surgery paged. He's 71 and still joking",
    "Prayers for the Lopez family please. Their boy is fighting on our floor after Saturday's crash on Hwy 9. 16 years old",
    "Yday: elderly Sikh gentleman, no English, wife translating, Dx pancreatic ca. Hardest conversation of my career. Southall GP life",
    "Reply to @dave_ems: yeah that was us, the cyclist on the Sea Road Wednesday. Two rib #s and a pneumo, he'll be grand",
    "Twin sisters, both 88, admitted same day to adjacent beds, both with pneumonia, both refusing to eat the jelly. Love them",
    "Trauma call: Amazon driver, pinned by his own van in a Dorchester driveway. Scene time 40 min. He's in theatre",
    "Having to tell a 30 yo nurse from our own hospital that it's metastatic. She's on 6 East. Can't stop thinking about her",
    "Sun 2am. 17F, found in the toilets of the Coppers nightclub, spiked, sats 84. Her friends left her. Girls mind each other",
    "Hen party bride-to-be from Cork landed in with us at 4am Sat after falling off the mechanical bull in Temple Bar. Wedding's next wk",
    "Kebab shop owner on George's St tried to fix his own gas oven. Eyebrows gone, 15% burns, transferred to the burns unit. Please call a professional 😬",
    "Ambo crew just dropped off the fella who streaks at every Munster match, hypothermic after Thomond Park, in nothing but his socks 🧦",
    "our receptionist's husband came in with chest pain & it's a big anterior MI. Shes in bits. Please send good vibes to Carmel 🙏",
    "Omg the 72 yr old woman from the Inishmore ferry with the # wrist keeps asking when she can get back to her B&B guests lol",
    "The Uber Eats guy who crashed his scooter into the Pret on Oxford St at lunchtime is mine in majors. Helmet saved him",
    "Hospice week: Mary (86, Ballycastle, ex-headmistress) asked us for one last swim at the Pans Rock. We made it happen. She died Thursday",
    "In A&E til 4 with the entire hen party from Galway who ate the 'magic' mushrooms at Salthill. The bride's still hallucinating",
    "The Ukrainian boy who arrived last month and doesn't speak English yet had his appendix out with us tonight. 11. Translator was his classmate",
    "Oncology clinic: 31, pregnant w/ her 2nd, breast ca stage 3, teaches 4th class in Swords. Wants to keep the pregnancy. Brave woman",
    "Cystic fibrosis clinic: the only CF kid in Belmullet just got his place at uni. 18. Used to hide from me under the bed lol",
    "Heard the owner of the Chinese on Shop St is my 3pm. Hope he brings spring rolls 🥢",
    "Tonight's lesson: never try to pull a calf at 80 years of age on your own in the rain. Galway farmer, broken ribs x4, calf fine 🐄",
    "Mayo for Sam? Maybe not. Their corner back is in my fracture clinic Thursday 😬 #GAA",
    "Radiographer life: the CT this morning was the woman who runs the bakery in my own village. Didn't look good. Can't tell anyone",
    "Community psych visit today to the hoarder's house on Bridge St everyone talks about. 40 yrs of newspapers. He's lovely actually",
    "our regular from the halting site in Ballinasloe was back again, 6th time since Xmas, same abscess. She brought us sweets",
    "Physio notes: county camogie captain, torn ACL in last Sunday's semi. Surgery Thursday. Her season is done and she knows it",
    "Old man collapsed at 11 o'clock mass in Knock this morning, priest did CPR until we arrived. He's in CCU now talking away",
    "Yep, the one who drove into the canal in Tullamore Saturday was ours. 71, dementia, no licence. Car's in worse shape than him",
    "Saw a guy on ward rounds today I went to primary school with. Liver failure at 38. We used to swap football stickers",
    "reply to @emerggp: ya it was Mick Joe from the creamery, he's stable now, his son is with him",
    "Home birth on the kitchen floor in Achill, power cut, baby boy 4.1kg by torchlight. Best night of my career 🔦👶",
    "Gutted. The postmistress in Kilcolgan who's run it for 40 years had a massive stroke at the counter. Not expected to survive",
    "The organist at St Mary's in Athlone had her 2nd hip done today, wants out for Sunday mass. Not a chance Bernadette",
    "Hypothermia, 3am, found on a bench in Eyre Sq, 50s, ex-army, knows all the nurses by name. He's warm now and eating toast",
    "Newly qualified solicitor, 26, Limerick, first day at the new job, collapsed at his desk. Long QT. We got him back ❤️",
    "replying to @kildarestreet: I was on the team. The 12 yr old boy from the Curragh camp is stable after the fall from the water tower",
    "One of the Rose of Tralee contestants was in with a sprained ankle this morning. Dancing through the pain tonight I'm told 🌹",
    "Aussie ED moment: snake bite at a Byron Bay yoga retreat, instructor, 30s, bitten mid downward dog. Antivenom x2. She's teaching again Monday lol",
    "Postie in Devon bitten by the same Jack Russell for the 3rd time this year, came to us for stitches. Owner still in denial",
    "Rounding on the TV weatherman from channel 7, post-op day 2 after his bypass. Already asked if he can do the forecast from bed 😂",
    "The 2 teenage brothers from the Wairoa crash are on our ward, both #femurs, their mum drove 6 hrs",
    "A med student at my school was admitted to our psych unit last night. Everyone in our year knows. Please stop asking me",
    "That Dunedin student flat fire last week? 3 of the 4 came through our burns unit. One still intubated",
    "Stitched up the Santa from the Arnotts grotto after an elf headbutted him by accident. 67. Beard intact. Kids none the wiser 🎅",
    "Reply @paddy_ems: yep she's with us, the 80yo in the yellow coat from the Carrick bus, broken wrist, waiting on ortho",
    "Admitted the Westport lifeboat cox last night after he took a wave to the chest during the rescue. 3 ribs",
    "On call tonight and who rolls in but my own secondary school principal, 74, with a # neck of femur. Still called me by my surname",
    "Had to section the Tidy Towns committee chair today. 58, manic, barricaded in the library in Castlerea. Gardaí were gentle",
    "Delivered my own dentist's baby at 4am. Cheekiest thing I've done all year: asked her about my crown mid-push 😂 #midwife",
    "Pt in resus is the Kerry Airport air traffic controller, 45, stroke at work. All flights held. He'd hate this tweet",
    "I've now had the same couple from Bettystown on my list three times this year for falls on their own stairs. They're 88 and 91",
    "Spent the morning with the foster mum from Ballina who has taken in 40 kids over the years. She's palliative now. What a woman",
    "Heartbreaking: 21 yo Trinity med student, first year, admitted with anorexia, BMI 13. Her classmates keep sending flowers",
    "Saw the lady who cleans our ward in ED last night as a patient, fell at the bus stop outside. Bruised but fine",
    "Two women from the same book club in Clara with the same salmonella after the same quiche. Who made the quiche",
]
FRESH_HARD_NEGATIVES = [
    "Ran the Dublin marathon yesterday in 3:41! Legs destroyed. Back on the ward tomorrow 🏃‍♀️",
    "Please keep in your prayers everyone facing cancer this year. Our support group meets every Thursday at the church hall in Graaff-Reinet",
    "another weekend warrior who thought he was 20 again. Acting your age is free buddy",
    "He's 71 and still runs every morning: my dad is my hero. Happy Father's Day Da ❤️",
    "A 44 yo mother of 4 dies of cervical cancer every week in Ireland. Get your smear. It takes 5 minutes",
    "Our ward clerk's husband just ran his 50th marathon in Berlin on Sunday. Absolute machine. Cake in the staff room",
    "Our receptionist's husband is running the Galway half marathon for the hospice on Sunday! Sponsor link below 👇",
    "The Tesco manager in Ennis donated 200 Easter eggs to the children's ward. Legend",
    "Twins! Our practice nurse had twin girls on Tuesday, both 6lb, mum and babies doing great. Welcome to the world little ones",
    "Drowning can be silent. A child can drown in 2 inches of water in under a minute. Watch them at the beach this weekend",
    "In A&E til 4 with my own kid last night, she's fine, just a sprain. Huge respect for the triage nurse",
    "Congrats to the Castlebar 10k organisers, 1,200 runners and only 2 needed the first aid tent for blisters!",
    "Saw the lad from Love Island at Dublin airport today, taller than you'd think. Not a patient, just a fan 😂",
    "Delighted to welcome 3 new nurses from Kerala to our ward this week. Fáilte! 🇮🇳🇮🇪",
    "Skibbereen rowers at the Olympics again! The whole town is out. Our clinic closes at 2 so we can all watch",
    "to all the parents asking at the school gate about rashes this week: impetigo is doing the rounds. Your GP or pharmacist can advise",
    "My crew mate Declan delivered a baby on the side of the N7 today like it was nothing. Absolute hero, cake on me tomorrow",
    "Toothpaste on spots can irritate skin. Benzoyl peroxide or adapalene are proven. A pharmacist can help",
    "New paper on HEART score vs troponin pathways worth a read this week",
    "Bystander CPR and an AED at the rink saved a life in our ICU this month. If you coach or play at an arena, take a CPR course",
    "Dad had a stroke on Tuesday. He's talking again. The stroke team at St Vincent's were incredible, thank you all",
    "Senator Ortiz visited our ER today to talk about staffing. Grateful she listened to the night nurses",
    "PTO shafts kill farmers every year. Guard it, switch it off, walk around. It takes 5 seconds. #FarmSafety",
    "Long QT can cause sudden death in young people. If someone in your family died suddenly under 40, ask about screening",
    "Calgary Stampede week: our trauma team is on standby. Cowboys, please wear the vest",
    "Santa visited the children's ward today with the Arnotts elves! The smiles 🎅",
    "The Westport lifeboat crew are doing a sea safety day on Saturday at the quay. Bring the kids!",
    "My dentist told me I grind my teeth on nights. Shocked. SHOCKED I tell you 😬",
    "My secondary school principal retired today. 40 years in Castlerea. He taught me everything. Legend",
    "Foster carers are the backbone of our child health system. Thank you to every foster mum in Mayo",
    "Salmonella cases are up in Offaly this month. Cook your eggs and chicken through, wash hands after handling",
    "Huge thanks to the ward cleaner team, you keep us safe. Especially the night shift cleaners 💙",
    "Fishing safety week in Killybegs: our team is running free health checks for crews on the pier Tuesday",
]
# fmt: on


@pytest.mark.parametrize("text", FRESH_PHRASINGS)
def test_cases_told_without_the_usual_cues(text: str) -> None:
    assert RULE in fired(PhiQuasi(), text)


@pytest.mark.parametrize("text", FRESH_HARD_NEGATIVES)
def test_the_same_words_without_a_case(text: str) -> None:
    assert RULE not in fired(PhiQuasi(), text)


@pytest.mark.parametrize("text", FRESH_PHRASINGS + FRESH_HARD_NEGATIVES)
def test_fresh_frames_agree_with_the_whole_expression(text: str) -> None:
    whole = cues.PATIENT_FRAME_ANYCASE.search(text) is not None
    assert cues.patient_frame(text) == whole
    span = cues.patient_frame_span(text)
    if span is not None:
        assert cues.PATIENT_FRAME_ANYCASE.match(text, span[0]) is not None


@pytest.mark.parametrize("text", FRESH_PHRASINGS)
def test_every_cue_of_the_new_shapes_indexes_the_text(text: str) -> None:
    profile = case_profile(text)
    for found in profile.by_kind.values():
        for cue in found:
            assert 0 <= cue.start < cue.end <= len(text)
    for finding in run(PhiQuasi(), make_post(text)):
        for span in finding.evidence:
            assert text[span.start : span.end] == span.text


# The cue expressions themselves, on the shapes they were written for and the near misses.
@pytest.mark.parametrize(
    ("regex", "text", "found"),
    [
        (cues.AGE_MORE, "He's 71 and still joking", "He's 71"),
        (cues.AGE_MORE, "she was 20 again at the wedding", None),
        (cues.AGE_MORE, "he's 6 weeks post-op", None),
        (cues.AGE_MORE, "Mary (86, Ballycastle)", " (86"),
        (cues.TIME_MORE, "after Saturday's crash", "Saturday's"),
        (cues.TIME_MORE, "meets every Thursday at the hall", None),
        (cues.PLACE_MORE, "found in the toilets of the Coppers nightclub", "Coppers nightclub"),
        (cues.PLACE_MORE, "Your GP or pharmacist can advise", None),
        (cues.ROAD, "head on with a lorry on the N5 outside Charlestown", "on the N5"),
        (cues.EMPLOYER_JOB, "Amazon driver, pinned by his own van", "Amazon driver"),
        (cues.EMPLOYER_JOB, "Heard the owner of the Chinese", None),
        (cues.MECHANISM, "pinned by his own van in a driveway", "pinned by his own van"),
        (cues.FAMILY_MORE, "Prayers for the Lopez family please", "the Lopez family"),
        (cues.ONLY_ONE, "the only CF kid in Belmullet", "the only CF kid in"),
        (cues.CLINICAL_PERCENT, "15% burns, transferred", "15% burns"),
    ],
)
def test_cue_expressions(regex: object, text: str, found: str | None) -> None:
    m = regex.search(text)  # type: ignore[attr-defined]
    assert (m.group() if m else None) == found


# Round 4 of fresh posts: a care verb with no "I" ("Scoped a...", "Repaired a..."), "we
# received", a unit's record, "you all know the one", a death on the author's ward, the
# author's role ("I was one of her midwives"), a year as a time, ages spelled out. Hard
# negatives: a secret with no one in it, a public figure's own announcement, the author's own
# grandparent named in their language, a unit's weekly routine, a public warning.
# fmt: off
ROUND4_CASES = [
    "Scoped a well-known rugby pundit this afternoon 🤐 say no more",
    "We received a 70-year-old beekeeper from Skibbereen this morning, stung over 200 times",
    "Repaired a 9cm aneurysm on a 52-year-old lorry driver from Carlow today, the largest in our hospital's history",
    "Day 2 post-op and Ennistymon's best-known butcher (you all know the one) is already asking for a rasher",
    "Mrs K died on our ward in Hartlepool on Sunday, the old harbourmaster's widow, 94",
    "I was one of her midwives at the Rotunda in 2019 and I still think of those twins",
    "Three-year-old from Athy in our PICU tonight after swallowing a magnet set",
    "someone left the bed board up on the canteen screen and I saw my old geography teacher's name on it",
    "We've nursed a retired postman from Ballina on Ward 7 for eight weeks; his nephew visited once in a year and now wants a meeting",
    "Removed a 6kg fibroid from a 44yo teaching assistant in Truro this morning, biggest our team has seen",
]
ROUND4_HARD_NEGATIVES = [
    "Honestly the only thing getting me through this audit meeting is the chocolate stash in my locker 🤫",
    "Sign-off paperwork at 7:10am after a long night is its own kind of exhausting 🤫 nobody tells you about the forms",
    "A well-known TV chef announcing his bowel cancer on his own channel today will send people to their GP. Screening starts at 50 here",
    "Today my own Nonna left us, 93, from Bari. Thank you to the ward staff who cared for her so gently 🙏",
    "Boda boda crashes: we see the injuries every week at Mulago. Helmets save lives",
    "Snakebite season in rural Kenya. Please: don't cut the wound, don't suck the venom, get to a clinic fast",
]
# fmt: on


@pytest.mark.parametrize("text", ROUND4_CASES)
def test_round4_cases_are_flagged(text: str) -> None:
    assert RULE in fired(PhiQuasi(), text)


@pytest.mark.parametrize("text", ROUND4_HARD_NEGATIVES)
def test_round4_look_alikes_are_not(text: str) -> None:
    assert RULE not in fired(PhiQuasi(), text)


@pytest.mark.parametrize("text", ROUND4_CASES + ROUND4_HARD_NEGATIVES)
def test_round4_frames_agree_and_evidence_indexes_the_text(text: str) -> None:
    assert cues.patient_frame(text) == (cues.PATIENT_FRAME_ANYCASE.search(text) is not None)
    for finding in run(PhiQuasi(), make_post(text)):
        for span in finding.evidence:
            assert text[span.start : span.end] == span.text


@pytest.mark.parametrize(
    ("regex", "text", "found"),
    [
        (cues.AGE_MORE, "eight-year-old maisie from naas", "eight-year-old"),
        (cues.AGE_MORE, "a twenty-two-year-old", "twenty-two-year-old"),
        (cues.TIME_MORE, "at Holles Street in 2019 and", "in 2019"),
        (cues.TIME_MORE, "in 2019 patients waited longer", None),
        (cues.PUBLIC_FIGURE_NEWS, "a singer announcing her diagnosis", "announcing"),
        (cues.OWN_FAMILY, "my own Nonna left us", "my own Nonna"),
        (cues.EDUCATION, "she hasn't rung in a year", None),
        (cues.EDUCATION, "3,000 deaths a year", "3,000 deaths a year"),
        (cues.CLINICAL_PERCENT, "a 39yo teaching assistant", "teaching assistant"),
    ],
)
def test_round4_cue_expressions(regex: object, text: str, found: str | None) -> None:
    m = regex.search(text)  # type: ignore[attr-defined]
    assert (m.group() if m else None) == found


# Round 4, second pass: "patient is a retired ...", a patient's own words ("she called me
# 'my daughter'") are not the author's family, a friend's relative in one of the author's beds,
# a person's party is no town, a hypothetical person is no one, "Some families" is no employer.
# fmt: off
ROUND4B_CASES = [
    "(3) patient is a former county hurler, late 50s, farms outside Thurles",
    "Lost my first patient today at Mulago, an old Acholi man, a drummer from Gulu who had been on our ward since the rains. He called me \"my son\"",
    "My flatmate's brother is in bed 9 so I popped over to say hello on my break",
]
ROUND4B_HARD_NEGATIVES = [
    "still absolutely wrecked from Niamh's leaving do and I'm on the 8am ward round, pray for me",
    "Juniors in our trust did 13 nights in a row this month. If a pilot did that it would be on the front page",
    "Some families man, they never ring the ward until there's a complaint",
]
# fmt: on


@pytest.mark.parametrize("text", ROUND4B_CASES)
def test_round4b_cases_are_flagged(text: str) -> None:
    assert RULE in fired(PhiQuasi(), text)


@pytest.mark.parametrize("text", ROUND4B_HARD_NEGATIVES)
def test_round4b_look_alikes_are_not(text: str) -> None:
    assert RULE not in fired(PhiQuasi(), text)


def test_round4_international_day_is_no_international_player() -> None:
    text = "Happy International Nurses Day to the nurses of Ward 9 who've put up with me for 15 years 💙"
    assert RULE not in fired(PhiQuasi(), text)


# A unit's record holder going home is one person; several different patients, or an audit's
# percentage, are none.
@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Meet our longest ever stay on the spinal unit 🥹 7 months, two operations, heading home to Tuam today!!", True),
        ("Ortho on call: a trampoline, a bunk bed and a bouncy castle sent me three different kids with broken wrists tonight. Summer in Swindon 🙃", False),
        ("we audited our ED: 48% of Saturday assaults arrived between midnight and 3am. staff the night properly", False),
    ],
)
def test_round4_records_and_many_patients(text: str, flagged: bool) -> None:
    assert (RULE in fired(PhiQuasi(), text)) is flagged


@pytest.mark.parametrize(
    "text",
    [
        "Massive crowd in Bundoran for the céilí, the whole town turned out 💃",
        "Naming no names but the new rota coordinator has the whole ward sorted already 👀",
    ],
)
def test_round4_recognition_without_care_is_no_case(text: str) -> None:
    assert RULE not in fired(PhiQuasi(), text)


# Time words, place forms and people the cues missed, and their near misses.
@pytest.mark.parametrize(
    ("regex", "text", "found"),
    [
        (cues.TIME_MORE, "came in during the storm with a chainsaw cut", "during the storm"),
        (cues.TIME_MORE, "flown in at 0340 hrs from the island", "at 0340 hrs"),
        (cues.TIME_MORE, "a dose of 1000 mg at 1000 mg daily", None),
        (cues.TIME_MORE, "brought in at half 4 by her son", "at half 4"),
        (cues.TIME_MORE, "on Christmas morning after the swim", "on Christmas"),
        (cues.PLACE_MORE, "a Leitrim farmer with a crushed hand", "a Leitrim farmer"),
        (cues.PLACE_MORE, "an Irish lad with a crushed hand", None),
        (cues.PLACE_MORE, "the stage through Kendal on Tuesday", "through Kendal"),
        (cues.PERSON_MORE, "the cyclist from the sportive", "the cyclist"),
        (cues.EMPLOYER_JOB, "fished a Lego man out of a nostril", None),
        (cues.EMPLOYER_JOB, "the Ryanair pilot from Knock", "Ryanair pilot"),
    ],
)
def test_round4_time_place_person_forms(regex: object, text: str, found: str | None) -> None:
    m = regex.search(text)  # type: ignore[attr-defined]
    assert (m.group() if m else None) == found


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("CT of the day: a whole AirPod in the stomach of a 79yo gent from the nursing home down the road 😳", True),
        ("Brought in a 90-year-old from the care home round the corner with a hip fracture this afternoon", True),
        ("If your chest hurts, pop into the pharmacy down the road and ask for advice", False),
    ],
)
def test_round4_the_one_place_nearby(text: str, flagged: bool) -> None:
    assert (RULE in fired(PhiQuasi(), text)) is flagged


# Consent and disguise said other ways lower the same case; a hedged "I think" does not.
@pytest.mark.parametrize(
    "text",
    [
        "Shared with her blessing: a 34-year-old Galway camogie player, struck by a sliotar last night, now recovering",
        "Details tweaked, but the lesson stands: a 60-year-old fisherman from Killybegs in our ICU yesterday after a winch injury",
        "Her mum gave me the ok to share: a 6-year-old from Athy in our PICU tonight after swallowing a magnet set",
    ],
)
def test_round4_consent_said_other_ways(text: str) -> None:
    assert RULE not in fired(PhiQuasi(), text)


@pytest.mark.parametrize(
    ("regex", "text", "found"),
    [
        (cues.CONSENT_MORE, "she said I could post it... I think", None),
        (cues.CONSENT_MORE, "with the OK of the ward manager, new rota", None),
        (cues.CONSENT_MORE, "the name blurred obvs", None),
        (cues.CONSENT_MORE, "names and places changed", "names and places changed"),
    ],
)
def test_round4_consent_more(regex: object, text: str, found: str | None) -> None:
    m = regex.search(text)  # type: ignore[attr-defined]
    assert (m.group() if m else None) == found


# Public-health numbers and a public figure hurt in front of the cameras are no patient's case.
@pytest.mark.parametrize(
    "text",
    [
        "Mumps cases in Sligo up to 11 this week. Check your teenager's vaccine status with your GP",
        "Gutted for the Mayo full-forward, torn hamstring on live TV last night. Hope the rehab goes well",
    ],
)
def test_round4_public_numbers_and_televised_injuries(text: str) -> None:
    assert RULE not in fired(PhiQuasi(), text)


def test_round4_a_hint_about_someone_seen_in_a_unit_still_counts() -> None:
    text = "Very famous face in resus tonight 🤐 that's all I'll say"
    assert RULE in fired(PhiQuasi(), text)


# Round 5 of blind-written posts: someone the whole place knows by where they work, worship or
# live ("Siobhan at the post office", "the imam of our mosque", "our Kinsale hardware shop
# owner") with a health detail; "I diagnosed the ..." (care given, not the author's illness); a
# death told by the bed; a town's unit in two words with "the only one I've ever seen"; a birth
# so rare it is one family's. Hard negatives: the same locals with no health detail, a call to
# write to one's representative, a public figure talking openly, the author's own pregnancy or
# bereavement, a count of rare births, a "miracle worker" colleague.
# fmt: off
ROUND5_CASES = [
    "Siobhan at the post office finally started her insulin this week, she'd been putting it off for years",
    "Bernie from the charity shop was in for her blister pack again, her memory is really slipping now",
    "The imam of our mosque is three weeks into chemo and still leading Friday prayers 💪",
    "Our local butcher Dessie broke his wrist slicing ham yesterday, plastered it for him this morning",
    "Ray, our Kinsale hardware shop owner, is up walking the day after his hip replacement 👏",
    "Please keep Father Tom of the parish church in your prayers, I diagnosed him with a lymphoma on Wednesday",
    "Only doctor on the island and today I diagnosed the ferry skipper with a DVT. No crossings for a week",
    "Man in his 40s in our Fort William ICU today with leptospirosis, the only one I've ever seen",
    "Triplets this morning in Galway, all three breathing unaided 💕",
    "first time losing a patient as a student. 79, former principal of our village school, his family sang at the bedside this morning",
    "Pic of the thumb I reattached on Tuesday, the sawmill worker from Gympie, colour coming back 🙌",
]
ROUND5_LOOK_ALIKES = [
    "Shout out to Marie at the bakery for the cake she dropped up to the ward today 🎂",
    "Huge thanks to Dave from the garage who fixed the ambulance's flat tyre this morning",
    "The local butcher dropped in sausage rolls for the night staff today, thanks Dessie!",
    "Bev from the op shop brought us a box of knitted blankets for the baby unit again ❤️",
    "Parking at our ED costs patients €20 a day. Write to your local councillor about it, it matters",
    "Great to see a famous rugby player talking openly about his anxiety this week. Reach out if you're struggling",
    "Sending love to the Olympic sprinter recovering from surgery, per her team's statement today",
    "I'm expecting triplets!! 🤫 Scan today, my patients in Bundoran will have a locum from May",
    "Lost my nan this morning. 91, ran the post office in Crossmolina for 40 years. Hugging the kids tonight",
    "Two sets of triplets delivered in our region this year and every one of them healthy. Proud of our midwives",
    "twins, triplets or one: every family leaving our unit today gets the same teddy 🧸",
    "Our practice nurse is a miracle worker with the vaccine queue today",
    "Removed a mole today from a back so hairy I needed a local guide",
]
# fmt: on


@pytest.mark.parametrize("text", ROUND5_CASES)
def test_round5_local_figures_and_rare_cases_are_flagged(text: str) -> None:
    assert RULE in fired(PhiQuasi(), text)


@pytest.mark.parametrize("text", ROUND5_LOOK_ALIKES)
def test_round5_look_alikes_are_not(text: str) -> None:
    assert RULE not in fired(PhiQuasi(), text)


@pytest.mark.parametrize("text", ROUND5_CASES)
def test_round5_evidence_indexes_the_text(text: str) -> None:
    (finding,) = run(PhiQuasi(), make_post(text))
    for span in finding.evidence:
        assert text[span.start : span.end] == span.text


# Round 5 look-alikes told like a case: the author's own evening ("Saw a gig in Lisdoonvarna"),
# the news read about ("read about ... on the BBC"), a unit's figures ("admitted 52 people",
# "7 sets of twins"), the author's own child or newborn. One person's life count still counts.
# fmt: off
ROUND5_FIGURES_AND_OWN = [
    "Saw a trad session in Lisdoonvarna last night. The box player was 85 if he was a day 🎻",
    "Just saw the news about the Bishop of Kerry's heart attack, wishing him well. Know the signs people",
    "read about the conjoined twins separated in Leeds on the BBC today. incredible teamwork",
    "The famous hurler's cruciate tear in the news: recovery is usually 9-12 months, here's what rehab looks like",
    "Our trauma unit admitted 52 people after quad bike rollovers this financial year. Helmets, please",
    "From our annual report: 7 sets of triplets and 2 sets of quads delivered over the past decade 👶",
    "Busy Sunday at the outreach clinic in Tamale: 310 kids vaccinated, 12 referred on 💪",
    "My little man (5) had his grommets in at Temple Street on Monday. Brave as anything ❤️",
    "Three rounds of IVF and our boy arrived at the Coombe today. Nothing prepares you for your own 🥹",
]
# fmt: on


@pytest.mark.parametrize("text", ROUND5_FIGURES_AND_OWN)
def test_round5_figures_news_and_own_family_are_not_cases(text: str) -> None:
    assert RULE not in fired(PhiQuasi(), text)


def test_round5_a_life_count_is_no_units_figures() -> None:
    text = "Sat with the foster dad from Tuam who has taken in 60 kids over the years. He's palliative now"
    assert RULE in fired(PhiQuasi(), text)


# A town before a job ("The Wexford postman") or heading a case ("Mansfield fracture clinic
# today:", "RVH cath lab at 2am:") is a place; a kind of clinic ("Methadone clinic Monday:"),
# a time ("ward round at 11:45") or a verb opening the post ("Watching that footballer") is not.
# fmt: off
ROUND5_TOWN_HEADLINES = [
    ("The Wexford postman I stented on Friday came back today with a box of chocolates for the cath lab", True),
    ("Mansfield fracture clinic today: 61yo zipline operator with a heel fracture off his own platform", True),
    ("RVH cath lab at 2am: 29yo F, SCAD a month postpartum, stented and stable", True),
    ("Methadone clinic Monday: half the room stayed clean all weekend and one lad brought biscuits", False),
    ("Boss came for ward round at 11:45, asked why discharges are late, then left for his clinic at 12", False),
    ("Watching that footballer collapse on the pitch and the medics save him was terrifying. Get CPR trained", False),
    ("Diabetes clinic today: lots of good HbA1cs and one very proud teenager", False),
]
# fmt: on


@pytest.mark.parametrize(("text", "flagged"), ROUND5_TOWN_HEADLINES)
def test_round5_towns_before_a_job_or_heading_a_case(text: str, flagged: bool) -> None:
    assert (RULE in fired(PhiQuasi(), text)) is flagged
    for finding in run(PhiQuasi(), make_post(text)):
        for span in finding.evidence:
            assert text[span.start : span.end] == span.text


# A home visit is the author's care; "one of only a handful of kids in the country with it" is a
# rarity; "the one who swims the lough every year" is a habit the place knows, not a statistic.
# Their look-alikes: home visits in general, a national figure, a yearly reminder.
# fmt: off
ROUND5_VISITS_RARITIES_HABITS = [
    ("House call out to Acacia Rd today, the old fella's leg ulcers are getting worse and he won't go in", True),
    ("Our Mia, one of only a handful of children in the country with her condition, visited the ward at Crumlin today 🥰", True),
    ("Our Galway postman, the one who swims the bay every year for the hospice, finished his chemo at UHG today and rang the bell", True),
    ("Home visits are the best part of general practice, you learn so much about people", False),
    ("One of only a handful of hospitals in the country with a hybrid theatre, proud of our team today", False),
    ("Reminder: get your flu jab every year, especially if you're over 65 or pregnant", False),
]
# fmt: on


@pytest.mark.parametrize(("text", "flagged"), ROUND5_VISITS_RARITIES_HABITS)
def test_round5_home_visits_rarities_and_habits(text: str, flagged: bool) -> None:
    assert (RULE in fired(PhiQuasi(), text)) is flagged


# Idioms and news that sound like a case: "(you know who you are)", "everyone knows it", a
# minister's visit, a colleague starting or retiring, the author's own GP appointment. A real
# hint at a patient still counts.
# fmt: off
ROUND5_IDIOMS_AND_NEWS = [
    "To whoever left the fruit basket at the nurses' station on Ward 6 today (you know who you are), thank you ❤️",
    "the porters in our ED hold the whole place together and everyone knows it 🙌",
    "The Health Minister visited our ward at 10am on a Thursday. Come back at 4am on a Sunday, we'll find you a chair",
    "our new ICU reg started this morning and already knows every nurse's name. future consultant 👏",
    "Our ward's longest-serving HCA retired today after 41 years. She called everyone 'pet'. Cake and tears",
    "Tried to book my own GP appointment today. Next slot: 3 weeks. Even the doctors can't see a doctor",
]
# fmt: on


@pytest.mark.parametrize("text", ROUND5_IDIOMS_AND_NEWS)
def test_round5_idioms_visits_and_colleague_news_are_no_case(text: str) -> None:
    assert RULE not in fired(PhiQuasi(), text)


def test_round5_a_real_hint_still_counts() -> None:
    text = "You all know who came into resus tonight 🤐 the county hurling captain, broken jaw. Say no more"
    assert RULE in fired(PhiQuasi(), text)


@pytest.mark.parametrize(
    "text",
    [
        # the word look-up splits "café" into "caf" and "co-op" into "co" and "op"
        "Marie at the café came in last night with her third stroke this year, 84 and still baking",
        "Jim from the co-op was in again this morning with his chest pain, bless him",
        # "once in a career" opens a case by itself
        "Once in a career: a farmer from Kilkee walked in yesterday with a pitchfork through his foot",
    ],
)
def test_local_figures_and_rarities_past_the_word_gates(text: str) -> None:
    assert "phi.quasi_identifiers" in fired(PhiQuasi(), text)


# Tenth session: guards that lowered real cases. A case that mentions a star's music, "the
# best news of my week", a town called Prince Albert, the baby's "Mum" or a health word the
# lists lacked (a lump, a bypass, oxygen, extubated) is still a case; the guards still hold
# where they mean what they say.
# fmt: off
GUARDS_MISREAD = [
    "Said goodbye to Aroha tonight. 15, osteosarcoma, the funniest kid on our ward. Her Taylor Swift playlist is still on the speaker",
    "The Whakatāne dairy farmer we flew in on Saturday after the quad bike rollover is extubated and asking about his cows. Best news of my week",
    "The only GP in Prince Rupert came into our ED yesterday with crushing chest pain. Stented, doing fine",
    "Twins born this morning at our hospital in Dubbo after a 40 minute drive in labour! Mum is a vet, 38, and already asking for toast",
    "Outreach clinic in Maralal today: the headman's eldest daughter, 19, finally showed me the breast lump she has hidden since Christmas",
    "Honoured to nurse the Torres Strait elder, 84, we flew down from Thursday Island last week. After his bypass he sang to the whole bay",
    "District visit in Tobermory today, the retired ferry skipper whose oxygen concentrator failed in the storm. Still made me tea",
    "Guess who's in the Liverpool isolation unit this morning: returned volunteer, 29, suspected Marburg. Full PPE since 5am",
    "guess which local councillor was in for his heart pills this morning 👀 saying nothing. his wife should ask more questions",
    "job of the night: drunk lad in a onesie wedged in a skip outside Galway station, 3am. fire brigade had to tip him out",
]
GUARDS_STILL_HOLD = [
    "Heartbreaking news of her diagnosis today, Celine Dion is such a fighter",
    "Prince William's visit to our ward this morning was lovely, the kids were star-struck",
    "Mum is home from her knee op at the Mater this morning, thanks to the lovely nurses there",
    "My nephew was born at our hospital last night, 4.1kg! Mum is thrilled to finally be a granny",
    "Breast lumps: most are benign, but any new lump needs checking by your GP. Don't wait",
    "Taylor Swift tickets for the Dublin gig today and I'm on nights. Pray for me",
    "Meningococcal vaccine clinic at the school in Ennis today: adults and teens should all get the booster",
    "Top tip for new ED nurses in Cork: label every blood bottle at the bedside, every time",
]
# fmt: on


@pytest.mark.parametrize("text", GUARDS_MISREAD)
def test_cases_past_guards_that_misread_them(text: str) -> None:
    assert RULE in fired(PhiQuasi(), text)


@pytest.mark.parametrize("text", GUARDS_STILL_HOLD)
def test_the_guards_still_lower_what_they_are_for(text: str) -> None:
    assert RULE not in fired(PhiQuasi(), text)


# From train misses (fourteenth session): a case opened by where the care happened (a
# district round, a home or community visit, a school health team) or by a headline whose
# colon introduces a person; elders and pupils by the words their communities use. Hard
# negatives: a headline that introduces a shift's mood, a notice or a team, not a person; a
# community visit with nothing distinctive about anyone.
@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("District round: the retired lighthouse keeper in Portsoy with the new stoma. Today he finally let me change it 🖤", True),
        ("CHW home visit in Mathare yesterday: mama of 6, the one who sells chapati at the stage, started her TB treatment 🙏", True),
        ("Hokitika on call: local fishing skipper, hook through the eyelid this morning. Ophthalmology by helicopter, he's fine", True),
        ("School health team, Soweto today: grade 3 learner with cigarette burns on both arms. Reported 💔", True),
        ("Sunday nights in Limerick: kettle, bloods, kettle, ECG, kettle. Love this team, hate the clock", False),
        ("Minor Ailments Scheme in Scotland: sore throat, earache, cold sores, thrush. Pop in, no GP appointment needed", False),
        ("Proud moment this week: our transplant team at the Freeman did 300 kidneys this year. Thanks to everyone", False),
        ("District round in Ashington today, eleven visits, two flat tyres and a lot of tea ☕", False),
    ],
)
def test_cases_opened_by_a_setting_or_a_headline(text: str, flagged: bool) -> None:
    assert (RULE in fired(PhiQuasi(), text)) is flagged


# From train misses of the sixth blind-written round (fifteenth session): the author's unit
# said with a word for its size or by an older name ("our little unit", "our casualty"), a
# patient walking in with something, and poisonings or a weapon still in the wound as the
# distinctive detail. Hard negatives: the same words with no case, or with nobody described.
@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Last night a 16 yr old boy from Anand village was brought to our casualty after drinking weedkiller. Alive this morning 🙏", True),
        ("Three 1.2kg babies and one stunned dad at 3am in our little unit in Portlaoise, I'm still shaking 😭", True),
        ("Skibbereen today: a farmer in his 60s walks in with a pitchfork still in his boot. Calm as you like", True),
        ("Stabbing outside the chipper in Mullingar at 2am, lad in his 20s with the knife still in, flew to Tallaght and he made it", True),
        ("Paraquat is still sold in some countries. If you farm, lock it away and never decant it into a drinks bottle", False),
        ("Our little unit turns 10 this week! Cake in the staff room at 3pm, all welcome 🎂", False),
        ("Our casualty is getting a new roof this summer, expect the side entrance to be closed in June", False),
        ("Walked in with two coffees for the night team at 3am and they nearly cried. Small things", False),
    ],
)
def test_little_units_walk_ins_and_poisonings(text: str, flagged: bool) -> None:
    assert (RULE in fired(PhiQuasi(), text)) is flagged


# False flags on train posts of the sixth blind-written round (fifteenth session): a busy ED
# called a zoo, a walk on the pier, and a sentence opening "Meeting people ..." or "Plenty
# people ..." read as a place. A fall from a pier or a zoo keeper's injury is still distinctive.
@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Beaumont ED is an absolute zoo tonight, 50 on trolleys. Not the staff's fault. Fund us.", False),
        ("island GP life: pier walk at lunch, one surgery this morning, ferry's off so nobody's leaving 🚢", False),
        ("Today a man told me he'd swapped his statin for garlic. Meeting people where they are is half this job.", False),
        ("Plenty people asking about herbal tea for sugar this week. Tell your doctor what you take 🌿", False),
        ("Tonight in Bundoran: a lad in his 20s off the pier at high tide, fished out by the lifeboat. In our resus now", True),
        ("zoo keeper in his 40s from Dublin Zoo bitten by a red panda this morning, in our ED now 🐼", True),
    ],
)
def test_metaphors_walks_and_sentence_openings_are_not_cases(text: str, flagged: bool) -> None:
    assert (RULE in fired(PhiQuasi(), text)) is flagged


# Sixteenth session (train misses): the author's care said as "we retrieved", "we sent her back",
# "we resected"; how the person is now ("awake", "stable", "went under at the river") as the
# health detail; an event's medical tent as the place. Hard negatives: a tent's weekend
# tally ("400+ seen"), "stable" and "sent back" said of things, a tree retrieved.
@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Keep thinking about the farmer from the Lismore floods we retrieved on Tuesday. Wife at the bedside all night", True),
        ("Still thinking about the man from the hostel on Gardiner Street we sent back at 4am. 88, no coat, nobody to call", True),
        ("Anyone from Kinsale asking about the swimmer off the pier this morning, the harbour master, he's in CUH and awake", True),
        ("Festival medical tent update: 19yo with a nitrous cold burn to the lip and one shoe. Third this weekend", True),
        ("Festival medical tent wrap-up: 350+ seen over three days, mostly blisters and sunburn. Drink water!", False),
        ("Our new monitors are stable at last and we sent back the faulty batch on Tuesday, thanks IT 🙏", False),
        ("We retrieved the ward's lost Christmas tree from the basement this morning, tinsel and all 🎄", False),
    ],
)
def test_retrievals_states_and_tents(text: str, flagged: bool) -> None:
    assert (RULE in fired(PhiQuasi(), text)) is flagged


# Seventeenth session (round-8 train misses and false flags): code-mixed births and cases (a
# time word, an age, a birth verb and a place in Portuguese, Roman Urdu, Malay), a crash's
# driver, a neighbour at the pharmacy counter, an object wedged or retrieved, the child's mum,
# the patient's quoted words; and what is no one's case: the author's birthplace, "Our Lady",
# a count read as an age, a sim actor, a patient who asked for the post, practices taking new
# patients, a stereotype, the author's own operation or results, a shout-out to colleagues.
@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Hoje de manhã fizemos o parto de uma menina de 13 anos aqui na maternidade de Juazeiro", True),
        ("Aaj raat Civil Hospital mein 17 saal ki larki ne triplets ko janam diya, teeno larke!", True),
        ("Semalam kami sambut bayi pertama tahun 2025, bayi lelaki 3.4kg. Ibunya cikgu dari Marang", True),
        ("Hoje de manhã fiz o café e fui correr na praia 🌅", False),
        ("sunday night rollover on SH5 outside Rotorua, driver of the ute told me he'd rather die", True),
        ("Whanganui ED this arvo: bloke in his 40s with a Lego minifigure wedged somewhere unholy", True),
        ("Object retrieved from a rectum this evening, and the guy asked if he could have it back", True),
        ("That big alhaji from our street came to the pharmacy today buying Viagra 😂", True),
        ("Took out 11 teeth under GA this morning from a 4 year old in Merthyr. Mum says Ribena every night", True),
        ("Callout to the doughnut shop in Moose Jaw this morning, the owner locked in his own freezer. "
         "First words: 'don't tell my wife'. The whole town will know by lunch", True),
        ("Pt in 9 asked if I could 'speak American'. Sir, I was born in Ohio. His potassium's still 2.9", False),
        ("Our Lady of Perpetual Rota Gaps has struck again: 3 unfilled nights next week", False),
        ("porter life: 23,000 steps today. Shout out to the lads in the portering office in Beaumont 💪", False),
        ("guess the diagnosis 🤔 our sim actor Gareth doing his best left facial droop. Bell's palsy?", False),
        ("My patient (94, and she told me to put this on the Twitter) says never marry a man who owns a boat", False),
        ("I've seen posts asking about GPs taking new patients in Ballarat. The Sebastopol clinic opened their books last week", False),
        ("Nothing says Saturday night in Blackpool like a stag do lad in a mankini in resus", False),
        ("6 weeks post my own appendicectomy and back on the ward in Galway today. Being the patient was humbling", False),
        ("Our final year results came out today and I'm officially a doctor!! 6 years in Cairo 🥼", False),
        ("the most exhausting patients are the ones from the big houses on the hill. 'Do you know who my husband is'", False),
    ],
)
def test_session17_code_mixed_cases_and_no_ones_case(text: str, flagged: bool) -> None:
    assert (RULE in fired(PhiQuasi(), text)) is flagged
