"""Public interactions with patients, and posts that confirm someone is a patient.

Contacting patients online is the lapse boards were second most likely to investigate
(Greysen et al. 2013: 77%). A reply need not say "patient": "@jdoe glad the cast came off ok!"
confirms care to everyone who reads it; so does a review reply that mentions "your visit on
Tuesday". Generic replies ("thanks for reading", "we can't discuss individual care") do not.
Any reply to or mention of a handle the roster lists is a finding whatever the text says; that
check goes through ``ctx.patients`` (``classifiers.base.PatientDirectory``).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from classifiers import anchors, cues
from classifiers.base import PostContext, Recognizer
from classifiers.findings import Finding
from classifiers.rules import (
    PI_CONFIRMS_CARE,
    PI_FRIENDING,
    PI_MOVE_TO_DM,
    PI_REVIEW_REPLY,
    PI_ROSTERED,
)
from scanner.models import Post

_I = re.IGNORECASE
_CARE_OBJECT = (
    r"cast|stitches|sutures|op|operation|surgery|procedure|scan|results?|biopsy|bloods|blood\s+"
    r"tests?|knee|hip|shoulder|back|wound|scar|baby|little\s+one|delivery|birth|labou?r|"
    r"appointment|appt|check[\s-]?up|follow[\s-]?up|review|recovery|treatment|chemo|"
    r"radio(?:therapy)?|"
    r"physio|rehab|new\s+(?:hip|knee)|injection|jab|filler|botox|implants?|teeth|tooth|crown|"
    r"brace|braces|plaster|boot|sling|drain|catheter|stoma|transplant|discharge|stay|visit|"
    r"consultation|session|mole|lesion|rash|meds|medication|tablets|inhaler|pregnancy|bump|"
    r"scan\s+results|histology|smear|mammogram|colonoscopy|scope|endoscopy|IVF|cycle|transfer|"
    r"vasectomy|root\s+canal|RCT|extractions?|wisdom\s+teeth|c-?section|ablation|angiogram|stents?|pacemaker|cataract|fillings?|"
    r"veneers|aligners|invisalign|dentures?|hearing\s+aids?|sling|dressings?|gallbladder|"
    r"appendix|tonsils|adenoids|kidney\s+stones?|repeat(?:\s+prescription)?|refill|glasses|"
    r"lens(?:es)?|contact\s+lenses|hearing\s+aids?|CPAP|"
    r"\w+ectomy|\w+plasty|\w+scopy"
)
# The same, with every body part: only after "glad/great/lovely ... the", where a part is
# someone's care ("glad the finger's healing"), never in "your knees are ...", which is as
# often a jibe at a patient or a stranger's symptom as care.
_CARE_OBJECT_GLAD = _CARE_OBJECT + "|" + cues.BODY_PART
CONFIRMS_CARE = re.compile(
    r"\b(?:glad|great|good|lovely|so\s+pleased|pleased|happy|delighted|relieved|amazing|brilliant)"
    r"\s+(?:to\s+(?:see|hear|know)\s+)?(?:that\s+)?(?:your|the)\s+(?:" + _CARE_OBJECT_GLAD + r")\b"
    r"|\byour\s+(?:new\s+)?(?:" + _CARE_OBJECT + r")\s+(?:went|came|is|was|are|were|looks?|looked|"
    r"healed|healing|results?|came\s+back|went\s+well|is\s+healing)\b"
    r"|\b(?:see|seeing)\s+(?:you|u)\s+(?:both\s+|all\s+|two\s+)?(?:at|for|in)\s+the\s+(?:next\s+)?"
    r"(?:(?:\d+|six|two|four|three)[\s-](?:week|wk|month|year)\s+|annual\s+|postnatal\s+|"
    r"antenatal\s+)?(?:check|check[\s-]?up|review|appointment|appt|follow[\s-]?up|dressing\s+clinic|"
    r"fracture\s+clinic|clinic)\b"
    r"|\b(?:see|seeing)\s+you\s+(?:both\s+|all\s+)?(?:at|for|in|on|next)\s+(?:your|clinic|my\s+clinic|"
    r"the\s+clinic|(?:mon|tues|wednes|thurs|fri|satur|sun)day|next\s+week)\b"
    r"|\b(?:lovely|great|nice|good|a\s+pleasure|an\s+honou?r|a\s+privilege)\s+(?:to\s+)?(?:"
    r"take\s+care\s+of|taking\s+care\s+of|meet|"
    r"meeting|see|seeing|look(?:ing)?\s+after|treat(?:ing)?|car(?:e|ing)\s+for|deliver(?:ing)?|"
    r"work(?:ing)?\s+on|"
    r"operat(?:e|ing)\s+on)\s+(?:you|your|him|her)\b"
    r"|\b(?:thanks?|thank\s+you)\s+for\s+(?:being\s+(?:such\s+)?(?:a|an|my|our)\s+(?:\w+\s+)?"
    r"patient|trusting\s+(?:me|us)\s+with|the\s+(?:card|chocolates|flowers|biscuits|cake|gift|"
    r"lovely\s+card)|choosing\s+(?:me|us|our\s+(?:clinic|practice)))"
    r"|\b(?:labou?r|birth|delivery|op|operation|surgery|procedure)\b[^.!?]{0,30}\byou\s+were\s+(?:so\s+)?"
    r"(?:brave|a\s+star|amazing|a\s+trooper|great|incredible|a\s+legend|a\s+champ|fantastic|"
    r"brilliant|a\s+warrior)\b"
    r"|\byou\s+were\s+(?:so\s+)?(?:brave|a\s+star|amazing|a\s+trooper|great)\s+(?:in|at|during|"
    r"on|today|yesterday|last)\b"
    r"|\b(?:since|after|when)\s+(?:I|we)\s+(?:saw|treated|operated\s+on|delivered|admitted|"
    r"discharged|met)\s+(?:you|your)\b"
    r"|\b(?:my|our)\s+(?:former\s+|ex-?\s*|old\s+|favou?rite\s+|longest[\s-]serving\s+)?"
    r"(?:patient|pt)\b(?=[^.]*@)|\b(?:my|our)\s+(?:\w+\s+)?regular\s+@\w"
    # the author says the person was seen, or will go over their results
    r"|\bsince\s+(?:we|I)\s+(?:changed|started|switched|stopped|upped|increased|reduced|swapped|"
    r"adjusted|added|removed|fitted|took\s+out)\s+(?:your|ur|her|his|their|the\s+(?:dose|meds|"
    r"tablets|pills|inhaler|formula|dressing|cream|insulin|pump|brace|splint|plan))\b"
    r"|\b(?:loved|enjoyed)\s+(?:looking\s+after|caring\s+for|treating|nursing)\s+(?:you\b|your\s+"
    r"(?:mum|mam|mom|dad|son|daughter|baby|boy|girl|husband|wife|nan|grandad|granny|little\s+one))"
    r"|\byou\s+were\s+(?:seen|treated|triaged|assessed|examined|discharged|admitted|reviewed)\b"
    r"|\b(?:I'?ll|we'?ll|I\s+will|we\s+will|let\s+me)\s+(?:go\s+(?:over|through)|look\s+(?:at|over)|"
    r"check|review|read)\s+(?:your|ur)\s+(?:\w+\s+)?(?:results?|bloods|scans?|x-?rays?|MRI|CT|"
    r"report|ECG|levels|numbers|readings|swab)\b"
    r"|\b(?:great|good|nice|lovely|so\s+nice|wonderful)\s+(?:to\s+)?(?:see|seeing|meet|meeting|"
    r"chat(?:ting)?\s+(?:to|with))\s+you\s+(?:today|yesterday|this\s+morning|in|at|the\s+other\s+"
    r"day|again|last\s+week|on)\b"
    r"|\bsee\s+you\s+in\s+(?:clinic|OPD|\d+|a\s+few|two|three|six|a\s+couple)\b"
    r"|\bcome\s+back\s+(?:to\s+(?:us|me|the\s+clinic)|in\s+\d+|for\s+(?:your|the)\s+"
    r"(?:review|check|stitches|follow))\b"
    r"|\bkeep\s+(?:the|your)\s+(?:stitches|wound|dressing|cast|plaster|eye|drops)\b"
    r"|\b(?:to|congratulations\s+to|congrats\s+to|shout[\s-]?out\s+to)\s+(?:our|my)\s+"
    r"(?:lovely\s+|wonderful\s+|amazing\s+|brave\s+)?(?:patient|pt|client)\b"
    r"|\b(?:privilege|honou?r|pleasure)\s+(?:to\s+(?:be|have\s+been)|of\s+being)\s+your\s+(?:family\s+)?"
    r"(?:GP|doctor|doc|nurse|midwife|dentist|physio|surgeon|consultant|pharmacist|therapist)\b"
    r"|\b(?:letting|let)\s+me\s+be\s+your\s+(?:family\s+)?(?:GP|doctor|nurse|midwife|dentist|physio)\b"
    r"|\b(?:see|seeing)\s+u\s+(?:at|for|in|on|next)\s+(?:ur|your|clinic)\b"
    r"|\b(?:the\s+)?(?:lovely|wonderful)\s+(?:man|woman|lady|gent|family)\s+(?:from|in)\s+"
    r"(?:bay|bed|room|ward)\b"
    r"|\bsorry\s+(?:again\s+)?(?:about|for)\s+the\s+(?:wait|delay|mix[\s-]?up)\b"
    r"(?!\s+(?:in|with)\s+(?:responding|replying|getting\s+back|our\s+reply))"
    r"|\b(?:delighted|glad|happy|pleased|relieved)\s+(?:that\s+)?(?:your|the)\s+(?:\w+\s+)?(?:"
    + _CARE_OBJECT
    + r")\s+(?:went|is|was|came|looks)\b"
    r"|\b(?:your|ur)\s+(?:biopsy|scan|bloods|results|smear|histology|MRI|CT|x-?ray)\s+"
    r"(?:was|were|is|are|came\s+back)\s+(?:benign|normal|clear|fine|negative|positive|good)\b"
    # the author's own past care of the person or their family
    r"|\bI\s+was\s+(?:one\s+of\s+)?(?:your|his|her|their|ur)\s+(?:[\w'’]+\s+)?(?:nurses?|doctors?|"
    r"midwi(?:fe|ves)|physios?|surgeons?|GP|dentist|consultant|paramedics?|carers?|therapists?|"
    r"anaesthetists?|anesthesiologists?|reg|registrar|resident|intern|HCA)\b"
    r"|\b(?:I|we)\s+(?:nursed|looked\s+after|cared\s+for|treated|delivered|operated\s+on|"
    r"resuscitated|stitched\s+up)\s+(?:your|ur)\s+(?:\w+\s+)?(?:mum|mam|mom|dad|son|boy|girl|"
    r"daughter|baby|husband|wife|nan|nana|granny|gran|grandad|grandpa|grandma|father|mother|"
    r"brother|sister|partner|little\s+one|lad|twins)\b"
    r"|\b(?:the\s+(?:same\s+)?|this\s+|that\s+)(?:baby|boy|girl|lad|man|woman|kid|little\s+one|lady|"
    r"wee\s+(?:one|man|lad|girl|boy|fella|dote)|"
    r"guy|fella|bloke)\s+(?:I|we)\s+(?:ventilated|delivered|resuscitated|intubated|nursed|treated|"
    r"stitched|operated\s+on|looked\s+after|cared\s+for|caught|scanned)\b"
    # a relative's contact with the service, told back to them
    r"|\b(?:your|ur)\s+(?:mum|mam|mom|dad|son|daughter|sister|brother|wife|husband|partner|nan|"
    r"granny|grandad|baby|boy|girl|kid|child|auntie|uncle)\s+(?:rang|called|phoned|came\s+in(?:to)?|"
    r"was\s+(?:in|brought\s+in|admitted|seen|discharged))\s+(?:us|here|to\s+us|with\s+us|the\s+"
    r"(?:ward|practice|surgery|clinic|ED|ER|A&E|station|unit|pharmacy))\b"
    r"|\b(?:I|we)(?:['’]ve|\s+have)\s+(?:referred|booked|prescribed|started|put)\s+(?:you|ur|your)\b"
    r"|\b(?:the\s+\w+\s+)?(?:I|we)\s+(?:prescribed|referred\s+you|gave\s+you|started\s+you\s+on|"
    r"put\s+you\s+on|booked\s+you|stitched\s+you|scanned\s+you|operated\s+on\s+you|"
    r"discharged\s+you|admitted\s+you)\b"
    r"|\b(?:he|she|they|you)\s+(?:was|were|is|are)\s+(?:such\s+)?(?:a|an)\s+(?:\w+\s+)?(?:great|"
    r"lovely|good|brilliant|wonderful|model|brave|easy|amazing|funny|gorgeous|sweet|fab)\s+"
    r"patient\b(?!\s+(?:advocate|safety|care|experience|liaison|educator|flow|portal|leader|rep))"
    # the person named as the author's patient: "you're one of my favourite patients", "you were
    # the best-behaved patient I had all weekend", "one of my favourite people to treat"
    r"|\byou(?:['’]re|\s+are|\s+were)\s+(?:one\s+of\s+)?(?:my|our|the)\s+(?:[\w'’-]+\s+){0,3}?"
    r"patients?\b(?!\s+(?:advocate|safety|care|experience|liaison|educator|flow|portal|leader|rep))"
    r"|\bone\s+of\s+my\s+(?:\w+\s+)?(?:people|folks)\s+to\s+(?:treat|look\s+after|care\s+for)\b"
    r"|\b(?:you|your\s+\w+|he|she)\s+signed\s+the\s+consent\b"
    r"|\byou\s+were\s+the\s+(?:\w+\s+)?(?:guy|lad|lady|man|woman|one|kid|girl|boy|bloke|fella|"
    r"patient|gent)\s+(?:who|that)\s+(?:came\s+in|was\s+in|came\s+to|turned\s+up|I\s+\w+)"
    r"|\bsaw\s+(?:you|u|what\s+you|what\s+u)\b[^.!?]{0,60}?\bin\s+my\s+(?:waiting\s+room|"
    r"consulting\s+room|chair|dental\s+chair|cubicle|treatment\s+room)\b"
    r"|\b(?:screaming|shouting|yelling|swore|swearing|rude|kicking\s+off)\s+"
    r"(?:at|to)\s+my\s+(?:tech|techs|nurses?|receptionists?|staff|team|pharmacist|HCA|assistants?|"
    r"reception|dental\s+nurse|hygienist)\b"
    r"|\b(?:you|u)\b[^.!?]{0,40}?\bin\s+my\s+(?:waiting\s+room|consulting\s+room|dental\s+chair|"
    r"cubicle|treatment\s+room)\b"
    r"|\b(?:patient|client)s?\s+of\s+(?:mine|ours)\b"
    # a public answer that retells the person's visit: "You came to our clinic on Friday the 9th",
    # "Our doctor examined you", "I'm the pharmacist who spoke to you", "you were in with me"
    r"|\byou\s+(?:came|come)\s+(?:in\s+)?(?:to|into)\s+(?:our|my|the)\s+(?:clinic|practice|surgery|pharmacy|"
    r"office|department|ED|A&E|ER|ward|unit|hospital|centre|center|rooms)\s+(?:on|last|in|at|with|for|"
    r"yesterday|this|today)\b"
    r"|\b(?:our|my)\s+(?:\w+\s+)?(?:doctor|nurse|dentist|hygienist|GP|pharmacist|physio|surgeon|midwife|"
    r"optometrist|therapist)\s+(?:examined|assessed|saw|treated|reviewed|operated\s+on|spoke\s+(?:to|with)|"
    r"referred|explained\s+to|prescribed)\s+you\b"
    r"|\bI(?:['’]m|\s+am|\s+was)\s+the\s+(?:\w+\s+)?(?:pharmacist|nurse|doctor|dentist|physio|midwife|GP|"
    r"surgeon|paramedic|radiographer|sonographer|optometrist|anaesthetist|HCA|hygienist)\s+(?:who|that)\s+"
    r"(?:saw|spoke\s+to|treated|looked\s+after|served|helped|stitched|delivered|scanned|examined|"
    r"called|rang|dealt\s+with)\s+(?:you|your)\b"
    r"|\byou\s+were\s+in\s+with\s+(?:me|us)\b"
    # what the person did not do of the author's care plan: "if you had followed the post-op
    # instructions", "if you'd done the exercises"
    r"|\bif\s+you\s+(?:had|['’]d)\s+(?:followed|listened\s+to|taken|done|kept\s+up|worn|used|finished)\s+"
    r"(?:the|my|our|your)\s+(?:[\w-]+\s+){0,2}?(?:instructions|advice|exercises|antibiotics|aftercare|"
    r"plan|splint|brace|retainer|meds|tablets|regime|regimen|course)\b"
    # the author remembers the person as a patient: "I remember you from clinic!!", "of course I
    # remember you Pat! How's that left hip holding up?", "last time we met you were fast asleep
    # under anaesthetic", "last time I saw you was on the stretcher"
    r"|\bI\s+remember\s+(?:you|u)\s+from\s+(?:the\s+|my\s+|our\s+)?(?:clinic|ward|surgery|practice|"
    r"pharmacy|resus|ED|A&E|ER|ICU|NICU|theatre|unit|chair|dental\s+chair|antenatal|physio|rehab)\b"
    r"|\bI\s+remember\s+(?:you|u)\b(?=[^\n]{0,80}?\bhow['’]?s\s+(?:that|the|your|ur)\s+(?:left\s+|right\s+|"
    r"new\s+)?(?:knee|hip|shoulder|back|ankle|wrist|elbow|neck|foot|hand|leg|arm|eye|ear|tooth|teeth|"
    r"jaw|scar|wound|stitches|cast|boot|op|surgery|treatment|recovery|rehab|IVF|pregnancy|bump|baby|"
    r"little\s+one)\s+(?:holding\s+up|doing|going|healing|feeling|settling|behaving))"
    r"|\blast\s+time\s+(?:we\s+met|I\s+saw\s+(?:you|u))\b[^.!?]{0,20}?\b(?:you\s+were\s+|was\s+)"
    r"(?:\w+\s+){0,3}?(?:under\s+(?:anaesthetic|anesthesia|sedation)|sedated|intubated|on\s+the\s+"
    r"(?:table|stretcher|trolley|ward|drip|vent)|in\s+(?:resus|theatre|recovery|labou?r|ICU|NICU|"
    r"the\s+chair|my\s+chair|stirrups|a\s+cast|traction))"
    # the person's own missed care: "you missed three of your six sessions for the shoulder"
    r"|\byou\s+(?:missed|skipped|cancelled|canceled|didn['’]?t\s+(?:turn\s+up|come)\s+(?:to|for))\s+"
    r"(?:\w+\s+){0,2}?(?:of\s+)?(?:your|the|our)\s+(?:\w+\s+){0,2}?(?:sessions|appointments|appts|"
    r"reviews|check[\s-]?ups|follow[\s-]?ups|physio|scans?|dressing\s+clinics?)\b"
    # the person's medicine in at the author's pharmacy: "your mom's insulin pens came in this
    # morning", "your warfarin's ready", "your metformin ready already"
    r"|\b(?:your|ur)\s+(?:(?:mum|mom|mam|dad|nan|husband|wife|son|daughter|baby|boy|girl)['’]s\s+)?"
    r"(?:\w+\s+)?(?:pens|meds|medication|medicines?|prescriptions?|script|tablets|inhalers?|insulin|"
    r"refill|repeat|dressings|patches|blister\s+packs?|warfarin|metformin|ozempic|methadone|HRT|"
    r"antibiotics|eye\s+drops|cream)(?:['’]s)?\s+(?:(?:is|are|has|have)\s+)?(?:ready|come\s+in|came\s+in|"
    r"come|arrived|in\s+stock|been\s+ordered)\b"
    # ... not the notice to everyone: "your prescription is ready when you get our text"
    r"(?![^.!?]{0,30}\b(?:when|once|as\s+soon\s+as)\s+you\s+(?:get|receive)\s+(?:our|a|the)\s+(?:text|"
    r"email|message|notification|SMS)\b)"
    # "after everything you went through with us"
    r"|\b(?:everything|all)\s+(?:that\s+)?you(?:['’]ve|\s+have)?\s+(?:went|gone|been)\s+through\s+with\s+"
    r"(?:us|me)\b",
    _I,
)
# The same, in shapes that do not start with a word (kept apart: in one expression they stop
# ``re`` from skipping ahead to the words the rest start with).
CONFIRMS_CARE_OPENINGS = re.compile(
    # speaking to a patient in public: "To the patient slagging me off on Facebook: ..."
    r"(?:^|(?<=[.!?])\s+)to\s+(?:the|my|our|that)\s+(?:\w+\s+)?(?:patient|client)\s+(?:who|that|"
    r"in|from|whose|slagging|complaining|leaving|posting|with)\b(?=[^\n]{0,300}\byou)"
    # a handle's care with the author: "@gina's acne journey with us"
    r"|(?<=@)[\w.]+'?s?\s+(?:\w+\s+){0,2}(?:journey|transformation|treatment|results|recovery|"
    r"progress)\s+with\s+(?:us|me)\b",
    _I | re.M,
)
# A named patient's relative, spoken to and told the patient's results: "Arjun's mom please
# don't worry, his platelets were 68,000 this morning". The opening names who is spoken to, so
# no "you" is needed.
RELATIVE_TOLD = re.compile(
    r"(?:^|(?<=[.!?])\s+)(?:(?:hi|hey|dear)\s+)?(?-i:[A-Z][a-z]+)['’]s\s+(?:mom|mum|mam|dad|parents|family|"
    r"wife|husband)\b[^.!?]{0,60}?\b(?:his|her|their)\s+(?:\w+\s+)?(?:platelets|bloods|results|"
    r"temp(?:erature)?|sats|scan|x-?ray|levels|count|sugars?|obs|wound|stitches|op|surgery|feeds?|"
    r"sodium|potassium|CRP|haemoglobin|Hb|weight)\s+(?:were|was|is|are|came|went|looks?|looked)\b",
    _I | re.M,
)
# The thanks with the person's handle or title between: "Thank you @lina for trusting me with",
# "Thanks Mrs Brennan for the gorgeous flowers". Kept out of CONFIRMS_CARE, whose pre-check
# would otherwise wake on every "thanks". The recognizer's pre-check lets a reply or a post with
# a handle through; a public post thanking "Mrs X" by title alone reaches this only when some
# other rule's words are there too.
THANKS_BY_NAME = re.compile(
    r"\b(?:thanks?|thank\s+(?:you|u))\s+(?:@[\w.]+|(?-i:(?:Mr|Mrs|Ms|Miss)\.?\s+[A-Z][\w'’-]+))\s+"
    r"for\s+(?:trusting\s+(?:me|us)\s+with|the\s+(?:\w+\s+)?(?:card|chocolates|flowers|biscuits|"
    r"cake|gift))",
    _I,
)
# In a reply only (said to the public it is an invitation to a service, "pop in and we'll check
# your blood pressure for free"): an invitation to the author's own clinic to go over the
# person's care.
REPLY_CARE = re.compile(
    r"\b(?:pop|come|drop|call|swing)\s+(?:in(?:to)?|up|down|by|round|back|over)\s+(?:to\s+)?"
    r"(?:(?:the|our|my)\s+(?:clinic|surgery|practice|pharmacy|chemist|ward|unit|rooms|dispensary)\b|"
    r"(?:us|me)\b|(?!(?:the|our|my|a|your)\s))[^.!?]{0,60}?\b(?:we'?ll|I'?ll|we\s+can|I\s+can)\s+(?:\w+\s+)?(?:go\s+through|"
    r"(?:have|take)\s+a\s+(?:look|proper\s+look|quick\s+look)|look\s+at|check|sort|review|redo|"
    r"repeat|change|swap|recheck|talk\s+(?:it\s+)?through)"
    # the author's advice or care at the person's own visit, recalled to them: "as we explained
    # at your consultation", "like I told you in March", "if you'd done the exercises we gave you"
    r"|\b(?:as|like)\s+(?:we|I)\s+(?:explained|said|told\s+you|discussed|agreed|mentioned|showed\s+you)"
    r"\s+(?:at|in|during|on)\s+(?:your|the|our|his|her|their)\s+(?:\w+\s+)?(?:consult\w*|appointment|appt|review|"
    r"visit|session|clinic|check[\s-]?up|surgery)\b"
    r"|\blike\s+I\s+told\s+you\s+(?:in|on|at|last)\b"
    r"|\bif\s+you['’]?d\s+(?:taken|done|used|worn|followed|listened\s+to|kept\s+up)\s+(?:the\s+|your\s+)?"
    r"(?:\w+\s+){0,3}?(?:(?:I|we)\s+(?:gave|prescribed|told|showed|recommended|set)|like\s+(?:I|we)\s+"
    r"(?:told|said|asked))\b"
    r"|\byou\s+were\s+(?:offered|given|prescribed|referred|in\s+and\s+out|asked\s+to\s+leave|"
    r"escorted|still\s+seen|lucky\s+we)\b"
    r"|\b(?:see|seeing|meet|meeting)\s+you\s+(?:and|&)\s+(?:baby|little|wee|your)\s+\w+\s+(?:at|in)\s+"
    r"(?:the\s+)?(?:clinic|\d+[\s-]week|six[\s-]week|check|appointment|review|surgery|practice)\b"
    # what the author did to the person, told back to them: "we removed your lipoma", "we
    # extracted the tooth you asked us to", "I looked at the pic you sent"
    r"|\b(?:we|I)\s+(?:extracted|removed|took\s+out|filled|fitted|stitched|drained|injected|"
    r"syringed|froze|lasered|treated|reset|dressed|scoped)\s+(?:your|ur|the\s+\w+\s+you)\b"
    # ... or the part of them the author worked on, or the author's own hands in it: "that's the
    # knee I rebuilt", "I just held the scalpel", "all those years treating your knees"
    r"|\b(?:the|that|your|ur)\s+(?:\w+\s+)?(?:knee|hip|shoulder|ankle|wrist|elbow|back|spine|"
    r"hand|foot|heart|tooth|teeth|jaw|nose|eye)s?\s+(?:I|we)\s+(?:rebuilt|replaced|repaired|fixed|"
    r"operated\s+on|pinned|scoped|set|reconstructed|did)\b"
    r"|\bI\s+(?:just\s+|only\s+)?held\s+the\s+(?:scalpel|knife|retractors?|camera|needle)\b"
    r"|\b(?:years?|months?)\s+(?:of\s+)?(?:treating|looking\s+after|nursing)\s+(?:you|your|ur)\b"
    # the person's own visit or result, with the author's next step: "your ECG looked ok when you
    # came yesterday", "you can go back training once I see the repeat xray"
    r"|\bwhen\s+you\s+(?:came|were)\s+(?:in|yesterday|today|last\s+\w+|on\s+\w+day)\b"
    r"|\bonce\s+(?:I|we)\s+(?:see|get|check|review|have)\s+(?:the|your)\s+(?:repeat\s+|new\s+)?"
    r"(?:x-?rays?|scans?|bloods|results?|MRI|ECG|biopsy)\b(?!\s+(?:of|from)\b)"
    r"|\bI\s+(?:looked\s+at|checked|saw)\s+the\s+(?:pics?|photos?|images?|readings|results)\s+you\s+sent\b"
    # an apology for the person's own wait or visit: "sorry you waited 5 hours on Sunday",
    # "sorry you felt rushed on Wed Karen"
    r"|\bsorry\s+(?:again\s+)?(?:that\s+)?you\s+(?:had\s+(?:such\s+)?(?:a|an)\s+(?:\w+\s+){0,2}?wait|"
    r"waited|had\s+to\s+wait|felt\s+(?:so\s+)?rushed|were\s+(?:kept\s+)?waiting|were\s+kept)\b"
    r"(?!\s+(?:for|on|around)\s+(?:me|us)\b)"  # "sorry you waited for me at the café": the author's
    # the author's say over the person's recovery or dose: "no bowling till I say", "we'll keep
    # the 75mcg"
    r"|\bno\s+(?:running|bowling|lifting|training|swimming|cycling|jumping|kicking|"
    r"climbing|diving|sport|gym|football|rugby|netball|contact)\s+(?:till|until|til)\s+I\s+"
    r"(?:say|see\s+you|check|review)\b"
    r"|\b(?:we|I)['’]?ll\s+(?:keep|leave|continue)\s+(?:you\s+on\s+)?(?:the\s+|your\s+)?"
    r"\d+(?:\.\d+)?\s?(?:mg|mcg|micrograms?|units?)\b"
    # the person's relative in the author's care: "your mum was very brave in the chair",
    # "your mother got a bed in 4 hours", "your dad was given his flu jab"
    r"|\b(?:your|ur)\s+(?:mum|mam|mom|mother|dad|father|son|daughter|boy|girl|husband|wife|partner|"
    r"nan|granny|grandad|baby|little\s+one|wee\s+one)(?:['’]s)?\s+(?:\w+\s+){0,3}?(?:was|were|got|"
    r"had)\s+(?:(?:very|so|such)\s+)?(?:seen|given|treated|brave|changed|admitted|discharged|"
    r"a\s+pleasure|a\s+bed|a\s+star|sent\s+home|prescribed)\b",
    _I,
)
GENERIC_REPLY = re.compile(
    r"\b(?:can['’]?t|cannot|unable\s+to|not\s+able\s+to|(?:are|is)\s*n['’]?t\s+able\s+to|don['’]?t|"
    r"do\s+not|never|won['’]?t)\s+(?:publicly\s+)?(?:discuss|comment\s+on|talk\s+about|confirm|go\s+into)\s+"
    r"(?:individual|specific|any|whether|personal|someone|patients?['’]?\s|prescriptions?|medical|"
    r"health|clinical|treatment|care\b|cases?\b|results|(?:\w+\s+){0,2}?on\s+(?:here|facebook|FB|"
    r"social\s+media|this\s+page|twitter|X|instagram|insta|a\s+public))"
    # "I can't give individual advice on here"
    r"|\b(?:can['’]?t|cannot|unable\s+to|not\s+able\s+to|don['’]?t|do\s+not|won['’]?t)\s+(?:give|offer|"
    r"provide)\s+(?:individual|personal|specific|medical|clinical)\s+advice\b"
    r"|\bplease\s+(?:contact|call|ring|email)\s+(?:the\s+)?(?:practice|clinic|"
    r"office|surgery|reception|patient\s+(?:liaison|advocacy))"
    r"|\bthanks?\s+(?:so\s+much\s+)?for\s+"
    r"(?:reading|sharing|listening|watching|the\s+follow|following|the\s+RT|coming\s+to\s+(?:the|"
    r"my)\s+(?:talk|lecture|session|webinar))\b"
    r"|\b(?:thread|post|video|article|blog|reel|infographic|explainer|tips?|podcast|episode|"
    r"carousel|newsletter)\s+(?:\w+\s+)?(?:useful|helpful|interesting|reassuring)\b",
    _I,
)
REVIEW_REPLY = re.compile(
    r"\b(?:thanks?|thank\s+you|grateful)\s+(?:so\s+much\s+)?for\s+(?:your|the|this|such\s+a)\s+"
    r"(?:lovely\s+|kind\s+|wonderful\s+|great\s+|honest\s+|5[\s-]?star\s+|five[\s-]?star\s+)?"
    r"(?:review|feedback|rating|words|comments|(?:5|five)\s+stars?|stars)\b"
    r"|\b(?:sorry|apologi[sz]e)\s+(?:\w+\s+){0,4}(?:your|the)\s+(?:wait|visit|experience|"
    r"appointment|stay|delay|bill|treatment|care|physical|consult|consultation|check[\s-]?up|exam|"
    r"procedure|session|scan|smear|injection|filling|cleaning)\b"
    r"|\bwe(?:'re|\s+are)\s+sorry\s+(?:to\s+hear\s+)?(?:you|that\s+you)\b"
    r"|\b(?:your|the)\s+(?:review|feedback|1[\s-]?star|one[\s-]?star)\b",
    _I,
)
# A public post to one reviewer ("To the lady who left a 1-star review after her smear on
# Tuesday: ...") needs a detail of the visit (``REVIEW_SPECIFIC``); a star given "because we
# wouldn't hand over another codeine refill" is the visit itself.
TO_REVIEWER = re.compile(
    r"(?:^|(?<=[.!?])\s+)to\s+the\s+(?:['‘’\"]?\w+['’\"]?\s+)?(?:reviewer|lady|woman|man|person|guy|gent|"
    r"gentleman|mum|mam|mom|dad|customer|client|patient|parent|family|individual)\s+who\s+(?:\w+\s+){0,2}?"
    r"(?:left|posted|wrote|gave|says|said|called|complained|is\s+complaining|thinks|claims|review\w*|"
    r"rated)\b",
    _I | re.M,
)
STARS_BECAUSE = re.compile(
    r"\b(?:leav(?:e|ing)|left|giv(?:e|ing)|gave)\s+(?:us\s+|me\s+)?(?:a\s+)?(?:one|1|two|2)[\s-]?stars?\s+"
    r"(?:review\s+)?(?:because|cos|coz|since|as|just\s+because)\s+(?:we|I|the\s+(?:doctor|nurse|dentist|GP|"
    r"team|pharmacist|receptionist))\b",
    _I,
)
REVIEW_SPECIFIC = re.compile(
    r"\b(?:your|ur)\s+(?:visit|appointment|appt|procedure|op|operation|surgery|treatment|"
    r"stay|wait|consultation|session|filling|extraction|crown|implant|botox|filler|injection|"
    r"physical|exam|check[\s-]?up|cleaning|"
    r"scan|delivery|baby|hip|knee|tooth|teeth|results|bill|next\s+visit|follow[\s-]?up|mum|dad|"
    r"son|daughter|husband|wife|child|little\s+one)\b"
    r"|\b(?:on|last)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\bwhen\s+you\s+(?:came|"
    r"were|visited|saw)\b|\b(?:see|seeing)\s+you\s+(?:again|next|soon|at)\b|\bnext\s+(?:visit|"
    r"appointment|time\s+you)\b|\byou\s+(?:were|are)\s+(?:seen|treated|booked)\b"
    # the reviewer's own visit told in the third person or from the record: "after her smear",
    # "for her son's stitches", "we have your X-rays"
    r"|\b(?:her|his|their)\s+(?:(?:son|daughter|child|baby|kid|mum|dad)['’]s\s+)?(?:smear|stitches|"
    r"appointment|appt|visit|filling|op|operation|scan|x-?rays?|treatment|procedure|consult\w*|"
    r"check[\s-]?up|follow[\s-]?up|injection|extraction|crown|bloods)\b|\bwe\s+have\s+your\b",
    _I,
)
MOVE_TO_DM = re.compile(
    r"\b(?:DM|PM|dm|message|inbox|email|e-mail|whatsapp|text|send|forward|post|share|pop)\s+"
    r"(?:me|us|them)?\s*(?:over\s+)?(?:your|the|a|some)?\s*"
    # "a clear pic", "your latest lipid panel", "a couple of close-up photos"
    r"(?:(?:latest|recent|new|clear|good|quick|close[\s-]?up|decent|proper|couple\s+of|few|lipid|"
    r"thyroid|blood|lab|hormone|liver|kidney|full)\s+){0,2}"
    r"(?:photos?|pics?|pictures?|images?|"
    r"results?|bloods|blood\s+results|scan|scans|report|reports|x-?rays?|MRI|CT|letter|"
    r"histology|ECG|numbers|readings|BP\s+readings|sugars|HbA1c|levels|panel|labs)\b"
    r"(?:[^.?!]{0,40}\b(?:of|from)\s+(?:the|your|ur)\s+\w+)?"
    r"|\b(?:DM|PM|message|inbox|email)\s+me\s+(?:your|the)\s+(?:details|symptoms|history|meds|"
    r"medication\s+list|DOB|number)\b"
    r"|\bslide\s+into\s+my\s+DMs?\s+with\s+(?:your|the)\b",
    _I,
)
FRIENDING = re.compile(
    r"\b(?:accept(?:ed|ing)?|got|received|sent|had)\s+(?:a\s+)?(?:friend|follow|facebook|FB|"
    r"insta|instagram|snapchat|linkedin)\s+request\s+(?:from|to)\s+(?:a|my|one\s+of\s+my|our|"
    r"an?\s+(?:old|former|ex))\s+(?:\w+\s+)?(?:patients?|pts?)\b"
    r"|\b(?:my|a|former|an\s+old|one\s+of\s+my)\s+(?:\w+\s+)?(?:patients?|pts?)\s+(?:just\s+)?"
    r"(?:added|followed|friended|requested|slid\s+into|messaged|found)\s+me\b"
    r"|\b(?:friends?|following|followed|mutuals)\s+(?:with|on\s+\w+\s+with)?\s*(?:a|my|one\s+of\s+"
    r"my|our)\s+(?:\w+\s+)?(?:patients?|pts?)\b"
    r"|\b(?:added|friended|followed)\s+(?:back\s+)?(?:a|my|one\s+of\s+my)\s+(?:\w+\s+)?(?:patients?|pts?)\b"
    # "had a patient add me on insta", "from one of my old post-natal mums", "accept your friend
    # request now Pat, after all those years treating your knees"
    r"|\b(?:a|my|one\s+of\s+my)\s+(?:\w+\s+)?(?:patients?|pts?)\s+(?:add|follow|friend|request)\s+me\b"
    r"|\b(?:friend|follow)\s+request\s+from\s+(?:one\s+of\s+my|my)\s+(?:[\w-]+\s+){0,2}?(?:mums|moms|"
    r"clients|patients)\b"
    r"|\baccept(?:ed|ing)?\s+(?:your|ur)\s+(?:friend|follow)\s+request\b(?=[^.!?]{0,80}\b(?:treat\w*|"
    r"patient|clinic|surgery|op|operated|stitched|delivered)\b)",
    _I,
)
DM_HARMLESS = re.compile(
    r"\b(?:leaflet|link|guide|slides|paper|article|resources?|info|information|poster|"
    r"recording|CV|application|abstract|pup|puppy|pups|dog|doggo|cat|kitten|puppies|kittens|"
    r"holiday|outfit|dress|cake|garden|house|view|medal|haircut|nails|wedding|ring|car|bike|"
    r"kitchen|tree|bake)\b",
    _I,
)
_HANDLE = re.compile(r"(?<![\w@])@(\w{1,30})")
# Meeting someone socially is not care: "great to see you at the match", "at church today".
SOCIAL = re.compile(
    r"\b(?:see|seeing|meet|meeting)\s+you\s+(?:at|in)\s+(?:the\s+)?(?:match|game|club|golf\s+club|"
    r"church|mass|"
    r"mosque|temple|WI|gym|pub|party|wedding|school|gate|shops?|market|races|parkrun|pool|concert|"
    r"final|county\s+final|festival|cinema|book\s+club|choir|rugby|hurling|footy|training|"
    r"conference|meeting|talk|course|congress|dinner|lecture|workshop|awards|launch|party)\b",
    _I,
)


# --- a reply that speaks to the person about their own care ----------------------------------
# Replies name the care in everyday words ("the ankle's on the mend", "see you Tuesday for our
# session", "your prescription's ready") more often than in any fixed phrase: so a reply counts
# when it holds a care term and a relation marker (the author's past or coming care).
CARE_TERM = re.compile(
    r"\b(?:sessions?|appt|appointments?|review|prescriptions?|script|blister\s+pack|physio|therapy|"
    r"therapist|braces|ward|clinic|scan|sick\s+note|midwife|obstetrician|GP|family\s+doctor|"
    r"post[\s-]?op|check[\s-]?up|\d+[\s-]week\s+check|follow[\s-]?up|results?|bloods|smear|"
    r"stitches|"
    r"tablets|pills|meds|dose|inhalers?|preventer|cream|patches|splint|cast|frame|crutches|rehab|"
    r"sling|(?:the|your|that|moon)\s+boot|dressings?|bandage|feed(?:ing|in)|breastfeeding|latch|birth\s+suite|"
    r"repeat(?:\s+prescription)?|refill|glasses|lens(?:es)?|hearing\s+aids?|CPAP|"
    r"repair|ablation|angiogram|angioplasty|cardioversion|epidural|cath\s+lab|pacemaker|stents?|"
    r"implants?|hernia|c-?section|cataract|"
    r"biopsy|catheter|stoma|drain|transplant|veneers|aligners|dentures?|"
    r"labou?r\s+ward|delivery\s+suite|(?:your|ur)\s+(?:doctor|GP|specialist|consultant)|"
    r"NICU|the\s+unit|day\s+ward|blood\s+pressure|denture|filling|extraction|tooth|teeth|skin|"
    r"ribs|ankle|knee|hip|shoulder|wrist|hand|leg|arm|scar|wound|tonsils|sugars|"
    # "back" the body part ("your back"), not "back at parkrun", "back on the tools"
    r"(?:your|the|ur|his|her)\s+back|"
    r"stay|test|tests|test\s+of\s+cure|MRI|CT|ultrasound|x-?rays?|scans?|diagnosis|cycles?|port|"
    r"hospital(?!\s+(?:food|parking|car\s+park|wifi|telly|TV|coffee|canteen))|ecmo|"
    r"ventilator|(?:our|the)\s+(?:unit|ICU|ward)|"
    r"oxygen|pens|insulin|post[\s-]?op|op|surgery|operation|procedure|root\s+canal|fillings?|"
    r"rehab|hamstring|ACL|stress\s+test|physical|infusion|chemo|radiotherapy|antidepressants?|"
    r"antipsychotics?|lithium|sertraline|semaglutide|tretinoin|PrEP|HIV\s+test|visit|"
    r"(?:\d+|six|two|four)[\s-]weeks?\s+(?:post|check|review))\b",
    _I,
)
CARE_RELATION = re.compile(
    r"\b(?:(?:so\s+)?(?:good|great)\s+to\s+see\s+you\s+(?:walking|back|up|home|out|off|on)|hope\s+the|"
    r"so\s+pleased|so\s+excited|can'?t\s+wait\s+for\s+your|thrilled|you'?re\s+all\s+good|pick\s+up|"
    r"we'?ll\s+(?:review|recheck|check|see|look)|next\s+session|so\s+glad|glad|so\s+happy|happy\s+to\s+see|so\s+proud|proud\s+of\s+you|delighted|"
    r"great\s+news|"
    r"good\s+news|congrat\w*|lovely\s+to\s+(?:see|hear)|so\s+lovely|told\s+you|see\s+you\s+(?:on|"
    r"at|for|next|"
    r"in|mon|tues|wednes|thurs|fri|satur|sun)\w*|our\s+sessions?|we\s+(?:miss|loved|got|"
    r"'ll\s+have)|"
    r"loved\s+(?:being|having|seeing)|an\s+honou?r|a\s+privilege|a\s+pleasure|"
    r"ready\s+for\s+(?:collection|"
    r"pick[\s-]?up)|(?:is|are)\s+(?:ready|in)\b|ready\s+to\s+(?:collect|pick\s+up)|treating\s+you|"
    r"(?:we'?ll|I'?ll|we\s+can|I\s+can)\s+(?:fit|squeeze|get|book|slot)\s+(?:you|u)\s+in|"
    r"bring\s+(?:the|your)\s+(?:\w+\s+)?(?:report|results?|letter|bloods|meds|tablets|inhalers?|"
    r"red\s+book|card|diary|readings|list|x-?rays?|scans?)\s+(?:with\s+you|next|along|in)|"
    r"you'?re\s+(?:very\s+|so\s+|most\s+)?welcome|since\s+(?:your|the)"
    r"|after\s+"
    r"(?:your|the)|back\s+(?:on|to|running|at|in)|(?:you'?re|glad\s+you'?re|ur|you\s+are)\s+"
    r"(?:both\s+|all\s+)?home|I\s+still\s+remember|(?:till|until)\s+I\s+see\s+(?:you|u)|"
    r"out\s+of\s+(?:hospital|"
    r"the\s+cast)|on\s+the\s+mend|heal(?:ing|ed)|(?:is|are)\s+working|helped|kick\s+in|came\s+back|"
    r"see\s+u|(?:good|great|lovely|nice)\s+to\s+see\s+u|(?<!bear\s)(?<!bearing\s)with\s+us|in\s+our\s+(?:unit|ward|ICU|"
    r"clinic|practice|care)|on\s+our\s+(?:floor|ward|unit)|I'?ve\s+(?:called|reported|read|"
    r"checked)|I\s+(?:read|reported|checked|looked\s+at)\s+your|your\s+(?:doc|doctor|GP)\s+will|"
    r"chuffed|keep\s+going|almost\s+there|suiting\s+you|agreeing\s+with\s+(?:you|u)|was\s+negative|(?:came\s+back|is|was)\s+"
    r"(?:clear|negative|normal|benign)|since\s+your\s+last|like\s+we\s+discussed|my\s+pleasure|"
    r"so\s+pleased|so\s+proud|proud\s+of\s+you|remember\s+the|no\s+more\s+\w+\s+for|"
    r"\w+ing\s+(?:\w+\s+){0,2}again|"
    r"(?:great|good|lovely)\s+to\s+(?:get|have)\s+your|sorted|"
    r"cleared|(?:are|is)\s+back|I'?ve\s+(?:added|sent|called|asked|popped|booked)|I'?ll\s+(?:see|"
    r"book|sign|"
    r"explain)|(?:like|as)\s+(?:we|I)\s+(?:discussed|agreed|planned|said\s+in\s+clinic)|"
    r"keep\s+(?:the|doing|up)|pop\s+(?:in|up|back))\b",
    _I,
)
FRIEND_SIGNAL = re.compile(
    r"\b(?:friend[\s-]?request|follow(?:[\s-]?request)?)\s+from\s+(?:the|a|my|one\s+of\s+my|an?\s+old)\s+[^.!?]{0,40}?"
    r"(?:patients?|clients?|lady|man|woman|mum|mam|dad|I\s+(?:see|saw|treated|did|delivered|looked\s+after|"
    r"operated\s+on|put|popped|stitched|sewed|fixed|plastered|scanned|scoped|nursed|sutured|"
    r"patched|set|reduced|resuscitated|replaced|repaired|removed))\b|"
    r"\b(?:lad|guy|bloke|fella|man|woman|lady|girl|boy|kid|chap|gent|mum|mam|dad|family|couple|"
    r"patient)\s+(?:whose\s+(?:\w+\s+){1,2})?(?:I|we|you)\s+(?:stitched|treated|delivered|looked\s+after|"
    r"operated\s+on|put|popped|sewed|fixed|plastered|scanned|scoped|nursed|sutured|patched|set|"
    r"resuscitated|saw|replaced|repaired|removed|sorted|catheteri[sz]ed|cannulated|intubated|"
    r"x-?rayed|cared\s+for|discharged|admitted|triaged|did\s+(?:\w+\s+){1,2}?with)\b[^.!?]{0,80}?"
    r"\b(?:followed\s+(?:me|you)|(?:friend|follow)[\s-]?request\w*|adds?\s+(?:me|you)|added\s+(?:me|you)|"
    r"sent\s+me\s+a\s+(?:friend|follow)|found\s+me|slid\s+into)|"
    # "a family you looked after in NICU sends you a friend request", "the lovely older lady from my
    # aged care placement found me on facebook"
    r"\b(?:lad|guy|bloke|fella|man|woman|lady|girl|boy|kid|chap|gent|mum|mam|dad|family|couple)\s+"
    r"(?:(?:you|I|we)\s+(?:looked\s+after|cared\s+for|nursed|treated|delivered)|from\s+my\s+(?:[\w-]+\s+){0,2}?"
    r"(?:placement|clinic|ward|caseload|list|round|surgery|practice))\b[^.!?]{0,80}?\b(?:(?:friend|follow)"
    r"[\s-]?request\w*|adds?\s+(?:me|you)|added\s+(?:me|you)|found\s+(?:me|you)|followed\s+(?:me|you))|"
    r"\b(?:patients?|clients?|customers?|mums?|moms?|dads?|families|pts?)"
    r"\b(?!['’]s\s)[^.!?]{0,50}?\b(?:friend[\s-]?"
    r"request(?:ed)?|sends?\s+(?:me|you)\s+a\s+(?:friend|follow)|sent\s+me\s+a\s+(?:friend|follow)|"
    r"followed\s+me|follow\s+me|DMe?d\s+me|found\s+my\s+(?:IG|insta|instagram|page|account|profile|"
    r"tiktok|facebook|FB)|"
    r"messaged\s+me|"
    r"added\s+me|found\s+me|track(?:ed)?\s+me\s+down|slid\s+into\s+my)",
    _I,
)
THANKS_PATIENT = re.compile(
    r"\b(?i:thank\s+you|thanks|huge\s+thanks|big\s+thanks|congrat\w*|shout[\s-]?out|"
    r"delighted\s+to\s+see|"
    r"so\s+lovely\s+to\s+see)\s+(?:to\s+)?(?:one\s+of\s+(?:our|my)\s+(?:\w+\s+)?(?:patients|"
    r"clients|mums)|"
    r"(?:my|our)\s+(?:\w+\s+)?(?:patients?|mums|clients)|@\w+|(?:Mr|Mrs|Ms|Miss)\.?\s+[A-Z]\w+|"
    r"[A-Z][a-z]+)",
)
THANKS_CARE = re.compile(
    r"\b(?:who\s+I\s+(?:nursed|treated|looked\s+after|delivered|operated\s+on)|"
    # "patient" as the person, not a staffing word ("1:25 nurse-patient ratio")
    r"(?<![-/])patients?(?![-/]|\s+(?:ratios?|safety|flow|load|numbers|experience\s+team))|"
    r"after\s+(?:his|her)\s+"
    r"(?:\w+\s+)?(?:stay|review|op|operation|surgery|heart\s+attack|treatment|visit)|"
    r"came\s+back\s+to\s+the|"
    r"births?|born|ward\s+\d+|visit\s+to\s+the)\b",
    _I,
)
_REVIEW_EXPLANATION = (
    "A reply to a review that refers to the reviewer's visit confirms they were seen."
)
# Answering a review with facts of the reviewer's own care ("you missed 3 appointments").
REVIEW_WORD = re.compile(
    r"\b(?:review|reviews|(?:1|one|2|two)[\s-]star|yelp|google\s+review|rating|tripadvisor|practo)\b",
    _I,
)
YOUR_CARE_FACTS = re.compile(
    r"\byou\s+(?:missed|waited|cancelled|canceled|came\s+in|were\s+(?:seen|told|late|rude)|felt|"
    r"arrived|refused|owe|flinched|bit\s+me|chose|declined|asked\s+for|shouted|swore|"
    r"(?:literally\s+)?cancelled|were\s+lucky|were\s+(?:offered|given)|didn['’]?t\s+(?:floss|turn\s+up|"
    r"show))\b|\byour\s+(?:physical|visit|appointment|surgery|implant|bill|A1c|results?|"
    r"treatment|procedure|scan)\b",
    _I,
)
# A particular person singled out as the author's patient, in public.
PATIENT_NAMED_IN_PUBLIC = re.compile(
    r"\b(?:proud\s+of|shout[\s-]?out\s+to|thanks?\s+(?:you\s+)?(?:to\s+)?)\s*(?:my\s+(?:\w+\s+)?patient\s+"
    r"[A-Z][a-z]+|@\w+)[^.!?]{0,60}?\b(?:patient|kid\s+in\s+the\s+(?:ER|ED|A&E)|in\s+(?:the\s+)?(?:ER|ED|clinic|"
    r"chair)|stitches|op|surgery|reconstruction|chemo|rehab)\b"
    r"|\b(?:so\s+proud\s+of\s+)?my\s+(?:\w+\s+)?patient\s+[A-Z][a-z]+\s+(?:who|for|on|after)\b"
    r"|\b(?:bumped|ran)\s+into\s+(?:my|a|one\s+of\s+my)\s+(?:\w+\s+)?(?:patients?|clients?)\b"
    # a gift from a patient named: "thank-you cake from my 94yo patient Ethel"
    r"|\b(?i:card|cake|gift|flowers|chocolates|biscuits|present|note|letter|drawing|hamper|"
    r"thank[\s-]you(?:\s+\w+)?|box\s+of\s+\w+)\s+(?i:from)\s+(?i:my|our)\s+(?:\S+\s+){0,2}?"
    r"(?i:patient|client)\s+[A-Z][a-z]+",
)
# Replies between colleagues about a case ("@dr_amy yes, we'd scan that too, good call").
# "Agree" is a colleague's, unless a medicine "is/are agreeing with" the person.
_COLLEAGUE_REPLY = re.compile(
    r"\b(?:(?:we'?d|I'?d)\s+(?:scan|do|give|start|treat|use|add|operate|probably|also|go|have|image|"
    r"refer|admit|manage|consider)|good\s+call|(?<!we\s)(?<!I\s)(?<!is\s)(?<!are\s)agree\w*|nice\s+case|great\s+case|interesting\s+case|"
    r"in\s+that\s+case|well[\s-]deserved|your\s+team\s+(?:led|did|ran|built|set\s+up)|"
    r"the\s+same\s+(?:debate|discussion|argument|question)|our\s+(?:guidelines?|policy|pathway|SOP)|"
    r"our\s+(?:unit|department|trust)\s+(?:uses|does)|the\s+guideline|evidence|paper|study|"
    r"work(?:ing|ed)?\s+(?:with|alongside)\s+you\s+(?:on|in|at)\s+(?:the\s+)?(?:ward|unit|team|theatres?|"
    r"ED|A&E|ICU|nights|days|rota|floor))\b|"
    r"(?<![\w@])@dr",
    _I,
)
_OPENS_WITH_NAME = re.compile(
    r"^\s*[A-Z][a-z]{2,}(?:\s+(?:congrats|it|I|I'?ll|delighted|so|we))\b|^\s*[A-Z][a-z]{2,},|"
    r"^\s*(?:[Tt]hanks|[Tt]hank\s+you)\s+[A-Z][a-z]{2,}\b"
)


# ``PatientInteraction.prefilter``'s anchor searches, one per condition ``analyze`` needs.
PATIENT_NAMED = PATIENT_NAMED_IN_PUBLIC
_YOU = re.compile(r"\byou\b|\byour\b", _I)  # what ``analyze`` calls addressed, bar replies
_CLIENT_WORD = re.compile(r"patient|\bpt\b|client", _I)
_ANYWHERE = anchors.AnchorSet((FRIENDING, FRIEND_SIGNAL, PATIENT_NAMED_IN_PUBLIC))
_SECOND_PERSON = anchors.AnchorSet((_YOU,))
_ADDRESSED_RULES = anchors.AnchorSet(
    (CONFIRMS_CARE, CONFIRMS_CARE_OPENINGS, REVIEW_REPLY, MOVE_TO_DM, YOUR_CARE_FACTS)
)
_THANKS = anchors.AnchorSet((THANKS_PATIENT,))
_THANKS_TIE = anchors.AnchorSet((THANKS_CARE,))
_CLIENT = anchors.AnchorSet((_CLIENT_WORD,))  # care confirmed without "you"
_REVIEWER = anchors.AnchorSet((TO_REVIEWER, STARS_BECAUSE))  # a reviewer addressed in public
_RELATIVE_TOLD = anchors.AnchorSet((RELATIVE_TOLD,))  # a named patient's relative addressed
_CONFIRMS = anchors.AnchorSet((CONFIRMS_CARE, CONFIRMS_CARE_OPENINGS))
_CARE_TERM = anchors.AnchorSet((CARE_TERM,))
_CARE_RELATION = anchors.AnchorSet((CARE_RELATION,))
_ANY_RULE = anchors.AnchorSet(  # the union of the above that do not need a reply
    (
        FRIENDING,
        FRIEND_SIGNAL,
        PATIENT_NAMED_IN_PUBLIC,
        r"\byou",
        THANKS_PATIENT,
        CONFIRMS_CARE,
        CONFIRMS_CARE_OPENINGS,
        TO_REVIEWER,
        STARS_BECAUSE,
        RELATIVE_TOLD,
    )
)


# Meeting at an event, a career step, work among colleagues: the words around a "great to see
# you" or a care word that make a reply social or collegial, not care ("you were so brave at the
# funeral", "lovely to see you at the INR training evening", "your first year as a midwife").
SOCIAL_EVENT = re.compile(
    r"\b(?:at|after|from|the)\s+(?:[\w'’]+\s+){0,2}?(?:funeral|wake|wedding|hen|stag|party|match|game|"
    r"race|10k|5k|half|marathon|parkrun|triathlon|conference|congress|training|course|talk|"
    r"lecture|webinar|launch|reunion|gig|concert|shower|christening|graduation|awards|dinner|"
    r"meeting|meetup|study\s+day|journal\s+club|teaching|exam|interview|picket|rally|vigil|"
    r"memorial|service|fundraiser|quiz|trivia|bingo|drinks|barbecue|bbq|night\s+out)\b",
    _I,
)
_WORK_LIFE = re.compile(
    r"\b(?:placement|rotation|elective|internship|induction|retire\w*|newly\s+qualified|"
    r"qualified\s+(?:as\s+)?(?:a|an)|first\s+(?:day|week|year|shift)\s+(?:as|of)|"
    r"(?:first|last)\s+day\s+(?:of|at)\s+uni|your\s+(?:new|own)\s+(?:clinic|practice|surgery|pharmacy|"
    r"business|job|role|post)|you\s+(?:did|presented|taught|wrote|published|ran|led)\s+(?:the|"
    r"that|your|a|an)\s+(?:\w+\s+){0,2}?(?:on|talk|session|audit|course|protocol|paper|teaching|"
    r"lecture)|you\s+(?:presented|taught|published)|protocol|audit|(?<!heel\s)slides|rota|"
    r"journal\s+club|poster|abstract|portfolio|exams?|passed\s+(?:her|his|their|your)|found\s+the\s+(?:\w+\s+){0,3}(?:useful|helpful)|"
    # teaching and meetings: "we'll keep the 10 spaces for the teaching session"
    r"teaching\s+(?:session|day|slot|programme|program)|study\s+day|grand\s+rounds|"
    r"the\s+(?:lecture|seminar|workshop|conference))\b",
    _I,
)
# A thank-you for someone's work on a patient: the thanked person is staff.
_STAFF_DEED = re.compile(
    r"\b(?:stayed\s+(?:\w+\s+){0,3}(?:late|back|on)|(?:her|his|their)\s+(?:shift|break)|"
    r"covering|covered\s+for|(?:settle|calm|nurse|comfort|sit\s+with|look\s+after|care\s+for)\s+"
    r"(?:a|an|every|each|our)\s+(?:\w+\s+)?patients?)\b",
    _I,
)
# A care word said of anyone ("a wound", "a qualified midwife", "with your midwife") is general.
_INDEFINITE = re.compile(r"\b(?:a|an|any|some|every|most|each)\s+(?:[\w-]+\s+)?$", _I)
_REFERRED = re.compile(
    r"\b(?:with|to|ask|tell|call|ring|phone|see|contact)\s+(?:(?:your|ur|a|the)\s+\w+\s+or\s+)?"
    r"(?:(?:your|ur|a|the)\s+)?$",
    _I,
)
_ONLINE_REVIEW = re.compile(
    r"\b(?:thanks?|thank\s+you|grateful)\s+(?:so\s+much\s+)?for\s+(?:the|your|this|such\s+a)\s+"
    r"(?:[\w-]+\s+)?$|\b(?:kind|lovely|glowing|google|5[\s-]?star|five[\s-]?star|1[\s-]?star|one[\s-]?star)\s+$",
    _I,
)
# Asking for pictures in a way that moves no care: a colleague's anonymised film, or a notice
# that the practice never asks for them ("we will never ask you to send photos").
_DM_NOT_CARE = re.compile(
    r"\banonymi[sz]ed|\b(?:never|won['’]?t\s+ever|will\s+not|won['’]?t)\s+(?:\w+\s+)?ask\b|"
    r"(?<![\w@])@(?:dr[_.-]|(?-i:Dr[A-Z]))",
    _I,
)
# "please don't DM me results": the author turns the care away.
_DM_REFUSED = re.compile(
    r"\b(?:don['’]?t|do\s+not|never|no\s+need\s+to|not\s+to)\s+(?:\w+\s+)?$", _I
)
# A rule said to everyone ("Patients: please don't send staff friend requests").
_FRIEND_POLICY = re.compile(
    r"\b(?:don['’]?t|do\s+not|never|can['’]?t\s+accept|cannot\s+accept|policy)\b", _I
)
_CONDITIONAL = re.compile(r"\b(?:if|when|whether|once|unless|until)\s+$", _I)
_HANDLE_TEXT = re.compile(r"(?<![\w@])@[\w.]+")


# Care the reply names precisely enough to tell readers what the person had: a procedure, a
# diagnosis, a named drug or vaccine, a test with its own name ("the propranolol is settling",
# "your PSA was borderline", "the knee I rebuilt", "4 teeth extracted"). Generic words (the
# op, the stitches, the tablets, your scan, your session) are not care named this precisely;
# in a reply that confirms care, ``phi_reply_disclosure.OWN_DETAIL`` reads the body parts,
# devices and results among them as the person's health (LABELLING.md's reply audit).
# Procedures, conditions and drug classes by their ending ("cholecystectomy", "propranolol"):
# found from the ending back (a leading ``[a-z]+`` tried at every letter costs 40 times more).
_SPECIFIC_SUFFIX = re.compile(
    r"(?<=[a-z]{3})(?:ectomy|otomy|ostomy|plasty|scopy|itis|oma|osis|olol|pril|sartan|statins?|"
    r"prazole|cillin|mycin|cycline|floxacin|dipine|oxetine|triptan|semide|azepam|formin|gliptin|"
    r"gliflozin|thyroxine|tidine|lukast)\b",
    _I,
)
_NOT_CARE_WORDS = frozenset({"diagnosis", "prognosis", "osmosis", "hypnosis", "diploma", "aroma"})
_LETTERS = re.compile(r"[^\W\d_]+")
SPECIFIC_CARE = re.compile(
    r"\b(?:lithium|warfarin|apixaban|rivaroxaban|insulin|ozempic|wegovy|mounjaro|semaglutide|"
    r"methotrexate|prednisolone|steroids?|sertraline|citalopram|escitalopram|amitriptyline|"
    r"mirtazapine|venlafaxine|lamotrigine|levetiracetam|keppra|HRT|PrEP|methadone|suboxone|"
    r"antidepressants?|antibiotics\s+for|iron\s+(?:tablets|infusion)|cortisone|botox|filler|"
    r"lip\s+filler|tetanus|MMR|shingles|HPV|flu\s+jab|vaccines?|nebuli[sz]er|EpiPen|"
    r"PSA|ECG|A1c|HbA1c|smear(?:\s+test)?|mammogram|angiogram|viral\s+load|liver\s+(?:numbers|"
    r"function|tests|bloods)|cholesterol|biopsy|croup|(?:febrile\s+)?convulsions?|seizures?|"
    r"epilepsy|migraines?|arthritis|vertigo|verruca|ingrown\s+toe\s?nail|wax|gout|asthma|"
    r"diabetes|coeliac|celiac|cancer(?!\s+(?:cent\w+|charity|research|society|trust|awareness|"
    r"fund\w*|walk|run|ward|unit))|tumou?r|lump|bunion|(?:slipped\s+)?disc|sciatica|"
    r"dislocation|fracture|tremor|TB|prostate|rotator\s+cuff|ACL|meniscus|whiplash|concussion|"
    r"DVT|clot|stroke|heart\s+attack|pneumonia|sepsis|UTI|kidney\s+stones?|gallstones?|"
    r"gall\s?bladder|appendix|tonsils|adenoids|grommets|hernia|cataract|glaucoma|pacemaker|stent|bypass|"
    r"c-?section|caesarean|cesarean|miscarriage|IVF|\d{1,2}\s+weeks?\s+pregnant|braces|"
    r"veneers?|implants?|crown|root\s+canal|extractions?|extracting|extracted|wisdom\s+tooth|"
    r"wisdom\s+teeth|laser(?:\s+hair\s+removal)?|microneedling|(?:chemical\s+)?peel|"
    r"hydrafacial|fat\s+dissolving|coil(?:\s+fitting)?|mole\s+removal|sober|chemo|"
    r"radiotherapy|dialysis|transplant|whipple|(?:hip|knee|shoulder|joint)\s+replacement|"
    r"rebuilt|replanted|incision|sedation|scope|hydrotherapy|"
    r"glasses\s+prescription|vocal\s+cords|stoma|dementia|bipolar|depression|anxiety|"
    r"pregnancy|scan\s+photos|bump)\b",
    _I,
)
_INDEFINITE_CARE = re.compile(
    r"\b(?:a|an|any|some|if|most|every|after\s+an?|many|common|usually)\s+(?:[\w-]+\s+)?$", _I
)


# A stranger's symptoms named and treated in the reply ("that's cellulitis, start fluclox 500mg",
# "sounds like sciatica", "drop her to 1.25") is advice, not care the author already gave. The
# verdict words and the dose or change of dose are written once, for both expressions below.
_VERDICT_WORDS = r"sounds\s+like|classic|defo|definitely|I['’]?d\s+(?:say|put\s+money)"
_DOSE_CHANGE = (
    r"|\b(?:take|start|double|up|increase|drop|reduce|stop|try|go\s+up\s+on)\s+(?:your\s+|her\s+|his\s+|"
    r"the\s+|on\s+your\s+)?\w+\s+(?:\d|to\b|by\b)|\b\d+(?:\.\d+)?\s?(?:mg|mcg|ml|units)\b"
)
ADVICE_SHAPE = re.compile(rf"\b(?:that['’]?s|{_VERDICT_WORDS})\b{_DOSE_CHANGE}", _I)
# The same without "that's" ("that's on us", "that's the ACL we did" are not diagnoses): for a
# reply that already confirms the author's care.
ADVICE_STRICT = re.compile(rf"\b(?:{_VERDICT_WORDS})\b{_DOSE_CHANGE}", _I)


_SPECIFIC_ANCHORS = anchors.AnchorSet((SPECIFIC_CARE,))


def _care_names(text: str) -> Iterable[re.Match[str]]:
    """Every named care word: the listed ones, and whole words with a procedure, condition or
    drug ending."""
    if _SPECIFIC_ANCHORS.may_match(text):
        yield from SPECIFIC_CARE.finditer(text)
    for m in _SPECIFIC_SUFFIX.finditer(text):
        start = m.start()
        while start > 0 and text[start - 1].isalpha():
            start -= 1
        word = _LETTERS.match(text, start)
        if word is not None and word.group().lower() not in _NOT_CARE_WORDS:
            yield word


# "..., sorted": the sign-off of a stranger's quick fix, not of care already given.
SIGN_OFF = re.compile(r"\bsorted\W*$", _I)


def specific_care(text: str) -> re.Match[str] | None:
    """The first named procedure, diagnosis, drug or test not said of anyone ("after an ACL")."""
    for m in sorted(_care_names(text), key=lambda found: found.start()):
        if text[max(0, m.start() - 1) : m.start()] in ("@", "#", "_", "."):
            continue  # inside a handle or a hashtag
        if _INDEFINITE_CARE.search(text[max(0, m.start() - 25) : m.start()]):
            continue
        return m
    return None


# Procedures by their ending ("cholecystectomy", "arthroscopy"), searched only when no listed
# care word is there (a leading ``\w+`` is tried at every word).
_PROCEDURE = re.compile(r"\b\w+(?:ectomy|plasty|scopy)\b", _I)


def _care_term(text: str) -> re.Match[str] | None:
    """The first care word that speaks of this person's care: not inside a handle, not said of
    anyone ("a wound"), not a professional they are sent to ("chat to your midwife")."""
    masked = _HANDLE_TEXT.sub(lambda h: " " * len(h.group()), text) if "@" in text else text
    for m in CARE_TERM.finditer(masked):
        before = masked[max(0, m.start() - 40) : m.start()]
        if _INDEFINITE.search(before):
            continue
        if _REFERRED.search(before):
            continue
        if m.group().lower() == "hospital" and before.lower().endswith("the "):
            continue  # "the hospital" is anyone's
        if m.group().lower() == "review" and _ONLINE_REVIEW.search(before):
            continue  # "thanks for your kind review": the online one, not a clinic review
        return m
    found = _PROCEDURE.search(masked)
    if (
        found is None
        and ADVICE_SHAPE.search(masked) is None
        and not SOCIAL_EVENT.search(masked)
        and not SIGN_OFF.search(masked)
    ):
        found = specific_care(masked)  # a named drug or diagnosis, unless diagnosed or dosed here
    return found


def _confirms_care(text: str, reply: bool = False) -> re.Match[str] | None:
    """The first ``CONFIRMS_CARE`` match that is not social ("great to see you at the match",
    "you were so brave at the funeral"), a question to the public ("wondering why your
    results take days?") or a condition said to everyone ("if your tablets look different")."""
    found = itertools.chain(
        CONFIRMS_CARE.finditer(text),
        CONFIRMS_CARE_OPENINGS.finditer(text),
        THANKS_BY_NAME.finditer(text),
        RELATIVE_TOLD.finditer(text) if "'s " in text or "’s " in text else (),
    )
    if reply:
        found = itertools.chain(found, REPLY_CARE.finditer(text))
    for m in found:
        if m.group().lower().endswith(("of mine", "of ours")) and "@" not in text:
            continue  # "a patient of mine" names no one; with a handle it does
        window = text[m.start() : m.end() + 40]
        if SOCIAL.search(window) or SOCIAL_EVENT.search(window) or _asks(text, m):
            continue
        if m.group().lower().startswith(("your ", "ur ", "you were")) and _CONDITIONAL.search(
            text[max(0, m.start() - 12) : m.start()]
        ):
            continue
        if _WORK_LIFE.search(text[m.start() : m.end() + 60]):
            continue
        return m
    return None


def _found(text: str, *regexes: re.Pattern[str]) -> bool:
    """One of ``regexes`` matches ``text``."""
    return any(r.search(text) is not None for r in regexes)


def _asks(text: str, m: re.Match[str]) -> bool:
    """The match sits in a question to the public ("wondering why your results take days?")."""
    end = re.search(r"[.!?\n]", text[m.end() :])
    return (
        end is not None
        and end.group() == "?"
        and re.search(r"\b(?:wonder\w*|why|ever|how\s+long)\b", text[: m.start()] + m.group(), _I)
        is not None
    )


def _review_detail(text: str) -> re.Match[str] | None:
    """The first ``REVIEW_SPECIFIC`` detail of a visit, unless it is put as a condition ("if you
    were seen in ED this winter, we'd love your feedback" asks everyone, confirms no one)."""
    specific = REVIEW_SPECIFIC.search(text)
    if specific and _CONDITIONAL.search(text[max(0, specific.start() - 12) : specific.start()]):
        return None
    return specific


def _reviewer_addressed(text: str) -> tuple[re.Match[str], re.Match[str]] | None:
    """A public post to one reviewer with a detail of their visit ("To the lady who left a 1-star
    review after her smear on Tuesday"), or a star rating blamed on what the author did ("leaving
    one star because we wouldn't hand over another refill"): the words addressing the reviewer
    and the detail."""
    lowered = text.lower()
    stars = STARS_BECAUSE.search(text) if "star" in lowered else None
    if stars is not None:
        return stars, stars
    to = TO_REVIEWER.search(text) if "to the" in lowered else None
    detail = _review_detail(text) if to is not None else None
    return (to, detail) if to is not None and detail is not None else None


def _care_with_relation(
    text: str, reply: bool
) -> tuple[re.Match[str], re.Match[str]] | None:
    """A care word and a care relation in a reply (or a post opening with a first name), when
    the reply is not social, collegial or about someone's work: the person's own care with the
    author, said without a ``CONFIRMS_CARE`` phrase."""
    if not (reply or _OPENS_WITH_NAME.search(text)):
        return None
    care = _care_term(text)
    relation = CARE_RELATION.search(text) if care else None
    if (
        relation is None
        or SOCIAL.search(text)
        or _COLLEAGUE_REPLY.search(text)
        or _WORK_LIFE.search(text)
    ):
        return None
    return care, relation


def care_confirmed(post: Post) -> re.Match[str] | None:
    """Where a reply (or a post addressing someone) confirms the person's own care with the
    author, by the tests ``PatientInteraction`` reports on; None when it stays generic. Other
    recognizers ask this to tell a reply to a patient from one to a stranger or a colleague."""
    text = post.text
    if GENERIC_REPLY.search(text):
        return None
    reply = cues.is_reply(post)
    m = _confirms_care(text, reply)
    if m is not None:
        return m
    specific = _review_detail(text)
    if specific and REVIEW_REPLY.search(text):
        return specific
    reviewer = _reviewer_addressed(text)
    if reviewer is not None:
        return reviewer[1]
    found = _care_with_relation(text, reply)
    return found[1] if found else None


class PatientInteraction(Recognizer):
    """Replies that confirm care, review replies, asks for results by message, friending, roster."""

    name = "patient_interaction"
    rules = (PI_CONFIRMS_CARE, PI_REVIEW_REPLY, PI_MOVE_TO_DM, PI_FRIENDING, PI_ROSTERED)

    def load(self) -> None:
        """Build the entry pre-check shared with the other recognizers, once."""
        anchors.RECOGNIZER_ENTRY.prepare()

    def prefilter(self, post: Post) -> bool:
        """A reply, a mention or an @handle always goes on (the roster check needs only that);
        otherwise some rule's trigger words must be there, read from its expressions'
        anchors (``classifiers.anchors``), each rule with the conditions ``analyze`` puts on
        it: "you"/"your" for the addressed rules, a first name opening the post for a reply
        about care, both halves of a public thank-you. Word salad full of "patient", "results"
        and "family" holds none of these."""
        if (
            post.reply_to
            or post.mentions
            or post.mention_ids
            or post.reply_to_user_id
            or post.kind in ("reply", "comment")
        ):
            return True
        text = post.text
        if "@" in text:
            return True
        if (
            _OPENS_WITH_NAME.search(text) is not None
            and _CARE_TERM.may_match(text)
            and _CARE_RELATION.may_match(text)
            and CARE_TERM.search(text) is not None
            and CARE_RELATION.search(text) is not None
        ):
            return True
        if not _ANY_RULE.may_match(text):
            return False  # most posts: one search
        if _REVIEWER.may_match(text) and _found(text, TO_REVIEWER, STARS_BECAUSE):
            return True
        if _RELATIVE_TOLD.may_match(text) and _found(text, RELATIVE_TOLD):
            return True
        # each condition: its anchors first, then its expressions
        return (
            (_ANYWHERE.may_match(text) and _found(text, FRIENDING, FRIEND_SIGNAL, PATIENT_NAMED))
            or (
                _SECOND_PERSON.may_match(text)
                and _ADDRESSED_RULES.may_match(text)
                and _found(text, _YOU)
                and _found(
                    text,
                    CONFIRMS_CARE,
                    CONFIRMS_CARE_OPENINGS,
                    REVIEW_REPLY,
                    MOVE_TO_DM,
                    YOUR_CARE_FACTS,
                )
            )
            or (
                _THANKS.may_match(text)
                and _THANKS_TIE.may_match(text)
                and _found(text, THANKS_PATIENT)
                and _found(text, THANKS_CARE)
            )
            or (
                _CONFIRMS.may_match(text)
                and _CLIENT.may_match(text)
                and _found(text, CONFIRMS_CARE, CONFIRMS_CARE_OPENINGS)
                and _found(text, _CLIENT_WORD)
            )
        )

    def analyze(self, post: Post, ctx: PostContext) -> Iterable[Finding]:
        """Up to one finding per rule."""
        text = post.text
        addressed = (
            bool(post.reply_to or post.mentions or post.kind in ("reply", "comment"))
            or (_HANDLE.search(text) is not None)
            or re.search(r"\byou\b|\byour\b", text, _I) is not None
        )
        yield from self._rostered(post, ctx)
        generic = GENERIC_REPLY.search(text)
        confirmed = False
        if not generic:
            m = _confirms_care(text, cues.is_reply(post))
            if m and (
                addressed
                or m.re is RELATIVE_TOLD
                or re.search(r"patient|\bpt\b|client", m.group(), _I)
            ):
                confirmed = True
                yield self._f(
                    post,
                    PI_CONFIRMS_CARE,
                    [(m.start(), m.end())],
                    0.8,
                    "A public reply that refers to someone's own care confirms they are a patient.",
                    "confirms_care",
                )
            review = REVIEW_REPLY.search(text)
            specific = _review_detail(text)
            if not (review and specific and addressed):
                review, specific = _reviewer_addressed(text) or (None, None)
                addressed = addressed or review is not None
            if review and specific and addressed:
                yield self._f(
                    post,
                    PI_REVIEW_REPLY,
                    sorted({(review.start(), review.end()), (specific.start(), specific.end())}),
                    0.8,
                    (
                        "A reply to a review that refers to the reviewer's visit confirms they "
                        "were seen."
                    ),
                    "review_reply",
                )
        dm = MOVE_TO_DM.search(text)
        if (
            dm
            and addressed
            and not _DM_REFUSED.search(text[max(0, dm.start() - 24) : dm.start()])
            and not DM_HARMLESS.search(text[dm.start() : dm.end() + 20])
            and not _DM_NOT_CARE.search(text)
        ):
            yield self._f(
                post,
                PI_MOVE_TO_DM,
                [(dm.start(), dm.end())],
                0.72,
                "Asking someone to send results or photos by message moves care onto social media.",
                "results_by_message",
            )
        if not generic and not confirmed:
            care = self._care_reply(post, text)
            if care is not None:
                yield care
        friend = FRIENDING.search(text) or FRIEND_SIGNAL.search(text)
        if friend and not _FRIEND_POLICY.search(friend.group()):
            yield self._f(
                post,
                PI_FRIENDING,
                [(friend.start(), friend.end())],
                0.75,
                "Connecting with a patient on a personal account blurs professional boundaries.",
                "friending",
            )

    def _care_reply(self, post: Post, text: str) -> Finding | None:
        """A reply (or a post opening with a first name) about the person's own care, or a
        public thank-you naming a patient."""
        reply = cues.is_reply(post)
        found = _care_with_relation(text, reply)
        if found is not None:
            care, relation = found
            return self._f(
                post,
                PI_CONFIRMS_CARE,
                [(care.start(), care.end()), (relation.start(), relation.end())],
                0.72,
                "A public reply that refers to someone's own care confirms they are a patient.",
                "reply_about_care",
            )
        review = REVIEW_WORD.search(text)
        facts = YOUR_CARE_FACTS.search(text)
        if reply or review:
            if review and facts:
                return self._f(
                    post,
                    PI_REVIEW_REPLY,
                    [(review.start(), review.end()), (facts.start(), facts.end())],
                    0.75,
                    _REVIEW_EXPLANATION,
                    "review_facts",
                )
        sighting = PATIENT_NAMED_IN_PUBLIC.search(text)
        if sighting and not cues.CONSENT.search(text):
            return self._f(
                post,
                PI_CONFIRMS_CARE,
                [(sighting.start(), sighting.end())],
                0.7,
                "A public post that singles someone out as a patient confirms their care.",
                "patient_named",
            )
        thanks = THANKS_PATIENT.search(text)
        if (
            thanks
            and THANKS_CARE.search(text)
            and not cues.COLLEAGUE_REF.search(text[thanks.start() : thanks.end() + 60])
            and not _STAFF_DEED.search(text)
        ):
            tie = THANKS_CARE.search(text)
            return self._f(
                post,
                PI_CONFIRMS_CARE,
                [(thanks.start(), thanks.end()), (tie.start(), tie.end())],
                0.7,
                "A public thank-you that names someone as a patient confirms their care.",
                "thanks_patient",
            )
        return None

    def _f(self, post: Post, rule, spans, score: float, explanation: str, pattern: str) -> Finding:  # noqa: ANN001
        return Finding.on(
            post,
            rule,
            spans,
            score=score,
            explanation=explanation,
            recognizer=self.name,
            trail=(("pattern", pattern),),
        )

    def _rostered(self, post: Post, ctx: PostContext) -> Iterable[Finding]:
        if ctx.patients is None:
            return
        handles = dict.fromkeys(
            h.lower() for h in ((post.reply_to,) if post.reply_to else ()) + post.mentions
        )
        for m in _HANDLE.finditer(post.text):
            handles.setdefault(m.group(1).lower())
        found = []
        for handle in handles:
            match = ctx.patients.match_handle(post.platform, handle)
            if match is not None:
                found.append((handle, match))
        ids = ((post.reply_to_user_id,) if post.reply_to_user_id else ()) + post.mention_ids
        for user_id in ids:
            match = ctx.patients.match_user_id(post.platform, user_id)
            if match is not None and all(m.patient_ref != match.patient_ref for _, m in found):
                found.append(("", match))
        if not found:
            return
        spans = []
        for handle, _ in found:
            for m in _HANDLE.finditer(post.text):
                if handle and m.group(1).lower() == handle:
                    spans.append((m.start(), m.end()))
        score = max(min(1.0, max(0.0, m.score)) for _, m in found)
        yield Finding.on(
            post,
            PI_ROSTERED,
            spans,
            score=round(max(score, 0.5), 3),
            explanation="The post replies to or mentions an account the patient roster lists.",
            recognizer=self.name,
            trail=tuple(("matched_on", ",".join(m.matched_on)) for _, m in found),
        )
