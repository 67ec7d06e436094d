"""Quasi-identifiers: a time, a place, a person and a distinctive detail that together narrow
a case to one patient.

About a third of risky clinician posts can be identified by friends or family without any
name (Ahmed et al., 2020). No single cue is the problem: "tonight", "Killybegs", "60-year-old
fisherman" and "trawler accident" are each harmless; together, in a post where the author is
talking about a patient they cared for, they point at one man. So this recognizer scores the
combination, following the labelling rule the corpus uses (``LABELLING.md``): three of the four
kinds, one of them distinctive, in an encounter frame. What makes a case harmless lowers the
score: stated consent or changed details, the author's own family, a public figure's own
announcement, and general education.

``case_profile`` is public because the thread pass (``classifiers.threads``) adds profiles of
several posts together and scores the union the same way.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from classifiers import anchors, cues, lexicons, nlp
from classifiers.base import PostContext, Recognizer
from classifiers.findings import Finding
from classifiers.rules import PHI_QUASI
from scanner.models import Post

KINDS = ("time", "place", "person", "distinctive")
_PLACE_ENTS = frozenset({"GPE", "FAC", "LOC", "ORG"})
# An encounter that the author says is theirs: "we admitted", "my patient", "I had in resus".
_STRONG_ENCOUNTER = re.compile(
    r"\b(?:my|our)\s+(?:\w+\s+)?(?:pt|patient|lady|gent|man|woman|lad|girl|boy|baby)\b|"
    r"\b(?:we|i)\s+(?:just\s+)?(?:admitted|intubated|delivered|resuscitated|had|saw|treated|"
    r"operated|lost|transferred|discharged|sutured|stitched|tubed|coded|scoped|retrieved|resected|"
    r"airlifted|winched|extricated|sent\s+(?:back|home|him|her|them))\b|"
    r"\b(?:came|rolled|brought|wheeled)\s+in\b|\bBIBA\b|\bin\s+resus\b|guess\s+who|"
    r"(?:^|[.!?\n]\s*)(?:just\s+)?(?:delivered|admitted|intubated|resuscitated|tubed|"
    r"sutured|stitched|operated\s+on|discharged|transferred|saw|had|treated|lost|scoped|removed|"
    r"reduced|cannulated|sectioned|pronounced|excised|drained|lanced|plastered|extracted|"
    r"casted|splinted|debrided|reimplanted|repaired|pinned|certified)\b"
    # "Saw the news about...", "Saw a trad session in Doolin": the author's evening, no care
    r"(?!\s+(?:the\s+news|(?:a|the)\s+(?:trad|gig|show|film|movie|play|match|game|concert|session|"
    r"band|musical|panto|documentary|programme|program|episode|post|tweet|video|article))\b)|"
    r"\b(?:we|i)(?:'ve|’ve|\s+have)?\s+(?:looked\s+after|cared\s+for|nursed|received)\b|"
    r"\b(?:we|i)\s+(?:just\s+)?(?:replanted|reattached|reimplanted)\b|"
    r"\b(?:home|house|district)\s+(?:visit|call)\s+(?:out\s+)?(?:to|on|at|in)\b|"
    r"(?:^|[.!?]\s*)(?:last|first)\s+visit\s+to\s+(?:the|her|his|their)\b|"
    r"(?:^|[.!?:)]\s*|\b(?:the|our|my)\s+)(?:pt|patient)\s+(?:is|was)\s+(?:an?|the|now)\b|"
    r"\b(?:had\s+been|has\s+been|was|is)\s+(?:on|in)\s+our\s+(?:ward|unit|ICU|HDU)\s+(?:since|for)\b|"
    r"\bI\s+was\s+(?:one\s+of\s+)?(?:the|their|his|her)\s+(?:\w+\s+)?(?:nurses?|doctors?|midwi(?:fe|ves)|"
    r"surgeons?|paramedics?|physios?|GP|consultant|registrar|anaesthetist|therapist)\b|"
    r"\b(?:died|passed\s+away|passed)\s+(?:on|in)\s+(?:our|my)\s+(?:ward|unit|ICU|ITU|HDU|ED|A&E|"
    r"department|hospice|care)\b|"
    r"\b\d{1,3}\s?(?:[MF]|y/?o|yo)\b|\b(?:in|to|into|at)\s+(?:our|my)\s+(?:little\s+|small\s+|tiny\s+|"
    r"local\s+)?(?:ED|A&E|ER|ICU|ITU|NICU|PICU|HDU|CCU|resus|ward|unit|clinic|department|dept|theatre|"
    r"practice|surgery|casualty|OPD|hospice|labou?r\s+ward|delivery\s+suite)\b|"
    # a patient presenting, told in the present or the past: "A man in his 40s walks in with a
    # crossbow bolt through his forearm", "strolled in holding his finger"
    r"\b(?:walks|walked|strolls|strolled|limps|limped|hobbles|hobbled|rocks|rocked|turns|turned)\s+"
    r"(?:up|in)\s+(?:to\s+(?:the\s+)?(?:ED|A&E|ER|resus|triage|clinic|casualty)\s+)?(?:with|holding|"
    r"clutching|carrying)\b",
    re.IGNORECASE,
)
# Distinctive details so rare they narrow a case on their own with one more kind.
_VERY_RARE = re.compile(
    r"\b(?:triplets|quadruplets|quintuplets|conjoined|guess\s+who|celeb\w*|famous|made\s+the\s+"
    r"(?:news|papers)|in\s+the\s+(?:news|papers)|on\s+the\s+news|front\s+page|councillor|"
    r"mayor|TD|MP|senator|bishop|priest|struck\s+by\s+lightning|shark|crocodile|Ebola|rabies|"
    r"leprosy|anthrax|CJD|1[01]\d[\s-]?(?:year|yr)s?[\s-]?old|1[01]\d\s?(?:yo|y/o)|centenarian|"
    r"oldest|"
    r"\d{2}\s?(?:lb|lbs)\s+baby)\b",
    re.IGNORECASE,
)
_STRONG_LOWER = cues.for_lowered_text(_STRONG_ENCOUNTER)  # the same, over lower-cased text
# A record of the unit or the region: "biggest in our unit's history", "only the second in the
# department", "the state's first CAR-T for a child". Few patients hold a record: one does.
_RECORD = re.compile(
    r"\b(?:first|second|third|only|biggest|largest|heaviest|smallest|tiniest|youngest|oldest|"
    r"longest|earliest)\b(?:\s+(?:ever|one|case|patient|baby))?[^.!?\n]{0,30}?\bin\s+(?:our|the|my)\s+"
    r"(?:[\w'’]+\s+){0,2}?(?:history|records?|unit'?s\s+history)\b|"
    r"\b(?:our|my|the)\s+(?:longest|smallest|tiniest|youngest|oldest|biggest|heaviest|earliest)"
    r"[\s-]+ever\b|"
    r"\b(?:state|country|county|region|province|nation|island|city|hospital|unit)(?:'s|’s)\s+"
    r"(?:very\s+)?(?:first|youngest|oldest|smallest|only)\b",
    re.IGNORECASE,
)
# The author's unit named by its town: "our Exeter department", "the Tralee ward".
_TOWN_UNIT = re.compile(
    r"\b(?:our|my)\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Christmas)\b)"
    r"[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]{2,})?\s+(?:department|dept|unit|ward|clinic|practice|surgery|"
    r"hospital|ED|ICU|A&E|"
    r"theatres?)\b"
)
# Discretion markers ("🤫", "say no more") hint at who a patient is; with no person in the
# post they keep the author's own secret ("the hip flask in my pocket 🤫").
_DISCRETION_ONLY = re.compile(
    r"^(?:🤫|🤐|say\s+no\s+more|say\s+nothing|lips\s+(?:are\s+)?sealed|that'?s\s+all\s+i'?ll\s+say|"
    r"no\s+names?\s+but|you\s+didn'?t\s+hear\s+it\s+from\s+me)$",
    re.IGNORECASE,
)
# Care that HEALTH and CARE (shared) do not name: a home visit, a blood pressure, the obs.
_CARE_MORE = re.compile(
    r"\b(?:blood\s+pressure|BP|home\s+visit|house\s+call|check-?up|obs|vitals|bloods|sugars|"
    r"retriev\w+|rescue\w*|airlift\w*|death|deathbed|bedside|near\s+the\s+end|end\s+of\s+life|"
    r"last\s+days|replant\w*|reattach\w*|reimplant\w*|"
    # how the person is now: "he's in Derriford and awake", "both babies stable", "went under
    # at the swimming hole"
    r"awake|unconscious|in\s+a\s+coma|stable|went\s+under\s+(?:at|in|while|off|near))\b",
    re.IGNORECASE,
)
# "patient is a retired All Black": a person introduced as a patient is a health context.
_PATIENT_IS = re.compile(r"\b(?:pt|patient)\s+(?:is|was)\s+(?:an?|the|now)\b", re.IGNORECASE)
# A named place as running text puts it: "from Mallow", "in Toowoomba", "at Shellharbour"
# (not a unit acronym such as "A&E", not "a ward full of Victor Meldrews").
_TOWN_IN_TEXT = re.compile(
    r"(?:from|in|at|near|outside|(?:on|off|near|at)\s+the)\s+[A-Z][a-z]{2,}(?:[\s-][A-Z][a-z]+)?"
    r"\b(?!\s+[A-Z])"
)
# Care the author gave to someone introduced as a stranger ("Sectioned a 17-year-old girl"):
# the author's own family mentioned in the same post ("her mum teaches my son") is not the case.
_CARE_OF_ANOTHER = re.compile(
    r"(?:^|[.!?:]\s*|\b(?:we|i)\s+)(?:just\s+)?(?:sectioned|admitted|intubated|delivered|"
    r"resuscitated|treated|operated\s+on|stitched|scoped|sutured|tubed|plastered|"
    r"retrieved|flew)\s+(?:a|an|one|this)\s+",
    re.IGNORECASE,
)
# A birth at the author's workplace: a "Mum" or "Dad" opening a sentence then is the baby's
# parent ("Quads born tonight at our hospital. Mum is a teacher, 31"), not the author's.
_BORN_HERE = re.compile(
    r"\b(?:born|delivered|arrived)\b[^.!?\n]{0,60}\b(?:at|in|on)\s+(?:our|the)\s+(?:\w+\s+)?"
    r"(?:hospital|unit|ward|theatre|delivery\s+suite|birth\w*\s+(?:unit|centre|center|suite))\b|"
    r"\b(?:I|we)\s+(?:just\s+)?(?:delivered|caught)\b",
    re.IGNORECASE,
)
# --- who a case is about, and what makes it no patient's: care given to another, local figures,
# rare births and rarities, public disclosures, counts, the author's own child, evening and news ---
# "I diagnosed him with...", "we diagnosed the ferry skipper": the author's diagnosis of someone
# else is care given, not the author's own illness ("I was diagnosed", which OWN_FAMILY reads).
_DIAGNOSED_ANOTHER = re.compile(
    r"\b(?:i|we)\s+(?:just\s+|finally\s+|only\s+)?diagnosed\s+(?:him|her|"
    r"them|the|a|an|this|that|our|one|his|their)\b",
    re.IGNORECASE,
)
# Someone the whole place knows by where they work, worship or live, with a name or a role:
# "Marie at the bakery", "Bev from the op shop", "the guy from the tattoo parlour", "Pastor
# Emeka of the big church", "our local cricket coach", "Sarpanch ji of our village", "our Moose
# Jaw hardware store owner". A neighbour reads the health detail beside it as news of one person.
_VENUE = (
    r"bakery|op\s+shop|charity\s+shop|thrift\s+store|feed\s+store|hardware\s+store|corner\s+shop|"
    r"gas\s+station|petrol\s+station|service\s+station|fire\s+station|post\s+office|shop|store|"
    r"deli|chemist|newsagents?|butcher'?s|butchers?|bank|church|chapel|mosque|temple|gurdwara|"
    r"school|creche|library|pub|bar|caf[eé]|takeaway|chipper|chippy|garage|salon|barbers?|"
    r"hairdressers?|tattoo\s+(?:parlou?r|shop|studio)|laundrette|launderette|market|mart|co-?op|"
    r"flats|farm|mill|factory|club|gym|marina|harbour|hotel|B&B|bookies|sawmill|dairy|creamery|"
    r"supermarket|petrol\s+pump|council"
)
# Capitalised words that open a sentence or a notice, not a local figure's name ("Thanks at
# the bakery", "Cake from the shop"). Not phi_patient_name's word set of the same idea.
_NOT_A_FIGURE_NAME = (
    r"Thanks|Thank|Hi|Hello|Hey|Someone|Everyone|Anyone|Everybody|Nobody|Staff|Lads|Folks|"
    r"People|Guys|Team|Nurses|Doctors|Kids|Children|Volunteers|Friends|Greetings|Love|Police|"
    r"Students|Visitors|Residents|Donations|Photos?|Pic|Card|Cake|Flowers|Gifts?|News|Stories|"
    r"All|Both|Some|Most|Many|My|Our|The|A|An|This|That|These|Those|Live|Fresh|Straight|Back|"
    r"Home|Out|Up|Down|Just|Dinner|Lunch|Breakfast|Coffee|Tea|Drinks|Pints|Beers|Me|Us|We|I|"
    r"You|They|He|She|It|Off|Fundraiser|Sponsors?|Parents|Mums|Dads|Ladies|Gents|Men|Women|"
    r"Today|Tonight|Yesterday|Later|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"Quiz|Mass|Christmas|Easter|Night|Day|Morning|Evening|Run|Walk|Party|Bake|Sale|Event|Talk|"
    r"Class|Session|Clinic|Vaccines?|Flu|Screening|Stall|Stand|Meeting|Match|Game|Service|Choir"
)
_LOCAL_FIGURE = re.compile(
    rf"\b(?!(?:{_NOT_A_FIGURE_NAME})\b)[A-Z][a-z]+(?:\s+(?!(?:{_NOT_A_FIGURE_NAME})\b)[A-Z][a-z]+)?\s+(?:from|at|of)\s+"
    rf"the\s+(?:[\w'’-]+\s+){{0,2}}?(?i:{_VENUE})\b|"
    rf"\b(?i:guy|man|woman|lady|bloke|fella|chap|lad|lass|gent|owner|manager|old\s+boy|old\s+girl|"
    rf"wee\s+\w+)\s+(?i:from|at|who\s+(?:runs|owns|works\s+(?:at|in)))\s+the\s+"
    rf"(?:[\w'’-]+\s+){{0,2}}?(?i:{_VENUE})\b|"
    rf"\b(?i:our|the)\s+(?:[A-Z][\w'’-]+\s+){{1,2}}(?i:[a-z]+\s+)?(?i:store|shop|pub|garage|bakery|"
    rf"caf[eé]|salon|farm|B&B|hotel|chipper|takeaway|station|mill|market)\s+(?i:owner|keeper|"
    rf"manager|landlord|landlady)\b|"
    r"\b(?i:our|the|a)\s+(?i:local|village|parish|town's|village's)\s+(?:[a-z]+\s+){0,2}?(?i:coach|"
    r"priest|vicar|pastor|imam|rabbi|teacher|principal|headmaster|headmistress|postman|postie|"
    r"postmistress|butcher|baker|publican|shopkeeper|barber|hairdresser|mechanic|plumber|"
    r"electrician|councillor|mayor|chief|celebrity|legend|hero|character|undertaker|florist|"
    r"grocer|landlord|bus\s+driver|taxi\s+driver|lollipop\s+(?:lady|man)|crossing\s+guard)\b|"
    r"\b(?i:chief|head(?:man)?|elder|sarpanch|pradhan|mukhiya|chairman|chairwoman|captain|"
    r"councillor|mayor|priest|pastor|imam|principal|headteacher|shopkeeper|publican|kapitan|"
    r"barangay\s+captain)\b(?:\s+\w+){0,2}\s+(?i:of|for)\s+(?i:our|the|this)\s+(?:[\w'’-]+\s+)?"
    r"(?i:village|town|parish|barangay|community|island|estate|street|church|mosque|temple|"
    r"school|congregation|district|panchayat)\b"
)
# The words one of which a local figure cannot be written without (a token look-up first).
_LOCAL_WORDS = frozenset(
    "bakery shop store station office deli chemist newsagent newsagents butcher butchers "
    "butcher's bank church chapel mosque temple gurdwara school creche library pub bar cafe café "
    "takeaway chipper chippy garage salon barber barbers hairdresser hairdressers parlour parlor "
    "studio laundrette launderette market mart coop co-op flats farm mill factory club gym marina "
    "harbour hotel b&b bookies sawmill dairy creamery supermarket pump council local village "
    "parish town's village's village barangay community island estate street congregation "
    "district panchayat".split()
    # how the word look-up splits "café" and "co-op"
    + ["caf", "op"]
)
# ... and the link words one of which each of its shapes holds.
_LOCAL_LINKS = frozenset(
    "from at of for local owner keeper manager landlord landlady village parish town's "
    "village's".split()
)
# A health detail that belongs to a person (a condition, a test, a treatment), not the words of a
# workplace ("ward", "nurse"): what a local figure's post needs before it is read as a case.
_PERSONAL_HEALTH = re.compile(
    r"\b(?:diagnos\w+|cancer|chemo\w*|insulin|diabet\w+|dementia|memory(?:'s|\s+is)\s+going|"
    r"stroke|heart\s+attack|(?:had|having|has|after|before|his|her|their)\s+surgery|op(?!\s+shop)|"
    r"operation|procedure|scan|biopsy|(?:test\s+)?results\s+(?:came|were|are)|blister\s+packs?|"
    r"meds|medication|prescriptions?|scripts?|tablets|pills|methadone|TB|HIV|ARVs?|viral\s+load|"
    r"pregnan\w+|\d{1,2}\s+weeks|heartbeat|miscarriage|ulcers?|fractured?|broke|broken|sprain\w*|"
    r"slipped\s+(?:a|his|her)\s+disc|disc|injur\w+|infection|coeliac|celiac|allerg\w+|asthma|"
    r"epilep\w+|seizures?|overdosed?|rehab|dialysis|treatment|"
    r"cataracts?|replacement|stitches|bloods|blood\s+pressure|statins?|"
    r"antibiotics|infusion|passed\s+(?:away|on|this|last|in)|died|palliative|"
    r"end\s+of\s+life|Viagra|HRT|smear|vasectomy|hearing\s+aids?|dentures|allergic\s+reaction|"
    r"reaction\s+to|EpiPen|"
    r"anaphyla\w+|weigh(?:ed|-in)|stepped\s+on\s+(?:my|the)\s+scales?)\b",
    re.IGNORECASE,
)
_PERSONAL_HEALTH_LOWER = cues.for_lowered_text(_PERSONAL_HEALTH)
_CONDITION_ENDINGS = ("itis", "oma", "omas", "ectomy", "osis")


def _personal_health(text: str) -> bool:
    """Whether ``text`` gives a personal health detail (``_PERSONAL_HEALTH``, or a word ending
    like a condition or an operation: "-itis", "-oma", "-ectomy", "-osis")."""
    lowered, found = cues.lowered_words(text)
    return (
        any(w.endswith(_CONDITION_ENDINGS) for w in found)
        or _PERSONAL_HEALTH_LOWER.search(lowered) is not None
    )


# Births so rare they are a case by themselves ("quadruplets this morning at Groote Schuur").
_RARE_BIRTH_WORDS = frozenset("triplets quadruplets quads quintuplets conjoined".split())
_RARE_BIRTH = re.compile(
    r"(?<!sets\sof\s)(?<!\d\s)\b(?:triplets|quadruplets|quads|quintuplets|conjoined)\b"
    # one birth, not a count ("two sets of triplets", "twins, triplets: every family")
    r"(?![^.!?\n]{0,40}\b(?:every|each|all)\s+(?:one|family|families|set)\b)",
    re.IGNORECASE,
)
# The rarest thing the author has seen: "only one I've seen in 15 yrs", "never seen one before".
_RARITY = re.compile(
    r"\b(?:only|first)\s+(?:one|case|patient)\s+(?:I'?ve|I\s+have|we'?ve|we\s+have)\s+(?:ever\s+)?"
    r"seen\b|\b(?:I'?ve|I\s+have|we'?ve|we\s+have)\s+never\s+seen\s+(?:one|this|that|it|anything)\b|"
    r"\bonce\s+in\s+a\s+career\b|\b(?:biggest|largest|worst|strangest|weirdest)\s+\w+\s+I'?ve\s+ever\s+"
    r"seen\b|\bone\s+of\s+(?:only\s+)?(?:a\s+handful|a\s+few|\w+)\s+(?:of\s+)?(?:kids|children|people|"
    r"patients|babies|cases|women|men)\s+in\s+the\s+(?:country|world|state|county|region|province)\b",
    re.IGNORECASE,
)
_RARITY_WORDS = frozenset("seen career handful country world state county region province".split())
# A habit the place has watched for years: "the one who did the Three Peaks every year". It is
# recognition, not the statistic EDUCATION reads in "every year".
_HABIT_YEAR = re.compile(
    r"\b(?:who|the\s+one\s+who)\s+(?:[\w'’-]+\s+){1,6}?every\s+(?:single\s+)?year\b",
    re.IGNORECASE,
)
# A public figure's own disclosure said without "announced": "talking openly about his
# depression", "saw the news about the Mayor's stroke", "per his team's statement".
_PUBLIC_DISCLOSURE = re.compile(
    r"\b(?:talk(?:s|ed|ing)?|speak(?:s|ing)?|spoke|open(?:s|ed|ing)?\s+up|writ(?:es|ing)|wrote)\s+"
    r"(?:so\s+)?(?:openly|publicly|honestly|bravely)\b|\bopen(?:s|ed|ing)?\s+up\s+(?:publicly\s+)?"
    r"about\b|\b(?:saw|seen|seeing|read|reading|heard)\s+the\s+news\s+(?:about|of|that)\b|"
    r"\b(?:per|in)\s+(?:his|her|their)\s+(?:team|club|agent|family|manager)(?:'s|’s)\s+statement\b|"
    r"\b(?:read|reading|saw|seen|heard|watched)\s+about\s+the\b[^.!?\n]{0,60}\b(?:on|in)\s+the\s+"
    r"(?:BBC|RTE|RTÉ|CBC|ABC|news|papers?|telly|TV|radio|Guardian|Times|Herald|Independent)\b|"
    r"\b(?:famous|well[\s-]known)\s+\w+(?:'s|’s)\s+[^.!?\n]{0,40}\bin\s+the\s+news\b",
    re.IGNORECASE,
)
# Many people counted ("admitted 41 people", "230 kids dewormed", "9 sets of triplets", "our
# annual report"): a unit's figures, no one patient.
_MANY = re.compile(
    r"\b\d{1,3}(?:,\d{3})+\s+(?:\w+\s+)?(?:patients|people|kids|children|babies|families|cases)\b|"
    r"\b(?:[2-9]\d|\d{3,})\s+(?:\w+\s+)?(?:patients|people|kids|children|babies|families|cases|"
    r"deliveries|births|admissions)\b|\b(?:[2-9]\d|\d{3,})\+?\s+(?:seen|treated|admitted)\b|\b\d+\s+sets\s+of\b|\bannual\s+report\b|\bmedian\s+age\b|"
    r"\bover\s+the\s+(?:past|last)\s+(?:decade|\d+\s+years|ten\s+years|five\s+years)\b|"
    r"\bthis\s+financial\s+year\b",
    re.IGNORECASE,
)
# ... but a count that describes one person's life ("has taken in 40 kids over the years") is
# that person's distinction, not a unit's figures.
_LIFE_COUNT = re.compile(
    r"(?:taken\s+in|took\s+in|fostered|raised|adopted|taught|coached|mentored|delivered|"
    r"rescued|saved|fed|housed)\s+(?:over\s+|nearly\s+|almost\s+|about\s+|around\s+)?$",
    re.IGNORECASE,
)


def _many(text: str) -> bool:
    """Whether ``text`` counts many people (``_MANY``) other than in one person's life story."""
    return any(
        _LIFE_COUNT.search(text, max(0, m.start() - 30), m.start()) is None
        for m in _MANY.finditer(text)
    )


