"""A reply that tells the person, in public, about their own health: "@lisa your biopsy is
benign!", "@jake the lithium is working", "you waited because you came in drunk".

The handle (or the first name the reply uses) is a direct identifier and the rest is their
health information, so together they disclose PHI to everyone who can read the thread, even
when the author means well. Patient-interaction findings cover the relationship; this one
covers the disclosure.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from classifiers import cues
from classifiers.base import PostContext, Recognizer
from classifiers.findings import Finding
from classifiers.recognizers.patient_interaction import (
    ADVICE_STRICT,
    SIGN_OFF,
    care_confirmed,
    specific_care,
)
from classifiers.rules import PHI_DIRECT
from scanner.models import Post

_I = re.IGNORECASE
_HEALTH_OBJECT = (
    r"(?:[\w'’]+\s+){0,2}?(?:test|tests|biopsy|results?|scan|scans|diagnosis|bloods|blood\s+work|smear|"
    r"histology|path(?:ology)?|MRI|CT|x-?ray|op|operation|surgery|procedure|pregnancy|"
    r"miscarriage|chemo|radiotherapy|treatment|meds|medication|lithium|insulin|PrEP|HIV|"
    r"A1c|HbA1c|sugars?|levels?|cancer|tumou?r|lump|mole|swab|culture|ECG|echo|"
    r"transplant|recovery|rehab|wound|stitches|cast|fracture|break|baby|scan\s+photos?|readings|"
    r"veneers|implants?|braces|crowns?|fillings?|dentures|filler|botox|nose\s+job|"
    r"12[\s-]week\s+scan|20[\s-]week\s+scan|booking|delivery|section|IVF|cycle|embryo|tonsils|"
    r"adenoids|grommets)"
)
DISCLOSURE = re.compile(
    rf"\b(?:your|ur|the)\s+{_HEALTH_OBJECT}\b(?!\s+(?:machine|analy[sz]er|room|clinic|service|"
    rf"department|team|fridge|lab))[^.!?\n]{{0,40}}?\b(?:was|were|is|are|came\s+back|"
    r"went|looks?|showed?|shows|starts?|started|working|worked|negative|positive|benign|"
    r"malignant|clear|normal|abnormal|fine|back|healed|healing|a\s+shock|due|confirmed|"
    r"look\s+amazing|looks?\s+(?:great|amazing|fab\w*|perfect|gorgeous))\b"
    r"|\byou\s+(?:were|are|have\s+been)\s+(?:diagnosed|pregnant|positive|negative|admitted|"
    r"discharged|sectioned|drunk|intoxicated|high)\b"
    r"|\byou\s+(?:were\s+the\s+(?:guy|one|lady|woman|man|bloke|fella|lad|girl)\s+who\s+)?came\s+in\s+"
    r"(?:drunk|high|with|after|for|because)\b"
    r"|\byou\s+were\s+on\s+(?:ECMO|a\s+ventilator|the\s+vent|dialysis|life\s+support|nights\s+of\s+"
    r"oxygen)\b"
    # the visit and its reason, told back: "you were in for a UTI" ("in for a treat" is an idiom)
    r"|\byou\s+were\s+(?:in|here|admitted)\s+(?:for|with)\s+(?:a|an)\s+(?!(?:treat|shock|surprise|"
    r"ride|laugh|bit|while|long|rough|good|fun|hard|chat|quick|lovely|great|real)\b)\w+"
    # the person's own device coming off on the author's plan ("your braces only come off in
    # July", "the stitches from your mole removal can come out on day 10"; "the cast comes off
    # friday" may be the author's own)
    r"|\b(?:your|ur)\s+(?:[\w'’]+\s+)?(?:braces|cast|stitches|sutures|splint|boot|plaster|drain|"
    r"catheter|clips|staples)\s+(?:(?:only|can|will|should)\s+)?comes?\s+(?:off|out)\b"
    r"|\bthe\s+(?:stitches|sutures|clips|staples|drain|cast|splint)\s+from\s+your\s+[^.!?\n]{0,30}?"
    r"\b(?:can|will|should)\s+come\s+(?:off|out)\b"
    # the author's reading of the person's follow-up film: "wrist looks grand on the check x-ray"
    r"|\b(?:looks?|looked|looking|healed|healing|united|aligned)\s+(?:\w+\s+){0,2}?on\s+(?:the|your)\s+"
    r"(?:check|follow[\s-]?up|repeat|review|post[\s-]?op|latest)\s+(?:x-?ray|film|scan|MRI|CT|ultrasound)\b"
    r"|\byou\s+missed\s+(?:\d+|two|three|four|several|your)\s+appointments?\b"
    r"|\byou\s+(?:cancelled|canceled|missed|skipped|postponed)\s+your\s+(?:\w+\s+){0,2}?"
    r"(?:surgery|op|operation|procedure|appointment|scan|treatment|implant|session)s?\b"
    r"|\byou\s+were\s+told\s+(?:\d+|two|three|several|many)\s+times\b[^.!?]{0,80}\byour\s+"
    r"(?:\w+\s+){0,2}?(?:repair|surgery|op|operation|fracture|stitches|wound|hernia|knee|hip|back)"
    r"|\bif\s+you'?d\s+taken\s+the\s+\w+\s+I\s+prescribed\b"
    r"|\byour\s+(?:A1c|HbA1c|BMI|BP|blood\s+pressure|cholesterol|sugar|viral\s+load|CD4|PSA|INR)\s+"
    r"(?:is|was|of|came\s+back\s+at)\s+\d"
    # the care itself, told back to the person: "great to see you up and about after the op",
    # "under me for the thyroid" (a bare "lovely to see you in clinic" confirms the relationship
    # only: patient interaction, not a disclosure)
    r"|\b(?:to\s+see|seeing)\s+you\s+(?:(?:up\s+and\s+about|back\s+on\s+your\s+feet|walking|"
    r"so\s+well|looking\s+so\s+well)\s+)?(?:after|since)\s+(?:the|your)\s+(?:\w+\s+)?(?:op|operation|"
    r"surgery|procedure|admission|stay|delivery|section|transplant|fall|accident|fracture)\b"
    r"|\byou(?:'re|’re|\s+are)\s+(?:already\s+|still\s+)?under\s+(?:me|us|my\s+care|our\s+care)\s+"
    r"(?:for|with)\b"
    # the person's own operation or birth, told back: "last time we met you were fast asleep
    # under anaesthetic", "is this the same wee one I delivered 3 years ago?"
    r"|\byou\s+were\s+(?:\w+\s+){0,2}?(?:under\s+(?:(?:a\s+)?general\s+)?(?:anaesthetic|anesthetic|"
    r"anaesthesia|anesthesia|sedation)|sedated|intubated|in\s+recovery)\b"
    r"|\b(?:wee\s+one|little\s+one|baby|babies|girl|boy|twins|bubba)\s+(?:that\s+)?(?:I|we)\s+"
    r"(?:delivered|caught)\b|\b(?:I|we)\s+delivered\s+(?:your|ur)\s+(?:\w+\s+)?(?:baby|babies|"
    r"twins|daughter|son|girl|boy|wee\s+one|little\s+one)\b",
    _I,
)
# A named procedure, condition or drug told back to the person ("glad the root canal has
# settled", "smooth recovery after the bypass", "the new dose of levetiracetam"): a disclosure
# in any reply, even one that does not otherwise confirm care.
_NAMED_CARE = (
    r"(?:gall\s?bladder|appendix|bypass|root\s+canal|RCT|ablation|excision(?:\s+site)?|"
    r"(?:hip|knee|shoulder|joint)\s+replacement|IVF|radiotherapy|transplant|stent|pacemaker|"
    r"hysterectomy|mastectomy|lumpectomy|colonoscopy|endoscopy|seizures|epilepsy|levetiracetam|"
    r"keppra|lamotrigine|prednisolone|warfarin|methotrexate|levothyroxine|dialysis|stoma|"
    r"melanoma|VBAC)"
)
NAMED_DISCLOSURE = re.compile(
    rf"\b(?:your|ur|the|after\s+(?:the|your)|through\s+(?:the|your)|since\s+(?:the|your)|"
    rf"of)\s+(?:(?:new|last|first|second|final|little|dad'?s|mum'?s|mam'?s)\s+)?(?:dose\s+of\s+)?"
    rf"(?:\w+\s+)?{_NAMED_CARE}\b(?:['’]s\b)?"
    r"[^.!?\n]{0,50}?\b(?:settled|healed|healing|went|gone|done|out|over|working|keeping|helping|"
    r"recovery|ready|off|needs|finished|DONE|is|was|has|had|came|bell)\b"
    rf"|\blast\s+{_NAMED_CARE}\s+(?:done|DONE|finished|over)\b"
    rf"|\b(?:after|through|since)\s+(?:the|your)\s+(?:\w+\s+)?{_NAMED_CARE}\b"
    # how long since the person's own operation or birth: "6 weeks post hip replacement and
    # already on the court", "3 weeks post-op and squatting"
    r"|\b(?:\d+|a|one|two|three|four|five|six|eight|ten|twelve)\s+(?:days?|weeks?|wks?|months?)\s+"
    r"(?:post[\s-]?op|post[\s-]?partum|(?:post|after)\s+(?:(?:the|your|ur|his|her)\s+)?(?:new\s+)?"
    r"(?:\w+\s+)?(?:replacement|repair|surgery|op|operation|transplant|section|delivery|\w+ectomy|"
    r"\w+plasty|\w+otomy))\b",
    re.IGNORECASE,
)
NOT_DISCLOSURE = re.compile(
    # ("we'll check your technique", "we'll book your next one", "lovely to get your message"
    # are the author's own care or thanks, not advice to check or book)
    r"\b(?:if\s+your|when\s+your|ask\s+(?:about\s+)?your|(?<!ll\s)(?<!will\s)check\s+your|"
    r"get\s+your(?!\s+(?:lovely\s+)?(?:message|card|note|comment|review|text))|(?<!ll\s)(?<!will\s)book\s+your|"
    r"your\s+own\s+(?:GP|doctor|team|consultant|meds|medication|pharmacist)|"
    r"can'?t\s+give\s+(?:personal\s+|any\s+)?advice|"
    r"your\s+(?:GP|doctor|team)\s+(?:will|can|should))\b",
    _I,
)


# Health information people keep private: sexual health, mental health, pregnancy and loss,
# addiction, cancer, weight. Told back to them in public, it discloses more than "the toe's
# healing".
SENSITIVE = re.compile(
    r"\b(?:HIV|PrEP|viral\s+load|undetectable|gonorrh\w+|chlamydia|syphilis|herpes|STIs?|sexual\s+health|"
    r"antipsychotic\w*|"
    r"antidepressant\w*|lithium|sertraline|citalopram|fluoxetine|bipolar|schizo\w*|psychosis|"
    r"psychotic|voices|"
    r"depression|self[\s-]harm|overdose|vasectomy|pregnan\w+|miscarriage|your\s+loss|termination|"
    r"abortion|IVF|ICSI|IUI|egg\s+(?:collections?|retrievals?)|(?:embryo|frozen)\s+transfers?|"
    r"GDM|gestational\s+diabetes|pre-?eclampsia|hyperemesis|"
    r"semaglutide|ozempic|wegovy|mounjaro|lost\s+\d+\s?(?:lbs?|kg|stone)|biopsy|cancer|chemo|"
    r"radiotherapy|"
    r"tumou?r|lymphoma|leuka?emia|methadone|suboxone|rehab|sober|detox|withdrawal|dementia|"
    r"diagnos\w+|"
    r"came\s+in\s+(?:drunk|high|with))\b",
    _I,
)
# The reply is about the person's own record: care already given or results already known.
_PERSONAL = re.compile(
    r"\b(?:glad|so\s+sorry|sorry\s+about|cleared|(?:is|are)\s+working|suiting|went\s+(?:fine|well|"
    r"ok)|"
    r"since\s+your|came\s+back|I\s+prescribed|you\s+were|you'?ve|you\s+came|your\s+(?:loss|last|"
    r"next|test|"
    r"results?|scan|levels?|diagnosis)|congrat\w*|good\s+news|great\s+news|see\s+you\s+at)\b",
    _I,
)


# A colleague's talk, a charity, a rota: not the person's record ("agree" is a colleague's,
# unless a medicine "is/are agreeing with" the person).
_COLLEAGUE_OR_PUBLIC = re.compile(
    # nouns of work, not the same words in care: "we'll talk on Monday", "don't lecture me",
    # "we agreed", "of course", "back training", "back on the (golf) course"
    r"\b(?:(?<!ll\s)talk|(?<!n't\s)(?<!n’t\s)lecture|paper|webinar|study|data|"
    r"(?<!is\s)(?<!are\s)(?<!we\s)agree\w*|fundrais\w*|charity|"
    r"foundation|covering|cover|locum|rota|placement|shadow\w*|conference|congress|"
    r"(?<!golf\s)(?<!on\sthe\s)(?<!of\s)course|teaching|"
    r"protocol|(?<!heel\s)slides|poster|abstract|presentation|audit|guidelines?|"
    r"(?<!back\s)(?<!first\s)training(?!\s+back\b))\b|"
    r"(?<![\w@])@(?:dr[_.-]|(?-i:Dr[A-Z]))",
    _I,
)


# The person's own body part, device, medicine or result, in a reply that confirms the author
# cared for them: "glad the knee's holding up", "please don't leave the boot off yet", "the
# scar looks SO good", "so glad the new tablets are agreeing with you". LABELLING.md (seventh
# session's reply audit): the handle plus any such detail is their health record, unnamed
# medicine included (the person is on one); a reply that confirms care and says nothing of
# their health ("see you next week", "glad you're home") is patient interaction only.
_OWN_DETAIL_NOUN = (
    # body parts are ``cues.BODY_PART`` (at the end), shared with patient interaction; "back"
    # only here, where a determiner comes first ("the back's much better")
    r"back|scars?|wounds?|stitches|sutures|cast|plaster|boot|splint|"
    r"brace|sling|crutches|hearing\s+aids?|inhalers?|puffers?|pumps?|stoma|bump|BP|blood\s+pressure|"
    r"sugars|smile|fillings?|crowns?|implants?|veneers?|braces|dentures|"
    r"rash|mole|patch|antibiotics?|statins|tablets?|tabs|pills|meds|medications?|dressing|"
    # aligners and their attachments, a phobia treated, a refill refused, a NICU stay:
    # "the attachments come off", "that dental phobia", "another early codeine refill", "the
    # incubator with the feeding tube" (a bare refill is a pharmacy's every day)
    r"aligners?|attachments|retainers?|phobia|codeine|opioids?|oxycodone|tramadol|diazepam|benzos?|"
    r"incubator|feeding\s+tube|NG\s+tube|"
    r"soreness|stiffness|"
    r"drain|catheter|pacemaker|op|operation|surgery|procedure|scan|MRI|x-?ray|biopsy|results?|"
    r"readings|swelling|bruising|fever|jabs|pregnancy|baby|labou?r|delivery|birth|section|"
    # symptoms and the person's own tests: "glad the headaches are better since we changed
    # the dose", "so pleased Max is off the oxygen"
    r"headaches?|migraines?|seizures?|fits|palpitations|cough|wheeze|flare[\s-]?ups?|pain|"
    r"aches?|cramps?|nausea|dizziness|oxygen|insulin|ECG|EKG|PSA|INR|HbA1c|A1c|TSH|"
    r"cholesterol|creatinine|ferritin|B12|viral\s+load|CD4|tongue[\s-]ties?|"
    # devices, skin conditions, tests and units named by a care-confirming reply: "the new valve
    # is working a treat", "the psoriasis has cleared on the biologic", "I reported your
    # ultrasound", "Leo's graduation from the NICU"
    r"valves?|denture|bridge|psoriasis|eczema|acne|biologics?|ultrasound|stress\s+test|rehab|"
    r"NICU|SCBU|IUD|coil|"
    # inhalers by their job, a child's repair, glasses, and common long-term conditions: "2 puffs
    # of the preventer", "the little one's cleft palate repair", "the new glasses prescription",
    # "the pool is perfect for that arthritis"
    r"preventer|reliever|spacer|nebuli[sz]er|CPAP|cleft(?:\s+(?:lip|palate))?|palate|glasses|"
    r"contact\s+lenses|arthritis|asthma|diabetes|gout|sciatica|shingles|vertigo|tinnitus|reflux|"
    r"IBS|"
    # a diary kept for the author's clinic: "bring your mood diary", "the food diary"
    r"(?:mood|food|symptom|headache|migraine|seizure|bladder|sleep|pain|glucose|sugar)\s+diar(?:y|ies)|"
    + cues.BODY_PART
)
# A unit or clinic whose name says the condition (LABELLING.md: "a clinic that names a
# condition"): "my former pt from the cardiac floor", "see you at the memory clinic".
_CONDITION_UNIT = (
    r"\b(?:from|on|in|at|to)\s+(?:the|our|my)\s+(?:cardiac|cardiology|oncology|cancer|chemo|"
    r"psych(?:iatric)?|mental\s+health|maternity|dialysis|renal|stroke|burns|transplant|hospice|"
    r"palliative|fertility|IVF|memory|HIV|sexual\s+health|detox|eating\s+disorders?|spinal|"
    r"diabetes|heart\s+failure)\s+(?:floor|ward|unit|clinic|cent(?:re|er)|suite)\b"
)
# The person's own sessions of a therapy: "great work at physio today", "after your dialysis".
_THERAPY_ATTENDED = (
    r"\b(?:at|after|from|since)\s+(?:your\s+|the\s+)?(?:physio|physiotherapy|hydro(?:therapy)?|"
    r"speech\s+therapy|dialysis|radiotherapy|cardiac\s+rehab)\b"
)
OWN_DETAIL = re.compile(
    # a determiner, a name's or a handle's ("@glowing.gina's acne journey")
    rf"(?:\b(?:your|ur|yr|the|his|her|that|those|their|another)|(?-i:\b[A-Z][a-z]+['’]s)|"
    rf"(?<![\w@])@[\w.]+['’]s)\s+"
    rf"(?:[\w'’-]+\s+){{0,2}}?"
    rf"(?:{_OWN_DETAIL_NOUN})\b(?!\s+(?:machine|room|clinic|service|team|talk|course|slides|"
    r"department|waiting\s+list|rota|list|form|leaflet))|"
    r"\bpost[\s-]?op\b|\b(?:from|off|without)\s+(?:the\s+)?crutches\b|\bwound\s+check\b|"
    # a count of the care given, the healing asked after, the expected soreness, a dose of
    # the person's medicine: "4 fillings and not a single tear", "how's it healing?", "a bit of
    # soreness for 2-3 days", "1 sachet of the paediatric movicol"
    r"\b(?:\d+|two|three|four|five|six|seven|eight)\s+(?:fillings|extractions|stitches|sutures|"
    r"injections|crowns)\b|\bhow(?:['’]s|\s+is)\s+(?:it|the\s+\w+|your\s+\w+)\s+healing\b|"
    r"\b(?:a\s+(?:bit|little)\s+of|some|mild)\s+(?:soreness|swelling|bruising|stiffness|bleeding|"
    r"oozing)\s+(?:for|is|after)\b|\b(?:\d+(?:\.\d+)?|one|two|half\s+a)\s+(?:sachets?|puffs?|"
    r"tablets?|tabs|capsules?|caps|drops|ml|mg|mcg|units)\s+of\s+(?:the\s+|your\s+|his\s+|her\s+)?"
    r"\w+|"
    # a wound healing, teeth without fillings: "healing perfectly", "no fillings!" (a bare
    # "see you at your 6 week check" confirms the relationship only: LABELLING.md)
    r"\bheal(?:ing|ed)\s+(?:so\s+)?(?:perfectly|nicely|beautifully|"
    r"brilliantly|well)\b|\bno\s+(?:new\s+)?(?:fillings|cavities)\b|"
    # the kind of clinician the author was to them says what care it was: "loved being your
    # midwife", "so glad the new therapist worked out"
    r"\b(?:(?:being|been|was|as)\s+your|the\s+new)\s+(?:midwife|obstetrician|oncologist|psychiatrist|"
    r"psychologist|therapist|counsell?or)\b|"
    # a cast or boot coming off, an injury's grade: "boot off after 8 weeks", "grade 2 hamstring"
    r"\b(?:boot|cast|splint|sling|brace|stitches)\s+(?:off|out)\b|"
    r"\bgrade\s+(?:[1-3]|I{1,3})\s+(?:hamstring|calf|quad|groin|ankle|MCL|ACL)\b|\bwithout\s+the\s+(?:stick|"
    r"frame|crutches|oxygen)\b|\bin\s+(?:labou?r|birth\s+suite)\b|\b\d+\s+more\s+(?:cycles?|"
    r"sessions\s+of\s+\w+|rounds?|fractions)\b|"
    # a course of treatment counted out, the end-of-treatment bell: "6 weeks of rehab done",
    # "after 8 weeks of pulmonary rehab", "ring that bell"
    r"\b(?:\d+|two|three|four|five|six|eight|ten|twelve)\s+(?:weeks?|months?|sessions?|cycles?|"
    r"rounds?)\s+of\s+(?:\w+\s+)?(?:rehab|physio|chemo|radiotherapy|dialysis|IVF|hydrotherapy)\b|"
    r"\b(?:ring|rang|ringing|rung)\s+(?:that|the|your)\s+bell\b|"
    + _CONDITION_UNIT
    + "|"
    + _THERAPY_ATTENDED,
    _I,
)


# "Some people find that with amitriptyline" speaks of everyone, not of what the person had.
_GENERAL_PEOPLE = re.compile(
    r"\b(?:some|many|most|lots\s+of)\s+(?:people|patients|women|men|folks)\b", _I
)
# A dose change ("drop the prednisolone to 5mg"): advice to a stranger, but told to someone whose
# care the reply confirms ("as we discussed at your review") it also names their medicine.
_DOSE_TOLD = re.compile(
    r"\b(?:drop|increase|reduce|switch|swap|go\s+up|go\s+down|cut)\s+(?:the\s+|your\s+)?\w+\s+"
    r"(?:to|from|by)\b",
    _I,
)
# The reply confirms the author's own earlier care in so many words.
_EARLIER_CARE = re.compile(
    r"\b(?:as|like)\s+(?:we|I)\s+(?:discussed|agreed|said|planned|talked\s+about)\b|"
    r"\bat\s+your\s+(?:\w+\s+)?(?:review|appointment|appt|visit|check[\s-]?up)\b|"
    # the author keeps the person on a dose: "we'll keep the 75mcg"
    r"\b(?:we|I)['’]?ll\s+(?:keep|leave|continue)\s+(?:you\s+on\s+)?(?:the\s+|your\s+)?\d",
    _I,
)
# Care the author gives or gave, in the first person: enough to confirm the relationship even
# where the patient-interaction tests find none ("at your review" above is not: "ask at your
# next visit" is advice to a stranger).
_AUTHOR_CARE = re.compile(
    # the author's own follow-up: "I'll see you in 2 weeks", "we'll review in 4 weeks", "we'll
    # sort the dose at your next visit", "bring your appointment forward"
    r"\b(?:we|I)(?:['’]ll|\s+will)\s+(?:see|review)\s+(?:you\s+)?in\s+(?:\d+|a|one|two|three|four|"
    r"six)\s+(?:days?|weeks?|months?)\b|\b(?:we|I)(?:['’]ll|\s+will)\s+(?:sort|check|review|discuss|"
    r"change|look\s+at)\b[^.!?\n]{0,40}?\bat\s+your\s+next\s+(?:visit|appt|appointment|review|"
    r"check[\s-]?up|session)\b|\bbring\s+your\s+(?:appt|appointment|review)\s+"
    r"forward\b|"
    # care the author gave, in the first person: "the hip replacement that I did", "since we
    # started the lamotrigine", "I said 4 weeks", "the pharmacist who spoke to you"
    r"\b(?:that|which)\s+I\s+(?:did|removed|fitted|placed|repaired|stitched|operated\s+on)\b|"
    r"\bsince\s+(?:I|we)\s+(?:started|switched|changed|stopped|increased|reduced|removed)\b|"
    # the author's hands on the person: "I didn't fix that disc for fun", "when I'm stitching
    # their eyebrow"; the author's verdict on the operation: "your hernia repair was
    # straightforward"; a note the author made on their record
    r"\bI(?:['’]m|\s+am|\s+didn['’]t|\s+did)?\s+(?:fix|fixed|fixing|repair(?:ed|ing)?|stitch(?:ed|ing)?|"
    r"plated|pinned|scoped|drained|replaced|set)\s+(?:that|your|ur|their|his|her)\s+(?:\w+\s+)?"
    r"(?:eyebrows?|lip|chin|forehead|scalp|face|cut|wound|" + cues.BODY_PART + r")\b|"
    r"\byour\s+(?:\w+\s+)?(?:repair|replacement|op|operation|surgery|procedure|extraction|section|"
    r"delivery)\s+(?:was|went)\s+(?:very\s+|really\s+|pretty\s+)?(?:straightforward|smooth|textbook|"
    r"uncomplicated|routine|tricky|complicated|a\s+success)\b|"
    r"\bI(?:['’]ve|\s+have)\s+(?:made\s+a\s+note|noted\s+(?:it|that)|flagged\s+it)\s+(?:for\s+next\s+time|"
    r"on\s+your\s+(?:file|notes|record|chart)|in\s+your\s+(?:file|notes|record|chart))\b|"
    # the visit itself, or a session since: "you attended our clinic 3 times", "when you walked
    # into the surgery", "how's the knee since Thursday's session"
    r"\byou\s+(?:attended|came\s+(?:in)?to|visited|walked\s+into)\s+(?:our|my|the)\s+(?:clinic|surgery|"
    r"practice|department|unit|ward|pharmacy|ED|ER|A&E)\b|"
    r"\bsince\s+(?:our\s+(?:last\s+)?|your\s+last\s+|last\s+week['’]s\s+|(?:mon|tues|wednes|thurs|fri|"
    r"satur|sun)day['’]s\s+)(?:session|appointment|appt|visit|review|consult(?:ation)?)\b|"
    # a medicine ready for the person to collect: "your metformin ready already, can come collect"
    r"\byour\s+(?:[\w-]+\s+){0,2}?(?:is\s+|are\s+)?ready\s+(?:already\s+|now\s+)?[^.!?\n]{0,30}?"
    r"\b(?:collect|collection|pick\s*up|pickup)\b|"
    r"\bI\s+said\s+(?:\d+|two|three|four|six)\s+(?:days|weeks|months)\b|\bthe\s+(?:pharmacist|"
    r"nurse|doctor|physio|dentist|GP|midwife|hygienist)\s+who\s+(?:saw|spoke\s+to|treated|looked\s+"
    r"after)\s+you\b",
    _I,
)

# The author's knowledge of the person's visit or record, said in words the tests above do not
# read (session 16, from train misses): "thanks for being the most polite patient of my
# week", "you were seen in 40 minutes for a toenail", "I can see your lab results", "I
# remember you", "the kind words about your gallbladder op", "we just spotted the ECG
# changes", "sorry the wait for your extraction was so long", "your before and after",
# "the physio is all booked", "keep coming to the clinic", "bring the strip to clinic",
# "I'll pop up to the ward after". A confirmation only: the reply must still name the care.
_CARE_KNOWN = re.compile(
    r"\b(?:you\s+were|for\s+being|you(?:'re|’re|\s+are)|(?:she|he)\s+was)\s+(?:such\s+|by\s+far\s+|"
    r"easily\s+)?(?:a|an|the|my|our)\s+(?:[\w-]+\s+){0,3}?patients?\b(?!\s+(?:man|woman|person|soul|"
    r"teacher|parent|mum|dad|one)\b)|"
    r"\byou\s+were\s+(?:\w+\s+){0,5}?(?:seen|triaged|examined|assessed)\s+(?:on|in|at|for|by|within|"
    r"about|as|promptly|quickly)\b|"
    r"\bI\s+(?:can\s+)?(?:see|saw|checked|reviewed|looked\s+at|went\s+through)\s+your\s+(?:\w+\s+)?"
    r"(?:results?|bloods|scans?|notes|chart|file|x-?rays?|labs?|ECG|MRI|report)\b|"
    r"\bI\s+remember\s+(?:you|your)\b|"
    r"\bI\s+(?:spent\s+\d+\s+(?:min|mins|minutes|hours?)\s+with\s+you|explained\s+your)\b|"
    # a relative of the person in one of the author's beds: "your mam ... in bay 3"
    r"\byour\s+(?:mam|mum|mom|mother|dad|da|father|nan|nana|gran|granny|grandad|grandma|husband|"
    r"wife|partner|son|daughter|baby|little\s+one|wee\s+one)\b[^.!?\n]{0,40}\b(?:in|on)\s+(?:bay|bed|"
    r"room|cubicle|ward)\s+\d|"
    # the person's own session, review or group, as the author saw it: "your 1st hydrotherapy
    # session went great", "yours looked exactly as expected at review", "missing you at the
    # Tuesday physio group"
    r"\byour\s+(?:[\w-]+\s+){0,2}?(?:session|appointment|appt|visit|consult(?:ation)?)\s+(?:went|was)\s+"
    r"(?:so\s+|really\s+)?(?:great|well|brilliantly|perfectly|smoothly|fine)\b|"
    r"\b(?:looked|looks|was|were)\b[^.!?\n]{0,30}\bat\s+(?:your\s+|the\s+)?(?:review|check[\s-]?up|"
    r"follow[\s-]?up)\b|"
    r"\bmiss(?:ing|ed)\s+you\s+at\s+(?:the|our)\s+(?:\w+\s+){0,2}?(?:group|class|clinic|sessions?)\b|"
    r"\b(?:kind|lovely|nice|sweet)\s+words\s+about\s+your\b|"
    r"\bwe\s+(?:just\s+|only\s+)?(?:spotted|picked\s+up|caught|noticed)\s+(?:the|your)\b|"
    r"\bsorry\b[^.!?\n]{0,40}\bwait\s+for\s+your\b|"
    r"\byour\s+before\s*(?:and|&|/)\s*afters?\b|"
    r"\b(?:is|are|'s|’s)\s+all\s+booked\b|\bI(?:'ve|’ve|\s+have)\s+booked\s+(?:you|your)\b|"
    r"\bkeep\s+(?:coming|attending)\s+(?:to\s+)?(?:the|our|my)\s+(?:clinic|surgery|practice|"
    r"sessions?|group)\b|"
    r"\bbring\s+(?:the|your)\s+(?:[\w-]+\s+){0,4}?(?:to|into)\s+clinic\b|"
    r"\bbring\s+(?:the|your)\s+(?:[\w-]+\s+){0,4}?to\s+your\s+next\s+(?:appt|appointment|review|"
    r"session|visit|check[\s-]?up)\b[^.!?\n]{0,20}?\b(?:we|I)(?:['’]ll|\s+will)\b|"
    r"\bI['’]ll\s+(?:pop|come|swing|nip)\s+(?:up|in|round|over|by)\s+(?:to\s+(?:the\s+)?(?:ward|unit|"
    r"bay|room)|to\s+see\s+you)\b|"
    # session 17 (round-8 train misses): the visit dated or shared ("you attended on 14 March",
    # "you were in with me this morning", "as we said at his appointment"), sessions missed,
    # a bad review's reason ("left us 1 star because"), the person as the author's case, an
    # order kept for them, nights remembered beside their child
    r"\byou\s+(?:attended|came\s+in|were\s+seen|visited\s+us)\s+(?:\w+\s+){0,2}?on\s+(?:the\s+)?"
    r"(?:\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|"
    r"\byou\s+were\s+(?:in\s+)?with\s+(?:me|us)\s+(?:this|yesterday|today|on|last|earlier)\b|"
    r"\b(?:as|like)\s+(?:we|I)\s+(?:discussed|said|agreed|talked\s+about)\s+(?:at|in)\s+(?:your|his|her|"
    r"their|the)\s+(?:\w+\s+)?(?:appointment|appt|review|visit|clinic|consultation|check[\s-]?up)\b|"
    r"\byou\s+(?:missed|skipped|cancelled|canceled|attended|came\s+to|did)\s+(?:\w+\s+){0,3}?your\s+"
    r"(?:\w+\s+)?(?:sessions|appointments|appts|visits|classes)\b|"
    r"\b(?:left|leave|leaving|gave|give|giving)\s+(?:us\s+)?(?:a\s+)?(?:1|one|2|two)[\s-]?stars?\b"
    r"(?:\s+review)?\s+(?:because|cos|cause|since|as|over)\b|"
    r"\byour\s+(?:[\w-]+\s+)?case\s+(?:is|was)\s+(?:one\s+of\s+)?(?:my|our)\b|"
    r"\b(?:put|set|kept|keeping|putting)\s+(?:them|it)\s+aside\s+for\s+(?:you|her|him|them)\b|"
    r"\b(?:never\s+forget|always\s+remember|remember)\s+(?:those|the|our)\s+(?:long\s+)?(?:nights|days|"
    r"shifts|weeks)\s+(?:with|caring\s+for|looking\s+after)\s+(?:her|him|you|them)\b",
    _I,
)


# A post that speaks to someone by name ("Thanks for the kind words Greg, great to see you back
# on the bike", "aw thank you Sophie, your new fillings...") is a reply in all but form: a
# quote-post, a Facebook post thanking a reviewer. Read like a post that names a handle.
ADDRESSED_BY_NAME = re.compile(
    r"(?:^|[.!?>]\s+|\b(?:aw|hi|hey|so|oh)\s+)(?:[Tt]hanks?(?:\s+so\s+much)?|[Tt]hank\s+(?:you|u)"
    r"(?:\s+so\s+much)?|[Hh]i|[Hh]ey|[Dd]ear)(?:\s+for\s+[^.!?,]{0,40}?)?,?\s+(?:to\s+)?"
    r"(?:(?:Mrs?|Ms|Miss)\.?\s+)?[A-Z][a-z'’]+\b"
)
_ADDRESS_WORDS = ("hank", "Hi ", "hi ", "Hey ", "hey ", "Dear ", "dear ")


def addressed_by_name(text: str) -> bool:
    """Whether the post greets or thanks someone by name (substrings first: it runs on every
    post the other tests let through)."""
    return any(w in text for w in _ADDRESS_WORDS) and ADDRESSED_BY_NAME.search(text) is not None


# Said around a sensitive word, these make the reply a general answer, a colleague's talk or a
# charity's cause ("if you're worried about HIV...", "@dr_amy great talk"), not the person's record.
_GENERAL_ANSWER = re.compile(
    r"\b(?:if|when|anyone|people|study|evidence|guideline|awareness|talk|lecture|paper|"
    r"agree\w*|fundrais\w*|charity|foundation|cent(?:er|re))\b|(?<![\w@])@(?:dr[_.-]|(?-i:Dr[A-Z]))",
    _I,
)


# The person's own picture, film or case shown in the author's teaching or on their page: "your
# X-ray's on my teaching slides now", "that's your scar in my presentation". The teaching words
# that make other replies a colleague's talk (``_COLLEAGUE_OR_PUBLIC``) are here the disclosure.
SHOWN_PUBLICLY = re.compile(
    r"\b(?:your|ur)\s+(?:[\w'’-]+\s+){0,2}?(?:x-?rays?|scans?|CT|MRI|films?|scars?|wounds?|rash|"
    r"ECG|mole|teeth|case|before\s*(?:and|&)\s*afters?)(?:['’]s)?"
    r"\s+(?:(?:is|are|was|were|now|going|gone)\s+){0,2}(?:in|on|into)\s+(?:my|our)\s+(?:\w+\s+)?"
    r"(?:slides?|presentation|talk|lecture|poster|teaching|textbook|case\s+report|paper|page|feed|"
    r"website|portfolio)\b",
    _I,
)
# A reply to a child's parent ("Arjun's mom", by the reply's handle or its opening) that tells
# the child's result: "his platelets were 68,000 this morning".
_PARENT = (
    r"[A-Z][a-z]+['’]s\s+(?i:mom|mum|mam|mama|mommy|mummy|dad|daddy|papa|mother|father|amma|ammi|"
    r"abba|parents)"
)
_PARENT_OPENING = re.compile(rf"^\W*(?:@\S+\s+)?{_PARENT}\b")
_PARENT_HANDLE = re.compile(rf"^\W*{_PARENT}\W*$")
_CHILD_RESULT = re.compile(
    r"\b(?:his|her)\s+(?:platelets|counts?|bloods|blood\s+tests?|sats|oxygen|temp(?:erature)?|fever|"
    r"sugars?|levels?|results?|scan|x-?ray|CRP|Hb|ha?emoglobin|white\s+(?:cells?|count)|urine|swab|"
    r"culture|bilirubin|jaundice)\s+(?:were|was|is|are|came\s+back|has|have)\b",
    _I,
)
# A remark on what such a test is to everyone ("the anomaly scan is such a lovely milestone"),
# after "the <test> is": no one's result.
_GENERAL_REMARK = re.compile(
    r"\s+(?:such\s+an?|always|usually|often|normally|generally|one\s+of|a\s+(?:lovely|special|big|"
    r"great|huge|nice|magical|milestone))\b",
    _I,
)


def _child_result(post: Post) -> re.Match[str] | None:
    """A child's result told to the parent the reply addresses."""
    text = post.text
    if not (_PARENT_OPENING.search(text) or _PARENT_HANDLE.match(post.reply_to or "")):
        return None
    return _CHILD_RESULT.search(text)


