"""unprofessional_remarks: derogatory, colleague mockery, discriminatory, sexual, hostile."""

from __future__ import annotations

import pytest

from classifiers.recognizers.unprofessional_remarks import UnprofessionalRemarks
from tests.recognizer_helpers import fired

# fmt: off
POSITIVES = [
    ("our favourite frequent flyer is back in cubicle 3, third time this week", "unprofessional.derogatory_patient"),
    ("Status dramaticus in cubicle 5, full Oscar performance for a stubbed toe", "unprofessional.derogatory_patient"),
    ("LOLINAD in bed 6, sweetest GOMER you'll ever meet", "unprofessional.derogatory_patient"),
    ("another genius who googled his symptoms and wants an MRI 🙄", "unprofessional.derogatory_patient"),
    ("had a crackhead in room 12 tonight spitting at staff", "unprofessional.derogatory_patient"),
    ("bed blockers everywhere, can't move for the crumbles", "unprofessional.derogatory_patient"),
    ("the useless reg didn't answer his bleep all night", "unprofessional.mocking_colleague"),
    ("ortho are knuckle-dragging idiots, they can't read an ECG", "unprofessional.mocking_colleague"),
    ("these nurses are clueless, should be fired the lot of them", "unprofessional.mocking_colleague"),
    ("typical travellers, always kicking off in the waiting room", "unprofessional.discriminatory"),
    ("half the waiting room can't speak English and expect everything for free", "unprofessional.discriminatory"),
    ("some retard parked across the ambulance bay again", "unprofessional.discriminatory"),
    ("Operated on a hot patient today, perks of the job 😏", "unprofessional.sexual"),
    ("the new physio has a great ass, wink wink", "unprofessional.sexual"),
    ("@angry_tom_reviews you're a liar, see you in court", "unprofessional.hostile"),
    ("@troll_99 shut up and get a life, you know nothing about medicine", "unprofessional.hostile"),
]
NEGATIVES = [
    "Racked up so many air miles this year I'm officially a frequent flyer with Aer Lingus",
    "We have 40 medically fit patients waiting for care packages. That's not bed blocking, it's an unfunded system",
    "Night shift brain: I tried to scan my coffee 😂",
    "Huge shout out to the reg on tonight, absolute legend, saved my bacon",
    "I felt so useless as a new SHO, it gets better, I promise",
    "Repeated self-harm is a sign of distress, not attention seeking. Every presentation is a chance to help",
    "Proud to stand against racism in the NHS. No place for it on our wards",
    "Sexual health clinic open late on Thursdays, walk in for STI testing",
    "Breast cancer awareness month: know your body, check yourself",
    "@reviewer_x thank you for your feedback, please contact the practice manager",
    "Apple crumble in the canteen today, best thing about Tuesdays",
    "Whale watching in Kinsale on my day off 🐋",
    "Stop calling patients frequent flyers. Language matters",
    "The EHR is down again, IT are working on it, patience everyone",
    "Welcome to our new consultant, Dr Ahmed, from Lahore!",
]
# fmt: on


@pytest.mark.parametrize("text, rule", POSITIVES)
def test_remarks_aimed_at_people(text: str, rule: str) -> None:
    assert rule in fired(UnprofessionalRemarks(), text)


@pytest.mark.parametrize("text", NEGATIVES)
def test_humour_at_no_one_and_anti_stigma_posts(text: str) -> None:
    assert fired(UnprofessionalRemarks(), text) == set()


# Mockery without slang: sarcasm, put-downs and contempt, aimed at patients, groups or colleagues.
# fmt: off
MOCKERY = [
    ("Patient wants antibiotics for a cold because 'they always work'. Sure they do, sir 🙄", "unprofessional.derogatory_patient"),
    ("the lady in cubicle 2 asked if the ECG stickers were tracking her. lights are on but nobody's home", "unprofessional.derogatory_patient"),
    ("bloke in bay 3 is 28 stone and wants a second dessert. the bed frame is groaning", "unprofessional.derogatory_patient"),
    ("Mate, if you can dance at the festival all night you can sit in the waiting room for two hours", "unprofessional.derogatory_patient"),
    ("these scooter lads think helmets are optional. enjoy your skull fracture mate", "unprofessional.derogatory_patient"),
    ("the new locum reg couldn't find a vein if his life depended on it", "unprofessional.mocking_colleague"),
    ("these Romanians always turn up in groups of ten and complain about the wait", "unprofessional.discriminatory"),
    ("the new HCA in bay 5 is smoking hot, she can take my obs anytime 😏", "unprofessional.sexual"),
    ("@moaning_mick_ find another GP then, we won't miss you", "unprofessional.hostile"),
]
MOCKERY_HARD_NEGATIVES = [
    "I'm such an idiot, drove to work on my day off 🙄",
    "The printer in majors is a total clown today. Third jam this hour",
    "Mate, the rota came out and I'm on every bank holiday. Give me strength",
    "Patients often worry that antibiotics are needed for colds. They aren't, and here's why 🧵",
    "Huge thanks to the night team, absolute heroes. No wonder we're proud of this unit",
    "Obesity is a disease, not a character flaw. Stigma keeps people away from care",
]
# fmt: on


@pytest.mark.parametrize("text, rule", MOCKERY)
def test_mockery_without_slang(text: str, rule: str) -> None:
    assert rule in fired(UnprofessionalRemarks(), text)


@pytest.mark.parametrize("text", MOCKERY_HARD_NEGATIVES)
def test_self_deprecation_system_jokes_and_education(text: str) -> None:
    assert not {r for r in fired(UnprofessionalRemarks(), text) if r.startswith("unprofessional")}


@pytest.mark.parametrize(
    "text, unprofessional",
    [
        ("had a ward full of traveller families tonight, loud and filthy, typical", True),
        ("lady anaesthetists should stick to day surgery, leave the big cases to the men", True),
        ("@reg_aoife you absolute star, that chest drain was textbook", False),
        ("Heart attacks in women under 50 are often missed: symptoms aren't always classic", False),
        ("frequent flyer problems: my suitcase went to Lisbon without me", False),
    ],
)
def test_group_contempt_without_a_determiner_and_praise(text: str, unprofessional: bool) -> None:
    hits = {r for r in fired(UnprofessionalRemarks(), text) if r.startswith("unprofessional")}
    assert bool(hits) is unprofessional


DEROG, DISCRIM = "unprofessional.derogatory_patient", "unprofessional.discriminatory"
HOSTILE, SEXUAL = "unprofessional.hostile", "unprofessional.sexual"
# fmt: off
RIDICULE_BY_SHAPE = [
    ("another dad in resus who 'read online' that his kid's fever needs an MRI 🙄", DEROG),
    ("every 30 yo who comes in with 'chronic fatigue' after one late night lol", DEROG),
    ("Patient in cubicle 3 wants a sick note for his 'migraine'. The pub photos say otherwise 🙄", DEROG),
    ("yet another mum who googled the rash and demands antibiotics. sure thing love", DEROG),
    ("guy in bay 2 swears he only had two pints. Sure mate", DEROG),
    ("the lady in room 9 asked if the drip had wifi. Darling, it's saline", DEROG),
    ("these Albanians are flooding the clinic and using up appointments our own people need", DISCRIM),
    ("two men kissing in the waiting room, kids were watching, disgusting", DISCRIM),
    ("female surgeons just don't have the stomach for trauma, sorry", DISCRIM),
    ("if you can't speak to the nurse, learn the language or go back", DISCRIM),
    ("@angry_reviewer you're all idiots in that family group chat", HOSTILE),
    ("To the patient who left the 1 star review: you will not be seen here again", HOSTILE),
    ("thirst trap from the on-call room 😈 link in bio for spicy content", SEXUAL),
    ("the 24 year old on my list today, may need a very thorough breast exam 😏", SEXUAL),
    ("every patient who says they 'never drink' has a liver that disagrees 😂", DEROG),
]
RIDICULE_HARD_NEGATIVES = [
    "another dad who stayed up all night with his feverish kid. Parents are heroes",
    "every nurse who comes in on her day off to help deserves a medal",
    "the 'quick' ward round took 4 hours again 🙄 #NHS",
    "my 'five minute' admin job took all afternoon lol",
    "sure mate, I'll do your audit too 😂 (to my reg, who owes me a coffee)",
    "these new Albanian translation leaflets are brilliant, thanks to the library team",
    "Trans people face long waits for care. Here's what our clinic is doing about it",
    "Female surgeons made up 40% of new consultants this year. Long way to go still",
    "Language barriers are hard for patients. Interpreters are free, please book one",
    "Every patient who asks questions makes me a better doctor",
    "Darling daughter passed her driving test today 🎉",
    "Thank you to the patient who left us a lovely review today",
    "spicy curry night with the team after the audit meeting 🌶️",
    "I can't believe it's already March",
    "Honey and lemon won't cure a cough, but it's soothing. Fluids and rest",
]
# fmt: on


