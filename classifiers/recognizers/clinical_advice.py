"""Specific, individual clinical advice given in public to someone who is not (shown to be)
the author's patient: a dose change, "stop taking", starting a drug, or a diagnosis of what
they described.

Education speaks to everyone with a condition and points to a professional ("if you're on
metformin, talk to your GP before fasting"); advice speaks to one person's situation and tells
them what to do ("@jo double your metformin"). Telling one person to seek care ("go to A&E
today") is triage, not advice (LABELLING.md). So the recognizer needs a directive or a
diagnosis, a drug, dose or condition, and a person addressed (a reply, an @handle, "you").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from classifiers import anchors, cues
from classifiers.base import PostContext, Recognizer
from classifiers.findings import Finding
from classifiers.rules import ADVICE_INDIVIDUAL
from scanner.models import Post

_I = re.IGNORECASE
DRUG = (
    r"metformin|insulin|gliclazide|statins?|atorvastatin|simvastatin|aspirin|ibuprofen|"
    r"naproxen|paracetamol|acetaminophen|tylenol|advil|nurofen|codeine|tramadol|morphine|"
    r"oxycodone|pred(?:nisolone|nisone)?|steroids?|antibiotics?|amoxicillin|amoxil|augmentin|"
    r"co-amoxiclav|flucloxacillin|fluclox|doxycycline|doxy|clarithromycin|azithromycin|"
    r"trimethoprim|nitrofurantoin|cipro\w*|penicillin|keflex|cephalexin|antihistamines?|"
    r"cetirizine|loratadine|piriton|sertraline|citalopram|fluoxetine|prozac|SSRIs?|"
    r"antidepressants?|diazepam|valium|benzos?|zopiclone|melatonin|levothyroxine|thyroxine|"
    r"warfarin|apixaban|rivaroxaban|DOACs?|clopidogrel|ramipril|lisinopril|amlodipine|"
    r"bisoprolol|propranolol|beta[\s-]?blockers?|furosemide|frusemide|spironolactone|"
    r"omeprazole|lansoprazole|PPIs?|gaviscon|laxatives?|senna|lactulose|loperamide|imodium|"
    r"inhaler|salbutamol|ventolin|seretide|symbicort|montelukast|EpiPen|adrenaline|"
    r"iron|ferrous\s+\w+|vitamin\s+[A-Z]\d?|B12|folic\s+acid|HRT|estrogen|oestrogen|"
    r"progesterone|the\s+pill|contraceptive|mirena|coil|ozempic|semaglutide|wegovy|mounjaro|"
    r"tirzepatide|calpol|panadol|disprol|ponstan|gabapentin|pregabalin|amitriptyline|sumatriptan|triptans?|lithium|"
    r"quetiapine|olanzapine|methotrexate|hydroxychloroquine|colchicine|allopurinol|"
    r"fluconazole|canesten|clotrimazole|hydrocortisone|betnovate|dermovate|isotretinoin|"
    r"roaccutane|minoxidil|finasteride|viagra|sildenafil|tamsulosin|flomax|alprazolam|xanax|"
    r"levonorgestrel|ulipristal|ellaOne|morning[\s-]after\s+pill|plan\s+B|clomid|clomiphene|"
    r"movicol|macrogol|dioralyte|"
    r"lorazepam|ativan|clonazepam|benadryl|diphenhydramine|zyrtec|claritin|allegra|sudafed|"
    r"mucinex|pepcid|famotidine|ondansetron|zofran|buscopan|motrin|aleve|tretinoin|"
    r"\w+(?:pril|sartan|olol|statin|osin|fenac|profen|azepam|azolam|oxetine|triptyline|"
    r"azole|ozole|cillin|mycin|cycline|floxacin|prazole|dipine|tidine|triptan|mab|tinib)"
)
CONDITION = (
    r"gallstones?|a\s+UTI|UTI|cellulitis|appendicitis|shingles|sciatica|a\s+DVT|DVT|a\s+clot|"
    r"PE|gout|migraine|tension\s+headache|IBS|reflux|GERD|GORD|an?\s+ulcer|a\s+hernia|hernia|"
    r"tonsillitis|strep(?:\s+throat)?|an?\s+ear\s+infection|conjunctivitis|pink\s+eye|"
    r"eczema|psoriasis|ringworm|thrush|a\s+yeast\s+infection|scabies|impetigo|a\s+cyst|"
    r"lipoma|plantar\s+fasciitis|tendonitis|a\s+sprain|a\s+fracture|broken|costochondritis|"
    r"anxiety|a\s+panic\s+attack|depression|ADHD|long\s+covid|covid|flu|a\s+virus|viral|"
    r"a\s+chest\s+infection|pneumonia|asthma|an\s+allergy|allergic|anaphylaxis|a\s+TIA|"
    r"a\s+stroke|angina|AF|vertigo|BPPV|labyrinthitis|carpal\s+tunnel|a\s+pinched\s+nerve|"
    r"frozen\s+shoulder|bursitis|piles|haemorrhoids|hemorrhoids|an?\s+abscess|a\s+boil|"
    r"a\s+wart|a\s+verruca|mastitis|pre-?eclampsia|a\s+miscarriage|endometriosis|PCOS|"
    r"hypothyroid\w*|diabetes|anaemia|anemia|low\s+iron|a\s+kidney\s+stone|kidney\s+stones|"
    r"diverticulitis|a\s+melanoma|melanoma|skin\s+cancer|basal\s+cell|a\s+BCC|rosacea|acne|"
    r"renal\s+colic|a\s+kidney\s+infection|hives|a\s+dislocat\w+\s+\w+|dislocat\w+|"
    r"a\s+(?:stress\s+)?fracture|panic\s+attacks?|croup|bronchiolitis|a\s+slipped\s+disc|BV|"
    r"malaria|typhoid|glue\s+ear|a\s+dislocated\s+\w+|a\s+chalazion|a\s+stye|a\s+torn\s+\w+|"
    r"whiplash|a\s+frozen\s+shoulder|tennis\s+elbow|a\s+side\s+effect|side\s+effects|"
    r"ITB(?:\s+syndrome)?|IT\s+band\s+syndrome|runner'?s\s+knee|shin\s+splints|jumper'?s\s+knee|"
    r"golfer'?s\s+elbow|a\s+pulled\s+\w+|a\s+strain|pityriasis\s+\w+|\w{4,}itis|dengue|"
    r"chikungunya|chickenpox|hand[\s-]foot[\s-](?:and[\s-])?mouth|slapped\s+cheek|scarlet\s+fever|"
    r"(?:a\s+(?:bit\s+of\s+)?)?tongue[\s-]tie|a\s+growth\s+spurt|colic|cradle\s+cap|nappy\s+rash|"
    r"melasma|a\s+fungal\s+infection|fungal"
)
DOSE_CHANGE = re.compile(
    rf"\b(?:double|halve|half|increase|up|bump\s+up|raise|decrease|reduce|lower|drop|cut|"
    rf"stop|stop\s+taking|come\s+off|quit|ditch|skip|miss|hold|start|try|take|add|switch\s+"
    rf"(?:to|from)|swap\s+(?:to|for)|change\s+to|go\s+back\s+on|restart|get\s+(?:some|on)|"
    rf"ask\s+for|you\s+need|you\s+should\s+(?:be\s+on|take|stop|try|start|double|increase))\s+"
    rf"(?:your\s+|the\s+|a\s+|some\s+|on\s+|taking\s+|off\s+|up\s+)?(?:dose\s+of\s+)?(?:{DRUG}|"
    rf"dose|meds|medication|tablets|pills)\b"
    r"|\b(?:take|add|give|use|try|have|drop|cut)\s+(?:an?\s+)?(?:extra\s+|another\s+)?\d+(?:\.\d+)?"
    r"\s?(?:mg|mcg|units?|ml|puffs?|tablets?|pills?|iu)\b"
    r"|\b(?:skip|miss|stop|pause|hold|drop|ditch|double|halve|up|extend|delay|cancel)\s+(?:the|"
    r"your|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:cycles?|doses?|chemo|infusions?|injections?|"
    r"jabs?|(?:flu|covid|booster|tetanus|HPV|MMR|B12)\s+shots?|vaccines?|vaccinations?|boosters?|"
    r"immuni[sz]ations?|tablets?|pills?|meds|tabs)\b"
    r"|\bcontinue\s+(?:the\s+)?same\s+(?:medicines?|meds|medication|dose|tablets)\b"
    r"|\b\d+\s*x\s*\d+(?:\.\d+)?\s?(?:mg|mcg|ml)\b"
    rf"|\b\d+(?:\.\d+)?\s?(?:mg|mcg|ml)\s+(?:of\s+)?(?:{DRUG})\b"
    rf"|\b(?:{DRUG})\s+(?:\w+\s+)?every\s+\d+(?:-\d+)?\s*(?:hours?|hrs?|h)\b"
    rf"|\balternate\s+(?:the\s+|between\s+)?(?:{DRUG})\s+(?:and|with)\s+(?:{DRUG})\b"
    r"|\b(?:drop|reduce|cut|lower|increase|put|bring)\s+(?:him|her|them|it|you)\s+(?:down\s+|up\s+|back\s+)?"
    r"to\s+\d+(?:\.\d+)?\b"
    rf"|\b(?:needs?|should\s+be\s+on|should\s+have)\s+(?:\d+(?:\.\d+)?\s?(?:mg|mcg|ml|units?)\s+"
    rf"(?:of\s+)?)?(?:{DRUG})\b"
    r"|\b\d+(?:\.\d+)?\s?(?:mg|mcg|µg|g|ml|units?|iu|tabs?|tablets?|caps?|capsules?|puffs?|"
    r"sachets?|pills?)\b(?:\s+(?:of\s+\w+\s+)?(?:twice|once|"
    r"three\s+times|bd|tds|qds|od|daily|a\s+day|at\s+night|nightly|every\s+\d+\s+hours|"
    r"every\s+(?:morning|night|evening|day)))"
    r"|\b\d{2,4}\s+(?:twice|three\s+times|bd|tds|qds)\b"
    r"|\b\d+(?:\.\d+)?\s?%\s+(?:cream\s+|gel\s+|ointment\s+|lotion\s+)?(?:twice|once|three\s+times|bd|"
    r"tds|od|daily|a\s+day|at\s+night|nightly)\b"
    # "get levonorgestrel from the chemist today": a drug to buy for one person's situation
    rf"|\b(?:get|buy|pick\s+up|grab)\s+(?:some\s+|an?\s+)?(?:{DRUG})\s+(?:from|at|over)\s+(?:the\s+|a\s+|"
    r"any\s+)?(?:chemist|pharmacy|pharmacist|counter|shop)\b"
    rf"|\b\d{{2,4}}\s+(?:of\s+)?(?:{DRUG})\s+(?:twice|three\s+times|four\s+times|bd|tds|qds|daily|"
    r"every\s+\d+\s+hours|a\s+day|at\s+night)\b"
    # "up the amlodipine to 10", "drop to half a tab", "go down to 25mg": a new strength for one
    # person (without a drug named, a unit or a fraction must follow: "go to 111" is triage)
    rf"|\b(?:up|bump|increase|raise|drop|reduce|lower|cut|bring)\s+(?:the|your|his|her)\s+(?:{DRUG}|"
    r"dose|meds|tablets?)\s+(?:up\s+|down\s+|back\s+)?to\s+\d"
    r"|(?<!can\s)(?<!may\s)(?<!will\s)(?<!could\s)(?<!might\s)(?<!often\s)(?<!usually\s)"
    r"\b(?:bump\s+it|increase|raise|drop|reduce|lower|cut|go)\s+(?:up\s+|down\s+|"
    r"back\s+)?to\s+(?:(?:\d+(?:\.\d+)?\s?(?:mg|mcg|units?|ml|tabs?|tablets?|puffs?)\b)|(?:half|a\s+"
    r"half|a\s+quarter|one|two)\s+(?:a\s+)?(?:tab|tablet|pill|dose)s?\b)",
    _I,
)
DIAGNOSIS = re.compile(
    rf"\b(?:sounds\s+(?:like|to\s+me\s+like)|that'?s|that\s+is|it'?s|its|this(?:'s|\s+is)|def(?:initely)?|"
    rf"probably|classic|textbook|you'?ve\s+got|you\s+have|you\s+(?:probably|definitely)\s+have|"
    rf"i'?d\s+(?:bet|say)(?:\s+it'?s)?|looks\s+like|almost\s+certainly)\s+(?:just\s+|a\s+case\s+"
    rf"of\s+|tbh\s+)?(?:{CONDITION})\b"
    # "this is eczema awareness week", "it's flu season": a date, not a diagnosis
    r"(?!\s+(?:awareness|season|month|week|day|research|clinic|service|vaccines?|jabs?))",
    _I,
)
EDUCATION = re.compile(
    r"\b(?:talk\s+to|speak\s+to|see|ask|check\s+with|contact|consult)\s+(?:your|a)\s+(?:GP|"
    r"doctor|doc|pharmacist|nurse|consultant|team|specialist|prescriber|midwife|dentist)\b"
    r"|\bif\s+you(?:'re|\s+are|\s+have|\s+take)\b|\b(?:anyone|everyone|people|patients|adults|"
    r"children|women|men)\s+(?:with|on|taking|who|over|under)\b|\b(?:never|don'?t\s+ever)\s+give\b"
    r"|\b(?:guideline|guidance|NICE|study|trial|evidence|research|PSA|reminder|thread)\b"
    r"|\b(?:with|to|by)\s+your\s+(?:GP|doctor|prescriber|pharmacist|team|consultant|nurse)\b"
    r"|\b(?:please\s+)?(?:don'?t|never|do\s+not)\s+(?:suddenly\s+)?(?:stop|double|change|mix|"
    r"take|give|start)\b",
    _I,
)
TRIAGE = re.compile(
    r"\b(?:go\s+to|get\s+to|head\s+to|call|ring|phone)\s+(?:A&E|ED|the\s+ER|ER|999|911|112|111|"
    r"an\s+ambulance|your\s+GP|the\s+GP|a\s+doctor|urgent\s+care|out\s+of\s+hours)\b"
    r"|\b(?:needs?|get\s+it|get\s+that)\s+(?:looked\s+at|checked|seen)\b",
    _I,
)
ADDRESSED = re.compile(r"(?<![\w@])@\w+|\byou(?:r|'re|'ve|\s+are|\s+have)?\b|\bu\b|\bur\b", _I)
# Answering someone who asked ("to the lady who asked me about her son's rash:", "Sharon tell Dave")
ASKED = re.compile(
    r"\b(?:to\s+(?:whoever|the\s+\w+|everyone|my\s+\w+)\s+(?:who\s+)?(?:asked|messaged|"
    r"in\s+my\s+(?:comments|"
    r"replies|DMs))|asked\s+(?:me\s+)?about\s+(?:her|his|their)|^\s*(?-i:[A-Z][a-z]+),?\s+(?:tell|I'?d|"
    r"take|give|"
    r"stop|from\s+what))",
    _I | re.M,
)
# Only the explicit "to whoever asked" shapes of ``ASKED`` (its third branch is any opening word).
_ASKED_ME = re.compile(
    r"\bto\s+(?:whoever|the\s+\w+|everyone|my\s+\w+)\s+(?:who\s+)?(?:asked|messaged|in\s+my\s+"
    r"(?:comments|replies|DMs))|\basked\s+(?:me\s+)?about\s+(?:her|his|their)\b",
    _I,
)
COLLEAGUE_TALK = re.compile(
    r"\bgood\s+call\b|\bin\s+that\s+case\b|\b(?:nice|great|interesting)\s+case\b|"
    r"\bagree(?:d)?\b|(?<![\w@])@dr",
    _I,
)
# "I'd stop the co-codamol" is advice to a layperson and a view among colleagues: a weaker cue.
OWN_VIEW = re.compile(
    r"\b(?:we'?d|I'?d|we\s+would|I\s+would)\s+(?:start|do|give|scan|add|stop|also|probably|"
    r"go\s+with)",
    _I,
)
# A medication verb with a quantity or a named thing to take or stop ("take 2 nytol", "stop the
# ARVs", "take 800 motrin"), for drugs no list will ever hold; ordinary objects are excluded.
MEDICATION_VERB = re.compile(
    r"(?:^|[.,!?:;]\s*|\b(?:just|then|and|honestly|so|I'?d|I\s+would|we'?d)\s+|@\w+\s+|"
    r"\b[A-Z][a-z]+\s+)"
    r"(?P<verb>take|give|stop|start|restart|double|halve|drop|come\s+off|go\s+(?:up|down)\s+to|swap|"
    r"switch)\s+"
    r"(?:(?:\d+(?:\.\d+)?|one|two|three|half|a\s+quarter)\s+(?:of\s+)?(?:your\s+|the\s+|his\s+|her\s+|"
    r"an?\s+|my\s+|mum'?s\s+)?|(?:the|your|his|her)\s+)"
    r"(?!(?:minutes?|mins?|hours?|days?|weeks?|months?|years?|seconds?|times?|people|kids|steps|break|"
    r"rest|look|breath|walk|stairs|bus|car|time|care|note|photo|picture|chance|step|holiday|lead|"
    r"day|game|match|class|course|exam|test|bottles?|surgery|office|clinic|practice|ward|pharmacy|"
    r"chemist|reception|desk|team|nurse|GP|doctor|doc|hospital|helpline|line|number|kids?|baby|"
    r"dog|next|first|last|other|same|rest|lot|plunge|hint|mick|piss|edge|weekend|evening|night)\b)"
    r"[A-Za-z][\w-]{2,}",
    _I,
)
# Broader shapes of individual advice, for when no listed drug or dose appears: an imperative
# about the body or a treatment ("pack it with a clove", "cut a V in the nail", "buddy tape it"),
# telling someone care is not needed ("no need for a CT", "skip the ER", "cancel your scan"),
# or naming what someone described ("that's a disc bulge for sure").
IMPERATIVE = re.compile(
    r"(?:^|[.,!?:;]\s*|\b(?:just|then|and|to|honestly|so|mate|hun|babe)\s+|@\w+\s+|"
    r"(?-i:\b[A-Z][a-z]+\s+)|\b(?:you|u)\s+(?:can|could|should|need\s+to|must|might\s+as\s+well)\s+"
    r"(?:just\s+|totally\s+|always\s+|honestly\s+)?)"
    r"(?P<verb>take|give|use|start|stop|double|drop|go\s+up|cut|put|drink|eat|do|wear|keep|skip|"
    r"ignore|cancel|"
    r"apply|crush|pack|lance|freeze|syringe|pull|get|try|avoid|increase|decrease|halve|add|swap|"
    r"switch|"
    r"restart|soak|gargle|rub|massage|ice|strap|buddy\s+tape|pop|leave|lie|sit|wait\s+it\s+out|"
    r"sleep\s+it\s+off|"
    r"tell\s+(?:him|her|them|\w+)\s+to)\b",
    _I,
)
CLINICAL_OBJECT = re.compile(
    rf"\b(?:{DRUG})\b|\b\d+(?:\.\d+)?\s?(?:mg|mcg|µg|g|ml|units?|iu|puffs?|tablets?|pills?|"
    rf"sprays?|drops)\b"
    r"|\b(?:dose|meds|medication|tablets|pills|cream|gel|spray|drops|oil|syrup|shampoo|supplement|"
    r"ointment|"
    r"bandage|brace|boot|splint|cast|truss|belt|tape|weight|needle|kit|wart|spots?|gum|nail|"
    r"toenail|"
    # "back" the body part ("your back"), not "when you're back"
    r"ear|eye|knee|(?<=your\s)back|(?<=the\s)back|(?<=my\s)back|(?<=her\s)back|(?<=his\s)back|"
    r"ankle|wrist|finger|arm|leg|head|tooth|teeth|socket|rash|cough|fever|BP|"
    r"sugars?|basal|INR|TSH|platelets|potassium|levels?)\b|\b\d\s?x\s+(?:a|per)\s+day\b",
    _I,
)
AVOID_CARE = re.compile(
    r"\bno\s+need\s+(?:for|to|of)\s+(?:\w+\s+){0,2}?(?:doctor|doc|CT|MRI|ED|ER|A&E|911|999|111|GP|scan|"
    r"test|x-?ray|"
    r"xray|hospital|plan\s+B|admit|call|see\s+anyone|podiatrist|ENT|antibiotics|root\s+canal|"
    rf"{DRUG}|cream|tablets|meds|medication|"
    r"surgery|"
    r"follow[\s-]?up|go\s+back)\b"
    r"|\bdon'?t\s+bother\s+(?:with|going|seeing)\b|\bskip\s+the\s+(?:ER|ED|A&E|doctor|GP|hospital|"
    r"scan)\b"
    r"|\byou\s+don'?t\s+need\s+(?:to\s+see|to\s+call|a\s+|an\s+|the\s+|antibiotics|"
    r"a\s+blood\s+test)"
    r"|\bcancel\s+your\s+(?:scan|appt|appointment|ENT|referral|surgery)\b|\bdon'?t\s+(?:mind|"
    r"wait\s+for)\s+"
    r"(?:your|the)\s+(?:GP|doctor|doc|rheumatology|CAMHS|specialist)\b|\bignore\s+it\b|"
    r"\bit'?s\s+grand\b"
    r"|\bno\s+(?:point|use)\s+(?:getting|going|seeing)\b|\bsave\s+(?:you\s+)?the\s+(?:GP\s+fee|"
    r"wait|trip)\b",
    _I,
)
NAMED_IT = re.compile(
    r"\b(?:that'?s|thats|it'?s|its|sounds\s+like|definitely|def|for\s+sure|classic|"
    r"from\s+(?:what\s+)?"
    r"you(?:'ve|'re|\s+are)?\s+(?:told|describ\w*|said|saying)|from\s+your\s+description|"
    r"your\s+\w+\s+has)\b",
    _I,
)
OWN_CARE = re.compile(r"\b(?:I|we)\s+(?:started|stopped|doubled|increased|reduced|took|take)\b", _I)
# "stop it", "tell her to come off them": a drug named just before makes the pronoun one.
PRONOUN_STOP = re.compile(
    r"\b(?:stop|quit|ditch|bin|come\s+off|drop|double|halve|skip|cut\s+down\s+on|wean\s+off|"
    r"stop\s+taking|stop\s+using|come\s+off)\s+(?:it|them|those|that|the\s+lot)\b",
    _I,
)
DRUG_NAMED = re.compile(rf"\b(?:{DRUG})\b", _I)
# A symptom put down to a drug ("your mam's falls are probably the tamsulosin"): a diagnosis.
BLAMES_DRUG = re.compile(
    rf"\b(?:is|are|it'?s|that'?s)\s+(?:probably|definitely|def|prob|almost\s+certainly|likely|"
    rf"100%)\s+(?:the|your|her|his|from\s+the|from\s+your)\s+(?:{DRUG})\b"
    rf"|\b(?:{DRUG})\s+(?:is|are)\s+(?:probably|definitely|def|likely)\s+(?:what'?s\s+)?"
    r"(?:causing|behind|the\s+cause|doing\s+(?:it|that))\b",
    _I,
)
# A directive said as a caution ("don't double up on a missed dose", "never stop it suddenly").
NEGATED = re.compile(
    r"\b(?:don'?t|dont|do\s+not|never|shouldn'?t|should\s+not|not\s+to|no\s+need\s+to\s+"
    r"(?!see|call|ring|go|bother))\s+(?:\w+\s+){0,2}$",
    _I,
)
# "if you miss a dose", "when they stop the statin": a condition, not an instruction.
_CONDITION_BEFORE = re.compile(
    r"\b(?:if|when|whenever|in\s+case|once)\s+(?:you|u|they|he|she|people|patients)\s+(?:\w+\s+)?$",
    _I,
)
# How a drug is used by most people, not what this person should do ("metformin is usually
# started at 500mg", "most people on warfarin can eat greens").
GENERAL = re.compile(
    r"\b(?:(?:is|are)\s+(?:usually|typically|generally|normally)\s+(?:started|given|prescribed|"
    r"taken|dosed|used)|most\s+(?:people|adults|patients)\s+(?:on|taking|with|can|need|do)|"
    r"the\s+usual\s+(?:adult\s+)?dose|standard\s+dose|is\s+licensed|the\s+leaflet)\b",
    _I,
)
# Instructions that carry on care already set ("keep the splint on", "continue same medicines",
# "take your meds"): with a reply that confirms the author's care they belong to
# patient_interaction, not advice (LABELLING.md: advice to one's own patient is advice only
# when it changes something).
MAINTAIN = re.compile(
    r"^(?:[.,!?:;]\s*|\b\w+\s+)?(?:keep|continue|carry\s+on|stick\s+with|take\s+your\s+(?:meds|"
    r"medicines?|tablets|pills)|see|pop|give|come|ring|call|wear|rest|use\s+the\s+cream)\b|^continue",
    _I,
)
# The reply speaks to the author's own patient about their recovery.
OWN_PATIENT = re.compile(
    r"\b(?:glad|so\s+happy|so\s+pleased|delighted|great|good|lovely|nice)\s+(?:to\s+(?:see|hear)\s+)?"
    r"(?:you'?re|u\s+r|you|u|the|your)\s+(?:\w+'?s?\s+){0,2}?(?:home|healing|on\s+the\s+mend|"
    r"back|better|up\s+and\s+about|in\s+(?:OPD|clinic)|out|doing|settl\w+|recover\w*)"
    r"|\bcome\s+back\s+to\s+(?:us|me|the\s+clinic)|\bsee\s+(?:you|u)\s+(?:at|in|on|next|for)\s+"
    r"(?:your|the\s+(?:clinic|review)|clinic|OPD|mon|tues|wednes|thurs|fri|satur|sun|next)"
    r"|\b(?:you'?re|your)\s+(?:very\s+)?welcome\b|\b(?:I'?ll|we'?ll)\s+see\s+(?:you|u)\b"
    r"|\byour\s+(?:results|bloods|scan|tests?|x-?ray|biopsy)\s+(?:came\s+back|(?:are|were|was|is)\s+"
    r"(?:fine|normal|clear|good|back))|\bsince\s+(?:your|the)\s+(?:op|surgery|"
    r"operation|procedure|discharge)\b",
    _I,
)
# Speaking to one person in a post that is not a reply: an @handle in the text, "to whoever
# asked", "since you asked", "from what you've told me" (or a first name opening the post and
# "you" after it, ``_NAME_OPENS``).
SPOKEN_TO = re.compile(
    r"(?<![\w@])@\w+|\bto\s+(?:whoever|the|everyone|my|a|all\s+the|those)\s+(?:[\w']+\s+){0,5}?"
    r"(?:who\s+|that\s+)?(?:asked|asking|messaged|DMe?d|DM'd|emailed|texted|commented|"
    r"in\s+my\s+(?:comments|replies|DMs|inbox))|\basked\s+(?:me\s+)?about\s+(?:her|his|their|"
    r"my)\b|\bsince\s+you\s+asked\b|\bfrom\s+what\s+you(?:'ve)?\s+(?:told|describe\w*|said)",
    _I,
)
# "your husband's chest pain", "your mam's falls": one person's relative, not the public's
# (children are left out: "if your child has a fever" is the commonest public-health opening).
_RELATIVE = re.compile(
    r"(?<!if\s)(?<!when\s)(?<!whether\s)\byour\s+(?:husband|wife|partner|fella|missus|other\s+half|"
    r"mum|mam|mom|dad|brother|sister|nan|nana|granny|gran|grandad|grandpa|grandma|auntie|uncle)"
    r"(?:'s|’s)\s+\w+",
    _I,
)
_NAME_OPENS = re.compile(
    r"(?:^|[.!?]\s+)(?!(?:No|Yes|Ok|Okay|So|Well|Look|Listen|Honestly|Sir|Madam|Maam|Folks|Guys|"
    r"Friends|Ladies|Hey|Hi|Oh|Right|Now|Also|Again|Seriously|Please|Remember|Reminder|Mate|Babe|"
    r"Hun|Bro|Dude|Lads|Yeah|Nah|Sorry|Thanks|Anyway|Sadly|Again|Then|Still|Plus|And|But)\b)"
    r"[A-Z][a-z]+,\s",
    re.M,
)


# ``ClinicalAdvice.prefilter``: what ``analyze`` needs, as anchor searches.
_ADDRESSED_GATE = anchors.RECOGNIZER_ENTRY.member((ADDRESSED, ASKED, SPOKEN_TO, _RELATIVE))
_TRIGGER_GATE = anchors.AnchorSet(
    (DOSE_CHANGE, DIAGNOSIS, AVOID_CARE, MEDICATION_VERB, PRONOUN_STOP, BLAMES_DRUG)
)
_IMPERATIVE_GATE = anchors.AnchorSet((IMPERATIVE,))
_OBJECT_GATE = anchors.AnchorSet((CLINICAL_OBJECT,))
_NAMED_GATE = anchors.AnchorSet((NAMED_IT,))
_HEALTH_GATE = anchors.AnchorSet((cues.HEALTH,))


class ClinicalAdvice(Recognizer):
    """Individual dosing, stop/start instructions or diagnoses, to someone in public."""

    name = "clinical_advice"
    rules = (ADVICE_INDIVIDUAL,)

    def load(self) -> None:
        """Build the entry pre-check shared with the other recognizers, once."""
        anchors.RECOGNIZER_ENTRY.prepare()

    def prefilter(self, post: Post) -> bool:
        """Advice needs a person addressed (a reply, an @handle, "you", someone who asked)
        and a directive, a diagnosis or care waved away: the tests ``analyze`` applies, read
        as anchor searches (``classifiers.anchors``), a handful of cheap searches instead of
        about fifteen expressions."""
        text = post.text
        if not (cues.is_reply(post) or _ADDRESSED_GATE.may_match(text)):
            return False
        return (
            _TRIGGER_GATE.may_match(text)
            or (_IMPERATIVE_GATE.may_match(text) and _OBJECT_GATE.may_match(text))
            or (_NAMED_GATE.may_match(text) and _HEALTH_GATE.may_match(text))
        )

    def analyze(self, post: Post, ctx: PostContext) -> Iterable[Finding]:
        """One finding when a directive or diagnosis is addressed to a person."""
        text = post.text
        reply = cues.is_reply(post)
        if not reply and not _spoken_to(text):
            return  # a post to everyone ("put your phone in the back seat") is education
        directive = _unnegated(DOSE_CHANGE, text)
        diagnosis = _stated(DIAGNOSIS, text) or BLAMES_DRUG.search(text)
        avoid = AVOID_CARE.search(text)
        if not directive:
            directive = _pronoun_stop(text)
        if not directive:
            for imperative in IMPERATIVE.finditer(text):
                if _negated(text, _verb_at(imperative), imperative.end()):
                    continue
                if CLINICAL_OBJECT.search(text[imperative.start() : imperative.end() + 60]):
                    directive = imperative
                break
        if not directive:
            directive = _unnegated(MEDICATION_VERB, text)
        if not diagnosis:
            named = NAMED_IT.search(text)
            if named and _names_condition(text[named.end() : named.end() + 50]):
                diagnosis = named
        if not directive and not diagnosis and not avoid:
            return
        if not directive and not diagnosis:
            directive = avoid
        if not (reply or _addressed(text) or SPOKEN_TO.search(text)):
            return
        if (
            reply
            and directive is not None
            and not diagnosis
            and MAINTAIN.search(text[directive.start() : directive.end()])
            and OWN_PATIENT.search(text)
        ):
            return  # "glad you're home, take your meds": the author's own patient, care as set
        education = EDUCATION.search(text)
        asked = _ASKED_ME.search(text)  # answering one person who asked is not education
        if education and not reply and not asked:
            return
        if OWN_CARE.search(text) and not reply:
            return
        score = 0.8 if reply else 0.62
        if directive and diagnosis:
            score = min(0.92, score + 0.08)
        if education and not asked:
            score -= 0.2
        if GENERAL.search(text) and not diagnosis:
            score -= 0.35  # how most people take it, said to one person
        if COLLEAGUE_TALK.search(text):
            score -= 0.4
        elif OWN_VIEW.search(text) and not reply:
            score -= 0.2
        if TRIAGE.search(text) and not directive:
            score -= 0.25
        if avoid and not COLLEAGUE_TALK.search(text):
            score = min(0.9, score + 0.1)  # telling one person they need no care
        if score < 0.4:
            return
        spans = [(m.start(), m.end()) for m in (directive, diagnosis) if m]
        yield Finding.on(
            post,
            ADVICE_INDIVIDUAL,
            spans,
            score=round(score, 3),
            explanation=(
                "Telling one person in public what to take or what they have, without assessing "
                "them, is individual clinical advice."
            ),
            recognizer=self.name,
            trail=(
                ("directive", "yes" if directive else "no"),
                ("diagnosis", "yes" if diagnosis else "no"),
                ("addressed", "reply" if reply else "second person"),
            ),
        )


def _spoken_to(text: str) -> bool:
    """A post (not a reply) that speaks to one person: a handle, "to whoever asked", a first
    name followed by a comma and "you"."""
    return (
        SPOKEN_TO.search(text) is not None
        or (_NAME_OPENS.search(text) is not None and ADDRESSED.search(text) is not None)
        or _RELATIVE.search(text) is not None
    )


# Health words that name care, not a condition ("it's on the surgery wall").
_CARE_NOT_CONDITION = re.compile(
    r"(?:surgery|operation|op|procedure|biopsy|chemo|radiotherapy|dialysis|transplant|cast|"
    r"stitches|sutures|ICU|resus|hospice|stoma|insulin|antidepressants?|antipsychotics?)",
    _I,
)
# A part of the body said as a place ("esp as it's on your hand"), not as what is wrong ("that's
# your rotator cuff, not the neck").
_BODY_PLACE = re.compile(
    r"(?:knee|hip|ankle|shoulder|wrist|spine|neck|arm|leg|hand|foot|eyes?|ears?|nose|chest|skin|"
    r"teeth|tooth)",
    _I,
)
_PLACE_BEFORE = re.compile(
    r"\b(?:on|in|at|to|from|near|round|around|under|over)\s+(?:(?:your|the|her|his|their|my)\s+)?"
    r"(?:\w+\s+)?$",
    _I,
)


def _names_condition(window: str) -> bool:
    """A health word in ``window`` that names a condition, not a procedure or a place."""
    return any(
        _CARE_NOT_CONDITION.fullmatch(m.group()) is None
        and not (
            _BODY_PLACE.fullmatch(m.group())
            and _PLACE_BEFORE.search(window[: m.start()]) is not None
        )
        for m in cues.HEALTH.finditer(window)
    )


def _negated(text: str, start: int, end: int | None = None) -> bool:
    """The words just before ``start`` make the directive a caution ("don't double up") or,
    when it names no amount, a condition ("if you miss a dose"; "if you take 2mg before the
    flight you'll be fine" is still a dose)."""
    before = text[max(0, start - 30) : start]
    if NEGATED.search(before) is not None:
        return True
    amount = end is not None and any(c.isdigit() for c in text[start:end])
    return not amount and (
        _CONDITION_BEFORE.search(before) is not None or _OPEN_QUESTION.search(before) is not None
    )


def _verb_at(m: re.Match[str]) -> int:
    """Where the directive's verb starts (the expressions with a lead-in name it ``verb``)."""
    return m.start("verb") if "verb" in m.re.groupindex and m.start("verb") >= 0 else m.start()


def _unnegated(regex: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The first match of ``regex`` that is not said as a caution."""
    for m in regex.finditer(text):
        if not _negated(text, _verb_at(m), m.end()):
            return m
    return None


# "I'll tell you if it's slapped cheek", "not sure whether it's gout": a question left open.
_OPEN_QUESTION = re.compile(r"\b(?:if|whether|unless)\s+$", _I)


def _stated(regex: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The first match of ``regex`` said as a verdict, not as an open question ("I'll tell you
    if it's slapped cheek")."""
    for m in regex.finditer(text):
        if _OPEN_QUESTION.search(text[max(0, m.start() - 10) : m.start()]) is None:
            return m
    return None


def _pronoun_stop(text: str) -> re.Match[str] | None:
    """A drug named in the 120 characters before "stop it", "come off them"."""
    for m in PRONOUN_STOP.finditer(text):
        before = text[max(0, m.start() - 120) : m.start()]
        if not _negated(text, m.start()) and DRUG_NAMED.search(before):
            return m
    return None


def _addressed(text: str) -> bool:
    """Someone named or spoken to: an @handle, "you", "to the lady who asked"."""
    return ADDRESSED.search(text) is not None or ASKED.search(text) is not None
