"""Patients named or initialled in a clinical context: "Mr D in bed 12", "JK, 45M", "pt Mary Walsh".

A title with a surname or an initial is how clinicians write about patients on the ward; it is
also how UK and Irish surgeons are addressed ("great list with Mr Kelly"), and how pop culture
talks ("Mr Bean"). So a name only counts next to something that makes it a patient (a bed, a
complaint, an age, "pulled his line out") and not next to colleague words (consultant, list,
teaching, thanks). Full names come from spaCy's PERSON entities, and only when a strong
patient cue sits in the same sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from classifiers import anchors, cues, nlp
from classifiers.base import PostContext, Recognizer
from classifiers.findings import Finding
from classifiers.rules import PHI_NAME
from scanner.models import Post

_SURNAME = r"(?:O'|Mc|Mac|Ní\s|Ó\s|Nic\s)?[A-Z][a-z'’]+(?:-[A-Z][a-z]+)?"
TITLE_NAME = re.compile(
    rf"\b(?:Mr|Mrs|Ms|Miss|Mx|Mstr|Master|Madam|Frau|Herr|Señora|Señor|Sra|Sr|Madame|Monsieur|Mme|Fr|"
    rf"Mevrouw|Meneer|Signora|Signor)\.?\s+(?P<name>[A-Z]\.?(?![\w'])|{_SURNAME})"
)
INITIALS = re.compile(
    r"\b(?:pt|patient|Pt|Patient|PT)\s+(?P<a>[A-Z]\.?\s?[A-Z]\.?)(?!\w)"
    # (initials then an age word: "signed 'J.T., age 16'")
    r"|\b(?P<d>[A-Z]\.[A-Z]\.?|[A-Z]{2}),?\s+(?i:age|aged)\s+\d{1,3}\b"
    r"|\b(?P<b>[A-Z]\.?[A-Z]\.?),?\s*\(?\d{1,3}(?:\s?(?:[MF]|y/?o|yo|yrs?)\b|\s*,|(?<=\(\d)\)|(?<=\(\d\d)\))"
    r"|\b(?P<c>[A-Z]{2})\s+(?:in|from)\s+(?:bed|room|bay|cubicle|cube|side\s?room)\s*\d"
)
_NOT_INITIALS = frozenset(
    {
        "ED",
        "ER",
        "OR",
        "GP",
        "ICU",
        "IV",
        "PE",
        "MI",
        "UK",
        "US",
        "AE",
        "CT",
        "DR",
        "NG",
        "OK",
        "ST",
        "AF",
        "TV",
        "MD",
        "RN",
        "MR",
        "PT",
        "DM",
        "IM",
        "IO",
        "OT",
        "SN",
        "AM",
        "PM",
        "EM",
    }
)
POP_CULTURE = re.compile(
    r"\bM(?:r|rs|s)\.?\s+(?:Bean|Men|Blobby|Motivator|Right|Brightside|Tumble|Potato|Freeze|"
    r"Incredible|Darcy|Bennet|Robinson|Doubtfire|Hudson|Brown'?s|Miyagi|Rogers|Burns|Smith\s+Goes|"
    r"Universe|World|Clean|Sheen|Sandman|Worldwide|Nobody|Whippy|Kipling|Muscle|Bump|Benn)\b"
)
PATIENT_CONTEXT = re.compile(
    r"\b(?:bed|room|bay|cubicle|side\s?room|stretcher|trolley|hallway|corridor|pt|patient|client|"
    r"caseload|care\s+home|nursing\s+home|hospice|dialysis|chemo|turned\s+\d+|"
    r"admitted|discharged|pulled|climbed|fell|"
    r"confused|delirious|dementia|wandering|absconded|buzzer|call\s?bell|obs|sats|BP|GCS|NEWS|"
    r"pain|chest\s+pain|sepsis|septic|fracture|#NOF|NOF|stroke|MI|DNR|DNACPR|palliative|"
    r"family|relatives|daughter|son|wife|husband|NOK|catheter|cannula|line|drip|NG|PEG|"
    r"bloods|scan|CT|MRI|x-?ray|ECG|EKG|STEMI|op|surgery|post-?op|ward|resus|ED|A&E|ICU|HDU|clinic|"
    r"in\s+\d{1,3}|is\s+back|(?:Zimmer|Bett|chambre|lit|cama|habitaci[oó]n|kamer|letto)\s*\d+|"
    r"y/?o|yo|years?\s+old|died|passed|crashed|arrested|intubated|vomit\w*|bleed\w*|"
    r"complain\w*|refus\w*|again|tonight|this\s+(?:morning|afternoon|arvo|evening)|last\s+night|today|"
    r"came\s+in|"
    r"in\s+for\s+(?:her|his|their)|smear|check[\s-]?up|appointment|rm\s*\d+|visitors|NBM|"
    r"nil\s+by\s+mouth|born\s+(?:on\s+)?(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+\w+\s+(?:19|20)\d\d)\b|"
    r"\b\d{1,3}\s?[MF]\b",
    re.IGNORECASE,
)
COLLEAGUE_CONTEXT = re.compile(
    r"\b(?:consultant|surgeon|registrar|reg|SHO|FY1|FY2|intern|resident|attending|fellow|"
    r"professor|prof|colleague|boss|mentor|trainer|teaching|taught|teach|lecture|talk|list\s+with|"
    r"operating\s+with|assisting|assisted|scrubbed\s+with|theatre\s+with|thanks?|thank\s+you|"
    # ("you're so welcome" answers a patient's thanks; it welcomes no colleague)
    r"congrat\w*|welcome(?!\s*(?:[,.!]|$|anytime|any\s+time))|retire\w*|farewell|award|promoted|"
    r"appointed|"
    r"new\s+role|"
    r"well\s+done|legend|inspiring|shout[\s-]?out|grateful|honou?red|clerk|porter|HCA|"
    r"housekeeper|receptionist|secretary|manager|staff\s+room|colleagues?|our\s+new|fundrais\w*|"
    r"volunteer\w*|charity\s+shop|hospice\s+shop)\b",
    re.IGNORECASE,
)
# strong cues for the spaCy path: a full name is only a patient's with one of these nearby
STRONG_PATIENT = re.compile(
    r"\b(?:pt|patient|admitted|discharged|in\s+bed|in\s+room|in\s+bay|y/?o|yo|years?\s+old|"
    r"DOB|MRN|diagnosed|her\s+diagnosis|his\s+diagnosis|was\s+brought\s+in|came\s+in|"
    r"presented|DNR|passed\s+away\s+on\s+the\s+ward|my\s+patient|our\s+patient|care\s+for|"
    # a named regular: "Karen Hollis back in the ED for the 6th time this month"
    r"back\s+in\s+(?:the\s+)?(?:ED|ER|A&E|resus|majors|clinic|ward)|for\s+the\s+\d+(?:st|nd|rd|th)\s+"
    r"time\s+this\s+(?:week|month|year)|"
    r"caring\s+for|"
    r"looked\s+after|looking\s+after|operated\s+on|treated)\b|\b\d{1,3}\s?[MF]\b|,\s*\d{1,3}\s*,",
    re.IGNORECASE,
)
# A first name on its own ("Gary in bed 9", "my patient Dot", "little Cian from Mallow") is a
# patient's name when the sentence frames it as one: the structures below do that without a
# list of names. ``_NOT_A_NAME`` keeps capitalised ordinary words ("Bed", "Resus", "Today") out.
_FIRST = r"(?P<name>[A-ZÀ-Þ][a-zà-ÿ'’]{2,}(?:\s+[A-Z]\b\.?)?)"
# Kin titles of respect that many clinicians put before or after a patient's first name
# ("Lola Remedios", "Mang Tonyo", "Mama Ngozi", "Hajja Samia"; "Ramesh bhai", "Ramesh uncle"):
# with the author's own "my" they are family (``_first_name_tied``). Not "ji", which follows a
# surname, a title or a role as readily as a first name ("Sharma ji", "Doctor ji").
KIN_BEFORE = (
    r"(?:Lola|Lolo|Tita|Tito|Mang|Aling|Kuya|Ate|Nanay|Tatay|Mama|Baba|Gogo|Mzee|Bibi|Babu|"
    r"Uncle|Aunty|Auntie|Hajja|Hajjah|Hajji|Haji)"
)
KIN_AFTER = r"(?:bhai|bhaiya|didi|uncle|aunty|auntie|amma|dada|dadi|nani)"
# The same titles, lower-case, after "patient": "my favourite patient uncle Rashid".
_PATIENT_KIN = (
    r"(?:uncle|aunty|auntie|nana|granny|grandad|mama|papa|lola|lolo|tita|tito|kuya|gogo|mzee)"
)
FIRST_NAME_FRAMES = (
    (
        "name.my_patient",
        re.compile(
            r"\b(?:[Mm]y|[Oo]ur)\s+(?:(?:\w+|\w+-\w+)\s+){0,2}?(?:patient|pt|client|resident|"
            r"service\s+user|"
            # a kin title of respect before the name: "my favourite patient uncle Rashid"
            rf"regular)\s+(?:{_PATIENT_KIN}\s+)?{_FIRST}"
        ),
        0.82,
    ),
    (
        "name.bed",
        re.compile(
            rf"\b{_FIRST}(?:\s+{KIN_AFTER})?(?:\s+(?:in|on|from)\s+(?:bed|room|bay|cubicle|cube|ward|side\s?room)\s*"
            rf"\d{{1,3}}|\s*[(,]\s*(?:bed|room|bay|cubicle|cube|side\s?room)\s*\d{{1,3}}\s*[),])"
        ),
        0.85,
    ),
    ("name.little", re.compile(rf"\b(?:[Ll]ittle|[Ww]ee|[Bb]aby)\s+{_FIRST}"), 0.75),
    (  # "Mang Tonyo ... may TB", not "my Tita Lorna" nor "Mama Bears Against Toxins"
        "name.kin_title",
        re.compile(rf"(?<![Mm]y\s)(?<!['‘\"“])\b{KIN_BEFORE}\s+{_FIRST}(?!\s+[A-Z][a-z])"),
        0.75,
    ),
    ("name.kin_suffix", re.compile(rf"\b{_FIRST}\s+{KIN_AFTER}\b"), 0.75),
    (
        "name.from_place",
        re.compile(
            rf"\b{_FIRST}(?:\s+(?:bhai|ji|aunty|auntie|uncle|nana))?\s+(?:from|at)\s+(?:the\s+|our\s+)?"
            r"(?:[A-Z][\w'’-]+|chippy|pub|shop|garage|bakery|farm|care\s+home|nursing\s+home|"
            r"surgical\s+ward|medical\s+ward|ward|school)"
        ),
        0.75,
    ),
    (
        "name.home_after",
        re.compile(
            rf"\b{_FIRST}\s+(?:is|was|went|got)\s+(?:home|back\s+home|out|discharged)\s+"
            rf"(?:(?:today|yesterday|tonight|this\s+(?:morning|afternoon|week))\s+)?(?:after|from|following)\b"
        ),
        0.78,
    ),
    (
        "name.possessive_care",
        re.compile(
            rf"\b{_FIRST}'s\s+(?:new\s+|first\s+|latest\s+)?(?:dentures|teeth|wisdom\s+teeth|hip|knee|"
            r"scan|x-?ray|bloods|results|op|operation|surgery|wound|stitches|cast|stoma|chemo|"
            r"diagnosis|biopsy|baby|delivery|labou?r|fracture|ankle|wrist|shoulder|(?:leg\s+|foot\s+)?ulcer|"
            r"burns?|scar|eczema|psoriasis|transplant|recovery|rehab|"
            r"treatment|dialysis|insulin|meds|medication|prescription|blister\s+pack|pacemaker|"
            r"stent|cataract)\b"
        ),
        0.8,
    ),
    (
        "name.told",
        re.compile(
            rf"\b(?i:tell|told|telling|diagnosed|discharged|admitted|treated|congratulations\s+to|"
            rf"shout[\s-]?out\s+to|"
            rf"congrats\s+to|thank\s+you\s+to|thanks\s+to|vale|RIP|rest\s+easy|goodbye|"
            rf"happy\s+(?:\d+(?:st|nd|rd|th)\s+)?(?:birthday|bday)\s+to|"
            rf"welcome\s+to\s+the\s+world,?)\s+(?:to\s+)?"
            rf"(?:our\s+(?:\w+\s+)?|my\s+(?:\w+\s+)?|dear\s+|beautiful\s+|lovely\s+)?{_FIRST}"
        ),
        0.7,
    ),
    ("name.born_to", re.compile(rf"\b[Bb]aby\s+{_FIRST}\s+(?:was\s+)?born\b"), 0.8),
    (  # "Here's Maureen after her new knee", "Meet Oisín, 3 days old": a photo's subject by name
        "name.presented",
        re.compile(rf"(?:^|[.!?]\s+)(?:[Hh]ere'?s|[Mm]eet|[Ss]ay\s+hi\s+to)\s+(?:little\s+|baby\s+)?{_FIRST}\b"),
        0.72,
    ),
    (  # "a man named Derek", "this lady called Bridie": the sentence names the person it met
        "name.named",
        re.compile(
            r"\b(?:[Aa]n?|[Tt]his|[Tt]he|[Oo]ne|[Oo]ur|[Mm]y)\s+(?:[a-z]+\s+)?(?:man|woman|lady|gent|"
            r"gentleman|guy|bloke|fella|chap|lad|girl|boy|kid|child|baby|toddler|teen|teenager|patient|"
            rf"pt|resident|client|farmer|mum|dad)\s+(?:named|called)\s+{_FIRST}"
        ),
        0.78,
    ),
    (  # "Eight-year-old Maya, a second grader", "the 67-year-old Tomás from": age, then the name
        "name.aged",
        re.compile(
            r"\b(?:\d{1,3}|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|"
            r"fifty|sixty|seventy|eighty|ninety)(?:-(?i:one|two|three|four|five|six|seven|eight|"
            rf"nine))?)[\s-](?:year|month|week)s?[\s-]old\s+{_FIRST}(?=\s*,|\s+(?:from|who|was|is|"
            r"has|had|went|rang|came)\b)"
        ),
        0.75,
    ),
    ("name.born_to", re.compile(rf"\bborn\s+[^.!?]{{0,30}}?\bto\s+{_FIRST}"), 0.8),
    (  # a name read off a patient's record: "writing cot cards tonight and one of them says
        # Khaleesi-Rae", "the wristband said Bridget"
        "name.on_record",
        re.compile(
            r"\b(?i:cot\s+cards?|cot\s+labels?|name\s?bands?|wrist\s?bands?|bed\s+cards?|"
            r"name\s+cards?|birth\s+cards?)\b[^.!?\n]{0,40}?\b(?i:says|said|reads|read|named|for)\s+"
            rf"['‘\"“]?{_FIRST}"
        ),
        0.8,
    ),
)
# Conditions named after a person or pastime: "Runner's knee", "Athlete's foot", "Bell's palsy".
_EPONYM = re.compile(
    r"(?i:runner|jumper|golfer|tennis|athlete|surfer|swimmer|housemaid|clergyman|student|boxer|"
    r"skier|gamekeeper|nursemaid|tailor|weaver|miner|climber|thrower|bell|baker|farmer|hiker)'s\b"
)
# A patient named by their handle: "our favourite regular @sam_lifts", "a former patient of
# mine, @JonPerez". The handle is the name.
HANDLE_PATIENT = re.compile(
    r"\b(?:(?:[Mm]y|[Oo]ur)\s+(?:(?![Nn]ew\b)[\w-]+\s+){0,2}?(?:patient|pt|client|resident|regular)|"
    r"(?:patient|client)s?\s+of\s+(?:mine|ours))\s*,?\s+(?P<name>@(?![Dd][Rr])\w+)"
)
_NOT_A_NAME = frozenset(
    """bed room bay ward cubicle resus majors minors theatre today tonight yesterday the this
    that our my his her their patient patients nurse doctor sister staff team dept department
    hospital clinic surgery practice unit icu night nights shift morning evening mum dad
    god jesus christmas easter monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    one two three four five six seven eight nine ten first second third last next new
    everyone someone anyone nobody people folks guys all thanks thank sorry happy congrats
    congratulations well done great good love lovely proud glad delighted brave what when
    where who why how here there just still also and but for with from into onto some any
    mr mrs ms miss dr prof professor consultant reg registrar boss legend hero star
    he she they him them it its we us you your screenshot screengrab pic photo picture snap
    update shoutout throwback reminder english irish french spanish polish arabic chinese
    italian german portuguese urdu hindi tagalog okay same yes hello hey listen look
    bears""".split()
)
# A great age or a birthday said of the person: "is 100 tomorrow", "turned 104", ", 67,".
_GREAT_AGE = re.compile(
    r"\b(?:is|turns|turned|turning|was)\s+(?:1[01]\d|[89]\d)\b|,\s*(?:1[01]\d|[5-9]\d)\s*,|"
    r"\b(?:1[01]\d|9\d)(?:th)?\s+(?:birthday|years?\s+(?:old|young))\b",
    re.IGNORECASE,
)
# The named person's own care, after the name: "got her coeliac diagnosis", "came in for her
# weekly blister pack", "walked 10 steps after 6 weeks on ICU", "his first month on chemo".
_OWN_CARE = re.compile(
    r"\b(?:her|his|their)\s+(?:[\w-]+\s+){0,3}?(?:diagnosis|op|operation|surgery|chemo\w*|radiotherapy|"
    r"blister\s+pack|scan|transplant|treatment|meds|medication|insulin|dialysis|check[\s-]?up|rehab|"
    r"stay|cataract|stoma|ulcer|wound|ARVs|tablets|injection|jab|vaccine|results?|bloods|recovery|"
    r"cancer|tumou?r|stroke|diabetes)\b"
    r"|\b(?:after|following)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a\s+few)\s+"
    r"(?:days|weeks|months)\s+(?:on|in)\s+(?:the\s+)?(?:[A-Z][\w'’]+\s+)?(?:ICU|ITU|NICU|HDU|PICU|SCBU|"
    r"ward|hospital|dialysis|chemo|special\s+care)\b"
    r"|\b(?:on|through)\s+(?:(?:his|her|their)\s+)?(?:first\s+\w+\s+(?:of|on)\s+)?(?:chemo|dialysis|insulin)\b",
    re.IGNORECASE,
)
# Praise words that COLLEAGUE_CONTEXT counts ("congrats to", "thanks", "shout out"): said to a
# patient about their own care they do not make the name a colleague's, unless a staff word is
# there too ("congrats to Sarah on her first solo op", "thanks Nurse Kayla").
_PRAISE = re.compile(
    r"(?:congrat\w*|thanks?|thank\s+you|shout[\s-]?out|well\s+done|legend|inspiring|grateful|"
    r"honou?red)",
    re.IGNORECASE,
)
_STAFF_WORD = re.compile(
    r"\b(?:nurses?|doctors?|consultant|surgeon|registrar|reg|SHO|FY[12]|intern|resident|student|"
    r"colleagues?|team|shift|staff|HCA|porter|receptionist|midwife|pharmacist|manager|ANP|exams?|"
    r"qualified|promot\w*|award|retir\w*|solo|assisted|performed|covering)\b",
    re.IGNORECASE,
)
# A unit stay said of the named baby or patient ("97 days in Southmead NICU").
_UNIT_STAY = re.compile(r"\b(?:NICU|SCBU|PICU|neonatal\s+unit|special\s+care)\b", re.IGNORECASE)
_NOT_PATIENT_NAME = re.compile(
    r"\b(?:Dr|Doctor|Prof|Professor|Nurse|Sister|Consultant|@)\.?\s*$", re.I
)
_PERSON = frozenset({"PERSON"})
# A simulated patient or a manikin's name: "the skills lab mannequin 'Mr Chest'".
_SIMULATED = re.compile(
    r"\b(?:manikin|mannequin|dummy|skills\s+lab|sim\s+(?:lab|man|patient|actor)|simulat\w+|"
    r"standardi[sz]ed\s+patient)\b",
    re.IGNORECASE,
)
# A ward or a hospital named after a saint ("the nurses on St Anthony's"): no one's name.
_SAINT = re.compile(r"(?:St\.?|Saint)\s", re.IGNORECASE)
# What a multi-word PERSON entity looks like on the surface (spaCy tags nothing else as one).
_FULL_NAME_SHAPE = re.compile(
    r"\b[A-ZÀ-Þ][\w'’.-]*\s+(?:(?:de|van|von|da|di|le|la|O')\s+)?[A-ZÀ-Þ]"
)
_WINDOW = 60


# Care and conditions said of a named person that neither PATIENT_CONTEXT nor cues.HEALTH
# reads (session 16, from train misses): "Mrs Okafor finally got her hearing aid sorted",
# "Mrs Heneghan rang to say she's pregnant at 47", "Mama Ngozi ... for her ARVs", "Goodbye Kofi.
# 26, sickle cell". Read beside a title and surname, a kin title or a farewell only.
_NAMED_CARE = re.compile(
    r"\b(?:hearing\s+aids?|blood\s+pressure|pregnant|ARVs?|antiretrovirals?|viral\s+load|dressings?|"
    r"wheelchair|walking\s+frame|zimmer|inhalers?|blister\s+packs?|meds|medicines?|tablets|"
    r"prescriptions?|pills|insulin|Viagra|sickle\s+cell|cystic\s+fibrosis|(?:has|had|with)\s+(?:the\s+)?"
    r"sugar|oxygen\s+(?:tank|cylinder|concentrator))\b",
    re.IGNORECASE,
)
# A kin title beside these is a patient's ("eid mubarak to all my patients, especially Hajja
# Samia who came to the clinic", "Lolo Pedring ... passed this morning, I was with him until
# the end"), not an aunt's news.
_KIN_CARE = re.compile(
    r"\b(?:(?:my|our)\s+patients|(?:came|comes|coming)\s+(?:in)?to\s+(?:the|our|my)\s+(?:clinic|"
    r"health\s+cent(?:re|er)|RHU|ward|surgery|pharmacy)|passed\s+(?:away\s+)?(?:this|last|in|on|at)|"
    r"with\s+(?:him|her)\s+(?:until|till|to)\s+the\s+end|home\s+visit)\b",
    re.IGNORECASE,
)
_PATIENT_CONTEXT_LOWER = cues.for_lowered_text(PATIENT_CONTEXT)
_HEALTH_LOWER = cues.for_lowered_text(cues.HEALTH)
# The pre-check's patient words: the first two over the lower-cased text, the last over the
# text. The shared anchor pass names which can occur (searching all three cost 0.0022 CPU ms
# per post of the bench archive; most posts there hold none of the last two's words).
_CONTEXT = (_PATIENT_CONTEXT_LOWER, _HEALTH_LOWER, _NAMED_CARE)
_CONTEXT_ROUTER = anchors.AnchorRouter(_CONTEXT)


# Every alternative of the quick test needs a capital after the first character, except a
# first name opening the post ("Gary in bed 9"): most posts that have neither (clinical words
# strung together, all lower case) are dropped before the quick test runs.
_CAPITAL_AFTER_START = re.compile(r"[A-Z]")
_NAME_FRAME_AT_START = re.compile(
    r"[A-ZÀ-Þ][a-zà-ÿ]{2,}\s*[(,]\s*(?:bed|room|bay|cubicle|cube|side\s?room)\s*\d|"
    r"[A-Z][a-z]{2,}(?:'s\s|\s+(?:in|on|from|at)\s|\s+(?:is|was|went|got)\s+(?:home|out|back|"
    r"discharged))|[A-Z][a-z]{2,}\s+" + KIN_AFTER + r"\b"
)


def _praised_for_own_care(text: str, window: str, start: int, end: int) -> bool:
    """Whether the colleague words around a name are only praise (``_PRAISE``), with no staff
    word, for the person's own care just after it: "congrats to Frank who rang the bell after
    his last chemo" praises a patient; "congrats to Sarah on her first solo op" a colleague."""
    return (
        all(_PRAISE.fullmatch(c.group()) for c in COLLEAGUE_CONTEXT.finditer(window))
        and _STAFF_WORD.search(window) is None
        and _OWN_CARE.search(text, start, min(len(text), end + 100)) is not None
    )