# fmt: off
ANSWERED_IN_PUBLIC = [
    "she asked if the epidural would ruin her nails. sweetie, that's the least of your worries",
    "he wants a scan for a stubbed toe. Mate, it's a toe",
    "customer asked for antibiotics for his hangover. no love",
    "patient in bay 3 wants the remote, the window and a private chef. manners cost nothing habibi",
    'Mr "I only vape" is back with his cough. Nice try',
    "the councillor who banned the takeaway came in with gout today. hypocrite 🙄",
]
ANSWERED_HARD_NEGATIVES = [
    "she asked if she could bring her dog to visit. of course, love! Pets as therapy are welcome",
    "he wants to go home for his daughter's wedding. We made it happen, thank you team",
    "Mr Byrne, our porter of 30 years, retires today. Legend",
    "patient in bay 3 gave us a thank you card, made our week love",
    "the councillor came in to open the new wing today, lovely speech",
    "Miss Aoife from the school choir sang for the ward at Christmas. Not a dry eye",
]
# fmt: on


@pytest.mark.parametrize("text", ANSWERED_IN_PUBLIC)
def test_a_patients_words_answered_with_a_sneer(text: str) -> None:
    assert "unprofessional.derogatory_patient" in fired(UnprofessionalRemarks(), text)


# fmt: off
MORE_SHAPES = [
    ("@moaning_mike_ maybe if you hadn't skipped three appointments you'd have your results", HOSTILE),
    ("to the patient who called me slow: you were 40 mins late and swore at my receptionist", HOSTILE),
    ("the patients in majors tonight: a human zoo, someone find me a tranquiliser dart", DEROG),
    ("These village people bring their kids after a week of home remedies and expect miracles. No sense", DISCRIM),
]
MORE_SHAPES_HARD_NEGATIVES = [
    "maybe if you're free Tuesday we could run the sim session again?",
    "the zoo trip with the kids was a lovely break from nights",
    "@jo_reg best of luck in the new job, you were 10 mins late every day and we'll miss it 😂",
    "Village clinics expect a doctor once a month. That's not enough, and it's not their fault",
]
# fmt: on


# fmt: off
# Remarks without slang or insult words: the shapes fresh posts showed the rules missing.
REMARKS_WITHOUT_CRUDE_WORDS = [
    ("Honestly don't know what the bed managers do all day apart from send emails", "unprofessional.mocking_colleague"),
    ("OTs are basically glorified box tickers. Kettle assessment, done, home by 3", "unprofessional.mocking_colleague"),
    ("the surgical team refuse to come down before midnight and then wonder why nobody wants to work here", "unprofessional.mocking_colleague"),
    ("Our new registrar is a walking liability. Wouldn't let him near my nan", "unprofessional.mocking_colleague"),
    ("Radiologists have the bedside manner of a wet sponge. Good thing they never meet anyone", "unprofessional.mocking_colleague"),
    ("Chiros are not real clinicians, just back crackers with a god complex", "unprofessional.mocking_colleague"),
    ("Every agency nurse they send is worse than the last. Where do they find them", "unprofessional.mocking_colleague"),
    ("some people shouldn't be allowed to have kids. third toddler this week who found the methadone", "unprofessional.derogatory_patient"),
    ("Four generations in cubicle 3 and not a job between them. Lovely gene pool", "unprofessional.derogatory_patient"),
    ("If you can afford a new iPhone every year you can afford the prescription charge, mate", "unprofessional.derogatory_patient"),
    ("Our regular rang the practice 11 times today. She should get a loyalty card at this point", "unprofessional.derogatory_patient"),
    ("Amazing how the back pain vanishes when the benefits form is signed", "unprofessional.derogatory_patient"),
    ("Told the lady refusing her insulin she'd lose her foot by Christmas. Felt great tbh", "unprofessional.derogatory_patient"),
    ("If you voted for them, don't bother coming to my clinic for your free prescriptions", "unprofessional.discriminatory"),
    ("Anyone who supported the cuts can go to the back of the queue as far as I'm concerned", "unprofessional.discriminatory"),
    ("Foreign-trained nurses on this ward can't even read a drug chart. Standards are gone", "unprofessional.discriminatory"),
    ("Women surgeons are great until they have kids, then it's all excuses", "unprofessional.discriminatory"),
    ("Roma family in the waiting room, count the scissors before they leave", "unprofessional.discriminatory"),
    ("the lad in cubicle 4 had the most gorgeous chest I've ever put ECG leads on 😍", "unprofessional.sexual"),
    ("I always volunteer for the bed baths on the young footballers 👀", "unprofessional.sexual"),
    ("Very handsome policeman brought in the prisoner, I was thinking about him all shift 🔥", "unprofessional.sexual"),
    ("New reg is giving me very unprofessional thoughts in theatre 😅", "unprofessional.sexual"),
    ("@unhappy_client_ we have your records and your version of events is fiction", "unprofessional.hostile"),
]
REMARKS_WITHOUT_CRUDE_WORDS_HARD_NEGATIVES = [
    "Bed managers are doing an impossible job this winter, one of them covering three sites. Staffing, not people",
    "OTs got three of my frail patients home safely this week. Unsung heroes of the ward",
    "The surgical team came down at 2am and were brilliant. Thank you",
    "Our new registrar is a superstar, calm in every crash call",
    "Some parents of toddlers asked about safe storage of medicines. Keep them locked up and out of reach",
    "Gene pool research: new twin study on asthma heritability out today",
    "Dear hospital admin: if you can afford a new logo you can afford another nurse on nights",
    "Free prescriptions for everyone in Wales and Scotland. Why not England? Write to your MP",
    "Foreign-trained nurses make up a third of our ward and we'd close without them. Thank you",
    "Women surgeons still face barriers to promotion. Proud to mentor three brilliant trainees",
    "The Roma health outreach clinic opens Saturday with interpreters. Everyone welcome",
    "My husband has the most gorgeous chest and he knows it 😍 #anniversary",
    "Handsome new stethoscope arrived, thank you to my mum 🩺",
    "Loneliness drives many frequent attendances. Social prescribing helps; ask your practice",
    "@unhappy_client_ sorry to hear this. We can't discuss care here; please call the practice manager",
    "status dramaticus is me when the coffee machine in majors is broken",
    "Dental emergency tonight: a climber, 30s, front teeth knocked out by a hold. Reimplanted",
    "If your BP readings are still high on treatment your GP may increase the dose",
    "The Princess of Wales shared her diagnosis with courage. Get your symptoms checked",
    "sedation is an option for some people with dental anxiety, just ask",
]
# fmt: on


# fmt: off
MORE_REMARKS_WITHOUT_CRUDE_WORDS = [
    ("Hospitalists would rather write three paragraphs than just admit the patient", "unprofessional.mocking_colleague"),
    ("Cardiology registrars could be replaced by a vending machine and nobody would notice", "unprofessional.mocking_colleague"),
    ("Our clinic manager couldn't organise a raffle at a church fete", "unprofessional.mocking_colleague"),
    ("Whole family turned up for nan's chest infection. Zero manners, they travel in a herd", "unprofessional.derogatory_patient"),
    ("Indigenous patients never turn up to follow up so why bother booking them", "unprofessional.discriminatory"),
    ("Baby number 6 for the mum on welfare, someone explain contraception to her 🙃", "unprofessional.discriminatory"),
    ("That gorgeous theatre nurse in tight scrubs made the whole list fly by 🔥", "unprofessional.sexual"),
    ("@reviewer_jo funny how you remember the wait but not the missed appointments. We'll be discharging you from the practice", "unprofessional.hostile"),
]
MORE_REMARKS_HARD_NEGATIVES = [
    "Hospitalists admitted eleven patients from ED tonight without a single delay. Thank you",
    "Indigenous health workers doubled our follow-up attendance this year. Culturally safe care works",
    "Our new theatre nurse made the whole list fly by, calm and organised. Lucky to have her",
    "Big families visiting a sick nan is love, even when the waiting room is chaos",
]
# fmt: on


def test_a_sneer_word_in_praise_is_not_a_sneer() -> None:
    text = "The IQ of our department went up today: three new registrars start Monday, brilliant"
    assert not fired(UnprofessionalRemarks(), text)


# Each table above is one round of realistic posts; one test runs them all.
@pytest.mark.parametrize(
    "text, rule",
    RIDICULE_BY_SHAPE
    + MORE_SHAPES
    + REMARKS_WITHOUT_CRUDE_WORDS
    + MORE_REMARKS_WITHOUT_CRUDE_WORDS,
)
def test_remarks_by_shape_with_or_without_crude_words(text: str, rule: str) -> None:
    """Ridicule, contempt, discrimination and hostility found by their shape, not slang alone."""
    assert rule in fired(UnprofessionalRemarks(), text)


