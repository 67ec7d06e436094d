"""patient_interaction: replies confirming care, review replies, results by DM, friending, roster."""

from __future__ import annotations

import pytest

from classifiers.base import PostContext
from classifiers.findings import PatientMatch
from classifiers.recognizers.patient_interaction import PatientInteraction
from tests.recognizer_helpers import fired, make_post, run

# fmt: off
POSITIVES = [
    ("@jdoe glad the cast came off ok!", "patient_interaction.confirms_care"),
    ("@niamh_gallagher_ delighted your operation went well Niamh, see you in clinic in 6 weeks", "patient_interaction.confirms_care"),
    ("@vikram_jain_ good to see you in OPD today Vikram ji, your sugar is better", "patient_interaction.confirms_care"),
    ("@ty_the_guy_ you're welcome man, keep the stitches dry for 48 hours and come back to us in 10 days", "patient_interaction.confirms_care"),
    ("Tanya it was so nice to see you the other day, even if it was in the ER! Hope the stitches are healing", "patient_interaction.confirms_care"),
    ("@mags_h thanks for being such a brilliant patient, enjoy the new knee!", "patient_interaction.confirms_care"),
    ("Congratulations to our patient Ciara on finishing her Invisalign treatment! Look at that smile", "patient_interaction.confirms_care"),
    ("@sue_b lovely to meet you and your husband in clinic, see you at your follow up", "patient_interaction.confirms_care"),
    ("Thanks for the lovely review Sharon, so glad your visit went smoothly and your filling feels good", "patient_interaction.review_reply"),
    ("@ciaran_m_ sorry again about the wait for the CT on Sunday, thanks for your feedback", "patient_interaction.review_reply"),
    ("Thank you for your 5 star review! We look forward to seeing you at your next visit", "patient_interaction.review_reply"),
    ("@cassie_jones23 DM me a pic of your bloods and I'll tell you if the potassium is a problem", "patient_interaction.results_by_message"),
    ("@shaz_1979 send me your latest bloods by DM and I'll have a look at the thyroid", "patient_interaction.results_by_message"),
    ("@mole_worried_ message me a photo of the mole and I'll take a look", "patient_interaction.results_by_message"),
    ("Just accepted a friend request from one of my patients, is that weird?", "patient_interaction.friending_patient"),
    ("my former patient just followed me on insta 😅", "patient_interaction.friending_patient"),
]
NEGATIVES = [
    "@dr_amy yes, we'd scan that too, good call",
    "@healthnews thanks for reading! More on our blog",
    "Thank you for your feedback. We can't discuss individual care online, please contact the practice",
    "@nsw_nurse_sam see you on the picket line Sam 💪",
    "@peadar_t_ good man Peadar, see you at the match Sunday",
    "@curious_cat DM me and I'll send you the leaflet on shingles vaccine",
    "Great to see so many of you at the conference today!",
    "@jo_m glad the conference went well, your talk was brilliant",
    "Accepted a friend request from my old school friend, 20 years later!",
    "@runner_beans your race pics look amazing, well done",
    "Thanks for the lovely feedback on my lecture, students!",
    "@sarah_k see you at the journal club next week",
    "We are sorry to hear about the parking problems, the new car park opens in June",
    "@mike_p great question, we've a blog on that",
    "Patients: please don't send results by DM, use the patient portal",
]
# fmt: on


@pytest.mark.parametrize("text, rule", POSITIVES)
def test_interactions_that_confirm_a_patient(text: str, rule: str) -> None:
    assert rule in fired(PatientInteraction(), text)


@pytest.mark.parametrize("text", NEGATIVES)
def test_generic_replies_and_colleagues(text: str) -> None:
    assert fired(PatientInteraction(), text) == set()


class RosterOf:
    """A PatientDirectory with one rostered handle (the protocol from classifiers.base)."""

    def match_handle(self, platform: str, handle: str) -> PatientMatch | None:
        return PatientMatch("p-001", 0.97, ("x_handle",)) if handle.lower() == "jdoe" else None

    def match_user_id(self, platform: str, user_id: str) -> PatientMatch | None:
        return PatientMatch("p-001", 0.99, ("x_user_id",)) if user_id == "42" else None


@pytest.mark.parametrize(
    "text, fields",
    [
        ("@jdoe happy birthday!!", {}),
        ("great game last night with @JDoe and the lads", {"kind": "post"}),
        ("thanks!", {"reply_to": "someone", "reply_to_user_id": "42"}),
    ],
)
def test_any_reply_to_or_mention_of_a_rostered_patient(text: str, fields: dict) -> None:
    findings = run(
        PatientInteraction(), make_post(text, **fields), PostContext(patients=RosterOf())
    )
    assert "patient_interaction.rostered_patient" in {f.rule.id for f in findings}


