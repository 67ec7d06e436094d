"""phi_reply_disclosure: replies that tell a person about their own health in public."""

from __future__ import annotations

import pytest

from classifiers.recognizers.phi_reply_disclosure import PhiReplyDisclosure
from tests.recognizer_helpers import fired

RULE = "phi.direct_identifier"

# fmt: off
POSITIVES = [
    "@lisa_fights_on your biopsy results are back Lisa, it's benign!! 🎉",
    "@dan_in_brighton great news Dan, the HIV test from last week was negative",
    "@jake_t_smiles I know the bipolar diagnosis was a shock Jake, but the lithium is working",
    "@angry_patient_dub you waited 9 hours because you came in drunk with a stubbed toe",
    "@angry_tom_reviews you missed 3 appointments and your A1c is 11, maybe look in the mirror",
    "@alex_b_ldn all your results from Monday were negative Alex 👍",
    "@bob_smith_1950 the cataract op went perfectly Bob, no driving til the drops are done",
    "@mary.d.hanley so glad the 12 week scan went well after everything last year",
    "@gav_on_tour you were the lad who came in with the trolley wheel stuck on his foot, hope it's mended",
    "@pauline_k_ you cancelled your knee surgery twice Pauline, the waiting list is not my doing",
    "@declan_smiles_ thanks Declan, your new veneers look great in the wedding photos!",
]
NEGATIVES = [
    "@dr_amy yes, we'd scan that too, good call",
    "@jo_bloggs if your results are abnormal your GP will call you, no news is good news",
    "@healthnews great thread on biopsy techniques, thanks for sharing",
    "@sam_runs good luck with the marathon Sunday!",
    "@nurse_kate the new rota is out, check your email",
    "@mike_p thanks for reading! The paper is open access",
    "@ann_w ask your GP about your cholesterol at your next check",
    "@smile_clinic_promo our veneers look natural and last 15 years, book a consult",
    "@cathal_b_ if you'd like the slides from the implant talk, I'll send them on",
]
# fmt: on


@pytest.mark.parametrize("text", POSITIVES)
def test_replies_that_disclose_health_information(text: str) -> None:
    assert RULE in fired(PhiReplyDisclosure(), text)


@pytest.mark.parametrize("text", NEGATIVES)
def test_replies_without_the_addressees_health(text: str) -> None:
    assert RULE not in fired(PhiReplyDisclosure(), text)


def test_a_post_that_is_not_a_reply_is_skipped() -> None:
    assert fired(PhiReplyDisclosure(), "your biopsy results are back and it's benign", kind="post", reply_to=None) == set()


# fmt: off
SENSITIVE_REPLIES = [
    "@jon_b_ good news Jon, the chlamydia is cleared on your retest, you're all set",
    "@anna_k_ so glad the sertraline is suiting you better Anna 💙",
    "@mick_dub_ you've lost 3 stone since your last visit Mick, the ozempic is doing its job",
]
SENSITIVE_HARD_NEGATIVES = [
    "@dr_ruth great talk on HIV prevention today, the PrEP data were fascinating",
    "@sexhealthie if anyone is worried about chlamydia, free home tests are on the HSE site",
    "@ciara_runs_ so glad you finished the 10k for the cancer charity!",
]
# fmt: on


@pytest.mark.parametrize("text", SENSITIVE_REPLIES)
def test_sensitive_health_told_back_in_public(text: str) -> None:
    assert RULE in fired(PhiReplyDisclosure(), text)


@pytest.mark.parametrize("text", SENSITIVE_HARD_NEGATIVES)
def test_talks_public_health_and_charity_replies(text: str) -> None:
    assert RULE not in fired(PhiReplyDisclosure(), text)


# The care itself told back: "after the surgery", "under us for the kidneys", an INR value. A
# bare "lovely to see you in clinic" confirms the relationship (patient interaction) without
# disclosing more. (Until the eighth session "glad the new tablets are working" was read the
# same way; the reply audit's reviewers gave unnamed medicine phi, and the rule follows them:
# see the table below.)
@pytest.mark.parametrize(
    "text",
    [
        "@liam_k great to see you walking after the surgery last month! keep up the physio",
        "@noreen_b since you're under us for the kidneys, hold the ibuprofen for now",
        "@ultan_r your INR came back at 3.9, we'll recheck Thursday",
    ],
)
def test_round4_care_told_back(text: str) -> None:
    assert RULE in fired(PhiReplyDisclosure(), text)