def _disclosure(text: str) -> re.Match[str] | None:
    """The reply's statement of the person's own health: their result or treatment
    (``DISCLOSURE``, unless hedged as in "if your results..." or said of everyone, "the anomaly
    scan is such a milestone"), a named disclosure, or else a sensitive condition said of them
    (``SENSITIVE`` with a personal tie)."""
    m = DISCLOSURE.search(text)
    if m is not None and NOT_DISCLOSURE.search(text[max(0, m.start() - 15) : m.end()]):
        m = None
    if (
        m is not None
        and m.group().lower().startswith("the ")
        and m.group().lower().endswith((" is", " are"))
        and _GENERAL_REMARK.match(text, m.end())
    ):
        m = None
    if m is None and NOT_DISCLOSURE.search(text) is None:
        m = NAMED_DISCLOSURE.search(text)
    if m is None:
        m = SENSITIVE.search(text)
        if m is None or _PERSONAL.search(text) is None or NOT_DISCLOSURE.search(text):
            return None
    return m


_GENERAL_IS = re.compile(r"\s+(?:is|are)" + _GENERAL_REMARK.pattern, _I)
_NOT_CARE_USE = re.compile(r"\s+into\b", _I)
# "see you at the surgery Thursday": a GP practice, the place of the visit, not an operation.
_AT_THE_PRACTICE = re.compile(r"\b(?:at|to|from|in|round|into)\s+the\s+surgery\b", _I)