def test_roster_evidence_is_the_handle_and_no_patient_ref_leaks() -> None:
    post = make_post("@jdoe happy birthday!!")
    (finding,) = [f for f in run(PatientInteraction(), post, PostContext(patients=RosterOf()))]
    assert [e.text for e in finding.evidence] == ["@jdoe"]
    assert "p-001" not in repr(finding.trail) and "p-001" not in finding.explanation


def test_without_a_roster_nothing_is_matched() -> None:
    assert fired(PatientInteraction(), "@jdoe happy birthday!!") == set()


# Replies about the person's own care in everyday words, thank-yous naming a patient, patients
# following the author; and the replies that look similar but are social or collegial.
# fmt: off
CARE_REPLIES = [
    ("@ciara_runs_ so glad the knee is holding up Ciara, see you Thursday for the last session", "patient_interaction.confirms_care"),
    ("@big_mick_ your blister pack is ready Mick, I've added the new water tablet like we discussed", "patient_interaction.confirms_care"),
    ("@lou_and_baby_ loved being your midwife Lou, enjoy those newborn cuddles", "patient_interaction.confirms_care"),
    ("Huge thanks to Mr Doyle who dropped in a tin of biscuits after his knee op last month 🥰", "patient_interaction.confirms_care"),
    ("one of my patients from the fracture clinic just followed me on Instagram 😂", "patient_interaction.friending_patient"),
]
CARE_REPLY_HARD_NEGATIVES = [
    "@ciara_runs_ great to see you at the parkrun Ciara, what a time!",
    "@dr_niamh agreed, we'd scan that knee too, good call",
    "@healthqs_ great question! Most sprains heal in 6 weeks, see your GP if it's not improving",
    "Thanks to Dr Doyle for a brilliant teaching session on knee exams",
]
# fmt: on


@pytest.mark.parametrize("text, rule", CARE_REPLIES)
def test_replies_and_thanks_that_confirm_care(text: str, rule: str) -> None:
    assert rule in fired(PatientInteraction(), text)


@pytest.mark.parametrize("text", CARE_REPLY_HARD_NEGATIVES)
def test_social_collegial_and_public_replies(text: str) -> None:
    assert not fired(PatientInteraction(), text)


# fmt: off
REPLIES_ABOUT_CARE = [
    "@nora_runs so glad you're home after your stay with us Nora, rest up",
    "@mike_h_ great news Mike, the MRI came back clear, see you Tuesday",
    "@tina_b_ I read your ultrasound this morning Tina, nothing to worry about, your GP will call",
    "@jojo_lifts_ see u at your 6 week check JoJo x",
    "@padraig_k_ chuffed the new inhaler is suiting you Padraig, keep going",
    "@lou_bakes_ 3 weeks post-op and baking again, told you we'd get there Lou",
    "@sam_and_bump_ so pleased the scan was normal Sam, almost there",
    "@dee_walks_ lovely to see you on our ward again Dee, no more ladders for you!",
    "Thank you to Mrs Keane, who I looked after on ward 3 last spring, for the gorgeous flowers 💐",
    "Delighted to see Mr Duffy back in the chemist today after his stay in hospital",
    "Thank you for the card Ann, it's been a privilege to be your GP all these years",
    "thanks to Colm for letting me be your physio through two knee ops, legend",
    "@raj_p_ like we discussed, the lithium level was fine, keep taking it at night",
    "@bea_swims_ glad the stitches are out Bea, remember the cream twice a day",
    "@ger_cycles_ I've checked your bloods Ger, all normal, no more fasting for the next one",
]
REPLIES_HARD_NEGATIVES = [
    "@nora_runs so glad you're home safe after the storm, the roads were desperate",
    "@mike_h_ great news Mike, the match is on Tuesday, see you there",
    "@dr_tina great talk on ultrasound this morning Tina, slides please!",
    "@jojo_lifts_ see u at the gym Saturday x",
    "@padraig_k_ chuffed for you, that new job sounds brilliant",
    "@ward3_team thank you for covering my shifts, you're the best",
    "Thank you to Mrs Keane, our brilliant retiring head of catering, for 30 years of soup",
    "Delighted to see Dr Duffy back at work after her maternity leave",
    "@sam_and_bump_ so pleased for you both, congratulations on the new house!",
    "@raj_p_ like we discussed at the journal club, the lithium paper was weak",
    "It's been a privilege to train so many brilliant GPs in this practice",
    "@bea_swims_ glad the sea swim went well Bea, freezing though",
    "@ger_cycles_ I've checked the route Ger, all flat, see you at the start line",
    "thanks Colm for the lift home after the night shift, legend",
    "@dee_walks_ lovely to see you at the conference Dee, great poster",
]
# fmt: on