@pytest.mark.parametrize(
    "text",
    [
        "@maeve_h lovely to see you in clinic today!",
        "@aoife_reg great to see you after the surgery teaching session, thanks for covering",
    ],
)
def test_round4_relationship_only(text: str) -> None:
    assert RULE not in fired(PhiReplyDisclosure(), text)


def test_round4_a_colleagues_protocol_is_not_their_health() -> None:
    text = "@aisling_physio congrats! that ACL rehab protocol you presented is working well here"
    assert RULE not in fired(PhiReplyDisclosure(), text)


# A named procedure, condition or drug told back in a reply discloses it; so, since the seventh
# session's reply audit, does "glad the cast came off" (LABELLING.md's own example); a pointer
# to the person's own GP does not.
@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("@neasa_k so glad the gallbladder's out and you're eating chips again!", True),
        ("@femi_o wishing your mum a smooth recovery after the bypass, see her in clinic in May", True),
        ("@rob_t glad the new dose of lamotrigine is keeping things quiet, see you in spring", True),
        ("@ava_m glad the cast came off ok!", True),
        ("@shona_b I can't give advice on here but your own GP can go through the warfarin dose with you", False),
        ("@colm_pharm great to see you at the warfarin training evening, the guideline is on the website", False),
    ],
)
def test_round4_named_care_told_back(text: str, flagged: bool) -> None:
    assert (RULE in fired(PhiReplyDisclosure(), text)) is flagged


# Round 5 (blind-written replies): a reply that confirms the person was seen (the
# patient-interaction tests) and names what they had, a procedure, a diagnosis, a named drug or
# vaccine or test, tells the public their health record. A reply that names care said of
# everyone, advises a dose change, or confirms nothing is not a disclosure.
@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Thanks Oonagh, lovely to see you Tuesday, glad the amlodipine is suiting you. See you at the 6 month review", True),
        ("so sorry your son's grommets op was cancelled twice Fergal, we'll see him first on the list Monday", True),
        ("@cathy_runs so glad the meniscus repair is holding up, see you at 12 weeks!", True),
        ("Hi Deirdre, we're sorry about the wait on Friday, your mum's cortisone injection is rebooked for the 9th", True),
        ("@maz_k_ you're very welcome, hope the pacemaker gets you back out walking the dog", True),
        ("@gareth_p many people find the sertraline makes them queasy at first, your own GP can talk it through", False),
        ("@aine_b thanks for the kind review! We can't discuss anyone's care here, please ring the practice", False),
        ("@dr_sinead great talk on the meniscus repair audit, thanks for sharing the slides", False),
        ("@rory_f_ as we discussed, drop the prednisolone to 10mg from Monday and ring if it flares", False),
        ("@liz_runs congrats on the half marathon!! see you at the club on Thursday", False),
        ("@fintan_o hope the gout has settled since the colchicine last week, see you Friday", True),
        ("@mags_b your mam was so brave for her cataract op, tell her the drops go in till Sunday", True),
        ("@fintan_o that's gout, take colchicine 500mcg twice a day and lay off the pints", False),
    ],
)
def test_round5_confirmed_care_with_named_treatment(text: str, flagged: bool) -> None:
    assert (RULE in fired(PhiReplyDisclosure(), text, kind="comment")) is flagged


@pytest.mark.parametrize(
    "text",
    [
        "Heads up, the bloods machine is down today so morning bloods are moved to Friday",
        "@kay_m sorry you're poorly, I can't give any advice about your own meds online, your pharmacist can help",
    ],
)
def test_round5_notices_and_refusals_disclose_nothing(text: str) -> None:
    assert RULE not in fired(PhiReplyDisclosure(), text, kind="comment")


def test_round5_a_post_naming_a_handle_is_addressed_too() -> None:
    text = "Thank you @rita.m for trusting me with your hysterectomy, so glad you're walking again"
    assert RULE in fired(PhiReplyDisclosure(), text, kind="post", reply_to=None)


