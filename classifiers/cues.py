"""Clinical cues several recognizers share: the encounter frame, time, place, person, and the
things that make a case harmless (consent, the author's own family, a celebrity's news,
general education).

Clinicians do not write "patient John Smith, MRN 123"; they write "56M in resus tonight after
the quad bike came off", "pt", "y/o", "s/p", "on the wards", with typos and emoji. Every
expression here is written for that register, compiled once at import, and returns spans
so findings can show exactly what they relied on.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from classifiers import lexicons
from scanner.models import Post

_I = re.IGNORECASE


def _rx(*parts: str, flags: int = _I) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in parts), flags)


def for_lowered_text(regex: re.Pattern[str]) -> re.Pattern[str]:
    """``regex`` (case-insensitive) as a case-sensitive expression over lower-cased text: its
    literal letters lowered, escapes (``\\S``, ``\\W``, ``\\B``...) left as they are.

    Python's ``re`` is about twice as slow on a long case-insensitive alternation as on the
    same expression over lower-cased text, and some of these run on every post of a scan.
    """
    out: list[str] = []
    pattern, i = regex.pattern, 0
    while i < len(pattern):
        step = 2 if pattern[i] == "\\" else 1
        piece = pattern[i : i + step]
        out.append(piece if step == 2 else piece.lower())
        i += step
    return re.compile("".join(out), regex.flags & ~re.IGNORECASE)


# --- the clinical-encounter frame: the author talking about a patient they cared for -------
ENCOUNTER_PARTS = (
    r"\b(?:my|our|the|this|a|one|an|that)\s+(?:\w+\s+){0,2}?(?:pt|pts|patients?|pt's)\b",
    r"\bpts?\b(?!\s*(?:scale|score|\d))",
    r"\b(?:we|i|i've|we've|i'd|we'd|just)\s+(?:just\s+|finally\s+|had\s+to\s+|have\s+)?"
    r"(?:admitted|admit|discharged|intubated|tubed|resuscitated|delivered|saw|seen|treated|"
    r"operated|scrubbed|sutured|stitched|reduced|cannulated|triaged|assessed|coded|shocked|"
    r"transferred|lost|pronounced|scoped|reviewed|clerked|sent\s+home|had\s+(?:a|an|this|one|"
    r"the)\b)",
    r"\b(?:came|come|comes|rolled|wheeled|walked|was\s+brought|brought|stumbled|"
    r"presented|presenting|presents|blue[\s-]?lighted|airlifted|flown)\s+(?:in|into|to|with|"
    r"back)\b",
    r"\b(?:BIBA|brought\s+in\s+by\s+ambulance|self[\s-]presented|on\s+the\s+wards?|in\s+resus|"
    r"to\s+resus|into\s+resus|in\s+majors|in\s+minors|in\s+cubicle|in\s+triage|on\s+my\s+list|"
    r"on\s+the\s+list|on\s+take|on\s+call|post[\s-]?take|ward\s+round|handover|night\s+shift|"
    r"nights?\s+on|my\s+shift|on\s+shift|in\s+clinic|at\s+clinic|in\s+theatre|in\s+the\s+OR|"
    r"in\s+surgery|on\s+the\s+table|in\s+labou?r\s+ward|on\s+the\s+unit|in\s+the\s+unit)\b",
    r"\b\d{1,3}\s?(?:y/?o|yo|yrs?\s*old|year[\s-]old|yr[\s-]old)\b",
    r"\b\d{1,3}\s?[MF]\b(?!\w)",
    r"\b(?:s/p|c/o|h/o|hx\s+of|PMHx|HPI|dx|ddx|tx)\b",
    r"\b(?:lady|gent|gentleman|chap|fella|fellow|bloke|lad|girl|boy|woman|man|guy|baby|kid|"
    r"child|toddler|teen|teenager|mum|mother|dad|father|grandad|granny|nan)\s+(?:in|on|from)"
    r"\s+(?:bed|room|bay|cubicle|cube|resus|majors|minors|side\s+room|ward|our|my|the\s+ward|"
    r"ICU|ED|A&E|CCU|HDU)\b",
    r"\b(?:intubated|extubated|resuscitated|coded|crashed|arrested|discharged|admitted|"
    r"delivered|transferred|airlifted|ventilated|debrided|reimplanted|splinted|reduced|"
    r"amputated|sectioned|ROSC|laparotomy|thoracotomy|craniotomy|\w+ectomy|\w+otomy|\w+plasty)\b",
    r"\b(?:operated\s+on|looked\s+after|caring\s+for|cared\s+for|rehabb?ing|treated|removed|"
    r"pulled\s+(?:\d+|out|six|two|three)|stitched\s+up|sewed\s+up|patched\s+up|saw|seen|"
    r"tested\s+positive|picked\s+up\s+(?:his|her|their)|in\s+(?:today|this\s+morning|"
    r"tonight)\s+for|in\s+for\s+(?:his|her|their)|born\s+(?:at|in|on)|is\s+with\s+us|"
    r"came\s+back\s+(?:in|with|to)|has\s+an?\s+\w+(?:oma|itis|osis)|walked\s+out)\b",
    r"\b(?:job|call|case|shout|patient|save|catch)\s+of\s+the\s+(?:night|day|shift|week)\b",
    r"\b(?:rough|tough|hard|sad|long|busy|quiet|crazy|mad|wild)\s+(?:call|shift|night|clinic|"
    r"day\s+in\s+\w+|list)\b",
    r"\b(?:call|clinic|shift|emergency|callout|call-out|update)\s+(?:tonight|today|this\s+"
    r"morning|last\s+night)\b|\bmedical\s+tent\b",
    r"\b(?:on|in|to)\s+(?:our|my|the)\s+(?:ward|unit|ICU|ITU|NICU|HDU|floor|service|list|"
    r"caseload|books)\b|\b(?:ward|room|bed|bay|cubicle)\s+\d+\b|\b(?:our|my)\s+(?:oldest|"
    r"youngest|favourite|favorite)\s+(?:resident|patient|client|regular)\b|\bmy\s+(?:client|"
    r"resident|service\s+user)s?\b",
    r"\bin\s+(?:his|her|their)\s+(?:early\s+|mid\s+|late\s+)?\d0s\b",
    r"\b(?:lad|fella|fellow|man|woman|lady|gent|chap|bloke|girl|boy|guy|kid|baby|mum|dad|"
    r"grandad|granny|nan)\s+(?:from|with)\b",
    r"\b(?:admission|transplant|surgery|op|operation|delivery|arrest|callout|call-out|case|"
    r"trauma|laparotomy|section|amputation)\s+(?:this|last|tonight|today|yesterday|at\s+\d)",
    r"\b\d0\s?something\b|\b\d{1,3}\s?(?:-|\s)?(?:week|month|day)s?[\s-]old\b",
    r"(?<=[A-Za-z]),\s*\d{1,3}\s*,",
)
ENCOUNTER = _rx(*ENCOUNTER_PARTS)  # the alternatives stay apart too: see account_findings

# --- time: when the encounter happened -------------------------------------------------------
_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_WEEKDAYS = (
    r"mon(?:day)?|tues?(?:day)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|"
    r"sun(?:day)?"
)
TIME = _rx(
    r"\b(?:vannacht|gisteren|vandaag|heute(?:\s+nacht)?|gestern(?:\s+abend)?|letzte\s+nacht|cette\s+nuit|"
    r"hier\s+soir|aujourd'hui|anoche|esta\s+noche|hoy|stanotte|ieri\s+sera|oggi)\b",
    r"\b(?:at\s+dawn|at\s+first\s+light|at\s+dusk|in\s+the\s+small\s+hours|in\s+the\s+wee\s+"
    r"hours)\b",
    r"\b(?:tonight|last\s+night|this\s+morning|this\s+afternoon|this\s+evening|today|"
    r"today's|yesterday|yesterday's|earlier\s+today|just\s+now|an\s+hour\s+ago|"
    r"(?:a\s+few|two|three|\d+)\s+hours\s+ago|overnight|last\s+week|this\s+week|"
    r"the\s+other\s+day|on\s+nights|at\s+the\s+weekend|over\s+the\s+weekend|this\s+weekend|"
    r"last\s+weekend|tnight|2nite|tonite|2day|2morrow|ystday)\b",
    rf"\b(?:on|last|this)\s+(?:{_WEEKDAYS})\b",
    rf"(?:^|[.!?]\s+)(?:{_WEEKDAYS})\b(?=\s*(?:in|at|on|:|,))",
    rf"\b(?:{_WEEKDAYS})\s+(?:night|morning|evening|afternoon)\b",
    r"\b(?:at\s+)?(?:[01]?\d|2[0-3])[:.]?[0-5]\d\s?(?:am|pm|hrs|h)\b",
    r"\bat\s+(?:[1-9]|1[0-2])\s?(?:am|pm)\b",
    r"\b(?:[1-9]|1[0-2])\s?(?:am|pm)\b",
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})\b",
    rf"\b(?:{_MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?\b",
    r"\b\d{1,2}[/.]\d{1,2}[/.](?:\d{2}|\d{4})\b",
    r"\b(?:(?:4th|fourth)\s+of\s+july|thanksgiving|diwali|eid|hanukkah|ramadan|holi|hogmanay|"
    r"mardi\s+gras|(?:chinese|lunar)\s+new\s+year|guy\s+fawkes|(?:memorial|labou?r|independence|"
    r"canada|australia|anzac|waitangi|victoria|thanksgiving|election|match|race|derby|cup\s+final|"
    r"final)\s+(?:day|night|weekend)|stampede\s+week|schoolies\s+week|freshers'?\s+week)\b",
    r"\b(?:christmas\s+(?:day|eve)|new\s+year'?s?\s+(?:eve|day)|halloween|easter\s+(?:sunday|"
    r"monday)|bonfire\s+night|paddy'?s\s+day|st\.?\s+patrick'?s\s+day|boxing\s+day)\b",
)

# --- place: where the patient was, or is from ------------------------------------------------
# NAMED_PLACE is a hospital, town or county by name (case-sensitive: capitals carry the
# signal); UNIT_ONLY is "our ED", "my clinic": a place, but a weaker one.
_UNITS = (
    r"ED|A&E|A\+E|AE|ER|ICU|ITU|NICU|PICU|SCBU|HDU|CCU|AMU|MAU|SAU|EAU|resus|theatres?|OR|"
    r"labou?r\s+ward|maternity|delivery\s+suite|cath\s+lab|dept|department|emergency\s+department|"
    r"ward|wards|unit|clinic|practice|surgery|hospital|hosp|trauma\s+unit|burns\s+unit|"
    r"stroke\s+unit|hospice|nursing\s+home|care\s+home|urgent\s+care|walk[\s-]in"
)
NAMED_PLACE = _rx(
    r"\b(?:St\.?|Saint)\s+[A-Z][\w']+(?:'s)?(?:\s+(?:Hospital|Hosp|University\s+Hospital))?",
    r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}\s+(?:University\s+)?(?:Hospital|Infirmary|"
    r"General|Royal|Children's|Maternity|Medical\s+Cent(?:er|re)|Health\s+Cent(?:er|re))\b",
    r"\b(?:the\s+)?(?:Mater|Coombe|Rotunda|Holles\s+St(?:reet)?|Tallaght|Beaumont|Crumlin|"
    r"Temple\s+St(?:reet)?|Connolly|Cork\s+University|CUH|UHL|UHG|GUH|Mayo\s+University|"
    r"Letterkenny|Sligo\s+University|Groote\s+Schuur|Mass\s+Gen|MGH|Bellevue|Cook\s+County|"
    r"Royal\s+Vic|RVH|Addenbrooke'?s|John\s+Radcliffe|Barts|Guy'?s|Tommy'?s|King'?s|"
    r"UCLH|Royal\s+London|Alder\s+Hey|Great\s+Ormond\s+St(?:reet)?|GOSH|RPA|Royal\s+Melbourne|"
    r"The\s+Alfred|Westmead|Sunnybrook|SickKids|AIIMS)\b",
    r"\b(?:Co\.?|County)\s+[A-Z][a-z]+\b",
    r"\bthe\s+Royal\s+[A-Z][\w']+",
    r"\b(?:on|off|near|at|to|from)\s+the\s+[A-Z][a-z][^\W\d_]+(?:\s+[A-Z][^\W\d_]+){0,2}",
    r"\b(?:from|in|at|near|outside|of|off|past|beyond)\s+(?!(?:A&E|ED|ICU|Resus|Majors|Minors|Bed|Room|"
    r"Bay|Theatre|Hospital|The|A|An|My|Our|His|Her|Their|This|That|Bed|I|It|We|He|She|They|"
    r"January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Christmas|Easter|"
    r"Covid|COVID|Dr|Mr|Mrs|Ms|Miss|God|Jesus|Twitter|Facebook|Instagram|TikTok|"
    r"English|Irish|Medicine|Surgery|Paeds|Psych|Nights|Days|Ward|Unit|Clinic|Department)\b)"
    r"[A-ZĀĒĪŌŪÀ-Þ][^\W\d_]{2,}(?:[\s-][A-ZĀĒĪŌŪÀ-Þ][^\W\d_]{2,})?\b"
    # "from Sinead's leaving do": a person's party, not a town
    r"(?!['’]s\s+(?:leaving|birthday|bday|party|do\b|wedding|hen|stag|house|flat|place|retirement|"
    r"funeral|christening|send[\s-]?off|barbecue|bbq))",
    r"\b[A-ZĀĒĪŌŪÀ-Þ][^\W\d_]+(?:'s)?\s+(?:medical|surgical|medicine|maternity|children'?s|"
    r"mental\s+health|psych|geriatric|rehab)\s+(?:ward|unit|wing|hospital)\b",
    r"(?:^|[.!?]\s+)[A-ZĀĒĪŌŪÀ-Þ][^\W\d_]{2,}(?:\s+[A-Z][^\W\d_]+)?\s+(?:today|tonight|"
    r"yesterday|this\s+morning|last\s+night|this\s+evening)\s*:",
    r"\b(?:[A-ZĀĒĪŌŪÀ-Þ][^\W\d_]{2,}|[A-Z]{2,5})\s+(?:ward\s+round|ward|hospital|general|"
    r"ED|A&E|ICU|NICU)\s+(?:today|tonight|yesterday|this\s+morning|last\s+night)\b",
    flags=0,
)
# units only (weaker place: "our ED" narrows to a hospital, not a town)
UNIT_ONLY = re.compile(rf"\b(?:our|my|the|local)\s+(?:{_UNITS})\b", _I)

# --- person: age, sex, job, nationality, family situation -----------------------------------
AGE = _rx(
    r"\b\d{1,3}\s?(?:-|\s)?(?:y/?o|yo)\b|\b\d{1,3}\s?(?:-|\s)?(?:yrs?|years?|yr)[\s-]?old\b",
    r"\b\d{1,3}\s?[MF]\b(?!\w)",
    r"\b\d{1,3}\s?(?:-|\s)?(?:week|month|day)s?[\s-]old\b|\b\d{1,3}\s+years?\s+young\b",
    r"\bin\s+(?:his|her|their)\s+(?:early\s+|mid\s+|late\s+)?\d0s\b",
    r"\b(?:\d0|eighty|seventy|ninety|sixty|fifty|forty|thirty|twenty)[\s-]?something\b",
    r"\b(?:octogenarian|nonagenarian|centenarian|teenager|teen|toddler|newborn|neonate|infant)\b",
    r"\b(?:aged?|age)\s+\d{1,3}\b",
    # "a 60s hunter", "the owner, 70, found...", "a crayfisherman, 60s,", "22-jarige", "45-jähriger"
    r"(?:\b(?:an?|the|one)\s+|,\s*)(?:early\s+|mid\s+|late\s+)?\d0s\b",
    r"(?<=[^\W\d_]),\s*\d{1,3}\s*(?=[,.;)](?!\d)|\s+(?:with|and|after|from|who)\b)",
    r"\b\d{1,3}[\s-]?(?:jarige[n]?|jährige[rn]?|jähriges|ans|años|anni|jaar|ár|vuotias)\b",
    r"\b(?:young|elderly|old|retired|former)\s+(?:man|woman|lady|gent|fella|lad|lass|chap|bloke|"
    r"guy|girl|boy|couple|mum|dad|farmer|fisherman|\w+er)\b",
)
SEX = _rx(
    r"\b(?:lady|gentleman|gent|woman|man|chap|bloke|fella|lad|lass|girl|boy|mum|mother|dad|"
    r"father|grandmother|grandfather|granny|grandad|grandma|grandpa|wife|husband|widow|widower|"
    r"son|daughter|brother|sister|female|male|pregnant|primip|multip|G\dP\d)\b",
)
FAMILY = _rx(
    r"\b(?:mother|father|mum|mom|dad|mama|baba)\s+of\s+(?:\d+|two|three|four|five|six|seven|twins|"
    r"triplets)"
    r"\b",
    r"\b(?:newlywed|newly\s+married|just\s+married|recently\s+widowed|only\s+child|"
    r"single\s+mum|single\s+dad|expecting\s+twins|on\s+(?:his|her)\s+honeymoon)\b",
)

# --- things that make a case harmless --------------------------------------------------------
CONSENT = _rx(
    r"\b(?:with|given|gave|had|have|got|obtained)\s+(?:(?:the|their|his|her|written|full|"
    r"explicit|verbal|patient'?s?|family'?s?)\s+)*(?:consent|permission)\b",
    r"\b(?:consented|consent\s+(?:given|obtained|received)|shared\s+with\s+(?:\w+\s+)?"
    r"(?:consent|permission))\b",
    r"\b(?:details?|identifying\s+details?|identifiers|names?|ages?)\s+(?:have\s+been\s+|were\s+|"
    r"are\s+)?(?:changed|altered|removed|modified|anonymi[sz]ed)\b",
    r"\b(?:anonymi[sz]ed|de-?identified|deidentified|fictional|fictionali[sz]ed|composite|"
    r"hypothetical|made[\s-]up|not\s+a\s+real\s+(?:case|patient))\b",
    r"\bpatient\s+(?:asked\s+me\s+to\s+share|wanted\s+(?:me\s+to\s+share|this\s+shared)|"
    r"is\s+happy\s+for\s+me\s+to\s+share)\b",
)
# More ways to say a case is shared with leave or disguised ("with her blessing", "details
# tweaked", "she said I could share this"), read by the phi recognizers only (CONSENT is shared
# with others that read it their own way).
CONSENT_MORE = _rx(
    r"\b(?:with|given)\s+(?:(?:the|their|his|her|my|our|patient'?s?|family'?s?|mum'?s|dad'?s|"
    r"parents'?|kind|full|explicit|written)\s+)*(?:blessing|go-ahead|kind\s+permission)\b|"
    r"\b(?:with|given)\s+(?:the\s+)?(?:their|his|her|patient'?s?|family'?s?|mum'?s|dad'?s|parents'?)\s+"
    r"(?:ok|okay)\b",
    r"\b(?:gave|given|got)\s+(?:me|us)\s+the\s+(?:ok|okay|go-ahead|green\s+light)\s+to\s+"
    r"(?:share|post)\b|\b(?:asked|wanted)\s+(?:me|us)\s+to\s+(?:share|post)\b|"
    r"\b(?:said|agreed)\s+(?:I|we)\s+(?:could|can|may)\s+(?:share|post)\b"
    r"(?![^!?\n]{0,15}(?:I\s+think|maybe|probably|I\s+hope|ish)\b)|"
    r"\b(?:happy|keen|glad)\s+for\s+(?:me|us)\s+to\s+(?:share|post)\b",
    r"\b(?:details?|names?|ages?|places?|towns?|dates?|identifying\s+(?:details|features))"
    r"(?:\s+and\s+\w+)?\s+(?:have\s+been\s+|were\s+|are\s+)?(?:tweaked|swapped|changed|altered|"
    r"removed)\b|\b(?:pseudonym|not\s+(?:his|her|their)\s+real\s+name|names?\s+changed)\b",
)
OWN_FAMILY = _rx(
    r"(?<![\"“‘'])\bmy\s+(?:own\s+)?(?:(?!patient|pt|client|resident)[\w-]+\s+){0,3}?(?:mum|mom|mam|mother|"
    r"dad|da|father|wife|husband|partner|son|"
    r"daughter|kids?|children|baby|brother|sister|nan|nana|gran|granny|grandad|grandma|grandpa|"
    r"grandmother|grandfather|aunt|auntie|uncle|cousin|niece|nephew|fiancée?|boyfriend|"
    r"girlfriend|family|in-laws|father-in-law|mother-in-law|best\s+friend|little\s+one|"
    r"eldest|youngest|twins|toddler|dog|cat|amma|ammachi|appachan|achan|ammamma|appa|paati|thatha|"
    r"nani|nana|dadi|dada|abuela|abuelo|abuelita|abuelito|nonna|nonno|oma|opa|babcia|dziadek|"
    r"bubbe|zayde|ouma|oupa|lola|lolo|halmeoni|grandmère|grand-mère|mamó|daideó|gran|granda|"
    r"grandpop|grampa|gramps|mum-in-law|stepdad|stepmum|stepmom|godmother|godfather)\b",
    r"\b(?:i|i've|i'm|i\s+was|i\s+had|i\s+have|me)\s+(?:just\s+)?(?:been\s+)?(?:diagnosed|"
    r"had\s+my|got\s+my|broke\s+my|tore\s+my|fractured\s+my|had\s+surgery|had\s+an?\s+op)\b",
)
PUBLIC_FIGURE_NEWS = _rx(
    r"\b(?:announced|announces|announcing|announcement|went\s+public|going\s+public|has\s+revealed|revealed\s+(?:that|her|his)|"
    r"according\s+to\s+(?:reports|the)|news\s+(?:that|about|of(?!\s+(?:my|the|our|this)\s+(?:day|night|week|"
    r"shift|month|year|life|career)\b))|(?:her|his|their)\s+"
    r"(?:diagnosis|announcement|statement)|publicly|press\s+release|statement\s+from|"
    r"palace|reported\s+that|reports\s+say|in\s+the\s+news\s+(?:that|about)|on\s+(?:her|his|their)\s+"
    r"own\s+(?:socials|social\s+media|instagram|insta|channel|page|account|podcast|show|feed)|"
    r"on\s+(?:live\s+)?(?:TV|telly|television|camera)|in\s+front\s+of\s+(?:\d[\d,]*|thousands|millions|"
    r"a\s+(?:full|packed|sold-out)\s+\w+))\b",
    r"\b(?:King\s+Charles|Princess\s+of\s+Wales|Kate\s+Middleton|(?<!in\s)(?<!from\s)(?<!at\s)"
    r"Prince\s+\w+|President\s+\w+|"
    r"Taylor\s+Swift|Celine\s+Dion|Bruce\s+Willis|Michael\s+J\.?\s+Fox|Andy\s+Murray|"
    r"Ozzy|Elton\s+John|Rishi|Biden|Trump)\b"
    # a star's music or merchandise says nothing of their health: "her Taylor Swift playlist"
    r"(?!['’]?s?\s+(?:playlist|concert|tickets?|songs?|album|tour|t-?shirt|shirt|poster|fans?|"
    r"lyrics|music|records?))",
)
EDUCATION = _rx(
    # said of one person ("he should be fine", "his wife should ask") it is a case, not advice
    # to everyone
    r"\b(?<!\bhe\s)(?<!\bshe\s)(?<!\bwife\s)(?<!\bhusband\s)(?<!\bpartner\s)(?<!\bmum\s)"
    r"(?<!\bdad\s)(?<!\bson\s)(?<!\bdaughter\s)"
    r"(?:should|must|need\s+to|ought\s+to)\s+(?:all\s+)?(?:get|be|have|see|talk|speak|check|"
    r"ask|consider|avoid|remember)\b",
    r"\b(?:if\s+you(?:'re|\s+are|\s+have|\s+had|\s+notice|\s+get|\s+feel|\s+take|\s+or\s+))",
    r"\b(?:anyone|everyone|adults|people|patients|women|men|children|kids|parents)\s+"
    r"(?:with|over|under|aged|who|on|taking)\b",
    r"\b(?:study|studies|trial|RCT|meta-analysis|systematic\s+review|cohort|guideline|"
    r"guidelines|NICE|evidence|research|paper|journal\s+club|abstract|poster|webinar|"
    r"lecture(?!\s+(?:me|us|him|her|them)\b)|"
    r"grand\s+rounds|conference|course|CPD|exam|MRCP|MRCS|FRCS|USMLE|OSCE|teaching|"
    r"passed\s+(?:their|her|his|my|our)\s+(?:finals|exams?|boards)|graduat\w+)\b",
    # "remember the baby born in the taxi?" recalls a case; "tip him out", "don't lecture me"
    # are verbs
    r"\b(?:reminder|remember(?!\s+(?:the|that)\s+(?:\w+\s+){0,2}?(?:who|born|we|from)\b)|top\s+tip|"
    r"tip(?!\s+(?:him|her|them|it|me|us|out|over)\b)|PSA|public\s+service|awareness|screening|"
    r"vaccine|vaccination|campaign|thread\s+on|a\s+thread|1/\d|🧵)\b",
    r"\b\d{1,3}\s?%",
    r"\b(?:each|every|per)\s+year\b|\b(?:\d[\d,.]*k?|hundreds|thousands|millions)\s+(?:[\w-]+\s+){0,3}?"
    r"a\s+year\b|\bannually\b|\bon\s+average\b|\b(?:around|about|over|"
    r"nearly|almost)\s+\d[\d,]*\s+(?:babies|people|patients|children|adults|deaths|cases)\b",
)
# A framed teaching case: "case of the week", "a hypothetical", "quiz"
TEACHING = _rx(
    r"\b(?:case\s+of\s+the\s+(?:week|day|month)|teaching\s+case|(?<!pub\s)quiz|what'?s\s+"
    r"your\s+(?:diagnosis|ddx|next\s+step)|spot\s+(?:the\s+(?:diagnosis|dx|lesion|"
    r"abnormality|fracture|finding)|diagnosis)|#FOAMed|#MedEd|#MedTwitter\s+quiz|"
    r"learning\s+point|take[\s-]?home\s+message|clinical\s+pearl)\b",
)


@dataclass(frozen=True, slots=True)
class Cue:
    """One matched cue: its kind, where it is, and the name of the pattern that found it."""

    kind: str
    start: int
    end: int
    source: str


def iter_cues(kind: str, regex: re.Pattern[str], text: str, source: str = "") -> Iterator[Cue]:
    """Every match of ``regex`` in ``text`` as a Cue of ``kind``."""
    for m in regex.finditer(text):
        if m.end() > m.start():
            yield Cue(kind, m.start(), m.end(), source or kind)


def is_reply(post: Post) -> bool:
    """A reply or comment, or a post that opens with a handle: the post speaks to someone, which
    several recognizers read differently from the same words said to the public."""
    return (
        bool(post.reply_to)
        or post.kind in ("reply", "comment")
        or post.text.lstrip().startswith("@")
    )


def first(regex: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The first match, or None: the cheap test prefilters use."""
    return regex.search(text)