@pytest.mark.parametrize("text", REPLIES_ABOUT_CARE)
def test_replies_that_name_care_fire_a_care_rule(text: str) -> None:
    found = fired(PatientInteraction(), text)
    assert found & {"patient_interaction.confirms_care", "patient_interaction.review_reply"}


@pytest.mark.parametrize("text", REPLIES_HARD_NEGATIVES)
def test_replies_about_life_work_and_colleagues(text: str) -> None:
    assert not fired(PatientInteraction(), text)


# fmt: off
MORE_CARE_REPLIES = [
    "@kev_climbs_ 8 weeks post-op and climbing again, brilliant Kev",
    "@orla_k_ glad the cholecystectomy went smoothly Orla, no chips for a while!",
    "Thanks Declan, it was great to get your knee sorted before the marathon",
    "Maeve it was so good to take care of your dad last week, he's a legend",
    "@fintan_b_ hope the head's ok after the fall Fintan, see you Friday for the review",
]
MORE_CARE_REPLIES_HARD_NEGATIVES = [
    "@kev_climbs_ climbing again already? you're a machine Kev",
    "Thanks Declan for sorting the rota swap, you're a star",
    "Maeve it was so good to catch up at the reunion, let's not leave it 10 years",
    "@fintan_b_ hope the head's ok after the stag, what a night",
]
# fmt: on


@pytest.mark.parametrize("text", MORE_CARE_REPLIES)
def test_more_replies_that_confirm_care(text: str) -> None:
    assert fired(PatientInteraction(), text) & {"patient_interaction.confirms_care"}


@pytest.mark.parametrize("text", MORE_CARE_REPLIES_HARD_NEGATIVES)
def test_more_replies_about_life(text: str) -> None:
    assert not fired(PatientInteraction(), text)


# Replies that confirm care in indirect words: an invitation to the author's own clinic, "see you
# at the 6 week check", the author's past care of the person or a relative, "I prescribed",
# "you were the fella who came in", a patient addressed in public, a client named with a handle,
# a gift from a named patient; friend requests from someone the author treated; against the same
# shapes about the canteen, a baby shower, a funeral, a study day, a qualified friend, a
# colleague's new practice, public education, a referral, and colleagues' good deeds.
# fmt: off
INDIRECT_CARE = [
    "@ravi_t_ pop into the surgery when you're free and I'll go through the results with you",
    "@deb_m_ swing by the pharmacy Thursday and we'll swap the inhaler over",
    "@kaz_o_ see you both at the 6 week check, bring the red book!",
    "@big_tony_ leave the boot on till I see you Friday, no five-a-side",
    "@noreen_w_ see you at your next review, keep the diary going",
    "@jim_walks_ how's the wound healing since Tuesday? shout if it gets red",
    "@emma_rose_ I was one of your mum's nurses on the cardiac ward, she was a total star 💙",
    "@tadhg_f_ I nursed your grandad through his last week, thinking of you all",
    "@karen_b_ you'd feel better if you'd taken the statin I prescribed in May",
    "@lads_night_ you were the fella who came in with the fishing hook in his ear, weren't you? 😂",
    "@mo_r_ saw you scrolling TikTok in my waiting room for an hour lol",
    "To the patient complaining about me in the village Facebook group: you never booked the follow-up",
    "Honoured that a client of mine, @run_with_rita, asked me to speak at her club",
    "He was such a lovely patient, give him our best from ward 4 Siobhan",
    "the lady whose hip I replaced last year just sent me a friend request 😅",
    "the fella I plastered in A&E last month just followed me on insta 😂",
    "@yelp_user_ sorry you felt rushed at your check-up on Monday, we'll book a longer slot next time",
    "Thank-you cake from my patient Maureen today, she remembered I hate raisins 🥹",
    "@niamh_o_ can't believe this is the same baby I delivered in the snow, look at her now 😭",
    "@ger_d_ your dad rang the ward six times on Sunday, so no, nobody ignored him",
]
INDIRECT_CARE_HARD_NEGATIVES = [
    "@ravi_t_ pop into the canteen when you're free and I'll go through the rota with you",
    "Pop into the pharmacy this week and we'll check your blood pressure for free 💙",
    "@kaz_o_ see you both at the baby shower, bring cake!",
    "@big_tony_ can't wait till I see you Friday, first round's on me 🍺",
    "@jim_walks_ how's the garden since Tuesday's storm?",
    "I was one of the nurses on that ward for ten years, best team ever",
    "@emma_rose_ your mum was a brilliant nurse, we all miss her 💙",
    "@karen_b_ the statin trial I presented in May is now published",
    "@mo_r_ saw you at the gym at 6am, machine 💪",
    "To the man who held the door for me at Tesco today: you're a legend",
    "@sis_kate_ so proud of you hun, a qualified midwife at last 💕",
    "@new_grad_jo_ congrats on your first year as a physio, you're brilliant",
    "@aine.skin_ glad you found the sunscreen thread helpful Aine!",
    "If your inhaler looks different this month it's a new brand, same medicine. Ask us if unsure",
    "@dani_k_ a wound that's hot and spreading needs checking today, ring the ward or your GP",
    "@maeve_k_ so sorry about your grandad, you were so brave at the funeral x",
    "@grainne_p_ lovely to see you at the diabetes study day Tuesday! slides are on the website",
    "@lucy_pup_ send me a pic of the new puppy by DM 🐶",
    "Shout out to Tama on ward 9 who stayed late to sit with a dying patient so he wasn't alone 💚",
    "@tom_builds_ back on the tools already Tom? that extension looks unreal",
    "@mere_dentist_ so happy to see your new practice open Mere, told you it'd happen",
    "@hana_k_ sending love to your dad, hope the hospital food isn't too grim 😂",
    "She was such a patient teacher, I learnt so much on that rotation",
    "@bump_club_ congrats!! talk your birth plan through with your midwife, they love it",
    "@niamh_o_ can't believe this is the same baby from the scan photo, look at her now 😭",
    "@ger_d_ your dad rang the radio station six times on Sunday, what a legend",
]
# fmt: on