# Seventh session (LABELLING.md's reply audit): a reply that confirms the author cared for the
# person and names the body part, device, medicine or result of theirs discloses their health
# as much as a named procedure does; a reply that confirms care and says nothing of their
# health, or that speaks of everyone, does not.
@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("@tomasz_k glad the knee's holding up mate, keep doing those quad sets between sessions 💪", True),
        ("@k_osei_ saw your story, please don't leave the boot off yet!! ankle needs another 2 weeks, like I said in clinic 😅", True),
        ("@kayla.m_93 omg your scar looks SO good in this pic!! 6 weeks post op and healing like a dream 😍", True),
        ("@sarah_mcg88 so glad the cast is off and you're back on the bike! see you at your 6 week check 🚲", True),
        ("@jim_carter_golf delighted the new hip is letting you play 9 holes again Jim 👏", True),
        ("@laurenmcgee92 hope the new inhaler is working better since your appointment last week hun x", True),
        ("@sam_r lovely to see you at clinic, see you next Thursday!", False),
        ("@big_al_ glad you're home Al, the ward's quiet without your jokes", False),
        ("@aine_b thanks for the kind review! We can't discuss anyone's care here, please ring the practice", False),
        ("@liz_runs congrats on the half marathon!! your legs must be wrecked, see you at the club", False),
        ("@dr_kev the knee clinic slides are on the shared drive, thanks for covering", False),
    ],
)
def test_round7_body_part_or_device_told_back(text: str, flagged: bool) -> None:
    assert (RULE in fired(PhiReplyDisclosure(), text, kind="comment")) is flagged


# A possessive name opens the detail as well as "your" does ("Baraka's fever"), and a dose change
# told to someone whose earlier care the reply states ("as we discussed at your review") names
# their medicine; the same change told to a stranger stays advice only.
@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("@nyokabi_mama mama glad Baraka's fever has come down since the clinic on Tuesday! Keep giving the amoxil till day 5 ok?", True),
        ("@deb_hughes yes Deb, as we discussed at your review, drop the prednisolone to 5mg from Monday and ring me if the joints flare", True),
        ("@becky_bump_ you were amazing in labour Becky, enjoy every cuddle", True),
        ("@fintan_o that's gout, take colchicine 500mcg twice a day and lay off the pints", False),
        ("@gareth_p many people find the sertraline makes them queasy at first, your own GP can talk it through", False),
    ],
)
def test_round7_possessive_names_and_doses_in_confirmed_care(text: str, flagged: bool) -> None:
    assert (RULE in fired(PhiReplyDisclosure(), text, kind="comment")) is flagged


# Unnamed medicine in a reply that confirms care (LABELLING.md: "so glad the new tablets are
# agreeing with you" is phi + patient interaction: the person is on a new medicine). Medicine
# talked of generally, a colleague's or a pharmacy's, or with no care confirmed is not.
@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("@ger_m so glad the new tablets are working", True),
        ("@gwen so glad the new tablets are agreeing with you", True),
        ("@paddy_o great to see you in clinic Tues, keep taking the meds and I'll see you in June", True),
        ("@rosie_b lovely to see you at your review, so glad the new pills are suiting you x", True),
        ("@tunde_a so glad we sorted your medication, you looked like a new man at clinic", True),
        ("@kasia_w lovely to see you yesterday, glad the new meds are helping you sleep", True),
        ("@nell_r any questions about your meds, ring your pharmacist, they're brilliant", False),
        ("@sam_pharm great talk on medication safety at the conference!", False),
        ("@joe_k never share your tablets with anyone, even family", False),
        ("@alice_m if the tablets don't suit you, talk to your own GP", False),
        ("@mo_gp thanks for covering clinic, the meds round went smoothly", False),
        ("@ciara_h some people find the tablets upset their stomach at first", False),
    ],
)
def test_unnamed_medicine_in_a_care_confirming_reply(text: str, flagged: bool) -> None:
    assert (RULE in fired(PhiReplyDisclosure(), text)) is flagged


# A symptom or the person's own test, said back in a reply that confirms care, is their health
# record too ("glad the migraines have settled since we switched you"); a test booked with
# nothing about why ("we'll get you in for bloods") is patient interaction only, as are
# symptoms talked of in general.
@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("@dara_k so glad the migraines have settled since we switched you over, see you in May", True),
        ("@lou_p lovely to see you Tues, glad the seizures have calmed down with the new plan", True),
        ("@ben_o so pleased your dad is off the oxygen and back home, give him our best from the ward", True),
        ("@femi_a great to see you at clinic, glad the puffers are helping with the cough 👍", True),
        ("@rach_t see you next week, the HbA1c is coming down nicely so keep doing what you're doing", True),
        ("@petra_s we'll get you in for bloods next week and go from there", False),
        ("@tom_h headaches after a long shift are the worst, drink water people!", False),
        ("@gp_sue great talk on migraine pathways, the slides were brilliant", False),
        ("@anna_r if the pain is getting worse please ring 111 or see your own GP", False),
    ],
)
def test_symptoms_and_own_tests_in_a_care_confirming_reply(text: str, flagged: bool) -> None:
    assert (RULE in fired(PhiReplyDisclosure(), text)) is flagged