# Frames where care words outside cues.HEALTH (``_NAMED_CARE``; ``_KIN_CARE`` for kin titles)
# tie the name to care.
_CARE_TIES = frozenset({"name.kin_title", "name.kin_suffix", "name.told"})
# Frames where a great age beside the name ties it to care ("Lola Remedios' 100th birthday").
_AGE_TIES = frozenset(
    {"name.bed", "name.from_place", "name.told", "name.kin_title", "name.kin_suffix"}
)


_INITIALS = 1  # the initials' place in ``PhiPatientName._QUICK``
_CAPITAL_PAIR = re.compile(r"[A-Z]\.?[A-Z]")  # where initials can start


class PhiPatientName(Recognizer):
    """Patient names, titles with surnames or initials, and initials in a clinical context."""

    name = "phi.patient_name"
    rules = (PHI_NAME,)
    needs_doc = True

    # The quick test: any of these. One expression each rather than one alternation (0.0076
    # CPU ms per post of the bench archive, tried at every position): those that open with a
    # capital let ``re`` skip ahead to one, and those that open with a word are searched only
    # when the shared anchor pass finds their words (``_QUICK_ROUTER``).
    _QUICK = tuple(
        re.compile(alternative)
        for alternative in (
            r"\b(?:Mr|Mrs|Ms|Miss|Mx|Master)\b",
            # A pair of capitals that is a unit or a role ("ED", "GP") is never initials.
            r"\b(?!" + "|".join(sorted(_NOT_INITIALS)) + r")[A-Z]\.?[A-Z]\b",
            r"[A-Z][a-z]+\s+[A-Z][a-z]+",
            r"\b(?:patient|pt|client|resident|regular)\s+(?:" + _PATIENT_KIN + r"\s+)?[A-Z]",
            r"[A-ZÀ-Þ][a-zà-ÿ]{2,}\s*[(,]\s*(?:bed|room|bay|cubicle|cube|side\s?room)\s*\d",
            r"[A-Z][a-z]{2,}(?:'s\s|\s+(?:in|on|from|at)\s|\s*[(,]\s*(?:bed|room|bay|cubicle|"
            r"cube|side\s?room)\s*\d|(?:\s+[A-Z]\.?)?\s+(?:is|was|went|got)\s+"
            r"(?:home|out|back|discharged))",
            r"\b(?:[Ll]ittle|[Ww]ee|[Bb]aby|[Yy]oung|[Bb]ig|[Oo]ld|[Tt]ell|[Tt]old|[Vv]ale|RIP|"
            r"[Tt]o|[Ll]ovely|[Dd]ear|[Bb]eautiful|[Ss]weet)\s+[A-Z]",
            r"\b(?:named|called)\s+[A-Z]",
            r"(?:year|month|week)s?[\s-]old\s+[A-Z]",
            r"(?:patient|pt|client|resident|regular|mine|ours),?\s+@\w",
            r"\b" + KIN_BEFORE + r"\s+[A-Z]",
            r"[A-Z][a-z]{2,}\s+" + KIN_AFTER + r"\b",
            r"\b(?:[Cc]ot|[Nn]ame|[Ww]rist|[Bb]ed|[Bb]irth)\s?(?:cards?|labels?|bands?)\b[^.!?\n]{0,40}?"
            r"\b(?:says|said|reads|read|named|for)\s+['‘\"“]?[A-Z]",
        )
    )
    _QUICK_ROUTER = anchors.AnchorRouter(_QUICK)

    def __init__(self) -> None:
        self._answers = cues.PostMemo()

    def prefilter(self, post: Post) -> bool:
        """A title, a pair of initials or a capitalised pair, plus some patient word.

        The engine asks twice per post (choosing spaCy's docs, then running recognizers), so
        the answers of the batch are kept."""
        answer = self._answers.get(post)
        if answer is None:
            text = post.text
            if (
                _CAPITAL_AFTER_START.search(text, 1) is None
                and _NAME_FRAME_AT_START.match(text) is None
                and "@" not in text  # a patient named by handle ("our regular @sam_lifts")
            ) or not self._quick(text):
                answer = False
            else:
                lowered = cues.lowered_words(text)[0]
                searched = (lowered, lowered, text)
                answer = any(
                    _CONTEXT[i].search(searched[i]) is not None
                    for i in _CONTEXT_ROUTER.candidates(text)
                )
            self._answers.put(post, answer)
        return bool(answer)

    def _quick(self, text: str) -> bool:
        """Whether any alternative of the quick test (``_QUICK``) occurs in ``text``. The
        initials are searched from the first pair of capitals on (any match of theirs starts
        with one): from the start, their lookahead ran at every position, 0.0015 CPU ms per
        post of the bench archive against 0.0005."""
        quick = self._QUICK
        for i in self._QUICK_ROUTER.candidates(text):
            start = 0
            if i == _INITIALS:
                pair = _CAPITAL_PAIR.search(text)
                if pair is None:
                    continue
                start = pair.start()
            if quick[i].search(text, start) is not None:
                return True
        return False

    def wants_doc(self, post: Post) -> bool:
        """spaCy adds full names only (a PERSON entity of two or more words with a strong
        patient cue nearby), so only posts with two capitalised words in a row and such a cue
        are worth a doc."""
        if not self.prefilter(post):
            return False
        text = post.text
        return _FULL_NAME_SHAPE.search(text) is not None and STRONG_PATIENT.search(text) is not None

    def analyze(self, post: Post, ctx: PostContext) -> Iterable[Finding]:
        """Names tied to a patient context, one finding per name."""
        text = post.text
        seen: list[tuple[int, int]] = []
        for m in TITLE_NAME.finditer(text):
            if POP_CULTURE.match(text, m.start()):
                continue
            if self._tied(text, m.start(), m.end()):
                seen.append((m.start(), m.end()))
                yield self._finding(post, (m.start(), m.end()), "name.title", 0.85)
        for m in INITIALS.finditer(text):
            group = next(g for g in ("a", "b", "c", "d") if m.group(g))
            letters = re.sub(r"[\s.]", "", m.group(group))
            if letters.upper() in _NOT_INITIALS or not letters.isupper():
                continue
            span = (m.start(group), m.end(group))
            if any(s <= span[0] < e for s, e in seen):
                continue
            seen.append(span)
            yield self._finding(post, (m.start(), m.end()), "name.initials", 0.8)
        for pattern, regex, score in FIRST_NAME_FRAMES:
            for m in regex.finditer(text):
                start = m.start("name")
                word = m.group("name").split()[0]
                if word.lower() in _NOT_A_NAME or any(s <= start < e for s, e in seen):
                    continue
                if _NOT_PATIENT_NAME.search(text[max(0, start - 12) : start]):
                    continue
                if not self._first_name_tied(text, m.start(), m.end(), pattern):
                    continue
                seen.append((start, m.end("name")))
                yield self._finding(post, (m.start(), m.end()), pattern, score)
        for m in HANDLE_PATIENT.finditer(text):
            if cues.CONSENT.search(text) is None and cues.CONSENT_MORE.search(text) is None:
                seen.append((m.start("name"), m.end("name")))
                yield self._finding(post, (m.start(), m.end()), "name.handle", 0.8)
        for start, end, _ in nlp.entities(ctx.doc, _PERSON):
            if any(s <= start < e or start <= s < end for s, e in seen):
                continue
            if (
                " " not in text[start:end].strip()
                or _NOT_PATIENT_NAME.search(text[max(0, start - 12) : start])
                or _SAINT.match(text, start)
            ):
                continue
            window = text[max(0, start - _WINDOW) : end + _WINDOW]
            if STRONG_PATIENT.search(window) and not COLLEAGUE_CONTEXT.search(window):
                seen.append((start, end))
                yield self._finding(post, (start, end), "name.ner_person", 0.75)

    def _first_name_tied(self, text: str, start: int, end: int, pattern: str) -> bool:
        """A first name needs the sentence to be about care, and not about a colleague."""
        window = text[max(0, start - _WINDOW) : end + 2 * _WINDOW]
        bed = pattern == "name.bed" and not re.search(r"\bward\b", text[start:end], re.I)
        if COLLEAGUE_CONTEXT.search(window) and pattern != "name.my_patient" and not bed:
            if not _praised_for_own_care(text, window, start, end):
                return False
        if cues.CONSENT.search(text) or cues.CONSENT_MORE.search(text) or (
            cues.OWN_FAMILY.search(window) and pattern != "name.my_patient"
        ):
            return False  # stated consent, or the author's own child ("my little Mia")
        if re.search(
            r"\bmy\s+(?:(?:little|wee|baby|darling|gorgeous|beautiful)\s+)?$",
            text[max(0, start - 20) : start],
            re.I,
        ):
            return False  # "my little Ruby": the author's own child
        if pattern == "name.possessive_care" and _EPONYM.match(text, start):
            return False  # "Runner's knee", "Golfer's elbow": a condition, not a person
        if pattern in ("name.my_patient", "name.born_to", "name.named", "name.on_record") or (
            pattern == "name.bed" and not re.search(r"\bward\b", text[start:end], re.I)
        ):
            return True
        if pattern == "name.home_after" and PATIENT_CONTEXT.search(window):
            return True  # "home after ... on the ward": a hospital stay
        if pattern in _AGE_TIES and _GREAT_AGE.search(window):
            return True  # "Gordon on ward 22 is 100 tomorrow": a named resident and their age
        if pattern in _CARE_TIES and (
            _NAMED_CARE.search(window) is not None
            or (pattern != "name.told" and _KIN_CARE.search(window) is not None)
        ):
            return True
        return cues.HEALTH.search(window) is not None or _UNIT_STAY.search(window) is not None

    def _tied(self, text: str, start: int, end: int) -> bool:
        """A title and surname near a patient word and no colleague word; or thanked for
        nothing but their own care ("Thank you card from Mrs Naidoo after her stay in Ward C3",
        "thanks to Mrs Ahmed for the samosas after her diabetes review")."""
        window = text[max(0, start - _WINDOW) : end + _WINDOW]
        if _SIMULATED.search(window) is not None:
            return False  # "the skills lab mannequin 'Mr Chest'": no patient
        if cues.OWN_FAMILY.search(window) is not None or (
            PATIENT_CONTEXT.search(window) is None
            and cues.HEALTH.search(window) is None
            and _NAMED_CARE.search(window) is None
        ):
            return False  # the author's own relative, or no patient word or care near
        return COLLEAGUE_CONTEXT.search(window) is None or _praised_for_own_care(
            text, window, start, end
        )

    def _finding(self, post: Post, span: tuple[int, int], pattern: str, score: float) -> Finding:
        return Finding.on(
            post,
            PHI_NAME,
            [span],
            score=score,
            explanation="A patient is named or initialled alongside clinical details.",
            recognizer=self.name,
            trail=(("pattern", pattern), ("context", "patient")),
        )
