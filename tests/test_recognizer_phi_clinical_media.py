"""phi_clinical_media: captions describing patients, boards, wristbands, charts, screens, scans."""

from __future__ import annotations

import pytest

from classifiers.recognizers.phi_clinical_media import PhiClinicalMedia
from scanner.models import Media
from tests.recognizer_helpers import fired

RULE = "phi.clinical_media"
IMAGE = (Media("image", path="media/1.jpg"),)

# fmt: off
POSITIVES = [
    "pic of today's board 😂 look at the names",
    "look at this wristband, they spelled it wrong again lol",
    "Check out this CT from tonight 😳",
    "Screenshot of the list lol what a night",
    "snapped the handover sheet for you all, absolute carnage today",
    "look at the size of this guy's hernia 😳 (pic from the OR today)",
    "Here's his x-ray, you can literally see the nail 🙈",
    "photo of the obs chart from bed 6, BP all over the place tonight",
    "this wristband tho 😭 DOB 1931 and still flirting with every nurse",
    "the state of this leg ulcer 📸 from my patient this morning",
]
POSITIVES_WITH_IMAGE = [
    "tonight's board, spot the theme",
    "Our patient's tattoo from this morning 😂",
]
NEGATIVES = [
    "New whiteboard in the staff room, finally",
    "Studying for my board exam tonight",
    "Pic of my dog waiting for me after nights 🐶",
    "Screenshot of the new rota, who made this",
    "Great infographic on sepsis recognition, please share",
    "Here's the poster from our audit at the conference 📸",
    "Photo of the team at the Christmas party!",
    "Waiting list is 18 months for hips, this is not ok",
    "Look at this chart from the new study: mortality halved",
    "This x-ray is from a textbook, spot the diagnosis #FOAMed",
    "Shared with consent and name removed: her wound at 6 weeks, healing beautifully",
    "My own x-ray after falling off the bike, ouch",
    "Sim session today with the new manikin, pic below",
    "Reading list for new interns 👇",
    "Selfie with the best ICU team in the country",
]
# fmt: on


@pytest.mark.parametrize("text", POSITIVES)
def test_captions_of_patient_images(text: str) -> None:
    assert RULE in fired(PhiClinicalMedia(), text)


@pytest.mark.parametrize("text", POSITIVES_WITH_IMAGE)
def test_captions_with_an_attached_image(text: str) -> None:
    assert RULE in fired(PhiClinicalMedia(), text, media=IMAGE)


@pytest.mark.parametrize("text", NEGATIVES)
def test_harmless_pictures(text: str) -> None:
    assert RULE not in fired(PhiClinicalMedia(), text)


# The caption admits the identifiers are still in the picture; and captions that say they are not.
# fmt: off
LEAKS_ADMITTED = [
    "our first cardiac echo of the rotation, name cropped... mostly 😅 (pic)",
    "cracking fracture on this wrist film, DOB still visible in the corner, will delete later",
    "oops forgot to blur the wristband in yesterday's theatre selfie",
    "anyone seen a handover sheet with 30 names on it? left it in the lift",
]
LEAK_HARD_NEGATIVES = [
    "Teaching slide: a classic scaphoid fracture, all identifiers removed, shared with consent",
    "Reminder: blur names and DOBs before sharing any image, even in a closed group",
    "new whiteboard in the staff room, finally somewhere for the rota 🙌",
]
# fmt: on


@pytest.mark.parametrize("text", LEAKS_ADMITTED)
def test_captions_that_admit_the_details_are_visible(text: str) -> None:
    assert "phi.clinical_media" in fired(PhiClinicalMedia(), text)


@pytest.mark.parametrize("text", LEAK_HARD_NEGATIVES)
def test_de_identified_and_advice_captions(text: str) -> None:
    assert "phi.clinical_media" not in fired(PhiClinicalMedia(), text)


# "pictured" as imagining is no picture; a published or teaching-file image is no patient's.
@pytest.mark.parametrize(
    "text",
    [
        "Smiled at the mum and pictured her face if I told her the wait was 9 hours 😬",
        "Image of the week from a published case report: a fork in the oesophagus on CT 😳",
        "today's pic from the open-access teaching file: a bullet in the skull on CT lol",
    ],
)
def test_round4_imagined_and_published_pictures(text: str) -> None:
    assert fired(PhiClinicalMedia(), text) == set()