# The author's say over the person's recovery or dose, in a reply, confirms care ("no bowling
# till I say", "we'll keep the 75mcg"); with the injury, test or procedure named ("boot off",
# "grade 2 hamstring", "your TSH", "the tongue tie snip") it is their health record. Hard
# negatives: the same words at home, about a rota or a session, or a dose said to everyone.
@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("@ravi_c boot off after 8 weeks bhai! no bowling till I say 😂", True),
        ("@priya_s your TSH has come down to 2.1 so we'll keep the 75mcg, no need to come in 👍", True),
        ("@jo_m grade 2 hamstring, so no running until I see you at the review", True),
        ("@annie_b so glad the tongue tie snip sorted the feeding 🍼", True),
        ("@kev_d cast off next Friday, and no rugby till I check the x-ray", True),
        ("@kids_group no shouting till I say so, dinner's nearly ready", False),
        ("@dave_t no driving till I say, the car's booked in for its MOT 🙄", False),
        ("@ana_r we'll keep the 75mcg option in the guideline, it's what most GPs use", False),
        ("@mo_f the thyroid talk was brilliant, the TSH slides especially", False),
        ("@gp_sue tongue tie clinics are oversubscribed everywhere, we need more lactation support", False),
    ],
)
def test_the_authors_say_over_recovery_or_dose(text: str, flagged: bool) -> None:
    assert (RULE in fired(PhiReplyDisclosure(), text)) is flagged


# Tenth session: every body part counts after "glad/great ... the" (``cues.BODY_PART``, shared
# by the reply recognizers): "glad the thumb's healing" confirms the care and names the part.
# Hard negatives: the part said of a stranger, a jibe ("your knees are carrying..."), a heel
# slide (an exercise, not a colleague's slides) said to no one's care.
@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("@ger_walsh glad the thumb's healing Ger, keep it out of the lathe for another week", True),
        ("@maeve_k great to see the elbow straightening at last, the splint goes Tuesday", True),
        ("@tommo_88 so pleased the toe has settled, no football boots till the review 👍", True),
        ("@sal_d glad the knee is bending past 90 now, keep up the heel slides and see you Friday", True),
        ("@chris_p glad the wrist is better mate, see you at the match Saturday", False),
        ("@gp_sue great talk, the slides on knee pain pathways were brilliant", False),
        ("@random_guy your knees are carrying 20 stone, that's why they hurt", False),
        ("@lucy_m thumb war rematch tomorrow, you're going down 😂", False),
    ],
)
def test_every_body_part_after_glad_the(text: str, flagged: bool) -> None:
    assert (RULE in fired(PhiReplyDisclosure(), text)) is flagged


# How long since the person's own operation or birth, told back to them ("6 weeks post hip
# replacement and already on the court"). Hard negatives: the same interval as general advice
# or about someone else.
@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("@maggie_r look at you!! 8 weeks post knee replacement and back at aqua aerobics 😍", True),
        ("@stevo_runs 4 weeks post-op and already on the bike, you're a machine", True),
        ("@ciara_mum 2 weeks postpartum and out walking the pram, go easy on yourself 💕", True),
        ("@curious_carl most people can drive about 6 weeks after surgery, ask your own surgeon", False),
        ("@jen_t if you're 6 weeks post-op your team will usually check the wound, worth asking", False),
        ("@dr_amy great talk on rehab 6 weeks post-op, the slides were brilliant", False),
    ],
)
def test_time_since_the_persons_own_operation(text: str, flagged: bool) -> None:
    assert (RULE in fired(PhiReplyDisclosure(), text)) is flagged


# From train misses: a golf course is not a training course, a child's tonsils are their
# health, and life support told back to the person is their record. Hard negatives: a real
# course, a colleague's talk, and the same words as general advice.
@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("@jim_carter_golf delighted the new hip is letting you back on the course Jim, 6 weeks post op and playing 9 holes 👏", True),
        ("@big_mike_dallas_ Mike, 8 weeks post-op and you're back on the golf course! see you at your 3 month follow-up", True),
        ("@tolu_bakes ma, your son's tonsils came out beautifully ✨ he can start ice cream from today", True),
        ("@danny_t so amazing to see you running again! 6 months ago you were on ecmo in our unit and now a 10k??", True),
        ("@amy_rn great course yesterday, your slides on sepsis were brilliant, 6 weeks post-op and still teaching!", False),
        ("@dr_kev the course was great, loved the session on ECMO", False),
        ("@mum_of_3 if your son's tonsils keep flaring up, ask your GP about a referral", False),
    ],
)
def test_golf_courses_tonsils_and_life_support(text: str, flagged: bool) -> None:
    assert (RULE in fired(PhiReplyDisclosure(), text)) is flagged