@pytest.mark.parametrize("text", INDIRECT_CARE)
def test_indirect_replies_and_posts_that_confirm_care(text: str) -> None:
    assert fired(PatientInteraction(), text)


@pytest.mark.parametrize("text", INDIRECT_CARE_HARD_NEGATIVES)
def test_social_collegial_and_general_look_alikes(text: str) -> None:
    assert not fired(PatientInteraction(), text)


# The author says the person was seen or will go over their results, a plan agreed at their
# review, a regular named by handle, a labour or an op the person was brave through, a row
# with the author's staff; and the same words said to everyone or about life.
# fmt: off
SEEN_AND_AGREED = [
    "@tom_h_ so glad the appendix is out and you're back home, rest up",
    "@mira_k_ sure, book a slot and I'll go over your thyroid results with you Friday",
    "Mr Okafor, you were triaged within 15 minutes and your daughter's wrist was X-rayed within the hour",
    "@sian_b_ you're so welcome, it was a long labour but you were incredible 💕",
    "Our favourite regular @ike_lifts popped in to show off his new hip 💪",
    "@shaz_p_ as we agreed at your review, the lithium stays the same and I'll see you in March",
    "@brit_j_ maybe if your repeat was ordered on time you wouldn't be shouting at my receptionist",
]
SEEN_AND_AGREED_HARD_NEGATIVES = [
    "If you were seen in ED this winter, we'd love your feedback in our survey",
    "@mira_k_ I'll go over your slides with you before the conference Friday",
    "@tom_h_ glad the move went well and you're home at last, rest up",
    "@sian_b_ you're so welcome, it was a long drive but you were incredible on the night 💕",
    "Our favourite regular at the café, @beanscene_, has a new menu",
    "@brit_j_ you'd love my receptionist, she's a legend",
]
# fmt: on


@pytest.mark.parametrize("text", SEEN_AND_AGREED)
def test_seen_reviewed_and_agreed_care(text: str) -> None:
    assert fired(PatientInteraction(), text)


@pytest.mark.parametrize("text", SEEN_AND_AGREED_HARD_NEGATIVES)
def test_the_same_words_to_everyone(text: str) -> None:
    assert not fired(PatientInteraction(), text)