def test_round4_a_picture_pointer_still_counts() -> None:
    assert fired(PhiClinicalMedia(), "pic of tonight's x-ray, look at his femur 😳")


# A photo of the author with a patient (or what came out of one), and the look-alikes: the
# team, a mentor, the author's own child, a picture of lunch.
@pytest.mark.parametrize(
    "text",
    [
        "Me and the 20lb ovarian cyst we took out this afternoon 😳 #gynae",
        "me and the lad who nail-gunned his own thumb, best patient of the week 😂 #trauma",
        "me and my favourite patient doing the jigsaw before discharge 🥰",
        "my fave patient of the day gave me a wave from the recovery bay (pic)",
        "Screenshot of our track board right now, 58 in the department and 11 on trolleys 📸",
    ],
)
def test_round4_photos_with_patients(text: str) -> None:
    assert RULE in fired(PhiClinicalMedia(), text)


@pytest.mark.parametrize(
    "text",
    [
        "Me and the guy who taught me to suture, 20 years on #surgery",
        "me and the team after a 14 hour list, shattered",
        "Me and my boy at his first match ⚽",
        "pic from today's lunch 😅 four hernias later and theatre still beat me to the canteen",
    ],
)
def test_round4_photos_without_patients(text: str) -> None:
    assert fired(PhiClinicalMedia(), text) == set()


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Tonight's handover list 📋 not a spare bed in the house", True),
        ("Screenshot from the PACS tonight 😳 look at that kidney stone! name blurred (mostly lol)", True),
        ("@jen_k yes send me the photos of the rash tonight and I'll let you know if you need to come in", False),
        ("Today's rota 📋 who wants to swap my Christmas?", False),
    ],
)
def test_round4_board_titles_leaks_and_pictures_asked_for(text: str, flagged: bool) -> None:
    assert (RULE in fired(PhiClinicalMedia(), text)) is flagged


def test_round4_a_picture_from_a_patient_earlier() -> None:
    text = "Here's the X-ray from the lad on the quad bike earlier, what a mess"
    assert RULE in fired(PhiClinicalMedia(), text)


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Screenshot of the ED tracker at 2am, 19 waiting for beds 📸", True),
        ("Photo of the wristband because she insists she's 21 again 🥳", True),
        ("Took a selfie with the twins I delivered last night, so proud", True),
        ("Caught the moment Dad met his preemie for the first time in NICU today 📷", True),
        ("Screenshot of the new rota app, finally something that works", False),
        ("My own X-ray after falling off the bike, two broken ribs 🚲", False),
        ("Shoutout to my gran, 88, who taught the whole family to bake over video call today", False),
    ],
)
def test_round4_photo_and_screen_descriptions(text: str, flagged: bool) -> None:
    assert (RULE in fired(PhiClinicalMedia(), text)) is flagged


# Round 5 (blind-written captions): the caption says a patient's details are in the shot, the
# ward board is behind the author, or a patient's record sits in the author's own picture.
@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Gorgeous AP pelvis this morning 😍 name and DOB on there but what a film #radiography", True),
        ("Consultant's last night shift! don't mind the whiteboard behind us, it's been carnage", True),
        ("coffee selfie before clinic (feat. my patient's drug chart on the desk oops)", True),
        ("Ultrasound from the Tuesday list, MRN still visible top right but look at that gallstone", True),
        ("Bite from a neighbour's dog yesterday, forearm wound pic in the comments", True),
        ("Sheet of today's post-op list, names all up to date for once #theatres", True),
        ("My name's on the board for the charity bake-off, come along Friday!", False),
        ("Board game night with the night team, pic below 🎲", False),
        ("Ignore the mess behind me lol, the new kitchen is finally in", False),
        ("Tip: read your own prescription label every time, check the name and the dose", False),
        ("Staffing isn't a diagnosis, it's a system problem with every patient's name on it", False),
        ("Our new tracking board goes live Monday, demo video below", False),
    ],
)
def test_round5_details_in_the_shot_and_boards_behind(text: str, flagged: bool) -> None:
    assert (RULE in fired(PhiClinicalMedia(), text)) is flagged