# The author's own child named the way a parent does: "My little guy (7) had his tonsils out".
_OWN_CHILD = re.compile(
    r"\bmy\s+(?:little|wee|baby|eldest|youngest|middle)\s+(?:guy|man|girl|boy|lad|lass|one|lady|"
    r"fella|dude|monkey|munchkin)\b",
    re.IGNORECASE,
)
# The author's evening out: "Saw a trad session in Doolin", "caught a gig".
_OWN_EVENING = re.compile(
    r"\b(?:saw|seen|watched|caught|went\s+to)\s+(?:a|the)\s+(?:\w+\s+)?(?:trad\s+session|session|gig|"
    r"show|film|movie|play|concert|musical|panto|match|game|band|comedian|comedy\s+night)\b",
    re.IGNORECASE,
)
# Idioms that sound like recognition but point at no one: "(you know who you are)" thanks a
# family, "everyone knows it" agrees with a remark.
_IDIOM = re.compile(
    r"\byou\s+know\s+who\s+you\s+are\b|\bevery(?:one|body)\s+knows\s+(?:it|that|this)\b",
    re.IGNORECASE,
)
# A dignitary's visit ("The Minister visited our ED at 11am"), a colleague's start or farewell
# ("our new ICU fellow started today", "our unit's longest-serving nurse retired"), the author's
# own appointment ("booked my own GP appointment"): news, not a patient's case.
_NOT_A_PATIENT = re.compile(
    r"\b(?:Minister|Taoiseach|Tánaiste|President|Premier|Chancellor|Secretary|Mayor|Prince|Princess|"
    r"King|Queen|Governor|Senator|MP|TD|MEP|CEO|Chief\s+Executive)\s+(?:\w+\s+)?(?:visited|toured|"
    r"opened|came\s+to\s+see)\b|"
    r"\b(?:our|my)\s+(?:[\w'’-]+\s+){0,3}?(?:nurse|doctor|fellow|reg|registrar|SHO|intern|resident|"
    r"consultant|midwife|physio|porter|HCA|colleague|secretary|receptionist|manager|matron|pharmacist|"
    r"surgeon|anaesthetist|radiographer|paramedic|GP)s?\s+(?:\w+\s+)?(?:started|starts|joined|joins|"
    r"retired|retires|is\s+retiring|left|leaves|is\s+leaving|moved\s+on)\b|"
    r"\bmy\s+own\s+(?:GP|doctor|dentist|physio)(?:'s|’s)?\s+(?:appointment|appt|surgery|practice|"
    r"receptionist|waiting\s+(?:room|list))\b",
    re.IGNORECASE,
)
# A call to write to one's representative: the MP is the reader's, not a patient.
_WRITE_TO_REP = re.compile(
    r"\b(?:write|writing|email|e-mail|ring|call|contact|lobby|tell)\s+(?:to\s+)?(?:your|their)\s+"
    r"(?:local\s+)?(?:MP|TD|MLA|MSP|MS|senator|congress\w*|representative|rep|councillor|mayor)s?\b",
    re.IGNORECASE,
)
# The author's own news: "I'm expecting twins", "Lost my grandpa this morning".
_OWN_NEWS = re.compile(
    r"\b(?:I'?m|I’m|I\s+am|we'?re|we’re|we\s+are)\s+(?:\d{1,2}\s+weeks\s+)?(?:pregnant|expecting)\b|"
    r"\blost\s+my\s+(?:\w+\s+)?(?:mum|mom|mam|mother|dad|father|grand\w+|granny|gran|nan|nana|wife|"
    r"husband|partner|son|daughter|brother|sister|baby|aunt|auntie|uncle|cousin|best\s+friend|dog|"
    r"cat)\b|\b(?:our|my)\s+(?:baby\s+)?(?:girl|boy|son|daughter|baby|twins)\s+(?:arrived|was\s+born|"
    r"were\s+born|is\s+here|are\s+here)\b",
    re.IGNORECASE,
)


