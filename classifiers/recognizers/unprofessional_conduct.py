"""Conduct: the author drunk, high or hungover near duty, unsubstantiated treatment claims or
advertising, and dishonest or unsafe conduct the author admits to.

Intoxication is the lapse boards were third most likely to investigate (Greysen et al. 2013:
73%), but "wine o'clock after nights" is not it and "the drunk lad in resus" is the patient,
not the author. So the author must be the drinker (first person, or a subject-less "still
drunk"), and duty must be near: before or during a shift, on call, on the ward round. Claims
need a cure-like promise ("reverses diabetes", "miracle", "guaranteed"); ordinary service
adverts ("physio now on Saturdays") are fine, and debunking a claim is the opposite of making it.
Misconduct is recognised by the act, not by a word list of scandals: a record written for
something that never happened (charted, backdated, copied, made up), billing for what was not
done, money or gifts taken to move someone up the list, a safety check skipped, a colleague's
login used, drugs taken from work. Reporting, condemning or teaching about such acts ("a nurse
was struck off for...", "never backdate a note") is not admitting them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from classifiers import anchors, cues, lexicons
from classifiers.base import PostContext, Recognizer
from classifiers.findings import Finding
from classifiers.rules import (
    UNPRO_CLAIMS,
    UNPRO_INTOXICATION,
    UNPRO_MISCONDUCT,
    UNPRO_PATIENT_IMAGE,
)
from scanner.models import Post

_I = re.IGNORECASE
AUTHOR_STATE = re.compile(
    r"\b(?:i'?m|im|i\s+am|i\s+was|i\s+got|got|getting|we\s+(?:were|got)|was|feeling|still|"
    r"bit|slightly|totally|properly|absolutely)\s+(?:so\s+|a\s+bit\s+|well\s+|still\s+)?"
    r"(?:wasted|smashed|locked|high|baked|stoned|tanked|pissed|drunk|hungover|tipsy|hammered|"
    r"wrecked|steaming|blazed|"
    r"buzzed|plastered|langers|twisted|off\s+my\s+(?:face|head|tits))\b",
    _I,
)
DUTY = re.compile(
    r"\b(?:on[\s-]?call|before\s+(?:my\s+|the\s+|a\s+)?(?:nights?|night\s+shift|shift|work|"
    r"theatre|clinic|ward\s+round|list|handover|surgery|the\s+round|going\s+in)|"
    r"on\s+(?:the\s+)?(?:ward\s+round|wards?|shift|nights|duty|the\s+unit|the\s+floor)|"
    r"at\s+work|during\s+(?:my\s+|the\s+)?(?:shift|nights?|round|clinic|surgery|theatre|list)|"
    r"in\s+(?:theatre|clinic|resus|the\s+OR|surgery)|ward\s+round|handover|bleep|pager|"
    r"start(?:ing)?\s+(?:my|a|the)\s+(?:shift|nights|day\s+shift|night\s+shift)|(?:got|get|was|being)\s+called\s+in|"
    r"(?:shift|nights?)\s+(?:starts?|in\s+\d+)|"
    r"in\s+(?:an?|\d+)\s+hours?|operating|scrubbed|driving\s+in|back\s+in\s+work|"
    r"between\s+(?:cases|patients|lists|theatre\s+cases)|drove\s+(?:home|back|in)|driving\s+home|"
    r"\d{1,2}\s?am\s+(?:clinic|list|start|handover|shift|ward\s+round|theatre|case)|call\s+tonight|"
    # a start time, the drug round, the MDT, duty by name: "before my 7p start", "night duty"
    r"\d{1,2}(?::\d{2})?\s?(?:am|pm|a|p)\s+(?:start|shift)|(?:drug|med(?:ication|s)?)\s+(?:round|pass)|MDT|"
    r"in\s+the\s+(?:cab|rig|ambulance)\b|don'?t\s+tell\s+control|"
    r"(?:night|day|ward|OPD|casualty|emergency)\s+duty|pre[\s-]shift|"
    # the duty's start told plainly, and the shift by its Portuguese name: "my duty started 6am",
    # "back to the plantão"
    r"(?:my|the)\s+duty\s+(?:starts?|started|begins?|began|is\s+at)|plant[aã]o|"
    # an emergency call for any doctor present: "the crew asked if there was a doctor on board"
    r"(?:asked|called|calling|call|shouted|put\s+out\s+a\s+call)\s+(?:out\s+)?(?:if\s+there\s+was\s+|for\s+)"
    r"a\s+doctor|is\s+there\s+a\s+doctor)\b",
    _I,
)
NOT_AUTHOR = re.compile(
    r"\b(?:drunk|intoxicated|hungover|stoned|high)\s+(?:patient|pt|lad|guy|man|woman|girl|"
    r"driver|people|punters?|students|crowd|folks?|teens?)|\b(?:patient|pt|he|she|they|"
    r"lad|guy|man|woman)\s+(?:was|were|is|are)\s+(?:so\s+|very\s+|completely\s+)?(?:drunk|"
    r"intoxicated|high|stoned|wasted|smashed|hungover)|\bdrunk\s+driv\w+|\b(?:high|low)\s+"
    r"(?:risk|dose|flow|BP|blood|sugar|fever|temp|grade|quality|pressure|on\s+the\s+list)\b",
    _I,
)
AFTER_DUTY = re.compile(
    r"\b(?:after\s+(?:my\s+|the\s+|a\s+|our\s+|this\s+|that\s+)?(?:(?:last|final|long|late)\s+)?(?:nights?|shift|work|a\s+long\s+\w+|clinic|call|handover|list|"
    r"theatre|(?:ward\s+)?round|on[\s-]?call)|"
    r"post[\s-]?nights?|finished\s+(?:my\s+|the\s+|our\s+)?(?:(?:\d|two|three|four|five|six|seven)\s+)?"
    r"(?:(?:last|final|long)\s+)?(?:nights?|"
    r"night\s+shift|shift|work|on[\s-]?call|list|clinic)|day\s+off|days\s+off|annual\s+"
    r"leave|on\s+holiday|weekend\s+off|off\s+duty|wine\s+o'?clock|celebrat\w+|wedding|"
    r"graduation|christmas\s+party|clinic\s+closed|closed\s+for\s+the|(?:on[\s-]?call\s+)?done\s+with\s+(?:on[\s-]?call|nights|the\s+shift|call)|"
    r"(?:nights|shift|on[\s-]?call\s+(?:weekend|week|shift))\s+done|swapped\s+(?:my\s+|the\s+)?"
    r"on[\s-]?call|not\s+on\s+call|off\s+call|anniversary|"
    r"(?:on[\s-]?call|the\s+shift|nights|the\s+week|the\s+rota)\s+(?:is|are)\s+(?:finally\s+)?(?:over|done|"
    r"finished)|off\s+(?:till|until)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b",
    _I,
)
DEBUNK = re.compile(
    r"\b(?:no\s+such\s+thing|there\s+is\s+no|there'?s\s+no|isn'?t\s+a|beware|don'?t\s+(?:fall|"
    r"believe|buy)|scam|scams|myth|myths|misinformation|snake\s+oil|quack\w*|claims?\s+(?:that|"
    r"to)|claiming|promis\w+\s+to|(?:no|zero|little)\s+evidence|not\s+(?:proven|evidence)|"
    r"debunk\w*|fact[\s-]?check|be\s+(?:wary|careful|sceptical|skeptical)|red\s+flag|"
    r"report\w*\s+(?:to|them)|advertising\s+standards|ASA|FDA\s+warn\w*|if\s+it\s+sounds\s+too|"
    r"evidence\s+(?:is|isn'?t)|whatever\s+the\s+(?:ads|adverts|influencers|labels?)\s+say|"
    # "no pill, supplement or app reverses it": the claim denied
    r"no\s+(?:[\w-]+,?\s+(?:or\s+)?){1,4}?(?:reverses?|cures?|heals?|fixes|regrows?|eliminates?)|"
    # a claim reported as someone else's: "the tiktok 'doctor' who says ivermectin cures everything"
    r"(?:who|that)\s+(?:says|claims|insists|swears)|"
    # the promise pinned on someone else: "anyone promising guaranteed results is selling something"
    r"(?:anyone|anybody|someone|people|those|clinics?)\s+(?:who\s+(?:is|are)\s+|who\s+)?(?:promis\w+|"
    r"guarantee\w*|claim\w*)|(?:is|are)\s+selling\s+(?:something|you\s+something|snake))\b|"
    # a title in scare quotes, outside the word boundaries (a quote mark has none after it)
    r"['‘\"“](?:doctor|expert|nutritionist|guru|wellness\s+coach)['’\"”]",
    _I,
)

# "No detox required" debunks when nothing is sold; in an advert ("no insurance needed, book
# with code HEAL20") it is part of the pitch.
WEAK_DEBUNK = re.compile(
    r"\b(?:no\s+\w+\s+(?:required|needed|necessary)|don'?t\s+need\s+(?:a\s+|to\s+)?\w+)\b", _I
)

# Broader duty words: any clinical work named in the same post as the drinking ("3 beers at lunch,
# reckon I'll be right for the afternoon clinic"); AFTER_DUTY still rules out "after nights".
_WORK_NEAR = re.compile(
    r"\b(?:(?:afternoon|morning|evening|\d{1,2}\s?(?:am|pm))\s+(?:clinic|list|shift|surgery|"
    r"theatre|round)|"
    r"clinic|shift|nights|ward|wards|theatre|the\s+OR|list|root\s+canal|patients?|surgery|"
    r"first\s+shift\s+back|epidurals?|call|rota|appointments|big\s+case|home\s+visits?|(?:a|the|my|next)\s+case|"
    r"locker\s+room|consults?|consultations|colonoscop\w+|endoscop\w+|rotation|scrubs|M&M|"
    r"putting\s+(?:people|patients|them|folk)\s+(?:to\s+sleep|under)|operat\w+|appendix|scar|"
    # procedures and rounds named as the next job: "doing vaccines", "a c-section", "an LP"
    r"vaccines|vaccinations|jabs|c-?sections?|caesareans?|lumbar\s+punctures?|epidural|MDT|"
    r"(?:drug|med)\s+round|"
    # the dental chair's work, and the night shift as one word or by its desk
    r"dentures|fillings|extractions|implants|crowns|nightshift|nurses'?\s+station|"
    # the take: "the 2am admissions", "clerked 6 patients"
    r"admissions|clerking|clerked|post[\s-]?take)\b",
    _I,
)


# Still under the influence, said without the classic words: "still over the limit for clinic",
# "running on whatever is left in my bloodstream", "the mess party went a bit far".
STILL_UNDER = re.compile(
    r"\b(?:(?:still\s+)?over\s+the\s+limit|still\s+(?:a\s+bit\s+|slightly\s+)?(?:merry|tipsy|"
    r"buzzing|drunk|smashed|wrecked|hanging(?!\s+(?:around|about|on|out|in|over\s+(?:us|me|the)))|"
    r"seeing\s+double)|whatever\s+(?:is|'s)\s+(?:left|still)\s+"
    r"in\s+my\s+(?:blood(?:stream)?|system|veins)|(?:stayed|was)\s+out\s+(?:till|until)\s+\d|"
    r"(?:mess|work|department|dept|leaving|christmas|xmas)\s+(?:party|do|drinks)\s+(?:went|got)\s+"
    r"(?:a\s+bit\s+|a\s+little\s+)?(?:far|messy|wild|out\s+of\s+hand|too\s+far)|no\s+idea\s+how\s+I\s+"
    r"got\s+(?:there|here|home)|woke\s+up\s+(?:on|in)\s+(?:someone'?s|a\s+stranger'?s)\s+(?:couch|sofa|"
    r"floor|bath|bed)|can'?t\s+remember\s+(?:last\s+night|getting\s+home)|hair\s+of\s+the\s+dog|"
    r"beer\s+garden|boozy\s+lunch|liquid\s+lunch|bottomless\s+brunch|pub\s+lunch|"
    r"(?:\w+\s+)?(?:prosecco|bourbon|tequila|whiske?y|vodka|rum|gin|wine|cocktails?|pints?|beers?)\s+deep|"
    r"(?:nip|dram|swig|shot|slug)\s+of\s+(?:bourbon|whiske?y|vodka|gin|rum|brandy|tequila|the\s+good\s+stuff)|"
    r"still\s+(?:a\s+bit\s+|slightly\s+)?(?:giggly|wobbly|tiddly|squiffy|fuzzy)\s+from\s+(?:the|last|that)\b|"
    r"(?:\d+|two|three|four|a\s+few|couple(?:\s+of)?|a\s+couple\s+of)\s+(?:espresso\s+)?(?:martinis|mimosas|"
    r"negronis|spritz(?:es)?|aperols?|margs|daiquiris|mojitos)|"
    r"edible(?:s|'s|\s+has)?\s+(?:just\s+|finally\s+)?(?:kicked|kicking|hit|hitting)|"
    r"opened\s+(?:a|the)\s+(?:good\s+|nice\s+|second\s+|posh\s+)?(?:red|white|rosé|rose|wine|bottle|"
    r"prosecco|bubbly|champagne|whiske?y)|"
    r"(?:wine|beers?|pints?|G&Ts?|cocktails?|prosecco|a\s+bottle)\s+(?:with|at|over)\s+lunch|(?:fuzzy|foggy|rough|dusty|seedy|delicate)\s+after\s+(?:the\s+)?"
    r"(?:mess\s+party|party|night\s+out|wedding|hen|stag|do|session|pub)|(?:long|boozy)\s+lunch\s+at\s+the\s+"
    r"(?:vineyard|winery|pub|brewery|bar)|"
    # the night before still on the tongue: "can still taste last night's tequila"
    r"(?:still|can\s+still)\s+(?:taste|smell)\s+(?:last\s+night'?s\s+|(?:the|that|those)\s+)?(?:\w+\s+)?"
    r"(?:tequila|vodka|wine|gin|beers?|pints?|whiske?y|rum|prosecco|shots|sambuca|jager\w*|cider)|"
    r"still\s+feeling\s+(?:last|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s+night|hip\s+flask|"
    r"still\s+lasing|lasing\s+pa|"  # Tagalog: "still drunk"
    # the night before, in the words of the morning after: "still a bit wavy from last night's sesh"
    r"(?:wavy|fragile|seedy|dusty|rough|ropey|ropy|dying|broken)\s+from\s+(?:last\s+night'?s|the|that|"
    r"yesterday'?s|saturday'?s|friday'?s)\s+(?:sesh|session|night\s+out|party|bender|drinks|piss[\s-]up)|"
    r"still\s+(?:a\s+bit\s+|slightly\s+)?(?:high|buzzing|coming\s+down)\s+from\s+(?:the|last|that|his|her|"
    r"my)\s+(?:weekend|night|party|festival|rave|sesh)|"
    # a count that is already running: "on my 4th glass of red", "3 gummies deep"
    r"on\s+my\s+(?:\d(?:st|nd|rd|th)|second|third|fourth|fifth|sixth)\s+(?:glass|pint|beer|drink|G&T|"
    r"gin|vodka|cocktail|margarita)\b(?!\s+of\s+(?:water|juice|milk|coffee|tea|squash|coke|red\s+bull|"
    r"blood))|"
    r"(?:\d+|two|three|four|five|a\s+few)\s+(?:gumm(?:y|ies)|edibles?|drinks|cans|tins)\s+deep)\b",
    _I,
)
# Drugs taken from the ward's stock for the author's own use.
WARD_STOCK_USE = re.compile(
    r"\b(?:taking|took|take|nicking|nicked|using|pinching|pinched|borrowing|borrowed|helping\s+myself"
    r"\s+to|helped\s+myself\s+to|popping|popped)\s+(?:a\s+couple\s+of\s+|a\s+few\s+(?:of\s+)?|some\s+(?:of\s+)?)?(?:the\s+)?(?:ward'?s|clinic'?s|"
    r"unit'?s|theatre'?s|stock|hospital'?s|patients?'?|practice'?s)\s+(?:\w+\s+)?(?:diazepam|valium|"
    r"codeine|oxy\w*|tramadol|morphine|benzos|lorazepam|zopiclone|temazepam|midazolam|ketamine|"
    r"fentanyl|propofol|gabapentin|pregabalin|sleeping\s+(?:tablets|pills)|painkillers|ozempic|wegovy|"
    r"mounjaro|semaglutide|tirzepatide|botox)(?:\s+pens)?\b",
    _I,
)

# The author's old lapse told as a warning: "lesson learned, never again".
_LESSON = re.compile(
    r"\b(?:lesson\s+learn(?:ed|t)|learn(?:ed|t)\s+(?:my|that)\s+lesson|don'?t\s+be\s+like\s+me|"
    r"don'?t\s+do\s+what\s+I\s+did)\b",
    re.IGNORECASE,
)

# ... and the marks that it is an old story, not tonight's: "in 2009", "years ago", "my first
# shift", "as a student". Without one, "lesson learned" does not excuse drinking now.
_PAST_LAPSE = re.compile(
    r"\b(?:(?:in|back\s+in)\s+(?:19|20)\d\d|\d+\s+years?\s+ago|years\s+ago|once|back\s+(?:then|in)|"
    r"(?:my|the)\s+first\s+(?:ever\s+)?(?:shift|job|day|week|night|placement|rotation)|"
    r"as\s+an?\s+(?:student|intern|F1|FY1|junior|SHO|newbie|new\s+grad)|when\s+I\s+was\s+(?:a|an|young)|"
    r"used\s+to)\b",
    re.IGNORECASE,
)

# A reading that can be "still high": then "high" is about the patient's numbers.
_MEASURE = re.compile(
    r"\b(?:BP|blood\s+pressure|readings?|sugars?|glucose|temp|temperature|levels?|potassium|sodium|"
    r"INR|CRP|troponin|cholesterol|HbA1c|fever|heart\s+rate|pulse|lactate|creatinine|dose|risk)\b",
    _I,
)

# Duty that is now or next whatever the party ("on call for epidurals tonight and I've had 3
# glasses of wine at my sister's wedding"): the after-duty guard does not apply.
_DUTY_NOW = re.compile(
    r"\b(?:(?<!not\s)(?<!off\s)(?<!with\s)on[\s-]?call\s+(?:for|tonight|now|till|until)|still\s+on\s+call|"
    r"I'?m\s+on\s+call|on[\s-]?call\s+from\s+home|"
    r"hope\s+(?:nobody|no\s+one)\s+(?:labours|comes|arrests|calls|bleeps)|drove\s+(?:home|back)|"
    r"between\s+cases)\b",
    _I,
)


# A cure promised in looser words; only a claim when the post also sells something.
BROAD_CLAIM = re.compile(
    r"\bcur(?:es|ed|e|ing)\b|\bresults\s+in\s+(?:just\s+)?\d+\s+(?:sessions|days|weeks)\b|"
    r"\badds?\s+\d+\s+years\b|"
    r"\b(?:ozone|IV\s+(?:vitamin|ozone|drip|NAD)|chelation|stem\s+cells?)\b|\bpermanent(?:ly)?\b|"
    r"\bguarantee\w*|\b(?:NAD\+?|peptide|ozone|chelation|vitamin\s+C|glutathione)\s+(?:infusions?|drips?|"
    r"therapy|injections?|shots?)\b|\b(?:reverses?|reversing)\s+(?:fatigue|ageing|aging|the\s+\w+)\b|"
    r"\b(?:clears?|heals?|fixes)\s+(?:\w+\s+){0,3}?(?:brain\s+fog|fatigue|long\s+covid|inflammation)\b|"
    r"\bbiological\s+(?:age|clock)\b|\bno\s+(?:more\s+)?(?:meds|medication|insulin|metformin|surgery)"
    r"\s+(?:needed|required)\b|"
    # a "miracle" product, a body that "heals itself", stones or fibroids dissolved, a result on a
    # timetable ("acne gone in 7 days"): claims only when the post sells
    r"\bmiracle\b|\b(?:heals?|repairs?|fixes|dissolves?|shrinks?)\s+(?:it|them)sel(?:f|ves)\b|"
    r"\b(?:dissolves?|removes?|flushes?|melts?|breaks?\s+down|clears?)\s+(?:\w+\s+)?(?:kidney\s+|gall\s?)?"
    r"(?:stones|fibroids|cysts|tumou?rs?|plaque|cataracts|polyps)\b|\b(?:gone|cleared|cured|fixed|healed|"
    r"vanished|sorted)\s+in\s+(?:just\s+|only\s+)?(?:\d+|a|one|two|three|seven|ten)\s+(?:days?|weeks?|"
    r"fortnight|sessions?)\b",
    _I,
)


# A claim built from parts rather than a stock phrase: an unproven therapy named ("chelation",
# "a juice fast", "salt caves", "oil pulling") and a promise that it works where medicine would
# ("pulls the heavy metals", "clears the arteries", "regrows enamel"). Selling it makes it an
# advert; debunking it ("chelation has no role in autism") is the opposite.
UNPROVEN_THERAPY = re.compile(
    r"\b(?:chelation|juice\s+(?:fast|fasts|fasting|cleanse|detox)|salt\s+(?:caves?|rooms?|therapy)|"
    r"oil\s+pulling|ozone|colloidal\s+silver|hyperbaric|cupping|coffee\s+enemas?|homeopath\w*|reiki|"
    r"energy\s+healing|crystal\s+(?:healing|therapy)|IV\s+(?:drips?|vitamins?|therapy|infusions?)|"
    r"NAD\+?|peptides?|stem\s+cells?|tinctures?|essential\s+oils?|mushroom\s+(?:tincture|extract|"
    r"powder|coffee)|red\s+light\s+therapy|cold\s+plunges?|carnivore\s+diet|PEMF|bee\s+venom|"
    r"urine\s+therapy|alkaline\s+(?:water|diet)|apple\s+cider\s+vinegar|sea\s+moss|raw\s+milk|"
    r"bioresonance|ionic\s+foot\s+(?:bath|detox)|zapper|vitamin\s+drips?|high[\s-]dose\s+vitamin\s+C|"
    r"spinal\s+decompression\s+(?:table|machine|therapy)|"
    r"bio-?identical|hormone\s+pellets|oregano\s+oil|colostrum|nootropic\w*|"
    r"supplements?|blend|formula|gummies|protocol)\b",
    _I,
)
# Product words that make a claim only when the post sells (the therapy words above count alone
# in the first person: "I reversed stage 4 cancer with high dose vitamin C").
_PRODUCT_ONLY = re.compile(r"(?i)^(?:supplements?|blend|formula|gummies|protocol)$")
EFFICACY = re.compile(
    r"\b(?:cures?|cured|fix(?:es|ed)?|clears?|cleared|reverses?|reversed|regrows?|regrew|rebuilds?|"
    r"heals?|healed|eliminates?|eradicates?|restores?|pulls?\s+(?:out\s+)?(?:the\s+)?(?:heavy\s+metals|"
    r"toxins)|flush(?:es)?\s+(?:out\s+)?(?:the\s+)?(?:toxins|metals|parasites)|kills?\s+(?:the\s+)?"
    r"(?:virus|viruses|cancer|tumou?rs?|parasites|bacteria)|(?:instead\s+of|replaces?|better\s+than)\s+"
    r"(?:any\s+|your\s+)?(?:drugs?|medication|meds|pills?|statins?|chemo|inhalers?|insulin|"
    r"antidepressants?|antibiotics|vaccines?)|(?:prevents?|stops?|knocks?\s+out|gets?\s+rid\s+of|"
    r"banish(?:es)?)\s+(?:your\s+)?(?:\w+\s+){0,2}?(?:cancer|dementia|migraines?|strep|infections?|"
    r"diabetes|arthritis|heart\s+disease|alzheimer'?s|flu|colds?|covid|anxiety|depression|ADHD|autism)|"
    r"miracul\w+|after\s+(?:just\s+)?(?:one|1|a\s+single)\s+(?:infusion|session|treatment|injection|"
    r"drip)|"
    r"for\s+good|sorts?\s+(?:out\b|the\s+lot|it\s+all|everything)|"
    r"no\s+need\s+for\s+(?:\w+\s+)?(?:meds|medication|drugs|"
    r"statins|insulin|inhalers?|surgery|chemo)|stopped\s+prescribing)\b",
    _I,
)
SELLING = re.compile(
    r"\b(?:enquire|inquire|packages?|sessions?\s+(?:at|from)|from\s+[$£€]\s?\d+|ask\s+me\s+how|"
    r"code\s+[A-Z0-9]{3,}|my\s+(?:wellness|functional|holistic|aesthetic|longevity|integrative)\s+"
    r"(?:centre|center|clinic|practice|studio)|book\s+(?:in|a|your)|waitlist|link\s+below|"
    r"appointments?\s+available|shop\s+link|link\s+in\s+(?:my\s+)?(?:bio|profile)|free\s+consult\w*|"
    r"call\s+the\s+clinic|webinar|DM\s+(?:me\s+|us\s+)?for\s+(?:the\s+)?(?:program|programme|protocol|"
    r"pricing|prices|packages?|details))\b|[$£€]\s?\d+|\d+%\s+off",
    _I,
)
THERAPY_DEBUNK = re.compile(
    r"\b(?:no\s+role|has\s+killed|killed\s+(?:people|children|patients)|harmful|dangerous|(?:don'?t|"
    r"doesn'?t|won'?t|didn'?t|can'?t|does\s+not|do\s+not)\s+(?:actually\s+)?['‘\"“]?(?:clear|cure|work|fix|"
    r"reverse|heal|regrow|detox)|researchers?\s+found|(?:study|studies|trial|trials|review)\s+"
    r"(?:found|show)|unproven|not\s+proven|please\s+report|evidence\s+says\s+(?:no|otherwise)|"
    r"patients?\s+(?:keep\s+)?(?:ask|asked|asking)\s+(?:me\s+)?"
    r"(?:if|whether|about))\b",
    _I,
)

_AILMENT = (
    r"(?:migraines?|anxiety|depression|insomnia|diabetes|arthritis|eczema|psoriasis|IBS|"
    r"fibromyalgia|ADHD|autism|tinnitus|PCOS)"
)
# A promise no treatment can keep, whatever the product: "permanent cure", "never need an
# antidepressant again", "patients have stopped their ARVs", "pain free after one course".
# Only a claim when the post also sells (``SELLING`` or the promotion lexicon), since the same
# words describe real results in research and teaching posts.
PROMISE = re.compile(
    r"\bpermanent(?:ly)?\s+(?:cure|cures|cured|fix|results?|remission|regenerat\w+|reverses?)\b|"
    r"\b(?:cure|cures|fixes|heals?|clears?|regenerates?|reverses?)\b[^.!?\n]{0,40}?\b(?:permanently|"
    r"for\s+good|forever)\b|\bnever\s+(?:need|needs|needed|take|use)\s+(?:an?\s+)?(?:\w+\s+)?"
    r"(?:antidepressants?|insulin|inhalers?|statins?|meds|medication|pills|surgery|glasses)\s+again\b|"
    r"\b(?:helped|helps|helping)\s+(?:\w+\s+){0,2}?(?:patients|clients|people)\s+(?:to\s+)?(?:come|get)\s+"
    r"off\s+(?:their\s+)?(?:\w+\s+){0,2}?(?:antidepressants?|insulin|meds|medication|statins?|inhalers?|"
    r"thyroid\s+(?:meds|medication|tablets))\b|"
    r"\b(?:have|has|had)\s+(?:now\s+)?stopped\s+(?:(?:their|his|her)\s+|taking\s+(?:(?:their|his|her)\s+)?)?"
    r"(?:metformin|insulin|ARVs|antiretrovirals|meds|medication|inhalers?|statins?|antidepressants?|"
    r"chemo|blood\s+pressure\s+tablets)\b|\bpain[\s-]free\s+after\s+(?:one|1|a\s+single|two|2)\s+"
    r"(?:course|session|treatment|injection)s?\b|\b(?:lowers?|reduces?|reverses?|takes?\s+off)\s+"
    r"(?:your\s+)?biological\s+age\b|\breverses?\s+\d+\s+years\b|\bregenerates?\s+(?:collagen|cartilage|"
    r"nerves|enamel|hair)\b|\b(?:rebuilds?|regrows?)\s+(?:enamel|cartilage|teeth|hair|gums)\b|"
    r"\bkills?\s+viruses\b|\bheal\w*\s+(?:torn|ruptured|herniated|slipped)\s+\w+\s+(?:\w+\s+)?without\s+"
    r"surgery\b|\b\d{2,3}\s?%\s+of\s+(?:my\s+|our\s+)?(?:clients|patients)\s+(?:never|no\s+longer|are\s+"
    r"cured|recover|stopped|came\s+off|are\s+off)\b|"
    # conceptions or cures counted as the product's own: "helped 40+ women conceive"
    r"\b(?:has|have)\s+helped\s+(?:over\s+|more\s+than\s+)?\d+\+?\s+(?:women|couples|mums|moms|"
    r"patients|clients|people|men)\s+(?:to\s+)?(?:conceive|get\s+pregnant|fall\s+pregnant|come\s+off|"
    r"reverse|beat)\b|\b(?:has|have)\s+replaced\s+(?:\w+\s+){0,3}?(?:tablets|pills|meds|medication|insulin|"
    r"inhalers?|statins?|antidepressants?|chemo)\b|\b(?:forget|ditch|bin)\s+(?:the\s+|your\s+)?(?:insulin|"
    r"meds|medication|antibiotics|inhalers?|statins?|chemo|antidepressants?)\b|\bthrow\s+away\s+(?:their|"
    r"your|the)\s+(?:walking\s+sticks?|crutches|glasses|inhalers?|pills|meds)\b|\bno\s+more\s+(?:metronidazole|steroids|insulin|inhalers?|fillings|statins|"
    r"antibiotics|meds|medication)\b|"
    # a result no product can promise, priced in time: "lose 10kg in 2 weeks", "off your insulin
    # in 3 months"; one product that "fixes" a list of ailments ("Botox fixes migraines, anxiety
    # and your jawline")
    r"\blose\s+(?:(?:[5-9]|[1-9]\d)\s?(?:kg|kgs|kilos?)|[1-9]\d\s?(?:lbs?|pounds)|\d+\s?stone)\s+"
    r"in\s+(?:just\s+)?(?:\d+\s+days?|(?:[1-4]|a|one|two|three|four)\s+weeks?)\b|"
    r"\b(?:stop|come\s+off|get\s+off|quit)\s+(?:your|the|their)\s+(?:insulin|meds|medication|"
    r"metformin|statins?|inhalers?|thyroid\s+(?:meds|tablets)|blood\s+pressure\s+(?:tablets|pills|"
    r"meds))\s+(?:in|within)\s+(?:just\s+)?\d+\s+(?:days?|weeks?|months?)\b|"
    rf"\b(?:fix(?:es)?|cures?|heals?|banish(?:es)?)\s+(?:your\s+)?{_AILMENT}(?:\s*,\s*|\s+(?:and|&)\s+)"
    rf"(?:your\s+)?(?:{_AILMENT}|jawline|wrinkles|skin|weight|fatigue|brain\s+fog)\b",
    _I,
)
# A cure vouched for by the author's own results rather than by evidence ("I've reversed
# dozens", "has cured 3 patients of their diabetes", "I've seen it hundreds of times"), or an
# offer to replace proven care ("chemo is optional", "skip the neurologist", "no vaccine
# needed"). Either counts with a cure promised in the same post (``EFFICACY``, ``CURE_MORE``);
# the replacement also with an unproven therapy or a sale. "No antibiotics / no surgery
# needed" is not a replacement: it is what real care says of a virus or a stable fracture.
VOUCHED = re.compile(
    r"\bI'?ve\s+(?:seen|watched)\s+it\s+(?:work\s+)?(?:(?:literally\s+)?(?:hundreds|dozens|thousands)"
    r"\s+of\s+times|(?:with\s+)?my\s+own\s+eyes|\d+\s+times|over\s+and\s+over)|"
    r"\bI'?ve\s+(?:personally\s+)?(?:reversed|cured|healed|fixed)\s+(?:dozens|hundreds|scores|"
    r"loads|\d+)\b|\b(?:cured|reversed|healed)\s+(?:\d+|dozens\s+of|hundreds\s+of)\s+(?:of\s+my\s+)?"
    r"(?:patients|clients|people|kids|children|cases)\b|\b(?:cured|reversed|healed|regrew)\s+"
    r"(?:[\w-]+\s+){1,3}?in\s+(?:over\s+)?\d+\s+(?:of\s+my\s+)?(?:patients|clients|people|cases)\b",
    _I,
)
_PROVEN_CARE = (
    r"(?:chemo(?:therapy)?|radiotherapy|surgery|an\s+operation|insulin|metformin|vaccines?|"
    r"the\s+(?:vaccine|jab|flu\s+jab)|jabs?|antibiotics|statins?|inhalers?|antidepressants?|"
    r"medication|meds)"
)
REPLACES_CARE = re.compile(
    rf"\b{_PROVEN_CARE}\s+(?:is|are)\s+(?:totally\s+|completely\s+)?optional\b|"
    r"\bskip\s+the\s+(?:neurologist|oncologist|cardiologist|specialist|surgeon|dermatologist|"
    r"rheumatologist|endocrinologist|chemo|surgery|operation|biopsy)\b|"
    r"\bno\s+(?:more\s+)?(?:vaccines?|jabs?|flu\s+jabs?|vaccinations?)\s+(?:needed|required|necessary)\b|"
    # the clinical assessment itself dropped from the sale: "no consultation needed, just DM us"
    r"\bno\s+(?:consultation|consult|assessment|medical\s+assessment)\s+(?:needed|required|necessary)\b|"
    r"\bno\s+more\s+(?:metformin|insulin|chemo)\b|"
    # the checks listed as skipped: "no BMI check, no bloods, just DM me"
    r"\bno\s+(?:BMI\s+checks?|bloods|blood\s+tests?|prescription|script|consult(?:ation)?|assessment|"
    r"questions\s+asked)\s*,\s*(?:and\s+)?no\s+(?:BMI|bloods|blood\s+tests?|prescription|script|consult\w*|"
    r"assessment|questions|forms)\b|"
    # a prescription medicine given at a party, or dosed from a photo: "Botox party at my place",
    # "send me a pic of your forehead lines and I'll tell you how many units you need"
    r"\b(?:botox|filler|lip\s+filler|tox|injectables?|IV\s+drip|drip)\s+part(?:y|ies)\b|"
    r"\bsend\s+(?:me|us)\s+(?:a\s+)?(?:pic|photo|picture|selfie)s?\b[^.!?\n]{0,50}?\b(?:I'?ll|we'?ll)\s+"
    r"tell\s+you\s+(?:how\s+many\s+units|what\s+(?:dose|strength|you\s+need)|which\s+(?:dose|treatment|"
    r"product))",
    _I,
)
# Proven treatment named as what worked ("with the new antivirals"): the author's results are
# then medicine's. Named otherwise ("no surgery needed!") it is no agent.
PROVEN_AGENT = re.compile(
    r"\b(?:with|after|on|using|thanks\s+to|since)\s+(?:the\s+|new\s+|modern\s+|proper\s+)*"
    r"(?:antivirals?|DAAs?|antibiotics|antiretrovirals?|ARVs|surgery|chemo(?:therapy)?|"
    r"radiotherapy|immunotherapy|transplants?|insulin|vaccines?|vaccination|dialysis|stents?|"
    r"thrombolysis|PrEP)\b",
    _I,
)
CURE_MORE = re.compile(
    r"\bshrinks?\s+(?:the\s+|your\s+)?tumou?rs?\b|\bwill\s+(?:just\s+)?(?:vanish|disappear|melt\s+away)\b|"
    r"\b(?:cured|gone|fixed|sorted)\s+in\s+(?:a|one|two|\d+)\s+(?:fortnight|weeks?|months?|days)\b|"
    r"\bguarantee\w*|\bmoney\s+back\b|\bgets?\s+(?:my|our|the)\s+(?:whole\s+)?(?:ward|family|team|"
    r"patients)\s+through\b",
    _I,
)
# The author's own offer ("my 'Smart Knee' PRP package", "only at our Andheri clinic", "no
# other clinic in Lekki") with a result no treatment can promise ("100% regrowth", "zero
# risk", "permanent results", "guaranteed or your money back"): an advert making claims,
# even with no price or booking line.
OWN_OFFER = re.compile(
    r"\b(?:my|our)\s+(?:['‘\"“][^'’\"”\n]{2,30}['’\"”]\s+)?(?:[\w+-]+\s+){0,3}?(?:protocol|package|"
    r"programme|program|drops|formula|booster|blend|method|system|therapy|treatment)\b|"
    r"\bonly\s+at\s+(?:our|my)\b|\bno\s+other\s+(?:clinic|doctor|practice|dentist|surgeon)\b|"
    r"\byou\s+won'?t\s+find\s+(?:that|this|it)\s+anywhere\s+else\b",
    _I,
)
IMPOSSIBLE_RESULT = re.compile(
    r"\bguaranteed?\b[^.!?\n]{0,40}?\bmoney\s+back\b|\bmoney[\s-]back\s+guarantee\b|"
    r"\b100\s?%\s+(?:\w+\s+)?(?:regrowth|success|satisfaction|results?|cure|guaranteed)\b|"
    r"\bzero\s+risk\b|\bpermanent\s+results?\b|\bprevents?\s+(?:\w+\s+){1,2}?forever\b|"
    r"\b(?:\d+|ten|five)\s+years\s+younger\b|\bregrows?\s+(?:lost\s+)?(?:bone|hair|cartilage|"
    r"enamel|gums?|teeth)\b|\bnever\s+need\s+(?:a|an|another)\s+[\w-]+\s+(?:replacement|"
    r"operation|surgery)\b|\berases?\s+(?:\w+\s+)?wrinkles\s+in\s+\d+",
    _I,
)


# The hard sell: a deadline, a countdown of places, a slashed price, a bundle deal, "inbox for
# slots". With a promise in the same post it is an advert making claims; alone it can be an
# honest flu-jab clinic, so it only ever backs a claim rule.
SALES_PUSH = re.compile(
    r"\b(?:(?:offer|price|deal|special|promo|discount)\s+(?:ends|expires|valid\s+(?:till|until))|"
    r"(?:till|until|ends?)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+only|(?:till|until)\s+"
    r"(?:midnight|tonight|tomorrow)\s+only|for\s+the\s+next\s+\d+\s+(?:hrs?|hours|days)\s+only|"
    r"only\s+\d+\s+(?:\w+\s+)?(?:slots?|spots?|places|seats|spaces)\s+left|limited\s+(?:seats|slots|"
    r"spaces|places)|(?:book|order|register)\s+(?:before|by)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|"
    r"sun)day|midnight|tonight|the\s+\d+)|price\s+(?:go(?:es)?|will\s+go)\s+up|book\s+(?:\d|two|"
    r"three),?\s+get|(?:3rd|third|2nd|second)\s+(?:one\s+)?(?:half\s+price|free)|(?:whats\s?app|inbox|"
    r"DM)\s+(?:us\s+|me\s+)?(?:[\d\s]{6,16})?(?:for\s+(?:slots|booking|bookings|prices)|to\s+book)|"
    r"miss\s+out\s+forever|before\s+(?:they'?re|it'?s)\s+gone|grab\s+yours|"
    r"first\s+\d+\s+(?:people|clients|bookings|to\s+book|get|customers))\b"
    r"|(?:\bR|₹|\bRs\.?\s?|[$£€₦])\s?\d[\d,]*\s+now\s+(?:R|₹|Rs\.?\s?|[$£€₦])?\s?\d",
    _I,
)


# What may honestly be had without a consultation: a jab, a test, a screening.
_WALK_IN = re.compile(
    r"(?i)\b(?:jabs?|vaccin\w*|flu|booster|tests?|testing|screening|blood\s+pressure\s+check)\b"
)


def _debunked(text: str) -> bool:
    """The post answers a claim rather than makes it ("myth", "no evidence", "doesn't cure"):
    every claim rule stops here, so they agree on what counts as debunking."""
    return DEBUNK.search(text) is not None or THERAPY_DEBUNK.search(text) is not None


_NEGATED_BEFORE = re.compile(
    r"\b(?:don'?t|do\s+not|never|shouldn'?t|should\s+not|can'?t|cannot|won'?t)\s+(?:\w+\s+)?$", _I
)
_SELLING_MORE = re.compile(
    r"\b(?:home\s+delivery|whats\s?app\s+to\s+order|to\s+order|restocking|checkout|book\s+via|"
    r"secure\s+your\s+(?:spot|place|chair)|introductory\s+rates?|cohort\s+\d+|corporate\s+packages|"
    r"consultation\s+charges|available\s+at\s+(?:the|our|my)\s+(?:practice|clinic|pharmacy|store|shop)|"
    r"from\s+my\s+(?:line|range|brand|shop|store)|my\s+(?:line|range|brand)\b|call\s+reception|"
    r"(?:R|₹|Rs\.?\s?)\d+\s+(?:a|per)\s+(?:bottle|session|pack|jar)|message\s+the\s+clinic|"
    r"clients?\b|launch\w*\s+our|first\s+\d+\s+clients|coaching|spots\s+limited|limited\s+spots|"
    r"discovery\s+call)\b",
    _I,
)

# A product pushed with a sales call and the author's word as its evidence ("my go-to for every
# anxious patient... swipe up for 15% off", "every nurse needs these, link below"): undisclosed
# promotion trading on clinical authority. Disclosed ads (#ad, paid partnership) and links to a
# paper, a charity or a webinar are not it.
SALES_CALL = re.compile(
    r"\b(?:use\s+(?:my\s+)?code|(?-i:code\s+[A-Z0-9]{4,})|\d+\s?%\s+off|(?:my|a|the)\s+"
    r"discount|swipe\s+up|tap\s+the\s+link|link\s+in\s+(?:my\s+)?bio|link\s+below|DM\s+(?:me\s+|us\s+)?"
    r"to\s+order|shop\s+now|order\s+now|call\s+now)\b|\bfor\s+\d+\s?%",
    _I,
)
ENDORSEMENT = re.compile(
    r"\b(?:(?:my|our|all\s+my|every)\s+(?:\w+\s+)?patients?|every\s+(?:[\w-]+\s+){1,2}?needs?\s+(?:these|this|"
    r"one|it|them)|the\s+only\s+ones?\s+I|only\s+(?:trust|use|recommend)|go-?to\s+for|"
    r"swear\s+by|(?:recommend|prescrib)\w*\s+(?:\w+\s+){0,3}?to\s+(?:all|every|\d+|my)|"
    r"(?:recommend|prescrib)\w*\s+(?:\w+\s+){0,3}?for\s+(?:any|all|every)\s+(?:\w+\s+)?patients?|"
    # the clinical title offered as the evidence: "as a physician I personally recommend"
    r"as\s+an?\s+(?:physician|doctor|nurse|GP|pharmacist|dentist|surgeon|midwife|physio|"
    r"dermatologist|NP|PA|medic|paramedic)\s*,?\s+I\s+(?:personally\s+|highly\s+|fully\s+)?(?:recommend|"
    r"trust|use|swear\s+by|prescribe)|not\s+(?:had|"
    r"caught)\s+a\s+single|vanish\w*|reverses?|better\s+than\s+anything|never\s+(?:been|looked|felt)\s+"
    r"(?:better|clearer|younger))\b",
    _I,
)
_NOT_ENDORSEMENT = re.compile(
    r"#ad\b(?!\?)|#sponsored|#spon\b|paid\s+partnership|#gifted|\baffiliate\b|\bcharit\w+|\bdonat\w+|"
    r"fundrais\w+|\bpapers?\b|\bstudy\b|webinar|\bblog\b|journal|podcast|guidelines?|leaflet|petition|"
    r"publish\w*|\btrials?\b|research|survey|conference|who\s+took\s+part",
    _I,
)
# A tie to the brand waved away instead of disclosed: "#ad? no chance, they just send me free
# stuff", "#notsponsored". Counts as the sale only when the praise names the author's patients.
UNDISCLOSED = re.compile(
    r"#ad\?\s*(?:no|nope|nah)\b|\bno\s+#ad\b|#not\s?sponsored\b|#nospon\b|\bnot\s+sponsored\b|"
    r"\b(?:they|brands?|companies)\s+(?:just\s+)?send\s+me\s+(?:free\s+|loads\s+of\s+)?(?:stuff|"
    r"products?|samples|freebies|boxes)\b",
    _I,
)
_ENDORSEMENT_GATE = anchors.AnchorSet((SALES_CALL, UNDISCLOSED))
_HEALTH_BENEFIT = re.compile(
    r"\b(?:heal\w*|recover\w*|sleep|insomnia|pain|skin|acne|eczema|anxiety|immun\w+|gut|joints?|"
    r"energy|weight|symptoms?|inflammation|fatigue|wounds?|scars?)\b",
    _I,
)

# The anchor words of each rule's triggers (``classifiers.anchors``): one cheap search rules
# out most posts before the lexicons' long alternations run.
# --- misconduct: what was done, in the author's own account ---------------------------------
_RECORD = (
    r"obs|observations|vitals|notes?|chart|charts|records?|obs\s+chart|fluid\s+balance|"
    r"drug\s+chart|MAR|signatures?|sig|audit|numbers|readings|results|data|write[\s-]?ups?|"
    r"history|histories|exam|assessment|discharge\s+summar(?:y|ies)|sick\s+notes?|"
    r"prescriptions?|scripts?|consent\s+forms?|time\s+sheets?|timesheets?|hours|log"
)
MISCONDUCT = re.compile(
    # a record of something that did not happen
    r"\b(?:charted|charting|documented|documenting|recorded|signed\s+(?:off|for)|ticked\s+off|"
    r"wrote\s+(?:up|down|in)|filled\s+in|put\s+down)\b[^.!?\n]{0,50}?\b(?:(?:I|we)\s+)?"
    r"(?:never|didn'?t|did\s+not|hadn'?t)\s+(?:actually\s+|even\s+)?(?:do|did|done|check|checked|see|seen|give|given|"
    r"take|taken|examine|examined|actually)\b"
    r"|\b(?:back[\s-]?dat(?:ed|ing|e)|made\s+up\s+(?:the|some|a\s+few|all\s+the|his|her)\s+"
    rf"(?:{_RECORD})|fudg(?:ed|ing|e)\s+(?:the\s+|my\s+|some\s+)?(?:{_RECORD})|"
    r"falsif(?:ied|y|ying)|fabricat(?:ed|ing)|forg(?:ed|ing)\s+(?:a\s+|the\s+|his\s+|her\s+|my\s+"
    r"consultant'?s\s+|the\s+consultant'?s\s+)?(?:signature|sig|sick\s+note|letter|prescription|"
    r"script|note)|"
    r"cop(?:ied|y|ying)(?:\s+and\s+past(?:ed|e|ing))?\s+(?:my\s+|the\s+|his\s+|her\s+|their\s+)?"
    r"(?:whole\s+|entire\s+)?(?:write[\s-]?ups?|notes|history|exam|assessment|discharge\s+"
    r"summar(?:y|ies)|case\s+report|reflection|portfolio|logbook)\s+(?:from|off)|"
    r"pencil(?:led)?\s+in\s+(?:the\s+)?obs)\b"
    # billing for what was not done
    r"|\bbill\s+(?:it\s+|them\s+)?as\s+(?:a\s+)?(?:face[\s-]to[\s-]face|complex|level\s*[45]|a\s+full|in[\s-]person)"
    r"|\b(?:billed|billing|coded|charged|claimed)\b[^.!?\n]{0,40}?\b(?:as|for)\b[^.!?\n]{0,40}?"
    r"(?:complex|level\s*[45]|a\s+(?:full|long)|(?:insurance|insurer|medicare|medicaid|the\s+HSE|"
    r"the\s+NHS|the\s+scheme)\s+(?:won'?t|will\s+never|doesn'?t)\s+(?:know|notice|check))"
    r"|\bup-?cod(?:ed|ing|e)\b"
    r"|\b(?:insurance|insurer|insurers|medicare|medicaid|the\s+scheme)\s+(?:won'?t|will\s+never|"
    r"doesn'?t|never)\s+(?:know|notice|check)s?\b"
    # money or gifts taken for care out of turn
    r"|\b(?:took|take|taking|accepted|accept|got|pocketed|slipped\s+me)\s+(?:a\s+|another\s+)?"
    r"(?:[\"“'‘]?(?:tip|bribe|backhander|brown\s+envelope|envelope|kickback|sweetener)[\"”'’]?|"
    r"(?:R|Rs\.?\s?|₹|\$|£|€|₦|KSh\s?)\s?\d[\d,]*\s*[\"“'‘]?(?:tip|bribe|cash|extra)?[\"”'’]?)"
    r"[^.!?\n]{0,50}?\b(?:to\s+(?:see|move|bump|squeeze|fast[\s-]?track|put)|first|up\s+the\s+"
    r"(?:list|queue)|skip\s+the\s+(?:queue|list|wait))"
    r"|\b(?:chai|tea|speed|fast|sweet)\s+money\s+for\b"
    r"|\bfor\s+moving\s+(?:their|his|her|the)\s+(?:\w+\s+)?up\s+the\s+(?:list|queue)\b"
    # a safety check skipped
    r"|\b(?:skipped|skip|skipping|didn'?t\s+(?:bother\s+(?:with|doing)|do)|never\s+(?:bother|do)\s+"
    r"(?:with\s+)?|ignored|bypassed|winged)\s+(?:the\s+)?(?:time[\s-]?out|WHO\s+check\s*list|"
    r"surgical\s+(?:safety\s+)?check\s*list|safety\s+checks?|swab\s+counts?|instrument\s+counts?|"
    r"double[\s-]check(?:ing)?|second\s+check(?:er)?|ID\s+checks?|allergy\s+checks?|hand\s+"
    r"(?:washing|hygiene)|scrubbing\s+in|sterile\s+field|consent(?:\s+form)?|controlled\s+drugs?\s+"
    r"(?:check|count|book)|(?:drug\s+)?interaction\s+checks?|two[\s-]person\s+checks?|bedside\s+checks?|"
    r"second\s+signature)\b"
    # someone else's login
    r"|\b(?:used|using|use|logged\s+in\s+(?:as|with|under|on)|borrowed|borrow)\s+(?:the\s+|my\s+|a\s+)?"
    r"(?:consultant|boss|reg|registrar|attending|senior|colleague|supervisor|\w+)'?s\s+(?:login|log[\s-]?in|"
    r"password|smart\s?card|card|account|details|credentials|PIN)\b"
    r"|\b(?:shared|share|sharing|gave\s+(?:out\s+)?|lent)\s+(?:my|our)\s+(?:login|log[\s-]?in|"
    r"password|smart\s?card|credentials|PIN)\b"
    # drugs taken from work
    r"|\b(?:nicked|stole|stolen|pinched|pocketed|swiped|took\s+home|helped\s+myself\s+to|kept)\s+"
    r"[^.!?\n]{0,30}?\b(?:codeine|morphine|oxy\w*|fent\w*|propofol|ketamine|diazepam|valium|benzos?|"
    r"tramadol|midazolam|lorazepam|vials?|ampoules?|amps|prescription\s+pads?|script\s+pads?)\b",
    _I,
)
NOT_ADMITTED = re.compile(
    r"\b(?:struck\s+off|suspended|sacked|fired|jailed|sentenced|convicted|charged\s+with|"
    r"tribunal|disciplin\w+|investigat\w+|court|inquest|reported\s+(?:her|him|them|it)|"
    r"whistle[\s-]?blow\w*|never\s+(?:ever\s+)?(?:do|backdate|falsify|skip|share|chart|"
    r"copy|sign|take|use)|don'?t\s+(?:ever\s+)?(?:do|backdate|falsify|skip|share|chart|copy|sign|"
    r"take|use)|do\s+not|shouldn'?t|must\s+not|is\s+(?:fraud|illegal|misconduct|theft)|"
    r"(?:a|one|the)\s+(?:doctor|nurse|surgeon|GP|midwife|pharmacist|dentist|colleague|consultant|"
    r"paramedic|physician)\s+(?:who|was\s+(?:struck|suspended|sacked|fired|jailed|found|caught|reported|"
    r"convicted|charged|disciplined)|has\s+been)|reminder|training|module|teaching|lecture|"
    r"audit\s+(?:found|showed)|why\s+we|what\s+to\s+do\s+if|if\s+you\s+see)\b",
    _I,
)
# The act refused or urged against, not done: "for not handing over codeine without a script",
# "please stop selling antibiotics without prescription".
_REFUSED_BEFORE = re.compile(
    r"(?i)\b(?:not|never|refus(?:ed|e|ing)(?:\s+to)?|won'?t|wouldn'?t|can'?t|cannot|stop|quit|"
    r"avoid)\s+$"
)
# A case reported, not lived: a hearing, a sentence, a registration lost.
_NEWS = re.compile(
    r"\b(?:struck\s+off|suspended|jailed|sentenced|convicted|charged\s+with|tribunal|"
    r"disciplin\w+|inquest|lost\s+(?:his|her|their)\s+(?:licen[cs]e|registration))\b",
    _I,
)
# Rules broken and boasted about, in words the record-keeping expression above does not cover:
# meds signed for before they were given, a list run without the brief or time out, the
# ambulance bay used as a car park, ward stock taken home, bets on how long a case will take.
RULE_BREAKING = re.compile(
    r"\b(?:signed|charted|ticked|documented)\s+(?:for\s+|off\s+)?(?:the\s+|all\s+the\s+)?"
    r"(?:[\w/]+\s+){0,5}?(?:meds|MAR|obs|drugs|doses|insulin|fluids|antibiotics|checks)\s+"
    r"(?:before|ahead\s+of)\s+(?:I|we)(?:'d|\s+had)?\s+(?:actually\s+|even\s+)?"
    r"(?:given|done|checked|gave|did|seen|drawn\s+up)\b"
    r"|\b(?:ran|run|did|started|finished|cracked\s+on\s+with|got\s+through|went\s+ahead\s+with|"
    r"operated|proceeded|knifed|cut)\b[^.!?\n]{0,40}?\bwithout\s+(?:the\s+|a\s+|any\s+|doing\s+"
    r"(?:the\s+|a\s+)?)?(?:team\s+brief(?:ing)?|brief(?:ing)?|time[\s-]?out|WHO\s+check\w*|"
    r"sign[\s-]?in|safety\s+checks?|consent(?:ing\s+(?:him|her|them))?|checking\s+(?:the\s+)?"
    r"(?:ID|allergies|wristband|name|site)|site\s+marking|scrubbing|a\s+chaperone|swab\s+count)\b"
    r"|\bparked\s+in\s+(?:the\s+)?(?:ambulance\s+bay|disabled\s+(?:bay|space|spot)|blue\s+badge\s+"
    r"(?:bay|space|spot)|resus\s+bay|patient\s+drop[\s-]?off)\b"
    r"|\b(?:stock\s?room|supply\s+cupboard|store\s?room)\s+(?:is\s+)?(?:\w+\s+)?full\s+of\s+free\b"
    r"|\bwhy\s+would\s+i\s+(?:ever\s+)?buy\s+my\s+own\b"
    r"|\b(?:took|take|taking|nabbed|grabbed|swiped|nicked)\s+(?:home\s+)?(?:a\s+)?(?:box(?:es)?\s+of\s+|"
    r"some\s+|a\s+few\s+|all\s+the\s+|a\s+bag\s+of\s+)(?:gloves|dressings|scrubs|paracetamol|"
    r"ibuprofen|supplies|syringes|bandages|sharps\s+bins)\s+(?:home|from\s+(?:the\s+)?(?:ward|work|stock|"
    r"cupboard|hospital|theatre))\b"
    r"|\b(?:a\s+)?(?:fiver|tenner|bet|bets|sweepstake|wager|£\d+|\$\d+|\w+\s+(?:quid|bucks))\s+on\s+(?:how\s+long|whether|"
    r"if|when|who)\b[^.!?\n]{0,40}?\b(?:patient|pt|he'?ll|she'?ll|they'?ll|bed\s*\d+|die|dies|"
    r"code|crash|bounce\s+back|come\s+back|whipple|case|op|list)\b"
    r"|\b(?:pre[\s-]?charted|pre[\s-]?signed|pre[\s-]?filled)\s+(?:the\s+|all\s+the\s+)?(?:\w+\s+)?"
    r"(?:obs|MAR|notes|checks|checklist|fridge\s+temps?)\b"
    r"|\bpre[\s-]?fill(?:ed|ing)?\s+(?:in\s+)?(?:the\s+|all\s+the\s+)?(?:[\w'’]+\s+){0,4}?(?:register|CD\s+book|"
    r"obs\s+charts?|fluid\s+charts?|checklists?|fridge\s+log)\b"
    r"|\b(?:copying|copied|copy)\s+(?:last|the\s+last|previous|the\s+previous)\s+(?:admission'?s|"
    r"discharge'?s|letter'?s)\s+(?:meds|medications|drug\s+list)\b"
    r"|\b(?:consent(?:ed)?|did\s+the\s+consent)\b[^.!?\n]{0,40}?\bafter\s+(?:the\s+|his\s+|her\s+)?(?:premed|sedation|"
    r"midaz\w*|opiates?|morphine)\b"
    r"|\b(?:lights\s+and\s+sirens|blues\s+and\s+twos|blue\s+lights)\b[^.!?\n]{0,40}?\b(?:to\s+get\s+"
    r"(?:to|through)|for)\b[^.!?\n]{0,30}?\b(?:servo|maccas|mcdonald'?s|kfc|coffee|pie|lunch|dinner|"
    r"shop|takeaway|kebab)\b"
    r"|\bgave\s+(?:the\s+)?\d{1,2}\s?(?:am|pm)\s+(?:meds|drugs|doses|antibiotics|insulin)\s+at\s+\d"
    r"|\blooked\s+up\s+(?:my\s+)?(?:ex|ex'?s|neighbour'?s|neighbor'?s|friend'?s|mate'?s|"
    r"colleague'?s|boss'?s|sister'?s|brother'?s)\b[^.!?\n]{0,40}?\b(?:chart|record|notes|labs|"
    r"results|file)\b"
    r"|\b(?:peeked|peeked\s+at|snooped|had\s+a\s+(?:look|peek|nosy))\s+(?:at\s+)?(?:her|his|their)\s+"
    r"(?:labs|chart|results|notes|record|bloods|scan)\b"
    r"|\bwithout\s+(?:a\s+)?(?:script|prescription)\s+for\s+(?:regulars|friends|mates|family)\b"
    r"|\b(?:hand|handed|give|gave|sell|sold)\s+out\s+(?:the\s+)?(?:occasional\s+)?(?:antibiotics?|"
    r"codeine|diazepam|benzos|tramadol|oxy\w*)\s+without\s+(?:a\s+)?(?:script|prescription)\b"
    r"|\btold\s+control\s+we\s+were\s+still\b|\bmoved\s+(?:it|the\s+(?:call\s+)?bell)\s+(?:just\s+)?"
    r"out\s+of\s+reach\b|\b(?:monitor\s+)?alarms?\s+(?:turned|switched)\s+(?:down|off)\b|\b(?:turned|"
    r"switched)\s+(?:down|off)\s+the\s+(?:monitor\s+)?alarms?\b"
    r"|\b(?:wrote|put|charted|documented|ticked)\s+['\"“‘][^'\"”’]{3,30}['\"”’]\s+[^.!?\n]{0,40}?\bwithout\s+"
    r"(?:listening|examining|looking|checking|seeing|going\s+in)\b"
    r"|\b(?:didn'?t|did\s+not)\s+(?:really\s+)?(?:get|understand|know)\s+what\s+we\s+were\s+doing\b"
    r"|\b(?:signed\s+out|handed\s+over|handover|wrote|charted)\b[^.!?\n]{0,80}?\bso\s+I\s+could\s+(?:make|"
    r"catch|get\s+to|leave\s+for)\s+(?:the|my)\b"
    r"|\b(?:had\s+a\s+)?flutter\s+(?:with\s+\w+\s+(?:\w+\s+)?)?on\s+(?:who|which|whether|how)\b"
    r"|\bleft\s+(?:my|the|our)\s+(?:intern|F1|FY1|SHO|junior|student|new\s+grad)\s+to\s+run\b"
    # prescribing for a drug rep's gifts
    r"|\b(?:all\s+I\s+have\s+to\s+do\s+is|in\s+return\s+I|guess\s+what\s+I'?m)\s+prescrib\w+\b"
    # signed without reading: "signed off 40 discharge scripts in 12 minutes without reading one"
    r"|\b(?:signed|signing|co-?signed|authori[sz]ed|verified)\s+(?:off\s+)?[^.!?\n]{0,50}?\bwithout\s+"
    r"(?:even\s+)?(?:reading|checking|looking\s+at|opening)\b"
    # a time written other than it was: "documented the time of death 20 mins later than it was"
    r"|\b(?:documented|charted|recorded|wrote|put)\s+(?:down\s+)?(?:the\s+)?(?:time\s+of\s+death|"
    r"TOD|time|obs|dose|admission\s+time)\b[^.!?\n]{0,20}?\b\d+\s*(?:mins?|minutes|hours?|hrs?)\s+"
    r"(?:later|earlier)\s+than\s+(?:it\s+(?:was|happened)|the\s+real)"
    # a check not done for months and a number written anyway
    r"|\b(?:haven'?t|have\s+not|hasn'?t|not)\s+(?:actually\s+|even\s+)?(?:checked|done|recorded|"
    r"calibrated|tested|counted)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:fridge\s+temps?|temps?|temperatures?|"
    r"checks?|CD\s+count|crash\s+trolley|defib|suction|glucometer)\s+in\s+(?:\d+|weeks|months|ages|"
    r"a\s+(?:month|year))\b"
    # work skipped to go faster: "40 patients in a morning by just not examining anyone"
    r"|\bby\s+(?:just\s+|simply\s+)?not\s+(?:examining|checking|seeing|reading|assessing|listening\s+to)\s+"
    r"(?:anyone|anybody|them|patients|the\s+notes|the\s+results)\b"
    r"|\b(?:screenshot|screen[\s-]?shot|screen[\s-]?grab|photo|pic)\w*\b[^.!?\n]{0,50}?\b(?:don'?t|do\s+not)\s+"
    r"tell\s+(?:IG|info(?:rmation)?\s+gov\w*|the\s+trust|caldicott|IT|my\s+boss|the\s+boss)\b"
    # the call dodged
    r"|\bso\s+(?:I'?d|I\s+would|I\s+could)\s+miss\s+(?:the\s+)?(?:arrest|crash|cardiac\s+arrest|trauma|"
    r"MET|code)\s+(?:call|bleep|page)\b|\b(?:pretended|pretend)\s+(?:not\s+to\s+hear|I\s+didn'?t\s+hear)"
    r"\s+(?:the\s+)?(?:bleep|pager|phone|call)\b|\bignored\s+(?:the\s+|my\s+)?(?:bleep|pager)\b"
    # the work not done, and written up as if it were, out of idleness
    r"|\b(?:wrote|charted|documented|ticked|put\s+down|recorded|signed)\b[^.!?\n]{0,80}?\bcouldn'?t\s+"
    r"be\s+(?:bothered|arsed|asked)\b"
    r"|\bcouldn'?t\s+be\s+(?:bothered|arsed)\s+(?:to\s+)?(?:check|examine|chart|document|assess|"
    r"review|count|wash\s+my\s+hands|do\s+the\s+(?:obs|checks?|assessment|bloods|count|two-person))\b"
    # a note or a script for a friend
    r"|\b(?:gave|wrote|signed|did|sorted)\s+(?:my\s+)?(?:mate|friend|pal|bestie|boyfriend|girlfriend|"
    r"brother|sister|cousin|flatmate|neighbour|neighbor|husband|wife|partner|bf|gf)\s+(?:out\s+)?(?:with\s+)?"
    r"(?:a|an|some)\s+(?:sick\s+note|fit\s+note|med(?:ical)?\s+cert(?:ificate)?|script|prescription|"
    r"scrip)\b"
    r"|\b(?:wrote|signed|did)\s+(?:a\s+|an\s+)?(?:sick\s+note|fit\s+note|script|prescription)\s+for\s+"
    r"(?:my\s+)?(?:mate|friend|pal|bestie|boyfriend|girlfriend|brother|sister|cousin|flatmate|"
    r"neighbour|husband|wife|partner|self|myself)\b"
    # unreachable on call, on purpose
    r"|\b(?:turned|switched|put)\s+(?:off\s+)?(?:my\s+)?(?:phone|bleep|pager)\s+(?:off|on\s+silent|"
    r"on\s+do\s+not\s+disturb)\b[^.!?\n]{0,40}?\bon[\s-]?call\b"
    r"|\bon[\s-]?call\b[^.!?\n]{0,40}?\b(?:turned|switched|put)\s+(?:off\s+)?(?:my\s+)?(?:phone|"
    r"bleep|pager)\s+(?:off|on\s+silent)\b"
    # corners cut and boasted about: a register filled in from memory, readings rounded, a box
    # ticked for everyone, the second check skipped, consent sold as paperwork, a form lied on
    r"|\b(?:fill|filled|filling|write|wrote|writing|do|did|doing|chart|charted)\s+(?:it|them|(?:the|my|all\s+"
    r"the)\s+[\w\s]{2,20}?)\s+in\s+(?:at\s+(?:the\s+)?end\s+of\s+(?:the\s+|my\s+)?shift\s+)?from\s+memory\b"
    r"|\bnever\s+(?:bother|do)(?:\s+with)?\s+(?:the\s+)?(?:second\s+check\w*|double[\s-]check\w*)"
    r"|\bround(?:ed|ing)?\s+(?:my|the|all\s+the|all\s+my)\s+(?:\w+\s+)?(?:readings|obs|sats|BPs?|numbers|"
    r"results|temps)\s+(?:up|down|to\s+the\s+nearest)\b"
    r"|\b(?:tick|ticked|ticking|wrote|write|put|chart|charted)\s+['‘\"“][^'’\"”]{3,25}['’\"”]\s+(?:on|for|"
    r"against)\s+(?:every|all)\b"
    r"|\bconsent\s+(?:was|is)\s+['‘\"“]?just\s+(?:paperwork|a\s+formality|a\s+signature)\b"
    r"|\blied\s+(?:on|in)\s+(?:the|my)\s+(?:\w+\s+){0,2}?(?:form|notes|referral|booking|chart|application|"
    r"timesheet)\b"
    # the author's own prescriber: "wrote myself a script for codeine", "prescribed myself some
    # diazepam off the ward pad" (not "wrote myself a note", "prescribed myself a nap")
    r"|\b(?:wrote|write|writing|written|prescribed|prescribe|prescribing|scripted|signed)\s+"
    r"(?:out\s+)?(?:myself|me)\s+(?:up\s+)?(?:a\s+|another\s+|some\s+|a\s+few\s+)?(?:(?:quick|"
    r"little|cheeky|private|repeat)\s+)?(?:script|scrip|prescription|rx|codeine|co-?codamol|"
    r"tramadol|diazepam|valium|zopiclone|temazepam|lorazepam|oxy\w*|morphine|gabapentin|pregabalin|"
    r"antibiotics|amoxicillin|doxy\w*|modafinil|ritalin|adderall|propranolol|sleeping\s+(?:tablets|"
    r"pills)|benzos|painkillers)\b"
    # the ward's drip run into the author: "hooked myself up to a bag of saline in the utility"
    r"|\b(?:hooked|hooking|hook|put|putting|ran|running|run|gave|giving|cannulated|cannulating|"
    r"cannulate|plugged|plugging)\s+myself\s+(?:up\s+)?(?:to\s+|on\s+|with\s+)?(?:a\s+|some\s+|"
    r"another\s+)?(?:(?:litre|liter|quick|cheeky|banana)\s+)?(?:bag|drip|IV|fluids|line|"
    r"cannula|saline|NS|hartmann'?s)\b"
    # sleep on shift, hidden: "slept 2 hrs while holding the obs bleep ... nobody noticed",
    # "had the best 90 min sleep of my life. nobody tell the NUM"
    r"|\b(?:slept|napped|kipped|dozed\s+off|had\s+(?:a|the\s+best)\s+(?:\d+\s*(?:min(?:ute)?s?|"
    r"hrs?|hours?)\s+)?(?:sleep|kip|nap|snooze))\b(?![^\n]{0,60}?\b(?:on|during|in)\s+(?:my|our|the|a)\s+(?:\w+\s+)?"
    r"(?:break|lunch|day\s+off)\b|[^\n]{0,40}?\bafter\s+(?:my\s+|the\s+|a\s+)?(?:\w+\s+)?(?:shift|"
    r"nights?|work)\b)[^\n]{0,120}?(?:\bnobody\s+(?:\w+\s+){0,3}?"
    r"(?:noticed|knew|tell|found\s+out)|\bno[\s-]?one\s+(?:\w+\s+){0,3}?(?:noticed|knew)|\bdidn'?t\s+"
    r"notice|\bon\s+silent|\bdon'?t\s+tell\s+(?:the\s+)?(?:NUM|manager|matron|boss|consultant|"
    r"charge\s+nurse|NIC|sister|nurse\s+in\s+charge))"
    # prescription-only drugs handed over the counter: "dispensed antibiotics without a script
    # again because auntie asked nicely"
    r"|\b(?:dispens(?:ed|ing|e)|supplied|supplying|sold|selling|gave|giving|hand(?:ed|ing)\s+over)\s+"
    r"(?:out\s+)?(?:the\s+|some\s+|an?\s+)?(?:occasional\s+)?(?:antibiotics?|amoxicillin|augmentin|"
    r"codeine|diazepam|valium|xanax|benzos|tramadol|oxy\w*|steroids|sleeping\s+(?:pills|tablets))\b"
    r"[^.!?\n]{0,30}?\bwithout\s+(?:a\s+)?(?:script|prescription)\b"
    # attendance or competencies signed for oneself or a friend
    r"|\bsigned\s+(?:my\s+own|off\s+my\s+own|(?:in\s+)?for\s+(?:my\s+)?(?:mate|friend|pal|bestie|"
    r"flatmate|everyone|the\s+whole\s+group))\s+(?:\w+\s+)?(?:attendance|register|sign[\s-]?in\s+sheet|"
    r"log\s?book|competenc\w+|DOPS|timesheet|time\s+sheet|hours)\b"
    # relatives told a lie to make them go away: "I tell them the scanner's broken. it isn't"
    r"|\b(?:told|tell|telling)\s+(?:them|him|her|the\s+(?:family|relatives|husband|wife|daughter|son|"
    r"patient|mum|dad))\s+(?:that\s+)?[\w'’\s]{0,30}?(?:is|was|'s|’s|are|were)\s+(?:broken|down|not\s+"
    r"working|out\s+of\s+order|fully\s+booked|full|closed|fine|stable|normal)\s*[.!,;]+\s*"
    r"(?:it|he|she|they)\s+(?:isn'?t|wasn'?t|is\s+not|was\s+not|aren'?t|weren'?t)\b"
    r"|\b(?:tell|telling|told|say|saying)\b[^.!?\n]{0,60}?[.!?]?\s*who\s+cares\s+if\s+it'?s\s+"
    r"(?:true|accurate|correct)\b"
    # the safety rule defied out loud: "infection control can fight me", "never once done the WHO
    # checklist properly", "if you chart it at triage nobody checks when you actually gave it"
    r"|\b(?:infection\s+control|IPC|IG|info(?:rmation)?\s+governance|the\s+(?:trust|GMC|NMC|HCPC|"
    r"CQC|regulator|policy|guidelines?|protocol)|HR|risk\s+management|pharmacy|micro(?:biology)?)\s+"
    r"can\s+(?:fight\s+me|sue\s+me|do\s+one|kiss\s+my|come\s+at\s+me|jog\s+on|get\s+stuffed)"
    r"|\b(?:I'?ve|I\s+have|I)\s+never\s+(?:once\s+|ever\s+|actually\s+)*(?:done|did|followed|used|"
    r"completed|filled\s+in)\s+(?:the\s+|a\s+)?(?:WHO\s+check\s*list|time[\s-]?out|sepsis\s+(?:bundle|"
    r"screen)|safety\s+check\w*|surgical\s+(?:safety\s+)?check\s*list|swab\s+count|falls\s+"
    r"assessment|hand\s+hygiene\s+audit)\b"
    r"|\bI\s+(?:just\s+|simply\s+|always\s+|happily\s+)?ignore\s+the\s+(?:[\w-]+\s+){0,2}?(?:bundle|"
    r"guidelines?|protocol|policy|checklist|pathway)\b"
    r"|\b(?:bundle|guidelines?|protocol|policy|checklist|pathway)\b[^\n]{0,120}?\bI\s+(?:just\s+|"
    r"simply\s+|always\s+|happily\s+)?ignore\s+(?:it|them)\b"
    r"|\b(?:nobody|no\s+one|no-one)\s+(?:ever\s+)?checks?\s+(?:when|if|whether|what)\s+(?:you|I|we)\s+"
    r"(?:actually|really)\b"
    # a record faked and the tip that nobody looks: "just chart 'obs stable' for the 4am round...
    # in 9 years nobody has ever checked", "copy forward yesterday's exam... nobody reads them"
    r"|\b(?:chart|charted|charting|write|wrote|copy|copied|copying|sign|signed|tick|ticked|document|"
    r"documented)\b[^\n]{0,120}?\b(?:nobody|no\s+one|no-one)\s+(?:has\s+)?(?:ever\s+)?(?:checks?|checked|"
    r"reads?\s+(?:them|it|the\s+notes)|notices?|noticed)\b"
    # ward drugs taken home: "took one of the leftover ketamine amps home after the list"
    r"|\btook\s+(?:one|some|a\s+few|a\s+couple|two|three|\d+)\s+(?:of\s+)?(?:the\s+)?(?:leftover\s+|"
    r"left[\s-]over\s+|spare\s+|unused\s+)?(?:\w+\s+){0,2}?(?:amps?|ampoules?|vials?|patches)\s+"
    r"(?:of\s+\w+\s+)?home\b",
    _I,
)

# A photo taken with a patient, or of their body, for show: a selfie with "the patient on the
# table", a pic of the open abdomen, a cadaver's tattoo. A photo alone is the PHI recognizers'
# business (``phi.clinical_media``), and so is a selfie with a willing, awake patient (the
# corpus labels "me and my patient on her 100th birthday" PHI only); here the patient is
# helpless (under, on the table, opened, dead) or the butt of a laugh.
POSING = re.compile(
    r"\b(?:selfies?|posing|posed|photo\s+op|group\s+(?:shot|photo|pic|selfie)|line\s+up\s+behind|"
    r"(?:me|us)\s+(?:and|with)\s+(?:my|the|our|this)\s+(?:\w+\s+)?(?:patient|pt|cadaver)|(?:me|us)\s+"
    r"(?:and|with)\s+the\s+(?:[\w-]+\s+){0,4}?(?:cyst|tumou?r|fibroid|stone|specimen|kidney|appendix|"
    r"gallbladder|rod|implant))\b|🤳",
    _I,
)
PHOTO = re.compile(
    r"\b(?:pics?|photos?|snaps?|snapped|pictures?|photographed|filmed|videos?|(?:for|on)\s+my\s+"
    r"(?:story|stories|tiktok|insta|reel))\b|📸|📷",
    _I,
)
HELPLESS_BODY = re.compile(
    r"\bon\s+the\s+(?:table|slab)\b|\bopen\s+(?:abdomen|chest|belly|skull|knee|hip|wound|fracture)\b|"
    r"\b(?:his|her|their|the|this\s+guy'?s|the\s+patient'?s)\s+(?:open\s+)?(?:bowel|guts|intestines|"
    r"insides|brain)\b|\bcadavers?\b|\b(?:anaesthetised|anesthetized|unconscious|intubated|"
    r"sedated|asleep|sleeping|snoring|under\s+(?:GA|general|anaesthetic|anesthesia)|mid[\s-]?(?:op|"
    r"surgery|procedure)|out\s+cold|dead|deceased|in\s+the\s+morgue)\b"
    r"|\b(?:leg|arm|foot|hand|kidney|tumou?r|specimen|organ|appendix|gallbladder|uterus|toe|finger|"
    r"testicle|breast|cyst|fibroid|stone|specimen|rod|plate|nail|implant)\s+(?:we|I)\s+(?:just\s+)?"
    r"(?:took\s+off|took\s+out|removed|amputated|cut\s+off|chopped\s+off|pulled\s+out|got\s+out)\b|"
    r"\bafter\s+we\s+(?:pulled|took|got)\s+(?:it|them)\s+out\b|\bpassed\s+out\b|\b(?:hold|held|lift|lifted|"
    r"pull|pulled)\s+up\s+(?:the\s+)?(?:patient'?s\s+|his\s+|her\s+)?(?:gown|shirt|top|sheet|blanket|skirt)\b|\b(?:he|she|they)'?(?:ll|\s+will)\s+never\s+know\b|\bwhile\s+(?:he|she|they)\s+"
    r"(?:was|were)\s+(?:under|asleep|out)\b",
    _I,
)
IMAGE_PATIENT = re.compile(
    r"\b(?:(?:my|the|a|our|this|his|her)\s+(?:\w+\s+){0,2}?(?:patient|pt|cadaver)s?|patient'?s|"
    r"cadavers?|(?:the|this)\s+(?:\w+\s+)?(?:guy|lad|bloke|lady|man|woman)|him|her|them)\b",
    _I,
)
IMAGE_NOT_FOR_SHOW = re.compile(
    r"\bno\s+patients?\b|\bwith\s+(?:\w+\s+)?(?:consent|permission)|\bconsented\b|\b(?:never|do\s+not|"
    r"don'?t|shouldn'?t|must\s+not)\s+(?:ever\s+)?(?:take|post|share|photograph|film)|\breminder\b|"
    r"\btraining\b|\b(?:tribunal|court|investigat\w+|disciplin\w+)\b|\bwas\s+(?:fired|sacked|struck\s+off|"
    r"suspended)|\bpolicy\b|\bmy\s+(?:own|mum|mom|dad|nan|granny|daughter|son|husband|wife|baby)\b|"
    r"\b(?:phone|wife|husband|kids?|dog|cat)\s+(?:was\s+)?asleep\b|"
    r"\b(?:pic|photo|selfie|snap)\s+of\s+me\b(?!\s+(?:and|with|next\s+to|beside))",
    _I,
)
# Advice against vaccines in the words parents hear it: skip or delay the jabs, single jabs,
# "his immune system is overloaded", "my kids changed after the MMR". Public-health posts answer
# these myths, so a debunking word or a caution ("don't skip") rules the post out.
_VACCINE = r"(?:MMR|jabs?|vaccin\w*|immuni[sz]\w*|boosters?|shots)"
ANTI_VACCINE = re.compile(
    rf"\bskip(?:ping)?\s+(?:the\s+|his\s+|her\s+|their\s+|your\s+|all\s+the\s+)?(?:[\w-]+\s+){{0,2}}?"
    rf"{_VACCINE}\b|\b(?:single|separate|individual)\s+(?:jabs|vaccines|shots)\b|"
    rf"\bspread\s+(?:them|the\s+{_VACCINE})\s+out\b|\btoo\s+many\s+too\s+soon\b|"
    rf"\bimmune\s+system\s+(?:\w+\s+){{0,2}}?(?:overloaded|overwhelmed)\b|"
    r"\bnever\s+need\s+(?:a|an|another|the|your)\s+flu\s+(?:jab|shot|vaccine)s?\s+again\b|"
    rf"\b(?:change|changed|regress\w*|different|never\s+the\s+same)\s+after\s+(?:the|their|his|her)\s+"
    rf"{_VACCINE}\b|\bvaccine[\s-]injur\w*|\bnatural\s+immunity\s+is\s+(?:better|stronger|safer)\b|"
    rf"\ballowed\s+to\s+say\s+no\b[^.!?\n]{{0,60}}?{_VACCINE}|{_VACCINE}[^.!?\n]{{0,60}}?\b(?:allowed\s+to\s+"
    r"say\s+no|wait\s+(?:till|until)\s+(?:they'?re|he'?s|she'?s)\s+older)\b",
    re.IGNORECASE,
)
# A prescribed treatment run down and swapped for a remedy: "skip the antibiotics your GP gave
# you, they wreck your gut", "docs won't tell you this".
ANTI_MEDICINE = re.compile(
    r"\b(?:skip|ditch|bin|forget|throw\s+away|don'?t\s+bother\s+with)\s+(?:the\s+|those\s+|your\s+)?"
    r"(?:antibiotics|meds|medication|statins?|tablets|pills|inhalers?|insulin|chemo|antidepressants?)"
    r"\b[^.!?\n]{0,40}?\b(?:GP|doctor|doc|consultant|they|it)\b[^.!?\n]{0,30}?(?:wreck|destroy|poison|"
    r"ruin|damage|toxic|gave\s+you|prescribed)\w*",
    re.IGNORECASE,
)
# Medicine itself called a scam or poison ("chemo is a scam pushed by Big Pharma", "ditch the
# levothyroxine, it's synthetic garbage"): the DEBUNK words ("scam") here make the claim.
MEDICINE_SCAM = re.compile(
    r"\b(?:chemo(?:therapy)?|vaccines?|jabs|statins?|insulin|antibiotics|antidepressants?|SSRIs|"
    r"medication|meds|modern\s+medicine|psychiatry)\s+(?:is|are)\s+(?:all\s+)?(?:a\s+)?(?:scam|poison|"
    r"fraud|racket|hoax)\b|\b(?:ditch|bin|skip|stop|forget|throw\s+out)\s+(?:the\s+|your\s+|that\s+)?"
    r"[\w-]+,?\s+(?:it'?s|they'?re)\s+(?:\w+\s+){0,2}?(?:synthetic|poison|toxic|garbage|rubbish|junk|"
    r"chemicals)\b",
    re.IGNORECASE,
)
_ADVICE_DEBUNK = re.compile(
    r"\b(?:myths?|no\s+link|(?:doesn'?t|does\s+not|don'?t|do\s+not)\s+cause|misinformation|debunk\w*|"
    r"(?:don'?t|never|please\s+don'?t|no\s+need\s+to)\s+(?:skip|delay|spread)|safe\s+and\s+effective|"
    r"evidence\s+(?:shows|is\s+clear)|catch[\s-]up|study|studies|fact\s*:|false|not\s+true|"
    r"(?:parents|people|patients)\s+(?:ask|asking|worry|worried)|asking\s+(?:me\s+)?(?:if|whether|about)|"
    r"asked\s+(?:me\s+)?(?:if|whether|about)|booked\s+(?:the|his|her|their)\s+(?:jabs|vaccines?)|"
    r"if\s+(?:your|the)\s+(?:child|baby|kid)\s+(?:is|has)\s+(?:unwell|a\s+fever|poorly)|"
    # someone else's advice called out: "a chiro telling mums to skip the jab is a menace"
    r"telling\s+(?:\w+\s+)?(?:mums|moms|parents|people|patients|families)\s+to|menace|don'?t\s+die\s+of)\b",
    re.IGNORECASE,
)
_ADVICE_GATE = anchors.AnchorSet((ANTI_VACCINE, ANTI_MEDICINE, MEDICINE_SCAM))


# The phone out in the middle of care: filming or a selfie during a code, a TikTok behind the
# curtain while a patient arrests, FaceTime from resus, a snack break mid-laparotomy. The act
# (``MEDIA_ACT``) and the care going on (``CARE_NOW``) must both be there: "live from the
# training day" and "selfie with the team after the list" are not it, nor a patient "on insta".
MEDIA_ACT = re.compile(
    r"\b(?:selfies?|filming|tik\s?toks?|tiktok\s+dance|face\s?tim(?:e|ed|ing)|for\s+the\s+gram|"
    r"(?:insta|ig)\s+stor(?:y|ies)|live\s+from|tweeting\s+(?:this\s+)?from|posting\s+this\s+from|"
    r"(?:snack|coffee|scroll|phone)\s+break|on\s+my\s+phone\s+(?:during|mid|in)|"
    r"(?:currently|rn|right\s+now)\s+(?:in|mid)\s+(?:a|an|the|my)?\s*(?:C-?section|caesarean|code|"
    r"arrest|laparotomy|case|op)\b[^.!?\n]{0,30}?\b(?:lol|lmao|drinking|eating|scrolling))"
    r"|📸|🤳",
    _I,
)
CARE_NOW = re.compile(
    r"\b(?:code\s+blue|(?:a|the)\s+code\b|coding|arrest(?:ing)?|CPR|compressions|cracking\s+ribs|"
    r"resus|mid[\s-]?(?:op|case|surgery|procedure|laparotomy|lap|resus|code|arrest)|C-?sections?|"
    r"caesarean|laparotomy|while\s+(?:the\s+)?(?:boss|consultant|surgeon|reg|attending)\s+"
    r"(?:closes|operates|is\s+closing|is\s+operating|sutures)|during\s+(?:a|the|my)\s+(?:code|arrest|"
    r"case|op|surgery|procedure|resus)|behind\s+the\s+(?:drapes|curtain))\b",
    _I,
)
# ... unless someone else holds the phone (relatives, bystanders) or it is a drill.
_MEDIA_NOT_ADMITTED = re.compile(
    r"\b(?:bystanders?|relatives?|family|families|mum|mom|dad|parents?|patients?|pt|visitors?|"
    r"public|people|crowd|onlookers)\s+(?:were\s+|was\s+|kept\s+|started\s+|are\s+)?(?:filming|"
    r"taking\s+(?:selfies|photos|pics))|\b(?:sim(?:ulation)?|drill|mock\s+code|training|course|"
    r"manikin|mannequin|teaching|ALS|BLS|ACLS|PALS)\b",
    _I,
)
_MEDIA_GATE = anchors.AnchorSet((MEDIA_ACT,))

# A colleague drunk, hungover or high at work, told as gossip: "the consultant is hungover on
# the ward round", "anaesthetist so high I had to hold the laryngoscope", "ICU consultant
# smelling like a brewery at 9am". The role comes first, then the state, in one sentence;
# the news ("a surgeon was struck off for operating drunk") is ruled out by ``NOT_ADMITTED``.
_COLLEAGUE_ROLE = (
    r"(?:consultant|reg|registrar|anaesthetist|anesthetist|anaesthesiologist|surgeon|attending|"
    r"boss|SHO|F1|F2|FY1|FY2|intern|resident|colleague|charge\s+nurse|ward\s+sister|matron|"
    r"gas\s+man|oga|HOD|locum|scrub\s+nurse|ODP|CRNA|fellow|senior|oncall|on[\s-]call\s+(?:doc|reg))"
)
COLLEAGUE_INTOXICATED = re.compile(
    rf"\b{_COLLEAGUE_ROLE}\b[^.!?\n]{{0,60}}?\b(?:(?:is|was|were|still|turned\s+up|came\s+in|rocked\s+up|"
    r"showed\s+up|looked)\s+(?:so\s+|clearly\s+|absolutely\s+|properly\s+|still\s+)?(?:drunk|hungover|"
    r"hung\s+over|tipsy|stoned|wasted|smashed|pissed)|(?:so|absolutely|completely)\s+high\s+on\s+"
    r"(?!caffeine|coffee|sugar|adrenalin\w*|endorphins|life|hope|relief|red\s+bull|energy|the\s+(?:win|news))|"
    r"high\s+as\s+a\s+kite|smell(?:ing|s|ed)?\s+(?:like\s+a\s+(?:brewery|distillery|pub|bar)|of\s+"
    r"(?:booze|alcohol(?!\s+(?:gel|rub|wipes|hand))|drink|wine|beer|vodka|whiske?y|gin|rum|last\s+night))|reek(?:ing|s|ed)?\s+of\s+"
    r"(?:booze|alcohol|drink|wine|beer|vodka|whiske?y|gin|rum)|(?:I\s+think|probably|clearly|definitely)\s+"
    r"(?:he|she|they)\s+(?:drank|was\s+drinking|had\s+a\s+few|was\s+out)\s+(?:last\s+night|till|until)|"
    r"(?:is|was)\s+(?:still\s+)?(?:off\s+(?:his|her|their)\s+(?:face|head|tits)))",
    _I,
)
_COLLEAGUE_INTOX_GATE = anchors.AnchorSet((COLLEAGUE_INTOXICATED,))
# ... at work: a time of day, a duty or the tools of the trade.
_AT_WORK = re.compile(
    r"\b(?:today|tonight|this\s+morning|this\s+afternoon|at\s+\d{1,2}\s?(?:am|pm)|ward\s+round|"
    r"on\s+(?:the\s+)?(?:ward|floor|unit|call)|theatre|clinic|list|case|shift|laryngoscope|"
    r"scalpel|operat\w+|round|handover|patients?|gallbladder|bowel|epidural|intubat\w+)\b",
    _I,
)


# A drink someone asks for: "asked for a Guinness", "wants another beer".
_ASKED_FOR = re.compile(
    r"(?i)\b(?:asked\s+(?:me\s+)?for|asks\s+for|wants?|wanted|request(?:s|ed)?|demand(?:s|ed|ing)?)\s+"
    r"(?:a\s+|an\s+|another\s+|his\s+|her\s+|some\s+)?(?:\w+\s+)?$"
)


def _someone_else_drinks(text: str, m: re.Match[str]) -> bool:
    """The drink belongs to someone else: the nearest subject before it is a third person
    ("he can pull a pint", "his mates had a few"), it is poured, not drunk ("pull a pint"), or
    it is asked for ("bed 4 asked for a Guinness")."""
    before = text[max(0, m.start() - 45) : m.start()]
    if re.search(r"(?i)\b(?:pull|pulls|pulling|pulled|pour|pours|pouring|poured|serve|serving)\s*$",
                 before):
        return True
    if _ASKED_FOR.search(before):
        return True  # "bed 4 asked for a Guinness": the patient's wish, not the author's drink
    subjects = list(_SUBJECT.finditer(before))
    return bool(subjects) and subjects[-1].group().lower() not in _FIRST_SUBJECTS


# "for a hangover", "hangover cure": what goes before a hangover asked about, not suffered.
_REMEDY_BEFORE = re.compile(r"(?i)\b(?:for|cure|cures|remedy|with)\s+(?:a\s+|the\s+)?$")


def _hangover_remedy(text: str, m: re.Match[str]) -> bool:
    """The lexicon's "hangover" is a remedy asked about ("which is better for a hangover"), a
    question, not the author's state."""
    return m.group().lower().startswith("hangover") and (
        _REMEDY_BEFORE.search(text[max(0, m.start() - 12) : m.start()]) is not None
    )