@pytest.mark.parametrize(
    "text",
    RIDICULE_HARD_NEGATIVES
    + ANSWERED_HARD_NEGATIVES
    + MORE_SHAPES_HARD_NEGATIVES
    + REMARKS_WITHOUT_CRUDE_WORDS_HARD_NEGATIVES
    + MORE_REMARKS_HARD_NEGATIVES,
)
def test_remark_lookalikes_fire_nothing(text: str) -> None:
    """Praise, kind answers, system jokes and quoted words are not remarks about people."""
    assert not fired(UnprofessionalRemarks(), text)


# fmt: off
# Look-alikes the blind-written posts showed firing: quoted words, greetings, a verb that is also
# a pet name, a form's words in quotes, a date not a patient, advice to the public, a foreign
# body, a vegetable garden.
FRESH_LOOKALIKES = [
    "to every mum who says sorry for 'wasting my time' at 3am with a hot toddler: you never are",
    "Hey Karen, fair question. Tea tree oil smells nice but it won't clear a fungal nail, sadly",
    "Symptom checkers aren't the problem, Dr Google isn't the enemy either. Bring me what you read",
    "Love that ward, love that team 🧡 sats stable, family reassured, home for tea",
    "I love you, Mrs Byrne from the shop, but those scones will be the end of my diet 😂",
    'Referral form that just says "?anything" again 🙄 tell me what you want to know and I can help your patient',
    'Date asked "what\'s the grossest thing you\'ve seen" 😂 nice try sir, confidentiality. Bill please',
    "Festival first aid round-up: 300 seen, mostly ankles. wear boots, drink water, and maybe don't crowd-surf 🤘",
    "Peanut up a nostril is the paeds classic. A smelly one-sided discharge = think foreign body, get it looked at",
    "Snake bite from her own vegetable patch, antivenom by road, she's grand now and the tomatoes survived",
    "smashed a first-go cannula on the trickiest veins of the week and I'm unbearable about it 😏",
]
# fmt: on


@pytest.mark.parametrize("text", FRESH_LOOKALIKES)
def test_fresh_lookalikes_fire_nothing(text: str) -> None:
    """What the blind-written hard negatives taught: quoting, greeting and advising are not remarks."""
    assert not fired(UnprofessionalRemarks(), text)


# fmt: off
# Colleagues run down in the frames many rants share, and hostile replies.
FRESH_COLLEAGUE_AND_HOSTILE = [
    ("Cardiologists doing a joint injection is like watching a toddler attempt brain surgery 🐶", "unprofessional.mocking_colleague"),
    ("New interns are like goslings, except goslings are occasionally helpful", "unprofessional.mocking_colleague"),
    ("Locum on the ward tonight couldn't find the crash trolley. They'll let anyone with a pulse do this job", "unprofessional.mocking_colleague"),
    ("Discharge letter from the GP says 'unwell, please see'. Do they even go to medical school", "unprofessional.mocking_colleague"),
    ("physios who can't read an obs chart shouldn't be let near patients", "unprofessional.mocking_colleague"),
    ("our head of department hasn't examined a patient since 1995 and it shows", "unprofessional.mocking_colleague"),
    ("The consultant speaks to juniors like they're naughty children", "unprofessional.mocking_colleague"),
    ("worked for a practice manager who couldn't run a bath, let alone a practice", "unprofessional.mocking_colleague"),
    ("Radiologists who report 'clinical correlation advised' on everything. Bunch of lazy box-tickers", "unprofessional.mocking_colleague"),
    ("absolute clown of a registrar, vanished for the whole arrest", "unprofessional.mocking_colleague"),
    ("@dr_rhys you'd know all about sloppy notes, judging by your discharge summaries", "unprofessional.hostile"),
    ("@lynn_m62 the nurse you called rude sat with you for an hour, which you'd know if you'd stopped talking", "unprofessional.hostile"),
    ("To the man who kicked our triage nurse: come back, I'll be waiting in the car park", "unprofessional.hostile"),
    ("@gerry_p post that review again and you'll get a solicitor's letter", "unprofessional.hostile"),
]
FRESH_COLLEAGUE_LOOKALIKES = [
    "Me reading a cardiac MRI is like watching a labrador attempt sudoku 🐶 thank god for the radiologists",
    "Our new interns are brilliant, not one of them has missed a sepsis screen this week 💪",
    "Physios are the reason half my patients walk out of here, thank you team",
    "Our consultant still teaches the way she did in 1995: at the bedside, with patience. Legend",
    "The rota can't run a bath, let alone a department. Fix the staffing, management",
    "@kev_d that's gout in your mate's toe, lay off the beer and see his GP this week",
]
# fmt: on


@pytest.mark.parametrize("text, rule", FRESH_COLLEAGUE_AND_HOSTILE)
def test_fresh_colleague_and_hostile_frames(text: str, rule: str) -> None:
    assert rule in fired(UnprofessionalRemarks(), text)


@pytest.mark.parametrize("text", FRESH_COLLEAGUE_LOOKALIKES)
def test_fresh_colleague_lookalikes_fire_nothing(text: str) -> None:
    assert not fired(UnprofessionalRemarks(), text)


# fmt: off
MORE_FRESH_REMARKS = [
    ("Gender clinics for trans teens are just indulging confused kids, it's mental illness", "unprofessional.discriminatory"),
    ("medicaid moms treat the postnatal ward like a spa, zero thank yous", "unprofessional.discriminatory"),
    ("To the 2-star reviewer who 'waited ages': you were 30 mins late. Maybe check your own watch", "unprofessional.hostile"),
    ("@rita_oc your husband signed the form. Stop crying on Facebook about it", "unprofessional.hostile"),
    ("the lady in bay 2 says she flosses 'most years'. thrilled. truly. 🙃", "unprofessional.derogatory_patient"),
]
MORE_FRESH_REMARKS_HARD_NEGATIVES = [
    "Trans patients are not confused. They deserve the same dignity on any ward we run",
    "Medicaid expansion meant 40 more moms got postnatal checks this year. Policy works",
    "To the reviewer who thanked our night team: they were thrilled, truly. Thank you 💙",
]
# fmt: on


@pytest.mark.parametrize("text, rule", MORE_FRESH_REMARKS)
def test_more_fresh_remarks(text: str, rule: str) -> None:
    assert rule in fired(UnprofessionalRemarks(), text)


@pytest.mark.parametrize("text", MORE_FRESH_REMARKS_HARD_NEGATIVES)
def test_more_fresh_remark_lookalikes(text: str) -> None:
    assert not fired(UnprofessionalRemarks(), text)


# fmt: off
# Harm wished on people, leering in mild words, hygiene and weight sneers.
LAST_FRESH_REMARKS = [
    ("the relative who swung at our porter tonight, hope he chokes on his kebab", "unprofessional.hostile"),
    ("To the man who called me useless over a 2 hour wait: I hope your gallstone passes sideways", "unprofessional.hostile"),
    ("new ortho reg has the whole of theatres volunteering to scrub 👀 have you seen him in scrubs", "unprofessional.sexual"),
    ("the surgical fellows were ranking the scrub nurses by looks again and honestly I agree with the top 3", "unprofessional.sexual"),
    ("why do the student nurses do full makeup for nights, who are they trying to pull, the registrars? 😂", "unprofessional.sexual"),
    ("pt in bed 5 asked why her gums bleed. hun have you ever met a toothbrush 🤢", "unprofessional.derogatory_patient"),
    ("BMI 58 for a caesar today, asked theatres for a forklift and a winch 😂", "unprofessional.derogatory_patient"),
]
LAST_FRESH_HARD_NEGATIVES = [
    "Whoever designed a rota with 6 nights then a day shift: I hope you step on a plug every morning",
    "the size of him 😂 congrats Aoife, 4.4 kilos of gorgeous niece for me to cuddle",
    "Overheard the fellows ranking the nurses by looks. Reported it. Not ok, and I said so",
    "BMI 45 or more? Ask about the weight management clinic, the referral is free and it works",
    "hope he gets home for Christmas, 3 weeks on the ward and still smiling 🎄",
]
# fmt: on


@pytest.mark.parametrize("text, rule", LAST_FRESH_REMARKS)
def test_last_fresh_remarks(text: str, rule: str) -> None:
    assert rule in fired(UnprofessionalRemarks(), text)


@pytest.mark.parametrize("text", LAST_FRESH_HARD_NEGATIVES)
def test_last_fresh_lookalikes(text: str) -> None:
    assert not fired(UnprofessionalRemarks(), text)