def lexicon_cues(kind: str, name: str, text: str) -> list[Cue]:
    """Matches of one lexicon (``classifiers/data/lexicons/<name>.txt``) as cues."""
    return list(iter_cues(kind, lexicons.pattern(name), text, f"lexicon:{name}"))


# --- who a remark is aimed at ----------------------------------------------------------------
PATIENT_REF = _rx(
    r"\b(?:pts?|patients?|pt's|patient's|punters?|customers?|lady|ladies|gent|gents|gentleman|"
    r"chap|bloke|fella|lad|lads|guy|dude|woman|women|man|men|girl|boy|kid|mum|mother|dad|"
    r"relatives|rellies|family|families|parents|he|she|him|her|his|they|them|people|someone|somebody|"
    r"drunks?|frequent\s+fl[yi]ers?|regulars?|bed\s*\d+|room\s*\d+|cubicle\s*\d+|"
    r"mr|mrs|ms|miss)\b|\b\d{1,3}\s?(?:[MF]|y/?o|yo)\b",
)
COLLEAGUE_REF = _rx(
    r"\b(?:reg|regs|registrar|registrars|SHO|SHOs|FY1s?|FY2s?|F1s?|F2s?|interns?|residents?|"
    r"attendings?|consultants?|consultant|surgeons?|surgical\s+team|medics|physicians|"
    r"anaesthetists?|anesthesiologists?|gas\s+(?:man|men|people)|orthopods?|ortho|gen\s+surg|"
    r"radiology|radiologists?|psych|psychiatry|physios?|pharmacists?|pharmacy|nurses?|"
    r"nursing\s+staff|HCAs?|porters?|managers?|management|bed\s+managers?|locums?|GPs?|"
    r"colleagues?|boss|med\s+students?|students|juniors?|seniors?|cardiology|cardiologists?|"
    r"neuro|neurosurgeons?|paeds|obs|gynae|the\s+team|night\s+team|day\s+team|on[\s-]call\s+team)"
    r"\b",
)
WORK_REF = _rx(
    r"\b(?:shift|shifts|nights?|on[\s-]?call|ward|wards|rota|EHR|EPR|Epic|Cerner|bleep|pager|"
    r"ED|A&E|ICU|theatre|clinic|handover|ward\s+round|work|hospital|department|dept|list|"
    r"discharge|admission|admissions|referral|referrals|trust|HSE|NHS|management)\b",
)
FIRST_PERSON = _rx(r"\b(?:i|i'm|im|i've|i'd|i'll|me|my|we|we're|we've|us|our|myself)\b")
LAUGH = _rx(r"\b(?:lol|lmao|lmfao|rofl|haha\w*|hehe\w*|smh|ffs)\b", r"😂|🤣|🙄|😆|😹|🤡|💀|🤦")