# A job said by its kind of work ("the sawmill worker", "58yo bungy jump operator", "one of the
# marshals"): the occupation lexicon names trades, not "a <thing> worker". One person: "our
# ASHA workers" are the author's colleagues.
_JOB_EXTRA = re.compile(
    r"\b(?:an?|the|this|that|\d{1,3}\s?(?:yo|y/o|[MF]))\s+(?!(?:miracle|hard|fast|quick|slow|good|great|real|tireless|amazing|"
    r"absolute|total|star|model)\s)(?:[a-z]+\s+){1,2}?(?:operator|worker|"
    r"labourer|laborer|technician|instructor|marshal|steward)\b|"
    r"\bone\s+of\s+the\s+(?:marshals|stewards|volunteers|lifeguards|bouncers|organisers|organizers)\b",
    re.IGNORECASE,
)
# A town before a job or a unit, said as a headline or an adjective: "The Stoke postie",
# "our Leeds vicar", "Queenstown fracture clinic today:". The town word must not be an everyday
# capital, a unit, a season or a nationality ("The Irish nurse" is read as a demonym).
_NOT_A_TOWN = frozenset(
    """Senior Junior Head Chief Staff Student Trainee Agency Charge Practice Community Public
    Private Local Retired Former Young Old New Big Famous Legendary Best Worst First Second Third
    Christmas Santa Easter Covid COVID NHS HSE ICU ITU ED ER GP GPs A&E Ortho Paeds Surgical
    Medical Emergency Fracture Trauma Cardiac Cardiology Renal Neuro Stroke Diabetes Memory Eye
    Skin Chest Heart Pain Sexual Vaccine Flu Antenatal Maternity Fertility Virtual Weekend
    Busy Quiet Long Short Late Early Mad Crazy Manic Chaos Friday Saturday Sunday Monday Tuesday
    Wednesday Thursday Night Day Morning Evening Afternoon Today Tonight Yesterday Team Our Your
    Amazon Uber Tesco Deliveroo Lego Army Navy Garda Police Fire God Lord Holy Dental Dentist Rural
    Urban City Country County State National International Regional District Village Town
    Hospital Clinic Ward Unit Theatre Resus Obs Gynae OB OR ENT Derm Onc Haem Respiratory Asthma
    Primary Secondary Urgent Walk Nurse Doctor Midwife Physio Pharmacy Pharmacist Rehab Psych
    Mental Palliative Hospice Care Home Locum Bank Overnight Holiday Summer Winter Spring Autumn
    Fall Black White Brown Asian Muslim Catholic Jewish Sikh Hindu Christian Traveller Roma Dutch
    Greek Thai Scots Welsh Swiss French""".split()
)
_TOWN_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Oo]ur|[Tt]his|[Tt]hat)\s+((?!(?:The|An?|Our|This|That)\s)[A-Z][a-z]{2,}"
    r"(?:\s+[A-Z][a-z]{2,})?)\s+(?:[a-z]+\s+)?$"
)
_PLACE_HEADLINE = re.compile(
    r"^\s*([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:[a-z]+\s+){0,2}?(?:clinic|lab|ward|unit|ED|ER|"
    r"A&E|ICU|HDU|theatres?|on\s+call|GP|hospital|base|resus|surgery|practice)\b[^.!?:\n]{0,25}:(?!\d)"
)
# A headline's first word read as a place only when it is shaped like one: a hospital's initials
# ("NHCS cath lab:"), two capitalised words ("Alice Springs ED:"), or a town's ending
# ("Queenstown", "Mansfield", "Portsmouth"); "Methadone clinic Monday:" is a kind of clinic.
_TOWN_SHAPE = re.compile(
    r"^[A-Z]{3,5}$|^[A-Z][a-z]+\s+[A-Z][a-z]+$|(?:town|ville|burgh?|borough|ford|ham|ton|field|port|"
    r"mouth|wick|stead|bury|caster|chester|cester|dale|minster|pool|bridge|worth|abad|pur|pore)$"
)
_DEMONYM_SHAPE = re.compile(r"[A-Z][a-z]*(?:ish|ese|ian|an|ic|i)$")