# fmt: off
# Care withheld or jobs denied by who people are; contempt and put-downs in common words.
FINAL_FRESH_REMARKS = [
    ("Two patients needing interpreters again. Maybe learn the language of the country giving you free care?", "unprofessional.discriminatory"),
    ("@dr_amaka respectfully, someone who trained in Karachi shouldn't be lecturing us on NICE", "unprofessional.discriminatory"),
    ("If you're unvaccinated and turn up coughing, you'll be seen after everyone else 🤷", "unprofessional.discriminatory"),
    ("Practice owner tip: think twice about hiring mums coming back from mat leave. Always off", "unprofessional.discriminatory"),
    ("to the public: a stubbed toe at 4am is not an emergency. Some of you are the reason we can't have nice things", "unprofessional.derogatory_patient"),
    ("Recovery secret: the ones who moan the most get the biggest cannula 😈", "unprofessional.derogatory_patient"),
    ("Showed him the inhaler three times and he sprayed it on his neck. Evolution took the day off 🤦", "unprofessional.derogatory_patient"),
    ("Patient asked if the filler would hurt. Babe you've had so much botox nothing in that face can move 💀", "unprofessional.derogatory_patient"),
    ("Whoever read the film before me can't label a chest X-ray to save their life. Radiographer of the year 🙄", "unprofessional.mocking_colleague"),
    ("Consented a BMI 61 for a hernia today. Asked theatres for a forklift 😂", "unprofessional.derogatory_patient"),
]
FINAL_FRESH_HARD_NEGATIVES = [
    "Free English classes for patients' families every Tuesday in the chapel. Interpreters always available",
    "Trained in Karachi, working in Leeds, teaching NICE guidance to our new F1s this week. Love this job",
    "Not vaccinated yet? Walk-in flu clinic till 8pm, no appointment needed 💉",
    "Returning from mat leave? Our practice offers a phased return and flexible lists. We want you back",
    "Consented a lovely 80-year-old for her hip today, she's been waiting 2 years. So pleased for her",
    "Babe you were incredible at your first marathon, so proud of you 🏃‍♀️",
]
# fmt: on


@pytest.mark.parametrize("text, rule", FINAL_FRESH_REMARKS)
def test_final_fresh_remarks(text: str, rule: str) -> None:
    assert rule in fired(UnprofessionalRemarks(), text)


@pytest.mark.parametrize("text", FINAL_FRESH_HARD_NEGATIVES)
def test_final_fresh_lookalikes(text: str) -> None:
    assert not fired(UnprofessionalRemarks(), text)


# fmt: off
BLIND_WRITTEN_REMARKS = [
    # patients sneered at without slang: the worried well, Dr Google, time-wasters
    ("the worried well have descended on the surgery again, one brought a spreadsheet of his pulse", "unprofessional.derogatory_patient"),
    ("Afternoon list was wall-to-wall hypochondriacs, I said 'that's normal' about forty times", "unprofessional.derogatory_patient"),
    ("another dad explaining paediatrics to me after watching one YouTube video. cool", "unprofessional.derogatory_patient"),
    ("Relatives who ring the ward hourly for an update: get a hobby", "unprofessional.derogatory_patient"),
    ("A man told me he doesn't believe in cholesterol. Love that for him.", "unprofessional.derogatory_patient"),
    ("Bloke called an ambulance for a splinter because parking is dear. Paid for by you and me.", "unprofessional.derogatory_patient"),
    # weight and hygiene as the punchline
    ("the gentleman in bed 4 is so heavy the hoist nearly filed a complaint 😂", "unprofessional.derogatory_patient"),
    ("no bariatric bed free tonight, honestly the man in bay 2 needs a forklift 😂", "unprofessional.derogatory_patient"),
    ("the whole of bay 5 stinks of wee by lunchtime, how do their families bear it", "unprofessional.derogatory_patient"),
    ("asked the patient in cubicle 2 to take his shoes off 🤮🤮 some people never wash their feet", "unprofessional.derogatory_patient"),
    # critics and reviewers argued with
    ("@wellness_warrior you're a quack with a ring light, nothing more", "unprofessional.hostile"),
    ("Denise, you were seen within the hour and given what the guideline says. Stop spreading nonsense about our nurses.", "unprofessional.hostile"),
    ("@gary_h if you'd worn the splint like we showed you, your wrist would have healed. don't blame the practice", "unprofessional.hostile"),
    ("anyone who thinks 5G causes asthma is too thick to be helped, honestly", "unprofessional.derogatory_patient"),
    # colleagues run down, filmed or mocked
    ("the charge nurse on nights couldn't find a vein with a map and a torch", "unprofessional.mocking_colleague"),
    ("our locum reg is a walking malpractice suit, how does he still have a job", "unprofessional.mocking_colleague"),
    ("the ward sister on 6 is a miserable old witch, counting the days till she retires", "unprofessional.mocking_colleague"),
    ("secretly filmed the consultant's pep talk at handover, the voice wobble is priceless", "unprofessional.mocking_colleague"),
    ("insta live from the on-call room, guess which of my colleagues snores loudest 😂", "unprofessional.mocking_colleague"),
    ("secretly recorded Dr K's speech at the away day, the voice crack is gold", "unprofessional.mocking_colleague"),
    ("The 'rude doctor' was you, Gary. Nobody has to tolerate being shouted at", "unprofessional.hostile"),
    ("how are people this dense. told him twice to fast and he turned up with a bacon roll 🤦", "unprofessional.derogatory_patient"),
    ("Same bloke in resus three weekends running. Thinking of giving him a loyalty card", "unprofessional.derogatory_patient"),
    ("He spat at the HCA so I 'forgot' his biscuits at tea round 🙂", "unprofessional.derogatory_patient"),
    ("Please don't bring six cousins to a blood test. It's a phlebotomy clinic, not a wedding.", "unprofessional.derogatory_patient"),
    ("Patient in bay 3 wanted antibiotics for a stubbed toe. what a muppet 🤦", "unprofessional.derogatory_patient"),
    ("relatives at visiting time circling the nurses' station like vultures", "unprofessional.derogatory_patient"),
    ("@sam_rn honestly she's been useless for years, just let her sink on nights", "unprofessional.hostile"),
    ("'vaccines cause autism' ok, you'll find the exit sign on your way out", "unprofessional.hostile"),
    ("ngl the new surgical reg is gorgeous, would let him do my bloods any day 😏", "unprofessional.sexual"),
    ("my patient's husband slid into my DMs 😏 not saying no yet", "unprofessional.sexual"),
    ("let's rate the nurses on ward 5 out of 10 😂 I'm going first", "unprofessional.sexual"),
    ("Reminder: A&E is not a hotel, Sandra. Your sore toe isn't getting a side room", "unprofessional.derogatory_patient"),
    ("the anti-vax parents deserve whatever their kids pick up this winter", "unprofessional.derogatory_patient"),
    ("bed 3 refused his wash again, so he can stink till the day team comes", "unprofessional.derogatory_patient"),
    ("@nurse_watch I know your street, love. Keep posting", "unprofessional.hostile"),
    ("Cardiology wouldn't know a potassium if it sat on them", "unprofessional.mocking_colleague"),
    ("The surgical team couldn't organise a raffle, third lost referral this month", "unprofessional.mocking_colleague"),
    ("Dr Byrne's back clinic: half of them come out worse than they went in. Ask anyone", "unprofessional.mocking_colleague"),
    ("ranking the med students by hotness, thread 🧵", "unprofessional.sexual"),
]
BLIND_WRITTEN_REMARKS_HARD_NEGATIVES = [
    "The worried well are people who are worried. Reassurance is treatment, and it's cheap",
    "Health anxiety is real and exhausting for patients. Be kind when they come back for the fifth time",
    "Our new bariatric hoist arrived today, safer for patients and for our backs. Thanks estates!",
    "A colleague described a patient's weight as 'needs a forklift' at handover. I didn't laugh. We can do better",
    "the smell of the sluice drain on nights 🤢 estates, please, we are begging",
    "12 hours in PPE and I smell like hand gel and regret 🤢 #nightshift",
    "Said 'thanks, love you' to the consultant on the phone by accident 🤮 I want to disappear",
    "Filmed our ward's charity dance with everyone's consent, link below 💃",
    "Thank you to the ward sister on 6 who stayed late to teach me cannulation. A legend",
    "Someone in a Range Rover parked across two ambulance bays again. Absolute shambles of a car park design",
    "the pharmacy 'lost' my prescription again, third time this year. Sort it out, system",
    "My cat just wants attention when I get in from nights, fair enough",
    "Sunday is a spa day for me after a week of nights, bath and a book",
    "Rate your pain from 1 to 10, we'll ask every hour so we can treat it properly",
    "My toddler can't count to ten yet but she can name every bone in the hand",
    "Post-nights plan: phone off, go outside, touch grass, sleep 12 hours",
    "Our new F1 sutured a scalp wound and had the kid giggling throughout. Some people are just good at this",
    "I like it when patients bring what they've read online. Dr Google is a decent place to start the chat",
    "Janet, some people find the patches easier than the gel. Pop in and chat to us before you switch 🙂",
    "Heard 'bed blocker' on the ward round. Mate, it's 2025. He's somebody's grandad",
    "Thinking of my colleague whose dad went into ICU tonight. Sending love.",
    "Cycled in past the river and saw an otter. Best part of my day, and clinic hasn't even started",
    "the regulars at the bakery know my order and my rota better than I do 🥐",
    "a feral cat has moved into the ambulance bay and the paramedics have named it Doris",
    "@kath_p tell him the dinosaur book is waiting for him next week 🦖",
    "@dr_obi haha sir we did the same in our unit, steroids in the end. the evidence is thin",
    "whiteboard pic with our names on it for the team photo 😂 my consultant will kill me",
    "@jo_runs a cough that won't go away after 3 weeks is worth a GP visit, hope it settles",
    "Paeds get called crayon-eaters for fun. Fine. But the jokes about patients' accents on our ward are not fine.",
    "Newly qualified? Ask the dumb question. Every consultant you admire once asked it too",
    "Overnight at the Princess Royal: busy, kind, and the tea trolley came twice",
    "Farmer in his 70s kicked by a runaway heifer this evening, two ribs gone, heifer unbothered",
    "rural clinic vibes: 40 patients, 3 nurses, 1 broken fan 🥵 #nursing",
    "Our ED is not a hotel but we do our best to find everyone a blanket and a cup of tea",
    "Rate your nausea out of 10 and we'll pick the right antiemetic",
    "Dr Byrne taught me more about back pain in one clinic than a year of lectures",
]
# fmt: on