# From train misses: care-confirming replies that name a device, a skin condition, a test, a
# unit, crutches gone, a wound check, or the kind of clinician the author was to them. Hard
# negatives: the same words with no care confirmed, or said of someone else's clinician.
@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("@tui_whanau_ so lovely to see Kahu back at clinic today, the new valve is working a treat 💚", True),
        ("@laura_skin_ so pleased the psoriasis has cleared on the biologic Laura, see you in clinic", True),
        ("@ballina_bernie_ glad the new denture is sitting better Bernie", True),
        ("@baby.leo.miracle leo's graduation from the NICU was the best day!! we miss you on the unit buddy 💙", True),
        ("@tom_k glad you're home Tom, wound check with the practice nurse Friday", True),
        ("@saints_fan_22 great seeing you walk into clinic without crutches today! keep up the physio 💪", True),
        ("@hine_and_pepi_ loved being your midwife Hine, Pepi is perfect", True),
        ("@kev the bridge on the M50 is closed again, glad you're home safe", False),
        ("@jo_t ask your midwife about it at the next appointment", False),
        ("@dr_sam loved your midwife talk at the conference", False),
        ("@mattie_b brilliant, back on the park at last! (for everyone else: do your physio, it matters)", False),
        ("@anna_k your therapist sounds lovely, glad you found someone who gets it", False),
        ("@sue_p the new valve on the boiler is working a treat, thanks for the tip", False),
    ],
)
def test_devices_tests_units_and_the_authors_role_in_care_confirming_replies(
    text: str, flagged: bool
) -> None:
    assert (RULE in fired(PhiReplyDisclosure(), text)) is flagged


# The work-words guard read care as work: "we'll talk on Monday", "of course the swelling",
# "go back training", "we agreed". Hard negatives: the same words as a colleague's work.
@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("@paddy_hurls yes you can go back training once I see the repeat xray Tuesday", True),
        ("@nicola_fh it's only been 2 weeks since the op, of course the swelling's still there! ice and elevate like I showed you", True),
        ("@mwangi_k your PSA came back 12 mzee, we'll talk properly on Monday at clinic 🙏", True),
        ("@OwenT_PT good to see you back in the gym, no more lifting with the disc though, we agreed 😉", True),
        ("@sam_rn loved the lecture on sepsis, your slides on the lactate were great", False),
        ("@kev_md great talk on knee pain, see you at the conference", False),
        ("@jo_nurse the training day was great, your bit on wound care was brilliant", False),
        ("@ger_k of course! glad the course on hip surgery helped", False),
    ],
)
def test_care_said_in_words_that_also_name_work(text: str, flagged: bool) -> None:
    assert (RULE in fired(PhiReplyDisclosure(), text)) is flagged


# From train misses (twelfth session): the author's own care said in the first person ("the
# knee I did", "since we started", "I'll see you in 2 weeks") confirms the relationship; "we'll
# check your", "lovely to get your message" are not advice; a wound "healing nicely", "no
# fillings", an IUD fitting and "undetectable" are the person's health. Hard negatives: the
# same words as advice to a stranger, a bare check-up date, a colleague's work.
@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("@fergal_m go easy at the wedding Fergal, you're only 4 weeks out from the knee repair that I did 💃", True),
        ("@tasha_ldn so pleased the migraines have settled since we started the propranolol x", True),
        ("@kezia_r your sugars look much better on the new insulin, I'll see you in 3 months", True),
        ("@deano_b I said six weeks Dean, that collarbone is not ready for five-a-side 🙄", True),
        ("@ruth_a so good to hear from you Ruth, scar healing nicely by the looks of it!", True),
        ("@little_alfie_mum so lovely to see Alfie back in the chair today, six months and no fillings! 🦷", True),
        ("@marcus_l proud of you Marcus, undetectable two years running. See you at the clinic in June", True),
        ("@aine_k thank you for your review Aine. We're sorry your appointment for the coil fitting ran late, we'll book your next one as the first slot", True),
        ("@claire_bea so lovely to get your message Claire, I still remember you in birth suite, 30 hours and still smiling", True),
        ("@rob_k if your knee still hurts after 6 weeks, ask at your next visit about physio", False),
        ("@jen_o see you at your 6 week check Jen!", False),
        ("@kim_bakes undetectable = untransmittable, please share this, it saves lives", False),
        ("@sally_rn I said six weeks for the rota swap, not six months 😂", False),
        ("@dr_ahmed great talk, since we started the audit our sepsis times are way down", False),
        ("@lou_t some people say their scar is healing nicely after a week, everyone's different", False),
        ("@mike_p check your BP at home and bring the readings to your own GP", False),
        ("@anna_w I'll see you in 2 weeks at the conference, can't wait!", False),
    ],
)
def test_the_authors_own_care_in_the_first_person(text: str, flagged: bool) -> None:
    assert (RULE in fired(PhiReplyDisclosure(), text)) is flagged