def _town_word(words: str) -> bool:
    """Whether a capitalised word (or two) before a job or unit can be a town's name."""
    first = words.split()[0]
    return (
        first not in _NOT_A_TOWN
        and first not in _EVERYDAY_CAPITALS
        and _DEMONYM_SHAPE.match(words.split()[-1]) is None
    )


def _towns_of(text: str, jobs: Sequence[cues.Cue]) -> list[cues.Cue]:
    """Towns said as an adjective before a job ("The Stoke postie") or as a headline
    ("Queenstown fracture clinic today:")."""
    towns = []
    for c in jobs:
        m = _TOWN_BEFORE.search(text, max(0, c.start - 40), c.start)
        if m is not None and _town_word(m.group(1)):
            towns.append(cues.Cue("place", m.start(1), m.end(1), "venue"))
    m = _PLACE_HEADLINE.match(text)
    if m is not None and _town_word(m.group(1)) and _TOWN_SHAPE.search(m.group(1)) is not None:
        towns.append(cues.Cue("place", m.start(1), m.end(1), "venue"))
    return towns


# --- session 17 (round-8 train misses and false flags) ---
# Time words of the code-mixed posts ("Aaj raat", "Hoje de manhã", "Semalam"): Portuguese,
# Spanish, French, Hindi/Urdu in Latin letters, Malay/Indonesian, Tagalog.
_TIME_ABROAD = re.compile(
    r"\b(?:hoje(?:\s+de\s+(?:manhã|manha|madrugada))?|ontem(?:\s+à\s+noite)?|esta\s+(?:manhã|noite)|"
    r"hoy|anoche|ayer|esta\s+(?:mañana|noche)|anteayer|aujourd['’]hui|hier(?:\s+soir)?|ce\s+matin|"
    r"cette\s+nuit|aaj(?:\s+(?:raat|subah|sham))?|kal\s+raat|semalam|pagi\s+tadi|malam\s+tadi|"
    r"hari\s+ini|tadi\s+malam|kagabi|kanina|kaninang\s+umaga)\b",
    re.IGNORECASE,
)
# Ages in those languages: "menina de 13 anos", "17 saal ki larki", "budak 9 tahun".
_AGE_ABROAD = re.compile(
    r"\b\d{1,3}\s+(?:anos|años|ans|saal|sal|tahun|taon|jahre)\b", re.IGNORECASE
)
# A birth or a delivery told in those languages: "fizemos o parto", "ne triplets ko janam diya",
# "kami sambut bayi", "nanganak": the author's delivery, a case as much as "we delivered".
_BIRTH_ABROAD = re.compile(
    r"\b(?:fizemos\s+o\s+parto|fiz\s+o\s+parto|fizemos\s+uma\s+cesárea|nasceu|nasceram|"
    r"atendimos\s+un\s+parto|nació|nacieron|dio\s+a\s+luz|janam\s+diya|paida\s+hu(?:a|e|i)|"
    r"(?:kami\s+)?sambut\s+(?:bayi|kelahiran)|bersalin|melahirkan|nanganak|ipinanganak|"
    r"a\s+accouché|accouchement)\b",
    re.IGNORECASE,
)
_ABROAD_WORDS = frozenset(
    "fizemos fiz nasceu nasceram atendimos nació nacieron dio janam paida sambut bersalin "
    "melahirkan nanganak ipinanganak accouché accouchement".split()
)
# Someone in a crash the author attended ("rollover on SH5 outside Rotorua, driver of the ute
# told me..."), or a customer at the author's counter ("came to the pharmacy today buying
# Viagra"): a case without a verb of care.
_INCIDENT_PERSON = re.compile(
    r"\b(?:driver|passenger|rider|pillion|pedestrian|cyclist|occupant)s?\s+(?:of|in|on)\s+the\s+"
    r"(?:\w+\s+)?(?:ute|car|van|truck|lorry|bike|motorbike|motorcycle|tractor|bus|taxi|4x4|quad|"
    r"vehicle|jeep|trailer|scooter)\b|"
    r"\b(?:came|come|comes|walked|walks|rolled)\s+(?:in\s*)?(?:to|into)\s+(?:the|our|my)\s+"
    r"(?:pharmacy|chemist|dispensary|medical\s+store|drug\s?store)\b",
    re.IGNORECASE,
)
_INCIDENT_WORDS = frozenset(
    "driver drivers passenger passengers rider riders pillion pedestrian pedestrians cyclist "
    "cyclists occupant occupants pharmacy chemist dispensary store drugstore".split()
)
# A place that is the author's own: "I was born in Ohio", "I'm from Cork".
_AUTHOR_PLACE = re.compile(
    r"\b(?:I\s+was\s+born|I\s+grew\s+up|I(?:['’]m|\s+am)\s+(?:originally\s+)?from|I\s+live|"
    r"I\s+lived|I\s+trained|I\s+studied)\s+(?:in\s+)?$",
    re.IGNORECASE,
)
# Practices open or closed to new patients, a stereotype ("Nothing says Saturday night in
# Blackpool like..."): about a service or a type, no one's case.
_NOTICE = re.compile(
    r"\b(?:taking|accepting|closed\s+to|open\s+to|not\s+accepting)\s+new\s+patients\b|"
    r"\bopened\s+(?:their|its|our)\s+books\b|^\W*nothing\s+says\b|"
    r"\b(?:most|worst|best|nicest|rudest)\s+(?:\w+\s+)?patients\s+are\s+(?:the\s+ones|always|those)\b",
    re.IGNORECASE,
)
# A simulated patient: "our sim actor Gareth", "the skills lab mannequin".
_SIMULATION = re.compile(
    r"\b(?:sim|simulation|simulated)\s+(?:actor|patient|man|lab|session|scenario|training)|"
    r"\b(?:manikin|mannequin|skills\s+lab|standardi[sz]ed\s+patient|actor\s+patient)\b",
    re.IGNORECASE,
)
# The patient asked for the post: "she told me to put this 'on the Twitter'".
_PERMISSION = re.compile(
    r"\b(?:she|he|they)\s+(?:told|asked|wanted|begged)\s+me\s+to\s+(?:put|post|share|tweet)\s+"
    r"(?:this|it)\b|\bwith\s+(?:her|his|their)\s+(?:blessing|permission)\b",
    re.IGNORECASE,
)
# The author's own operation or results: "6 weeks post my own appendicectomy", "being the
# patient was humbling", "our final year results came out today and I'm officially a doctor".
_OWN_NEWS_MORE = re.compile(
    r"\bmy\s+own\s+(?:\w+\s+)?(?:op|operation|surgery|admission|diagnosis|treatment|illness|"
    r"injury|fracture|\w+ectomy|\w+plasty)\b|\bbeing\s+the\s+patient\b|"
    r"\bI(?:['’]m|\s+am)\s+(?:now\s+)?officially\s+(?:a|an)\s+\w+|"
    r"\b(?:our|my)\s+(?:final[\s-]year\s+|exam\s+)?results\s+came\s+out\b",
    re.IGNORECASE,
)
# A child the post is about ("a 4 year old"): a sentence opening with "Mum says" is then the
# child's mother, not the author's.
_ANOTHERS_CHILD = re.compile(
    r"\b(?:a|an|the|this)\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve)[\s-](?:year|yr|month|week)s?[\s-]old\b",
    re.IGNORECASE,
)
# A place named in those languages: "na maternidade de Juazeiro", "dari Marang".
_PLACE_ABROAD = re.compile(
    r"\b(?:maternidade|hospital|clínica|clinica|klinik|hôpital|ospedale|posto)\s+(?:de|do|da|di)\s+"
    r"[A-Z][\w'’-]+|\b(?:dari|desde)\s+[A-Z][a-z]{3,}"
)
# Someone from the author's own street or estate: a neighbour, known to the author and to all
# who live there ("That big alhaji from our street").
_NEIGHBOUR = re.compile(
    r"\b(?:from|on|in|of|down|up)\s+(?:our|my)\s+(?:street|road|estate|compound|block|close|"
    r"building|lane|avenue)\b",
    re.IGNORECASE,
)
# A man said casually, which the shared person cues leave out: "the guy asked if he could
# have it back".
# ("This guy in bed 4 is..." opens a rant about a type as often as a case: not read.)
_GUY = re.compile(r"\b(?:the|a|some|one)\s+guy\b", re.IGNORECASE)
# Praise of colleagues: "Shout out to the lads in the portering office in Beaumont".
_SHOUT_OUT = re.compile(
    r"\bshout[\s-]?out\s+to\s+(?:the|my|our|all)\s+(?:[\w'’-]+\s+)?(?:lads|team|girls|staff|crew|"
    r"nurses|porters|colleagues|everyone|gang|squad)\b",
    re.IGNORECASE,
)
# Quoted speech: the patient's own words ("First words: 'don't tell my wife'") are not the
# author's family. An apostrophe inside a word does not close the quote.
_QUOTED = re.compile(
    r"(?:^|(?<=[\s:(]))['‘\"“](?:[^'’\"”\n]|(?<=\w)['’](?=\w)){2,160}?['’\"”](?=[\s.,!?:;)]|$)"
)


# Weak or common details that should not count as distinctive on their own when the case is
# clearly a general reflection ("another death on the ward" is sad, not identifying).
_COMMON_OUTCOMES = frozenset({"died", "passed away", "didn't make it", "did not make it"})