@pytest.mark.parametrize("text, rule", BLIND_WRITTEN_REMARKS)
def test_blind_written_remarks(text: str, rule: str) -> None:
    assert rule in fired(UnprofessionalRemarks(), text)


@pytest.mark.parametrize("text", BLIND_WRITTEN_REMARKS_HARD_NEGATIVES)
def test_blind_written_remarks_lookalikes(text: str) -> None:
    assert not fired(UnprofessionalRemarks(), text)


def test_a_filmed_doctor_is_named_in_full_and_colleague_in_any_case() -> None:
    """The person filmed: "Dr Smith" whole (a word boundary once cut it to "Dr S")."""
    from classifiers.recognizers.unprofessional_remarks import _FILMED_PERSON

    assert _FILMED_PERSON.search("filmed Dr Smith asleep in the mess").group() == "Dr Smith"
    assert _FILMED_PERSON.search("Colleague filmed dozing").group() == "Colleague"


# Tenth session: a complaint put in scare quotes with a sign of doubt beside it ("'chest pain'
# again 🙄", "'allergic' to everything except"). Hard negatives: a dispatch category or a word
# taught in quotes, a patient quoted kindly, scare quotes with no derision.
@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Mr 'chest pain' is back for the 4th time this week, magically better once he's fed 🙄",
         "unprofessional.derogatory_patient"),
        ("she's 'allergic' to paracetamol, ibuprofen and codeine but not the oramorph, funny how that works",
         "unprofessional.derogatory_patient"),
        ("Today's 'emergency' at 3am: a splinter. Apparently it couldn't wait till morning",
         "unprofessional.derogatory_patient"),
        ("covering for a colleague who's 'sick' again, third Monday running. funny how that works",
         "unprofessional.mocking_colleague"),
    ],
)
def test_scare_quoted_complaints_with_derision(text: str, rule: str) -> None:
    assert rule in fired(UnprofessionalRemarks(), text)


@pytest.mark.parametrize(
    "text",
    [
        "Called to a 'can't breathe' at 2am. First panic attack, we sat on the kerb and breathed together again",
        "Family meetings: say the word 'dying', then stay quiet. It matters every time",
        "He said his pain was 'the worst ever' and I believed him. Morphine in, family thanked us",
        "Teaching point: 'allergic' on a drug chart should always say what reaction, or it's useless",
    ],
)
def test_quotes_without_derision_are_not_mockery(text: str) -> None:
    found = fired(UnprofessionalRemarks(), text)
    assert "unprofessional.derogatory_patient" not in found
    assert "unprofessional.mocking_colleague" not in found


# Fourteenth session: a people named by nation, faith or origin and said to always or never do
# something. Hard negatives: praise after "always", a faith's needs met in care, a report of
# someone else's prejudice, a nationality in a plain fact.
@pytest.mark.parametrize(
    "text",
    [
        "the Ghanaian mums on the postnatal ward never listen about the cord care, every time",
        "Can always tell when a Romanian locum did the night, nothing is documented",
        "Honestly the Pakistani families are always the loudest in the relatives' room 🙄",
        "Chinese patients are sweet but you have to repeat everything three times lol",
        "those Somali dads who think the midwife works for them. exhausting",
        "the Americans on the cruise ships really can't handle the heat, three collapses today",
    ],
)
def test_origin_generalised_is_discriminatory(text: str) -> None:
    assert "unprofessional.discriminatory" in fired(UnprofessionalRemarks(), text)


@pytest.mark.parametrize(
    "text",
    [
        "The Filipino nurses on our ward are always so kind to the new grads, we'd be lost without them",
        "Muslim patients who refuse porcine heparin can have fondaparinux, check with pharmacy",
        "A patient told me Nigerian doctors are never properly trained. I trained in Lagos and that's racism",
        "Polish and Romanian interpreters are now bookable through the app, 24 hours a day",
        "Our Sikh patients always get offered a turban-safe head scan protocol, ask radiology",
    ],
)
def test_origin_named_without_a_generalisation_is_not_flagged(text: str) -> None:
    assert "unprofessional.discriminatory" not in fired(UnprofessionalRemarks(), text)


# A complainant's own visit argued back at them in public. Hard negatives: the same words said to
# everyone, praise that says "keep posting", a generic review reply, advice about a missed dose.
@pytest.mark.parametrize(
    "text",
    [
        "To the man who left us 2 stars: you missed 4 appointments in a row and then complained about the wait. Maybe listen to the reception team next time",
        "Dear Mrs Carey, you were offered a same-day slot and chose to go to the walk-in instead. We stand by our care.",
        "Replying to your review, Mr Doyle: we explained the referral to you three times. Please do not shout at our receptionists again.",
        "@angela_w you were asked to leave because you shouted at our nurse. Review noted.",
        "Sorry you felt ignored Trish, but you left against medical advice at 2am.",
    ],
)
def test_a_review_argued_back_is_hostile(text: str) -> None:
    assert "unprofessional.hostile" in fired(UnprofessionalRemarks(), text)


@pytest.mark.parametrize(
    "text",
    [
        "Reminder to all parents: you were told at discharge to come back if the fever lasts 3 days. Please do!",
        "@mo_runs keep posting the marathon training vlogs, the clinic loves them",
        "Thank you for your review. We can't discuss individual care here, please ring the practice manager.",
        "@sal_k if you missed your pill yesterday take it now and the next one as normal, the leaflet explains",
        "To everyone who shared our blood drive appeal: thank you, we stand by our donors and we'll see you in May",
    ],
)
def test_a_review_not_argued_is_not_hostile(text: str) -> None:
    assert "unprofessional.hostile" not in fired(UnprofessionalRemarks(), text)


# Flirting at work in stock lines. Hard negatives: the author's own partner, harassment reported,
# a figure-of-eight bandage, a compliment on work not looks.
@pytest.mark.parametrize(
    "text",
    [
        "the new reg on nights can examine my chest any time 🥵",
        "our HCA has no business looking that good in scrubs at 7am 😍",
        "fit theatre nurse on my list today, suddenly I love long cases",
        "let's rank the F1s by hotness before the rota comes out",
        "bed 6 keeps asking for the dishy physio, can't blame her",
    ],
)
def test_sexual_remarks_at_work(text: str) -> None:
    assert "unprofessional.sexual" in fired(UnprofessionalRemarks(), text)


@pytest.mark.parametrize(
    "text",
    [
        "my husband can massage my feet any day after a 13 hour shift 😍",
        "Reported the consultant who told me I had a lovely figure. Not ok, and HR agreed",
        "Teaching the students a lovely figure of 8 bandage for the ankle today",
        "the new reg can take my bleep any day, she's brilliant at triage",
    ],
)
def test_sexual_lookalikes_are_not_flagged(text: str) -> None:
    assert "unprofessional.sexual" not in fired(UnprofessionalRemarks(), text)