# A post that thanks or greets someone by name is a reply in all but form (a quote-post, a
# Facebook post thanking a reviewer). Hard negatives: thanks to a colleague, a shop, a
# stranger with no care confirmed, or care with no name.
@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Thanks for the lovely words Aidan, so good to see you back on the pitch after the ankle surgery!", True),
        ("Thank you Priya for the recommendation! It was a pleasure sorting your wisdom teeth, you were so brave", True),
        ("Thanks Denise! So glad the new crowns are working, see you at your 6 month check 😁", True),
        ("Thanks so much for the 5 stars Carl! Great to see you back at work after your hernia repair", True),
        ("Thanks Maeve for the teaching session on knee surgery, your slides were brilliant", False),
        ("Thank you Tesco for the free coffee on nights, the hip team salutes you", False),
        ("Thanks for the question Ben, a knee replacement usually takes 6-12 weeks to settle", False),
        ("Thanks everyone for the birthday wishes, the knee is holding up after my own op 😅", False),
        ("Great to see you back at work after your hernia repair", False),
    ],
)
def test_posts_that_speak_to_someone_by_name(text: str, flagged: bool) -> None:
    assert (RULE in fired(PhiReplyDisclosure(), text, kind="post", reply_to=None)) is flagged


# From train misses (fourteenth session): a care-confirming reply that names a therapy the
# person attends, a unit or clinic whose name says the condition, an inhaler by its job, a
# child's repair, glasses or a long-term condition; and a handle's possessive. Hard
# negatives: the same words with no care confirmed, or said of everyone.
@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("@ciara_runs_ brilliant work at physio this morning Ciara, see you Thursday 💪", True),
        ("@frank_obrien so lovely to see you at the memory clinic today Frank, see you in March", True),
        ("@tess_k_ Tess keep the preventer going twice a day like we said at your review", True),
        ("@mags_d_ so glad the new glasses are working for you Mags, see you next year for your check", True),
        ("@lily_mum_ how's Lily's cleft lip repair settling? lovely to see you both in clinic", True),
        ("so proud of @jay.runs's knee recovery, great to see you back at the club after your op with us", True),
        ("@ciara_runs_ which physio do you go to? looking for one near Galway", False),
        ("@dr_kemi great talk at the memory clinic open day, the slides were brilliant", False),
        ("@tess_k_ most people with asthma need their preventer every day, not just when wheezy", False),
        ("@mags_d_ love the new glasses in your profile pic!", False),
    ],
)
def test_therapies_condition_units_and_handles_in_care_confirming_replies(
    text: str, flagged: bool
) -> None:
    assert (RULE in fired(PhiReplyDisclosure(), text)) is flagged


# From train misses of the sixth blind-written round (fifteenth session): care the author gave
# said in the first person ("I didn't fix that knee for fun", "your repair was
# straightforward", "I've made a note on your file"), the visit itself ("you attended our
# clinic", "since Tuesday's session", "you were in for a ..."), a medicine ready to collect,
# a course of treatment counted out, the end-of-treatment bell and a VBAC. Hard negatives:
# the same words about a friend's news, a colleague, an idiom, or everyone.
@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("@deano_lifts no squats yet mate, I didn't fix that knee for you to wreck it in a week", True),
        ("@sue_p_ your gallbladder op was textbook, see you at the 6 week review", True),
        ("@mick_t sorry the spinal headache was so grim. I've made a note on your file for next time", True),
        ("@jaz_m_ how's the shoulder since Tuesday's session? keep up the band work", True),
        ("@karen_j4 you were in for a migraine, not a stroke, that's why you waited", True),
        ("@uncle_teo your insulin ready already, can come collect after 4 ya", True),
        ("@rhi_jones_ 6 weeks of rehab done and that hip is flying, so glad", True),
        ("@moira_b_ so lovely to see you ring that bell today, the whole unit cheered", True),
        ("@kate_and_finn congrats! so glad the VBAC went the way you hoped, honoured to be your midwife", True),
        ("@deano_lifts I fixed the squat rack at the gym, no excuses now 😂", False),
        ("@sue_p_ your talk was textbook, best session of the conference", False),
        ("@jaz_m_ how was Tuesday's session at the conference? sorry I missed it", False),
        ("@karen_j4 you were in for a treat at that concert, jealous!", False),
        ("@uncle_teo your table is ready now, come collect your cake at 4", False),
        ("@rhi_jones_ 6 weeks of rehab is the usual after an ACL, ask your physio about your plan", False),
        ("@moira_b_ ring the bell at reception when you arrive for the open day", False),
    ],
)
def test_round8_first_person_care_visits_and_courses_told_back(text: str, flagged: bool) -> None:
    assert (RULE in fired(PhiReplyDisclosure(), text)) is flagged