# Follow-up in the words of a clinic ("how are the new glasses treating you", "since we changed
# her formula", "bring the scan report with you", "we'll fit you in", "thanks for the 5 stars",
# "your repeat is ready to collect"); and the same words about trainers, recipes, slides and rotas.
# fmt: off
FOLLOW_UP = [
    "@gracie_m_ how's the knee been since the injection? any better on the stairs?",
    "@dan_r_ how are the new glasses treating you? shout if the left lens still blurs",
    "@ola_p_ how's the little one doing since we changed her formula?",
    "@bev_k_ hope the new dose is settling better than the last one, see you in a fortnight",
    "@kev_runs_ still on for Thursday at 10? bring the scan report with you",
    "@mary_l_ thanks so much for the lovely Google review Mary, it was a pleasure fitting your new crown",
    "@joe_b_ thank you for the 5 stars Joe! the team loved looking after you and your dad",
    "@sara_b_ we're sorry your appointment ran late on Friday, we've passed your comments to the practice manager",
    "@tim_w_ sorry the wait was so long on Saturday Tim, A&E was heaving, hope the hand is ok now",
    "@aisha_m_ so sorry to hear the stitches came out early, ring the surgery and we'll fit you in tomorrow",
    "@priya_d_ your repeat is ready to collect from Monday, I've added the new strength",
    "@lou_k_ we got your message, I'll call you back this afternoon about the results",
    "@fran_c_ lovely to have you back in the chair today, that tooth won't bother you again",
    "@nell_s_ so glad baby is feeding well now, the health visitor will be out Tuesday",
    "@raj_k_ well done on the 5k, 3 months ago you could barely walk to the car after the op!",
    "Great to meet you and your wee one at the clinic today @aoife_mum_ 💕",
    "@col_d_ glad the new CPAP mask is comfier, bring the data card next visit",
    "Thanks for trusting us with your smile @zara_smiles_ ✨ see you at your 6 month check",
]
FOLLOW_UP_HARD_NEGATIVES = [
    "@dan_r_ how are the new trainers treating you? 10k next?",
    "@joe_b_ thanks for the 5 stars on my sourdough recipe Joe!",
    "@kev_runs_ still on for Thursday at 10? bring the slides with you",
    "@ola_p_ since we changed the rota everyone's happier",
    "@amy_t_ loved looking after your plants while you were away 🌱",
    "@sal_k_ we'll fit you in for the 5-a-side, no bother",
    "@priya_d_ the new strength of the coffee in the mess is criminal",
]
# fmt: on


@pytest.mark.parametrize("text", FOLLOW_UP)
def test_follow_up_in_a_clinic_s_words(text: str) -> None:
    assert fired(PatientInteraction(), text)


@pytest.mark.parametrize("text", FOLLOW_UP_HARD_NEGATIVES)
def test_follow_up_words_about_life(text: str) -> None:
    assert not fired(PatientInteraction(), text)


# Round 5 (blind-written replies and comments): the author's care recalled to the person, a
# relative's care told back, a complaint answered with the visit's facts, a named drug or
# diagnosis with a relation word, and friending patients in other words.
ROUND5_CONFIRMS = [
    "Niall, as I explained at your appointment, the cream takes a fortnight to work.",
    "@shaz_k_ if you'd worn the splint we gave you it wouldn't still be clicking",
    "Orla you were offered two earlier slots and turned both down, we did our best.",
    "@tadhg_m we drained your cyst on Tuesday, the swelling will settle in a week",
    "@ro_mcg I looked at the photos you sent and the scar is healing nicely",
    "Sorry for the wait Bernie, your dad was seen as soon as a doctor was free.",
    "@ciaran_b hope the wheeze has settled since the nebuliser on Friday",
    "Anyone who left a 1-star review about the wait: you arrived after your slot and still declined the next one.",
]
ROUND5_HARD_NEGATIVES = [
    "@mo_fit that's plantar fasciitis, start ibuprofen 400mg three times a day, sorted",
    "@noreen_q lovely to see you at the asthma training evening, the new guideline is on the site",
    "@sue_h so proud of you for doing the 10k for the cancer research charity!",
    "@declan_p we removed the old carpets from the clinic waiting room at last",
    "@jules_t as we discussed at the journal club, the paper's methods were weak",
    "Thanks for the follow! We can't discuss anyone's care here, please ring the practice.",
]
ROUND5_FRIENDING = [
    "A patient just added me on Snapchat 😬 do I accept??",
    "Followed back a patient of mine because her dog account is elite",
    "Got a follow request from one of my old antenatal mums, is that weird",
    "I suppose I'll accept your friend request Maura, after all those years in my clinic 😂",
]
ROUND5_FRIENDING_HARD_NEGATIVES = [
    "I'll accept your friend request Maura, see you at book club 📚",
    "Just had my neighbour add me on insta, she's gas",
]


@pytest.mark.parametrize("text", ROUND5_CONFIRMS)
def test_round5_care_recalled_to_the_person(text: str) -> None:
    assert fired(PatientInteraction(), text, kind="comment")


@pytest.mark.parametrize("text", ROUND5_HARD_NEGATIVES)
def test_round5_advice_colleagues_and_charity_are_not_care(text: str) -> None:
    assert not fired(PatientInteraction(), text, kind="comment")


@pytest.mark.parametrize("text", ROUND5_FRIENDING)
def test_round5_friending_patients(text: str) -> None:
    assert "patient_interaction.friending_patient" in fired(PatientInteraction(), text)


@pytest.mark.parametrize("text", ROUND5_FRIENDING_HARD_NEGATIVES)
def test_round5_friending_people_who_are_not_patients(text: str) -> None:
    assert "patient_interaction.friending_patient" not in fired(PatientInteraction(), text)