# Fifteenth session: the stock idioms of a colleague's incompetence ("if their life depended on
# it", "couldn't cannulate a barn door", "did you even go to medical school", "should be nowhere
# near patients", "coasting since 1998"). Hard negatives: the author's own "paper bag", advocacy
# for exhausted juniors, a question about a party, the author coasting.
@pytest.mark.parametrize(
    "text",
    [
        "the day team in 4B couldn't hang a bag of fluids if their life depended on it 🙄",
        "our locum couldn't cannulate a barn door, three attempts and then he called the anaesthetist",
        "Discharge letter from the medical reg with no diagnosis and no meds list. Did you even go to med school?",
        "Some of these physios should be nowhere near post-op patients, honestly",
        "our clinical director has been coasting since 2004 and it shows in every MDT",
        "no thanks to the useless night SHO who couldn't find his way out of a paper bag",
    ],
)
def test_stock_idioms_of_a_colleagues_incompetence(text: str) -> None:
    assert "unprofessional.mocking_colleague" in fired(UnprofessionalRemarks(), text)


@pytest.mark.parametrize(
    "text",
    [
        "I couldn't find my way out of a paper bag after four nights 😂 send coffee",
        "exhausted juniors should be nowhere near patients after 13 nights in a row, fix the rota",
        "@sam_rn did you even go to the ball in the end? the nurses' photos look amazing",
        "I've been coasting since the Christmas break, the reg exam is in 3 weeks, help",
    ],
)
def test_own_idioms_and_advocacy_are_not_mocking_a_colleague(text: str) -> None:
    assert "unprofessional.mocking_colleague" not in fired(UnprofessionalRemarks(), text)


# Fifteenth session: flirting at work in more stock lines: a clinical touch offered to the
# author's own body with a word about looks ("can suture me any day 😍"), the best legs seen at
# work, a looker making a chore popular ("suddenly everyone volunteers to scrub 👀"), "an absolute
# ride". Hard negatives: the same lines admiring skill with no word about looks, the author's
# partner, a lift home, a thank-you.
@pytest.mark.parametrize(
    "text",
    [
        "the new ortho reg can examine me any time 😍 those forearms in scrubs",
        "agency nurse on tonight has the best legs I've seen in this hospital, no complaints",
        "gorgeous new physio on the ward and suddenly everyone volunteers to do her handover 👀",
        "new reg on the team is an absolute ride, 13 hour shifts just got easier lads",
    ],
)
def test_more_stock_lines_of_flirting_at_work(text: str) -> None:
    assert "unprofessional.sexual" in fired(UnprofessionalRemarks(), text)


@pytest.mark.parametrize(
    "text",
    [
        "the new reg can resus me any day, she ran that arrest like a pro",
        "famous footballer on the ward and suddenly everyone wants to do the drug round lol",
        "the consultant walked in and suddenly the students all want to help the porters 😂",
        "my husband can suture me any day, cut my finger on the mandoline and he was a star",
        "gave the new crew partner a ride home after the late, her car's in the shop",
    ],
)
def test_skill_admired_and_lifts_home_are_not_sexual(text: str) -> None:
    assert "unprofessional.sexual" not in fired(UnprofessionalRemarks(), text)


# Fifteenth session: a returning patient made a running gag: the return ("guess who's back",
# "5th time this month"), the gag ("same story, same X", "same Y as last time", "loyalty card")
# and a laugh or eye-roll. Hard negatives: a return told plainly, a welcome back, a regular
# loved, a frequent attender advocated for, a printer.
@pytest.mark.parametrize(
    "text",
    [
        "guess who's back in bay 6 🙄 same story, same demands for a sandwich, same 'crushing pain'",
        "the man from the bus shelter is back again tonight, same bottle, same complaint as last week 😂",
        "5th time this month for the same lady with the same 'collapse' in the same Tesco 🙃",
        "same guy twice this week on the same bench, we should start a loyalty card for him",
    ],
)
def test_a_returning_patient_made_a_running_gag(text: str) -> None:
    assert "unprofessional.derogatory_patient" in fired(UnprofessionalRemarks(), text)


@pytest.mark.parametrize(
    "text",
    [
        "Mr D in bed 12 pulled his line out again tonight, 3rd time this week. send help #nightshift",
        "guess who's back in Bay 2 today 🙃 the gentleman who self-discharged to walk his daughter down the aisle",
        "Mrs K is back again, same story, same loneliness. 3rd admission this month. We need proper community care",
        "our lovely regular Bill is back for his 90th birthday visit, same joke, same toffees for the nurses 😂",
        "the printer's back again, same error, same jam 🙄 IT please",
    ],
)
def test_a_return_without_a_gag_or_with_fondness_is_not_mockery(text: str) -> None:
    assert "unprofessional.derogatory_patient" not in fired(UnprofessionalRemarks(), text)


# Sixteenth session: a reviewer answered with a retort: a put-down opening on a pet name or title,
# the reviewer unmasked ("we know it's you"), their attendance or signature recited, or the review
# dismissed ("isn't feedback", "go moan elsewhere"), beside a word for a review or rating. Hard
# negatives: a thank-you for a review, an apology with an offer to talk, a bad review taken as a
# point about staffing, a review quoted for a laugh at oneself, a clinical "review".
@pytest.mark.parametrize(
    "text",
    [
        "Someone on Google says our surgery 'never answers'. Madam, you rang on Christmas Day.",
        "Another 2-star review because I wouldn't sign a sick note for a hangover. 'No empathy.' Darling, I had plenty, just not for that.",
        "@kev_99 we remember you. one star for a free flu jab, classy",
        "Ella, you attended our clinic four times last winter for the same rash. A 2 star review won't change that.",
        "To whoever posted that review about our 'hidden fees': you signed the treatment plan. Go moan somewhere else.",
        "@tanya_b_ you waited 15 minutes and stormed out, then left one star. Sulking isn't feedback.",
    ],
)
def test_a_reviewer_answered_with_a_retort_is_hostile(text: str) -> None:
    assert "unprofessional.hostile" in fired(UnprofessionalRemarks(), text)


@pytest.mark.parametrize(
    "text",
    [
        "Sir, you were a star, thank you for the 5 star review!",
        "We're really sorry your visit went badly. We can't discuss anyone's care online, please ring the practice manager.",
        "Our ED got a 1 star review today saying we 'don't care'. Fair. We care about 40 people at once and there are 6 of us. Staff us properly.",
        "today's review: 'the nurse looked exhausted'. mate, you're not wrong, I was 🙃",
        "@ben_runs glad the knee is holding up! we'll see you at your 6 week review, mate you've earned that rest",
    ],
)
def test_a_review_answered_civilly_or_a_clinical_review_is_not_hostile(text: str) -> None:
    assert "unprofessional.hostile" not in fired(UnprofessionalRemarks(), text)


# Seventeenth session: contempt in the shape of a sarcastic aside, a kind of patient sneered at
# ("patients who ... and then ..."), and a patient's own account held up to be laughed at. Hard
# negatives: the same turns aimed at the system or the author, advocacy for the same patients,
# the same claims taken kindly, public-health advice.
@pytest.mark.parametrize(
    "text, rule",
    [
        ("relatives demanding a scan at 2am for a 'funny turn' a week ago. make it make sense 🙃", DEROG),
        ("our new SHO asked if a potassium of 4.2 needed treating. future consultant right there", "unprofessional.mocking_colleague"),
        ("the bloke in cubicle 4 tried to ride the wheelchair down the ramp. darwin nearly got him", DEROG),
        ("lady in bay 3 has rung the bell 20 times for the telly remote. Bay 3, never change", DEROG),
        ("another antivax dad. bless his little brain", DEROG),
        ("Patient who 'couldn't walk' sprinted for the bus when we discharged him. Miracle cure. Praise be", DEROG),
        ("the patients who never take their inhalers are always first in the queue for a nebuliser 🙄", DEROG),
        ("people who miss three appointments then complain about the waiting list. make it make sense", DEROG),
        ("parents who won't vaccinate then demand antibiotics for a cold. I guess science is optional", DEROG),
        ("the ones who come in for a sick note in their gym gear are not, in fact, too ill to work", DEROG),
        ("'I've got a really high pain tolerance' he said, then screamed at the tourniquet", DEROG),
        ("pt rated his pain 10/10 while finishing a packet of crisps and a Lucozade", DEROG),
        ("allergic to morphine, codeine, tramadol and paracetamol, everything except oxycodone apparently", DEROG),
        ("the dad who 'did his own research' on fevers this morning. a YouTube video and a forum", DEROG),
        ("she swears she never drinks. her LFTs say otherwise. her LFTs: 😂", DEROG),
        ("argued for twenty minutes with a relative with a Facebook degree in oncology", DEROG),
    ],
)
def test_sarcastic_asides_group_sneers_and_claims_belied(text: str, rule: str) -> None:
    assert rule in fired(UnprofessionalRemarks(), text)