def test_round8_a_posts_verdict_on_a_named_persons_operation() -> None:
    text = "Thank you for the kind words, Chief Okoro. Your hernia repair was straightforward 🙏"
    assert RULE in fired(PhiReplyDisclosure(), text, kind="post", reply_to=None)


# Session 16, from train misses: the author's knowledge of the visit or the record said in
# other words (praise as a patient, "you were seen", "I can see your results", "I remember
# you", "I spent 25 min with you", a relative in one of the author's beds, the person's session
# or review as the author saw it, missed at the author's group, thanks for words about the person's own operation, "we spotted", an apology for the
# wait, a before-and-after, "all booked", "keep coming to the clinic", "bring it to clinic",
# "I'll pop up to the ward"), readings and diaries kept for the author, braces or stitches
# coming off on the author's plan, a check film read. Hard negatives: the same confirmations
# with no health detail named, and the health words said to a stranger or a colleague.
@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("@rob_k thanks for being such a patient patient Rob, hope the shoulder settles fast", True),
        ("@gail_m you were seen within the hour for your ankle, I'm sorry the cast room was slow", True),
        ("@tina_o Tina I can see your bloods on the system, the thyroid is much better", True),
        ("@fergal_b I remember you Fergal! how's the knee after all that?", True),
        ("thank you @sue_ryan for the lovely words about your hip replacement, the ward loved it", True),
        ("@ken_w so glad you're well, we only noticed the clot on your scan because of the calf", True),
        ("@lou_b so sorry about the wait for your knee scan, we've moved you up the list", True),
        ("@mel_skin your before and after from the peel is gorgeous, thank you for sharing", True),
        ("@jj_runs the physio for your knee is all booked, see you Monday", True),
        ("@abdi_h the asthma inhaler takes a week to settle, keep coming to the clinic", True),
        ("@pam_r yes bring your glucose diary to clinic, it helps a lot", True),
        ("@sean_t good luck with your hernia op tomorrow, I'll pop up to the ward to see you after", True),
        ("@amira_k your sugar readings look much better this week 👍", True),
        ("@kyle_d your stitches can come out on Friday, ring us to book it", True),
        ("@maria_t the fracture looks well healed on the follow-up x-ray, back to netball!", True),
        ("@rev_kate you called me rushed: I spent 30 minutes with you and explained your scan twice", True),
        ("@aoife_k your dad was a gentleman in bed 4, mind that knee now he's home", True),
        ("thanks Tom! your first physio session went brilliantly, the shoulder is already freer", True),
        ("Hi Gail, the filler can bruise for a week, yours looked exactly as expected at follow-up x", True),
        ("@kev_d Kevin you were an hour late and still seen for your knee review. A thank you would do", True),
        ("missing you at the cardiac rehab class @bernie_w! hope the new valve is behaving", True),
        ("@sue_t your mam was in bed 4 on the cruise ship, she told everyone at the bar 😂", False),
        ("@lisa_k your session went great at the conference, the slides were brilliant", False),
        ("@mikeyboy ha, you were the best-behaved patient I had all weekend. Take it easy!", False),
        ("@renee_g thanks for being such a brilliant patient over the years, we'll miss you", False),
        ("@kelly_reviews you were seen on Tuesday for 11 minutes, which is the slot you booked", False),
        ("@ngaire_k thanks for the kind words about the department! we pass them on to the team", False),
        ("@dr_sam I remember your talk on knee pain, the slides were brilliant", False),
        ("@ana_p if your stitches come out early, ring your own GP practice", False),
        ("@the_reg_ha cheers, the cast comes off friday! never let me near a trampoline again", False),
        ("@pete_runs bring your own water to the 10k, the stations run dry", False),
    ],
)
def test_session16_confirmations_readings_and_check_films(text: str, flagged: bool) -> None:
    assert (RULE in fired(PhiReplyDisclosure(), text)) is flagged