# --- the case frame, broader: how a case is introduced when no "we admitted" is written -----
# Used by the quasi-identifier pass only (``ENCOUNTER`` stays narrow because other recognizers
# read it as "this post is clinical"). Each alternative is a way clinicians open a case:
# a headline ending in a colon after a time or unit word ("Cairns base tonight: a 40s..."),
# a verb of care with its object ("treated a", "did the knee for", "x-rayed a lad"), a patient
# seen somewhere ("was in our ER", "came through resus"), or a discretion marker that only
# makes sense about a real person ("say no more", "that's all I'll say").
_PERSON_NOUN = (
    r"lady|ladies|gent|gentleman|chap|fella|fellow|bloke|lad|lass|girl|boy|woman|man|guy|baby|kid|"
    r"child|toddler|teen|teenager|mum|mam|mother|dad|da|father|grandad|granny|nan|pensioner|"
    r"student|tourist|backpacker|expat|local|regular|patient|pt|client|resident|couple|family|"
    r"twins|triplets|infant|newborn|neonate|youngster|young\s+\w+|old\s+\w+|elderly\s+\w+|"
    r"retired\s+\w+|former\s+\w+|certain\s+\w+|local\s+\w+|well[\s-]known\s+\w+|famous\s+\w+"
)
_TIME_OR_UNIT = (
    r"tonight|today|this\s+(?:morning|afternoon|evening|week)|last\s+night|yesterday|overnight|"
    r"night|nights|shift|call|callout|ED|ER|A&E|ICU|ITU|NICU|PICU|HDU|CCU|clinic|ward|theatre|"
    r"theatres|list|casualty|base|resus|majors|surgery|OR|practice|pharmacy|tent|arvo|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|weekend|nacht|abend|nuit|noche|vannacht|gisteren|"
    r"heute|gestern|hoy|oggi|stanotte"
)
# A headline ending in a colon after a time or unit word: "Gisborne on call: local school ...";
# its opening word alone is what a reader gates on (``phi_quasi._headline``).
HEADLINE_OPENING = rf"\b(?:{_TIME_OR_UNIT})\b"
HEADLINE_FRAME = (
    HEADLINE_OPENING + r"[^.!?:\n]{0,40}:(?=\s*(?:(?:an?|the|one|our|my|his|her|un|une|ein|"
    r"eine|een|der|die|el|la)\s+)?\S)"
)
CASE_FRAME = _rx(
    HEADLINE_FRAME,
    r"\b(?:treat(?:ed|ing)|operat(?:ed|ing)\s+on|diagnos(?:ed|ing)|x-?rayed|scanned|scoped|"
    r"stitch(?:ed|ing)|sutur(?:ed|ing)|splint(?:ed|ing)|plaster(?:ed|ing)|intubat(?:ed|ing)|"
    r"resuscitat(?:ed|ing)|pronounc(?:ed|ing)|retriev(?:ed|ing)|examin(?:ed|ing)|"
    r"told|telling|tell|broke\s+the\s+news\s+to|working\s+with|looking\s+after|"
    r"looked\s+after|caring\s+for|care\s+for|rehabbing|did\s+(?:the|a|an)\s+\w+\s+(?:for|on)|"
    r"PM\s+(?:today\s+)?on|"
    r"gassed|anaesthetised|anesthetized|sedated|removed|extracted|pulled|saved|rescued|"
    r"photo\s+with\s+the\s+family\s+of|"
    r"post[\s-]?mortem\s+on|autopsy\s+on|met|visited|delivered|called\s+to|sent\s+out\s+to)\s+"
    r"(?:(?:a|an|the|our|my|this|that|one|little|wee|baby|young|old|local|certain|lovely|"
    r"poor|sweet|brave)\s+)+",
    r"\b(?:was|were|is|are|been)\s+(?:in|through|at)\s+(?:our|my|the)\s+(?:ER|ED|A&E|ICU|ITU|"
    r"resus|clinic|surgery|practice|pharmacy|chair|department|dept|unit|ward|theatre|OR|NICU|PICU|"
    r"HDU|CCU|hyperbaric\s+chamber|chamber|hospital|care|wards)\b",
    r"\bI\s+was\s+(?:the|their|his|her)\s+(?:midwife|doctor|doc|nurse|surgeon|paramedic|GP|"
    r"anaesthetist|anesthesiologist|first\s+responder)\b|\bwe\s+had\s+in\b|\b(?:neighbou?r|ex|"
    r"ex-boyfriend|ex-girlfriend|friend|boss|teacher|landlord|cousin|colleague)(?:'s\s+\w+)?\s+"
    r"(?:is|was)\s+(?:now\s+)?(?:my|your|our)\s+patient\b",
    r"\b(?:came|come|comes|went|passed|wheeled|rolled)\s+through\s+(?:our|my|the)\b",
    r"\b(?:an?|the)\s+(?:[\w-]+\s+){0,4}?(?:\w+ectomy|\w+otomy|\w+plasty|Whipple|amputation|repair|"
    r"fixation|transplant|resection|bypass|op|operation|surgery|procedure|section|delivery)\s+"
    r"(?:on|for)\s+(?:an?|the|my|our)\b",
    r"\bwe\s+(?:just\s+)?(?:saved|lost|had|flew|retrieved|rescued|delivered|got)\s+(?:him|her|them|"
    r"an?|the|this|one)\b|\b(?:he|she|they)(?:'s|'re|\s+is|\s+are|\s+was|\s+were)\s+(?:now\s+)?"
    r"(?:on\s+our\s+\w+|with\s+us|in\s+our\s+\w+|in\s+resus|in\s+theatre|in\s+ICU)\b|"
    r"\b(?:call(?:ed)?|callout|call-out|shout|dispatched|sent)\s+(?:out\s+)?to\s+(?!the\s+bar\b)\S|"
    r"\bborn\s+(?:at\s+)?\d{1,2}[:.]\d{2}|\bwelcome\s+to\s+the\s+world\b",
    r"\b(?:say\s+no\s+more|say\s+nothing|lips\s+(?:are\s+)?sealed|that'?s\s+all\s+i'?ll\s+say|"
    r"won'?t\s+say\s+(?:who|what|which)|no\s+names?\s+but|don'?t\s+ask\s+(?:me\s+)?(?:who|which)|"
    r"you\s+know\s+who|you\s+didn'?t\s+hear\s+it\s+from\s+me|not\s+saying\s+who|"
    r"guess\s+who)\b|🤫|🤐",
    r"\b(?:on\s+my\s+caseload|on\s+(?:the|our|my)\s+\w+\s+ward|in\s+(?:for|with)\s+(?:his|her|"
    r"their)\b|picked\s+up\s+(?:his|her|their)\s+\w+|(?:he|she|they)\s+(?:was|were|is|are)\s+"
    r"(?:ours|with\s+us)|as\s+a\s+patient|(?:our|my)\s+(?:longest|oldest|youngest|bravest|"
    r"favourite|favorite|fave|sweetest)\b|(?:flown|choppered|airlifted|helicoptered|"
    r"transferred|blue[\s-]?lighted|rushed|taken|retrieved)\s+(?:to|into|back)\b|"
    r"found\s+(?:collapsed|unresponsive|down)|ROSC|on\s+scene|(?:the\s+)?only\s+(?:GP|doctor|"
    r"doc|nurse|midwife|pharmacist|dentist|vet|paramedic|hospital|trauma\s+(?:center|centre)|"
    r"ED|clinic)\s+(?:in|on|for)\b)",
    r"\b(?:an?|the|one|this|that|our|my)\s+(?:(?:\w+[\s-]){0,2})?(?:\d0s|\d{1,3}\s?(?:y/?o|yo|"
    r"[MF]\b))",
    rf"(?:^|[:,.]\s*)(?:an?|the)\s+(?:{_PERSON_NOUN})\b",
)

# --- the body, in the words patients use: one list the reply recognizers share ---------------
# "glad the finger's healing", "the thumb looks great": told back to a person, the part that
# was treated is their health record (LABELLING.md). Kept in one place so a part missing from
# one recognizer's list is not missing from all of them; an alternation to embed in a larger
# expression, whole words only. "back" is left out (it is "back at work" far more often).
BODY_PART = (
    r"knees?|kneecaps?|hips?|shoulders?|ankles?|wrists?|elbows?|necks?|spine|foot|feet|toes?|"
    r"toenails?|fingers?|fingernails?|thumbs?|hands?|arms?|legs?|shins?|heels?|ribs?|jaw|"
    r"collarbone|achilles|tendons?|ligaments?|meniscus|cartilage|ACL|MCL|hamstrings?|calf|calves|"
    r"quads?|groin|pelvis|tailbone|coccyx|disc|chest|lungs?|skin|scalp|eyes?|eyelids?|ears?|"
    r"eardrums?|nose|sinuses|throat|tonsils|adenoids|gums|teeth|tooth|tummy|bowels?|bladder|"
    r"kidneys?|liver|gallbladder|thyroid|prostate|breasts?|nipples?|cervix|womb|uterus|ovar(?:y|ies)|"
    r"testicles?|bum|hernia"
)

# --- health: a condition, an injury, a drug or a procedure, in any register ------------------
HEALTH = _rx(
    r"\b\w+(?:oma|omas|itis|osis|aemia|emia|ectomy|otomy|ostomy|plasty|scopy|pathy|algia)\b",
    r"\b(?:cancer|tumou?r|leuka?emia|lymphoma|melanoma|stroke|heart\s+attack|MI|cardiac\s+"
    r"arrest|arrest|seizures?|epilepsy|diabetes|dementia|psycho\w+|schizo\w+|bipolar|manic|"
    r"depress\w+|anxiety|overdose|OD|suicid\w*|self[\s-]harm|HIV|hep\s?[BC]|hepatitis|TB|"
    r"tuberculosis|sepsis|septic|infection|pneumonia|covid|MND|motor\s+neurone|Lyme|ALS|"
    r"parkinson'?s|alzheimer'?s|DVT|clot|bleed|haemorrhage|hemorrhage|PPH|miscarriage|"
    r"stillbirth|ectopic|pregnan\w+|labou?r|fracture[sd]?|broken|broke|dislocat\w+|sprain\w*|"
    r"torn|rupture[sd]?|laceration|lacerations|burns?|wound|injur\w+|concussion|head\s+injury|"
    r"amputat\w+|transplant|surgery|operation|op|procedure|biopsy|chemo|radiotherapy|dialysis|"
    r"stoma|cast|stitches|sutures|methadone|suboxone|antidepressants?|antipsychotics?|insulin|"
    r"gonorrho?ea|chlamydia|syphilis|herpes|STI|vasectomy|IVF|termination|abortion|"
    r"remission|relapse|terminal|palliative|hospice|ventilat\w+|intubat\w+|ICU|resus|"
    r"appendicitis|gallstones?|hernia|kidney\s+stones?|gout|asthma|anaphylaxis|allergic|"
    r"ACL|knee|hip|ankle|shoulder|wrist|spine|neck|skull|pelvis|liver|kidney|lung|"
    r"heart|brain|eye|eyes|ear|ears|nose|throat|chest|skin|arm|leg|hand|foot|teeth|tooth|dentures|"
    r"root\s+canal|born|birth|delivery|delivered|newborn|lumps?|porphyria|extubated|bypass|oxygen|"
    r"drown\w*)\b",
)

# --- the patient is someone the author knows: their neighbour, their ex's new partner, a
# colleague admitted to their own hospital. Everyone who knows both knows who it is.
ACQUAINTANCE = _rx(
    r"\b(?:neighbou?r|ex|ex-boyfriend|ex-girlfriend|ex-husband|ex-wife|friend|boss|teacher|"
    r"landlord|landlady|cousin|colleague|kid's\s+\w+|son's\s+\w+|daughter's\s+\w+)(?:'s\s+"
    r"[\w-]+(?:\s+[\w-]+)?)?\s+(?:is|was)\s+(?:now\s+)?(?:on\s+)?(?:my|your|our)\s+(?:patient|"
    r"caseload|list|ward|books)\b",
    r"\b(?:neighbou?r|ex|friend|buddy|mate|pal|boss|teacher|landlord|landlady|cousin|colleague|"
    r"flatmate|housemate|classmate)(?:'s|’s)\s+[\w-]+\s+(?:is|was)\s+(?:now\s+)?in\s+(?:bed|room|bay|"
    r"cubicle|resus|majors|ICU|ITU|HDU|our|my)\b",
    r"\b(?:surgeon|consultant|colleague|registrar|boss|charge\s+nurse|matron|GP|anaesthetist)\b"
    r"[^.!?]{0,50}\b(?:admitted|in)\s+as\s+a\s+patient\b",
    r"\b(?:driver|waiter|waitress|barista|cashier|bartender|barman|barmaid|postman|postie|"
    r"plumber|electrician|mechanic|hairdresser|barber|coach|trainer|instructor|priest|"
    r"receptionist|security\s+guard|bus\s+driver|shopkeeper)\b[^.!?]{0,50}\b(?:was|is)\s+"
    r"(?:now\s+)?(?:my|our)\s+patient\b",
    r"\b(?:one\s+of\s+our\s+own|from\s+our\s+own\s+(?:station|ward|unit|team|hospital|department|"
    r"practice|crew)|our\s+own\s+(?:nurse|paramedic|doctor|colleague|porter|consultant|reg))"
    r"[^.!?]{0,60}\b(?:brought\s+in|admitted|came\s+in|in\s+resus|intubated|was\s+in)\b",
)

# --- care in the widest sense: anything that says the post is about someone's health or care,
# beyond HEALTH's conditions and body parts (a script, a bite, the last rites, a ward)
CARE = _rx(
    r"\b(?:scripts?|prescri\w+|dispens\w+|pharmac\w+|antivenom|antidote|bites?|stings?|"
    r"last\s+rites|died|dying|passed\s+away|RIP|rest\s+easy|meds|medication|tablets|pills|jabs?|"
    r"vaccin\w+|PrEP|black\s+eye|bruis\w+|cuts?|stitch\w*|x-?rays?|scans?|ambulance|paramedics?|"
    r"rescue\w*|hospital|clinic|ward|ICU|ED|A&E|ER|GP|nurse|doctor|midwife|teeth|dentist|"
    r"sectioned|admission|discharge\w*|rehab|therapy|counsell\w+|psych\w*|pain|sick|ill|"
    r"injur\w+|hurt|fell|fall|collapsed|unconscious|bleeding|vomit\w*)\b",
)

# --- a regular of a local venue: "Big Mick from the mart", "Marie from the Spar" -------------
LOCAL_REGULAR = re.compile(
    r"\b(?:guy|man|woman|lady|bloke|fella|chap|owner|lad)\s+who\s+(?:runs|owns|works\s+(?:at|in))\s+"
    r"the\s+\w+|"
    r"\b(?:couple|family|lad|lads|man|woman|lady|guy|bloke|fella|kid|girl|boy|owner|manager|"
    r"flyer|flier|regular)\s+(?:from|at|in)\s+the\s+(?:caravan\s+park|bus\s+station|station|campsite|holiday\s+park|hostel|B&B|"
    r"marina|golf\s+club|gym|leisure\s+centre|mart|chippy|chipper|pub|bookies|takeaway|garage|"
    r"bakery|butchers?|post\s+office|creamery|harbour|pier|quay|hotel|caf[eé]|farm|site|estate|"
    r"flats|halting\s+site)\b|"
    r"\b[A-Z][a-z]+\s+(?:from|at)\s+the\s+(?:mart|chippy|chipper|pub|shop|garage|bakery|"
    r"butchers?|post\s+office|Spar|Centra|Londis|Co-?op|bank|church|chapel|mosque|temple|club|"
    r"farm|bookies|takeaway|chemist|library|school|creamery|co-?op|market|station|harbour|pier|"
    r"quay|hotel|bar|caf[eé])\b"
)

# --- a street: the narrowest place a post can name ("Church Rd Bray", "Main St Portlaoise") --
STREET = re.compile(
    r"\b(?:\d{1,4}[a-z]?\s+)?[A-Z][a-z]+(?:'s|’s)?(?:\s+[A-Z][a-z]+)?\s+(?:St|Rd|Road|Street|Ave|Avenue|"
    r"Lane|Terrace|Tce|Close|Crescent|Cres|Sq|Square|Quay|Parade|Row|Drive)\b"
    r"(?!\s+(?:Hospital|Infirmary|Clinic|Surgery))"
)

# --- a small place: where everyone knows everyone --------------------------------------------
SMALL_PLACE = _rx(
    r"\b(?:village|villages|island|isle|parish|peninsula|hamlet|small[\s-]town|small\s+\w+\s+"
    r"town|our\s+town|the\s+town|tiny\s+town|rural|remote|outback|township|reserve|kibbutz|"
    r"congregation|panchayat|Dorf|Kleinstadt|pueblo|townland|the\s+valley|the\s+glen)\b",
    r"\b(?:the\s+)?only\s+(?:GP|doctor|doc|nurse|midwife|pharmacist|dentist|vet|paramedic|"
    r"hospital|pub|school|shop|trauma\s+(?:center|centre)|ED|clinic)\b",
    # the one nearby: "the care home down the road", "the chipper round the corner"
    r"\b(?:the|our)\s+(?:[\w'-]+\s+){1,2}(?:down|up|across)\s+the\s+(?:road|street|lane|hill)\b|"
    r"\b(?:the|our)\s+(?:[\w'-]+\s+){1,2}(?:a)?round\s+the\s+corner\b",
)