@dataclass(frozen=True, slots=True)
class CaseProfile:
    """The cues one post (or a thread of posts) holds, by kind."""

    encounter: tuple[cues.Cue, ...] = ()
    strong_encounter: bool = False
    by_kind: dict[str, tuple[cues.Cue, ...]] = field(default_factory=dict)
    named_place: bool = False
    occupation: bool = False
    very_rare: bool = False
    consent: bool = False
    own_family: bool = False
    public_figure: bool = False
    education: bool = False
    teaching: bool = False
    small_place: bool = False
    recognisable: bool = False
    aggregate: bool = False  # a shift summary over many patients
    own_activity: bool = False  # the author's own feat ("Ran the Dublin marathon yesterday")
    feat: bool = False  # someone's feat celebrated ("ran his 50th marathon in Berlin")
    colleague_news: bool = False  # a colleague's own news or praise ("our nurse had twins")
    generic: bool = False  # a warning to anyone ("A child can drown..."), or "not a patient"
    town: bool = False  # a town, region or venue by name (spaCy GPE/LOC/FAC), not only a hospital
    health: bool = True  # a condition, injury, procedure or care word (cues.HEALTH)
    acquaintance: bool = False  # the patient is someone the author knows (cues.ACQUAINTANCE)
    town_named: bool = False  # a place by a proper name in running text ("in Mallow"), or spaCy's
    own_news: bool = False  # the author's own news ("I'm expecting twins", "lost my grandpa")
    many: bool = False  # many people counted ("admitted 41 people", "9 sets of triplets")

    @property
    def kinds(self) -> frozenset[str]:
        """The quasi-identifier kinds present."""
        return frozenset(k for k in KINDS if self.by_kind.get(k))

    def merged(self, other: CaseProfile) -> CaseProfile:
        """The union of two profiles: several posts about one case, seen as one."""
        return CaseProfile(
            encounter=self.encounter + other.encounter,
            strong_encounter=self.strong_encounter or other.strong_encounter,
            by_kind={k: self.by_kind.get(k, ()) + other.by_kind.get(k, ()) for k in KINDS},
            named_place=self.named_place or other.named_place,
            occupation=self.occupation or other.occupation,
            very_rare=self.very_rare or other.very_rare,
            consent=self.consent or other.consent,
            own_family=self.own_family or other.own_family,
            public_figure=self.public_figure or other.public_figure,
            education=self.education or other.education,
            teaching=self.teaching or other.teaching,
            small_place=self.small_place or other.small_place,
            recognisable=self.recognisable or other.recognisable,
            town=self.town or other.town,
            town_named=self.town_named or other.town_named,
            health=self.health or other.health,
            acquaintance=self.acquaintance or other.acquaintance,
            aggregate=self.aggregate or other.aggregate,
            own_activity=self.own_activity or other.own_activity,
            feat=self.feat or other.feat,
            colleague_news=self.colleague_news or other.colleague_news,
            generic=self.generic or other.generic,
            own_news=self.own_news or other.own_news,
            many=self.many or other.many,
        )


_STEMS: list[object] = [None, frozenset()]
_APOSTROPHE_ETC = re.compile(r"['’/&].*")


def _stems(text: str) -> frozenset[str]:
    """The post's tokens with what a lexicon entry may add cut off ("runner's" -> "runner",
    "farmers" -> "farmer"), and the tokens themselves; kept for the last text."""
    if _STEMS[0] is text:
        return _STEMS[1]  # type: ignore[return-value]
    _, found = cues.lowered_words(text)
    stems = set(found)
    for word in found:
        base = _APOSTROPHE_ETC.sub("", word)
        stems.update((base, base[:-1], base[:-2]))
    _STEMS[0], _STEMS[1] = text, frozenset(stems)
    return _STEMS[1]  # type: ignore[return-value]


def _lexicon_cues(kind: str, name: str, text: str) -> list[cues.Cue]:
    """``cues.lexicon_cues``, skipping the long alternation when no word of the post starts
    an entry (the lexicons hold hundreds of phrases; most framed posts hold none), and the
    always-searched entries when their anchors rule them out (``_rest_gate``)."""
    first, whole, rest = lexicons.gated(name)
    regex = whole if not first.isdisjoint(_stems(text)) else rest
    if regex is None or (regex is rest and not _rest_gate(name).may_match(text)):
        return []
    return list(cues.iter_cues(kind, regex, text, f"lexicon:{name}"))


@functools.cache
def _rest_gate(name: str) -> anchors.AnchorSet:
    """The anchors of lexicon ``name``'s always-searched entries. Kept only where they rule
    posts out ("occupations": "manager", "-smith"... let none of the bench archive's framed
    posts through, 0.0002 CPU ms a post of it); "distinctive"'s ("baby", "with a") let half
    through and would only add to every post's anchor pass."""
    _, _, rest = lexicons.gated(name)
    return anchors.AnchorSet(() if rest is None or name != "occupations" else (rest,))


# The case-insensitive expressions added for fresh phrasings, over lower-cased text (about
# twice as fast on long alternations; ``cues.for_lowered_text``).
_LOWER = {
    name: cues.for_lowered_text(getattr(cues, name))
    for name in (
        "TIME_MORE",
        "JOB_MORE",
        "AGE_MORE",
        "MECHANISM",
        "HEALTH_SHORTHAND",
        "ENCOUNTER_MORE",
        "COLLEAGUE_PATIENT",
        "FEAT",
        "NEWCOMER",
        "PERSON_MORE",
        "HABIT",
        "ONLY_ONE",
        "COLLEAGUE_NEWS",
        "GENERIC_PERSON",
        "NOT_A_CASE",
        "EDUCATION_MORE",
        "OWN_ACTIVITY",
    )
}

# The cue expressions that cost a profile most, each behind its anchors (``anchors.AnchorSet``,
# looked up in the pass every recognizer shares): most framed posts hold no time, age or
# recognisable detail, and a profile searched some 25 long alternations over the whole post
# (0.018 CPU ms per post of the bench archive). Left out: those whose anchors are everyday
# words ("the", "our", "at the", "today"), which would only add to every post's pass (TIME's
# let 94% of framed posts through and added 1.8 anchor hits to every post).
_GATED = (
    *(cues.AGE, cues.SEX, cues.FAMILY, cues.RECOGNISABLE, cues.NAMED_PLACE),
    *(cues.ACQUAINTANCE, cues.SMALL_PLACE, cues.EMPLOYER_JOB, cues.STREET, cues.NEWS_EVENT),
    *(cues.ROAD, _VERY_RARE, _RECORD, _JOB_EXTRA, _RARITY),
    *(cues.TIME_MORE, cues.JOB_MORE, cues.MECHANISM, cues.NEWCOMER, cues.PERSON_MORE),
    *(cues.COLLEAGUE_PATIENT, cues.HABIT),
)
_GATES: dict[re.Pattern[str], anchors.AnchorSet | anchors.DigitOrAnchors] = {
    regex: anchors.AnchorSet((regex,))
    for regex in (*_GATED, *(_LOWER[name] for name in _LOWER if getattr(cues, name) in _GATED))
}
# Expressions whose anchors are poor only through their number branches (a clock time's "h",
# a date's "/"), gated by a digit or their word branches' anchors (``anchors.DigitOrAnchors``):
# on the bench archive's framed posts TIME's gate lets 5% through (all of them matches), AGE_MORE's
# 4% (no match), PLACE_MORE's 39%; the three searched cost 0.0034 CPU ms per post of it before.
_GATES.update(
    {
        regex: anchors.DigitOrAnchors(regex)
        for regex in (cues.TIME, cues.AGE_MORE, _LOWER["AGE_MORE"], cues.PLACE_MORE)
    }
)


def _cues(
    kind: str, regex: re.Pattern[str], text: str, source: str = "", lowered: str | None = None
) -> list[cues.Cue]:
    """``cues.iter_cues`` over ``text`` (or its ``lowered`` copy) as a list, none when the
    expression's gate (``_GATES``) rules it out."""
    if not _may_match(regex, text):
        return []
    return list(cues.iter_cues(kind, regex, text if lowered is None else lowered, source))


def _may_match(regex: re.Pattern[str], text: str) -> bool:
    """False only when ``regex`` has a gate and none of its anchors is in ``text`` (the gate
    text of the post and of its lower-cased copy are the same)."""
    gate = _GATES.get(regex)
    return gate is None or gate.may_match(text)


def _more(kind: str, name: str, text: str, source: str) -> list[cues.Cue]:
    """Cues of ``cues.<name>`` in ``text``, searched over its lower-cased copy when lower-casing
    keeps every offset (evidence spans must index the post text)."""
    lowered, _ = cues.lowered_words(text)
    if len(lowered) == len(text):
        return _cues(kind, _LOWER[name], text, source, lowered)
    return _cues(kind, getattr(cues, name), text, source)


def _has(name: str, text: str) -> bool:
    """Whether ``cues.<name>`` occurs in ``text`` (over the lower-cased copy)."""
    lowered, _ = cues.lowered_words(text)
    regex = _LOWER[name]
    return _may_match(regex, text) and regex.search(lowered) is not None


def _distinctive(text: str) -> list[cues.Cue]:
    return _lexicon_cues("distinctive", "distinctive", text)


def case_profile(text: str, doc: object = None, *, require_encounter: bool = True) -> CaseProfile:
    """Every quasi-identifier cue in ``text`` (spaCy ``doc`` adds named places when given).

    A post with no encounter frame has no case of its own (empty profile), unless
    ``require_encounter`` is False: a later post of a thread adds cues to a case framed earlier.
    """
    frame = cues.patient_frame_span(text)
    if frame is None:
        frame = _extra_frame(text)
    if frame is None:
        headline = _headline(text)
        frame = headline.span() if headline is not None else None
    if frame is None and require_encounter:
        return CaseProfile()
    encounter = (cues.Cue("encounter", frame[0], frame[1], "frame"),) if frame else ()
    found = _found_cues(text, doc)
    places = found.named + found.small + found.units
    acquaintance = (
        (_may_match(cues.ACQUAINTANCE, text) and cues.ACQUAINTANCE.search(text) is not None)
        or _has("COLLEAGUE_PATIENT", text)
        or (("our " in text or "my " in text) and _NEIGHBOUR.search(text) is not None)
    ) and _NOT_A_PATIENT.search(text) is None
    fields: dict[str, object] = {
        "encounter": encounter,
        "by_kind": {
            "time": tuple(found.time),
            "place": tuple(places),
            "person": tuple(found.person),
            "distinctive": tuple(found.distinctive),
        },
        "named_place": bool(found.named or found.small),
        "small_place": bool(found.small),
        "occupation": bool(found.jobs),
    }
    kinds_present = sum(map(bool, (found.time, places, found.person, found.distinctive)))
    if require_encounter and not acquaintance and kinds_present < 2:
        # One kind scores nothing (``combination_score``), so the guards are not searched;
        # a thread (``require_encounter=False``) merges profiles and needs them all.
        return CaseProfile(**fields)
    return CaseProfile(**fields, **_context_flags(text, found, encounter, acquaintance))