# Round 5 false alarms: public notices and replies that confirm nobody's care, colleagues, and
# social plans; the care a colleague helped with still counts.
@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Hello, pharmacist here. We're not able to talk about anyone's medication on this page, ring the shop and ask for me", False),
        ("Hi Sean, we can't confirm whether someone is registered with us, but email the practice manager", False),
        ("Apologies for the delay in replying, we don't discuss individual care on social media.", False),
        ("Thanks for your lovely review! The whole team loves to hear when we made a difference 😊", False),
        ("Thanks for bearing with us this winter, we've added extra GP sessions on Saturdays.", False),
        ("@aoife_rn it was a joy working with you on the ward, good luck in Sydney!", False),
        ("@mark_rgn so proud of you for passing your prescribing exams!! the unit won't be the same", False),
        ("@tessa_m see you at Friday's trivia night, bring your A game", False),
        ("@dr_kate_ortho DM me the CT (anonymised!) and I'll give you my thoughts for the teaching", False),
        ("Reminder: we will never ask you to send photos or results over social media. Use the portal.", False),
        ("Thanks Paddy, it was a pleasure working with you on your rehab after the knee op", True),
        ("Thanks for your lovely review Maeve, see you for your review in June!", True),
    ],
)
def test_round5_notices_colleagues_and_plans(text: str, flagged: bool) -> None:
    assert bool(fired(PatientInteraction(), text, kind="comment")) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Thank you @gemma_k for trusting me with your knee, back on the pitch soon!", True),
        ("Thanks Mrs Keane for the gorgeous flowers, see you at your 6 week check", True),
        ("@pj_mur sorry, your bloods were a bit off so we've referred you to the clinic", True),
        ("Thanks @sean_d for the gorgeous flowers at my retirement do, legend", False),
        ("We've referred to the guideline for this question, see the link", False),
    ],
)
def test_round5_thanks_by_name_and_referrals(text: str, flagged: bool) -> None:
    assert bool(fired(PatientInteraction(), text, kind="comment")) is flagged


@pytest.mark.parametrize(
    "text, rule",
    [
        # a friend, not a friend request
        ("Coffee with a friend from the gym, lovely woman", None),
        # a handle that merely starts with "dr" is not a doctor's
        (
            "@drew_m send me a photo of the rash and I'll tell you if it needs seeing",
            "patient_interaction.results_by_message",
        ),
    ],
)
def test_friends_and_handles_that_look_like_signals(text: str, rule: str | None) -> None:
    found = fired(PatientInteraction(), text)
    assert rule in found if rule else not found


# The author's own hands in the person's care, told back to them in a reply: the part worked on
# ("the hip I replaced"), the author at the operation ("I only held the retractors"), years of
# treating them, their visit ("when you were in on Monday") or the author's next look at their
# result ("once we see the new scan"). Hard negatives: the same verbs about things, teams or
# the author's own life.
@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("@gav_runs look at you go! that's the hip I replaced in March, 5k PB 🏃", True),
        ("@nora_w all credit to you and the physios, I only held the retractors 😄", True),
        ("@big_mick eight years of treating your back and you finally listen to me about the gym", True),
        ("@chloe_k the swelling looked fine when you were in on Monday, keep it elevated", True),
        ("@ade_o no driving yet please, we'll decide once we see the new scan on Thursday", True),
        ("@sal_t 20 years of looking after you lot and you still bring the best biscuits 🍪", True),
        ("@jen_ed the rota I rebuilt last month is finally working, thanks for covering", False),
        ("@kev_ortho great talk, the knee you replaced on the live stream was textbook", False),
        ("@maz_b I held the door for the consultant and got no thanks 😂", False),
        ("@dan_p the years of treating the NHS like a piggy bank have to stop", False),
        ("@liz_m when you came to the conference last year your slides were brilliant", False),
        ("@tom_r once we get the results of the staff survey we'll share them", False),
    ],
)
def test_the_authors_own_care_told_back(text: str, flagged: bool) -> None:
    assert ("patient_interaction.confirms_care" in fired(PatientInteraction(), text)) is flagged


# The author's say over the person's recovery or dose, in a reply: "no bowling till I say",
# "we'll keep the 75mcg". Hard negatives: the same shape about a car, a household or a guideline.
@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("@ravi_c no bowling till I say bhai, the boot only came off Monday 😂", True),
        ("@jo_m no running until I see you at the review, promise me", True),
        ("@priya_s bloods look good so we'll keep the 75mcg for now 👍", True),
        ("@lou_b we'll leave you on 5mg and see how the next month goes", True),
        ("@dave_t no driving till I say, the car's booked in for its MOT 🙄", False),
        ("@kids_group no shouting till I say so, dinner's nearly ready", False),
        ("@ana_r the guideline says 75mcg for most adults, worth a read", False),
    ],
)
def test_the_authors_say_over_recovery_or_dose(text: str, flagged: bool) -> None:
    assert ("patient_interaction.confirms_care" in fired(PatientInteraction(), text)) is flagged