# --- the community will recognise the case, or the author hints at who it is ----------------
RECOGNISABLE = _rx(
    r"\b(?:every(?:one|body)\s+(?:here\s+|in\s+\w+\s+)?(?:will|would|knows?|'ll)|whole\s+"
    r"(?:village|town|parish|peninsula|county|island|congregation|panchayat|street|estate|"
    r"school|club|team|unit|ward|city)|half\s+(?:the|of\s+the)\s+(?:town|village|parish|"
    r"congregation|county)|will\s+(?:all\s+)?(?:hear|know|notice)|(?:viewers|fans|the\s+"
    r"team|the\s+club|the\s+town)\s+will|every\s+\w+\s+fan\s+knows|knows\s+who|"
    r"made\s+the\s+(?:news|papers)|in\s+the\s+(?:news|papers)|on\s+the\s+news|"
    r"not\s+talking\s+to\s+the\s+papers|(?:alle|tout\s+le\s+monde|todos)\b)",
    r"\b(?:say\s+no\s+more|say\s+nothing|lips\s+(?:are\s+)?sealed|that'?s\s+all\s+i'?ll\s+say|"
    r"won'?t\s+say\s+(?:who|what|which)|no\s+names?\s+but|don'?t\s+ask\s+(?:me\s+)?(?:who|which)|"
    r"you\s+know\s+who|you\s+didn'?t\s+hear\s+it\s+from\s+me|not\s+saying\s+who|guess\s+who|"
    r"a\s+certain\s+\w+|(?:you'?ll|you\s+will)\s+never\s+guess|you\s+(?:all\s+)?know\s+the\s+one|"
    r"(?:who|guess\s+who)\s+(?:\w+\s+)?(?:walks|walked|rolls|rolled|comes|came|turns|turned|shows|"
    r"showed|strolls|strolled|wanders|wandered)\s+(?:in|up|through)\b[^.!?]{0,30}?\bbut\b|"
    r"none\s+other\s+than|(?:neighbou?r|ex|friend|boss|"
    r"teacher|landlord|cousin|colleague)(?:'s\s+\w+)?\s+(?:is|was)\s+(?:now\s+)?(?:my|your|our)\s+"
    r"patient)\b|🤫|🤐",
    r"^\s*[\"“][^\"”]{15,160}[\"”]\s*[-–—:]",
    r"\b(?:celeb\w*|famous|well[\s-]known|much[\s-]loved|local\s+(?:legend|hero)|pop\s+star|"
    r"rock\s+star|actor|actress|singer|NBA|NFL|NHL|MLB|AFL|NRL|Premier\s+League|"
    r"international(?!\s+(?:[\w']+\s+){0,2}?(?:day|week|month|year|conference|congress|students?|"
    r"graduates?|recruits?|nurses|doctors|colleagues|staff|patients|travel|flights?))|"
    r"captain|skipper|Olympian|Olympic|Paralympi\w+|All[\s-]Black|Black\s+Fern|Springbok|"
    r"Wallabies|Matildas|senator|congressman|congresswoman|mayor|councillor|MP|TD|MLA|"
    r"minister|bishop|pastor|priest|vicar|rector|curate|reverend|monsignor|imam|rabbi|chief|"
    r"headman|pradhan|dominee|sergeant|inspector|superintendent|constable|sheriff|"
    r"(?:GAA|club|team|county|minor|senior|under-?\d+)\s+(?:\w+\s+)?(?:manager|coach|selector|"
    r"chairman|captain)|"
    r"lord\s+of\s+the\s+"
    r"manor|landlord|publican|news\s+anchor|anchor|presenter|newsreader|influencer|youtuber|"
    r"(?:county|inter-?county|club|school|provincial|state|national)\s+(?:hurler|footballer|"
    r"player|captain|champion|star|keeper|goalie)|local\s+(?:\w+\s+)?(?:legend|hero|celebrity|"
    r"character|star)|former\s+(?:[\w-]+\s+){0,3}?(?:player|prop|hooker|winger|captain|champion|"
    r"international|star|boxer|jockey|footballer|hurler|cricketer|athlete|olympian))\b",
)

# --- a shift summary over many patients, not one case ("lots of falls and UTIs, one 80yo...") --
AGGREGATE = _rx(
    r"\b(?:lots|loads|plenty|hordes|dozens|a\s+string|a\s+parade|a\s+stream)\s+of\b|"
    r"\bthe\s+usual\b|"
    r"\b\d{2,}\s+(?:patients|pts|admissions|attendances|referrals)\b|\bwe\s+(?:saw|had)\s+\d{2,}\b|"
    r"\bwe\s+(?:see|treat|get)\s+(?:\w+\s+){0,3}?(?:every|each)\s+(?:single\s+)?(?:week|day|night|"
    r"shift|month|year|summer|winter|weekend)\b",
)