@dataclass(slots=True)
class _FoundCues:
    """The cues of one text by what they say, before they are grouped into the four kinds."""

    time: list[cues.Cue]
    named: list[cues.Cue]  # a town, venue, road or hospital by name
    units: list[cues.Cue]  # "our ED", "the ward"
    small: list[cues.Cue]  # a village, a street, a local venue or figure
    person: list[cues.Cue]
    jobs: list[cues.Cue]
    figures: tuple[cues.Cue, ...]  # someone the whole place knows ("Marie at the bakery")
    distinctive: list[cues.Cue]
    recognisable: list[cues.Cue]  # the distinctive cues that hint at who it is


def _found_cues(text: str, doc: object) -> _FoundCues:
    """Every cue of ``text``, each list in the order its finders ran (evidence spans show the
    first of each kind). Some cues count twice: a job at a named employer is a person and a
    place, a local figure a person, a small place and a hint at who it is."""
    time = _cues("time", cues.TIME, text)
    time += _more("time", "TIME_MORE", text, "time_more")
    abroad = _abroad(text)
    if abroad:
        time += list(cues.iter_cues("time", _TIME_ABROAD, text, "time_abroad"))
    employer = _cues("person", cues.EMPLOYER_JOB, text, "employer_job")
    regulars = _cues("person", cues.LOCAL_REGULAR, text, "local_regular")
    kin = _cues("person", cues.FAMILY_MORE, text, "family_more")
    figures = _local_figures(text)
    named = _named_places(text, doc, employer)
    units = _cues("place", cues.UNIT_ONLY, text, "unit")
    units += _cues("place", cues.UNIT_MORE, text, "unit")
    small = _cues("place", cues.SMALL_PLACE, text, "small_place")
    small += _cues("place", cues.STREET, text, "street")  # one street: a few houses
    small += [cues.Cue("place", c.start, c.end, "local_venue") for c in regulars]
    small += [cues.Cue("place", c.start, c.end, "local_figure") for c in figures]
    jobs = _jobs(text, employer)
    named += _towns_of(text, jobs)
    person = _persons(text, kin, jobs, regulars, figures)
    if abroad:
        person += list(cues.iter_cues("person", _AGE_ABROAD, text, "age_abroad"))
        named += list(cues.iter_cues("place", _PLACE_ABROAD, text, "venue"))
    if "guy" in text or "Guy" in text:
        person += list(cues.iter_cues("person", _GUY, text, "guy"))
    named, units, small, person = _drop_not_patients(text, named, units, small, person)
    distinctive, recognisable = _distinctive_cues(text, time, kin, figures)
    found = _FoundCues(time, named, units, small, person, jobs, figures, distinctive, recognisable)
    _drop_weak_distinctive(text, found)
    return found


_TIME_ABROAD_WORDS = frozenset(
    "hoje ontem esta hoy anoche ayer anteayer aujourd aujourd'hui aujourd’hui hier ce cette aaj "
    "kal semalam pagi malam hari tadi kagabi kanina kaninang".split()
)


def _abroad(text: str) -> bool:
    """Whether the post holds a time word of a code-mixed post (``_TIME_ABROAD``; a token
    look-up first)."""
    _, found = cues.lowered_words(text)
    return not found.isdisjoint(_TIME_ABROAD_WORDS) and _TIME_ABROAD.search(text) is not None


def _drop_not_patients(
    text: str,
    named: list[cues.Cue],
    units: list[cues.Cue],
    small: list[cues.Cue],
    person: list[cues.Cue],
) -> tuple[list[cues.Cue], list[cues.Cue], list[cues.Cue], list[cues.Cue]]:
    """Cues that describe no patient: the author's own town ("I was born in Ohio"), "Our Lady"
    (a saint, a hospital's name), a count read as an age ("23,000 steps")."""

    def authors(c: cues.Cue) -> bool:
        return _AUTHOR_PLACE.search(text, max(0, c.start - 30), c.start) is not None

    def not_a_person(c: cues.Cue) -> bool:
        return (
            text[c.start : c.end] == "Lady" and text[max(0, c.start - 4) : c.start] == "Our "
        ) or re.match(r",\d{3}\b", text[c.end : c.end + 5]) is not None

    return (
        [c for c in named if not authors(c)],
        [c for c in units if not authors(c)],
        [c for c in small if not authors(c)],
        [c for c in person if not not_a_person(c)],
    )


def _named_places(text: str, doc: object, employer: list[cues.Cue]) -> list[cues.Cue]:
    """Places by name: towns and hospitals, venues, roads, "our Exeter department", a named
    employer, and spaCy's places (an ORG only when it is a hospital or clinic)."""
    named = (
        [cues.Cue("place", s, e, "named_place") for s, e in _named_place_spans(text) if e > s]
        if _may_match(cues.NAMED_PLACE, text)
        else []
    )
    named += _cues("place", cues.PLACE_MORE, text, "venue")
    named += _cues("place", cues.ROAD, text, "road")
    named += _cues("place", _TOWN_UNIT, text, "venue")
    named += [cues.Cue("place", c.start, c.end, "venue") for c in employer]
    for start, end, label in nlp.entities(doc, _PLACE_ENTS):
        if label == "ORG" and not re.search(
            r"hospital|clinic|infirmary|general|centre|center", text[start:end], re.I
        ):
            continue
        named.append(cues.Cue("place", start, end, f"ner:{label}"))
    return named


def _jobs(text: str, employer: list[cues.Cue]) -> list[cues.Cue]:
    """What the person does: the occupations lexicon, the extra job patterns, a named employer."""
    jobs = _lexicon_cues("person", "occupations", text)
    jobs += _more("person", "JOB_MORE", text, "job_more")
    jobs += employer
    jobs += _cues("person", _JOB_EXTRA, text, "job_extra")
    return jobs


def _persons(
    text: str,
    kin: list[cues.Cue],
    jobs: list[cues.Cue],
    regulars: list[cues.Cue],
    figures: tuple[cues.Cue, ...],
) -> list[cues.Cue]:
    """Who the person is: age, sex, family, job, nationality, a local regular or figure."""
    person = _cues("person", cues.AGE, text, "age")
    person += _cues("person", cues.SEX, text, "sex")
    person += _cues("person", cues.FAMILY, text, "family")
    person += _more("person", "AGE_MORE", text, "age_more")
    person += _more("person", "PERSON_MORE", text, "person_more")
    person += kin
    person += jobs
    person += _lexicon_cues("person", "demonyms", text)
    person += regulars
    person += figures
    return person


def _distinctive_cues(
    text: str, time: list[cues.Cue], kin: list[cues.Cue], figures: tuple[cues.Cue, ...]
) -> tuple[list[cues.Cue], list[cues.Cue]]:
    """The distinctive cues, and those of them that hint at who it is (``recognisable``)."""
    distinctive = _distinctive(text)
    # a holiday is a time; it only counts as distinctive when something else is
    distinctive = [c for c in distinctive if not any(t.start <= c.start < t.end for t in time)]
    distinctive += _more("distinctive", "MECHANISM", text, "mechanism")
    distinctive += _more("distinctive", "NEWCOMER", text, "newcomer")
    recognisable = _cues("distinctive", cues.RECOGNISABLE, text, "recognisable")
    recognisable += [cues.Cue("distinctive", c.start, c.end, "family_more") for c in kin]
    recognisable += _more("distinctive", "HABIT", text, "habit")
    recognisable += _more("distinctive", "ONLY_ONE", text, "only_one")
    recognisable += _cues("distinctive", cues.NEWS_EVENT, text, "news_event")
    recognisable += [cues.Cue("distinctive", c.start, c.end, "local_figure") for c in figures]
    recognisable += _cues("distinctive", _RARITY, text, "rarity")
    recognisable += _cues("distinctive", _HABIT_YEAR, text, "habit")
    distinctive += recognisable
    distinctive += _cues("distinctive", _VERY_RARE, text, "very_rare")
    record = _cues("distinctive", _RECORD, text, "record")
    distinctive += record
    recognisable += record
    return distinctive, recognisable


def _drop_weak_distinctive(text: str, found: _FoundCues) -> None:
    """Drop distinctive cues that point at no one: those inside an idiom ("you know who you
    are"), a discretion marker in a post with no one, nowhere and no care in it (the author's
    own secret), and a common outcome ("died") without a time and a place or person."""
    idioms = [m.span() for m in _IDIOM.finditer(text)]
    if idioms:
        found.distinctive = [
            c for c in found.distinctive if not any(s <= c.start < e for s, e in idioms)
        ]
        found.recognisable = [
            c for c in found.recognisable if not any(s <= c.start < e for s, e in idioms)
        ]
    nowhere = not (found.named or found.small or found.units)
    if not found.person and nowhere and found.distinctive and not _cared(text):

        def kept(cues_found: list[cues.Cue]) -> list[cues.Cue]:
            return [c for c in cues_found if not _DISCRETION_ONLY.match(text[c.start : c.end])]

        found.distinctive, found.recognisable = kept(found.distinctive), kept(found.recognisable)
    common = all(text[c.start : c.end].lower() in _COMMON_OUTCOMES for c in found.distinctive)
    if found.distinctive and common and not (found.time and (found.named or found.person)):
        found.distinctive = []