# Round 5 false alarms: a picture of the author or the team, a staff board, a group chat, an
# awareness stand, or one said to show no patient.
@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("surgeon took an hour to close today 🙄 pic of me still scrubbed at 9pm", False),
        ("Group chat screenshot: 'who has my stethoscope' 'not me' 😂 nights are feral", False),
        ("Our ward whiteboard now has a 'HCA of the month' slot, today's winner in pic 🏆", False),
        ("Photo from our burns-awareness stand at the county show today, keep kids away from the BBQ", False),
        ("Pic of the new MRI scanner arriving today, no patients, just a very big magnet 🧲", False),
        ("screenshot of today's ward list for the group chat, look at bed 8's allergies lmao", True),
    ],
)
def test_round5_pictures_of_staff_chats_and_stands(text: str, flagged: bool) -> None:
    assert (RULE in fired(PhiClinicalMedia(), text)) is flagged


# Fifteenth session (train misses of the sixth blind-written round): carousels ("swipe to
# see"), a record said to be still on the picture, and a record left to the zoom.
@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("the ward board at 4am, a masterpiece of crossings-out 😂 swipe →", True),
        ("swipe to see the handover list from tonight, colour coded within an inch of its life", True),
        ("Swipe for the CT from this morning, the fragment is right next to the aorta 😳", True),
        ("Swipe to see our new break room, the team painted it themselves 🎨", False),
        ("swipe for the rota board for December, pray for me", False),
        ("grand round slides are up and his label's still on it, gulp", True),
        ("sticker's still on the pic if you look closely, oops #radiography", True),
        ("only the MRN and DOB left in the corner, name cropped 🙃 look at that scaphoid", True),
        ("My label's still on the pic of my own knee MRI, who cares, it's my knee", False),
        ("The Christmas tree is still on the pic from last year, time for a new banner", False),
        ("Ward board at the end of a long one. Don't zoom in 😅 #nightshift", True),
        ("the patient list for tomorrow's clinic, if you zoom in you'll see why I'm crying", True),
        ("Our new rota board is up! Don't zoom in, it's grim for December", False),
        ("Photo of the team after the marathon, don't zoom in on my face 😂", False),
    ],
)
def test_round6_carousels_records_left_on_the_picture_and_zoom(text: str, flagged: bool) -> None:
    assert (RULE in fired(PhiClinicalMedia(), text)) is flagged


# Seventeenth session (train misses and false flags of the eighth blind-written round): a film
# shared with its label on, a monitor behind a dance video, a clinic's before-and-after, a
# record tied to the shift or a case tied to the week and the age; and "photo" inside
# "phototherapy", the author's own child, a board said to carry no names.
@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("sharing the ECG from tonight's casualty duty, sticker and all 😅 look at those ST changes", True),
        ("the CXR from resus this morning, wristband and all, spot the pneumo", True),
        ("sharing the x-ray from this morning's fracture clinic, look at his wrist 😳", True),
        ("Sharing the results of our audit today, thanks all 📊", False),
        ("Sharing the ECG from a textbook, spot the STEMI #FOAMed", False),
        ("filmed a lil dance at the nurses' station 💃 ignore bed 4's monitor alarming in the background", True),
        ("tiktok from the ward, ignore the patient in the background 🙈", True),
        ("filmed our team dance for the charity day 💃 ignore the mess in the background", False),
        ("This 3-session peel took her melasma from THIS to THIS 😍 book now, link in bio", True),
        ("before and after of her acne after 4 sessions with us 😍 #skinclinic", True),
        ("before and after of my own acne journey, 2 years of tretinoin", False),
        ("Before & after (shared with our patient's written consent 🙏) 10 veneers, 2 appointments", False),
        ("Night shift handover sheet 🫠 if you can read my handwriting you deserve a medal. pic below", True),
        ("day shift patient list, pic below, colour coding gone feral", True),
        ("Derm quiz! This rash turned up at my clinic this week on a 9yo. Photo in comments 👇", True),
        ("Derm quiz! Classic textbook rash, photo from the open-access atlas 👇", False),
        ("Congrats Sophie! Re the jaundice, phototherapy at 250 on day 4 is under the line for a term baby", False),
        ("Swipe ➡️ our son's tiny hand on his first day in NICU, 7 years ago today 💙", False),
        ("Our new baby board is up 🍼 No names, just cot numbers and feed magnets. pic below 👇", False),
    ],
)
def test_round8_shared_films_backgrounds_before_afters_and_ties(text: str, flagged: bool) -> None:
    assert (RULE in fired(PhiClinicalMedia(), text)) is flagged