# Replies about teaching and meetings are work, not someone's care, even with a care-like word
# in them ("keep the", "session").
@pytest.mark.parametrize(
    "text",
    [
        "@ana_r we'll keep the 10 spaces for the teaching session",
        "@sam_f can you keep the Friday teaching slot for the F1s? thanks",
        "@dr_jo we'll hold the dressing workshop at the study day in May",
        "@kev_m see you at grand rounds, keep the case short",
    ],
)
def test_replies_about_teaching_and_meetings_confirm_no_care(text: str) -> None:
    assert "patient_interaction.confirms_care" not in fired(PatientInteraction(), text)


# Tenth session: the person called the author's patient ("you're one of my favourite
# patients"), and an apology for the person's own wait ("sorry you waited 5 hours on Sunday")
# in a reply. Hard negatives: a patient spoken of to a colleague, a wait that is the author's,
# the same apology said to everyone.
@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("@sue_k ha you're one of my favourite patients, but the biscuits have to stop 😂", True),
        ("@big_tam you were the best-behaved patient on the ward all week, go easy on the stairs", True),
        ("@marco_p thanks for the lovely message, honestly one of my favourite people to treat", True),
        ("@lorna_d sorry you waited 4 hours on Saturday, your bloods were all normal in the end", True),
        ("@jim_o sorry you felt rushed on Monday Jim, I'll give you a double slot next time", True),
        ("@nurse_kate you were the best student nurse we've had on the ward, good luck!", False),
        ("@dr_raj you're one of our patient safety leads now? congrats!", False),
        ("@tom_h sorry you waited for me at the café, my clinic overran 🙈", False),
        ("sorry you had to wait for this week's podcast, it's up now! link in bio", False),
    ],
)
def test_named_as_the_authors_patient_or_apologised_to_for_a_wait(text: str, flagged: bool) -> None:
    assert ("patient_interaction.confirms_care" in fired(PatientInteraction(), text)) is flagged


# Seventeenth session: asking for a stranger's photos or results by message in everyday words
# ("a clear pic of the mole", "your lipid panel"); against a refusal to take them ("please don't
# DM me results"), a reply that declines to discuss care on social media, and colleagues
# comparing their units' guidelines or praising a team's work.
@pytest.mark.parametrize(
    ("text", "rule", "flagged"),
    [
        ("@nk_o send me a clear pic of the mole in daylight by DM and I'll tell you if it needs to come off", "patient_interaction.results_by_message", True),
        ("@yaw_m send me your lipid panel in DM and I'll tell you if you need a statin", "patient_interaction.results_by_message", True),
        ("@esi_a DM me a couple of close up pics of the rash and I'll have a look", "patient_interaction.results_by_message", True),
        ("@hannah_b please don't DM me results, I can't give individual advice on here, chat to your own doctor", "patient_interaction.results_by_message", False),
        ("@cass_t never send me your bloods, I can't advise strangers, your GP can go through them", "patient_interaction.results_by_message", False),
        ("Hi Marcia, sorry to read this. We can't discuss prescriptions on Facebook but our pharmacist is in today, please pop in", "patient_interaction.confirms_care", False),
        ("@midwife_meg we had the same debate on our unit, went with an individual risk discussion at 41 weeks, happy to share our guideline", "patient_interaction.confirms_care", False),
        ("Congrats Priya, so well deserved! The recovery work your team led took a day off our average stay after bowel surgery", "patient_interaction.confirms_care", False),
    ],
)
def test_results_by_message_in_everyday_words(text: str, rule: str, flagged: bool) -> None:
    assert (rule in fired(PatientInteraction(), text, kind="comment")) is flagged


# Friend and follow requests from someone the author (or "you", the reader in the same job)
# treated, in everyday words ("the lad whose ingrown toenail I sorted", "the bloke you did ACL
# rehab with on placement adds you", "the lady from my aged care placement found me on facebook",
# "if ur a patient of mine and found my IG"); against a stranger met at work events, a relative's
# friend, and a rule said to all patients.
@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("awkward moment when the lad whose ingrown toenail I sorted on Monday sends me a friend request", True),
        ("When a family you looked after in NICU 3 years ago sends you a friend request... do I accept??", True),
        ("awkward when the lad you catheterised in resus last week sends you a friend request 😬", True),
        ("when a patient from last week's clinic sends you a follow request and you pretend you didn't see it", True),
        ("bit awkward when the bloke you did ACL rehab with on placement adds you on insta 😅", True),
        ("the lovely older lady from my aged care placement found me on facebook and messaged me 🥹", True),
        ("If ur a patient of mine and found my IG, hi 👋 no I won't follow back lol", True),
        ("the guy I sat next to at the conference sent me a friend request, networking win", False),
        ("my mum's friend from her book club found me on facebook lol", False),
        ("Patients: please don't send staff friend requests, we can't accept them. Thanks!", False),
    ],
)
def test_friend_requests_from_people_the_author_treated(text: str, flagged: bool) -> None:
    assert ("patient_interaction.friending_patient" in fired(PatientInteraction(), text)) is flagged