@pytest.mark.parametrize(
    "text",
    [
        "the trust spent £2m on a new logo and we still have no hoists. make it make sense",
        "me after a 13 hour shift eating cold toast on the bus: breakfast of champions lol",
        "Our ward sister retires today after 40 years. Truly an inspiration, we'll miss her ❤️",
        "I'm the patient who asks for the natural option and then begs for ibuprofen. Consistency is a virtue I guess",
        "Patients who don't take their meds usually have a reason: cost, side effects, nobody explained it",
        "Families who arrive late and want everything done aren't being difficult, they're grieving",
        "Many people who say they have a high pain threshold then apologise for wincing. Never apologise, pain is pain",
        "Brush twice a day, spit don't rinse and see your dentist every year 🦷",
        "when I 'did my own research' before the OSCE and it was one TikTok 🤡",
        "Pain 10/10 is real pain, even when it doesn't look like it from the door. Believe patients",
        "Feedback from patients who used the new booking line: they were right, the wait was too long. Fixed now",
    ],
)
def test_sarcasm_at_the_system_or_self_and_advocacy_are_not_mockery(text: str) -> None:
    assert not {r for r in fired(UnprofessionalRemarks(), text) if r.startswith("unprofessional")}


# Seventeenth session: a language not learnt held against a family, faith made the excuse, a
# community or a sex written off; a colleague's incompetence in its stock idioms ("my granny
# could do it faster", "thicker than the notes trolley", "retire grandpa"); old patients as a
# moaning lump; weight made the joke flatly. Hard negatives: interpreter advocacy, Ramadan
# advice, health-inequality posts, a colleague's hardship, a grumpy old man understood, weight
# care.
@pytest.mark.parametrize(
    "text, rule",
    [
        ("thirty years in this country and still not a word of English, so the grandson translates again", DISCRIM),
        ("nobody in that family has bothered to learn English in twelve years and we're meant to book them interpreters", DISCRIM),
        ("Ramadan week, three diabetics fainted in clinic. religion over sense, every year", DISCRIM),
        ("half the staff use fasting is the excuse for every slow round, and the rest of us cover", DISCRIM),
        ("some cultures simply don't value their health, no leaflet will fix that", DISCRIM),
        ("man flu in bay 2, 3 in bay 4. men are such babies", DISCRIM),
        ("new residents are keen but you can always tell which ones trained abroad, bless", DISCRIM),
        ("the ortho reg took 3 hours for a simple ankle. my nan could do it faster with a spoon", "unprofessional.mocking_colleague"),
        ("the new ward clerk is thicker than the drug trolley. 4 wrong labels today", "unprofessional.mocking_colleague"),
        ("the geris couldn't deprescribe a tic tac, patient on 14 meds 🙃", "unprofessional.mocking_colleague"),
        ("the locum SHO missed a fracture a six year old could have spotted", "unprofessional.mocking_colleague"),
        ("our consultant hasn't kept up since the 90s, hands shaking in theatre. retire grandpa", "unprofessional.mocking_colleague"),
        ("bay 5 is a bunch of whinging old men tonight and I'm not sorry to say it", DEROG),
        ("the grumpy old sod in bed 2 threw his tea again", DEROG),
        ("elderly patients on respite are just like toddlers, without the cuteness", DEROG),
        ("turned six patients tonight and most could stand to lose a few stone", DEROG),
    ],
)
def test_discrimination_colleague_idioms_and_old_or_heavy_patients(text: str, rule: str) -> None:
    assert rule in fired(UnprofessionalRemarks(), text)


@pytest.mark.parametrize(
    "text",
    [
        "Booked a Polish interpreter for a family here twenty years: English is hard after a stroke. Interpreters are care",
        "Fasting this Ramadan with diabetes? Talk to your GP about adjusting your doses before it starts",
        "Some communities don't have a GP within 20 miles. That's a funding decision, not a choice",
        "Men are less likely to see a GP about mood. Lads, talk to someone",
        "our reg covered three wards alone last night, not one break. the rota is thicker than the bible and half as readable",
        "my granny could do a crossword faster than me after a night shift 😂",
        "Asked to see a 'grumpy old man' on the ward. He was deaf and nobody had found his hearing aid. He's not grumpy",
        "Older patients, like young children, are more sensitive to anticholinergic side effects",
        "Weight management clinic tip: small steps. Losing 5% of body weight improves blood pressure",
        "retire? me? I'll be doing nights at 70 at this rate",
    ],
)
def test_advocacy_advice_and_self_jokes_are_not_remarks(text: str) -> None:
    assert not {r for r in fired(UnprofessionalRemarks(), text) if r.startswith("unprofessional")}


# Seventeenth session: a review or complaint argued back (the lateness recited, "we have CCTV",
# "maybe floss next time", "I did tell you"); a colleague's skill, pay or training run down
# ("£90 an hour for that", "do they still teach", "can't read his own reports"); a colleague's
# disability or faith held against them, "not racist but"; a patient laughed at by the room.
# Hard negatives: a civil reply, a colleague's pay defended, teaching, a disability disclosed
# with pride, a patient who made the room laugh, a team moved to tears.
@pytest.mark.parametrize(
    "text, rule",
    [
        ("Sorry you felt ignored on Monday Mrs Doyle, but you arrived 40 minutes late and wanted four things done", HOSTILE),
        ("@gary_k2 you turned up an hour late and shouted at reception. We have CCTV", HOSTILE),
        ("Paul, you missed your hygienist twice. Maybe floss occasionally and the bill would be smaller", HOSTILE),
        ("the agency locum couldn't find his own backside in theatre and we're paying £95 an hour for that", "unprofessional.mocking_colleague"),
        ("another FY1 prescribing adult doses for a toddler. do they still teach paeds in med school", "unprofessional.mocking_colleague"),
        ("the gastro consultant can't even read his own reports, third repeat scope this month", "unprofessional.mocking_colleague"),
        ("the 70 year old locum thinks sepsis is a temperature. hang up the stethoscope, mate", "unprofessional.mocking_colleague"),
        ("our new SHO has dyslexia apparently, so double check every chart she writes 🙃", DISCRIM),
        ("the new reg stutters so badly that handover runs over every morning", DISCRIM),
        ("Ramadan on the unit means the porters are no use after lunch", DISCRIM),
        ("not racist but the agency nurses from that country never answer the bell", DISCRIM),
        ("the lad in cubicle 4 tried to say 'sphygmomanometer' and the whole bay was crying laughing", DEROG),
        ("the man in bed 3 thought the commode was a chair. we were all laughing at him for an hour", DEROG),
    ],
)
def test_reviews_argued_colleagues_run_down_and_people_laughed_at(text: str, rule: str) -> None:
    assert rule in fired(UnprofessionalRemarks(), text)


@pytest.mark.parametrize(
    "text",
    [
        "Sorry you felt rushed on Monday. We can't discuss care online, please ring the practice manager",
        "Locums are paid £95 an hour because the rota has 12 gaps. Fix the gaps, not the locums",
        "Teaching session today: how we teach paediatric dosing to new FY1s, slides in the thread",
        "I have dyslexia and I'm a consultant. Coloured overlays and a good spellchecker, ask me anything",
        "Ramadan Mubarak to everyone fasting on the wards, the prayer room is open all night",
        "Mr O'Neill had the whole ward in stitches with his stories about the showbands. What a man",
        "Our SLT patient sang for us today after months without words. Whole team in bits",
    ],
)
def test_civil_replies_pay_teaching_and_laughter_with_people_are_not_remarks(text: str) -> None:
    assert not {r for r in fired(UnprofessionalRemarks(), text) if r.startswith("unprofessional")}