# --- the patient frame: the one cheap test the quasi-identifier pass starts from -------------
# A post can only describe an identifiable patient when it talks about a person the author
# cared for: the clinical register ("pt", "BIBA", "45M", "in his 80s"), a verb of care with its
# object ("treated a", "brought in"), a person in a determiner frame ("this lady", "the
# publican", "our oldest resident"), a bed or unit that is the author's ("in bay 3", "on my
# list"), a case headline ("Broome tonight: a ...") or a discretion marker ("say no more").
# Shift talk alone ("handover", "night shift", "on call") is not a frame: it holds no person,
# and clinical words strung together without a sentence ("triage rota family discharge")
# are none either.
#
# Speed: the scan's budget outside the encoder is a fraction of a millisecond per post, and one
# alternation of all these, even on lower-cased text, costs about 0.03 ms. So each alternative
# is kept with the words it cannot match without; ``patient_frame`` tokenises the post once and
# runs an alternative only when its words are present (most posts: a few set look-ups).
_FRAME_PERSON = (
    "lady ladies gent gentleman chap fella feller fellow bloke lad lass girl boy woman women "
    "man men guy baby bub kid child toddler teen teenager mum mam mom dad da grandad granny "
    "grandma grandpa nan pensioner tourist backpacker couple twins triplets quads infant "
    "newborn neonate youngster patient pt client resident regular punter customer elder "
    "farmer fisherman jockey publican landlord priest nun vicar pastor imam rabbi bishop "
    "councillor mayor teacher player rider driver biker cyclist climber surfer swimmer runner "
    "diver hunter tradie builder worker owner student hero legend star champion captain "
    "skipper veteran widow widower grandmother grandfather mother father son daughter husband "
    "wife brother sister midwife nurse doctor surgeon gp vet soldier officer firefighter "
    "fireman policeman cop athlete footballer hurler boxer singer actor actress presenter "
    "influencer celebrity celeb sangoma chief orchardist shearer miner trucker postman butcher "
    "baker barman barmaid bartender chef cleaner carer nanny hiker walker golfer skier sailor "
    "pilot prop lock fullback striker goalie keeper centenarian octogenarian nonagenarian "
    "flyer flier manager coach selector chairman chairwoman islander local"
).split()
_PERSON_WORDS = frozenset(
    w + ending for w in _FRAME_PERSON for ending in ("", "s", "'s", "’s", "s'", "s's", "s’s")
)
_UNIT_WORDS = (
    "ed er a&e icu itu nicu picu hdu ccu ward wards unit clinic practice surgery pharmacy "
    "department dept theatre chair care caseload list books service chamber resus hospital"
)
_TIME_OR_UNIT_WORDS = (
    "tonight today yesterday yday yest morning afternoon evening night overnight arvo call "
    "callout job "
    "shout ward clinic resus ed er a&e icu theatre base tent hospital monday tuesday "
    "wednesday thursday friday saturday sunday"
)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_PERSON_RX = "|".join(sorted(_FRAME_PERSON, key=len, reverse=True))
# Single-word jobs from the occupation lexicon the list above leaves out ("postmistress",
# "lollipop"-less "crossing guard" stays out: one word only, so the gate is a token look-up).
_OCCUPATIONS = tuple(
    sorted(
        {t for t in lexicons.terms("occupations") if t.isalpha() and t not in _FRAME_PERSON},
        key=len,
        reverse=True,
    )
)
_OCCUPATION_WORDS = frozenset(w + e for w in _OCCUPATIONS for e in ("", "s", "'s", "’s"))
_OCCUPATION_RX = "|".join(_OCCUPATIONS)
# What happened to someone's health ("had a stroke", "collapsed at mass"): places a person in
# a health event, but says nothing of the author's care (a weak frame, like the two above).
_HEALTH_EVENT_WORDS = frozenset(
    "collapsed hypo stroke seizure fit arrest mi bleed fall done replaced overdosed fainted "
    "stabbed".split()
)
# (words one of which must occur, words one of which must also occur, the alternative)
_FRAME_PARTS: tuple[tuple[frozenset[str], frozenset[str], str], ...] = (
    (  # the clinical register: a word is enough
        _words(
            "pt pts pt's biba c/o s/p h/o hpi dx rosc admitted intubated extubated tubed "
            "resuscitated coded delivered discharged transferred airlifted helicoptered "
            "choppered bluelighted sutured stitched splinted debrided amputated sectioned "
            "scoped xrayed cannulated triaged clerked pronounced presented presenting resus'd "
            "vannacht anoche stanotte"
        ),
        frozenset(),
        "",
    ),
    (
        _words("heute cette blue x self"),
        _words("nacht nuit lighted rayed presented"),
        r"\b(?:heute\s+nacht|cette\s+nuit|blue[\s-]lighted|x-rayed|self[\s-]presented)\b",
    ),
    (
        _words("came come comes rolled rolls wheeled walked walks stumbled brought carried limped "
               "hobbled strolls wanders waltzes"),
        _words("in into through"),
        r"\b(?:came|come|comes|rolled|rolls|wheeled|walked|walks|stumbled|brought|carried|limped|"
        r"hobbled|strolls|wanders|waltzes)\s+(?:in|into|through)\b",
    ),
    (
        _words("we i i've we've i'd we'd"),
        _words(
            "had saw seen treated operated lost saved got met told diagnosed removed pulled "
            "fixed did looked caught received nursed cared"
        ),
        r"\b(?:we|i|i've|we've|i'd|we'd)\s+(?:just\s+|finally\s+|also\s+)?(?:had|saw|seen|"
        r"treated|operated|lost|saved|got|met|told|diagnosed|removed|pulled|fixed|did|"
        r"looked\s+after|caught|received|nursed|cared\s+for)\b",
    ),
    (
        _words(
            "treated treating operated operating diagnosed diagnosing looked looking caring "
            "cared told removed pulled extracted examined visited saw seen met stitched patched "
            "sewed sent called dispatched broke pm mortem postmortem autopsy"
        ),
        _words("a an the our my this that one little wee young old local poor lovely"),
        r"\b(?:treated|treating|operated\s+on|operating\s+on|diagnosed|diagnosing|looked\s+"
        r"after|looking\s+after|caring\s+for|cared\s+for|told|removed|pulled|extracted|"
        r"examined|visited|saw|seen|met|stitched\s+up|patched\s+up|sewed\s+up|sent\s+home|"
        r"called\s+to|dispatched\s+to|sent\s+out\s+to|broke\s+the\s+news\s+to|pm\s+on|"
        r"post[\s-]?mortem\s+on|autopsy\s+on)\s+(?:a|an|the|our|my|this|that|one|little|wee|"
        r"young|old|local|poor|lovely)\b",
    ),
    (  # a person in a determiner frame: "this lady", "the publican", "our oldest resident"
        _PERSON_WORDS,
        _words("my our the this that a an one your"),
        rf"\b(?:my|our|the|this|that|a|an|one|your)\s+(?:[\w'-]+\s+){{0,3}}?(?:{_PERSON_RX})"
        r"s?\b",
    ),
    (  # a bed, unit or list that is the author's
        _words("bed room bay cubicle cube side ward"),
        frozenset(),
        r"\b(?:in|on|into|to|from|at)\s+(?:bed|room|bay|cubicle|cube|side\s+room|ward)\s*\d",
    ),
    (
        _words("resus majors minors theatre triage"),
        _words("in into to through"),
        r"\b(?:in|into|to|through)\s+(?:resus|majors|minors|theatre|triage)\b",
    ),
    (
        _words(_UNIT_WORDS + " round"),
        _words("our my the"),
        r"\b(?:in|on|into|to|at|through)\s+(?:our|my)\s+(?:ed|er|a&e|icu|itu|nicu|picu|hdu|"
        r"ccu|ward|wards|unit|clinic|practice|surgery|pharmacy|department|dept|theatre|chair|"
        r"care|caseload|list|books|service|hyperbaric\s+chamber|chamber)\b|"
        r"\bon\s+(?:my|our|the)\s+(?:list|caseload|ward\s+round|round|\w+\s+ward|ward)\b|"
        r"\b(?:was|were|is|are|been)\s+(?:in|through|at)\s+(?:the|our|my)\s+(?:er|ed|a&e|icu|"
        r"resus|clinic|surgery|practice|ward|hospital|chair)\b|\b(?:is|was|are|were)\s+(?:in|on)\s+"
        r"(?:our|my)\s+[a-z]+\s+(?:clinic|list|ward|unit)\b",
    ),
    (  # a case headline ("Broome hospital tonight: a pearl farm worker...")
        _words(_TIME_OR_UNIT_WORDS) | {w + "'s" for w in _TIME_OR_UNIT_WORDS.split()},
        frozenset(),
        r"\b(?:tonight|today|yesterday|yday|yest|this\s+(?:morning|afternoon|evening)|"
        r"last\s+night|overnight|arvo|call|callout|job|shout|ward|clinic|resus|ed|er|a&e|icu|theatre|base|"
        r"tent|hospital|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b[^.!?:\n]{0,40}:\s*"
        r"(?:an?|the|one|our|my|un|une|een|ein|eine|\d+)\b",
    ),
    (
        _words("job call case shout patient save catch"),
        _words("of"),
        r"\b(?:job|call|case|shout|patient|save|catch)\s+of\s+the\s+(?:night|day|shift|week)\b",
    ),
    (  # discretion and recognition markers only make sense about a real person
        _words("guess say sealed know names name won't wont saying certain 🤫 🤐"),
        frozenset(),
        r"\b(?:guess\s+(?:who|which)|say\s+no\s+more|lips\s+(?:are\s+)?sealed|you\s+know\s+who|no\s+"
        r"names?\s+but|won'?t\s+say\s+who|not\s+saying\s+who|a\s+certain\s+\w+|you\s+(?:all\s+)?know\s+"
        r"the\s+one)\b|🤫|🤐",
    ),
    (
        _words("everyone everybody"),
        _words("will knows"),
        r"\bevery(?:one|body)\s+(?:here\s+)?(?:will|knows)\b",
    ),
    (
        _words("whole"),
        _words("village town parish peninsula island county street estate school club"),
        r"\bwhole\s+(?:village|town|parish|peninsula|island|county|street|estate|school|club)\b",
    ),
    (
        _words(
            "neighbour neighbor ex friend boss teacher landlord cousin colleague neighbour's "
            "neighbor's ex's friend's boss's teacher's landlord's cousin's colleague's"
        ),
        _words("patient caseload list ward"),
        r"\b(?:neighbou?r|ex|friend|boss|teacher|landlord|cousin|colleague)(?:'s\s+[\w-]+"
        r"(?:\s+[\w-]+)?)?\s+(?:is|was)\s+(?:now\s+)?(?:on\s+)?(?:my|our)\s+(?:patient|"
        r"caseload|list|ward)\b",
    ),
)
_FRAME_PARTS += (
    (  # a person placed somewhere or with something: "Fella from Dingle", "lad with a hook"
        _PERSON_WORDS,
        _words("from with"),
        rf"\b(?:{_PERSON_RX})s?\s+(?:from|with)\b",
    ),
    (  # someone attended: "was in with a torn ACL", "were in for stitches"
        _words("was were"),
        _words("in"),
        r"\b(?:was|were)\s+in\s+(?:today\s+|tonight\s+|this\s+morning\s+|again\s+)?(?:with|for)\b",
    ),
    (  # care already given or under way, said of him or her
        _words("in"),
        _words("his her their"),
        r"\bin\s+(?:today\s+|tonight\s+|this\s+morning\s+|again\s+)?for\s+(?:his|her|their)\b",
    ),
    (_words("picked"), _words("his her their"), r"\bpicked\s+up\s+(?:his|her|their)\b"),
    (_words("came"), _words("back"), r"\bcame\s+back\s+(?:in|to|with)\b"),
    (
        _words("he she they he's she's they're"),
        _words("us our resus theatre icu"),
        r"\b(?:he|she|they)(?:'s|'re|\s+is|\s+was|\s+are|\s+were)\s+(?:now\s+)?(?:with\s+us|"
        r"on\s+our\s+\w+|in\s+our\s+\w+|in\s+resus|in\s+theatre|in\s+icu)\b",
    ),
    (_words("operated operating"), _words("on"), r"\b(?:operated|operating)\s+on\b"),
    (_words("born"), frozenset(), r"\bborn\s+(?:in|at|on|to)\b"),
    (_words("welcome"), _words("world"), r"\bwelcome\s+to\s+the\s+world\b"),
    (
        _words("gassed anaesthetised anesthetized sedated scanned"),
        _words("a an the our my this that one"),
        r"\b(?:gassed|anaesthetised|anesthetized|sedated|scanned)\s+(?:a|an|the|our|my|this|"
        r"that|one)\b",
    ),
    (
        _words("floor"),
        _words("our my the"),
        r"\bon\s+(?:our|my|the)\s+floor\b",
    ),
    (  # "the only pharmacy in Longreach": a small place, and the author is its clinician
        _words("only"),
        frozenset(),
        r"\bonly\s+(?:trauma\s+cent(?:er|re)|gp|doctor|doc|nurse|midwife|pharmacist|pharmacy|"
        r"dentist|vet|paramedic|hospital|ed|clinic|surgery)\s+(?:in|on|for)\b",
    ),
    (  # a case headline after a shift ("Night shift at St Paul's: a 30s ...")
        _words("shift nights"),
        frozenset(),
        r"\b(?:shift|nights)\b[^.!?:\n]{0,40}:\s*(?:an?|the|one|our|my|\d)\b",
    ),
    (  # a bed or bay by number
        _words("bed room bay cubicle cube"),
        frozenset(),
        r"\b(?:bed|room|bay|cubicle|cube)\s*\d{1,3}\b",
    ),
    (  # a callout: "Ambulance to the greyhound track", "shout to a farm outside Ennis"
        _words("call callout job shout ambulance retrieval dispatched tasked visit"),
        _words("to"),
        r"\b(?:call|callout|call-out|job|shout|ambulance|retrieval|dispatched|tasked|visit)\s+"
        r"(?:out\s+|today\s+|tonight\s+|this\s+morning\s+)?to\s+(?:the|a|an)\s+[a-z0-9]",
    ),
    (
        _words("flew winched rescued airlifted retrieved"),
        _words("a an the our one this"),
        r"\b(?:flew|winched|rescued|airlifted|retrieved)\s+(?:a|an|the|our|one|this)\b",
    ),
    (  # a paramedic's case opener: "Nasty one on the Pacific Hwy", "rough RTC at 2am"
        _words("nasty bad rough messy sad tough big horrible awful grim"),
        _words("one job rta rtc mvc mva crash smash shout callout call"),
        r"\b(?:nasty|bad|rough|messy|sad|tough|big|horrible|awful|grim)\s+(?:one|job|rta|rtc|mvc|"
        r"mva|crash|smash|shout|callout|call)\s+(?:on|at|in|near|off|outside|out|up|down|tonight|"
        r"today|this|last)\b",
    ),
    (  # a call to a street or a dwelling the author keeps going back to
        _words("same st rd road street ave avenue lane terrace close crescent"),
        frozenset(),
        r"\b(?:same|that)\s+(?:house|address|flat|caravan|farm)\b|\b(?:call|callout|call-out|job|"
        r"shout|sent|dispatched|back)\s+(?:out\s+)?to\s+(?:\d{1,4}\s+)?[a-z]+\s+(?:st|rd|road|"
        r"street|ave|avenue|lane|terrace|close|crescent)\b",
    ),
    (  # a clinician's diary headline opens a case: "Physio notes:", "Radiographer life:"
        _words("notes diaries diary life confession confessions update log files chronicles moment "
               "moments story stories vibes"),
        frozenset(),
        r"\b(?:physio|nurse|nursing|midwife|midwifery|dentist|dental|gp|doc|doctor|medic|paramedic|"
        r"radiographer|radiology|pharmacist|pharmacy|surgeon|icu|ed|a&e|ward|clinic|psych|locum|ot|"
        r"slt|theatre|resus|ambo|ems|hospice|district\s+nurse|community)\s+(?:notes|diaries|diary|"
        r"life|confessions?|update|log|files|chronicles|moments?|stor(?:y|ies)|vibes)\s*:",
    ),
    (  # a job from the occupation lexicon in a determiner frame: "The postmistress in Kilcolgan"
        _OCCUPATION_WORDS,
        _words("my our the this that a an one"),
        rf"\b(?:my|our|the|this|that|a|an|one)\s+(?:[\w'-]+\s+){{0,2}}?(?:{_OCCUPATION_RX})s?\b",
    ),
    (  # a patient's result: "Troponin up", "lactate of 6" (a pathway paper names no value)
        _words("troponin trop lactate"),
        frozenset(),
        r"\b(?:troponin|trop|lactate)\s+(?:up|raised|rising|positive|(?:was|is|of)\s+\d|\d)",
    ),
    (  # someone and what happened to their health: "The organist ... had her 2nd hip done",
        # "Lady who runs the B&B ... had a hypo", "Old man collapsed at mass"
        _HEALTH_EVENT_WORDS,
        _words("had collapsed overdosed fainted was got"),
        r"\b(?:had\s+(?:an?|his|her|their)\s+(?:\w+\s+){0,2}?(?:hypo|stroke|seizure|fit|arrest|mi|bleed|"
        r"fall|heart\s+attack)|had\s+(?:his|her|their)\s+(?:\w+\s+)?(?:\w+\s+)?(?:done|replaced)|"
        r"collapsed\s+(?:at|in|on|during|mid)|overdosed|fainted|(?:was|got)\s+stabbed)\b",
    ),
    (  # found somewhere: "found on a bench in Eyre Sq", "found in the harbour at 6am"
        _words("found"),
        _words("bench ditch floor street road harbour river beach toilets toilet car field canal "
               "lake sea bog hedge doorway"),
        r"\bfound\s+(?:\w+\s+)?(?:on|in|at|under|by)\s+(?:a|an|the|his|her)\s+(?:\w+\s+)?(?:bench|ditch|"
        r"floor|street|road|harbour|river|beach|toilets?|car|field|canal|lake|sea|bog|hedge|doorway)\b",
    ),
    (
        _words("i"),
        _words("team crew call job shift"),
        r"\bi\s+was\s+on\s+the\s+(?:team|crew|call|job|shift)\b",
    ),
    (  # "Had to section the Tidy Towns committee chair", "sedated a"
        _words("section sectioned sedate restrain restrained detain detained commit committed"),
        _words("the a an our my this that"),
        r"\b(?:section|sectioned|sedate|restrain|restrained|detain|detained|commit|committed)\s+(?:a|an|"
        r"the|our|my|this|that)\b",
    ),
    (  # "came to us for stitches", "Rounding on the TV weatherman", "post-op day 2"
        _words("came come brought sent rounding rounded reviewing post postop post-op"),
        _words("us the a an our my this that day"),
        r"\b(?:came|come|brought|sent)\s+to\s+us\b|\b(?:rounding|rounded|reviewing)\s+on\s+(?:a|an|the|"
        r"our|my|this|that)\b|\bpost[\s-]?op\s+day\s+\d|\bday\s+\d{1,2}\s+post[\s-]?op\b",
    ),
    (  # time with someone: "Spent the morning with the foster mum from Ballina"
        _words("spent"),
        _words("with"),
        r"\bspent\s+(?:the\s+\w+|my\s+\w+|\w+\s+hours?)\s+(?:with|sitting\s+with)\s+(?:the|a|an)\b",
    ),
    (  # a crew's arrival: "until we arrived", "by the time we got there"
        _words("we"),
        _words("arrived got landed"),
        r"\b(?:until|till|til|when|before|by\s+the\s+time)\s+we\s+(?:arrived|got\s+there|got\s+on\s+"
        r"scene|landed)\b",
    ),
    (  # the author's role in someone's care: "I was one of his nurses", "I was her midwife"
        _words("nurse nurses doctor doctors midwife midwives surgeon surgeons paramedic paramedics "
               "physio physios gp consultant registrar anaesthetist therapist"),
        _words("was"),
        r"\bi\s+was\s+(?:one\s+of\s+)?(?:the|their|his|her)\s+(?:\w+\s+)?(?:nurses?|doctors?|"
        r"midwi(?:fe|ves)|surgeons?|paramedics?|physios?|gp|consultant|registrar|anaesthetist|"
        r"therapist)\b",
    ),
    (  # the unit's record holder: "our longest ever stay", "our smallest ever graduate"
        _words("longest smallest tiniest youngest oldest biggest heaviest earliest"),
        _words("ever"),
        r"\b(?:our|my|the)\s+(?:longest|smallest|tiniest|youngest|oldest|biggest|heaviest|earliest)"
        r"[\s-]+ever\b",
    ),
    (  # "was ours", "is one of ours"
        _words("ours"),
        _words("was is were are"),
        r"\b(?:was|is|were|are)\s+(?:one\s+of\s+)?ours\b",
    ),
    (  # a patient's state said of them: "he's stable now", "she's in CCU now"
        _words("he's she's he she they they're he’s she’s"),
        _words("stable critical intubated sedated comfortable awake conscious ventilated post ccu "
               "hdu itu nicu picu icu"),
        r"\b(?:he|she|they)(?:'s|’s|'re|\s+is|\s+was|\s+are)\s+(?:now\s+|still\s+)?(?:stable|critical|"
        r"intubated|sedated|comfortable|awake|conscious|ventilated|post[\s-]?op|in\s+(?:ccu|hdu|itu|"
        r"icu|nicu|picu))\b",
    ),
    (  # a birth the author attended: "baby boy 4.1kg", "home birth", "BBA"
        _words("baby boy girl birth bba"),
        frozenset(),
        r"\bbaby\s+(?:boy|girl)\b|\b\d(?:\.\d)?\s?kg\s+(?:boy|girl|baby)\b|\b(?:boy|girl)\s+"
        r"(?:born|delivered)\b|\bhome\s+birth\b|\bborn\s+before\s+arrival\b|\bbba\b",
    ),
    (  # someone the author knew before: "a guy I went to primary school with"
        _words("school grew classmate schoolfriend"),
        frozenset(),
        r"\bi\s+(?:went\s+to\s+(?:primary\s+|secondary\s+|high\s+|national\s+)?school|grew\s+up)\s+"
        r"with\b|\b(?:my|an)\s+old\s+(?:\w+\s+)?(?:classmate|schoolfriend|school\s+friend|teacher)\b",
    ),
    (  # the author's unit has them: "we have her in SCBU", "we've got him on the ward"
        _words("have got"),
        _words("him her them"),
        r"\b(?:we|i)(?:'ve|’ve)?\s+(?:still\s+)?(?:have|got)\s+(?:him|her|them)\s+(?:in|on|at)\b",
    ),
    (  # someone back again: "was back again, 6th time since Xmas", "He's been in 6 times"
        _words("back been"),
        _words("again in today tonight times"),
        r"\b(?:was|were|is|are)\s+back\s+(?:again|in|today|tonight)\b|\b(?:he|she|they)(?:'s|’s|"
        r"\s+has|'ve|\s+have)\s+been\s+in\s+(?:\d+|again|twice|three|four|five|six)\b",
    ),
    (  # the author's unit said another way: "that was us", "landed in with us", "rocked up"
        _words("was with landed rocked turned showed pitched"),
        _words("us our my the resus"),
        r"\b(?:that|this|it)\s+was\s+us\b|\bin\s+with\s+us\b|\bwith\s+us\s+(?:since|for|now|"
        r"tonight|today)\b|\b(?:landed|rocked|turned|showed|pitched)\s+(?:up\s+)?(?:in|into|at)\s+"
        r"(?:with\s+us|our|my|the\s+(?:ed|er|a&e|ward|unit|surgery|practice|clinic|resus)|resus)\b",
    ),
    (  # the author in a unit with someone: "In A&E til 4 with the entire hen party"
        _words("a&e ed er resus majors minors icu"),
        _words("with"),
        r"\b(?:in|at)\s+(?:a&e|ed|er|resus|majors|minors|icu|the\s+ed|the\s+er)\s+(?:\w+\s+){0,3}?"
        r"with\s+(?:the|a|an|this|that|two|three|\d)\b",
    ),
    (_words("mine"), _words("is was are were"), r"\b(?:is|was|are|were)\s+(?:all\s+)?mine\b"),
    (  # a case opened by its person: "Elderly Sikh gentleman, no English...", "Young lad on a quad"
        _words("elderly frail older retired young"),
        _PERSON_WORDS,
        rf"(?:^|[:.,;!?]\s*)(?:elderly|frail|older|retired|young)\s+(?:[\w'-]+\s+){{0,2}}?"
        rf"(?:{_PERSON_RX})s?\b",
    ),
    (  # an age said as a sentence or a pair: "He's 71 and still joking", "both 88"
        _words("he's she's he she they both he’s she’s"),
        frozenset(),
        r"\b(?:(?:he|she|they)(?:'s|’s|\s+is|\s+was|\s+are|\s+were)\s+(?:only\s+|just\s+)?|"
        r"both\s+(?:aged\s+)?)(?:[1-9]|[1-9]\d|1[01]\d)\b(?!\s*(?:%|/|:|\.\d|mins?\b|minutes|"
        r"hours?|hrs?|days?|weeks?|wks?|months?|kg|kilos?|lbs?|st\b|stone|cm|mm|mg|ml|x\b|times|"
        r"points|percent|degrees|ft|feet|inches|pounds|euro|quid|grand|k\b|am\b|pm\b|"
        r"again\b|years?\s+ago|and\s+(?:a\s+half|counting)))",
    ),
)
# Ages and the demographic shorthand hold a digit or one of these words.
_AGE_WORDS = _words("something aged age octogenarian nonagenarian centenarian")
_AGE_FRAME = re.compile(
    r"\b\d{1,3}\s?(?:-|\s)?(?:y/?o|yo|yrs?[\s-]?old|years?[\s-]old|yr[\s-]old|years\s+young|"
    r"[mf])\b|\b\d{1,3}\s?(?:-|\s)?(?:week|month|day)s?[\s-]old\b|\bin\s+(?:his|her|their)\s+"
    r"(?:early\s+|mid\s+|late\s+)?\d0s\b|\b(?:\d0|eighty|seventy|ninety|sixty|fifty|forty|"
    r"thirty|twenty)[\s-]?something\b|\baged?\s+\d{1,3}\b|\b\d{1,3}[\s-]?(?:jarige[n]?|"
    r"jährige[rn]?|jähriges)\b|\b(?:octogenarian|nonagenarian|centenarian)\b|"
    r"[a-z],\s*\d{1,3}\s*[,.;)](?!\d)|(?:^|[\s,(])(?:early\s+|mid\s+|late\s+)?\d0s\b|"
    r"[a-z]\s*\(\s*\d{1,3}\s*[,;)]|\b\d{1,3}\s+years\s+of\s+age\b"
)
_REGISTER = re.compile(
    r"\b(?:" + "|".join(re.escape(w) for w in sorted(_FRAME_PARTS[0][0])) + r")\b"
)
# What else an alternative cannot match without, checked before its expression runs: the
# case headlines need a colon, the bed numbers a digit (a string search, not a token).
_NEEDS = tuple(
    ":"
    if "]{0,40}:" in rx
    else "digit"
    if rx.endswith((r"\s*\d", r"\s*\d{1,3}\b")) or "(?:[1-9]|[1-9]\\d|1[01]\\d)" in rx
    else ""
    for _, _, rx in _FRAME_PARTS
)
_FRAME_CHECKS = tuple(
    (needed, also, re.compile(rx) if rx else None) for needed, also, rx in _FRAME_PARTS
)
# The alternatives each word can start, so a post's tokens name its few candidates at once
# (a loop over every alternative costs more than the searches it saves).
_BY_WORD: dict[str, tuple[int, ...]] = {}
for _index, (_needed, _, _) in enumerate(_FRAME_PARTS):
    for _word in _needed:
        _BY_WORD[_word] = (*_BY_WORD.get(_word, ()), _index)