# Public answers to one reviewer that retell the visit ("To the lady who left a 1-star review
# after her smear on Tuesday", "leaving one star because we wouldn't hand over another refill",
# "You came to our clinic on Friday the 9th", "I'm the pharmacist who spoke to you", "if you had
# followed the post-op instructions"); against a reviewer thanked for a point about the building
# or the website, a counterfactual about the news, and thanks to everyone at an open day.
@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("To the lady who left a 1-star review after her smear on Tuesday: maybe turn up on time next time.", True),
        ("To the woman who left us 1 star because she waited for her son's stitches on Saturday: we were resuscitating someone.", True),
        ("To the reviewer who posted a photo of their 'botched' filling: we have your X-rays, the filling is perfect.", True),
        ("Imagine leaving one star because we wouldn't hand over another early codeine refill.", True),
        ("Giving us 2 stars because the GP wouldn't sign you off for a month? Okay then.", True),
        ("Madam, since you posted this publicly: you came to our clinic on Friday the 9th with abdominal pain.", True),
        ("Our doctor examined you and referred you the same day, as the notes show.", True),
        ("Hi Mary, I'm the pharmacist who spoke to you yesterday, your name is down for the next delivery", True),
        ("Hi Orla! Yes you were in with me this morning 😊 a bit of soreness for 2-3 days is normal", True),
        ("Perhaps if you had followed the post-op instructions, Mr Harrington, the wound would have healed.", True),
        ("To the person who left a review about our parking: thank you, we've added 10 spaces.", False),
        ("To the reviewer who said our new website is confusing: fair point, we're fixing it this week", False),
        ("If you had followed the news you'd know the clinic closed in March", False),
        ("Thanks to everyone who came to our clinic open day, great turnout!", False),
    ],
)
def test_public_answers_that_retell_the_visit(text: str, flagged: bool) -> None:
    assert bool(
        {"patient_interaction.review_reply", "patient_interaction.confirms_care"}
        & fired(PatientInteraction(), text)
    ) is flagged


# The author remembers the person as a patient ("I remember you from clinic!!", "last time we
# met you were fast asleep under anaesthetic"), the person's missed sessions, their (or their
# relative's) medicine in at the author's pharmacy, "everything you went through with us", a
# named patient's parent told the results, "the same wee one I delivered"; against memories of
# school or the pub, a pharmacy notice to everyone, a reminder to everyone who missed a jab, and
# a parent told about football boots.
@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("@priya_w omg I remember you from clinic!! how's the IVF going?", True),
        ("Of course I remember you Pat! How's that left hip holding up? Still line dancing?", True),
        ("Great to connect Fiona! Last time we met you were fast asleep under anaesthetic 😂", True),
        ("@taff_j good to hear from you bud! last time I saw you was on the stretcher in 2010", True),
        ("Hi Kevin, as you know you missed three of your six sessions for the shoulder", True),
        ("Hi Keisha, your mom's insulin pens came in this morning, we've put them aside for her 👍", True),
        ("@dazza_77 yep mate your warfarin's ready, left it behind the counter with the new dose card", True),
        ("Ramesh uncle, your insulin pens have come, please collect before Saturday", True),
        ("Congratulations Niamh and Darragh!! after everything you went through with us, so thrilled", True),
        ("Arjun's mom please don't worry, his platelets were 68,000 this morning, better than yesterday", True),
        ("@katie.lou is this the same wee one I delivered 3 years ago?? 😭", True),
        ("@kezza_m yes like we said at his appointment, one sachet twice a day until things are soft", True),
        ("I remember you from school! how's the new job going?", False),
        ("last time we met you were in the pub singing karaoke 😂", False),
        ("your prescription is ready for pickup when you get our text. we never announce what's in the bag", False),
        ("If you missed your flu jab appointment, we have walk-ins on Saturday", False),
        ("you missed the best part of the conference, the sessions on Friday were great", False),
        ("Tom's mum, his football boots were left in the car!", False),
    ],
)
def test_the_author_remembers_or_hands_over_someones_care(text: str, flagged: bool) -> None:
    assert ("patient_interaction.confirms_care" in fired(PatientInteraction(), text)) is flagged