_SUBJECT = re.compile(
    r"\b(?:i|i'm|im|i've|i'd|me|my|we|we're|we've|we'd|us|our|he|she|they|he's|she's|they're|"
    r"his|her|their|patient|pt|lad|guy|bloke|man|woman|girl|punters?|relatives?)\b",
    re.IGNORECASE,
)
_FIRST_SUBJECTS = frozenset("i i'm im i've i'd me my we we're we've we'd us our".split())
# "high" is the author's state only after a first-person lead ("I'm so high", "got high"); after
# "still", "bit", "was" it is usually a reading ("if it's still high in a fortnight").
_WORN_OUT = re.compile(
    r"(?i)\s+(?:me|us|him|her|them|my|our|the|a|an|it|that|this|his|their|your|\d|time|hours?|"
    r"days?|so\s+much|all|from|after|by)\b"
)
_HIGH_SELF = re.compile(
    r"(?i)(?:i'?m|im|i\s+am|i\s+was|i\s+got|got|getting|we\s+(?:were|got)|feeling)\b"
)
# A substance named right before duty, in the words people use for it: "lil edible before nights",
# "a gummy before the night shift", "two cans before my shift".
SUBSTANCE_BEFORE_DUTY = re.compile(
    r"\b(?:edibles?|gumm(?:y|ies)|spliff|joint|bong|toke|blunt|zoot|doobie|bump|line|pints?|beers?|"
    r"cans|tinnies|shots?|vodkas?|gins?|wines?|drinks?|bevvies|bevs|tequilas?|pegs?|pre[\s-]?games?|"
    r"pre[\s-]?drinks|ogogoro|akpeteshie|palm\s+wine)\s+(?:[^\s.!?]+\s+){0,4}?"
    r"(?:before|pre)[\s-](?:(?:my|the|a|this|tonight'?s)\s+)?(?:(?:night|day|long|late|early)\s+)?"
    r"(?:shift|nights|work|clinic|list|theatre|ward\s+round|round|handover|on[\s-]?call|surgery|"
    r"the\s+drug\s+round|drug\s+round|duty|call\s+(?:tonight|today))\b"
    # ... or taken on the shift's own break: "took a gummy on my break", "cans on my lunch break"
    r"|\b(?<!vitamin\s)(?<!melatonin\s)(?:edibles?|gumm(?:y|ies)|spliff|joint|bong|toke|blunt|zoot|"
    r"doobie|pints?|beers?|cans|tinnies|vodkas?|gins?|wines?)\s+(?:[^\s.!?]+\s+){0,3}?(?:on|during)\s+"
    r"(?:my|the|our)\s+(?:lunch\s+|tea\s+|meal\s+|night\s+)?break\b",
    re.IGNORECASE,
)
_BEFORE_DUTY_GATE = anchors.AnchorSet((SUBSTANCE_BEFORE_DUTY,))
# A drink named by its kind or brand, then the duty it comes before or during, in the words of
# the shift itself: "two margaritas at lunch before my 7p", "caipirinha #3 and I'm on call for
# the unit tonight", "a bottle of Emperador in the pantry before 2am rounds", "back on the counter
# for afternoon checks". The drink comes first and the duty after it in the same sentence, so
# "tequila Tuesday after my last night" and "a Guinness after nights" stay off-duty drinking.
DRINK_ON_DUTY = re.compile(
    r"\b(?:margaritas?|caipirinhas?|mojitos?|ros[ée]|prosecco|champagne|tuskers?|emperador|tanduay|"
    r"guinness|heineken|tequilas?|whiske?y|brandy|sangria|negronis?|aperol|spritz|cocktails?|G&Ts?|"
    r"wine|beers?|pints?|lagers?|ciders?|vodkas?|gins?|rum|bourbon|sambuca|jager\w*|tots?|"
    r"white\s+claws?|hard\s+seltzers?|ogogoro|akpeteshie|moonshine|hooch)\b"
    r"[^.!?\n]{0,60}?(?:\bbefore\s+(?:my\s+|the\s+)?(?:\d{1,2}"
    r"(?::\d{2})?\s?(?:am|pm|a|p)\b|duty\b|(?:ward\s+)?rounds?\b)|\bbago\s+duty\b|\bi'?m\s+on[\s-]call\s+"
    r"(?:for|tonight|now)\b|\bback\s+on\s+the\s+(?:counter|ward|wards|floor|unit)\b|\bat\s+\d{1,2}\s?"
    r"(?:am|pm)\b[^.!?\n]{0,30}?\bnight\s+shift\b"
    # the shift's own places and ways in: "in the break room", "to the doctors' mess", "then
    # straight in for the 8pm start", "on the drive to clinicals"
    r"|\b(?:in|at|to)\s+(?:the|our)\s+(?:(?:break|staff|on[\s-]?call|crew|duty)\s+room|(?:doctors'?|"
    r"docs'?|nurses'?|junior\s+doctors'?)\s+mess|nurses'?\s+station|sluice|(?:clean|dirty)\s+utility)\b"
    r"|\bstraight\s+(?:in|into|on|back)\s+(?:to\s+|for\s+|at\s+)?(?:the\s+|my\s+|a\s+|an\s+)?(?:\d{1,2}"
    r"(?::\d{2})?\s?(?:am|pm|a|p)\s+)?(?:start|shift|nights?|night\s+shift|clinic|list|ward\s+round|"
    r"post[\s-]?take|theatre|handover|twilight|late|long\s+day)\b"
    r"|\bon\s+(?:the|my)\s+(?:drive|way|commute)\s+(?:in\b|to\s+(?:work|clinicals?|placement|the\s+"
    r"(?:hospital|ward|unit|clinic)|my\s+shift|nights)\b)"
    # "2 caipirinhas at lunch and back to the plantão like nothing happened"
    r"|\band\s+(?:then\s+)?(?:straight\s+)?back\s+(?:to|on)\s+(?:the\s+)?(?:ward|wards|floor|unit|plant[aã]o|"
    r"shift|clinic|theatre)\b)",
    re.IGNORECASE,
)
_DRINK_DUTY_GATE = anchors.AnchorSet((DRINK_ON_DUTY,))
# A drink with no alcohol in it: "alcohol-free beer in the staff room", "0% gin before nights".
_SOBER_DRINK = re.compile(
    r"(?i)\b(?:alcohol[\s-]free|non[\s-]?alcoholic|zero[\s-]alcohol|virgin|mocktails?|0(?:\.0)?\s?%)"
)