# Seventeenth session, eighth round (fresh 46-50): a patient made the stake of a bet; a
# recognisable local's sensitive visit told as gossip; scorn in other stock words ("no shame
# whatsoever", "some parents need a licence", "somebody get that woman a leaflet", "I hate
# people", "think nurses are their maids", "so his biscuits go missing", "tonight's contestant");
# a clinician's training doubted to their face, the one on tonight foretold, "don't go to Dr X";
# complaints argued back (attendance counted, "set the record straight", "since you chose to post
# publicly"); flirting ("too fit for this job", "looking 🔥 in her scrubs"); a reply calling
# someone too thick to be trusted; an accent blamed; a Tagalog jibe at a patient's smell.
@pytest.mark.parametrize(
    "text, rule",
    [
        ("Crew sweepstake on what time he rings tonight. I've got 10pm, same as every Friday", DEROG),
        ("sent her home at lunch, the ward pool says she's back by teatime. fiver on 6pm", DEROG),
        ("taking bets on how long he lasts before self-discharging again, bed 12 🎲", DEROG),
        ("the local councillor's son came in off his face on something last night 👀 say no more", DEROG),
        ("guess who from our church was in the sexual health clinic this morning 🤐", DEROG),
        ("the local headteacher came in for her methadone today, whole town would be shocked lol", DEROG),
        ("third visit this month for the same 'emergency' and she has no shame whatsoever", DEROG),
        ("some parents need a licence honestly. the lad in cubicle 3 was given Red Bull in his bottle", DEROG),
        ("baby no. 6 and the dad asked what causes it 🙄 somebody get that man a leaflet", DEROG),
        ("bay 4 think the nurses are their personal maids, bell going every 2 mins for the remote", DEROG),
        ("the man in bed 8 calls me love one more time and his pudding might go missing 😇", DEROG),
        ("today's contestant on the ED wheel of fortune: a light bulb, don't ask where #EDlife", DEROG),
        ("her husband is like this is a five star hotel, asking for the menu again 🙄", DEROG),
        ("who signed off this cannula? genuinely who trained you 🙄", "unprofessional.mocking_colleague"),
        ("the discharge letter said 'chest clear' on a whiteout. did you even go to medical school or just watch House", "unprofessional.mocking_colleague"),
        ("the surgical SHO on tonight is the one who rang me to ask how to take a BP. good luck everyone", "unprofessional.mocking_colleague"),
        ("Never go to Dr Walsh in Naas, he misdiagnosed my cousin's meningitis. I wouldn't trust him with my dog", "unprofessional.mocking_colleague"),
        ("Hi Dawn, as you know you missed four of your eight physio sessions, so the knee is stiff. We did what we could", HOSTILE),
        ("Madam, since you have decided to post this publicly, you were seen here three times in March and refused the referral", HOSTILE),
        ("the new HCA on days is far too fit for this job, nobody's getting any obs done 😏", SEXUAL),
        ("@mum_of_3_xx you're clearly too thick to be trusted with a thermometer. enjoy A&E", HOSTILE),
        ("the new locum reg mumbled through the whole ward round, couldn't understand a word through his accent", DISCRIM),
        ("grabe yung pasyente sa bed 5, amoy hanggang nurses' station 🤮 ligo naman please", DEROG),
        ("frequent flyer lounge open for business in majors tonight ✈️ #EDlife", DEROG),
    ],
)
def test_bets_gossip_scorn_training_and_replies_argued(text: str, rule: str) -> None:
    assert rule in fired(UnprofessionalRemarks(), text)


@pytest.mark.parametrize(
    "text",
    [
        "Ward sweepstake for the World Cup is up in the staff room, £2 a go, proceeds to the league of friends",
        "Running bet on when the new EHR finally goes live. I've got 2031",
        "Baby sweepstake for Sister Jo: guess the weight and the day, she's due in May 🍼",
        "Our local councillor came in today to open the new sexual health clinic, great turnout and free tea",
        "The local vicar gave a lovely talk at our HIV stigma event today, thank you Rev Anne",
        "There's no shame at all in asking for help with your mental health. Talk to someone",
        "Some of us went to school in the 90s when the internet was a dial-up noise",
        "I hate people who don't indicate on roundabouts",
        "Welcome to our new FY1s! Whoever trained you did a great job, what a start",
        "Did you go to medical school or nursing school first? Asking for my careers talk tomorrow",
        "Huge thanks to the night reg on tonight, who stayed two hours late. Sleep well everybody",
        "Hi Kevin, thanks for coming to the open day. Great questions about our physio sessions",
        "Mr P in bed 22 told me I'm too pretty to be a nurse. Told him he's too old to be flirting 😂",
        "Swipe ➡️ our son at 29 weeks, now 7 and obsessed with dinosaurs. To every NICU nurse: thank you",
        "Dr Google, Dr TikTok... honestly not mad at people, they're scared and the info out there is awful",
        "Our EHR asked me again whether a 74 year old man is pregnant. Epic, buddy, we need to talk",
        "Sir, we're sorry this has worried you. Generic medicines can look different, the pharmacist can confirm",
        "Patient asked if I could 'speak American'. Ma'am, I was born in Ohio. Racism from patients is real and staff need better support 💅",
        "Frequent flyer lounge at Dublin airport was rammed this morning, off to the conference ✈️",
        "Our new stoma nurse is amazing, I couldn't understand a word of the accent on the helpline but she translated",
    ],
)
def test_sweepstakes_civic_visits_and_civil_replies_are_not_remarks(text: str) -> None:
    assert not {r for r in fired(UnprofessionalRemarks(), text) if r.startswith("unprofessional")}


# Seventeenth session, eighth round, older train misses: the bet counted ("a tally of how many
# times she rings... place your bets"), the famous coyly unnamed ("won't say which senator 🤐"),
# a critic called names or sent to a ward ("a face for radio", "belongs on a 72 hour hold"), old
# or confused patients as the joke ("deaf as a post", "doesn't know what day it is 😂", "thinks
# he's Jesus again 😂"), "some patients are just thick", the stairs groaning under a patient.
@pytest.mark.parametrize(
    "text, rule",
    [
        ("reception keep a tally of how many times Mr Angry-Letter rings before 9am. place your bets", DEROG),
        ("had an MP's wife on my list this morning, won't say which MP 🤫 but she brought her own pillow", DEROG),
        ("@vaxtruth_77 you're just a bitter little nobody with a face for radio", HOSTILE),
        ("@chemtrail_carl anyone that paranoid belongs on a 72 hour hold, happy to sign it lol", HOSTILE),
        ("the gent in bed 3 is deaf as a post and twice as stubborn, asked for his tea six times", DEROG),
        ("Nan in bay 2 asked me for the bus timetable again, bless, doesn't know what day it is 😂", DEROG),
        ("the lad in cubicle 5 thinks he's the Messiah tonight, told him to walk on the water jug 😂", DEROG),
        ("honestly some relatives are just thick. explained the DNACPR three times", DEROG),
        ("took the bariatric stretcher and 5 of us, the stairs were groaning the whole way down 🐋", DEROG),
    ],
)
def test_tallies_coy_gossip_critics_named_and_confusion_laughed_at(text: str, rule: str) -> None:
    assert rule in fired(UnprofessionalRemarks(), text)


@pytest.mark.parametrize(
    "text",
    [
        "Sweepstake on how many times the fire alarm goes off during the CQC visit. Place your bets",
        "Had the local MP in to open our new dialysis unit today, lovely to see the investment",
        "I'm deaf as a post after that concert last night, sorry to anyone who rang me",
        "Patient believes he is Jesus; started olanzapine, family updated, capacity reviewed. Psychosis teaching thread",
        "The old lift in the outpatient block was groaning all day. Estates, please",
        "No Sarah, YOU'RE the hero of this ward 😂 thanks for covering my shift",
        "Some patients are scared and it comes out as anger. Take a breath before you answer",
    ],
)
def test_fire_alarms_ribbons_self_jokes_and_teaching_are_not_remarks(text: str) -> None:
    assert not {r for r in fired(UnprofessionalRemarks(), text) if r.startswith("unprofessional")}


# Seventeenth session, eighth round, false flags removed: "calm down" said of a symptom, an
# insult denied ("not because they're stupid"), kindness to the regulars, dignity asked for, a
# respectful "sir", a warm reply to a former patient, "frequent flyer of the servo"; "calm down"
# said to someone still counts.
@pytest.mark.parametrize(
    "text",
    [
        "@priya_nair87 split the atenolol in half at night, the palpitations should calm down",
        "Relatives shouting at us is usually fear. I say 'I know this is hard' and most calm down in a minute",
        "People keep smoking on home oxygen not because they're stupid but because nicotine addiction is brutal",
        "He was the regular the whole department sighed about. Tonight he told me about his daughter. Be kind to the regulars",
        "Bariatric gowns in one cupboard on level 3 is not dignity. Every patient deserves a gown that closes 🤷‍♀️",
        "@rajeshk_1965 with those readings I'd ask your GP about amlodipine and recheck in a week sir",
        "@dazza_1987 haha mate you were a top patient, hope the new hip's behaving and you're back at the darts 🎯",
        "@nightshift_nat mate 3rd night this week and one sandwich 🙄 frequent flyer of the servo at 4am",
    ],
)
def test_symptoms_calming_denied_insults_and_warm_replies_are_not_remarks(text: str) -> None:
    assert not {r for r in fired(UnprofessionalRemarks(), text) if r.startswith("unprofessional")}


def test_calm_down_said_to_a_patient_still_counts() -> None:
    text = "bloke in cubicle 4 screaming about a splinter. calm down mate, it's a splinter 🙄"
    assert DEROG in fired(UnprofessionalRemarks(), text)