_FRAME_WORDS = frozenset(_BY_WORD)


def _candidates(found: frozenset[str]) -> list[int]:
    """The alternatives whose needed words occur, in the frame's order. The post's words are
    intersected with the frame's in C first: a loop over every word of the post took 0.004 CPU
    ms per post of the bench archive, for the two or three that start an alternative."""
    hits: set[int] = set()
    for word in _FRAME_WORDS.intersection(found):
        hits.update(_BY_WORD[word])
    return sorted(hits)


# Every alternative in one expression: the frame's evidence spans (lower-cased text).
PATIENT_FRAME = re.compile(
    "|".join(
        [r"\b(?:" + "|".join(re.escape(w) for w in sorted(_FRAME_PARTS[0][0])) + r")\b"]
        + [rx for _, _, rx in _FRAME_PARTS[1:]]
        + [_AGE_FRAME.pattern]
    )
)
# The same, case-insensitive, on the original text: evidence spans must index the post text
# (lower-casing can change a string's length).
PATIENT_FRAME_ANYCASE = re.compile(PATIENT_FRAME.pattern, re.IGNORECASE)
_TOKEN = re.compile(r"[a-z0-9]+(?:['’/&][a-z0-9]+)*|🤫|🤐|📸|📷|🤳|👇|⬇️")
_DIGIT = re.compile(r"\d")
_MEMO: list[object] = [None, "", frozenset()]


class PostMemo:
    """Per-post answers kept for the batch being scored: the engine asks a doc reader's
    pre-check for every post of a batch (choosing spaCy's docs) before it analyses any, so a
    one-post memory would miss. Keyed on the post object; forgets everything past ``size``."""

    __slots__ = ("_answers", "size")

    def __init__(self, size: int = 1024) -> None:
        self._answers: dict[int, tuple[object, object]] = {}
        self.size = size

    def get(self, post: object) -> object | None:
        """The kept answer for this very post object, or None."""
        found = self._answers.get(id(post))
        return found[1] if found is not None and found[0] is post else None

    def put(self, post: object, answer: object) -> None:
        """Keep ``answer`` for ``post`` (the post is held so its id cannot be reused)."""
        if len(self._answers) >= self.size:
            self._answers.clear()
        self._answers[id(post)] = (post, answer)


_FRAMED = PostMemo(4096)


# ``lowered_words`` answers for the batch being scored: the engine runs the doc readers'
# pre-checks over a whole batch (choosing spaCy's docs) before the recognizers analyse any
# post, so a one-text memory computed each post's words twice (2.03 times per post on the
# bench archive, 0.29 CPU s per 100,000 posts).
_LOWERED = PostMemo(4096)


def lowered_words(text: str) -> tuple[str, frozenset[str]]:
    """The lower-cased text and its word tokens. The last text's answer is kept (by identity:
    every phi pre-check of one post reads the same ``post.text`` object in a row), and the
    batch's answers behind it (``_LOWERED``)."""
    if _MEMO[0] is text:
        return _MEMO[1], _MEMO[2]  # type: ignore[return-value]
    kept = _LOWERED.get(text)
    if kept is None:
        lowered = text.lower()
        kept = (lowered, frozenset(_TOKEN.findall(lowered)))
        _LOWERED.put(text, kept)
    _MEMO[0], _MEMO[1], _MEMO[2] = text, kept[0], kept[1]  # type: ignore[index]
    return kept  # type: ignore[return-value]


def patient_frame(text: str) -> bool:
    """True when ``text`` holds a patient frame (see ``PATIENT_FRAME``). The answers for the
    texts of the current batch are kept: the quasi pre-check and the thread pass both ask."""
    return patient_frame_span(text) is not None


# The alternatives that only place a person ("the publican", "a lad from Tralee") rather than
# say the author cared for them; every other one is a strong frame.
_PLACING_ONLY = frozenset(
    i
    for i, part in enumerate(_FRAME_PARTS)
    if part[0] is _PERSON_WORDS or part[0] is _OCCUPATION_WORDS or part[0] is _HEALTH_EVENT_WORDS
)


def strong_patient_frame(text: str) -> bool:
    """True when ``text`` says the author cared for someone: any alternative of the frame but
    those that only place a person, and not an age alone."""
    lowered, found = lowered_words(text)
    for index in _candidates(found):
        needed, also, regex = _FRAME_CHECKS[index]
        if index in _PLACING_ONLY or not _may_hold(index, needed, also, lowered, found):
            continue
        if (_REGISTER if regex is None else regex).search(lowered) is not None:
            return True
    return False


def _may_hold(
    index: int, needed: frozenset[str], also: frozenset[str], lowered: str, found: frozenset[str]
) -> bool:
    """Whether alternative ``index`` of the frame can match: its words, then its character."""
    if found.isdisjoint(needed) or (also and found.isdisjoint(also)):
        return False
    need = _NEEDS[index]
    if need == ":":
        return ":" in lowered
    if need == "digit":
        return _DIGIT.search(lowered) is not None
    return True


def patient_frame_span(text: str) -> tuple[int, int] | None:
    """Where a patient frame is in ``text`` (the first alternative that holds), or None. Kept
    for the batch's texts (``_FRAMED``, False for none): the quasi profile asks again for every
    framed post after its pre-check (0.03 CPU ms a framed post, 0.001 ms a post of the bench
    archive)."""
    kept = _FRAMED.get(text)
    if kept is None:
        kept = _frame_span(text) or False
        _FRAMED.put(text, kept)
    return kept or None  # type: ignore[return-value]


def _frame_span(text: str) -> tuple[int, int] | None:
    """``patient_frame_span`` without the memo."""
    lowered, found = lowered_words(text)
    span: tuple[int, int] | None = None
    for index in _candidates(found):
        needed, also, regex = _FRAME_CHECKS[index]
        if not _may_hold(index, needed, also, lowered, found):
            continue
        if regex is None:
            m = _REGISTER.search(lowered)
        else:
            m = regex.search(lowered)
        if m is not None:
            span = m.span()
            break
    if span is None and (_DIGIT.search(lowered) is not None or not found.isdisjoint(_AGE_WORDS)):
        m = _AGE_FRAME.search(lowered)
        span = m.span() if m is not None else None
    if span is None or len(lowered) == len(text):
        return span
    m = PATIENT_FRAME_ANYCASE.search(text)  # lower-casing moved the offsets: search the text
    return m.span() if m is not None else span