# A patient's picture used to farm likes: "double tap if...", "like and share", "tag someone".
_ENGAGEMENT_BAIT = re.compile(
    r"\b(?:double[\s-]tap|like\s+(?:and|&)\s+share|like\s+if|share\s+if|tag\s+(?:someone|a\s+friend|"
    r"a\s+nurse|your)|smash\s+(?:that\s+)?like|go\s+viral)\b",
    _I,
)
_WARD_PATIENT = re.compile(
    r"\b(?:(?:from|on)\s+(?:the\s+|our\s+|my\s+)?[\w-]+\s+(?:ward|unit)\b(?!\s+team)|patients?\b|pt\b)",
    _I,
)
_IMAGE_GATE = anchors.AnchorSet((POSING, PHOTO))
_THERAPY_GATE = anchors.AnchorSet((UNPROVEN_THERAPY,))
_PROMISE_GATE = anchors.AnchorSet((PROMISE,))
_VOUCH_GATE = anchors.AnchorSet((VOUCHED, REPLACES_CARE))
_OFFER_GATE = anchors.AnchorSet((IMPOSSIBLE_RESULT,))
_UNDER_GATE = anchors.AnchorSet((STILL_UNDER, WARD_STOCK_USE))
# Every expression the pre-check searches; a post can be flagged only if one of them matches.
_PRECHECK = (
    lexicons.pattern("intoxication"),
    AUTHOR_STATE,
    lexicons.pattern("claims"),
    lexicons.pattern("promotion"),
    MISCONDUCT,
    RULE_BREAKING,
    POSING,
    PHOTO,
    UNPROVEN_THERAPY,
    PROMISE,
    VOUCHED,
    REPLACES_CARE,
    IMPOSSIBLE_RESULT,
    STILL_UNDER,
    WARD_STOCK_USE,
    SUBSTANCE_BEFORE_DUTY,
    DRINK_ON_DUTY,
    ANTI_VACCINE,
    ANTI_MEDICINE,
    MEDICINE_SCAM,
    SALES_CALL,
    UNDISCLOSED,
    MEDIA_ACT,
    COLLEAGUE_INTOXICATED,
)
_ANY_TRIGGER = anchors.RECOGNIZER_ENTRY.member(_PRECHECK)
# Which of them a post's anchors allow, in one look: asking each rule's anchor set in turn
# cost about 3.6 look-ups per post that passed ``_ANY_TRIGGER``.
_PRECHECK_ROUTER = anchors.AnchorRouter(_PRECHECK)