def _context_flags(
    text: str, found: _FoundCues, encounter: tuple[cues.Cue, ...], acquaintance: bool
) -> dict[str, object]:
    """What makes the case more or less a patient's: the strength of the encounter, health,
    consent, the author's own family or news, a public figure, education and the rest
    (``combination_score`` reads them)."""
    public_figure = (
        cues.PUBLIC_FIGURE_NEWS.search(text) is not None
        or _PUBLIC_DISCLOSURE.search(text) is not None
    )
    cared = _cared(text)
    many = _many(text)
    health = _health(text, found)
    named = found.named
    spoken = _unquoted(text)  # the author's words, without the patient's quoted ones
    return {
        "health": health,
        "strong_encounter": cared
        or _strong_encounter(text, encounter, health=health, public_figure=public_figure),
        "recognisable": bool(found.recognisable),
        "aggregate": cues.AGGREGATE.search(text) is not None or many,
        "many": many,
        "own_activity": _has("OWN_ACTIVITY", text),
        "acquaintance": acquaintance,
        "town": any(c.source in ("ner:GPE", "ner:LOC", "ner:FAC") for c in named),
        "town_named": any(
            c.source in ("ner:GPE", "ner:LOC", "ner:FAC", "venue")
            or (c.source == "named_place" and _TOWN_IN_TEXT.match(text, c.start))
            for c in named
        ),
        "very_rare": _VERY_RARE.search(text) is not None,
        "consent": cues.CONSENT.search(text) is not None
        or cues.CONSENT_MORE.search(text) is not None
        or _PERMISSION.search(text) is not None,
        "own_family": (
            _own_family(spoken)
            or (
                cues.OWN_FAMILY_BARE.search(spoken) is not None
                and _BORN_HERE.search(text) is None
                and _ANOTHERS_CHILD.search(text) is None
            )
            or _OWN_CHILD.search(spoken) is not None
        )
        and _CARE_OF_ANOTHER.search(text) is None,
        "own_news": (_OWN_NEWS.search(text) is not None or _OWN_NEWS_MORE.search(text) is not None)
        and _CARE_OF_ANOTHER.search(text) is None,
        "public_figure": public_figure,
        "education": cues.EDUCATION.search(_without_habits(text)) is not None
        or _has("EDUCATION_MORE", text),
        "feat": _has("FEAT", text),
        "colleague_news": (
            _has("COLLEAGUE_NEWS", text)
            or _NOT_A_PATIENT.search(text) is not None
            or _SHOUT_OUT.search(text) is not None
        )
        and not acquaintance,
        "generic": _has("GENERIC_PERSON", text)
        or _has("NOT_A_CASE", text)
        or _WRITE_TO_REP.search(text) is not None
        or _NOTICE.search(text) is not None,
        "teaching": cues.TEACHING.search(text) is not None or _SIMULATION.search(text) is not None,
    }


def _unquoted(text: str) -> str:
    """``text`` with quoted speech blanked (same length)."""
    if not any(q in text for q in "'‘\"“"):
        return text
    return _QUOTED.sub(lambda m: " " * len(m.group()), text)


def _health(text: str, found: _FoundCues) -> bool:
    """A condition, injury, test or care is in the post ("the whole town" is recognition, not
    health; a local figure is only read with a condition, test or treatment)."""
    hints = {(c.start, c.end) for c in found.recognisable}
    return (
        any(
            c.source in ("lexicon:distinctive", "mechanism") and (c.start, c.end) not in hints
            for c in found.distinctive
        )
        or _CARE_MORE.search(text) is not None
        or cues.HEALTH.search(text) is not None
        or cues.CARE.search(text) is not None
        or cues.ENCOUNTER.search(text) is not None
        or _has("HEALTH_SHORTHAND", text)
        or _PATIENT_IS.search(text) is not None
        or bool(found.figures)
        or (_abroad(text) and _BIRTH_ABROAD.search(text) is not None)
    )


def _strong_encounter(
    text: str, encounter: tuple[cues.Cue, ...], *, health: bool, public_figure: bool
) -> bool:
    """The frame is a case the author had, not their evening, a talk or a public figure's news."""
    evening = _OWN_EVENING.search(text) is not None  # "Saw a trad session in Doolin"
    return (
        not evening
        and bool(encounter)
        and health  # "the whole town was out": a frame with nothing about care is no case
        and not public_figure  # "a famous singer announcing...": their news, no care given
        and (cues.strong_patient_frame(text) or cues.CASE_FRAME.search(text) is not None)
        and not _own_family(text)
        and cues.EDUCATION.search(_without_habits(text)) is None  # a talk
    )


def _cared(text: str) -> bool:
    """Whether the author says they gave someone care ("we admitted", "scoped a", "came in")."""
    lowered, _ = cues.lowered_words(text)
    same = len(lowered) == len(text)
    regex, where = (_STRONG_LOWER, lowered) if same else (_STRONG_ENCOUNTER, text)
    m = regex.search(where)
    while m is not None and _OWN_CHILD.match(where, m.start()) is not None:
        # "my little man (5)": the author's child, not "my man in bed 3"
        m = regex.search(where, m.end())
    return (
        m is not None
        or _has("ENCOUNTER_MORE", text)
        or _DIAGNOSED_ANOTHER.search(text) is not None
        or (_abroad(text) and _BIRTH_ABROAD.search(text) is not None)
    )


def _own_family(text: str) -> bool:
    """``cues.OWN_FAMILY`` in ``text``, not counting "I diagnosed him" (the author's care of
    someone else, which its "I ... diagnosed" alternative also reads)."""
    return any(
        _DIAGNOSED_ANOTHER.match(text, m.start()) is None for m in cues.OWN_FAMILY.finditer(text)
    )


@functools.lru_cache(maxsize=1)
def _local_figures(text: str) -> tuple[cues.Cue, ...]:
    """Local figures (``_LOCAL_FIGURE``) in a post that also gives a health detail. The last
    text's answer is kept: ``_extra_frame`` and then ``case_profile`` ask for the same post."""
    _, found = cues.lowered_words(text)
    if (
        found.isdisjoint(_LOCAL_WORDS)
        or found.isdisjoint(_LOCAL_LINKS)
        or not _personal_health(text)
    ):
        return ()
    return tuple(cues.iter_cues("person", _LOCAL_FIGURE, text, "local_figure"))


# A case opened by where the care happened rather than by a verb of care: a round, a visit or
# a clinic out in the community ("District round: the ex-miner in Ashington...", "CHV home
# visit in Kibera yesterday", "Mobile clinic at Loiyangalani today, the elder..."). Read by
# this pass only: the case still needs three kinds of cue (``combination_score``).
_SETTING_FRAME = re.compile(
    r"\b(?:district|community|home|outreach|mobile|village|school|rural|CHV|CHW|domiciliary)\s+"
    r"(?:rounds?|visits?|clinic|nursing|health\s+(?:team|visits?)|call|dental\s+clinic)\b",
    re.IGNORECASE,
)
# A headline ending in a colon after a time or unit word, when a person follows it ("Gisborne
# on call: local school principal, chainsaw to the thigh", "Lethbridge night: rodeo clown,
# fifties"). Without the person it is a shift's mood or a notice ("Saturday nights in
# Galway: kettle, ECG, kettle", "Pharmacy First in England: sore throat, earache").
_HEADLINE = re.compile(cues.HEADLINE_FRAME, re.IGNORECASE)
# Its opening time or unit word, in the shared anchor pass: about 60% of the bench archive's
# posts with ": " hold none, and the search cost 0.0018 CPU ms per post there.
_HEADLINE_GATE = anchors.AnchorSet((re.compile(cues.HEADLINE_OPENING, re.IGNORECASE),))
_PERSON_AFTER_HEADLINE = 40  # characters after the colon where the person must start


def _headline(text: str) -> re.Match[str] | None:
    """``_HEADLINE`` in ``text`` when a person is named just after its colon (read from those
    few characters alone: most headlines are a shift's kit or mood, "Night shift survival kit:
    coffee, ...", and profiling the whole post for them cost 0.01 ms a post on the bench
    archive). Only a colon with a space after it can end one (most colons are in links)."""
    if ": " not in text or not _HEADLINE_GATE.may_match(text):
        return None
    m = _HEADLINE.search(text)
    if m is None:
        return None
    after = text[m.end() : m.end() + _PERSON_AFTER_HEADLINE + 20]
    person = _persons(after, [], _jobs(after, []), [], ())
    return m if any(c.start <= _PERSON_AFTER_HEADLINE for c in person) else None


_SETTING_WORDS = frozenset(
    "district community home outreach mobile village school rural chv chw domiciliary".split()
)


# Every word the look-ups of ``_extra_frame`` ask for: the post's words are intersected with
# them once, and each look-up reads that small set (six look-ups over every post's words cost
# 0.0016 CPU ms a post of the bench archive; seven posts in ten hold none of them;
# _extra_frame 3.1 -> 2.2 CPU us a post).
_EXTRA_FRAME_WORDS = (
    _RARE_BIRTH_WORDS
    | _LOCAL_WORDS
    | _RARITY_WORDS
    | _SETTING_WORDS
    | _INCIDENT_WORDS
    | _ABROAD_WORDS
)


def _extra_frame(text: str) -> tuple[int, int] | None:
    """A case the patient frame does not open: a local figure with a health detail, a birth
    so rare it is one family's ("quadruplets"), a community setting (``_SETTING_FRAME``;
    headlines are ``_headline``), someone in a crash or at the author's counter
    (``_INCIDENT_PERSON``), a birth told in another language (``_BIRTH_ABROAD``). Token look-ups
    first: most posts hold none."""
    _, words = cues.lowered_words(text)
    found = _EXTRA_FRAME_WORDS.intersection(words)
    if not found:
        return None
    if not found.isdisjoint(_RARE_BIRTH_WORDS):
        m = _RARE_BIRTH.search(text)
        if m is not None and (
            cues.TIME.search(text) is not None or _has("TIME_MORE", text) or _abroad(text)
        ):  # told with a when: one birth, not "twins, triplets, singletons: every family"
            return m.span()
    figures = _local_figures(text) if not found.isdisjoint(_LOCAL_WORDS) else ()
    if figures:
        return figures[0].start, figures[0].end
    if not found.isdisjoint(_RARITY_WORDS):  # "biggest hydrocele I've ever seen today in Tamale"
        m = _RARITY.search(text)
        if m is not None:
            return m.span()
    if not found.isdisjoint(_SETTING_WORDS):
        m = _SETTING_FRAME.search(text)
        if m is not None:
            return m.span()
    if not found.isdisjoint(_INCIDENT_WORDS):
        m = _INCIDENT_PERSON.search(text)
        if m is not None:
            return m.span()
    if not found.isdisjoint(_ABROAD_WORDS):
        m = _BIRTH_ABROAD.search(text)
        if m is not None:
            return m.span()
    return None