# Seventeenth session (round-8 train misses): comments under a clinic's page and replies that
# date the visit, count the sessions missed, give a bad review's reason, name fertility care or
# a pregnancy condition, tell a child's result to the parent, say the person's picture is in
# the author's teaching, or recall the birth or the anaesthetic. Hard negatives: a friend
# bumping into someone, the GP practice as "the surgery", a test said of everyone, a bare
# refill, a colleague's slides.
@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Mr Adeyemi, you attended on 3 May with a cracked molar and refused the extraction", True),
        ("Hi Kevin, as you know you missed three of your six sessions for the shoulder", True),
        ("Leaving one star because we wouldn't hand over another early codeine refill. Wow.", True),
        ("To the lady who left us 1 star because her filling 'hurt': it was a root canal, madam", True),
        ("Congratulations Niamh!! after everything you went through with us, the egg collections 💕", True),
        ("Congrats to you both! After all those GDM appointments with me, so glad she made it to 39 weeks", True),
        ("Hi Orla! Yes you were in with me this morning, a bit of soreness for 2-3 days is normal", True),
        ("Hi Keisha, your mom's insulin pens came in this morning, we've put them aside for her 👍", True),
        ("Thank you Carla! So happy you beat that dental phobia - 4 fillings and not a tear 😂 see you in 6 months!", True),
        ("Great to connect Fiona! Last time we met you were fast asleep under anaesthetic 😂", True),
        ("So proud of you Shauna! From the incubator with the feeding tube to school, I'll never forget those nights with her", True),
        ("Sir, your son was given the correct dose of his antibiotic, it's a different manufacturer", True),
        ("Lovely to bump into you at parkrun! see you at your next appointment 😊", False),
        ("You're welcome! See you at the surgery Thursday 👍", False),
        ("Mr Ramdeen you are most welcome! See you when you come back in for your refill next month 😊", False),
        ("Congratulations!! 20 weeks already 💕 the anomaly scan is such a lovely milestone", False),
        ("Thank you for the 5 stars Aisha, it was lovely to meet you 😊", False),
    ],
)
def test_session17_comments_reviews_and_visits(text: str, flagged: bool) -> None:
    assert (RULE in fired(PhiReplyDisclosure(), text, kind="comment")) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("@dazza_fc89 haha mate your X-ray's on my teaching slides now (name off obvs) 😂", True),
        ("@lindz yes that's your scar in my presentation 😊 it healed beautifully", True),
        ("@jo_b your before and after is going on our page next week, thanks again!", True),
        ("@mike_p haha yes that was you! best guess-the-X-ray answer ever 🔩 how's it healing?", True),
        ("@katie.lou is this the same wee one I delivered 3 years ago?? 😭", True),
        ("@nour.e your aligner case is one of my favourites 😍 send a selfie when the attachments come off!", True),
        ("@kezza_mum like we said at his appointment, go up to 1 sachet of the movicol twice a day", True),
        ("@dr_lee your slides on sepsis are in my teaching folder now, brilliant talk", False),
        ("@sam_k your photos of the hike are on my feed now 😍", False),
        ("@sam_k your photos are on my page now, what a day 😍", False),
        ("@amy_r the 20 week scan is always a lovely milestone, enjoy it!", False),
    ],
)
def test_session17_replies_shown_in_teaching_births_and_doses(text: str, flagged: bool) -> None:
    assert (RULE in fired(PhiReplyDisclosure(), text)) is flagged


@pytest.mark.parametrize(
    ("text", "reply_to", "flagged"),
    [
        ("please don't worry, his platelets were 68,000 this morning, better than yesterday 🙏", "Arjun's mom", True),
        ("Zara's mum, her bloods came back fine and the jaundice is settling", None, True),
        ("please don't worry, the lab is open till 8 and results come by text", "Arjun's mom", False),
        ("his bloods were fine in the end, good call", "dr_amy", False),
    ],
)
def test_session17_a_childs_result_told_to_the_parent(
    text: str, reply_to: str | None, flagged: bool
) -> None:
    assert (RULE in fired(PhiReplyDisclosure(), text, kind="comment", reply_to=reply_to)) is flagged