# --- the case told without the usual cues ------------------------------------------------------
# Rounds of fresh posts showed cases whose time, place, person or detail is written in shapes
# the expressions above do not read: "Saturday's crash", "Yday", "the Coppers nightclub",
# "Hwy 9", "Amazon driver", "He's 71", "two rib #s", "pinned by his own van". These are read
# only by the quasi-identifier pass (on framed posts), so other recognizers keep their meaning.
TIME_MORE = _rx(
    r"(?<!every\s)(?<!each\s)(?<!most\s)\b(?:on\s+an?\s+)?(?:monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday)(?:'s|’s)?\b",
    r"\b(?:in|since|back\s+in)\s+(?:19[5-9]\d|20[0-3]\d)\b(?!\s*(?:%|patients|people|cases|deaths))|"
    r"\blast\s+(?:year|summer|winter|spring|autumn|christmas|xmas|easter)\b",
    r"\b(?:in\s+the\s+early\s+hours|NYE|this\s+arvo|the\s+night\s+before\s+last|this\s+past\s+(?:week|"
    r"weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:a\s+couple\s+of|half\s+an|"
    r"a\s+few)\s+(?:hours?|mins?|minutes)\s+ago|minutes\s+ago|(?:over|at|on)\s+(?:easter|christmas|"
    r"xmas|paddy'?s\s+weekend|the\s+long\s+weekend)|on\s+(?:christmas|xmas|easter|new\s+year'?s)\s+"
    r"(?:morning|night|eve|day)|during\s+(?:the|last\s+night'?s)\s+(?:storm|snow|floods?|heatwave|"
    r"blackout|power\s+cut|match|game|concert|festival|parade|marathon))\b",
    r"\bat\s+half\s+(?:[1-9]|1[0-2])\b|\bat\s+(?:[01]?\d|2[0-3])[:.][0-5]\d\b(?!\s*(?:mg|ml|kg|%))|"
    r"\bat\s+(?:0\d|1\d|2[0-3])[0-5]0\s*(?:hrs?|h)?\b(?!\s*(?:mg|ml|mcg|units|kg|%|patients|people))",
    r"\b(?:yday|yest|ystdy|yesterdy|tonite|2nite|last\s+month|this\s+am|this\s+pm|same\s+day|"
    r"that\s+night|the\s+other\s+night|next\s+week|since\s+(?:xmas|christmas|easter)|new\s+year'?s|bank\s+holiday|half[\s-]time|full[\s-]time|"
    r"at\s+(?:kick[\s-]?off|closing(?:\s+time)?|home\s+time|school\s+pick[\s-]?up|lunch(?:time)?|"
    r"tea[\s-]?time|dinner(?:\s+time)?|breakfast))\b",
    r"\b(?:came|brought|rolled|wheeled|landed)\s+in\s+at\s+(?:[1-9]|1[0-2])\b",
)
# A venue, road or employer by name: "the Coppers nightclub", "a Dorchester driveway",
# "on Hwy 9", "off the M50", "Southall GP", "in the Westport clinic".
PLACE_MORE = _rx(
    r"\b(?!(?:Your|My|Our|The|A|An|His|Her|Their|This|That|Local|Any|Every|Each|Some|No|New|"
    r"Old|Big|Small|Same|Next|Last|First|Nearest|Private|Public)\b)"
    r"[A-Z][\w'’]+(?:\s+[A-Z][\w'’]+)?\s+(?i:nightclub|night\s+club|bar|pub|hotel|inn|tavern|"
    r"caf[eé]|restaurant|takeaway|chipper|chippy|school|college|GAA|church|mosque|temple|"
    r"station|campsite|caravan\s+park|festival|gym|pool|leisure\s+centre|stadium|arena|beach|"
    r"pier|marina|mart|factory|plant|mine|quarry|depot|barracks|prison|jail|driveway|"
    r"supermarket|store|mall|shopping\s+centre|racecourse|golf\s+club|GP|practice|"
    r"health\s+cent(?:re|er)|nursing\s+home|care\s+home|estate|flats|halting\s+site|airport|port|"
    r"ferry|bus|grotto|library|lifeboat)\b",
    r"\b(?!(?:Your|My|Our|The|A|An|His|Her|Their|This|That|These|Those|Some|All|Both|Two|Three|"
    r"Young|Old|Little|Big|Good|Bad|Poor|Lovely|Brave|Tough|Local|Country|City|Town|Golden|Boys|"
    r"Girls|Plenty|Many|Most|Several|Other|Such|Sick|Older|Elderly|Vulnerable|Real|Normal|Busy|"
    r"Nice|Anxious)\b)(?![A-Z][a-z]+ing\b)[A-Z][a-z]{2,}\s+(?:girls|boys|lads|lasses|women|men|folk|"
    r"people|mammies|"
    r"grannies|farmers|fishermen)\b",
    r"(?<=\d,\s)[A-Z][a-z]{3,}(?:\s+[A-Z][a-z]{2,})?(?=\s*[,.)])|(?<=\d,)[A-Z][a-z]{3,}(?=\s*[,.)])",
    # a town or county as an adjective: "a Leitrim farmer", "the Cork lad" (not "an Irish lad",
    # "a Black woman", "the Amazon man": nationality, colour and employers are read elsewhere)
    r"\b(?:[Aa]n?|[Tt]he|[Oo]ur|[Tt]his|[Tt]hat)\s+(?!(?:Black|White|Brown|Asian|Muslim|Catholic|"
    r"Jewish|Sikh|Hindu|Christian|Traveller|Roma|Dutch|Greek|Thai|Scots|Welsh|Swiss|French|Old|"
    r"Young|Big|Little|Poor|Lovely|New|Local|Nice|Good|Great|Amazon|Uber|Tesco|Deliveroo|Lego|"
    r"Santa|Army|Navy|Garda|Police|Fire|God|Lord|Holy|Happy|Sad|Angry|Drunk|Elderly|Retired)\b)"
    r"(?![A-Z][a-z]*(?:ish|ese|ian|an|ic|i)\b)[A-Z][a-z]{2,}\s+(?:lad|man|woman|lady|girl|boy|"
    r"farmer|fisherman|fella|teen|teenager|mum|mam|dad|couple|family|pensioner|granny|grandad|"
    r"native|youngster)\b",
    r"\b(?:through|via|across)\s+[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]{2,})?\b|\bthe\s+road\s+(?:to|from|"
    r"into|out\s+of)\s+[A-Z][a-z]{2,}\b",
    r"\b(?:home\s+to|back\s+to|moved\s+(?:here\s+)?from|flown\s+(?:in\s+)?from|over\s+from)\s+"
    r"[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]{2,})?\b",
    r"\b(?:in|at|outside|behind|near|by|into|opposite)\s+the\s+[A-Z][a-z][\w'’]+(?:\s+[A-Z][\w'’]+)"
    r"{0,2}",
    flags=0,
)
# A road by number ("Hwy 9", "off the M50"): a place, but a long one, not a town.
ROAD = re.compile(
    r"\b(?:Hwy|Highway|Route|Rte|Interstate|I-|SH|State\s+Highway)\s?\d{1,3}\b|"
    r"\b(?:on|off|along|near|at|the)\s+(?:the\s+)?[MNAR]\d{1,3}\b"
)
# Jobs the occupation lexicon leaves out, and an employer's name with a job ("Amazon driver",
# "Walmart greeter", "Tesco worker"): the job and the workplace at once.
JOB_MORE = _rx(
    r"\b(?:drag\s+(?:queen|king|artist)|stripper|busker|bouncer|doorman|DJ|bin\s*man|"
    r"lollipop\s+(?:lady|man)|crossing\s+guard|greeter|cashier|courier|delivery\s+driver|"
    r"lifeguard|jockey|groundsman|caretaker|janitor|sacristan|undertaker|bride(?:-to-be)?|"
    r"groom|debutante|influencer|streamer|youtuber|referee|ref|linesman|umpire|"
    r"(?:his|her|their)\s+(?:own\s+)?(?:B&B|shop|pub|farm|salon|restaurant|caf[eé]|garage|"
    r"business|practice|takeaway|chipper)|"
    r"quarterback|prop|hooker|winger|goalkeeper|keeper|captain|mascot|corner[\s-]back|"
    r"full[\s-]back|half[\s-]back|centre[\s-]back|center[\s-]back|full[\s-]forward|"
    r"corner[\s-]forward|midfielder|striker|goalie|contestants?|competitors?|finalists?|"
    r"ex-(?:army|navy|military|soldier|marine|cop|guard|garda|boxer|jockey|player)|organist|"
    r"florist|sacristan|cox|coxswain|air\s+traffic\s+controller|(?:committee|club|board|parish|GAA|"
    r"school|residents'?)\s+(?:chair|chairman|chairwoman|chairperson|secretary|treasurer|president)|"
    r"teach(?:es|ing)\s+(?:\w+\s+){0,2}?(?:class|school|maths|english|science|infants|at)|"
    r"works\s+(?:at|in|for)\s+(?:the\s+)?[A-Z]\w+)\b",
)
EMPLOYER_JOB = re.compile(
    r"\b(?!(?:The|A|An|My|Our|His|Her|Their|This|That|Your|Some|Every|Any|All|Most|Such|What|"
    r"Which|These|Those|Lego|Playmobil|Spider|Iron|Bat|Super|Snow|Pac|Bogey|Gingerbread|Tin|Straw|"
    r"Retired|Former|Young|Old|Local|"
    r"Senior|Junior|Head|Chief|Staff|Student|Trainee|Agency|Night|Day|Charge|Ward|Practice|"
    r"Community|Public|Private|Lovely|Poor|Brave|Heard|Saw|Met|Had|Got|Just|Today|Tonight|"
    r"Yesterday|Thanks|Thank|Happy|Proud|Sad|Great|Shoutout|Shout)\b)(?:[A-Z][\w&'’]+)\s+"
    r"(?:(?!(?:the|and|our|his|her|their|was|were|is|are|who|that|this|with|from|for|has|had)\b)"
    r"[a-z]{3,}\s+)?(?:owner|boss|"
    r"landlord|landlady|publican|driver|greeter|worker|"
    r"employee|staffer|cashier|courier|manager|guard|cleaner|engineer|rep|pilot|mechanic|"
    r"steward|stewardess|attendant|technician|fitter|porter|chef|waiter|waitress|barman|"
    r"barista|teller|clerk|agent|operator|guy|lad|man|woman|girl|cox|coxswain|skipper|crew|"
    r"chair|chairman|principal|president|secretary|treasurer|controller|student|"
    r"delivery\s+(?:guy|man|driver))"
    r"\b"
)
# Ages said as a sentence or a pair: "He's 71", "she was 19", "both 88".
AGE_MORE = _rx(
    # ages spelled out: "Eight-year-old Maya", "a three-month-old"
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?[\s-](?:year|"
    r"month|week|day)s?[\s-]old\b",
    r"\b(?:he|she|they)(?:'s|’s|'re|’re|\s+is|\s+was|\s+are|\s+were)\s+(?:only\s+|just\s+|barely\s+)?"
    r"(?:[1-9]|[1-9]\d|1[01]\d)\b(?!\s*(?:%|/|:|\.\d|mins?\b|minutes|hours?|hrs?|days?|weeks?|"
    r"wks?|months?|kg|kilos?|lbs?|st\b|stone|cm|mm|mg|ml|x\b|times|points|percent|degrees|ft|"
    r"feet|inches|pounds|euro|quid|grand|k\b|am\b|pm\b|again\b|years?\s+ago))",
    r"\bboth\s+(?:aged\s+)?(?:[1-9]|[1-9]\d|1[01]\d)\b(?!\s*(?:%|/|:|mins?\b|hours?|days?|weeks?|"
    r"months?|kg|times))",
    r"(?<=[A-Za-z])\s*\(\s*\d{1,3}\s*(?=[,;)])|(?<=:)\s*\d{1,3}\s*(?=,)|\b\d{1,3}\s+years\s+of\s+age\b",
    r"(?<=[^\W\d_]),\s*\d{1,2}\s*(?:&|and)\s*\d{1,2}\b",
    r"(?:^|(?<=[.!?]\s))(?:[1-9]\d?|1[01]\d)\s*,\s*(?=[a-z])|(?<=[.!?]\s)(?:[1-9]\d?|1[01]\d)\.(?=\s+[A-Z])",
    r"\b(?:failure|stroke|cancer|attack|MI|arrest|dementia|diabetes|widowed|dead|died|gone)\s+at\s+"
    r"(?:[1-9]\d|1[01]\d)\b",
    r"\b[4-7]\s?(?:ft|foot|')\s?(?:\d{1,2}\b(?:\s?(?:in|inches|\"))?)?|\b(?:1[2-9]|2\d|3[0-5])\s?(?:st|stone)\b|"
    r"\b(?:[4-9]\d|1\d\d|2\d\d)\s?kg\s+(?:man|woman|lad|fella|guy|bloke|lady|gent|male|female)\b",
    r"\b(?:elderly|frail|older|young|old|retired|teenage)\s+(?:[A-Z][a-z]+\s+)?(?:man|woman|lady|"
    r"gent|gentleman|fella|lad|lass|chap|bloke|guy|girl|boy|couple)\b",
)
# A case everyone has read about, by its place ("the Wairoa crash", "That Dunedin student flat
# fire"), or a face from the telly ("the TV weatherman").
NEWS_EVENT = re.compile(
    r"\b(?:[Tt]he|[Tt]hat|[Tt]his)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:[a-z]+\s+){0,2}?(?:crash|fire|"
    r"flood|shooting|stabbing|explosion|collapse|bombing|attack|accident|pile-?up|derailment|"
    r"outbreak|blaze|sinking|stampede|crush)\b|"
    r"\b(?i:(?:TV|radio)\s+(?:weatherman|weather\s+presenter|presenter|host|personality|star|chef|"
    r"doctor|DJ)|weatherman|weathergirl)\b"
)
# Someone known for a habit the whole place has seen: "the fella who streaks at every
# Munster match", "the lady who feeds the swans at the harbour every morning".
HABIT = _rx(
    r"\bwho\s+(?:\w+\s+){1,4}?(?:at|in|on|outside)\s+(?:every|each)\s+\w+",
    r"\bwho\s+(?:\w+\s+){1,5}?every\s+(?:day|morning|night|week|sunday|saturday|match|game|mass)"
    r"\b",
    r"\b(?:who|that)\s+(?:runs|owns|manages|keeps)\s+the\s+\w+",
    r"\bfrom\s+the\s+same\s+(?:book\s+club|choir|team|class|school|club|street|estate|office|factory|"
    r"cr[eè]che|nursing\s+home|house|family|band|crew)\b",
    r"\bwho(?:'s|’s|\s+has)\s+(?:run|owned|kept|managed)\s+(?:it|the\s+\w+)\s+for\s+\d+\s+years\b",
    r"\bwho\s+(?:sleeps|begs|sits|busks|lives|stands)\s+(?:rough\s+)?(?:outside|in|at|under|on|by)\s+"
    r"the\s+\w+",
    r"\b(?:every(?:one|body)|the\s+whole\s+(?:town|village|street|parish))\s+talks\s+about\b",
    r"\bevery(?:one|body)\s+in\s+(?:our|my|the)\s+(?:year|class|school|unit|ward|team|town|village)\s+"
    r"(?:knows|will\s+know)\b",
)
# A clinical percentage in a case ("15% burns", "sats 84%") is not a statistic, and a scolding
# ("gave the robber a lecture") is no lecture: what EDUCATION must not read in a case.
CLINICAL_PERCENT = _rx(
    r"\b(?:gave|giving|got|get)\s+[^.!?\n]{0,30}?\ban?\s+(?:\w+\s+)?lecture\b",
    r"\b(?:she|he|they)(?:'s|’s|\s+is|\s+was|\s+will\s+be)\s+(?:back\s+)?teaching\b|\bteaching\s+again\b",
    r"\b(?:kids|children|people|patients|babies)\s+over\s+the\s+years\b",
    r"\b\d{1,3}\s?%\s*(?:burns?|TBSA|BSA|full[\s-]thickness|partial[\s-]thickness)\b",
    r"\b(?:sats?|SpO2|O2|FiO2|EF|HbA1c)\s*(?:of\s+|at\s+|were\s+|was\s+)?\d{1,3}\s?%",
    r"\bteaching\s+(?:assistant|hospital|ward|round)s?\b|\b(?:NICU|SCBU|PICU|unit'?s|smallest|tiniest|"
    r"littlest|youngest|earliest)\s+(?:ever\s+|newest\s+)?graduates?\b",
)
# Who the case is by surname or kin: "the Lopez family", "twin sisters".
FAMILY_MORE = re.compile(
    r"\bthe\s+[A-Z][a-z]{2,}\s+(?:family|household|twins|boys|girls|kids|brothers|sisters)\b|"
    r"\b(?i:twin\s+(?:sisters|brothers)|identical\s+twins|conjoined)\b"
)
# Clinical shorthand for a condition or injury that HEALTH (shared) does not spell out.
HEALTH_SHORTHAND = _rx(
    r"(?<!\w)#\s?(?:s|NOF|NoF|tib|fib|wrist|hip|femur|pelvis|ankle|humerus|c\d)\b|\b\w+\s+#s?\b"
    r"(?=[\s.,!?;]|$)",
    r"\b(?:pneumo|pneumothorax|metasta\w+|mets|thromboly\w+|thrombectomy|rhabdo|AKI|STEMI|"
    r"NSTEMI|CVA|TIA|SOB|RTA|RTC|MVC|MVA|GSW|OD'?d|ODed|NOF|DKA|PE|SAH|ca\b|CA\b|dx|"
    r"spiked|tried\s+to\s+(?:end\s+it|kill\s+(?:him|her|them)self|take\s+(?:his|her|their)\s+"
    r"(?:own\s+)?life)|end\s+(?:it|(?:his|her|their)\s+life)|crush(?:ed)?|pinned|trapped|"
    r"anaphyla\w+|sats?\s+\d{2}|GCS\s+\d|paged|tubed|vented|ventilated|code\s+blue|appendix|"
    r"spleen|gallbladder|tonsils|adenoids|bowel|colon|prostate|bladder|pancreas|thyroid|femur|"
    r"tibia|fibula|humerus|collarbone|clavicle|ribs?|hallucinat\w+|fitting|seizing|"
    r"parkinson'?s|disease|syndrome|disorder|diagnos\w+|abscess|cellulitis|ulcer|CT|MRI|PET|"
    r"ultrasound|echo|ECG|troponin|biopsy|results|birth|hypotherm\w*|hypo|hypoglyc\w+|salmonella|"
    r"e\.?\s?coli|norovirus|listeria|measles|mumps|whooping\s+cough|scabies|shingles|chickenpox|"
    r"food\s+poisoning|anorexi\w+|bulimi\w+|palliative|"
    r"(?:is|was)\s+(?:now\s+)?(?:stable|critical)|long\s+QT|"
    r"(?:he|she|they)(?:'s|’s|\s+is|\s+was)\s+(?:now\s+)?(?:stable|critical|comfortable)|"
    r"had\s+(?:his|her|their)\s+\w+\s+(?:out|removed|done|fixed|set|pinned|plated))\b",
)
# How the injury happened, told with its object: "pinned by his own van", "hand stuck in the
# baler", "fell through the roof of": a mechanism a neighbour would recognise.
MECHANISM = _rx(
    r"\b(?:pinned|crushed|trapped|caught|stuck|impaled|gored|kicked|bitten|thrown|fell|"
    r"knocked\s+(?:down|off|over)|run\s+over|dragged|mauled|trampled|electrocuted|scalded|"
    r"rolled|flipped|swallowed|wedged|jammed|crashed|ploughed|plowed|reversed|skidded|hit|drove|"
    r"drove\s+off|slipped|collapsed|fall)\s+"
    r"(?:\w+\s+){0,2}?(?:by|under|in|into|off|from|"
    r"through|on|onto|between|inside|down)\s+(?:a|an|the|his|her|their|its)\s+(?:own\s+)?"
    r"(?:\w+\s+)??\w+",
    r"\b(?:born|delivered|deliver(?:ed|ing)\s+a\s+baby|gave\s+birth|birth)\b[^.!?\n]{0,40}\b(?:car|taxi|"
    r"uber|cab|lift|elevator|toilet|bathroom|kitchen|hallway|car\s+park|lay-?by|roadside|"
    r"motorway|train|plane|flight|bus|shop|supermarket|field|beach)\b",
    r"\b(?:swallowed|inhaled)\s+(?:\d+|a|an|his|her|their)\s+(?:\w+\s+)?\w+",
    r"\b(?:held\s+up|robbed|mugged|carjacked|at\s+(?:knife|gun)point|glassed|bottled)\b",
)
# The author's unit said as "was us", "in with us", "landed in", "rocked up", a crew handing
# someone over, or a patient called by their injury ("the lady with the # wrist"): an encounter.
ENCOUNTER_MORE = _rx(
    r"\b(?:is|was|are|were)\s+(?:all\s+)?mine\s+(?:in|on|now|tonight|today)\b",
    r"\b(?:is|was|are)\s+my\s+(?:\d{1,2}(?:[:.]\d\d)?\s?(?:am|pm|o'?clock)?|next|first|last)\s*"
    r"(?:patient|appointment|one|case|slot)?\b(?!\s*(?:day|week|shift|night|coffee|break))",
    r"\b(?:now|still|both)\s+(?:in|on)\s+(?:ICU|ITU|HDU|PICU|NICU|resus|theatre|the\s+ward|our\s+\w+)\b",
    r"\b(?:came|come|brought|sent)\s+to\s+us\b|\b(?:rounding|rounded|reviewing)\s+on\s+(?:a|an|the|"
    r"our|my|this|that)\b|\bpost[\s-]?op\s+day\s+\d",
    r"\b(?:section|sectioned|sedate|restrain|restrained|detain|detained)\s+(?:a|an|the|our|my|this|"
    r"that)\b|\brolls\s+in\b",
    r"\bspent\s+(?:the\s+\w+|my\s+\w+|\w+\s+hours?)\s+(?:with|sitting\s+with)\s+(?:the|a|an)\b|"
    r"\b(?:he|she|they)(?:'s|’s|'re|\s+is|\s+are)\s+(?:now\s+)?(?:palliative|dying|terminal|end\s+of\s+life)\b",
    r"\bI\s+was\s+on\s+the\s+(?:team|crew|call|job|shift|rota)\b|\bis\s+(?:now\s+)?(?:stable|critical)\s+"
    r"(?:after|following|in|on|and)\b",
    r"\b(?:until|till|til|when|before|by\s+the\s+time)\s+we\s+(?:arrived|got\s+there|got\s+on\s+scene|"
    r"landed)\b|\b(?:was|is|were|are)\s+(?:one\s+of\s+)?ours\b",
    r"\b(?:he|she|they)(?:'s|’s|'re|\s+is|\s+was|\s+are)\s+(?:now\s+|still\s+)?(?:stable|critical|"
    r"intubated|sedated|comfortable|awake|conscious|ventilated|post[\s-]?op|in\s+(?:CCU|HDU|ITU|"
    r"ICU|NICU|PICU))\b",
    r"\bbaby\s+(?:boy|girl)\b|\b\d(?:\.\d)?\s?kg\s+(?:boy|girl|baby)\b|\bhome\s+birth\b|"
    r"\bborn\s+before\s+arrival\b",
    r"\b(?:was|were|is|are)\s+back\s+(?:again|in|today|tonight)\b|\b(?:he|she|they)(?:'s|’s|"
    r"\s+has|'ve|\s+have)\s+been\s+in\s+(?:\d+|again|twice|three|four|five|six)\b",
    r"\b(?:physio|nurse|nursing|midwife|midwifery|dentist|dental|GP|doc|doctor|medic|paramedic|"
    r"radiographer|radiology|pharmacist|pharmacy|surgeon|ICU|ED|A&E|ward|clinic|psych|locum|OT|"
    r"SLT|theatre|resus|ambo|EMS|hospice|district\s+nurse|community)\s+(?:notes|diaries|diary|"
    r"life|confessions?|update|log|files|chronicles|moments?|stor(?:y|ies)|vibes)\s*:",
    r"\b(?:PM|post[\s-]?mortem|autopsy)\s+(?:today\s+|this\s+morning\s+|yesterday\s+)?on\s+(?:a|an|the)\b",
    r"\b(?:in|at)\s+(?:A&E|ED|ER|resus|majors|minors|ICU|the\s+ED|the\s+ER)\s+(?:\w+\s+){0,3}?"
    r"with\s+(?:the|a|an|this|that|two|three|\d)\b",
    r"\b(?:ambo|ambos|ambulance|crew|paramedics|medics|HEMS|coastguard)\s+(?:\w+\s+){0,2}?"
    r"(?:dropped|brought|wheeled)\s+(?:off|in|over)\b",
    r"\bwith\s+the\s+(?:#\s?\w+|\w+\s+#|broken\s+\w+|fractured\s+\w+|dislocated\s+\w+|"
    r"dog\s+bite|\w+\s+(?:fracture|laceration|wound|burns?|bite|abscess))",
    r"\b(?:that|this|it)\s+was\s+us\b|\bin\s+with\s+us\b|\bwith\s+us\s+(?:since|for|now|"
    r"tonight|today)\b|\b(?:landed|rocked|turned|showed|pitched)\s+(?:up\s+)?(?:in|into|at)\s+"
    r"(?:with\s+us|our|my|the\s+(?:ED|ER|A&E|ward|unit|surgery|practice|clinic|resus)|resus)\b",
)
# A colleague of the author's own hospital as the patient, or a colleague's family: known to
# every colleague ("our receptionist's husband came in with chest pain"), or someone the author
# grew up with ("a guy I went to primary school with"), or "a med student at my school".
COLLEAGUE_PATIENT = _rx(
    r"\bwho\s+(?:cleans|works\s+(?:on|in|at)|runs|staffs)\s+our\s+\w+[^.!?\n]{0,60}\bas\s+a\s+patient\b",
    r"\b(?:an?|one\s+of\s+(?:our|my))\s+(?:\w+\s+)?(?:student|reg|registrar|nurse|doctor|colleague|"
    r"resident|intern|fellow|consultant|HCA|porter|SHO|paramedic|midwife|physio)s?\s+(?:at|from|in|on)\s+"
    r"(?:my|our)\s+(?:school|place|hospital|unit|ward|year|class|team|practice|station|department)\b"
    r"[^.!?\n]{0,60}\b(?:admitted|patient|in\s+(?:ICU|resus|theatre)|on\s+our\s+\w+)",
    r"\bi\s+(?:went\s+to\s+(?:primary\s+|secondary\s+|high\s+|national\s+)?school|grew\s+up)\s+"
    r"with\b|\b(?:my|an)\s+old\s+(?:\w+\s+)?(?:classmate|schoolfriend|school\s+friend|teacher)\b",
    r"\bmy\s+own\s+(?:old\s+)?(?:(?:primary|secondary|high|national)\s+school\s+)?(?:principal|teacher|"
    r"dentist|GP|landlord|landlady|boss|neighbou?r|coach|priest|barber|hairdresser|mechanic|"
    r"accountant|solicitor|bank\s+manager|lecturer|tutor)(?:'s|’s)?\b",
    r"\b(?:our|my)\s+(?:own\s+)?(?:receptionist|secretary|ward\s+clerk|porter|nurse|colleague|"
    r"reg|registrar|consultant|HCA|manager|boss|cleaner|pharmacist|GP|practice\s+manager|"
    r"matron|midwife|physio|neighbou?r|landlord|landlady)(?:'s|’s)\s+(?:husband|wife|son|"
    r"daughter|mum|mam|mom|dad|father|mother|partner|baby|kid|boy|girl|brother|sister|"
    r"granny|grandad|fianc[eé]e?)\b[^.!?\n]{0,40}?\b(?:came\s+in|was\s+brought\s+in|brought\s+in|"
    r"admitted|in\s+resus|in\s+(?:ICU|ITU|theatre|ED|A&E|majors)|on\s+(?:our|my|the)\s+(?:\w+\s+)?"
    r"(?:ward|unit|list)|(?:my|our)\s+patient|under\s+(?:my|our)\s+care)\b",
    r"\b(?:nurse|doctor|colleague|porter|paramedic|consultant|reg|registrar|HCA|midwife|physio|"
    r"cleaner|surgeon|SHO|intern|resident|pharmacist|radiographer|secretary|clerk)\s+(?:from|on|"
    r"in|at|of)\s+(?:our|my)\s+own\s+(?:hospital|ward|unit|team|department|dept|practice|"
    r"station|floor|service|ICU|ED)\b",
)
# The author's own feat told first ("Ran the Dublin marathon yesterday", "I climbed Croagh
# Patrick today"): the person in the post is the author, not a patient.
OWN_ACTIVITY = _rx(
    r"(?:^|[.!?]\s+)(?:i\s+(?:just\s+|finally\s+)?|just\s+|finally\s+)?(?:ran|did|finished|"
    r"completed|climbed|swam|cycled|walked|hiked|rowed|raced|survived|smashed|conquered)\s+"
    r"(?:the|my|a|an|my\s+first)\b",
)
# Someone new to the place, or who cannot speak its language: few in a town fit ("the
# Ukrainian boy who arrived last month", "no English, wife translating").
NEWCOMER = _rx(
    r"\b(?:arrived|moved\s+here|came\s+over|landed)\s+(?:here\s+|in\s+\w+\s+)?(?:only\s+)?"
    r"(?:last|this)\s+(?:week|month|year|summer|spring|autumn|fall|winter)\b",
    r"\b(?:doesn'?t|does\s+not|can'?t|cannot)\s+speak\s+(?:any\s+|a\s+word\s+of\s+)?English\b|"
    r"\bno\s+English\b|\b(?:refugee|asylum\s+seeker)\b",
    r"\b(?:getting\s+married|got\s+engaged|(?:her|his|their)\s+wedding|honeymoon|first\s+day\s+(?:at|in)\s+"
    r"(?:the|her|his|a)\s+(?:new\s+)?(?:job|school|work)|just\s+retired|newly\s+qualified)\b",
    r"\b(?:in|with|wearing)\s+the\s+(?:\w+\s+)?(?:yellow|red|blue|green|pink|purple|orange|black|white|"
    r"grey|gray|brown|tartan|leopard|sequin\w*|flat|cowboy|bobble|high-vis|hi-vis)\s+(?:coat|jacket|"
    r"shirt|hat|cap|dress|scarf|boots|wellies|hair|beard|jumper|hoodie|tracksuit)\b",
)
# A statistic or a call to everyone, in the shapes EDUCATION (the shared one) leaves out:
# "dies of cervical cancer every week in Ireland. Get your smear."
EDUCATION_MORE = _rx(
    r"\b(?:every|each|a|per)\s+(?:week|day|month|hour|minute)\s+(?:in|across|around)\b",
    r"\b(?:are|is|will\s+be)\s+(?:doing|running|holding|hosting)\s+an?\s+\w+|\b(?:bring\s+the\s+kids|all\s+"
    r"welcome|come\s+along|see\s+you\s+there)\b",
    r"\b(?:get|book)\s+your\s+(?:smear|jab|vaccine|booster|flu\s+shot|bloods|check|mammogram|"
    r"screening|test)\b",
    r"\b(?:cases|deaths|admissions|outbreaks?)\s+(?:in\s+\w+\s+)?(?:(?:are|is|have|has)\s+)?(?:up|down|"
    r"rising|rose|risen|fell|falling|doubled|now\s+at|reached)\b|\bcheck\s+(?:your|their)\s+(?:\w+'?\s+)?"
    r"(?:\w+\s+)?status\b|\bwith\s+your\s+(?:own\s+)?(?:GP|doctor|pharmacist|dentist)\b|"
    r"\bplease\s*[:,.!-]?\s+(?:don'?t|do\s+not|never|always|make\s+sure|wear|learn)\b|(?:^|[.!?:]\s*)(?:don'?t|never)\s+(?:use|cut|give|put|apply|leave|ignore|wait|"
    r"drive|swim|let)\b",
)
# Someone's feat celebrated ("ran his 50th marathon", "finished her first triathlon"): news
# about a person, not a case.
FEAT = _rx(
    r"\b(?:ran|finished|completed|won|climbed|swam|cycled|rowed)\s+(?:his|her|their|my)\s+"
    r"(?:\d+(?:st|nd|rd|th)|first|first\s+ever|second|third|hundredth)\b",
    r"\b(?:donated|donating|raised|raising|fundrais\w+|sponsor(?:ed|ship)?|is\s+running\s+the|"
    r"are\s+running\s+the|visit(?:ed|ing)?\s+the\s+(?:children'?s\s+)?ward\s+(?:today|with))\b",
    r"\b(?:cheer(?:ing)?\s+(?:them|him|her|the\s+\w+)\s+on|best\s+of\s+luck\s+to)\b",
)
# The author says outright there is no case: "Not a patient, just a fan", "Nothing medical",
# or the people are on the telly: "so we can all watch".
NOT_A_CASE = _rx(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+(?:different|separate)\s+(?:patients|"
    r"people|kids|children|toddlers|babies|teens|teenagers|families|men|women|lads|girls|boys|"
    r"drivers|riders|players|farmers|workers|students|mums|dads|grannies|pensioners)\b|"
    # a unit's audit over many patients: "we audited our ED: 61% of stab wounds..."
    r"\b\d{1,3}(?:\.\d)?\s?%\s+of\s+(?:\w+\s+){0,3}?(?:patients|pts|cases|admissions|attendances|"
    r"wounds|injuries|fractures|kids|children|women|men|people|babies|deaths|referrals|"
    r"presentations)\b|\bwe\s+audited\b|\b(?:an|our|the)\s+audit\s+(?:of|on)\b|"
    r"\b(?:not\s+(?:a|my|our)\s+patient|nothing\s+medical|not\s+(?:a\s+)?work[\s-]related|"
    r"just\s+a\s+fan|(?:so\s+)?we\s+can\s+(?:all\s+)?watch)\b",
    r"\bvisit(?:ed|ing)?\s+the\s+(?:children'?s\s+)?ward\s+(?:today\s+)?with\b",
    r"\bvisit(?:ed|ing|s)?\s+(?:our|the)\s+(?:\w+\s+)?(?:ER|ED|A&E|ward|unit|hospital|clinic|practice|"
    r"department)\s+(?:today\s+|this\s+\w+\s+)?(?:to|and)\s+(?:talk|see|meet|hear|thank|open|launch|"
    r"discuss|listen)\b",
)
# A colleague's own life event ("our practice nurse had twin girls on Tuesday"): their news,
# told by a co-worker, not a patient's case.
COLLEAGUE_NEWS = _rx(
    r"\b(?:our|my)\s+(?:\w+\s+)?(?:nurse|doctor|colleague|reg|registrar|consultant|receptionist|"
    r"secretary|clerk|manager|midwife|physio|pharmacist|HCA|porter|SHO|intern|GP|boss|matron|"
    r"team\s+lead)(?:'s\s+(?:husband|wife|partner))?\s+(?:\w+\s+)?(?:had\s+(?:a\s+|her\s+|his\s+|"
    r"their\s+)?(?:baby|twins|twin|boy|girl|son|daughter)|welcomed|is\s+expecting|got\s+(?:married|"
    r"engaged)|retired|retires|is\s+retiring|graduated|passed)\b",
    r"\bwelcom(?:e|ing)\s+(?:\w+\s+){0,2}?(?:new\s+)?(?:nurses?|doctors?|staff|colleagues?|interns?|"
    r"residents?|students?|team\s+members?|HCAs?|midwives|physios?|SHOs?|regs?|consultants?|"
    r"recruits?)\b",
    r"\b(?:with|to|for)\s+the\s+best\s+(?:\w+\s+)?(?:nurse|nurses|doctor|doctors|team|midwife|"
    r"midwives|reg|consultant|porter|HCA|colleague|colleagues|crew|boss|surgeon|anaesthetist)\b",
)
# A generic person with a modal ("A child can drown in 2 inches of water"): a warning to all.
GENERIC_PERSON = _rx(
    r"(?:^|[.!?]\s+)(?:an?|any|your|every)\s+(?:\w+\s+)?\w+\s+(?:can|could|may|might|should|"
    r"needs?|must)\b",
    # a hypothetical person: "If a pilot did this it would be front page news"
    r"\bif\s+(?:an?|any)\s+(?:\w+\s+)?\w+\s+(?:did|had\s+to|were|was|tried|worked|flew|drove)\b",
)
# A unit of the author's with its kind in between ("our fracture clinic", "my Monday list"),
# or a ward by its code ("on 5B", "ward 7B"): the same weak place as UNIT_ONLY.
UNIT_MORE = re.compile(
    r"\b(?:our|my)\s+[a-z]+\s+(?:clinic|ward|unit|list|theatre|practice|surgery|service)\b|"
    r"\bon\s+\d{1,2}[A-H]\b|\bward\s+\d{1,2}[A-H]?\b|"
    # an event's own clinic: "Glasto medical tent update", "the first aid tent at the show"
    r"\b(?:medical|med|first[\s-]aid|welfare|medics?)\s+tent\b",
    _I,
)
# People the SEX and AGE lists leave out: counted plurals ("both girls", "two lads"), and
# words for an older or younger person. ("the girls" alone is usually the author's friends.)
PERSON_MORE = _rx(
    r"\b(?:both|two|three|four|\d)\s+(?:\w+\s+)?(?:girls|boys|lads|lasses|women|men|kids|"
    r"children|teens|teenagers|brothers|sisters|siblings)\b|\bteenage\s+\w+|\bcouple\b|"
    r"\bfoster\s+(?:mum|mom|mother|dad|father|parent|carer)s?\b|\b(?:youngster|pensioner|OAP|homeless|hoarder|recluse|"
    r"rough\s+sleeper)\b",
    r"\b(?:the|a|an|one|our|this|that)\s+(?:\w+\s+)?(?:rider|cyclist|biker|motorcyclist|runner|jogger|"
    r"hiker|hillwalker|climber|swimmer|surfer|kayaker|skier|snowboarder|diver|skater|horse\s+rider)s?\b",
    # an elder by the word the community uses ("the elder who made my parka", "the gogo who
    # brings us vetkoek"), a pupil by school year ("grade 1 learner", "Year 9 girl")
    r"\b(?:the|an?|one|our|this|that)\s+(?:\w+\s+)?(?:elder|gogo|mkhulu|mzee|ouma|oupa|kuia|"
    r"kaumātua|kaumatua)\b|\b(?:grade|year|yr|class|standard|form)\s+\d{1,2}\s+(?:learner|pupil|"
    r"student|girl|boy|kid|child)\b",
)
# The one person of a kind in a place: "the only CF kid in Belmullet", "the only Black family
# on the island". One person answers it.
ONLY_ONE = _rx(
    r"\bthe\s+only\s+(?:[\w-]+\s+){0,3}?(?:kid|child|boy|girl|man|woman|person|patient|lady|"
    r"fella|lad|family|teen|teenager|baby|farmer|one|couple|twins)\s+(?:in|on|at|from|within)\b",
)
# The author's own parent named by the kin word alone, as a name ("Dad had a stroke on
# Tuesday", "Mam's home!"): OWN_FAMILY's "my" is left out.
OWN_FAMILY_BARE = re.compile(
    r"(?:^|[.!?]\s+|\n)(?:Dad|Mum|Mam|Mom|Da|Granny|Nana|Nan|Grandad|Grandma|Grandpa)(?:'s|’s)?\b"
)