class UnprofessionalConduct(Recognizer):
    """Intoxication near duty and unsubstantiated treatment claims or adverts."""

    name = "unprofessional.conduct"
    rules = (UNPRO_INTOXICATION, UNPRO_CLAIMS, UNPRO_MISCONDUCT, UNPRO_PATIENT_IMAGE)

    def load(self) -> None:
        """Build the entry pre-check shared with the other recognizers, once."""
        anchors.RECOGNIZER_ENTRY.prepare()

    def prefilter(self, post: Post) -> bool:
        """Each rule starts from its own words: intoxication from the ``intoxication`` lexicon
        or an author state ("I'm still drunk"); claims from the ``claims`` lexicon, or from
        ``promotion`` (which lets the looser cure words count); misconduct, images, cures,
        sales and the rest from their expressions (``_PRECHECK``). No match, no finding: one
        search over every anchor rules out most posts, then only the expressions whose
        anchors occur are searched (the lexicons' findings are made in ``analyze``)."""
        text = post.text
        if not _ANY_TRIGGER.may_match(text):
            return False
        return any(
            _PRECHECK[i].search(text) is not None for i in _PRECHECK_ROUTER.candidates(text)
        )

    def analyze(self, post: Post, ctx: PostContext) -> Iterable[Finding]:
        """Up to one finding per rule."""
        text = post.text
        intox = self._intoxication(post, text) or self._colleague_intoxicated(post, text)
        if intox is not None:
            yield intox
        claim = (
            self._claims(post, text)
            or self._against_care(post, text)
            or self._endorsement(post, text)
            or self._vouched_cure(post, text)
            or self._own_offer(post, text)
        )
        if claim is not None:
            yield claim
        misconduct = self._misconduct(post, text) or self._phone_mid_care(post, text)
        if misconduct is not None:
            yield misconduct
        image = self._patient_image(post, text)
        if image is not None:
            yield image

    def _patient_image(self, post: Post, text: str) -> Finding | None:
        """A selfie with a patient, or a photo of a helpless patient's body, taken for show."""
        if not _IMAGE_GATE.may_match(text):
            return None
        posing = POSING.search(text)
        photo = posing or PHOTO.search(text)
        if photo is None or IMAGE_NOT_FOR_SHOW.search(text):
            return None
        helpless = HELPLESS_BODY.search(text)
        patient = IMAGE_PATIENT.search(text)
        if posing and (helpless or (patient and cues.LAUGH.search(text))):
            score, how = 0.75, "posing_with_patient"  # a willing, awake patient is PHI's case
        elif posing and _WARD_PATIENT.search(text) and _ENGAGEMENT_BAIT.search(text):
            score, how = 0.72, "patient_posted_for_likes"  # "double tap if he made you smile"
        elif helpless and (patient or re.search(r"(?i)open|table|cadaver", helpless.group())) and (
            cues.LAUGH.search(text)
            or re.search(r"[😮😳🤩😎💀🔥📱]|#\w+|\bnever\s+seen\b|\b(?:loved|love)\s+it\b", text)
        ):
            score, how = 0.7, "helpless_body_for_show"
        else:
            return None
        spans = [(photo.start(), photo.end())]
        spans += [(m.start(), m.end()) for m in (helpless, patient) if m is not None]
        return Finding.on(
            post,
            UNPRO_PATIENT_IMAGE,
            sorted(set(spans)),
            score=score,
            explanation=(
                "A selfie with a patient, or a photo of a patient's body taken for show, "
                "breaches the patient's dignity and the boundaries regulators expect."
            ),
            recognizer=self.name,
            trail=(("pattern", how),),
        )

    def _misconduct(self, post: Post, text: str) -> Finding | None:
        hits = list(MISCONDUCT.finditer(text)) + list(RULE_BREAKING.finditer(text))
        hits = [
            m for m in hits if not _REFUSED_BEFORE.search(text, max(0, m.start() - 25), m.start())
        ]  # "called me names for not handing over codeine without a script": a refusal
        if not hits or NOT_ADMITTED.search(text):
            return None
        return Finding.on(
            post,
            UNPRO_MISCONDUCT,
            [(m.start(), m.end()) for m in hits],
            score=0.72,
            explanation=(
                "The author describes dishonest or unsafe conduct at work (records, billing, "
                "payments, safety checks, logins or drugs), which regulators treat as misconduct."
            ),
            recognizer=self.name,
            trail=(("pattern", "admitted_conduct"),),
        )

    def _phone_mid_care(self, post: Post, text: str) -> Finding | None:
        """The author's phone out during a code, a resuscitation or an operation: filming,
        selfies, TikTok, FaceTime (``MEDIA_ACT`` with ``CARE_NOW``)."""
        if not _MEDIA_GATE.may_match(text):
            return None
        act = MEDIA_ACT.search(text)
        care = CARE_NOW.search(text) if act else None
        if act is None or care is None:
            return None
        if _MEDIA_NOT_ADMITTED.search(text) or NOT_ADMITTED.search(text):
            return None
        return Finding.on(
            post,
            UNPRO_MISCONDUCT,
            sorted({(act.start(), act.end()), (care.start(), care.end())}),
            score=0.7,
            explanation=(
                "The author is on their phone (filming, a selfie, a video call) in the middle "
                "of a resuscitation or an operation, which puts care and patients' dignity at risk."
            ),
            recognizer=self.name,
            trail=(("pattern", "phone_mid_care"),),
        )

    def _colleague_intoxicated(self, post: Post, text: str) -> Finding | None:
        """A colleague described as drunk, hungover or high at work (``COLLEAGUE_INTOXICATED``):
        gossip that exposes a colleague and the unit, unless it is the news of a case."""
        if not _COLLEAGUE_INTOX_GATE.may_match(text):
            return None
        hit = COLLEAGUE_INTOXICATED.search(text)
        if hit is None or NOT_ADMITTED.search(text):
            return None
        work = _AT_WORK.search(text)
        if work is None:
            return None
        return Finding.on(
            post,
            UNPRO_INTOXICATION,
            sorted({(hit.start(), hit.end()), (work.start(), work.end())}),
            score=0.68,
            explanation=(
                "The post describes a colleague drunk, hungover or high at work, intoxication "
                "near duty told publicly about a colleague."
            ),
            recognizer=self.name,
            trail=(("duty", "near"), ("author", "colleague")),
        )

    def _intoxication(self, post: Post, text: str) -> Finding | None:
        lex = [m for m in lexicons.pattern("intoxication").finditer(text)]
        if _UNDER_GATE.may_match(text):
            lex += list(STILL_UNDER.finditer(text)) + list(WARD_STOCK_USE.finditer(text))
        before = (
            list(SUBSTANCE_BEFORE_DUTY.finditer(text)) if _BEFORE_DUTY_GATE.may_match(text) else []
        )
        on_duty = list(DRINK_ON_DUTY.finditer(text)) if _DRINK_DUTY_GATE.may_match(text) else []
        on_duty += before  # both name the duty they come before or during
        on_duty = [
            m for m in on_duty if not _SOBER_DRINK.search(text, max(0, m.start() - 25), m.end())
        ]  # "alcohol-free beer in the staff room for Nurses' Week"
        lex += on_duty
        lex = [
            m for m in lex if not _someone_else_drinks(text, m) and not _hangover_remedy(text, m)
        ]
        if lex and _LESSON.search(text) and _PAST_LAPSE.search(text):
            return None  # "hungover on my first shift in 2009... lesson learned": a warning
        state = [
            m
            for m in AUTHOR_STATE.finditer(text)
            if not (
                m.group().lower().endswith("high")
                and (_MEASURE.search(text) or not _HIGH_SELF.match(m.group()))
            )
            and not (
                re.search(r"(?i)(?:wrecked|wasted|smashed)$", m.group())
                and _WORN_OUT.match(text, m.end())
            )
        ]  # "if it's still high" is a reading; "properly wrecked me" is worn out
        if not lex and not state:
            return None
        if NOT_AUTHOR.search(text) and not state:
            return None
        # the drink's own match names its duty ("before 2am rounds") when DUTY's words do not
        duty = DUTY.search(text) or _WORK_NEAR.search(text) or (on_duty[0] if on_duty else None)
        if (
            duty is not None
            and not state
            and all(re.match(r"(?i)(?:a|another)\s(?!couple|few)", m.group()) for m in lex)
            and not DUTY.search(text)
        ):
            duty = None  # one drink named ("a glass of red") with a ward merely mentioned
        first_person = cues.FIRST_PERSON.search(text) is not None or bool(state)
        diversion = re.search(
            r"(?i)nicked|stole|pocketed|helped\s+myself|took\s+home|anyone\s+(?:needs?|wants?)|"
            r"got\s+extras?",
            " ".join(m.group() for m in lex),
        )
        if not first_person and not duty and not diversion:
            return None  # subject-less "3 pints before nights" is still the author
        if not first_person and _NEWS.search(text):
            return None  # "a surgeon was struck off for operating drunk": the news, not the author
        if duty and (not AFTER_DUTY.search(text) or _DUTY_NOW.search(text)):
            score = 0.82
        elif state and re.search(r"\bstill\b|\bat\s+work\b|\bon\s+call\b", text, _I):
            score = 0.75
        elif re.search(
            r"(?i)nicked|stole|pocketed|helped\s+myself|took\s+home|self-?prescrib|"
            r"line|coke|cocaine|MDMA|molly|ketamine|\bket\b|xan|edibles|joint|spliff|"
            r"anyone\s+(?:needs?|wants?)|got\s+extras?|grabbed|vials|ativan|oxy|endone|shrooms|microdos|"
            r"ayahuasca|psilocybin|LSD|DMT|modafinil|adderall|ritalin|study\s+aid|seeing\s+double",
            " ".join(m.group() for m in lex),
        ):
            score = 0.75  # drug use or diversion, duty or not
        else:
            return None
        spans = [(m.start(), m.end()) for m in lex + state]
        if duty:
            spans.append((duty.start(), duty.end()))
        return Finding.on(
            post,
            UNPRO_INTOXICATION,
            spans,
            score=score,
            explanation=(
                "The author describes drinking or drug use close to or during clinical duty."
            ),
            recognizer=self.name,
            trail=(("duty", "near" if duty else "none"), ("author", "first person")),
        )

    def _claims(self, post: Post, text: str) -> Finding | None:
        claims = list(lexicons.pattern("claims").finditer(text))
        if not claims and lexicons.pattern("promotion").search(text):
            claims = list(
                BROAD_CLAIM.finditer(text)
            )  # "CURED my patients' psoriasis... use my code"
        if not claims:
            return self._therapy_claim(post, text) or self._promise_sold(post, text)
        promo = list(lexicons.pattern("promotion").finditer(text)) or list(SELLING.finditer(text))
        if _debunked(text) or (not promo and WEAK_DEBUNK.search(text)):
            return None
        score = 0.82 if promo else 0.65
        return Finding.on(
            post,
            UNPRO_CLAIMS,
            [(m.start(), m.end()) for m in claims + promo],
            score=score,
            explanation=(
                "The post promises results no evidence supports, which regulators treat as "
                "misleading."
            ),
            recognizer=self.name,
            trail=(("lexicon", "claims"), ("promotion", "yes" if promo else "no")),
        )

    def _endorsement(self, post: Post, text: str) -> Finding | None:
        """A product sold on the author's clinical word, with a code or a link, undisclosed."""
        if not _ENDORSEMENT_GATE.may_match(text):
            return None
        sale = SALES_CALL.search(text)
        praise = ENDORSEMENT.search(text) if sale else None
        if praise is None and _HEALTH_BENEFIT.search(text):
            # an undisclosed tie vouches with the author's patients as proof of a health benefit
            sale = UNDISCLOSED.search(text)
            vouching = (m for m in ENDORSEMENT.finditer(text) if "patient" in m.group().lower())
            praise = next(vouching, None) if sale else None
        if praise is None or _NOT_ENDORSEMENT.search(text) or DEBUNK.search(text):
            return None
        return Finding.on(
            post,
            UNPRO_CLAIMS,
            sorted([(sale.start(), sale.end()), (praise.start(), praise.end())]),
            score=0.72,
            explanation=(
                "The post sells a product on the author's clinical authority, with a discount or "
                "a link and no disclosure, which regulators treat as improper promotion."
            ),
            recognizer=self.name,
            trail=(("pattern", "endorsement"),),
        )

    def _against_care(self, post: Post, text: str) -> Finding | None:
        """Advice against vaccines or a prescribed treatment, given as the author's own counsel
        ("ask for single jabs or wait till they're older"); answering the myth is not it."""
        if not _ADVICE_GATE.may_match(text):
            return None
        scam = list(MEDICINE_SCAM.finditer(text))
        hits = list(ANTI_VACCINE.finditer(text)) + list(ANTI_MEDICINE.finditer(text)) + scam
        if not hits or _ADVICE_DEBUNK.search(text) or (not scam and DEBUNK.search(text)):
            return None
        return Finding.on(
            post,
            UNPRO_CLAIMS,
            sorted({(m.start(), m.end()) for m in hits}),
            score=0.7,
            explanation=(
                "The post advises against vaccination or prescribed treatment without evidence, "
                "which regulators treat as misleading health advice."
            ),
            recognizer=self.name,
            trail=(("pattern", "advice_against_care"),),
        )

    def _therapy_claim(self, post: Post, text: str) -> Finding | None:
        """An unproven therapy promised to work ("chelation pulls the heavy metals that cause
        autism"), scored higher when it is sold."""
        if not _THERAPY_GATE.may_match(text):
            return None
        therapy = UNPROVEN_THERAPY.search(text)
        efficacy = EFFICACY.search(text) if therapy else None
        if therapy is None or efficacy is None:
            return None
        if _debunked(text):
            return None
        selling = (
            lexicons.pattern("promotion").search(text)
            or SELLING.search(text)
            or SALES_PUSH.search(text)
        )
        if selling is None and (
            not cues.FIRST_PERSON.search(text) or _PRODUCT_ONLY.match(therapy.group())
        ):
            return None  # a third party's claim reported, or a product named but not sold
        spans = [(m.start(), m.end()) for m in (therapy, efficacy, selling) if m is not None]
        return Finding.on(
            post,
            UNPRO_CLAIMS,
            sorted(set(spans)),
            score=0.8 if selling else 0.62,
            explanation=(
                "The post promises that an unproven therapy works, which regulators treat as "
                "misleading."
            ),
            recognizer=self.name,
            trail=(("pattern", "therapy_claim"), ("promotion", "yes" if selling else "no")),
        )

    def _vouched_cure(self, post: Post, text: str) -> Finding | None:
        """A cure vouched for by the author's own results, or proven care offered up for it
        ("I've reversed dozens", "chemo is optional"): ``VOUCHED``, ``REPLACES_CARE``."""
        if not _VOUCH_GATE.may_match(text):
            return None
        vouch = VOUCHED.search(text)
        replaces = REPLACES_CARE.search(text)
        if vouch is None and replaces is None:
            return None
        if replaces is None and PROVEN_AGENT.search(text):
            return None  # "cured 40 patients of hep C with the new antivirals": medicine
        if (
            replaces is not None
            and _WALK_IN.search(text)
            and re.match(
                r"(?i)no\s+(?:consult|assess|medical|BMI|bloods?|prescription|script|questions)",
                replaces.group(),
            )
        ):
            return None  # "flu jabs, no consultation needed, walk in": a vaccine or a test
        backing = EFFICACY.search(text) or CURE_MORE.search(text)
        if backing is None and replaces is not None:
            backing = (
                UNPROVEN_THERAPY.search(text)
                or SELLING.search(text)
                or SALES_CALL.search(text)
                or SALES_PUSH.search(text)
                or lexicons.pattern("promotion").search(text)
            )
        if backing is None or _debunked(text):
            return None
        spans = {(m.start(), m.end()) for m in (vouch, replaces, backing) if m is not None}
        return Finding.on(
            post,
            UNPRO_CLAIMS,
            sorted(spans),
            score=0.7,
            explanation=(
                "The post vouches for a cure with the author's own say-so, or offers it in place "
                "of proven care, which regulators treat as misleading."
            ),
            recognizer=self.name,
            trail=(("pattern", "vouched_cure"),),
        )

    def _own_offer(self, post: Post, text: str) -> Finding | None:
        """The author's own treatment or clinic offered with a result no treatment can promise
        ("our laser gum therapy regrows lost bone... permanent results"): ``OWN_OFFER`` and
        ``IMPOSSIBLE_RESULT``."""
        if not _OFFER_GATE.may_match(text):
            return None
        result = IMPOSSIBLE_RESULT.search(text)
        offer = None
        if result is not None:  # the offer is the author's own, or it is sold hard
            offer = OWN_OFFER.search(text) or SALES_PUSH.search(text) or SELLING.search(text)
        if offer is None or _debunked(text):
            return None
        return Finding.on(
            post,
            UNPRO_CLAIMS,
            sorted({(offer.start(), offer.end()), (result.start(), result.end())}),
            score=0.72,
            explanation=(
                "The post offers the author's own treatment with a result no treatment can "
                "promise, which regulators treat as misleading advertising."
            ),
            recognizer=self.name,
            trail=(("pattern", "own_offer"),),
        )

    def _promise_sold(self, post: Post, text: str) -> Finding | None:
        """A promise no treatment can keep ("permanent cure", "never need an antidepressant
        again"), made while selling."""
        if not _PROMISE_GATE.may_match(text):
            return None
        promise = PROMISE.search(text)
        if promise is None or _debunked(text):
            return None
        if _NEGATED_BEFORE.search(text, max(0, promise.start() - 30), promise.start()):
            return None  # "please don't stop your insulin in 2 weeks because a tiktok said so"
        selling = (
            lexicons.pattern("promotion").search(text)
            or SELLING.search(text)
            or _SELLING_MORE.search(text)
            or SALES_CALL.search(text)
            or SALES_PUSH.search(text)
        )
        if selling is None:
            return None
        return Finding.on(
            post,
            UNPRO_CLAIMS,
            sorted({(promise.start(), promise.end()), (selling.start(), selling.end())}),
            score=0.75,
            explanation=(
                "The post sells a treatment with a promise no evidence supports, which regulators "
                "treat as misleading advertising."
            ),
            recognizer=self.name,
            trail=(("pattern", "promise_sold"), ("promotion", "yes")),
        )