def _without_habits(text: str) -> str:
    """``text`` without what EDUCATION must not read in a case: a burn's "15%"
    (``cues.CLINICAL_PERCENT``) and a habit's "every year" (``_HABIT_YEAR``)."""
    return _without(_HABIT_YEAR, _without(cues.CLINICAL_PERCENT, text))


def _without(regex: re.Pattern[str], text: str) -> str:
    """``text`` with ``regex``'s matches blanked (same length): a burn's "15%" is no statistic."""
    return regex.sub(lambda m: " " * len(m.group()), text)


def combination_score(p: CaseProfile) -> tuple[float, list[tuple[str, str]]]:
    """How likely the profile identifies one patient, and the reasons (the finding's trail)."""
    kinds = p.kinds
    trail = [("kinds", "+".join(sorted(kinds)))]
    if p.encounter and p.acquaintance and p.health and not (p.consent or p.own_family):
        trail.append(("acquaintance", "the author knows the patient"))
        return 0.62, trail  # a neighbour, an ex's partner, a colleague: known to all who know both
    if not p.encounter or len(kinds) < 2:
        return 0.0, trail
    distinctive = "distinctive" in kinds
    others = len(kinds - {"distinctive"})
    striking = p.very_rare or p.recognisable or p.small_place
    if distinctive and others >= 3:
        score = 0.92
    elif distinctive and others == 2:
        score = 0.85
    elif distinctive and others == 1 and striking:
        score = 0.7  # a hint at who it is, or a small place: two kinds are enough
    elif distinctive and others == 1 and p.occupation and p.named_place:
        score = 0.7
    elif not distinctive and p.occupation and p.named_place and others >= 2:
        score = 0.66  # "the retired jockey from Kildare": a job in a small place is distinctive
    elif not distinctive and p.small_place and "person" in kinds and p.strong_encounter:
        score = 0.62  # a described person in a village is known to everyone there
    elif not distinctive and p.named_place and others == 3 and p.strong_encounter:
        score = 0.55  # a named town or venue, a date and a described person, in a real case
    elif not distinctive and p.town_named and others == 3:
        score = 0.58  # the same told as news ("crash near Ballina today, a rider in his 20s")
    elif not distinctive and p.named_place and others == 3:
        score = 0.45  # a big hospital, a date and "a 70-year-old": common, not one person
    elif distinctive and others == 1 and p.strong_encounter and (p.named_place or p.occupation):
        score = 0.55  # a case the author had, one unusual thing and where or who: enough
    elif not distinctive and p.town_named and "time" in kinds and p.strong_encounter:
        score = 0.52  # the author's case, on a given day, in a town named
    elif not distinctive and p.town_named and "person" in kinds and p.strong_encounter:
        score = 0.52  # someone the author cared for, described, from a town named
    elif distinctive:
        score = 0.4
    else:
        score = 0.15 + 0.08 * others
    if not p.strong_encounter:
        score *= 0.9
        trail.append(("encounter", "weak"))
        if not p.health:
            score *= 0.4  # a person placed somewhere, and nothing about health or care
            trail.append(("lowered", "no health detail"))
    if p.consent or p.teaching:
        score *= 0.3
        trail.append(("lowered", "consent or teaching case"))
    if p.own_family and not p.strong_encounter:
        score *= 0.3
        trail.append(("lowered", "author's own family"))
    if p.public_figure and not re.search("guess", " ".join(c.source for c in p.encounter)):
        if not p.strong_encounter:
            score *= 0.35
            trail.append(("lowered", "public figure's own news"))
    if p.own_news:
        score *= 0.3  # the author's own pregnancy or loss: their news, no patient's
        trail.append(("lowered", "the author's own news"))
    if p.own_activity and "person" not in kinds:
        score *= 0.3  # the only one doing anything is the author
        trail.append(("lowered", "the author's own activity"))
    if p.feat and not p.strong_encounter:
        score *= 0.3  # "our ward clerk's husband ran his 50th marathon": news, not a case
        trail.append(("lowered", "someone's feat celebrated"))
    if p.colleague_news or p.generic:
        score *= 0.4  # a co-worker's own news, or a warning to everyone: no patient's case
        trail.append(("lowered", "colleague's news or a general warning"))
    if p.many:
        score *= 0.5  # a unit's figures over many people, whatever is unusual in them
        trail.append(("lowered", "many people counted"))
    if p.aggregate and not distinctive:
        score *= 0.6
        trail.append(("lowered", "summary of many patients"))
    if p.education and ("time" not in kinds or not p.strong_encounter):
        score *= 0.5
        trail.append(("lowered", "general education"))
    return round(min(score, 0.97), 3), trail


def evidence_spans(p: CaseProfile) -> list[tuple[int, int]]:
    """One span per kind present (the first cue of each) plus the encounter."""
    spans = [(p.encounter[0].start, p.encounter[0].end)] if p.encounter else []
    for kind in KINDS:
        found = p.by_kind.get(kind, ())
        if found:
            spans.extend((c.start, c.end) for c in found[:2])
    return spans


EXPLANATION = {
    "distinctive": "A time, a place, details about the person and something distinctive "
    "together could let someone who knows the area identify the patient.",
    "plain": (
        "Details about the person, the place and the time together could identify the patient."
    ),
}


class PhiQuasi(Recognizer):
    """Scores the combination of quasi-identifiers in an encounter frame."""

    name = "phi.quasi"
    rules = (PHI_QUASI,)
    needs_doc = True
    threshold = 0.3  # below this the combination is not worth reporting on its own

    def __init__(self) -> None:
        self._framed = cues.PostMemo()
        self._profiled = cues.PostMemo()

    def load(self) -> None:
        """Compile the lexicons' alternations now, not inside the first post's analysis."""
        for name in ("distinctive", "occupations", "demonyms"):
            lexicons.gated(name)
            _rest_gate(name)

    def prefilter(self, post: Post) -> bool:
        """Only posts with a patient frame (``cues.patient_frame``) can hold a case.

        The engine asks twice per post (choosing spaCy's docs, then running recognizers), so
        the answers of the batch are kept."""
        answer = self._framed.get(post)
        if answer is None:
            text = post.text
            answer = (
                cues.patient_frame(text)
                or _extra_frame(text) is not None
                or _headline(text) is not None
            )
            self._framed.put(post, answer)
        return bool(answer)

    def wants_doc(self, post: Post) -> bool:
        """spaCy only where a place it names could change the finding: a framed case, a
        capitalised word no place pattern already read, and a score that a named town would
        raise. Everywhere else the doc-free profile is the answer (kept for ``analyze``)."""
        if not self.prefilter(post) or not _place_candidate(post.text):
            return False
        profile = self._profile(post)
        if not profile.encounter:
            return False
        with_town = _with_town(profile)
        return combination_score(with_town)[0] != combination_score(profile)[0]

    def _profile(self, post: Post) -> CaseProfile:
        """The profile without spaCy, kept for the post last asked about."""
        profile = self._profiled.get(post)
        if not isinstance(profile, CaseProfile):
            profile = case_profile(post.text)
            self._profiled.put(post, profile)
        return profile

    def analyze(self, post: Post, ctx: PostContext) -> Iterable[Finding]:
        """One finding when the combination reaches the threshold."""
        if nlp.entities(ctx.doc, _PLACE_ENTS):
            profile = case_profile(post.text, ctx.doc)
        else:
            profile = self._profile(post)
        score, trail = combination_score(profile)
        if score < self.threshold:
            return
        key = "distinctive" if "distinctive" in profile.kinds else "plain"
        yield Finding.on(
            post,
            PHI_QUASI,
            evidence_spans(profile),
            score=score,
            explanation=EXPLANATION[key],
            recognizer=self.name,
            trail=trail,
        )


# A capitalised word that is not one of the everyday capitals of a post: a possible place name.
_CAPITALISED = re.compile(r"(?<![\w'’])[A-ZÀ-Þ][a-zà-ÿ'’]+(?:[\s-][A-Z][a-zà-ÿ]+)*")
_EVERYDAY_CAPITALS = frozenset(
    """I I'm I've I'd I'll The This That These Those My Our We He She They It Its His Her Their
    A An And But So Or If When What Who Why How Just Not No Yes Today Tonight Yesterday Last
    Night Shift Day Morning Evening Great Good Well Lovely Poor Another One Two Three Then
    There Here Still Also After Before Now Never Always Please Thanks Thank Happy Proud Glad
    Sad Mr Mrs Ms Dr Nurse Sister Baby Little Mum Dad Monday Tuesday Wednesday Thursday Friday
    Saturday Sunday Christmas Easter Bed Room Bay Ward Resus Job Call Case Patient""".split()
)


_NAMED_SPANS: list[tuple[str | None, tuple[tuple[int, int], ...]]] = [(None, ())]


def _named_place_spans(text: str) -> tuple[tuple[int, int], ...]:
    """``cues.NAMED_PLACE``'s matches in ``text``, kept for the last text: ``_place_candidate``
    and then the profile read them (searched twice, 0.0005 CPU ms a post of the bench archive)."""
    kept, spans = _NAMED_SPANS[0]
    if kept is not text:
        spans = tuple(m.span() for m in cues.NAMED_PLACE.finditer(text))
        _NAMED_SPANS[0] = (text, spans)  # one assignment: safe from another thread
    return spans


def _place_candidate(text: str) -> bool:
    """A capitalised word that is neither an everyday capital nor inside a place the
    patterns already found: the only thing spaCy could add to the profile."""
    known = _named_place_spans(text)
    for m in _CAPITALISED.finditer(text):
        word = m.group().split()[0].split("-")[0]
        if word in _EVERYDAY_CAPITALS and " " not in m.group():
            continue
        if any(s <= m.start() < e for s, e in known):
            continue
        return True
    return False


def _with_town(profile: CaseProfile) -> CaseProfile:
    """The profile as it would be if spaCy named a town in the post."""
    town = cues.Cue("place", 0, 0, "ner:GPE")
    by_kind = dict(profile.by_kind)
    by_kind["place"] = (*by_kind.get("place", ()), town)
    return replace(profile, by_kind=by_kind, named_place=True, town=True, town_named=True)


def profiles_for(texts: Sequence[str], docs: Sequence[object] | None = None) -> list[CaseProfile]:
    """Profiles of several texts (docs aligned with texts, or None)."""
    docs = docs or [None] * len(texts)
    return [case_profile(t, d) for t, d in zip(texts, docs, strict=True)]