def _own_detail(text: str) -> re.Match[str] | None:
    """The first ``OWN_DETAIL`` match that is not "at the surgery" (the practice)."""
    for m in OWN_DETAIL.finditer(text):
        if m.group().lower() == "the surgery" and _AT_THE_PRACTICE.search(
            text, max(0, m.start() - 6), m.end()
        ):
            continue
        if m.group().lower().startswith("the ") and _GENERAL_IS.match(text, m.end()):
            continue  # "the anomaly scan is such a lovely milestone": said of everyone
        return m
    return None


class PhiReplyDisclosure(Recognizer):
    """A reply or comment that discloses the addressee's own health information."""

    name = "phi.reply_disclosure"
    rules = (PHI_DIRECT,)

    def prefilter(self, post: Post) -> bool:
        """Replies, comments and posts that address someone (a reply, a handle, a name)."""
        return (
            cues.is_reply(post)
            or bool(post.mentions)
            or "@" in post.text
            or addressed_by_name(post.text)
        )

    def analyze(self, post: Post, ctx: PostContext) -> Iterable[Finding]:
        """One finding when the reply tells the person about their health."""
        reply = cues.is_reply(post)
        shown = SHOWN_PUBLICLY.search(post.text) if reply else None
        if shown is not None:
            yield Finding.on(
                post,
                PHI_DIRECT,
                [(shown.start(), shown.end())],
                score=0.8,
                explanation=(
                    "A public reply that says the person's own picture, film or case is in the "
                    "author's teaching or page tells everyone they were the author's patient."
                ),
                recognizer=self.name,
                trail=(("pattern", "shown_publicly"),),
            )
            return
        if _COLLEAGUE_OR_PUBLIC.search(post.text):
            return  # a colleague's talk, a charity run: not the person's own record
        if not reply:
            # a post that names a handle or greets someone by name: only care the author
            # confirms giving
            yield from self._named_care_confirmed(post)
            return
        m = _disclosure(post.text) or _child_result(post)
        if m is None:
            yield from self._named_care_confirmed(post)
            return
        sensitive = m.re is SENSITIVE
        if sensitive and _GENERAL_ANSWER.search(post.text):
            return  # a general answer, a colleague's talk, a charity run: not the person's record
        spans = [(m.start(), m.end())]
        handle = re.search(r"(?<![\w@])@\w+", post.text)
        if handle:
            spans.append((handle.start(), handle.end()))
        yield Finding.on(
            post,
            PHI_DIRECT,
            spans,
            score=0.75 if sensitive else 0.82,
            explanation=(
                "A public reply that states someone's own test, diagnosis or treatment discloses "
                "their health information."
            ),
            recognizer=self.name,
            trail=(("pattern", "reply_disclosure"),),
        )

    def _named_care_confirmed(self, post: Post) -> Iterable[Finding]:
        """A reply, or a post naming a handle, that confirms the person was seen (the
        patient-interaction tests) and names what they had: "thanks Gráinne, so glad the
        propranolol is settling, see you at the 3 month review", "glad the knee's holding up".
        The care, or the body part or device it was for, plus the addressee is their health
        record. A named procedure, diagnosis or drug weighs more than a body part."""
        text = post.text
        named = specific_care(text)
        if named is not None and _NOT_CARE_USE.match(text, named.end()):
            named = None  # "lovely to bump into you": no pregnancy
        score = 0.72
        if named is None:
            named = _own_detail(text)
            score = 0.66
        if (
            named is None
            or NOT_DISCLOSURE.search(text)
            or _GENERAL_PEOPLE.search(text)
            or (
                (_DOSE_TOLD.search(text) or ADVICE_STRICT.search(text))
                and not (_EARLIER_CARE.search(text) or _AUTHOR_CARE.search(text))
            )
            or SIGN_OFF.search(text)
        ):
            return
        # the patient-interaction tests, else the author's own earlier or next care
        confirmed = care_confirmed(post) or _AUTHOR_CARE.search(text) or _CARE_KNOWN.search(text)
        if confirmed is None:
            return
        yield Finding.on(
            post,
            PHI_DIRECT,
            [(named.start(), named.end()), (confirmed.start(), confirmed.end())],
            score=score,
            explanation=(
                "A public reply that confirms someone was seen and names their procedure, "
                "medicine, injury or the part of them treated discloses their health information."
            ),
            recognizer=self.name,
            trail=(("pattern", "named_care_confirmed"),),
        )
