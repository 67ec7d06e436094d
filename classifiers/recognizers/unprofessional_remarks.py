"""Remarks about people: derogatory patient slang and mockery, mocking colleagues,
discriminatory remarks, sexual content, and insulting or threatening someone online.

The line clinicians cross is the target, not the tone (LABELLING.md: "a joke is harmless when
its target is the system, the author, the job, or no one"). Slang such as "frequent flyer" or
"GOMER" is derogatory by itself when it is about patients, and harmless about air miles; a
sneer ("another genius who googled his symptoms") needs a patient to be aimed at; an insult
of a colleague needs a colleague. Board figures (Greysen et al. 2013: discriminatory remarks
60%, derogatory remarks about patients 46%) set the rules' weights in ``classifiers.rules``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from classifiers import anchors, cues, lexicons
from classifiers.base import PostContext, Recognizer
from classifiers.findings import Finding
from classifiers.rules import (
    UNPRO_COLLEAGUE,
    UNPRO_DEROGATORY,
    UNPRO_DISCRIMINATORY,
    UNPRO_HOSTILE,
    UNPRO_SEXUAL,
)
from scanner.models import Post

_I = re.IGNORECASE

# "frequent flyer" about the author's travel, "whale" about the animal, "Karen" as a name
SLANG_HARMLESS = re.compile(
    r"\b(?:boarding\s+pass|suitcase|luggage|conferences?|airports?|flights?|air\s?miles|miles|airline|aer\s+lingus|ryanair|BA|lounge|points|gold\s+status|"
    r"gold\s+card|"
    r"my\s+flights?|flying|whale[\s-]watch\w*|rodeo\s+clowns?|feral\s+(?:raccoons?|cats?|dogs?|pigeons?|"
    r"foxe?s?|goats?|pigs?|horses?)|dinosaur\s+(?:game|book|toy|museum|park|costume|pyjamas|party|"
    r"stickers?|film|movie|show)|it'?s\s+20\d\d|somebody'?s\s+(?:nan|gran|granny|grandad|mum|dad|child)|"
    r"(?:runaway|escaped|loose|prize|dairy|beef|calving)\s+heifers?|"
    r"regulars\s+at\s+(?:the\s+)?(?!(?:ED|A&E|ER|clinic|surgery|practice|pharmacy|hospital|ward)\b)\w+|is\s+me\s+when|whales?\s+(?:song|sharks?)|hippo\s+(?:at|in)"
    r"\s+the\s+zoo|"
    r"frequent\s+fl[yi]ers?\s+(?:of|at)\s+(?:the\s+)?(?:servo|shop|canteen|vending\s+machine|costa|tesco|starbucks|"
    r"coffee\s+(?:cart|shop|machine)|chippy|pub|gym|greggs|spar|bakery|drive[\s-]thru|mcdonald'?s|library)|"
    r"apple\s+crumble|rhubarb\s+crumble|crumble\s+and\s+custard|natural\s+selection\s+in|"
    r"self-inflicted\s+(?:injury|harm)\s+(?:is|are|can|in)|drug[\s-]seeking\s+behaviou?r\s+(?:is|"
    r"in)|"
    r"stop\s+calling|don'?t\s+call|never\s+call|calling\s+(?:patients|people)|we\s+shouldn'?t|"
    r"stigma\w*|term\s+(?:is|was)|language\s+matters|words\s+matter)\b",
    _I,
)
# an insult denied: "they are scared, not stupid"
_NEGATED = re.compile(
    r"\b(?:not|never|isn'?t|aren'?t|wasn'?t|weren'?t)\s+(?:\w+\s+)?$"
    r"|\bnot\s+because\s+(?:[\w'’]+\s+){0,2}$",  # "not because they're stupid but because..."
    _I,
)
# the term mentioned rather than used: "that's not bed blocking", "stop saying 'frequent flyer'"
_MENTIONED = re.compile(r"(?:\bnot\s+|[\"“‘'])$", _I)
# ... or denied right after: "Dr Google isn't the enemy", "frequent flyers aren't the problem"
_DENIED_AFTER = re.compile(
    r"^\s*(?:isn'?t|is\s+not|aren'?t|are\s+not|was\s+never|is\s+never)\b", _I
)
# The person talked about is a date, a match or a stranger online, not a patient.
_NOT_A_PATIENT = re.compile(
    r"\b(?:hinge|tinder|bumble|grindr|dating\s+app|matched\s+with|first\s+date|on\s+a\s+date|"
    r"my\s+date|blind\s+date|(?:^|\.\s+)date\s+(?:asked|said|wanted|told\s+me))\b",
    _I,
)
# A quote from a document, not from a patient: 'a CT request that just says "rule out
# everything"', 'the referral reads "?cause"'.
_DOCUMENT_QUOTE = re.compile(
    r"\b(?:requests?|referrals?|letters?|forms?|notes?|emails?|signs?|labels?|charts?|scripts?|"
    r"guidelines?|policy|memo|template|rota|card|box)\b[^.!?\n]{0,25}?\b(?:says?|said|reads?|read|"
    r"saying|stating|states?|titled|with)\s*[\"“']",
    _I,
)
# Consent taken for an operation, not consent to share the story: "consented a BMI 52 for a lap
# chole" leaves the post's remark as it is.
_SURGICAL_CONSENT = re.compile(
    r"\bconsent(?:ed|ing)\s+(?:a|an|the|my|this|him|her|them)\b[^.!?\n]{0,40}?\bfor\s+(?:a|an|the|his|"
    r"her|their)?\s*\w+",
    _I,
)
# A name in a greeting is a name: "Hi Karen, I hear you".
_GREETED = re.compile(
    r"\b(?:hi|hey|hello|dear|thanks|thank\s+you|cheers|sorry|morning)\s*,?\s*$", _I
)
SNEER = re.compile(
    r"\b(?:another|yet\s+another|this|the|our|my|today'?s|tonight'?s)\s+(?:genius|einstein|"
    r"rocket\s+scientist|charmer|delight|gem|princess|diva|drama\s+queen|snowflake|karen|"
    r"legend|champion|specimen|clown|muppet|eejit|idiot|moron|imbecile|halfwit|numpty|"
    r"dingbat|wally)s?\b(?!\s+(?:colleague|team|nurse|reg|registrar|consultant|of\b))(?!(?-i:\s+[A-Z]))"
    r"|\b(?:too\s+fat|so\s+fat|fat\s+(?:lady|man|woman|guy|bloke|cow|pig|slob)|couldn'?t\s+"
    r"fit|needed\s+(?:two|2)\s+(?:trolleys|beds|chairs)|ate\s+(?:himself|herself)|"
    r"thick\s+as|dumb\s+as|stupid\s+as|IQ\s+of|brain\s+cells?|not\s+the\s+sharpest|"
    r"room\s+temperature\s+IQ|bless\s+(?:him|her)\s*(?:🙄|😂|lol)|the\s+audacity|"
    r"some\s+people\s*(?:🙄|😂|smh|ffs|honestly)|crying\s+like\s+a\s+baby|screaming\s+like\s+a\s+"
    r"(?:baby|girl|pig)|wimp|pathetic|disgusting\s+(?:man|woman|people|family|patient)|"
    r"smelled\s+like|stank|stinks|minging|feral|animals|savages|trash|white\s+trash|"
    r"deserved\s+(?:it|what\s+(?:he|she|they)\s+got)|serves\s+(?:him|her|them)\s+right|"
    r"natural\s+selection|darwin\s+award|should\s+have\s+let\s+(?:him|her|them)\s+die|"
    r"waste\s+of\s+(?:a\s+bed|my\s+time|resources|NHS\s+money|money|space|oxygen)|"
    r"what\s+an?\s+(?:dingbat|muppet|numpty|idiot|moron|eejit|clown|walnut|melt|plank)|"
    r"screamed\s+like\s+a\s+(?:pig|baby|girl)|like\s+(?:vultures|cattle|a\s+pack\s+of\s+(?:wolves|hyenas|"
    r"animals)))\b",
    _I,
)
COLLEAGUE_INSULT = re.compile(
    r"\b(?:useless|incompetent|clueless|lazy|idiot|idiotic|moronic|muppet|numpty|eejit|"
    r"knuckle[\s-]?dragg\w+|dinosaurs?|(?:stupid|thick|dumb)(?!\s+questions?\b)|brain[\s-]?dead|"
    r"waste\s+of\s+space|"
    r"arrogant|pathetic|spineless|gutless|power[\s-]?tripping|hopeless|dim|dense|"
    r"bone\s+carpenters?|plumbers|glorified\s+\w+|can'?t\s+(?:even\s+)?(?:cannulate|read\s+an\s+"
    r"ECG|take\s+a\s+history|examine|count|read)|wouldn'?t\s+know\s+(?:an?\s+|the\s+)?\w+\s+if|no\s+idea\s+what|"
    r"should\s+be\s+struck\s+off|should\s+be\s+fired|ought\s+to\s+be\s+sacked|idiots|morons|"
    r"clowns|muppets)\b",
    _I,
)
# Harm wished on someone: "hope he chokes on it", "I hope it passes sideways", "hope your phones
# get stolen", "could have throttled her".
ILL_WISH = re.compile(
    r"\bhope\s+(?:he|she|they|you|it|your\s+\w+|the\s+(?:patient|relative|man|woman|lady|guy|bloke|reg|"
    r"consultant|manager|family))\s+(?:\w+\s+)?(?:chokes?|dies|die\s+(?:slowly|alone)|suffers?|rots?|"
    r"passes\s+sideways|gets?\s+(?:what'?s\s+coming|hit\s+by|run\s+over|stolen|sepsis)|steps?\s+on\s+"
    r"(?:lego|a\s+plug)|never\s+walks?\s+again)\b"
    r"|\b(?:could\s+have|wanted\s+to|was\s+tempted\s+to|about\s+to)\s+(?:slap|punch|strangle|throttle|smack|"
    r"deck|thump|kill)(?:ed)?\s+(?:him|her|them|the\s+(?:patient|relative|man|woman|lady|guy|bloke|reg|"
    r"consultant|mum|dad))\b"
    r"|\bwith\s+my\s+(?:shoe|boot|fist)(?:\s?print)?\s+(?:on|in)\s+(?:her|his|their)\s+face\b"
    r"|\blet\s+(?:her|him|them)\s+(?:drown|rot|sink)\b|\bbefore\s+I\s+(?:give|gave)\s+(?:her|him|them)\s+"
    r"(?:haloperidol|haldol|midaz\w*|lorazepam|a\s+sedative|ketamine)\b",
    _I,
)
# The faceless maker of a rota, a system or a policy: a curse at them is a joke at the system.
_WHOEVER_MADE = re.compile(
    r"\bwhoever\s+(?:\w+\s+)?(?:designed|invented|decided|made|wrote|built|came\s+up|thought|bought|"
    r"chose|approved|signed\s+off|planned|scheduled)\b",
    _I,
)
# A newborn's size is news, not a sneer: "the size of him 😂 congrats, 4.6 kilos of nephew".
_BABY_NEWS = re.compile(
    r"\b(?:baby|newborn|nephew|niece|grandson|granddaughter|congrat\w*|kilos?\s+of|pounds?\s+of)\b",
    _I,
)
COLLEAGUE_PRAISE = re.compile(
    r"\b(?<!no\s)(?:thank|thanks|grateful|proud|amazing|brilliant|legend|superstar|hero|heroes|"
    r"shout[\s-]?out|kudos|congrat\w*|well\s+done|support|supportive)\b",
    _I,
)
DISCRIMINATORY_PHRASE = re.compile(
    r"\b(?:all|these|those|typical|bloody|fucking|f\*+ing|the)\s+(?:immigrants?|foreigners?|"
    r"migrants?|refugees?|asylum\s+seekers?|travell?ers?|gypsies|roma|muslims?|jews?|blacks?|"
    r"asians?|africans?|indians?|pakistanis?|nigerians?|poles|polish|romanians?|eastern\s+"
    r"europeans?|gays?|lesbians?|trans\s+people|trannies|women|old\s+people|boomers|fat\s+"
    r"people|obese\s+people|addicts|alcoholics|homeless|tourists),?\s+(?:are|always|never|"
    r"just|all|who|ruin\w*|clog\w*|abuse\w*|expect\w*|think|can'?t|don'?t|wont|won'?t|"
    r"should|need\s+to|come\s+(?:here|over)|breed)\b"
    r"|\b(?:go\s+back\s+to\s+(?:your|their)\s+(?:own\s+)?country|can'?t\s+(?:even\s+)?speak\s+"
    r"(?:a\s+word\s+of\s+)?English|learn\s+(?:the\s+)?English|health\s+tourists?|"
    r"(?:women|girls)\s+(?:shouldn'?t|can'?t)\s+be\s+(?:surgeons|doctors|consultants)|"
    r"that'?s\s+so\s+gay|man\s+up|throws?\s+like\s+a\s+girl|their\s+culture|these\s+people|"
    r"learn\s+(?:the\s+)?(?:language|English)\s+or\s+go\s+(?:back|home))\b",
    _I,
)
HOSTILE = re.compile(
    r"\b(?:(?:maybe|try)\s+check(?:ing)?\s+your\s+own|stop\s+(?:crying|whining|moaning|whinging)\s+"
    r"(?:on|all\s+over)\s+(?:facebook|twitter|social\s+media|instagram|tiktok|the\s+internet)|(?:a|my)\s+(?:solicitor|lawyer)'?s\s+letter|i\s+know\s+(?:exactly\s+)?who\s+you\s+are|"
    r"you'?d\s+know\s+all\s+about|(?:which\s+)?you'?d\s+know\s+if\s+you'?d|if\s+you'?d\s+(?:stopped\s+"
    r"talking|listened|bothered|read)|read\s+your\s+own\s+(?:messages|emails|letters|notes|texts)|"
    r"i'?ll\s+be\s+waiting\s+(?:for\s+you\s+)?in\s+the\s+car\s+park|try\s+me\b|"
    r"(?:facebook\s+group|google|tiktok|youtube|the\s+internet|instagram|whatsapp)\s+knows\s+better|"
    r"you(?:'re|\s+are)\s+all\s+(?:idiots|morons|clowns|liars|fools|a\s+disgrace)|"
    r"(?:will\s+not|won'?t)\s+be\s+seen\s+(?:here\s+)?again|"
    r"you(?:'re|\s+are)\s+(?:an?\s+)?(?:idiot|moron|liar|clown|joke|disgrace|troll|"
    r"imbecile|fool|muppet|eejit|pathetic|delusional|stupid|ignorant|a\s+waste)|shut\s+up|"
    # "you are genuinely too thick to be trusted with a child", "I'm your physio not your
    # girlfriend"
    r"you(?:'re|\s+are)\s+(?:genuinely|actually|truly|honestly|literally|clearly|just|simply|officially)\s+"
    r"(?:too\s+)?(?:thick|stupid|dumb|dense|ignorant|an?\s+(?:idiot|moron|clown|joke|disgrace|fool))|"
    r"too\s+(?:thick|stupid|dumb|dense)\s+to\s+be\s+trusted|I'?m\s+your\s+\w+,?\s+not\s+your\s+(?:girlfriend|"
    r"boyfriend|mum|mother|mom|wife|husband|maid|servant|date|bestie)|"
    r"get\s+a\s+life|get\s+lost|piss\s+off|do\s+one|(?<!n't\s)(?<!not\s)go\s+away|crawl\s+back|grow\s+up|"
    r"nobody\s+asked\s+you|you\s+clearly\s+(?:don'?t|have\s+no)|learn\s+to\s+read|"
    # a critic called names or sent to a ward: "a bitter nobody with a face for radio", "belongs
    # on a 72 hour hold"
    r"you(?:'re|\s+are)\s+(?:clearly\s+|just\s+|obviously\s+)?an?\s+(?:[\w-]+\s+){0,2}?(?:nobody|narcissist|"
    r"loser|nutter|lunatic|crank|halfwit|grifter|waste\s+of\s+(?:space|oxygen))|face\s+for\s+radio|"
    r"belongs?\s+(?:on|in)\s+a\s+(?:72[\s-]hour\s+hold|psych(?:iatric)?\s+ward|padded\s+cell)|"
    r"(?:i'?ll|we'?ll|going\s+to|gonna)\s+(?:sue|report|find|come\s+for|expose|name\s+and\s+shame)"
    r"\s+you|see\s+you\s+in\s+court|my\s+solicitor|my\s+lawyer|watch\s+your\s+back|"
    r"you'?ll\s+regret|i\s+know\s+where\s+you|fake\s+review|lying\s+about|you\s+were\s+"
    r"(?:rude|abusive|aggressive|drunk|lying)|if\s+you\s+had\s+(?:actually\s+)?(?:listened|"
    r"turned\s+up|followed)|don'?t\s+(?:bother\s+)?com(?:e|ing)\s+back|you'?re\s+banned|"
    r"struck\s+off\s+the\s+list|no\s+longer\s+welcome|next\s+time\s+read|typical\s+(?:entitled|"
    r"moaning)|blocked|blocking\s+you|maybe\s+(?:don'?t|focus|look|try|if\s+you'?d)|"
    r"before\s+leaving\s+(?:a\s+)?"
    r"(?:1|one)[\s-]star|leav(?:e|ing)\s+a\s+(?:1|one)[\s-]star|don'?t\s+blame\s+me|"
    r"find\s+another\s+(?:GP|"
    r"doctor|dentist|practice|surgery)|send\s+(?:it|you)\s+to\s+collections|sober\s+for\s+once|"
    r"(?:most|really)\s+annoying|I\s+remember\s+you,?\s+you\s+were|"
    r"maybe\s+if\s+you(?:'d|\s+had|\s+hadn'?t|\s+didn'?t|\s+weren'?t)|"
    r"see\s+you\s+in\s+small\s+claims|discharging\s+you\s+from\s+(?:the|our)\s+(?:practice|list|clinic)|"
    r"funny\s+how\s+you\s+remember|your\s+version\s+of\s+events|we\s+have\s+your\s+records|"
    r"(?:maybe|try)\s+(?:turn(?:ing)?|show(?:ing)?)\s+up\s+on\s+time|you\s+won'?t\s+lose\s+your\s+"
    r"(?:slot|appointment|place)|"
    r"you\s+were\s+\d+\s+(?:mins?|minutes|hours?)\s+late|swore\s+at\s+(?:my|our)\s+\w+|"
    # a reviewer or critic argued with: "stop spreading nonsense", "the rude doctor was you"
    r"(?:stop|quit)\s+(?:lying|spreading\s+(?:nonsense|lies)|scaring\s+people)|(?:posting|spreading)\s+"
    r"(?:nonsense|lies)|(?:rest\s+of\s+your\s+story|your\s+story)\s+is\s+(?:pure\s+)?fiction|sorry\s+not\s+sorry|"
    r"you\s+got\s+exactly\s+what\s+you\s+paid\s+for|we\s+do\s+have\s+lives|won'?t\s+change\s+(?:basic\s+)?"
    r"(?:arithmetic|the\s+facts)|don'?t\s+make\s+me\s+say\s+more|think\s+about\s+that\s+before\s+you\s+believe|"
    r"reviews\s+under\s+different\s+names|(?:rude|real\s+problem|aggressive\s+one|rude\s+one)(?:\s+(?:doctor|"
    r"nurse|receptionist|dentist|one))?['’\"”]?\s+was\s+you|if\s+you'?d\s+(?:done|taken|followed|flossed|used|worn|kept\s+up)|you\s+(?:just\s+)?didn'?t\s+"
    r"follow|read\s+it\s+this\s+time|don'?t\s+blame\s+(?:the\s+(?:clinic|practice|surgery)|my\s+(?:hygienist|"
    r"nurse|receptionist|staff|team))|you\s+were\s+the\s+one\s+who|not\s+open[\s-]heart\s+surgery|"
    r"(?:medical\s+)?degree\s+from\s+(?:facebook|google|youtube|tiktok)|ok\s+karen|you'?re\s+a\s+quack|"
    r"flinched\s+like\s+a\s+(?:toddler|baby|child)|over\s+the\s+sound\s+of\s+your|exit\s+sign\s+on\s+"
    r"your\s+way\s+out|i\s+know\s+your\s+(?:barangay|street|house|address|estate|village|town|school|"
    r"workplace)|tell\s+me\s+where\s+you\s+work|how\s+brave\s+you\s+are\s+in\s+person|nobody\s+asked\s+for\s+"
    r"your)\b",
    _I,
)
# A post that speaks to one person: "To the 1-star reviewer who...", "Mrs Hamid, you were..."
_ONE_ADDRESSEE = re.compile(
    r"(?i:^\s*to\s+the\s+(?:[\w'‘’\"“”-]+\s+){0,2}?(?:patient|person|lady|man|family|guy|woman|mum|dad|"
    r"reviewer|relative|gentleman|parent)s?['’\"”]?\s+who\b)|^\s*(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z]\w+,\s"
)
# A complaint or review answered in public by arguing the complainant's own visit back at them:
# "you missed 3 appointments", "you were told that three times. Maybe listen next time", "we have
# the signed form", "Go ahead, keep posting". Said to one person (``REVIEW_ADDRESSEE``), it
# confirms they were a patient and shames them; said to everyone ("you were told three times:
# wash your hands") it argues with no one, so an addressee is required. "Facts matter" is left
# out: a comment thanking supporters says it too.
REVIEW_ARGUED = re.compile(
    r"\byou\s+were\s+(?:offered|seen\s+within|asked\s+to\s+leave|told\s+(?:that\s+|this\s+|it\s+)?"
    r"(?:twice|three\s+times|\d+\s+times|\dx))\b|"
    r"\byou\s+(?:arrived|turned\s+up|came\s+in|showed\s+up|rocked\s+up)\s+(?:\d+|ten|twenty|thirty|forty|"
    r"an?\s+hour|half\s+an\s+hour)\s*(?:mins?|minutes|hours?)?\s+late\b|\bwe\s+have\s+(?:CCTV|the\s+"
    r"(?:footage|recording))\b|\b(?:maybe|perhaps)\s+(?:be|try|lead|floss|read|listen|turn\s+up|arrive|"
    r"come|show\s+up)\b[^.!?\n]{0,40}?\b(?:next\s+(?:time|visit)|this\s+time|occasionally|on\s+time)\b|"
    r"\bI\s+did\s+(?:tell|warn)\s+you\b|\byou'?re\s+the\s+one\s+who\b|\byou\s+(?:declined|missed)\s+(?:all\s+|every\s+|"
    r"(?:\d+|two|three|four|five)\s+)(?:of\s+)?(?:your\s+|our\s+|the\s+)?(?:appointments?|sessions?|"
    r"visits?|check-?ups?|slots?|follow[\s-]?ups?)\b|\bwere\s+asked\s+to\s+leave\b|\byou\s+shouted\s+at\b|\byou\s+left\s+"
    r"against\s+(?:medical\s+)?advice\b|\byou\s+asked\s+for\s+antibiotics\b|\byou\s+chose\s+(?:the|it|"
    r"this)\b|\bmaybe\s+(?:listen|thank)\b|\bwe\s+stand\s+by\s+our\s+(?:care|"
    r"treatment|decision|staff|team)\b|\bkeep\s+posting(?=\s*[.!]|\s*$)|\breview\s+noted\b|\bplease\s+"
    r"do\s+not\s+shout\b|\bwe\s+have\s+the\s+signed\b|\bif\s+(?:he|she|you)'?d\s+listened\b|\bnot\s+bad\s+"
    r"service\b|\bby\s+the\s+hospital,?\s+not\s+us\b|\bnot\s+going\s+to\s+be\s+lectured\b|\bwe\s+"
    r"explained\s+[^.!?\n]{0,30}?\b(?:twice|three\s+times|\d+\s+times)\b"
    # the attendance counted out ("you missed three of your six sessions"), the record set
    # straight, the complainant's choice to go public turned on them, their visits recited
    r"|\byou\s+(?:missed|cancelled|skipped|didn'?t\s+(?:attend|come\s+to))\s+(?:\d+|two|three|four|five|six|"
    r"half|most|several)\s+(?:of\s+)?(?:your\s+|our\s+|the\s+)?(?:\w+\s+)?(?:appointments?|sessions?|visits?|"
    r"check-?ups?|slots?|follow[\s-]?ups?|classes)\b|\bset\s+the\s+record\s+straight\b"
    r"|\bsince\s+you(?:'ve|\s+have)?\s+(?:chosen|chose|decided|named|gone)\s+(?:to\s+)?(?:post|air|share|go|"
    r"make|our|us|me|public)\w*|\b(?:we|I)\s+will\s+respond\s+publicly\b"
    r"|\byou\s+were\s+seen\s+(?:by\s+me\s+|here\s+|by\s+us\s+)?(?:twice|three\s+times|\w+\s+times|on\s+\w+\s+"
    r"occasions)\b|\b(?:showed|proved|confirmed)\s+exactly\s+what\s+(?:I|we)\s+(?:said|told\s+you)\b"
    r"|\byou\s+refused\s+to\s+(?:go|attend|take|have|wait)\b|\bas\s+you\s+know,?\s+you\s+(?:missed|didn'?t|"
    r"refused|cancelled)\b",
    _I,
)
# Whom a review reply speaks to: "to whoever wrote that review", "Response to review:", "Dear Mr
# Hollis", "..., Mr Lyons, but", "Michelle, you were...", "Sorry you were upset Kieran, but".
REVIEW_ADDRESSEE = re.compile(
    r"(?i:\bto\s+whoever\s+(?:wrote|left|posted)\b|\b(?:response|replying|reply)\s+to\s+(?:the\s+|"
    r"your\s+|this\s+|a\s+)?(?:\w+\s+)?review|^\s*to\s+the\s+(?:daughter|son|wife|husband|patient|"
    r"person|family)\s+posting\b)|(?i:^\s*dear\s+)(?:Mr|Mrs|Ms|Miss)\.?\s+[A-Z]\w+|,\s+(?:Mr|Mrs|Ms|"
    r"Miss)\.?\s+[A-Z]\w+[,.:]|^\s*[A-Z][a-z]+,\s+(?:you|we)\b|(?i:^\s*sorry\s+you\s+(?:were|felt)\s+"
    r"\w+(?:\s+on\s+\w+)?),?\s+(?:(?:Mr|Mrs|Ms|Miss)\.?\s+)?[A-Z][a-z]+,|\byourself,?\s+[A-Z][a-z]+\b"
    # "Hi Kevin, as you know...", "Madam, since you have chosen to post this publicly"
    r"|(?i:^\s*(?:hi|hello|hey|dear)\s+)[A-Z][a-z]+,|(?i:^\s*(?:madam|sir|ma'?am)\s*,)"
)
# A reviewer answered with a retort about their own visit or person: a put-down opening on a
# pet name or title ("Ma'am, you were triaged as a splinter", "Sweetheart, I cared enough",
# "mate you've got 6 teeth left"; not "mate, you're not wrong"), the reviewer unmasked ("we
# know it's you", "we remember you"), their attendance or signature recited ("you attended
# our clinic 3 times", "you signed the estimate", "you waited 20 minutes, walked out"), or the
# review itself dismissed ("isn't feedback", "go whinge somewhere else", "post lies", "we will
# not be bullied"). Only beside a word for a review or a rating (``REVIEW_WORD``); an apology
# or an offer to talk it through (``_REVIEW_CIVIL``) is the ordinary reply.
REVIEW_RETORT = re.compile(
    r"(?:^|[.!?:;]['’\"”)]*\s*|\s[-–—]\s*)(?:ma'?am|madam|sir|mate|sweetheart|darling|hun|pal|love|"
    r"bestie|babe)\b,?\s+(?!(?:you'?re|you\s+are)\s+(?:not\s+wrong|(?:\w+\s+)?right)\b)"
    r"(?:you(?:'ve|'re|'d)?|your|I|I'm)\b"
    r"|\b(?:we|I)\s+(?:all\s+)?(?:know\s+(?:it'?s|it\s+was|that\s+was)\s+you|remember\s+you)\b"
    r"|\byou\s+(?:attended\s+(?:our|the|this|my)\s+(?:clinic|surgery|practice|department|ED|"
    r"appointments?)|signed\s+(?:the|our|your)\s+(?:estimate|consent|form|quote|treatment\s+plan)|"
    r"waited\s+\d+\s+\w+,?\s+(?:then\s+|and\s+(?:then\s+)?)?(?:walked|stormed|left))\b"
    r"|\b(?:is|isn'?t|is\s+not)\s+(?:feedback|a\s+review)\b"
    r"|\bgo\s+(?:whinge|moan|cry|complain|rant)\s+(?:somewhere|elsewhere|to)\b"
    r"|\b(?:post|posting|spread|spreading|write|writing|tell|telling)\s+lies\b"
    r"|\b(?:will|won'?t)\s+(?:not\s+)?be\s+bullied\b|\bwas\s+not\s+our\s+fault\b"
    r"|\bwas\s+explained\s+(?:to\s+you\s+)?(?:twice|three\s+times|\d+\s+times)\b"
    r"|\bsee(?:ing)?\s+you\s+in\s+court\b",
    _I,
)
REVIEW_WORD = re.compile(
    r"\breview(?:s|er|ers)?\b|\b(?:1|one|2|two)[\s-]?stars?\b|\byelp\b|\btrustpilot\b|"
    r"\bchose\s+to\s+post\b|\bon\s+(?:google|facebook|yelp|practo|trustpilot|tripadvisor)\s+"
    r"(?:says|said|wrote|posted|claims|calls)\b|\bpost(?:ed|ing)?\s+(?:this|that|lies)\b|\bleav(?:e|ing)\s+(?:1|one)\s+star",
    _I,
)
_REVIEW_CIVIL = re.compile(
    r"(?i)\bcan'?t\s+(?:discuss|comment)|\bunable\s+to\s+(?:discuss|comment)|\bplease\s+(?:call|ring|"
    r"contact|email|get\s+in\s+touch)|\bthank(?:s|\s+you)\s+(?:so\s+much\s+)?for\s+(?:your|the|all)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:reviews?|feedback|words|stars)\b|\b(?:so|very|really|truly)\s+sorry\b|\bapologi[sz]e\b"
)
# Hostile only in a reply to someone: said to the public they are advice or banter.
_HOSTILE_WEAK = re.compile(
    r"(?i)maybe|go\s+away|grow\s+up|blocked|blocking|don'?t\s+blame|next\s+time|find\s+another|"
    r"(?:most|really)\s+annoying|typical",
)
ADDRESSED = re.compile(
    r"(?<![\w@])@\w+|\byou(?:r|'re|\s+are)?\b|\bto\s+the\s+(?:[\w'‘’\"“”-]+\s+){0,2}?(?:patient|person|"
    r"lady|man|family|guy|woman|mum|dad|reviewer|relative|gentleman)['’\"”]?\s+who\b|"
    r"\bpatients\s+who\s+(?:post|leave|write|give)\b",
    _I,
)

# Innuendo without explicit words: a wink, "smoking hot", "I'd let her..." about someone at work.
INNUENDO = re.compile(
    r"😏|🥵|🍆|🍑|\b(?:smokin'?g?|smoking)\s+hot\b|\bhot\s+(?:\w+\s+)?(?:patient|pt|nurse|doc|doctor|"
    r"PA|reg|"
    r"tradie|dad|mum|surgeon|intern|resident|student|physio|paramedic|medic)s?\b|"
    r"\bi'?d\s+let\s+(?:him|her|them)\s+\w+|\b(?:gorgeous|sexy|fit)\s+\d{1,3}\s?(?:yo|y/o|year)|"
    r"\bshapes?\s+like\s+an?\s+(?:greek\s+)?god|\banytime\s*😏",
    _I,
)
_EMOJI_ONLY = re.compile("😏")
_HEAT = re.compile(
    r"(?i)\b(?:fans?|heat|heatwave|humid\w*|aircon|air\s+con|degrees|sweat\w*|scorch\w*|boiling|"
    r"sweltering|no\s+AC)\b|°"
)
_OWN_PARTNER = re.compile(
    r"(?i)\bmy\s+(?:wife|husband|partner|girlfriend|boyfriend|fianc\w*|missus|hubby)\b"
)
_LOOKS = re.compile(
    r"\b(?:hot|hottie|fit|sexy|gorgeous|handsome|pretty|cute|stunning|body|bod|abs|bum|butt|booty|"
    r"chest|legs|thighs|arms|forearms|shoulders|jawline|biceps|looks|looking|single|scrubs|uniform|"
    r"undress\w*|shirt\s+off|top\s+off|naked|exam\w*|wink|anytime|any\s+time|illegal)\b",
    _I,
)
# A group named by origin, religion or way of life, then generalised or told to leave.
GROUP = re.compile(
    r"\b(?:(?:these|those|all|typical|half\s+the|another|bloody|the)\s+(?:\w+\s+)?)?(?:muslims?|"
    r"hindus?|jews?|jewish|"
    r"catholics?|travell?ers?|gypsies|roma|aussies?|poms?|yanks?|scousers?|scouse|villagers?|"
    r"village\s+people|"
    r"foreigners?|immigrants?|migrants?|africans?|asians?|indians?|pakistanis?|nigerians?|"
    r"eastern\s+europeans?|muslim\s+families|quota|reserved\s+category|witch\s?doctors?|"
    r"traditional\s+healers?|foreign\s+(?!bod(?:y|ies)\b|objects?\b|keys?\b|exchange\b|affairs\b|policy\b|aid\b|languages?\b|travel\b|trips?\b|material\b|matter\b)\w+|busload\s+of\s+\w+|lady\s+\w+s|female\s+\w+|women|"
    r"gay\s+(?:blokes?|men|man|guys?|lads?|couples?|people)|trans\s+(?:people|kids|teens?|women|men)|"
    r"non-?binary|(?:fat|obese)\s+people|zimbabweans?|somalis?|filipinos?|syrians?|afghans?|"
    r"romanians?|albanians?|(?:two|2)\s+(?:blokes|men|guys|lads|women|girls)\s+(?:holding\s+hands|"
    r"kissing)|"
    r"gypsy\s+\w+|"
    r"caste|reserve\s+\w+|(?:kids?|people)\s+from\s+the\s+\w+|backward\s+people|"
    r"initiation\s+schools?|aboriginal|indigenous|first\s+nations|m[aā]ori|pacific\s+islanders?|"
    r"refugees?|refugee\s+families|asylum\s+seekers?)\b(?!\s+(?:hospitals?|health|healthcare|government|ocean|food|"
    r"restaurants?|cuisine|medical|nursing|wedding|festivals?|cricket|team))",
    _I,
)
GROUP_CONTEMPT = re.compile(
    r"\b(?:disgusting|zoo|animals|breed|savages?|primitive|go\s+back|let\s+them\s+in|jailed|"
    r"subtitles|"
    r"learn\s+(?:the\s+)?(?:language|english)|speak\s+a\s+word\s+of|\d+\s+kids|"
    r"reason\s+(?:patients|people)\s+die|"
    r"merit\s+means\s+nothing|why\s+do\s+we|ruin\w*|can'?t\s+(?:even\s+)?speak|"
    r"none\s+of\s+them|complain\w*|on\s+the\s+piss|typical|go\s+home|stick\s+to|"
    r"shouldn'?t\s+(?:put|be|let)|"
    r"leave\s+\w+\s+to\s+the\s+men|gangsters?|let\s+them|backward|barbaric|dirty|filthy|smelly|scum|"
    r"which\s+caste|"
    r"can'?t\s+help\s+people|free\s+hospital|this\s+is\s+why|flood\w*|our\s+own\s+people|"
    r"no\s+sense|no\s+education|expect\s+(?:us|miracles)|think\s+the\s+hospital\s+is|"
    r"using\s+up|clog\w*|trend|not\s+a\s+diagnosis|keep(?:ing)?\s+it\s+in\s+(?:your|their|his)\s+"
    r"pants|(?:don'?t|doesn'?t)\s+have\s+the\s+(?:balls|stomach|brains?|temperament)|"
    r"kids\s+were\s+watching|never\s+turn\s+up|why\s+bother|faster\s+than\s+our\s+own)\b",
    _I,
)

# A people named by nation, faith or origin, then said to always or never do something: "the
# Somalis on my caseload never do what you tell them", "the Polish ones are always the most
# demanding", "can always tell when an Indian locum has been on". The generalisation is the
# slur, whatever the words; praise or care after "always" ("always so kind", "always get
# offered") is left alone, and a refusal is only a sneer after "these"/"those" ("Muslim patients
# who refuse porcine heparin" is care).
_ORIGIN = (
    r"(?:muslims?|hindus?|jews?|jewish|catholics?|sikhs?|somalis?|filipin[oa]s?|polish|poles|"
    r"nigerians?|indians?|pakistanis?|bangladeshis?|brits|americans?|chinese|africans?|asians?|"
    r"arabs?|romanians?|albanians?|ghanaians?|kenyans?|zimbabweans?|mexicans?|latinos?|hispanics?|"
    r"trans|hijabis?|northerners|northern|southerners|north\s+indian|south\s+indian|immigrants?|"
    r"migrants?|refugees|gypsies|travell?ers|roma|cultural|eastern\s+europeans?)"
)
_ORIGIN_PEOPLE = (
    r"(?:\s+(?:patients|pts|nurses|doctors|docs|ones|people|mums|moms|mothers|dads|aunties|uncles|"
    r"locums?|families|staff|men|women|lads|girls|grannies|regs|registrars|SHOs|residents|interns|"
    r"consultants|HCAs|carers|students|medics|juniors))"
)
ORIGIN_GENERALISED = re.compile(
    r"\bcan\s+always\s+tell\s+(?:the|when\s+(?:an?|the))\s+" + _ORIGIN + r"\b"
    r"|\b" + _ORIGIN + r"['’]?" + _ORIGIN_PEOPLE + r"?(?:\s+(?:on|in|at|from)\s+(?:my|our|the|this)"
    r"(?:\s+[\w-]+){1,2}?)?\s+(?:(?:are|is)\s+)?(?:always|never|really\s+can'?t|all\s+the\s+same)\b(?!\s+(?:so\s+)?"
    r"(?:kind|lovely|welcom\w*|grateful|generous|helpful|polite|respectful|amazing|brilliant|the\s+"
    r"first)|\s+(?:get|gets|receive|are\s+offered|deserve|have\s+(?:access|the\s+right)))"
    r"|\b" + _ORIGIN + r"['’]?" + _ORIGIN_PEOPLE + r"\b[^.!?\n]{0,40}?\b(?:but\s+you\s+have\s+to|"
    r"coming\s+over\s+here|exaggerate|can'?t\s+be\s+trusted|gossip\w*|moan(?:s|ing)?|lazy|"
    r"demanding)\b"
    r"|\b(?:these|those)\s+" + _ORIGIN + _ORIGIN_PEOPLE + r"\s+(?:that|who)\s+(?:refuse|won'?t|"
    r"never|expect|think)\b",
    _I,
)

# --- mockery without slang: who is the butt of the joke, and how it is made --------------------
# A sneer is only unprofessional when its target is a patient, their family or a colleague
# (LABELLING.md); these say who is being talked about in the register clinicians use.
PATIENT_TARGET = re.compile(
    r"\b(?:gentlem[ae]n|nephew|niece|aunty|son|daughter|grandson|granddaughter|next\s+of\s+kin|pts?|patients?|pt's|patient's|relatives|rellies|family|families|parents?|mum|mom|dad|"
    r"bloke|blokes|lady|ladies|gent|gents|guy|guys|man|men|woman|women|lad|lads|dude|sir|"
    r"customers?|clients?|punters?|(?:old|elderly)\s+(?:dear|man|woman|lady|boy|girl)|teenagers?|"
    r"cheerleader|villagers?|these\s+people|people\s+who|waiting\s+room|"
    r"(?:room|bed|bay|cubicle|cube|zimmer)"
    r"\s*\d+|"
    r"my\s+\d{1,2}(?::\d{2})?\s?(?:am|pm)|(?:every|another|this|the)\s+\d{1,3}\s?(?:yo|y/o|"
    r"year\s+old)|"
    r"\d{1,3}\s?(?:yo|y/o|[MF])\b|\d{1,3}[\s-]?year[\s-]old|on\s+my\s+list|"
    r"(?-i:(?:Mr|Mrs|Ms|Miss)\.?\s+[A-Z\"“']\w*)|mother|uncle|auntie|aunt|granny|grandad|"
    r"the\s+local\s+\w+|drunks?|schoolies?|tradies?|"
    r"(?:another|every|these|those)\s+(?:\w+\s+){0,2}?(?:who|that)\s+(?:thinks?|wants?|won'?t|"
    r"can'?t|says?|"
    r"comes?|calls?|refuses?))\b",
    _I,
)
SARCASTIC_ADDRESS = re.compile(
    r"(?:^|[.!?:]\s+|,\s*|\s)(?:(?:sir|mate|buddy|hun|hon|sweetie|sweetheart|darling|champ|pal|"
    r"bro|habibi|madam|dude|ma'?am|sunshine|fella)\b[,.!]?|"
    # words that are also verbs or nouns ("Love that team", "I love you", "boss the exam") are
    # a pet name only when punctuation sets them apart: "love, that's called a belly"
    r"(?<!\bi\s)(?<!\bwe\s)(?:love|honey|girl|princess|chief|boss|beta|babe|my\s+friend|my\s+dear)"
    r"\b[,.!]|(?<![^\s.!?:])(?<![\w,]\s)(?:honey|girl|princess|chief|beta|babe)\b)"
    r"\s+(?:you|your|"
    r"you'?re|u|ur|we|it'?s|that'?s|that|this|she|he|the|i|i'?m|i'?ll|i'?d|no|yes|nobody|there|"
    r"if|just|look|wait|not|what)"
    r"\b|"
    r"\b(?:no|yes|ok|okay|sure|nice\s+try|enjoy\s+your\s+(?:\w+\s+){1,3}?)\s*(?:love|sir|mate|hun|"
    r"buddy|champ|pal)\b|,\s*(?:sir|love|mate|buddy|hun|sweetie|darling|champ|pal)\s*(?=[.!?🙄😂🤦]|$)",
    _I,
)
SNEER_EMOJI = re.compile("🙄|🤡|🤦|💅|🐋|🐷|🐖|🐄|🤷")
# Things made to suffer under a patient's weight: "the trolley is weeping", "the chair was the
# victim".
PERSONIFIED = re.compile(
    r"\b(?:buffet|all[\s-]you[\s-]can[\s-]eat|drilling\s+for\s+oil|excavat\w+|search\s+party|"
    r"(?:two|2|extra)\s+(?:extra\s+)?porters|chippy|cuff\s+on|forklift|crane|hides\s+everything|"
    r"weeping|groaning|crying|screaming|begging|suffering|(?:real|only)\s+victim|lost)\b", _I
)
WEIGHT_MOCK = re.compile(
    r"\bBMI\s*(?:of\s*)?(?:[4-9]\d)\b|\bthe\s+size\s+of\s+(?:him|her|them)\b|\bthat\s+(?:belly|gut|"
    r"beer\s+gut)\b|\beat(?:s|ing)?\s+like\s+there(?:'s|\s+is)\s+no\s+tomorrow\b|\bwalrus\b|"
    r"\b[2-6]\d{2}\s?(?:lb|lbs|pounds?)\b|\b1[4-9]\d\s?kg\b|\b\d{2}\s?stone\b|\bbariatric\b|🐋|"
    r"\bobese\b|\bfat\b|\bwet\s+noodle\b|\b[2-5]\d\s?stone\b|\b[3-6]\d{2}\s?(?:lb|lbs)\b",
    _I,
)
# A group of people generalised about: "these okada riders have no sense", "NPs think...".
GENERALISED = re.compile(
    r"\b(?:these|those|all\s+(?:these|the)|typical|another\s+(?:batch|bunch|load)\s+of)"
    r"\s+(?:[\w-]+\s+){0,2}?"
    r"[\w-]+s\s+(?:think|have\s+no|are\s+(?:all|always|so)|always|never|flood\w*|clog\w*|ruin\w*|"
    r"abuse\w*|"
    r"expect\w*|can'?t|don'?t|won'?t|ride|drive|who)\b|\b(?:fat|obese|old|drunk|lazy)\s+people\b",
    _I,
)
QUOTED_PATIENT = re.compile(r"[\"“][^\"”]{3,80}[\"”]|(?<!\w)['‘][^'’\n]{3,60}['’](?!\w)")
# Ridicule by shape: "another mother who's done her research", "every 19 yo who comes in
# saying...", a patient's claim put in scare quotes and then dismissed, a pet name closing a
# put-down ("acting your age is free buddy"), "nice try", "sure Jan". These need a patient
# target and a second marker (a laugh, an eye-roll, quotes) before they count.
_FAREWELL = re.compile(
    r"\b(?:best\s+of\s+luck|good\s+luck|we'?ll\s+(?:all\s+)?miss|(?<!n't\s)(?<!not\s)miss\s+you|"
    r"congrat\w*|"
    r"happy\s+retirement)\b",
    _I,
)
_KIND_ANSWER = re.compile(
    r"\b(?:of\s+course|happy\s+to|no\s+problem|you'?re\s+welcome|welcome|absolutely|we\s+made\s+it)\b",
    _I,
)
_PET_NAMES = frozenset(
    "buddy mate love sir pal champ princess hun sweetie darling habibi beta bro".split()
)
# A patient's words reported before the answer: "she asked if...", "he wants...", "customer
# asked...". A pet name that follows is aimed at them.
REPORTED_WORDS = re.compile(
    r"\b(?:he|she|they|pt|patient|customer|client|mum|dad|mother|father|uncle|aunt|auntie|lady|"
    r"guy|bloke|man|woman|relatives?|family|granny|grandad)\s+(?:asked|asks|wanted|wants|said|says|"
    r"demanded|demands|told\s+me|screamed|complained|insisted|insists|swore|swears|reckons|"
    r"thinks|thought)\b",
    _I,
)
SNEER_FRAME = re.compile(
    r"\b(?:another|yet\s+another|every|all\s+these|these|those)\s+(?:[\w'-]+\s+){0,3}?(?:who|that)"
    r"(?:'s|\s+is|\s+has|\s+have)?\s+(?:thinks?|thought|wants?|wanted|says?|said|saying|comes?|came|"
    r"demands?|demanded|refuses?|refused|expects?|expected|done|googled|read|knows?|knew|swears?|"
    r"insists?|insisted|turns?\s+up|rings?|calls?|believes?|reckons?|treats?)\b",
    _I,
)
RIDICULE = re.compile(
    r"\b(?:(?:shocked|stunned|surprised|thrilled|delighted)[.!,]\s*(?:truly|really|genuinely)\b|"
    # "no Trevor", "Yes Brenda, Jesus will guide my 20G": a name thrown back as a put-down
    r"(?<![\w'])(?:yes|no|nope|okay|ok)\s+(?-i:(?!Chef|Sir|Boss|Doc|Doctor|Nurse|Sister|Matron|Way|One|"
    r"Problem|Worries|Thanks|Idea|Need|Doubt|More|Longer|Comment|Surprise|Wonder|Shame|Joke|Longer|"
    r"Thank|Not|Bother|Rest|Sleep|Pressure|Questions?)[A-Z][a-z]{2,})\b(?=\s*(?:[,.!?🙄😂🙃🤦💀]|$))|"
    r"what\s+a\s+(?:medical\s+)?mystery|nice\s+try|yeah\s+right|sure\s+(?:jan|thing|love|mate|buddy|lad|pal|hun|sir)|I\s+can'?t(?=\s*[.!😂🙄]|\s*$)|"
    r"lol\s+no|shoot\s+me|hypocrite|the\s+audacity|you\s+couldn'?t\s+make\s+it\s+up|"
    r"not\s+(?:the|your)\s+\w+\s+(?:love|mate|sir|buddy|hun)|(?:buddy|mate|love|sir|pal|champ|"
    r"princess|hun|sweetie|darling|habibi|beta|bro)(?<!sending\slove)(?<!send\slove)(?<!much\slove)"
    r"(?<!of\slove)(?<!with\slove)\s*[.!🙄😂🤦]*\s*$)",
    _I,
)
SELF_TARGET = re.compile(
    r"\b(?:i'?m|i\s+am|i\s+was|i\s+felt|i\s+feel|me|myself|call\s+me)\s+(?:such\s+|a\s+|an\s+|"
    r"the\s+|"
    r"being\s+|total\s+|absolute\s+)*(?:idiot|fool|clown|dinosaur|fossil|moron|muppet|diva|melt)\b",
    _I,
)

# --- remarks without slang or insult words (the shapes fresh posts showed the rules missing) --
# A profession or role named as a group: the target of a disparaging generalisation.
PROFESSION_GROUP = re.compile(
    r"\b(?:lecturers?|tutors?|mentors?|preceptors?|supervisors?|clinicians|educators?|"
    r"practice\s+managers?|physios?|physiotherapists?|anaesthetists?|anesthesiologists?|gas\s+(?:men|people)|NPs|"
    r"nurse\s+practitioners?|PAs|physician\s+(?:associates?|assistants?)|psych(?:\s+liaison)?|"
    r"psychiatrists?|orthopods?|ortho|surgeons?|radiologists?|radiology|pharmacists?|GPs|midwives|"
    r"nurses|doctors|docs|medics|paramedics|ambos|radiographers?|sonographers?|phlebotomists?|"
    r"receptionists?|dietitians?|dieticians?|SLTs|social\s+workers?|healthcare\s+assistants?|"
    r"lab\s+staff|techs|(?:med|medical|nursing)\s+students?|student\s+"
    r"(?:nurses?|doctors?|midwives?|paramedics?)|interns?|residents?|FY1s?|F1s?|SHOs?|regs|registrars?|"
    r"consultants?|locums?|management|managers?|dermatologists?|cardiologists?|obstetricians?|OTs|"
    r"dentists?|chiros?|chiropractors?|IMGs|CNMs?|matrons?|(?:day|night|medical|surgical|ortho|gen\s+"
    r"surg|ICU|ITU|ED|A&E|anaesthetic|paeds|psych|renal|cardiology|vascular|geri\w*)\s+team|geris|"
    r"geriatricians?|ward\s+clerks?|house\s+officers?|casualty\s+MOs?|MOs|new\s+(?:FY1|F1|SHO|reg|intern|resident|PA|NP|grad|locum|consultant)s?|grad\s+entry"
    r"|juniors|nursing\s+staff|hospitalists?|HODs?|head\s+of\s+department|clinical\s+directors?|"
    r"attendings?|HCAs|porters|agency\s+(?:staff|nurses?)|(?:overseas|foreign)[\s-]trained"
    r"\s+\w+|(?:ward\s+)?sister\s+(?:in\s+charge|on\s+(?:ward|the)\b)|ward\s+sisters?|charge\s+nurses?|"
    r"associates?|fellows?|JRs|HOs|corpers?|medic|nurse|head\s+of\s+dept|HOD)\b",
    _I,
)
# A clinician's training doubted to their face: these name their own target (only clinicians
# are trained, or go to medical school), so no colleague word need stand beside them.
_TRAINING_DOUBTED = (
    r"|\bwho\s+trained\s+(?:you|him|her|them|this\s+\w+)\s*(?=[?!.🙄😂🤦🙃]|$)"
    r"|\bdid\s+(?:you|they|he|she)\s+(?:even\s+|actually\s+)?(?:go\s+to|attend)\s+(?:med(?:ical)?|"
    r"nursing|dental|PA|vet)\s+school\s+or\s+(?:just|only|simply|did|were|was)\b"
)
# ... and the older "did you even study": the frame that says whom it doubts.
_TRAINING_DOUBTED_RX = re.compile(
    r"(?i)who\s+trained|(?:did|does|do)\s+(?:you|they|he|she)\s+(?:even\s+|actually\s+)?(?:go\s+to|attend|"
    r"study|train)"
)
COLLEAGUE_DISPARAGE = re.compile(
    r"\bcan'?t\s+[^.!?\n]{1,40}?\bto\s+save\s+(?:their|his|her)\s+li(?:fe|ves)\b|"
    # compared to an animal or a child failing at a task: "like watching a labrador attempt sudoku"
    r"\blike\s+(?:watching\s+)?an?\s+(?:\w+\s+)?(?:labrador|monkey|chimp|toddler|goldfish|dog|puppy|"
    r"headless\s+chicken|child|five[\s-]year[\s-]old|ducklings?|sheep|lemmings?)\s+(?:attempt|try|"
    r"trying|do|doing|play|playing|read|reading|perform)\w*\b"
    r"|\bexcept\s+\w+\s+(?:are|is)\s+(?:occasionally|sometimes|at\s+least|actually)\s+(?:useful|helpful|"
    r"competent|cute)\b"
    r"|\bnot\s+one\s+(?:of\s+them\s+)?could\s+(?:find|do|read|take|put|cannulate|examine|spell)\b"
    # not qualified, in the common idioms
    r"|\b(?:they'?ll|they\s+will|they)\s+let\s+anyone\s+(?:with\s+a\s+pulse\s+)?(?:do|be|in|near)\b"
    r"|\bdo\s+(?:they|you)\s+even\s+(?:go\s+to|study|learn|train|read)\b"
    r"|\bb(?:uy|ought)\s+(?:the|their|his|her)\s+(?:certificate|degree|qualification|licen[cs]e)\b"
    r"|\bshouldn'?t\s+be\s+(?:let|allowed)\s+(?:anywhere\s+)?near\s+(?:a|an|the|any)?\s*(?:pumps?|"
    r"patients?|scalpels?|theatre|wards?|bab(?:y|ies)|drug\s+trolley|anything|drugs|children)\b"
    r"|\b(?:hasn'?t|has\s+(?:apparently\s+)?not|haven'?t)\s+(?:\w+\s+)?(?:examined|read|opened|touched|"
    r"updated|done)\s+(?:an?\s+|the\s+)?\w+\s+since\s+(?:19\d\d|the\s+(?:\d0s|nineties|eighties))\b"
    r"|\b(?:speaks?|talks?|talking|speaking)\s+to\s+(?:us|\w+s)\s+like\s+(?:we'?re|they'?re|we\s+are|"
    r"they\s+are)\s+(?:\w+\s+){0,2}?(?:dogs|children|kids|idiots|dirt|servants|slaves|students|toddlers)\b"
    r"|\bact\s+like\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:is|are)\s+the\s+enemy\b"
    r"|\bcouldn'?t\s+(?:\w+\s+)?(?:deprescribe|prescribe|cannulate|intubate|find)\s+a\s+(?:tic\s+tac|"
    r"smartie|mint|paracetamol)\b"
    r"|\b(?:thicker|dumber|denser|stupider)\s+than\s+(?:a|an|the|two|my)\s+(?:[\w-]+\s+){0,2}?(?:trolleys?|"
    r"planks?|bricks?|posts?|doors?|mince|custard|walls?|rocks?|potato(?:es)?|wardrobes?|whiteboards?)\b"
    r"|\b(?:my\s+(?:granny|gran|nan|nana|grandma|grandmother|dog|cat|toddler)|an?\s+(?:\d|five|six|seven|"
    r"ten)[\s-]year[\s-]old)\s+could\s+(?:do|have\s+(?:done|seen|spotted|read)|see|spot|read)\b"
    r"|\b(?:honestly|absolute|total|such)\s+(?:a\s+)?liability\b|\buseless\s+(?:fellow|git|sod|lot)\b"
    r"|\bretire\s+(?:grandpa|grandad|granny|old\s+man)\b|\bneeds?\s+a\s+refresher\s+in\b"
    r"|\bcouldn'?t\s+(?:run|organi[sz]e|manage)\s+a\s+(?:bath|hamster|goldfish|raffle|lemonade\s+stand|tea\s+"
    r"party|piss[\s-]up)\b|"
    r"\b(?:are|is)\s+(?:basically\s+|just\s+)?(?:poisoning|butchering|scamming|robbing|fleecing)\b|\bbutcher(?:s|ing)\s+"
    r"(?:with|noses|people|patients|knees|faces)\b|\bare\s+(?:criminals|crooks|frauds|charlatans)\b|\bscam\s+to\s+"
    r"milk\b|\bcome\s+out\s+worse\s+than\s+they\s+went\s+in\b|\bstill\s+doing\s+unnecessary\b|\blet\s+alone\s+a\s+(?:department|ward|"
    r"team|practice|hospital|unit|clinic)\b"
    r"|\b(?:bunch|pack|load|lot|gaggle)\s+of\s+(?:lazy|useless|incompetent|clueless|overpaid|entitled|"
    r"arrogant|spineless)\s+\w+"
    r"|\b(?:absolute|total|utter|complete|right)\s+[\w*-]+\s+of\s+an?\s+(?:consultant|reg|registrar|"
    r"surgeon|doctor|nurse|manager|boss|colleague|SHO|intern|resident|GP|midwife|physio|pharmacist|"
    r"anaesthetist|lecturer|attending)\b"
    r"|\bmakes?\s+(?:a\s+|the\s+)?(?:students?|juniors?|interns?|nurses?|trainees?)\s+cry\b"
    r"|\bplease\s+(?:just\s+)?stop\s+practi[cs]ing\b"
    r"|\bare\s+the\s+same\s+ones\s+who\s+(?:can'?t|don'?t|never|won'?t)\b"
    r"|\b(?:don'?t|do\s+not)\s+know\s+what\s+(?:they|he|she|you\s+lot|the\s+(?:\w+\s+){0,2}?\w+s)\s+"
    r"(?:even\s+|actually\s+)?"
    r"(?:do|does)\s+all\s+day\b"
    r"|\b(?:are|is)\s+(?:just|basically|only|nothing\s+but|really\s+just)\s+(?:glorified\s+|expensive\s+|"
    r"overpaid\s+|over-paid\s+|fancy\s+)?(?:cheerleaders|secretaries|receptionists|waitresses|waiters|"
    r"babysitters|hand[\s-]?holders|pill[\s-]?pushers|button[\s-]?pushers|box[\s-]?tickers|tea\s+makers|"
    r"taxi\s+drivers|order\s+takers|gatekeepers|paper\s+pushers)\b"
    r"|\bget\s+paid\s+(?:more|twice|double|triple)\s+(?:than|to|for)\b"
    r"|\bcan\s+(?:barely|hardly|not\s+even|'?t\s+even)\s+(?:take\s+a\s+history|read\s+an?\s+\w+|"
    r"cannulate|examine|spell|speak\s+English|do\s+a\s+\w+|put\s+in\s+a\s+\w+)\b"
    r"|\bcouldn'?t\s+find\s+(?:the|an?|their)\s+\w+\s+(?:on\s+a\s+map|with\s+(?:both\s+hands|a\s+torch))"
    r"|\bstop\s+pretending\s+(?:to\s+be|they'?re)\b|\b(?:are|is)\s+not\s+(?:real\s+)?doctors\b"
    r"|\b(?:are|is|they'?re)\s+not\s+real\s+(?:clinicians|doctors|nurses|surgeons|medicine|professionals)\b"
    r"|\bwith\s+a\s+god\s+complex\b|\bworse\s+than\s+the\s+last\b|\bfind\s+(?:them|him|her)\s+in\s+a\s+"
    r"(?:skip|bin|ditch|cereal\s+box)\b|\bI\s+went\s+to\s+med(?:ical)?\s+school,?\s+(?:and\s+)?you\s+went\b"
    r"|\bthink(?:s)?\s+(?:they'?re|they\s+are|(?:an?\s+)?\w+\s+(?:years?|months?|weeks?)\b[^.!?\n]{0,30}?"
    r"makes?\s+(?:them|him|her))\s+(?:\w+\s+)?(?:doctors?|surgeons?|consultants?|better\s+than)\b"
    r"|\blowering\s+the\s+bar\b|\bdo\s+they\s+not\s+(?:screen|teach|train|check)\b"
    r"|\bwhat\s+do\s+they\s+(?:even\s+)?teach\b"
    r"|\b(?:kids|students|juniors|grads|graduates|millennials|gen\s+z|trainees|residents|interns|"
    r"registrars|nurses|doctors|F1s|FY1s)\s+these\s+days\b"
    r"|\bcan'?t\s+handle\s+(?:feedback|criticism|the\s+pressure|a\s+night\s+shift|hard\s+work)\b"
    r"|\b(?:sit\s+down,?\s+read\s+the\s+paper|(?:sat|sits|sitting)\s+at\s+the\s+desk|do(?:ing)?\s+"
    r"sudoku|(?:eating|dunking)\s+biscuits|read(?:ing)?\s+the\s+paper)\b"
    r"|\b(?:some|call\s+that\s+a)\s+(?:leader|leadership|surgeon|consultant|manager|team\s+player|"
    r"role\s+model)\b(?=\s*(?:🙄|😂|lol|[.!]|$))"
    r"|\bpersonal\s+(?:pharmacist|secretary|assistant|slave|servant|maid|butler)\b"
    r"|\bgo\s+back\s+to\s+(?:your|the)\s+(?:lab|desk|books|library|clinic|office|ivory\s+tower)\b"
    r"|\b(?:the\s+)?mess\s+(?:one|they|he|she)\s+left\b|\bthink\s+they'?re\s+better\s+than\s+us\b"
    r"|\bcouldn'?t\s+(?:manage|organi[sz]e|run|find|tell)\s+(?:a|an|the)\s+[\w\s]{2,25}?\s+(?:in\s+a|from\s+a|at\s+a)\s+\w+"
    r"|\buseful\s+as\s+a\s+(?:chocolate\s+teapot|screen\s+door|handbrake|ashtray|\w+\s+\w+\s+on)\b"
    r"|\bhasn'?t\s+(?:read|opened)\s+a\s+(?:paper|journal|textbook|book)\s+since\b"
    r"|\bnot\s+sure\s+how\s+(?:she|he|they)\s+passed\b|\b(?:are|is)\s+(?:a|the)\s+(?:patient\s+safety\s+"
    r"(?:crisis|risk|hazard)|nursing\s+home\s+of\s+medicine)\b|\bnobody\s+wants\s+them\b"
    r"|\bwould\s+(?:sit|stay|be)\s+on\s+(?:their|her|his)\s+phones?\b|\bbare\s+minimum\b"
    r"|\bcould\s+be\s+replaced\s+by\s+an?\s+(?:hammer|monkey|robot|chatbot|parrot|vending\s+machine|"
    r"\w+\s+and\s+a\s+\w+)\b"
    r"|\bwould\s+rather\s+(?:write|do|spend)\b[^.!?\n]{0,50}?\bthan\s+(?:just\s+)?(?:admit|see|help|come|"
    r"do\s+(?:their|the)\s+job)\b|\bwill\s+prescribe\s+\w+\s+for\s+a\s+paper\s+cut\b"
    # blind-written put-downs of a colleague's skill, looks or character
    r"|\bcouldn'?t\s+find\s+(?:a|an|the)\s+\w+\s+(?:on\s+a\s+(?:corpse|cadaver|skeleton)|if\s+you\s+(?:drew|gave|"
    r"handed)|with\s+a\s+(?:map|torch|satnav|sat\s+nav))"
    r"|\b(?:couldn'?t|can'?t)\s+find\s+(?:his|her|their)\s+own\s+(?:backside|arse|ass|bum|feet)\b"
    r"|\b(?:paying|paid|pay)\s+(?:them\s+|him\s+|her\s+)?[£$€]?\d+\s*(?:/\s?h(?:ou)?r|an\s+hour|per\s+hour|"
    r"a\s+shift)\s+for\s+(?:this|that)\b|\bmust\s+be\s+nice\s+(?:being\s+)?paid\b"
    r"|\bwonder(?:ing)?\s+if\s+(?:s?he|they)\s+can\s+(?:read|count|spell|see)\b|\bcan'?t\s+(?:even\s+)?read\s+"
    r"(?:his|her|their)\s+own\b|\bdo\s+they\s+still\s+teach\b|\bmed(?:ical)?\s+schools?\s+(?:have\s+)?given\s+up\b"
    r"|\bby\s+correspondence\s+course\b|\b(?:nursing|medical|PA)\s+degrees?\s+(?:are|is)\s+just\b"
    r"|\bhang\s+up\s+the\s+stethoscope\b|\bshould\s+not\s+be\s+on\s+(?:our|the|my)\s+rota\b"
    r"|\bplay\s+doctor\s+on\s+your\s+own\b|\bgenius(?:es)?\s+at\s+work\b|\binspirational\s+leadership\b"
    r"|\bwaste\s+of\s+a\s+(?:bleep|referral|consult|phone\s+call)\b|\bgen\s+z\s+(?:nurses|doctors|juniors|"
    r"residents|students|staff|docs|regs|interns)\s+(?:want|think|can'?t|expect|need)\b"
    r"|\bhow\s+(?:does|is)\s+(?:she|he|they)\s+still\s+(?:have\s+a\s+job|employed|practi[sc]ing|registered)\b"
    r"|\b(?:MBBS|degree|medical\s+degree|licen[cs]e|certificate)\s+from\s+where\b|\blearn\s+your\s+job\b"
    r"|\bcan'?t\s+cannulate\s+for\s+(?:sh\W*t|toffee|love\s+nor\s+money|nuts)"
    r"|\blike\s+a\s+(?:dog|cat|cow|sheep|pigeon|goldfish)\s+(?:at|looking\s+at|watching)\s+(?:a\s+)?(?:TV|telly|"
    r"card\s+trick|new\s+gate|calculator)\b|\bcosplay\w*\s+as\s+(?:doctors?|nurses?|surgeons?|clinicians|medics)\b"
    r"|\blevel\s+of\s+(?:training|competence|knowledge|skill)\s+(?:\w+\s+){0,3}?(?:is|was)\s+(?:embarrassing|"
    r"shocking|a\s+joke|tragic|dire|laughable)\b"
    r"|\bwhat\s+do\s+(?:they|you\s+lot|\w+s)\s+(?:even\s+|actually\s+)?do\s+all\s+day\b|\bare\s+a\s+coven\b"
    r"|\b(?:miserable|power[\s-]?tripping|evil|nasty)\s+(?:old\s+)?(?:witch|cow|hag|bat|dragon)\b"
    r"|\bold\s+(?:witch|hag|cow)\b|\babsolute\s+donkey\b|\bbloody\s+clown\b|\b(?:literally|really)\s+so\s+ugly\b"
    r"|\bcan'?t\s+(?:even\s+)?write\s+a\s+(?:proper\s+|decent\s+)?(?:discharge\s+summary|referral|note|letter|"
    r"prescription|drug\s+chart)\b|\bwalking\s+(?:malpractice\s+(?:suit|claim|case)|HR\s+(?:complaint|case|"
    r"nightmare))\b"
    # the stock idioms of incompetence, said of someone else ("if their life depended on it", "a
    # paper bag", "couldn't cannulate a drainpipe", "did you even go to medical school"); "my life"
    # and "my way out" are the author's own and left out
    r"|\bif\s+(?:his|her|their|your)\s+li(?:fe|ves)\s+depended\s+on\s+it\b"
    r"|\b(?:couldn'?t|can'?t|could\s+not|cannot)\s+find\s+(?:his|her|their|your)\s+way\s+out\s+of\s+a\s+"
    r"(?:paper|wet)\s+bag\b"
    r"|\b(?:couldn'?t|can'?t|could\s+not|cannot)\s+(?:cannulate|hit|intubate|catheteri[sz]e|bleed|scan)\s+"
    r"an?\s+(?:drainpipe|barn(?:\s+door)?|hose\s?pipe|fire\s?hose|garden\s+hose|elephant)\b"
    r"|\b(?:did|does|do)\s+(?:you|they|he|she)\s+even\s+(?:study|train|go\s+to\s+(?:med|medical|"
    r"nursing|dental|PA|pharmacy)\s+school)\b"
    r"|\bshould\s+be\s+nowhere\s+near\s+(?:a\s+|an\s+|the\s+|any\s+)?(?:[\w-]+\s+)?(?:patients?|people|"
    r"theatre|wards?|bab(?:y|ies)|children|kids|scalpels?|drugs)\b"
    r"|\b(?:been|is|was)\s+coasting\s+since\b"
    # the training itself doubted, to the one who did it: "genuinely who trained you 🙄", "did you
    # go to medical school or just binge Grey's", "evolution is a spectrum and orthopods..."
    + _TRAINING_DOUBTED
    + r"|\bevolution\s+is\s+a\s+spectrum\b"
    # the one on tonight named by a failing, then the night foretold: "night reg on tonight is the
    # one who rings the consultant to ask... Sleep well everybody"
    r"|\b(?:on\s+(?:tonight|today|call|nights)|on\s+call\s+(?:tonight|today))\s+is\s+(?:the|that)\s+"
    r"(?:one|guy|woman|man|bloke|lady)\s+who\b(?=[^\n]{0,150}?\b(?:sleep\s+well|good\s+luck|pray\s+for|"
    r"god\s+help|wish\s+(?:us|me|them)\s+luck|RIP|thoughts\s+and\s+prayers)\b)",
    _I,
)
# "Shoutout to whichever reg wrote 'abdo soft'": a shout-out to an unnamed culprit is sarcasm.
_SARCASTIC_SHOUTOUT = re.compile(r"(?i)\bshout[\s-]?out\s+to\s+(?:whichever|whoever)\b")
# Someone kept away by the author ("I wouldn't let her near my kids"): the author is the subject,
# the colleague the one judged.
_KEPT_AWAY = re.compile(r"(?i)wouldn'?t\s+(?:let|trust)\s")
# A sentence about the author: "Me reading an ortho film is like...", "I'm such a..."
_SELF_SUBJECT = re.compile(r"(?i)\W*(?:me|i|i'm|im|i've|myself|my\s+own)\b")
# A colleague's hardship named, not mocked: "one reg covering three hospitals".
COLLEAGUE_SYMPATHY = re.compile(
    r"\b(?:stretched|understaffed|under-?staffed|short[\s-]?staffed|staffing|not\s+their\s+fault|"
    r"burn(?:ed|t)?[\s-]?out|rota\s+gaps?|overworked|covering\s+(?:\w+\s+)?(?:hospitals|wards|sites)|"
    r"exhausted|fatigued|sleep[\s-]deprived|without\s+(?:a\s+)?break|in\s+a\s+row)\b",
    _I,
)
# A verdict on people rather than on a system: "the reason people die", "a walking lawsuit",
# "the emotional intelligence of a teaspoon". Aimed at a named profession or role it belittles
# colleagues; the profession must be the one judged, so sympathy or praise nearby rules it out.
VERDICT = re.compile(
    r"\b(?:(?:are|is)\s+the\s+reason\s+(?:people|patients|babies|kids)\s+(?:die|suffer)|walking\s+"
    r"(?:lawsuit|liability|disaster|red\s+flag)|a\s+(?:danger|liability|menace)\s+to\s+(?:patients|"
    r"society|everyone)|(?:emotional\s+intelligence|IQ|personality|bedside\s+manner|people\s+skills|"
    r"clinical\s+skills|charisma)\s+of\s+a\s+(?:\w+\s+)?(?:teaspoon|potato|brick|goldfish|rock|plank|"
    r"doorknob|spoon|sponge|wet\s+\w+|\w+)|wouldn'?t\s+(?:let|trust)\s+(?:him|her|them|that\s+\w+)\s+"
    r"(?:near|with|to\s+look\s+after)|treat\s+(?:the\s+|us\s+)?(?:\w+\s+)?like\s+(?:the\s+)?(?:enemy|"
    r"dirt|servants|slaves|idiots|children|rubbish)|wonder\s+why\s+(?:nobody|no\s+one|no-one)\s+"
    r"(?:wants|likes|stays)|should\s+never\s+have\s+(?:been\s+allowed\s+"
    r"to\s+)?(?:qualified|qualify|passed)|(?:are|is)\s+(?:such\s+)?(?:a\s+)?(?:joke|disgrace|"
    r"embarrassment|liability)\s+(?:of\s+a|to)|refuse\s+to\s+(?:do|come\s+down|see|help|answer|get\s+"
    r"out\s+of)|(?:don'?t|do\s+not|never)\s+(?:go|take\s+your\s+\w+)\s+to\s+(?-i:Dr\.?\s+(?!Google|TikTok|"
    r"YouTube)[A-Z])|couldn'?t\s+care\s+less\s+about|don'?t\s+give\s+a\s+(?:damn|toss|monkey'?s)\s+about)",
    _I,
)
# Contempt for patients said flatly: no slang, no swear word, the wish or the verdict itself.
CONTEMPT = re.compile(
    r"\breason\s+(?:why\s+)?we\s+can'?t\s+have\s+nice\s+things\b|"
    r"\b(?:ones|those|patients|people)\s+who\s+(?:moan|complain|whinge|whine|are\s+rude)\w*\s+(?:the\s+)?"
    r"(?:most|loudest)\s+get\s+(?:the\s+)?(?:biggest|largest|worst|last|slowest|coldest)\b|"
    r"\byou\s+deserve\s+(?:the|to)\s+wait\b|\b(?:have|has)\s+earned\s+(?:their|his|her)\s+(?:ventilator|"
    r"ICU\s+bed|tube|stroke|heart\s+attack|amputation)\b|"
    r"\b(?:shouldn'?t|should\s+not)\s+be\s+allowed\s+to\s+(?:breed|have\s+(?:kids|children|babies)|reproduce|procreate|"
    r"be\s+parents|raise\s+(?:kids|children))\b"
    r"|\b(?:go\s+(?:to\s+sleep\s+)?and\s+die|just\s+die\s+(?:already|quietly|peacefully))\b"
    r"|\b(?:herself|himself|themselves)\s+to\s+blame\b"
    r"|\bsort\s+(?:your|their|his|her)\s+(?:life|lives|self|selves)\s+out\b"
    r"|\b(?:the|these|those)\s+['\"“‘][\w\s'’,-]{3,60}['\"”’]\s+(?:crowd|brigade|lot|gang|squad|types?|"
    r"mob|bunch|club)\b(?!\s+(?:were|was|are|is)\s+(?:right|correct|onto\s+something))"
    r"|\b(?:amazing|funny|strange|miraculous|remarkable)\s+how\b[^.!?\n]{0,40}?\b(?:gets?\s+worse|"
    r"disappears?|vanish\w*|comes?\s+back|gets?\s+better|improves?)\s+(?:when|once|after)\b"
    r"|\blike\s+a\s+normal\s+person\b"
    r"|\b(?:drain|burden|leech\w*|parasites?)\s+on\s+(?:the\s+)?(?:system|society|NHS|taxpayers?|"
    r"health\s+service|the\s+rest\s+of\s+us)\b"
    r"|\bwhy\s+do\s+(?:the\s+elderly|old\s+people|these\s+people|addicts|drunks|junkies|smokers|"
    r"fat\s+people|anti-?vaxx?ers|the\s+\w+\s+(?:lot|crowd))\s+always\b"
    r"|\bthink\s+(?:pills|antibiotics|a\s+pill|an?\s+ambulance|the\s+(?:hospital|ED|ER|A&E|ambulance))\s+"
    r"(?:fix(?:es)?|is\s+a|are\s+a|will\s+fix|cures?)\b"
    r"|\b(?:lay|ease)\s+off\s+the\s+(?:burgers|pies|doughnuts|donuts|takeaways?|chips|cake|biscuits|"
    r"pizza|kebabs)\b|\bput\s+the\s+fork\s+down\b|\bpush\s+away\s+from\s+the\s+table\b"
    r"|\bpeople\s+like\s+(?:that|them|him|her)\s+(?:shouldn'?t|don'?t\s+deserve|never\s+learn|"
    r"are\s+why|are\s+the\s+reason)\b"
    r"|\btold\s+(?:the|this|that|her|him|them|a)\b[^.!?\n]{0,100}[.!,]\s*(?:and\s+)?(?:it\s+)?felt\s+"
    r"(?:good|great|amazing|so\s+good|fantastic)\b"
    r"|\b(?:great|lovely|fine|strong|shallow)\s+gene\s+pool\b|\bshould\s+need\s+a\s+licen[cs]e\b"
    r"|\bneed\s+a\s+licen[cs]e\s+to\s+(?:breed|have\s+(?:kids|children|babies)|parent|reproduce)\b"
    r"|\b(?:a|one)\s+(?:job|brain(?:\s+cell)?|tooth|clue|GCSE|qualification)\s+between\s+(?:them|the\s+\w+)\b"
    r"|\b(?:expect|want|demand)(?:s|ing|ed)?\s+everything\s+(?:for\s+)?free\b|\bnever\s+worked\s+a\s+day\b"
    r"|\bwaste\s+of\s+(?:space|skin)\b|\bbrought\s+it\s+on\s+(?:himself|herself|themselves)\b"
    r"|\b(?:can'?t|cannot)\s+fix\s+stupid\b|\bno\s+cure\s+for\s+stupid\b"
    r"|\bif\s+you\s+can\s+afford\b[^.!?\n]{0,60}?\byou\s+can\s+afford\b"
    r"|\bshould\s+(?:pay\s+rent|get\s+a\s+loyalty\s+card|have\s+(?:her|his|their)\s+own\s+(?:bed|parking\s+"
    r"space|chair|room))\b|\bgo\s+to\s+(?:bingo|the\s+pub|a\s+club|the\s+library|church|the\s+shops),?\s+"
    r"not\s+(?:to\s+)?(?:us|A&E|the\s+ED|the\s+ER|the\s+surgery)\b"
    r"|\bzero\s+manners\b|\btravel\s+in\s+a\s+(?:herd|pack|swarm)\b|\bif\s+your\s+only\s+hobby\s+is\s+"
    r"eating\b|\bacting\s+talent\b|\bdeserves?\s+an?\s+(?:oscar|bafta|emmy)\b|\b(?:seen|treated)\s+faster"
    r"\s+than\s+our\s+own\b"
    r"|\bmake\s+me\s+question\s+evolution\b|\bshouldn'?t\s+be\s+raising\s+a\b|\bfree\s+hotel\b"
    r"|\blet\s+nature\s+take\s+its\s+course\b|\bignorance\s+is\s+a\s+disease\b|\bfantasy\s+land\b"
    r"|\bshould\s+be\s+billed\s+per\b|\bexplain\s+contraception\s+to\s+(?:her|him|them)\b"
    r"|\btreat\s+(?:the\s+)?(?:teeth|their\s+bodies|their\s+health)\s+like\s+an\s+optional\b"
    r"|\b(?:best|highlight|favourite|favorite)\s+part\s+of\s+my\s+(?:shift|day|night)\b"
    r"|\brunning\s+out\s+of\s+words\s+for\s+actual\b|\bthinks?\s+(?:they'?re|he'?s|she'?s)\s+the\s+"
    r"main\s+character\b|\bevery\s+day\s+(?:has\s+been|is)\s+(?:a\s+)?cheat\s+day\b"
    r"|\b(?:everyone|everybody|all\s+of\s+them|they\s+all)\s+from\s+(?:that|this|the)\s+(?:one\s+)?"
    r"(?:postcode|estate|area|town|village|street|suburb|side\s+of\s+town)\b"
    # the worried well, Dr Google and the time-waster, sneered at in stock phrases
    r"|\bworried\s+well\b(?!\s+(?:aren'?t|are\s+not|deserve|need|are\s+people))|\bhypochondriacs\b"
    r"|\bprofessional\s+victims?\b|\bget\s+a\s+hobby\b|\bget\s+in\s+line\b"
    r"|\bI'?d\s+like\s+a\s+pony\b|\blove\s+that\s+for\s+(?:her|him|them|you)\b|\bchew\s+on\s+(?:it|that)\b"
    r"|\bthat'?s\s+a\s+you\s+problem\b|\bgood\s+luck,?\s+champ\b|\b(?:mother|father|parent|mum|dad)\s+of\s+"
    r"the\s+year\s+(?:award\s+)?goes\b|\bthe\s+entitlement\s+(?:in|of|is|round|around)\b"
    r"|\b(?:type|ones|lot)\s+should\s+be\s+fined\b|\bpaid\s+for\s+by\s+you\s+and\s+me\b"
    r"|\btalk\s+about\s+your\s+life\s+choices\b|\bI\s+am\s+not\s+a\s+waiter\b|\bnot\s+paid\s+enough\s+to\s+be\s+"
    r"(?:lectured|shouted|told|spoken)\b|\bhere\s+because\s+(?:they'?re\s+|he'?s\s+|she'?s\s+)?bored\b"
    r"|\b(?:met|seen)\s+[\w\s]{2,20}?\s+with\s+more\s+sense\b|\brare\s+breed\s+(?:in|around|round)\s+"
    r"(?:this|these|here)\b|\bown\s+a\s+toothbrush\b|\bpeople\s+(?:\w+\s+)?(?:do\s+not|don'?t|never)\s+wash\b"
    r"|\bhow\s+does\s+(?:someone|anyone|a\s+person)\s+(?:reach|get\s+(?:like\s+that|to\s+(?:that|this)))\b"
    # old patients as a moaning lump or as toddlers; a body's weight made the joke, said flatly
    r"|(?<!['‘\"“])\b(?:moaning|whinging|whining|grumpy|miserable|cranky)\s+old\s+(?:men|women|ladies|"
    r"sods?|gits?|biddies|codgers?|farts?)\b|\bold\s+(?:sods?|gits?|biddies|codgers?|farts?)\b"
    r"|\bbunch\s+of\s+(?:whinging|moaning|whining|grumpy)\b"
    r"|\b(?:elderly|old|geriatric|older)\s+(?:patients|people|folk|ones)\b[^.!?\n]{0,40}?\bare\s+(?:just\s+)?"
    r"like\s+(?:toddlers|children|babies|kids)\b"
    r"|\bcould\s+(?:stand|afford|do\s+with)\s+to\s+lose\s+a\s+(?:few|couple|stone|bit)\b"
    r"|\bguess\s+the\s+(?:BMI|weight)\b|\bwalk\s+to\s+the\s+fridge\b"
    r"|\bIQ\s+(?:below|lower\s+than|under)\s+(?:room\s+temperature|\w+\s+shoe\s+size)\b|\bbeyond\s+help\b"
    r"|\b(?:oscar|bafta|emmy)[\s-]worthy\b|\bselective\s+(?:deafness|hearing|amnesia)\b"
    r"|\bchoices\s+have\s+consequences\b|\byou\s+had\s+one\s+job\b|\blie\s+with\s+their\s+full\s+chest\b"
    r"|\bthe\s+usual\s+(?:crew|suspects|faces),\s+the\s+usual\b"
    r"|\b(?:whole|entire|half\s+the)\s+(?:room|bay|ward|team|department|reporting\s+room|crew\s+room|theatre|"
    r"unit|crew)\s+(?:was\s+|were\s+)?(?:cracked\s+up|crying\s+laughing|in\s+stitches)\b"
    r"(?![^.!?\n]{0,40}?\b(?:his|her|their)\s+(?:jokes?|stories|story|banter)\b)"
    r"|\blaughing\s+at\s+(?:him|her|them|the\s+(?:patient|man|woman|lady|guy|bloke|lad))\b"
    r"|\bmorbidly\s+obese\s+\w+\s+who\s+(?:never|won'?t|don'?t|refuse)\b"
    r"|\b(?:after|watched|watching|from)\s+one\s+(?:youtube|tiktok|facebook|instagram)\s*(?:video|post|reel)?\b"
    r"|\bread\s+one\s+article\b|\bmy\s+friend'?s\s+a\s+nurse\b|\bthe\s+hustle\s+is\s+(?:admirable|"
    r"impressive|inspiring)\b|\bpriorities,?\s+I\s+suppose\b|\binspirational\s+really\b"
    r"|\bhow\s+are\s+people\s+this\s+(?:thick|stupid|dumb|dense)\b|\b(?:some|half)\s+of\s+them\s+can'?t\s+count\s+"
    r"to\b|\b(?:man|woman|he|she|lad|guy|bloke|patient|pt)\s+(?:just|only)\s+wants?\s+(?:the\s+)?attention\b"
    r"|\bsame\s+(?:guy|man|woman|patient|lad|lady|bloke)\b[^!?\n]{0,80}?\bloyalty\s+(?:points|card)\b"
    r"|\byou\s+get\s+what\s+you\s+(?:chose|voted\s+for)\b|\bdon'?t\s+cry\s+to\s+me\b"
    r"|\bstick\s+to\s+[\w\s]{2,25}?,\s*(?:champ|mate|buddy|sweetie|love|hun)\b"
    r"|\bit'?s\s+an?\s+[\w\s]{2,20}?,\s+not\s+a\s+(?:wedding|party|day\s+out|spa\s+day|family\s+outing|hotel)\b"
    r"|\bthink\w*\s+(?:a|an|the|their|my)\s+[\w\s&]{1,20}?\s+is\s+a\s+spa\s+day\b"
    r"|\bignoring\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:call\s+)?(?:bell|buzzer)s?\s+on\s+principle\b"
    # comfort withheld with a wink: "so I 'forgot' his tea", "want to 'lose' their pudding"
    r"|\b(?:I|want\s+to)\s+['‘\"“](?:forgot|forget|lose|lost|misplaced?)['’\"”]"
    r"|\baccent\s+(?:is\s+|was\s+)?so\s+(?:thick|strong|heavy)\s+(?:that\s+)?(?:I|you|we)\s+(?:just\s+)?(?:needed\s+"
    r"subtitles|nod|gave\s+up)"
    r"|\b(?:ED|A&E|ER|casualty|clinic|hospital|ward|surgery|practice)\s+(?:is\s+not|isn'?t)\s+a\s+(?:hotel|taxi\s+"
    r"service|cr[eè]che|B&B|restaurant|spa)(?=\s*[,.!;:]|\s*$)|\bdeserve\s+whatever\s+(?:they|their)\b"
    r"|\bcan'?t\s+help\s+people\s+who\s+won'?t\s+help\s+themselves\b|\bparenting\s+(?:in\s+\w+\s+)?(?:going\s+"
    r"well|at\s+its\s+finest)\b|\bgoing\s+through\s+life\s+that\s+(?:thick|stupid|dumb|dense)\b"
    # scorn for critics and commenters, addressed to no one in particular
    r"|\btoo\s+(?:thick|stupid|dumb)\s+to\s+be\s+helped\b|\bthe\s+stupidity\s+is\b|\bimagine\s+being\s+"
    r"this\s+(?:dumb|stupid|thick)\b|\bmouth[\s-]breath\w+|\bsad\s+little\s+(?:people|man|men|trolls?|"
    r"person)\b|\bgo\s+eat\s+a\s+crayon\b|\bjealous\s+of\s+(?:the|my)\s+results\b",
    _I,
)
# A patient's weight made the joke: the equipment that suffers, the staff it took, the forklift.
WEIGHT_CONTEMPT = re.compile(
    r"\bso\s+(?:big|heavy|fat|large|huge|obese)\s+(?:that\s+)?(?:we|it|the|I|you|they)\s+(?:\w+\s+)?"
    r"(?:needed|need|had|couldn'?t|files?|broke|filed)\b|\b(?:scales?|trolley|table|hoist|bed|chair|"
    r"stretcher|stairs|sofa|couch|cab|floor|lift|ambulance|suspension)\s+(?:\w+\s+){0,3}?(?:begged|groan(?:s|ed|ing)?|"
    r"files?\s+a\s+complaint|filed\s+a\s+complaint|"
    r"(?:was\s+)?rated\s+(?:for|to))\b|\bneeds?\s+a\s+forklift\b|\b(?:gut|belly)\s+so\s+big\b|"
    r"\bheaviest\s+(?:man|woman|patient|person|bloke|guy|lady)\b|\bweighed\s+more\s+than\s+the\b|"
    r"\b[2-9]\d\s+stone\s+(?:bloke|man|woman|lady|guy|patient|fella)\b",
    _I,
)
# Things that groan under anyone: a weight word must be there too ("bariatric kit", "🐋").
_NEEDS_WEIGHT = re.compile(r"(?i)(?:stairs|sofa|couch|cab|floor|lift|ambulance|suspension)\b")
# A patient's smell or hygiene made the joke: a disgust emoji with a patient, or the stock lines.
HYGIENE = re.compile(
    r"\bstink(?:s|ing)?\s+of\b|\bcan\s+stink\b|\breek(?:s|ing|ed)?\s+of\b|\bsmell(?:s|ed)?\s+like\s+(?:a\s+)?(?:dried\s+fish|"
    r"fish|curry|wee|piss|urine|poo|a\s+sewer|sewage|a\s+farm|a\s+bin|cheese|feet|BO)\b|\bsmell\s+(?:that\s+)?"
    r"walked\s+in\w*|\bdiversity\s+of\s+smells\b|\ballergic\s+to\s+(?:soap|water|showers?)\b|🤢|🤮",
    _I,
)
_HYGIENE_TARGET = re.compile(
    r"\b(?:residents?|some\s+people|hoarder\w*|(?:this|that|his|her|their)\s+(?:mouth|feet|house|flat|"
    r"hair)|he|she|him|his)\b",
    _I,
)
# What a disgust emoji must be about to be a jibe at someone's hygiene.
_HYGIENE_WORD = re.compile(
    r"\b(?:smell\w*|stink\w*|stench|reek\w*|whiff|odou?r|wash\w*|shower\w*|socks|feet|toenails|filth\w*|"
    r"dirty|teeth|breath|hoarder\w*|maggots|lice|nits|fleas|bed\s+bath|"
    r"amoy|mabaho|baho|ligo|maligo|naligo)\b",  # Tagalog: smell, stinking, bathe
    _I,
)
# The smell is the author's own, a drain's, the canteen's: "my feet", "it's me, I brought lunch".
_HYGIENE_NOT_PATIENT = re.compile(
    r"\b(?:I\s+smell|it'?s\s+me|my\s+(?:own\s+)?(?:feet|socks|lunch|car|kids?|dog|cat)|own\s+socks|drains?|"
    r"sluice|estates|coffee|canteen|staff\s+room|fridge|microwave|bins?\s+(?:store|room))\b",
    _I,
)
# A patient or colleague filmed, recorded or photographed for a laugh or the group chat.
FILMED = re.compile(
    r"\b(?:secretly\s+(?:recorded|filmed|photographed|videoed|snapped)|record(?:ing|ed)\s+(?:her|his|their)\s+"
    r"\w+\s+on\s+my\s+phone|sent\s+(?:the|a)\s+(?:pic|photo|video|clip)\s+(?:of\s+(?:her|him|them)\s+)?to\s+the\s+"
    r"(?:group\s+chat|whatsapp)|(?:tiktok|video|reel|clip)\s+of\s+me\s+(?:imitating|impersonating|mimicking)|"
    r"(?:imitating|impersonating|mimicking)\s+(?:the|my|our)\s+[\w\s']{0,25}?accent|guess\s+which\s+of\s+my\s+"
    r"colleagues|(?:pic|photo|video)\s+of\s+(?:her|him)\s+(?:running|sleeping|crying|falling|asleep|snoring)|"
    r"(?:instagram|insta|tiktok|facebook)\s+live\s+from\s+(?:the\s+)?(?:on[\s-]?call\s+room|ward|resus|theatre|"
    r"ICU|staff\s+room)|(?:got|caught)\s+it\s+on\s+video|video\s+coming|recorded\s+it\s+for\s+(?:the|my)\s+"
    r"(?:reel|story|tiktok|insta)|took\s+a\s+voice\s+note)\b",
    _I,
)
# ... these need a laugh as well: said plainly they can be a consented clip or a teaching video.
_FILMED_WEAK = re.compile(r"(?i)got|caught|video\s+coming|recorded\s+it|took\s+a\s+voice")
# A word that names a toy, a show or a question when one follows: "the dinosaur book", "the
# dumb question".
_TOY_AFTER = re.compile(
    r"(?i)\s+(?:game|book|toy|museum|park|costume|pyjamas|party|stickers?|film|movie|show)s?\b"
)
# An insult reported as one the author has heard and objects to: "ortho get called
# knuckle-draggers... the jokes about weight are not fine".
_INSULT_CONDEMNED = re.compile(
    r"\b(?:(?:are|is)\s+not\s+(?:fine|ok(?:ay)?|funny)|unacceptable|we\s+can\s+do\s+better|"
    r"(?:get|gets|got)\s+called)\b",
    _I,
)
# A child's passion, not an insult: "obsessed with dinosaurs", "mad about clowns".
_FONDLY_INTO = re.compile(
    r"(?i)\b(?:obsessed\s+with|loves?|loved|into|mad\s+about|crazy\s+about|scared\s+of)\s+(?:the\s+)?$"
)
# Advice to juniors: "ask the dumb question".
_ASK_THE = re.compile(r"(?i)\bask\s+(?:the|a|that|every)\s+$")
# A named doctor or practice run down: "Dr Menon's knee clinic", "private hospitals".
_NAMED_PRACTITIONER = re.compile(
    r"\b(?-i:Dr\.?\s+[A-Z])|\b(?:private|other)\s+(?:hospitals?|clinics?|practices?)\b|\bclinic\s+on\b",
    _I,
)
_GUESS_WEIGHT = re.compile(r"(?i)guess\s+the\s+weight")
_NEEDS_TARGET = re.compile(r"(?i)(?:best|highlight|favou?rite)\s+part|like\s+a\s+normal")
# Someone else's contempt reported or condemned: "stop saying people shouldn't be allowed..."
CONTEMPT_REPORTED = re.compile(
    r"\b(?:stop\s+saying|people\s+(?:who|that)\s+say|heard\s+(?:someone|a\s+\w+)\s+say|"
    r"(?:was|were|got)\s+told|not\s+ok(?:ay)?\s+to|unacceptable|stigma\w*|don'?t\s+be\s+the|"
    r"never\s+say|we\s+shouldn'?t|(?:she|he|they)\s+(?:said|told\s+me)|called\s+me|"
    r"described\s+(?:[\w'’]+\s+){0,4}?as|I\s+didn'?t\s+(?:laugh|find\s+it\s+funny)|not\s+funny)\b",
    _I,
)
# The system as the butt ("dear hospital admin"): a joke at it is harmless (LABELLING.md).
_SYSTEM_TARGET = re.compile(
    r"\b(?:admin|administration|management|managers|the\s+trust|government|ministers?|the\s+board|"
    r"CEO|executives?|NHS|HSE|insurers?|hospital)\b",
    _I,
)
# Patients judged by their politics or the staff by where they trained.
POLITICAL_OR_ORIGIN = re.compile(
    r"\b(?:maybe|just|try\s+to|should|could)\s+learn\s+(?:the\s+)?(?:language|English)\b[^.!?\n]{0,60}?"
    r"\b(?:country|free|here)\b|"
    r"\b(?:someone|anyone|people|doctors?|nurses?)\s+who\s+(?:trained|qualified|studied)\s+in\s+[A-Z]\w+\s+"
    r"(?:shouldn'?t|can'?t|has\s+no\s+(?:right|business)|have\s+no\s+(?:right|business))\b|"
    r"\b(?:unvaccinated|anti-?vaxx?\w*|vaccine[\s-]hesitant|smokers?)\b[^.!?\n]{0,80}?\b(?:seen\s+(?:last|after\s+"
    r"everyone)|(?:go|goes|sent)\s+to\s+the\s+back|wait\s+(?:longer|last)|find\s+out\s+the\s+hard\s+way)\b|"
    r"\b(?:think\s+twice\s+(?:about|before)|never|won'?t|wouldn'?t|avoid)\s+(?:hiring|employing|taking\s+on)?\s*"
    r"(?:\w+\s+){0,2}?(?:mums|mothers|women|pregnant\s+\w+|older\s+\w+|muslims|foreigners|immigrants)\s+"
    r"(?:coming\s+back|returning|from\s+mat(?:ernity)?\s+leave|of\s+childbearing\s+age|who\s+want)\b|"
    r"\b(?:trans(?:gender)?\s+(?:patients?|people|person|kids|teens?|teenagers|women|men)|gender\s+clinics?|"
    r"non-?binary\s+\w+)\b[^.!?\n]{0,80}?\b(?<!not\s)(?<!n't\s)(?<!never\s)(?:confused|mental(?:ly)?\s+ill(?:ness)?|delusion\w*|a\s+phase|"
    r"not\s+(?:real|identity)|pick\s+a\s+lane)\b"
    r"|\bconfused\s+(?:teenagers|teens|kids|children)\b[^.!?\n]{0,60}?\bmental\s+illness\b"
    r"|\bkill\s+(?:people|them|you)\s+to\s+learn\s+(?:the\s+)?(?:language|English)\b"
    r"|\bpronoun\s+badges?\b[^.!?\n]{0,40}?\b(?:no\s+wonder|lmao|lol|snowflakes?)\b"
    r"|\b(?:medicaid|welfare|benefits|food\s+stamp)\s+(?:moms|mums|mothers|families|patients)\b"
    r"|\bif\s+you\s+(?:vote[ds]?|voted|support(?:ed)?)\b[^.!?\n]{0,60}?\b(?:don'?t\s+(?:bother\s+)?"
    r"(?:com(?:e|ing)|book|ask|expect)|find\s+(?:another|a\s+new)|not\s+welcome|won'?t\s+(?:see|treat|"
    r"help)|go\s+elsewhere)"
    r"|\b(?:won'?t|refuse\s+to|will\s+not|shouldn'?t\s+have\s+to)\s+(?:treat|see|help|examine)\s+"
    r"(?:anyone|people|patients|those|them)\s+who\s+(?:vote[ds]?|voted|support|supported)\b"
    r"|\b(?:MAGA|tory|tories|trump|brexit|brexiteer|woke|lefty|leftie|libtard|remoaner)\s+(?:voters?|"
    r"supporters?|patients?|types?|lot)\s+(?:deserve|should|can|get|are)\b"
    r"|\b(?:overseas|foreign|internationally)[\s-](?:trained|educated|qualified)\s+(?:\w+\s+)?"
    r"(?:docs|doctors|nurses|staff|grads?|graduates|medics)\b[^.!?\n]{0,60}?\b(?:barely|can'?t|"
    r"cannot|lowering|shouldn'?t|don'?t\s+understand|no\s+idea|useless|dangerous)\b"
    r"|\b(?:IMGs|foreign\s+(?:docs|doctors|nurses))\s+(?:\w+\s+)?(?:can'?t|barely|don'?t|shouldn'?t|"
    r"are\s+(?:useless|dangerous|lowering))\b"
    r"|\b(?:people|patients|women|mums|families|kids)\s+(?:from|on)\s+(?:the\s+)?(?:estate|estates|"
    r"township|townships|rez|reservation|projects|trailer\s+parks?|council\s+flats?|council\s+estate)"
    r"\b[^.!?\n]{0,80}?\b(?:always|never|think|can'?t|don'?t|all|every|typical|breed|expect)\b"
    r"|\b(?:anyone|everyone|people|those|patients)\s+who\s+(?:voted|vote[sd]?|support(?:ed)?)\s+"
    r"(?:for\s+)?(?:\w+\s+){0,3}?(?:can\s+(?:wait|go)|should\s+(?:wait|pay|go)|shouldn'?t\s+get|deserve|don'?t\s+deserve|"
    r"(?:go|goes)\s+to\s+the\s+back)\b"
    r"|\b(?:welfare|benefits|dole|medicaid|food\s+stamps?)\s+(?:crowd|lot|brigade|mob|types|queens?)\b"
    r"|\b(?:on|using)\s+(?:food\s+stamps|medicaid|welfare|benefits)\b[^.!?\n]{0,60}?\b(?:still|crying|"
    r"contraception|baby\s+number|buying|can\s+afford)\b|\bbaby\s+number\s+\d+\b[^.!?\n]{0,30}?\bon\s+"
    r"(?:medicaid|welfare|benefits)\b"
    r"|\bpeople\s+from\s+the\s+(?:slums?|townships?|projects|estates?|settlements?)\s+who\b"
    r"|\b(?:foreign|migrant|immigrant)\s+workers?\b[^.!?\n]{0,80}?\b(?:send\s+them\s+back|because\s+it'?s\s+"
    r"free|air-?conditioned)\b|\bthese\s+tribes\b|\bit'?s\s+cultural\b[^.!?\n]{0,30}?\bwaste\b"
    r"|\btrans\s+(?:patient|person|people|man|woman)\s+demanding\b|\bpick\s+a\s+lane\b"
    r"|\b(?:vaccine\s+refusers|anti-?vaxx?ers|unvaccinated)\s+should\s+(?:go|be\s+sent|wait)\s+(?:to\s+)?"
    r"(?:the\s+)?back\b|\bcheck\s+their\s+papers\b|\billegals\b"
    r"|\b(?:lock\s+up|hide|count|watch)\s+(?:the|your|all\s+the)\s+(?:equipment|pens|bags|wallets|"
    r"valuables|drugs|phones|scissors)\b"
    r"|\b(?:here\s+)?on\s+(?:visas?|benefits|the\s+dole|welfare)\b[^.!?\n]{0,60}?\b(?:expect|want|"
    r"demand|for\s+free|scroung\w*|spong\w*|abus\w*)"
    r"|\b(?:female|women|woman|lady|male|gay|trans|black|asian|muslim|older|foreign|immigrant)\s+"
    r"(?:surgeons?|doctors?|docs|consultants?|nurses?|registrars?|colleagues?|staff|paramedics?|medics|"
    r"GPs|trainees)\b[^.!?\n]{0,60}?\b(?:until\s+they|excuses|can'?t\s+(?:handle|cope|hack|lead|"
    r"operate)|shouldn'?t\s+be|don'?t\s+belong|not\s+cut\s+out|too\s+emotional|hormonal|never\s+"
    r"(?:last|cope|make\s+it))\b"
    # a language not learnt held against a family ("fifteen years in this country and not a word of
    # English"), faith made the excuse ("religion over sense", "roza is the excuse for everything"),
    # a community or a sex written off, colleagues sorted by where they trained
    r"|\byears\s+in\s+(?:this|the)\s+country\b[^.!?\n]{0,60}?\b(?:English|a\s+word|learn)\b"
    r"|\bbothered\s+to\s+learn\s+(?:English|the\s+(?:language|word))\b"
    r"|\b(?:religion|faith)\s+over\s+(?:sense|medicine|science)\b|\b(?:roza|fasting|ramadan|ramzan|religion|"
    r"prayers?|faith)\s+is\s+the\s+excuse\b|\bevery\s+(?:ramadan|ramzan)\b[^.!?\n]{0,20}?\bsame\b"
    r"|\bhijab\w*\s+ones\b|\b(?:hijab\w*|turbans?|headscarf|headscarves|burqas?|niqabs?)\b[^.!?\n]{0,60}?"
    r"\boff-?putting\b"
    r"|\b(?:certain|some|these|those)\s+(?:communities|cultures|tribes|castes|races|ethnic\s+groups)\s+"
    r"(?:simply\s+|just\s+)?(?:don'?t\s+(?:value|care|want)|never\s+(?:learn|listen|value)|can'?t\s+be\s+"
    r"(?:helped|taught))\b"
    r"|\b(?:men|women|blokes|lads|girls|males|females)\s+are\s+(?:such\s+|all\s+|just\s+|so\s+)?(?:babies|"
    r"useless|wimps|hysterical|pathetic|idiots)\b"
    r"|\b(?:has|got)\s+(?:ADHD|dyslexia|autism|a\s+stammer|a\s+stutter|dyspraxia)\s+apparently\b"
    r"|\bstutters\s+so\s+(?:badly|much)\b|\bmaybe\s+(?:medicine|nursing|surgery|this\s+job)\s+isn'?t\s+for\s+"
    r"(?:everyone|him|her|them)\b|\bmaybe\s+pick\s+a\s+(?:specialty|career|job|profession)\s+where\b"
    r"|\b(?:ramadan|ramzan|lent|eid|diwali|sabbath)\b[^.!?\n]{0,60}?\b(?:no\s+use|useless|slow\s+mode|lazy)\b"
    r"|\b(?:I'?m\s+)?not\s+(?:being\s+)?racist,?\s+but\b"
    # an accent blamed for not listening: "couldn't understand a word through that accent"
    r"|\b(?:couldn'?t|can'?t|could\s+not|cannot)\s+understand\s+(?:a\s+(?:single\s+)?word|anything|half\s+of)\b"
    r"[^.!?\n]{0,40}?\b(?:through|over|past|because\s+of|for)\s+(?:that|his|her|their|the)\s+(?:thick\s+|strong\s+|"
    r"heavy\s+)?accent\b"
    r"|\bcan\s+always\s+tell\s+which\s+(?:ones?|\w+s)\b[^.!?\n]{0,40}?\b(?:trained|studied|did\s+(?:their|"
    r"his|her)\s+degree|qualified|are\s+from|come\s+from)\b",
    _I,
)
# A patient's or colleague's body appraised, mildly worded: "the most gorgeous arms I've ever
# cannulated", "I volunteer for every catheter on the young rugby lads 👀".
BODY_APPRAISAL = re.compile(
    r"\bseen\s+(?:him|her|them)\s+in\s+(?:scrubs|(?:a\s+|the\s+|that\s+)?uniform|(?:his|her|their)\s+scrubs)\b"
    r"|\b(?:take|took|taking)\s+my\s+(?:sweet\s+)?time\s+(?:on|with)\s+(?:those|these|that|this|him|her|them)"
    r"(?:\s+ones?)?\b"
    r"|\b(?:rank|rat(?:e|ed|es|ing))(?:ing|ed|s)?\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:nurses|doctors|residents|interns|patients|women|"
    r"men|girls|boys|students|midwives|physios|registrars|regs)\s+by\s+(?:looks|hotness|attractiveness|"
    r"appearance|how\s+hot|fitness)\b"
    r"|\bwho\s+(?:are\s+you|is\s+(?:she|he)|are\s+they)\s+trying\s+to\s+(?:pull|pick\s+up|attract|seduce)\b"
    r"|\b(?:bum|butt|arse|ass|backside)\s+you\s+could\s+bounce\s+a\s+(?:coin|penny|ball|pound)\b"
    r"|\b(?:gorgeous|sexy|dreamy|chiselled|chiseled|ripped|toned|peachy|big\s+strong)\s+(?:arms|"
    r"legs|bum|butt|booty|abs|six[\s-]?pack|chest|body|thighs|lips|figure|torso|shoulders|biceps|"
    r"backside)\b"
    r"|\b(?:hot|perfect|beautiful|lovely|cute|fit|massive)\s+(?:bum|butt|booty|six[\s-]?pack|thighs|"
    r"torso|biceps|backside)\b"
    r"|\blegs\s+up\s+to\s+(?:her|his|their)\s+(?:neck|armpits|ears)\b"
    r"|\bvolunteer(?:ed|s|ing)?\s+for\s+(?:every|all\s+the|any|the)\s+(?:catheters?|exams?|bed\s+baths?|"
    r"sponge\s+baths?|PRs?|ECGs?|obs|cannulas?|chest\s+exams?)\s+on\s+(?:the\s+)?(?:young|hot|fit|cute|"
    r"single|rugby|handsome|pretty|firefighters?|footballers?)\b"
    r"|\b(?:eye\s+candy|easy\s+on\s+the\s+eyes?|an?\s+(?:total\s+|real\s+|proper\s+|absolute\s+)?(?:snack|"
    r"smoke\s?show|dreamboat|stunner|hottie|ride))\b"
    r"|\b(?:very\s+)?(?:unprofessional|impure|naughty|dirty|inappropriate|sinful)\s+thoughts\b"
    r"|\bin\s+tight\s+(?:scrubs|uniform|jeans|leggings)\b"
    r"|\b(?:good[\s-]looking|handsome|stunning|gorgeous|attractive|sexy)\s+(?:anaesthetic|theatre|ICU|"
    r"agency|new|scrub|ward|student|locum|night)\s+(?:nurse|doctor|reg|registrar|physio|paramedic|"
    r"surgeon|consultant|tech)s?\b"
    r"|\bshoulders\s+like\s+that\b|\bforgot\s+their\s+own\s+names\b|\bmore\s+fun\s+to\s+look\s+at\b"
    r"|\btook\s+my\s+time\s+with\s+(?:that|the|this|his|her)\s+exam\w*\b[^.!?\n]{0,30}?(?:😏|😉|🥵|not\s+"
    r"(?:going|gonna)\s+lie)|\b(?:total|absolute|a\s+real)\s+(?:snack|smoke\s?show|dreamboat)\b"
    r"|\bdidn'?t\s+mind\s+(?:examining|doing\s+(?:his|her|that)\s+\w+|the\s+view)\b"
    r"|\b(?:good[\s-]looking|handsome|stunning|gorgeous|attractive|sexy)\s+(?:young\s+)?(?:firefighter|"
    r"fireman|cop|policeman|police\s+officer|soldier|rugby\s+player|footballer|lad|guy|bloke|woman|"
    r"girl|dad|mum|patient|pt|registrar|reg|consultant|surgeon|nurse|doctor|paramedic|physio|student|"
    r"intern|resident|tradie|builder|farmer|pilot)s?\b"
    r"|\b(?:hot|fit)\s+(?:young\s+)?(?:firefighter|fireman|policeman|police\s+officer|soldier|"
    r"rugby\s+player|footballer|registrar|consultant|surgeon|paramedic|physio|tradie|builder|farmer|"
    r"pilot)s?\b",
    _I,
)
# A colleague or patient eyed up in the stock lines of flirting at work: a touch offered "any
# day" ("can massage my hamstrings any day", "I'd let her reduce my fracture anytime"; "can take
# my bleep any day" is work), "no business looking that good in scrubs", "a lovely figure",
# "dishy doctor", "the fit scrub nurse", staff ranked "by hotness". A person at work or a leering
# emoji must be there too, except for the ranking.
SEXUAL_AT_WORK = re.compile(
    r"\bcan\s+(?:massage|examine|stretch|rub|feel|undress|sponge\s+bath)\s+my\s+\w+\s+any\s?"
    r"(?:day|time)\b"
    # the clinical touch offered to the author's own body: "she can suture me any day"
    r"|\bcan\s+(?:suture|stitch|examine|intubate|resuscitate|cannulate|catheteri[sz]e|bed\s+bath|"
    r"sponge|bathe|palpate|auscultate|resus)\s+(?:me|mine)\s+any\s?(?:day|time)\b"
    # the best body part seen at work: "the best legs I've seen in 20 years of gas"
    r"|\bbest\s+(?:legs|bum|butt|arse|ass|abs|figure|backside|thighs)\s+(?:I'?ve|I\s+have|in\s+the|on\s+the)\b"
    # a looker makes a chore popular: "everyone suddenly volunteering to scrub 👀", "the whole unit
    # suddenly wants to do his obs"
    r"|\bsuddenly\s+(?:\w+\s+){0,2}?(?:wants?|volunteer\w*|offer\w*|fighting|queu\w*)\s+(?:over\s+)?"
    r"(?:to\s+)?(?:scrub\b|(?:do|take|check|examine|bathe)\s+(?:his|her|their)\b)|\bi'?d\s+let\s+(?:him|her|them)\s+[^.!?\n]{0,40}?\bany\s?(?:day|time)\b"
    r"|\bno\s+business\s+looking\s+(?:that|this|so)\s+good\b|\blooking\s+(?:that|this|so)\s+good\s+in\s+"
    r"(?:scrubs|(?:a\s+|her\s+|his\s+)?uniform)\b|\blovely\s+figure\b(?!\s+(?:skat\w*|of|8|eight))"
    r"|\bdishy\b|\bbest\s+legs\s+on\s+the\s+(?:floor|ward|unit|team)\b|\b(?:fit|hot)\s+(?:scrub|theatre|"
    r"agency|anaesthetic|ICU)\s+(?:nurse|doctor|reg|tech)s?\b|\bby\s+hotness\b"
    # "way too fit for this job, the dads can't concentrate 😏", "looking 🔥 in her new scrub cap"
    r"|\btoo\s+(?:fit|hot|pretty|good[\s-]looking|gorgeous|sexy|attractive|handsome)\s+(?:for\s+(?:this|the|a)\s+"
    r"(?:job|ward|unit|place|profession|uniform))\b"  # "too pretty to be a nurse" is said to staff
    r"|\blooking\s+(?:🔥|🥵|🤤|😍|fine|hot|sexy|fit)+\s*in\s+(?:her|his|their|those|that|these|the)\s+(?:new\s+)?"
    r"(?:\w+\s+)?(?:scrubs?|scrub\s+caps?|uniforms?|caps?|gowns?|tunics?)\b",
    _I,
)
# The stock lines that are only a leer with a word about looks or a leering emoji beside them.
_NEEDS_LOOKS = re.compile(r"(?i)can\s+\w+(?:\s+bath)?\s+(?:me|mine)\b|suddenly\b")
# The flirting is the author's own partner's, or reported as harassment: not a leer at work.
_SEXUAL_NOT_AT_WORK = re.compile(
    r"\b(?:my|our)\s+(?:husband|wife|boyfriend|girlfriend|partner|fianc\w*|hubby|missus)\b|"
    r"\bharass\w*|\breported\b|\bnot\s+ok(?:ay)?\b|\bunacceptable\b|\bcalled\s+(?:it|them|him|her)\s+out\b",
    _I,
)
# The tell that a compliment is leering: a wink, heat, "I'll be thinking about that one".
LEER = re.compile(
    r"😉|😏|🥵|🔥|😍|👀|🤤|🫦|💦|\bthinking\s+about\s+(?:that|him|her)\b|\bnever\s+been\s+so\s+"
    r"popular\b|\bmade\s+my\s+(?:whole\s+)?(?:night|shift|day|week)\b|\bvolunteer\w*\b|\bwink\b",
    _I,
)
_LEER_FORM = re.compile(
    r"(?i)seen\s|take|took|taking|rank|who\s|bum|butt|arse|ass|backside"
)
_CREW = re.compile(
    r"(?i)\b(?:partner\s+on\s+shift|crew\s?mate|crew\s+partner|work\s+(?:wife|husband))\b"
)
CLINICAL_ACCESS = re.compile(
    r"\b(?:skin\s+checks?|full\s+check|cannulat\w+|catheter\w*|examin\w+|exam|auscultat\w+|undress\w*|bed\s+bath|sponge\s+bath|"
    r"shirt\s+off|top\s+off|palpat\w+|ECG|obs|sutur\w+|stitch\w*|dress(?:ed|ing)\s+(?:his|her)|"
    r"made\s+my\s+(?:whole\s+)?(?:night|shift|day|week))\b",
    _I,
)


# A pet name said to the EHR, the printer or the rota ("Epic, buddy, we need to talk").
_SYSTEM_ADDRESSED = re.compile(
    r"(?i)\b(?:epic|cerner|meditech|EHR|EMR|EPR|printer|computer|system|rota|teams|outlook|pager|bleep|"
    r"coffee\s+machine|vending\s+machine|pyxis|omnicell|laptop)\s*,\s*$"
)
# Warmth in a reply: "glad you're still fishing", "a top patient", "hope the new hip's behaving".
_WARM_REPLY = re.compile(
    r"(?i)\bglad\s+(?:you'?re|the|your)\b|\btop\s+(?:patient|bloke|lad|man|fella)\b|\bbehaving\b"
)
# Dignity asked for, not weight mocked: "bariatric gowns in one cupboard is not dignity".
_DIGNITY = re.compile(r"(?i)\bdignity\b|\bdeserves?\s+(?:a|the|better|respect)\b")
# A civil answer: "Sir, we're sorry this has worried you", "Madam, apologies for the wait".
_APOLOGY = re.compile(r"(?i)\b(?:sorry|apologi[sz]e|apologies)\b")
# Abuse suffered by staff and spoken against: the author is the one wronged, not mocking.
_ABUSE_SUFFERED = re.compile(
    r"(?i)\b(?:racism|racist\s+abuse|abuse|harassment|aggression|violence)\s+(?:from|by|towards|against)\s+"
    r"(?:patients|the\s+public|relatives|families|visitors)\b|\bstaff\s+(?:need|deserve)\s+(?:better\s+)?"
    r"(?:support|protection)\b"
)
# A reply that opens with a doctor's handle ("@dr_kwame haha sir"): a colleague's banter.
_OPENS_AT_DOCTOR = re.compile(r"(?i)\s*@(?:dr|doc)")
# Who a recording is of, when no patient or colleague word says it.
_FILMED_PERSON = re.compile(r"\b(?:her|him|colleagues?|(?-i:Dr\.?\s+[A-Z][\w'-]*))\b", _I)
# A body appraisal that ranks or rates people ("rating the med students by hotness").
_RANKED = re.compile(r"(?i)ra(?:nk|t)")


# A returning patient made a running gag: the return ("guess who's back", "back again on Ward 5",
# "4th time this week", "admission no. 9") and the gag itself ("same story, same suitcase", "same
# chimney apparently", "same ankle as last Carnival", "our most loyal customer", "different ring
# this time"). A return told plainly ("Mr D pulled his line out again, 3rd time this week") or a
# welcome back ("guess who's back on the pitch") has no gag; "same medicine, same dose" no return.
REPEAT_GAG = re.compile(
    r"\bsame\s+\w+,\s+same\s+\w+|\bsame\s+[\w\s]{1,25}?\s+(?:as\s+last|apparently|again)\b"
    r"|\b(?:most\s+)?loyal\w*\s+customers?\b|\bloyalty\s+(?:card|points|scheme)\b|\bnever\s+disappoints\b"
    r"|\bdifferent\s+\w+\s+this\s+time\b|\bsame\b[^.!?\n]{1,60}\bsame\b",
    _I,
)
_RETURNED = re.compile(
    r"\bguess\s+who'?s\s+back\b|\b(?:is|are|was|were|'s)\s+back\s+(?:again|on|in|for)\b|\bback\s+again\b"
    r"|\bback\s+(?:in|on|at)\s+(?:\w+\s+){0,2}?(?:tonight|today|this\s+(?:morning|afternoon|evening))\b"
    r"|\b(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|ninth|tenth)\s+(?:time|admission|visit|"
    r"attendance)\s+(?:this|in)\b|\badmission\s+(?:no\.?|number)\s*\d+|\bsame\s+\w+\s+twice\b",
    _I,
)
# The gag told as a loyalty scheme needs no laugh to be one.
_LOYALTY = re.compile(r"(?i)loyal")
# A regular welcomed, not mocked: "our lovely regular Bill", "we adore him", a birthday.
_FONDNESS = re.compile(
    r"\b(?:lovely|adore\w*|love\s+(?:him|her|them)|favou?rite|sweetest|glad|birthday|missed\s+(?:him|"
    r"her|them))\b|❤|💕|🥰|💛|💙|🥹",
    _I,
)

# A patient made the stake of a bet: "the crew's got a sweepstake going on what day he rings
# next", "ward pool says he's back before midnight, $5 on 9pm", "a running bet on which one gets
# the DNA test", "a tenner says she self-discharges by Friday". The stake must be the patient's
# return, call, stay or fate (``_STAKED``); a sweepstake on the World Cup, a colleague's due date
# or the rota coming out on time (``_WAGER_HARMLESS``) has no patient in it.
WAGER = re.compile(
    r"\bsweepstakes?\b|\b(?:running|side)\s+bets?\b|\bbetting\s+pool\b|\b(?:ward|office|staff|crew|"
    r"unit|department|dept|team|station)\s+pool\b|\btaking\s+bets\b|\bplace\s+your\s+bets\b"
    r"|\b(?:fiver|tenner|twenty\s+quid|a\s+quid)\s+(?:says|on)\b|\bmy\s+money'?s\s+on\b"
    r"|[£$€]\s?\d+\s+on\b|\bbet(?:ting)?\s+on\s+(?:how|when|which|whether|what)\b"
    r"|\bodds\s+on\s+(?:him|her|them|how|when|which|whether)\b",
    _I,
)
_STAKED = re.compile(
    r"\b(?:he|she|they|him|her|them)(?:'s|’s|'ll|’ll|\s+is|\s+will|\s+gets?)?\s+(?:\w+\s+)?(?:back|"
    r"rings?|calls?|returns?|re-?attends?|self[\s-]?discharg\w*|lasts?|abscond\w*|bounces?\s+back|"
    r"dies|pulls?\s+(?:it|the|his|her)\s+\w+)\b"
    r"|\bback\s+(?:before|by|within|in\s+(?:under\s+)?\d)|\bwhich\s+one\b|\bhow\s+many\s+times\b|\b(?:rings?|calls?|comes?)\s+"
    r"(?:in\s+)?(?:next|again)\b|\bwhat\s+(?:day|time)\s+(?:he|she|they)\b|\bhow\s+long\s+(?:he|she|"
    r"they|until|till|before)\b",
    _I,
)
_WAGER_HARMLESS = re.compile(
    r"\b(?:world\s+cup|euros|eurovision|grand\s+national|football|match|final|derby|election|bake\s?off|"
    r"strictly|love\s+island|oscars|baby|due\s+date|gender|rota|EHR|lifts?|snow|weather|charity|raffle|"
    r"fundrais\w*|which\s+one\s+of\s+us|first\s+to\s+(?:cry|crack|fall\s+asleep))\b",
    _I,
)
# A recognisable local named with a sensitive visit, as gossip: "guess whose daughter from the
# parish council turned up at the GUM clinic today 😬", "the sub-inspector himself came for his
# HIV meds", "that big alhaji from our street buying Viagra 😂", "had the local vicar in with
# his piles". The notable (``NOTABLE``), a visit, and the sensitive reason (``_SENSITIVE``)
# together, with a laugh, a hush or the reason made theirs ("his piles"); the mayor opening a
# ward, or a vicar's talk on HIV stigma, is no visit.
NOTABLE = re.compile(
    r"\b(?:(?:the|our|a|that)\s+local\s+(?:vicar|priest|pastor|imam|rabbi|bishop|councill?or|mayor|TD|MP|"
    r"MLA|headteacher|head\s+teacher|principal|headmaster|teacher|celebrity|footballer|sergeant|garda|cop|"
    r"copper|policeman|judge|magistrate|chief|chairman|businessman|publican|politician)"
    r"|(?:parish|town|county|city|district|municipal|village)\s+council(?:l?or)?s?|sub-?inspector|"
    r"police\s+inspector|alhaji|senator|assembly\s+member|MNA|MPA|soap\s+star|(?:the\s+)?local\s+parish\s+priest"
    r"|(?:minister|senator|mayor|councill?or|chief|pastor|imam|vicar|priest|judge|MP|TD|governor)['’]s\s+"
    r"(?:son|daughter|wife|husband|mistress|girlfriend|boyfriend)"
    r"|(?:from|on|down)\s+(?:our|my)\s+(?:street|road|estate|village|parish|church|mosque|temple|"
    r"gurdwara|compound)"
    r"|every(?:body|one)\s+(?:in\s+\w+\s+)?(?:fears|knows)|whole\s+(?:town|village|parish)\s+knows)\b",
    _I,
)
_SENSITIVE = re.compile(
    r"\b(?:GUM|STIs?|STDs?|sexual\s+health|HIV|PrEP|viagra|cialis|sildenafil|antidepressants?|"
    r"methadone|rehab|detox|piles|ha?emorrhoids|morning[\s-]after|plan\s+B|pregnancy\s+test|condoms|"
    r"abortion|termination|overdose|mash(?:ed)?\s+up\s+on|off\s+(?:his|her|their)\s+(?:face|head)|"
    r"on\s+something)\b",
    _I,
)
# Coyness that makes a visit gossip by itself: "won't say which senator 🤐", "not saying who".
_COY = re.compile(
    r"(?i)\b(?:won'?t|will\s+not|not|can'?t)\s+say(?:ing)?\s+(?:which|who|whose|but|anything)\b"
    r"|\bguess\s+(?:which|whose|who)\b|\bno\s+names\s+but\b"
)
_VISITED = re.compile(
    r"\b(?:came\s+(?:in|for|to|into)|comes?\s+(?:in|for)|turned\s+up|rolled\s+in|walked\s+in|in\s+my\s+chair|"
    r"on\s+(?:my|our|the)\s+(?:\w+\s+)?(?:list|ward|wing)|"
    r"(?:got|get|was|were)\s+brought\s+in|brought\s+in|in\s+for|buying|bought|picked\s+up|collect\w*|"
    r"had\s+(?:the|a|our|that)\s+(?:[\w-]+\s+){1,3}?in|(?:was|were)\s+in\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:clinic|ED|A&E|surgery|pharmacy|waiting\s+room|today|tonight|this))\b",
    _I,
)
_GOSSIP = re.compile(
    r"\b(?:guess\s+who(?:se)?|small\s+town|not\s+saying\s+anything|say\s+no\s+more|lips\s+are\s+sealed|"
    r"keep\s+(?:it\s+)?quiet|(?:his|her|their)\s+(?:piles|HIV|viagra|antidepressants|methadone|"
    r"ha?emorrhoids))\b|😬|🤐|🤫|👀|☕|🫢|😂|🤣|\blol\b|\bhaha\w*",
    _I,
)
# A kind of person named and then described: "these Mat Rempit who crash at 2am".
_SCORNED_GROUP = re.compile(r"(?i)\b(?:these|those)\s+(?:[\w-]+\s+){1,3}?(?:who|that)\s")
# A scornful line that names whom it scorns: "some of these old folk", "that woman", "contestant".
_NAMES_ITS_TARGET = re.compile(
    r"(?i)\b(?:some\s+of\s+these|parents|people|mums|moms|dads|families|woman|man|lady|guy|patient)\b"
    r"|anaesthe|anesthe|sedation|propofol"  # the one retold from under anaesthetic is a patient
)
# Work named by a word, a hashtag or a case: "#EDlife", "the foreign body", "on the ward".
_AT_WORK_TAG = re.compile(
    r"(?i)#\w*(?:life|shift|nurse|doctor|medic)\w*|\bforeign\s+bod(?:y|ies)\b|\b(?:ED|A&E|ER|ward|"
    r"resus|triage|majors|minors|casualty)\b"
)
# Scorn for patients or their families said in other stock words: "no shame whatsoever", "treat
# it like a career path", "some parents need a licence", "somebody get that woman a leaflet",
# "some of us went to school", "I hate people", "evolution skipped a few of them", "deserve their
# broken legs", "think nurses are their house girls", "like this is the Serena Hotel", "so his
# biscuits go missing", "some of these old folk are so thick", "give her a loyalty card",
# "tonight's contestant". Each needs someone to be aimed at (a patient, a relative, a pronoun
# after a case) and is left alone when the author is the butt or the post defends them.
SCORN = re.compile(
    r"\bno\s+shame\s+(?:whatsoever|at\s+all)\b(?!\s+(?:in|about|to|if|with|for|when)\b)"
    r"|\b(?:she|he|they)\s+(?:has|have|had)\s+(?:absolutely\s+)?no\s+shame\b(?!\s+(?:in|about)\b)"
    r"|\btreat(?:s|ing)?\s+(?:it|pregnancy|having\s+(?:kids|babies)|A&E|the\s+(?:ED|ER|ward|hospital|"
    r"ambulance))\s+like\s+a\s+(?:career(?:\s+path|\s+choice)?|lifestyle\s+choice|hobby|day\s+out|hotel|"
    r"drive[\s-]thru|taxi)\b"
    r"|\b(?:some|these|those)\s+(?:parents|people|mums|moms|dads|families)\s+(?:should\s+)?need\s+a\s+"
    r"licen[cs]e\b"
    r"|\b(?:somebody|someone)\s+(?:please\s+)?(?:get|give|buy|hand)\s+(?:that|this|the)\s+(?:woman|man|"
    r"lady|guy|bloke|mum|mom|dad|family|patient|girl|lad)\s+(?:a\s+|an\s+|some\s+)?(?:leaflet|calendar|"
    r"dictionary|map|clue|brain(?:\s+cell)?|contracepti\w+|condoms?|box\s+of\s+condoms|mirror|hobby|"
    r"watch|TV)\b"
    r"|\bsome\s+of\s+us\s+(?:went\s+to\s+(?:school|uni(?:versity)?|med(?:ical)?\s+school)|can\s+(?:actually\s+)?"
    r"read)\b(?=\s*(?:[.!🙄😂🙃]|$))"
    r"|\bI\s+(?:just\s+|really\s+|honestly\s+|genuinely\s+|truly\s+|officially\s+)?hate\s+(?:people|humans|"
    r"the\s+public|humanity)\b(?!\s+(?:who|that|when|being|like|in|on|at)\b)"
    r"|\bevolution\s+(?:skipped|missed|forgot|bypassed|gave\s+up\s+on|passed\s+(?:\w+\s+)?by)\b"
    r"|(?<!nobody\s)(?<!no\s\w{3}\s)\bdeserve[sd]?\s+(?:la\s+|lah\s+)?(?:their|his|her)\s+(?:broken\s+\w+|"
    r"fractures?|injur(?:y|ies)|burns?|cirrhosis|hangovers?|heart\s+attacks?|strokes?|stitches)\b"
    r"|\bthink\w*\s+(?:nurses|we|we'?re|I'?m|the\s+nurses|the\s+staff|staff|doctors)\s+(?:are\s+)?"
    r"(?:their|his|her)\s+(?:own\s+|personal\s+)?(?:house\s*girls?|house\s*boys?|maids?|servants?|"
    r"slaves?|waitress(?:es)?|waiters?|butlers?|skivv(?:y|ies)|cleaners?|chauffeurs?)\b"
    r"|\blike\s+(?:this|it)\s+is\s+(?:a\s+|the\s+|some\s+)?(?:[\w-]+\s+){0,2}?(?:hotel|restaurant|spa|"
    r"holiday\s+camp)\b"
    r"|\b(?:his|her|their)\s+(?:biscuits|tea|pudding|dessert|snacks?|sandwich|toast|call\s+bell|"
    r"(?:TV\s+)?remote|pillow|blanket)\s+(?:might\s+|may\s+|will\s+|mysteriously\s+|somehow\s+)?"
    r"(?:go(?:es)?|went|gone|going)\s+missing\b"
    r"|\bsome\s+of\s+these\s+(?:[\w-]+\s+){0,3}?(?:are|is)\s+(?:so\s+|just\s+|really\s+|genuinely\s+)?"
    r"(?:thick|stupid|dumb|dense|ignorant|entitled|feral)\b"
    r"|\bignorance\s+(?:must\s+be|is)\s+(?:hereditary|genetic|contagious)\b"
    r"|\b(?:should|could)\s+(?:(?:just|honestly|really|seriously)\s+){0,2}(?:give|get|issue|hand)\s+(?:her|him|them)\s+"
    r"a\s+loyalty\s+card\b"
    r"|\b(?:today'?s|tonight'?s|this\s+week'?s|our\s+(?:next|latest|first))\s+contestants?\b"
    r"|\bshould\s+(?:\w+\s+)?(?:have|need)\s+a\s+licen[cs]e\b"
    r"|\bsome\s+(?:patients|people|parents|relatives|families|mums|moms|dads|of\s+them)\s+are\s+(?:just\s+|so\s+|"
    r"genuinely\s+|really\s+|honestly\s+)?(?:thick|stupid|dumb|dense|feral|animals)\b"
    r"|(?<!I'm\s)(?<!I\sam\s)\bdeaf\s+as\s+a\s+post\b"
    r"|\b(?:doesn'?t|don'?t|didn'?t)\s+know\s+what\s+day\s+it\s+is\b(?=.*?(?:😂|🤣|\blol\b|\bhaha))"
    # a delusion made the joke: "thinks he's Jesus again, told him the tomb's that way 😂"
    r"|\b(?:thinks?|decided|convinced|believes?)\s+(?:he'?s|she'?s|he\s+is|she\s+is|he\s+was|she\s+was)\s+"
    r"(?:Jesus|God|the\s+(?:Messiah|Pope|Queen|King|Archbishop|rightful\s+\w+)|Beyonc[eé]|Elvis|Napoleon)\b"
    r"(?=.*?(?:😂|🤣|\blol\b|\bhaha|🙄|💀))"
    # what a patient said under anaesthetic, retold for a laugh
    r"|\b(?:under|coming\s+(?:round|around|out\s+of)|waking\s+up\s+from)\s+(?:the\s+)?(?:anaesthe\w+|"
    r"anesthe\w+|sedation|propofol|the\s+gas|GA|ketamine)\b[^.!?\n]{0,60}?\b(?:tell\w*|told|confess\w*|"
    r"propos\w*|sang|singing|flirt\w*)\b(?=.*?(?:😂|🤣|\blol\b|\bhaha))",
    _I,
)

# Slang that is a sneer only in context ("some people", "the regulars", "Dr Google").
_WEAK_SLANG = re.compile(
    r"(?i)some\s+people|entitled|precious|the\s+audacity|seeker|CTD|TEETH|crumbles?|"
    r"usual\s+suspects|revolving\s+door|the\s+regulars|our\s+regular|vegetable|psycho|"
    r"faker|moaner|Karens?|snowflake|hippo|whale|brain\s+cell|Dr\s+Google|deserved\s+it|"
    r"self-inflicted|dumb\s+as|thick\s+as|not\s+the\s+brightest|evolution.*|.*sandwich.*"
)
# A patient's complaint put in scare quotes, the author doubting it: "with 'chest pain' again",
# "he's 'allergic' to everything except", "your 'urgent' wart". Quoting alone is also how a
# dispatch category or a word to teach is written ("called to a 'can't breathe'", "say the word
# 'dying'"), so a second sign of doubt or derision must be there too (``SCARE_DOUBT``).
SCARE_QUOTED = re.compile(
    r"(?<![\w'’])['‘\"“](?:allergic|allerg(?:y|ies)|chest\s+pain|emergency|emergencies|urgent|in\s+pain|"
    r"agony|sick|disabled|suicidal|anxiety|anxious|migraines?|seizures?|fits?|collapsed?|unwell|"
    r"dying|bad\s+back|whiplash|can'?t\s+breathe|fibro|chronic\s+pain|10/10|botched|depressed|"
    r"stressed|exhausted|intolerant|sensitive|sciatica|tired\s+all\s+the\s+time)['’\"”](?!\w)",
    _I,
)
SCARE_DOUBT = re.compile(
    r"\b(?:apparently|funny\s+how|amazing\s+how|turns?\s+out|turned\s+out|magically|miraculous\w*|"
    r"frankly|drama|attention|taxi|again|every\s+time|except|googled|not\s+(?:urgent|an\s+emergency)|"
    r"wasted|yeah\s+right|sure\s+jan|riiight|of\s+course|conveniently)\b|🙄|🤡|🤦|💅|😂|🤣|lol\b|lmao",
    _I,
)
_SCARE_TAUGHT = re.compile(
    r"(?i)\b(?:the\s+word|words?\s+like|called\s+to\s+an?|category|coded\s+as)\s*$"
)


# Warmth around weak slang: "some people are just good at this", "I like it when patients read up".
_KIND_CONTEXT = re.compile(
    r"\b(?:good\s+at\s+(?:this|it)|like\s+it\s+when|it\s+means\s+they\s+care|place\s+to\s+start|"
    r"sending\s+love|thoughts\s+with|find\s+that\s+(?:with|helps)|pop\s+in|chat\s+to\s+us|"
    r"not\s+mad\s+at|don'?t\s+blame\s+(?:them|people|patients)|(?:they'?re|people\s+are)\s+(?:just\s+)?scared|"
    r"be\s+kind|sent\s+(?:me|us)\s+a\s+card)\b",
    _I,
)


def _slang_harmless(text: str) -> bool:
    """Travel, animals or anti-stigma words make the slang harmless, except a bare "lounge" in a
    post tagged as work ("Frequent flyer lounge is full tonight ✈️ #EDlife": the waiting room)."""
    found = [m.group().lower() for m in SLANG_HARMLESS.finditer(text)]
    if found and all(word == "lounge" for word in found) and _AT_WORK_TAG.search(text):
        return False
    return bool(found)


def strong_slang(slang: list[re.Match[str]]) -> list[re.Match[str]]:
    """The slang matches that are derogatory whatever the context."""
    return [m for m in slang if not _WEAK_SLANG.fullmatch(m.group())]


# --- contempt in the shapes of a sarcastic aside ------------------------------------------------
# A stock sarcastic verdict closing a story about someone: "make it make sense", "truly an
# inspiration", "future consultant right there", "Miracle recovery. Praise be", "Darwin came so
# close", "Bed 9, never change", "bless her tiny brain". Said of the system ("parking went up,
# make it make sense") or of the author ("me, I'm the diva") they mock no one, so a patient or a
# colleague must be named and neither the system nor the author be the butt.
SARCASM_CLOSER = re.compile(
    r"\bmake\s+it\s+make\s+sense\b|\bconsistency\s+is\s+(?:a\s+virtue|not\s+(?:their|his|her)\s+strong)"
    r"|\bgood\s+to\s+see\s+(?:such\s+)?consistency\b|\blove\s+this\s+for\s+me\b"
    r"|\btruly\s+an\s+inspiration\b(?=[^.!?\n]{0,20}?(?:🙄|🙃|😒|💅|\blol\b))"
    r"|\btruly\s+(?:inspirational|the\s+future\s+of|one\s+for\s+the\s+(?:journals|books)|"
    r"the\s+best\s+and\s+(?:the\s+)?brightest)\b|\binspirational\s+stuff\b"
    r"|\bfuture\s+(?:consultant|surgeon|registrar|doctor|nurse|professor)\s+right\s+there\b"
    r"|\bmiracle\s+(?:recovery|cure)(?=\s*[.!🙏]|\s+praise)|\bpraise\s+be\b"
    r"|\bwhy\s+are\s+people\s+like\s+this\b|\binsult\s+our\s+intelligence\b"
    r"|\bthe\s+intelligence\s+(?:on|of)\s+some\b|\bbreakfast\s+of\s+champions\b|\byou\s+don'?t\s+say\b"
    r"|\bamazing\s+scenes\b|\bthat'?s\s+it\.?\s+that'?s\s+the\s+(?:whole\s+)?(?:history|complaint|story)\b"
    r"|\bdarwin\s+(?:was\s+right|came\s+(?:so\s+)?close|nearly\s+(?:won|got\s+(?:him|her|them)))\b"
    r"|\bpeak\s+masculinity\b|\bgentlemen,\s+please\b|,\s+never\s+change\b"
    r"|\bbless\s+(?:her|his|their)\s+(?:(?:tiny|little|empty)\s+){1,2}(?:brains?|minds?|heads?)\b|\bparenting\s+is\s+optional\b"
    r"|\bit'?s\s+always\s+(?:mum|dad|the\s+(?:mum|dad|wife|husband|daughter|son|family))\s*[.!]"
    r"|\bguilt\s+is\s+a\s+powerful\b|\bfunny\s+how\s+guilt\b|\bimpressive\s+commitment\b"
    r"|\bcommitment\s+to\s+bad\s+decisions\b|\bthe\s+online\s+degree\s+(?:really\s+)?shows\b"
    r"|\b(?:wonderful|great|greatest|different)\s+generation[.,]\s+(?:built|different|fought|can'?t)\b",
    _I,
)
# The author as the butt: "I'm the patient who asks for...", "(me, I'm the diva)".
_SELF_BUTT = re.compile(
    r"\b(?:I'?m|I\s+am)\s+the\s+(?:patient|one|person|nurse|doctor)\s+who\b|\bme,\s+I'?m\b|\bmy\s+own\s+"
    r"(?:legs|back|feet|body|brain|teeth)\b",
    _I,
)
# A kind of patient named by what they do ("patients who book a double slot", "the ones who
# pray over the cannula", "people who can afford 40 cigarettes a day"): with a sneering turn
# (``GROUP_SNEER_TAIL``) the whole kind is the butt.
WHO_GROUP = re.compile(
    r"\b(?:patients|people|ppl|the\s+ones|parents|families|relatives|mums|moms|mothers|dads|women|men|"
    r"smokers|diabetics|pts)\s+who(?:'d|'ve|'re)?\s",
    _I,
)
GROUP_SNEER_TAIL = re.compile(
    r"\bwhy\s+do\s+(?:the|these|those)\s+(?:ones|people|patients|parents)\b|\balways\s+(?:the\s+ones|"
    r"first)\b|\bare\s+always\s+"
    r"(?:the\s+ones|first)\b|\bfirst\s+in\s+(?:line|the\s+queue)\b|\bmake\s+it\s+make\s+sense\b|"
    r"\bconsistency\s+is\b|\bI\s+guess\b|\bapparently\b|\bfight\s+me\b|\bI'?ll\s+say\s+it\b|"
    r"\bno\s+offen[cs]e\b|\bcouldn'?t\s+be\s+bothered\b|\bnot,?\s+in\s+fact\b|\b(?:you|they)\s+are\s+"
    r"not\s+dying\b|\b(?:you|they)'re\s+not\s+dying\b|\bwe\s+can\s+smell\b|\bbless\b|\bI'?m\s+not\s+your\b|"
    r"\bfree\s+babysitter\b|\bfor\s+themselves,?\s+not\b|\bthen\s+(?:\w+\s+)?(?:blame|look\s+at\s+us|"
    r"lecture|wonder|complain|demand|show|unfold|produce|ask\s+why)\b|\btook\s+it\s+as\s+an\s+"
    r"invitation\b|🙃|🙄|🤦|💅|🤡|🫠|😒",
    _I,
)
# Kindness or advocacy about the kind of patient: "aren't being difficult", "have a reason".
_GROUP_DEFENDED = re.compile(
    r"\b(?:not\s+(?:a\s+)?patient\s+failure|aren'?t\s+being\s+difficult|have\s+a\s+reason|never\s+"
    r"apologi[sz]e|with\s+compassion|be\s+kind|system\s+(?:one|failure|problem))\b",
    _I,
)
# A patient's boast belied: the "high pain threshold" who screamed, the twice-daily brusher
# whose gums say otherwise, the "10/10 pain" eating crisps, "allergic to everything except" the
# one opioid, the "done my own research" parent, a body part called as the witness ("her bloods:
# 🤡", "his stents are crying"). Each needs the contradiction, not the claim: "patients often
# say they have a high pain threshold and then apologise" is kindness.
CLAIM_BELIED = re.compile(
    r"\bhigh\s+pain\s+(?:threshold|tolerance)\b(?=[^.!?\n]{0,60}?\b(?:scream\w*|cr(?:y|ies|ied)|faint\w*|"
    r"wail\w*)\b|.{0,80}?(?:every\.?\s+(?:single\s+)?time|peak\s+masculinity|gentlemen))"
    r"|\bbrush(?:es)?\s+twice\s+a\s+day\b(?=.{0,100}?(?:\b(?:teeth|gums|mouth)\s*(?:said|say|says|:|are\s+"
    r"(?:currently|crying|screaming))|\blyin'?g?\b|\bsaid\s+by\s+someone\b|\binsult\s+our\b|\bbless\s+(?:him|"
    r"her)\b))"
    r"|\bpain\s+(?:is\s+|scale\s+|score\s+)?(?:of\s+)?['\"‘“]?1[01]\s?/\s?10['’\"”]?\s*(?:while|whilst|\*)"
    r"|\ballergic\s+to\s+(?:everything|every\s+\w+|all\s+(?:\w+\s+)?\w+)[^.!?\n]{0,40}?\bexcept\b"
    r"|\ballergic\s+to\s+[^.!?\n]{3,80}?\b(?:everything|all\s+of\s+(?:them|those)|every\s+\w+)\s+except\b"
    r"|['‘\"“](?:I'?ve\s+)?(?:done|did)\s+(?:(?:her|his|their|my)\s+)?(?:own\s+)?research['’\"”]"
    r"|['‘\"“]researched['’\"”]"
    r"|\b(?:her|his|their)\s+(?:teeth|gums|bloods|LFTs|liver|stents|arteries|lungs|HbA1c|sugars?)\s*"
    r"(?::\s*(?:🤡|🙃|🙄|😂|💀|['‘\"“])|said|say|says|beg\s+to\s+differ|(?:are|were)\s+crying)"
    r"|\b(?:whatsapp|facebook|google|tiktok|youtube|instagram)\s+(?:degree|university|medical\s+school)\b"
    r"|\bpeer[\s-]reviewed\s+(?:facebook|tiktok|whatsapp|instagram)\b",
    _I,
)
# ... said by the author of themself: "when I 'did my own research' before my OSCE".
_OWN_CLAIM = re.compile(r"(?i)\b(?:I|me|you)\s+(?:\w+\s+)?$")

# Each check (a method of ``UnprofessionalRemarks``) finds nothing unless one of its trigger
# expressions matches, so their anchors (``classifiers.anchors``) rule most posts out cheaply.
_TRIGGERS: tuple[tuple[str, tuple[re.Pattern[str], ...]], ...] = (
    ("_derogatory", (lexicons.pattern("derogatory_slang"), SNEER)),
    ("_colleague", (COLLEAGUE_INSULT,)),
    (
        "_discriminatory",
        (lexicons.pattern("discriminatory"), DISCRIMINATORY_PHRASE, GROUP, ORIGIN_GENERALISED),
    ),
    ("_sexual", (lexicons.pattern("sexual"), INNUENDO)),
    ("_hostile", (HOSTILE,)),
    ("_review_argued", (REVIEW_ARGUED,)),
    ("_review_retort", (REVIEW_RETORT,)),
    ("_colleague_disparaged", (COLLEAGUE_DISPARAGE, VERDICT)),
    ("_contempt", (CONTEMPT,)),
    ("_weight_contempt", (WEIGHT_CONTEMPT,)),
    ("_hygiene", (HYGIENE,)),
    ("_filmed", (FILMED,)),
    ("_ill_wish", (ILL_WISH,)),
    ("_political_or_origin", (POLITICAL_OR_ORIGIN,)),
    ("_body_appraisal", (BODY_APPRAISAL,)),
    ("_sexual_at_work", (SEXUAL_AT_WORK,)),
    ("_scare_quoted", (SCARE_QUOTED,)),
    ("_repeat_gag", (REPEAT_GAG,)),
    ("_wager", (WAGER,)),
    ("_gossip", (NOTABLE,)),
    ("_scorn", (SCORN,)),
    ("_sarcastic_verdict", (SARCASM_CLOSER,)),
    ("_group_sneer", (WHO_GROUP,)),
    ("_claim_belied", (CLAIM_BELIED,)),
    (
        "_mockery",
        (
            lexicons.pattern("mockery"),
            SARCASTIC_ADDRESS,
            WEIGHT_MOCK,
            SNEER_EMOJI,
            SNEER_FRAME,
            RIDICULE,
        ),
    ),
)


@dataclass(slots=True)
class _MockSignals:
    """What a post holds that could make it mockery, and whom it could be aimed at."""

    mock: list[re.Match[str]]  # the mockery lexicon's put-downs
    sarcasm: re.Match[str] | None  # "Sir, if you can walk..."
    weight: re.Match[str] | None
    emoji: re.Match[str] | None  # 🙄 and the like
    frame: re.Match[str] | None  # "another mother who's 'done her research'"
    ridicule: re.Match[str] | None  # "Sure mate", "hypocrite"
    reported: re.Match[str] | None  # "she asked if ..."
    patient: re.Match[str] | None
    colleague: re.Match[str] | None
    laugh: re.Match[str] | None
    quoted: re.Match[str] | None


def _mock_matches(text: str) -> list[re.Match[str]]:
    """The mockery lexicon's matches that are insults: not aimed at the author, not denied
    ("scared, not stupid"), not quoted back ("sorry for 'wasting my time'"), not a toy's name
    or a question to someone."""
    return [
        m
        for m in lexicons.pattern("mockery").finditer(text)
        if not SELF_TARGET.search(text[max(0, m.start() - 30) : m.end()])
        and not _NEGATED.search(text[max(0, m.start() - 20) : m.start()])
        and not _MENTIONED.search(text[max(0, m.start() - 2) : m.start()])
        and not _TOY_AFTER.match(text, m.end())
        and not _ASK_THE.search(text[max(0, m.start() - 12) : m.start()])
        and not _FONDLY_INTO.search(text[max(0, m.start() - 20) : m.start()])
    ]


def _mock_signals(text: str) -> _MockSignals | None:
    """The signals of ``text``, or None when it holds no sign of mockery at all."""
    mock = _mock_matches(text)
    sarcasm = SARCASTIC_ADDRESS.search(text)
    weight = WEIGHT_MOCK.search(text)
    emoji = SNEER_EMOJI.search(text)
    frame = SNEER_FRAME.search(text)
    ridicule = RIDICULE.search(text)
    if not (mock or sarcasm or weight or emoji or frame or ridicule):
        return None
    reported = REPORTED_WORDS.search(text)
    return _MockSignals(
        mock=mock,
        sarcasm=sarcasm,
        weight=weight,
        emoji=emoji,
        frame=frame,
        ridicule=ridicule,
        reported=reported,
        patient=_mock_target(text, weight, ridicule, reported),
        colleague=cues.COLLEAGUE_REF.search(text),
        laugh=cues.LAUGH.search(text),
        quoted=QUOTED_PATIENT.search(text),
    )


def _mock_target(
    text: str,
    weight: re.Match[str] | None,
    ridicule: re.Match[str] | None,
    reported: re.Match[str] | None,
) -> re.Match[str] | None:
    """The patient the mockery could be aimed at: named as one, or a body measured ("a BMI
    52"), a pronoun after a case, someone's words reported, or the case itself when ridiculed."""
    patient = PATIENT_TARGET.search(text) or GENERALISED.search(text)
    if (
        patient is None
        and weight
        and re.match(r"(?i)BMI|the\s+size|that\s+(?:belly|gut)", weight.group())
        and not _BABY_NEWS.search(text)
    ):
        patient = weight  # "consented a BMI 52 ... asked theatres for a forklift"
    encounter = cues.ENCOUNTER.search(text)
    if patient is None and (encounter or cues.HEALTH.search(text)):
        patient = re.search(r"\b(?:he|she|him|her|they|them)\b", text, _I)  # a case, a pronoun
    if patient is None and reported:
        patient = reported  # "she asked if ...": someone's words reported, then answered
    if patient is None and encounter and ridicule:
        patient = encounter  # "... came in with gout today. hypocrite 😂"
    return patient


_NAME_THROWN = re.compile(r"(?i)(?:yes|no|nope|okay|ok)\s")
_VOCATIVE = re.compile(
    r"[\s.!?:;,]*(sir|love|mate|darling|sweetie|sweetheart|hun|honey|buddy|champ|princess)\b", _I
)


def _mockery_of_patient(
    text: str, seen: _MockSignals
) -> tuple[float, str, re.Match[str]] | None:
    """The score and the kind of mockery of a patient the signals add up to, with its target,
    or None."""
    patient = seen.patient
    if patient is None:  # reported words are a target themselves (``_mock_target``)
        return None
    kind = _mockery_kind(text, seen)
    return None if kind is None else (*kind, patient)


def _mockery_kind(text: str, seen: _MockSignals) -> tuple[float, str] | None:
    """The score and the kind of mockery, for signals that have a patient target."""
    sarcasm, ridicule = seen.sarcasm, seen.ridicule
    emoji, laugh, quoted = seen.emoji, seen.laugh, seen.quoted
    praise = COLLEAGUE_PRAISE.search(text) is not None
    vocative = sarcasm and _VOCATIVE.match(text[sarcasm.start() :])
    if seen.mock:
        return 0.72, "put_down"
    if vocative and vocative.group(1)[:1].isupper() and not praise:
        return 0.62, "sarcastic_address"  # "Sir, if you can walk..." opens a put-down
    if (
        seen.weight
        and (laugh or sarcasm or emoji or PERSONIFIED.search(text))
        and not _BABY_NEWS.search(text)
        and not _DIGNITY.search(text)
    ):
        return 0.72, "weight"
    if sarcasm and (emoji or laugh or quoted or GENERALISED.search(text)):
        return 0.66, "sarcastic_address"
    if emoji and quoted and not praise:
        return 0.6, "eye_roll_quote"
    if (seen.frame or quoted) and (laugh or emoji or ridicule) and not praise:
        return 0.62, "ridicule"  # "another mother who's 'done her research' 🙄"
    if sarcasm and seen.reported and not praise and not _KIND_ANSWER.search(text):
        return 0.62, "sarcastic_reply"  # "she asked if ... honey, it's not your hair"
    name = ridicule.group().strip(" .!🙄😂🤦🤢").lower() if ridicule else ""
    if name == "sir" and not (laugh or emoji or quoted):
        return None  # "recheck BP in a week sir": a courtesy, not a put-down
    if ridicule and name in _PET_NAMES and not praise:
        return 0.6, "sarcastic_address"  # "money can't buy manners habibi"
    if ridicule and praise and _NAME_THROWN.match(ridicule.group()):
        return None  # "No Sarah, YOU'RE the hero 😂 thanks": a colleague praised, not a put-down
    if ridicule and (
        quoted
        or seen.frame
        or laugh
        or emoji
        or re.match(r"(?i)sure|nice|yeah|lol", ridicule.group())
    ):
        return 0.6, "ridicule"  # "...swears he only had two pints. Sure mate"
    return None


class UnprofessionalRemarks(Recognizer):
    """Derogatory, mocking, discriminatory, sexual or hostile remarks, by target."""

    name = "unprofessional.remarks"
    rules = (UNPRO_DEROGATORY, UNPRO_COLLEAGUE, UNPRO_DISCRIMINATORY, UNPRO_SEXUAL, UNPRO_HOSTILE)

    def __init__(self) -> None:
        self._checks = tuple(getattr(self, check) for check, _ in _TRIGGERS)
        self._last: tuple[str | None, tuple] = (None, ())

    def load(self) -> None:
        """Build the entry pre-check shared with the other recognizers, once."""
        anchors.RECOGNIZER_ENTRY.prepare()

    def prefilter(self, post: Post) -> bool:
        """Some check's trigger expressions match the post."""
        return bool(self._triggered(post.text))

    def _triggered(self, text: str) -> tuple:
        """The checks whose trigger expressions match ``text`` (each check finds nothing
        without one): one search over every check's anchors rules out most posts, then the
        post's anchors name the expressions that may match (``_TRIGGER_ROUTER``), searched in
        the checks' order. The engine asks twice per post and ``analyze`` once more, so the
        answer for the last post is kept."""
        if self._last[0] is text:
            return self._last[1]
        found: tuple = ()
        if _ANY_TRIGGER.may_match(text):
            found = tuple(self._checks[number] for number in _matched_checks(text))
        self._last = (text, found)
        return found

    def analyze(self, post: Post, ctx: PostContext) -> Iterable[Finding]:
        """Up to one finding per rule."""
        text = post.text
        for check in self._triggered(text):
            finding = check(post, text)
            if finding is not None:
                yield finding

    def _make(self, post: Post, rule, spans, score: float, explanation: str, trail) -> Finding:  # noqa: ANN001
        return Finding.on(
            post,
            rule,
            spans,
            score=score,
            explanation=explanation,
            recognizer=self.name,
            trail=trail,
        )

    def _derogatory(self, post: Post, text: str) -> Finding | None:
        slang = [
            m
            for m in lexicons.pattern("derogatory_slang").finditer(text)
            if not _MENTIONED.search(text[max(0, m.start() - 6) : m.start()])
            and not _DENIED_AFTER.search(text[m.end() : m.end() + 16])
            and not (
                m.group()[:1].isupper()
                and m.group().lower().startswith("karen")
                and (
                    _GREETED.search(text[max(0, m.start() - 16) : m.start()])
                    or (not text[: m.start()].strip() and text[m.end() : m.end() + 1] == ",")
                )
            )
        ]
        sneer = list(SNEER.finditer(text))
        if not slang and not sneer:
            return None
        if _slang_harmless(text):
            return None
        if not slang and COLLEAGUE_PRAISE.search(text):
            return None  # "the IQ of our department went up: three brilliant new registrars"
        if not strong_slang(slang) and _KIND_CONTEXT.search(text):
            return None  # "some people are just good at this", "I like it when patients read up"
        patient = cues.PATIENT_REF.search(text) or cues.ENCOUNTER.search(text)
        strong = strong_slang(slang)
        if strong and (patient or not cues.COLLEAGUE_REF.search(re.sub(r"#\w+", "", text))):
            score = 0.8 if patient else 0.65
        elif (slang or sneer) and patient:
            score = 0.62 + (0.1 if cues.LAUGH.search(text) else 0.0)
        else:
            return None
        spans = [(m.start(), m.end()) for m in slang + sneer]
        return self._make(
            post,
            UNPRO_DEROGATORY,
            spans,
            score,
            "Derogatory or mocking language about patients undermines trust in the profession.",
            (
                ("lexicon", "derogatory_slang" if slang else "sneer"),
                ("target", "patient" if patient else "unclear"),
            ),
        )

    def _mockery(self, post: Post, text: str) -> Finding | None:
        """Sarcasm, put-downs and name-calling aimed at a patient or colleague, without slang."""
        seen = _mock_signals(text)
        if seen is None:
            return None
        if cues.is_reply(post) and seen.mock and seen.patient is None and seen.colleague is None:
            return self._make(
                post,
                UNPRO_HOSTILE,
                [(m.start(), m.end()) for m in seen.mock],
                0.7,
                "Insulting, arguing with or threatening someone in public breaks professional boun"
                "daries.",
                (("pattern", "mockery"), ("addressed", "reply")),
            )
        if seen.patient is None and seen.colleague is None:
            return None
        if (
            SLANG_HARMLESS.search(text)
            or (cues.CONSENT.search(text) and not _SURGICAL_CONSENT.search(text))
            or _NOT_A_PATIENT.search(text)
        ):
            return None
        if seen.quoted and _DOCUMENT_QUOTE.search(text):
            seen.quoted = None  # the quote is a form's words, not a patient's
        if seen.sarcasm and _OPENS_AT_DOCTOR.match(text):
            seen.sarcasm = None  # "@dr_kwame haha sir we had the same debate": a colleague
        at = seen.sarcasm.start() if seen.sarcasm else -1
        if at >= 0 and _SYSTEM_ADDRESSED.search(text[max(0, at - 20) : at + 1]):
            seen.sarcasm = None  # "Epic, buddy, we need to talk": the EHR is the one addressed
        if seen.sarcasm and not seen.mock and _WARM_REPLY.search(text):
            seen.sarcasm = None  # "haha mate you were a top patient, glad the hip's behaving"
        if seen.sarcasm and _APOLOGY.search(text):
            seen.sarcasm = None  # "Sir, we're sorry this has worried you": a civil reply
        if _ABUSE_SUFFERED.search(text):
            return None  # "Racism from patients is real and staff need better support"
        evidence = [
            m
            for m in (*seen.mock, seen.sarcasm, seen.weight, seen.emoji, seen.frame, seen.ridicule)
            if m is not None
        ]
        reading = _mockery_of_patient(text, seen)
        if reading is None:
            if seen.mock and seen.colleague and not COLLEAGUE_PRAISE.search(text):
                return self._make(
                    post,
                    UNPRO_COLLEAGUE,
                    [(m.start(), m.end()) for m in seen.mock]
                    + [(seen.colleague.start(), seen.colleague.end())],
                    0.68,
                    "Belittling colleagues in public is unprofessional.",
                    (("pattern", "mockery"), ("target", "colleague")),
                )
            return None
        score, how, patient = reading
        spans = [(m.start(), m.end()) for m in evidence] + [(patient.start(), patient.end())]
        return self._make(
            post,
            UNPRO_DEROGATORY,
            spans,
            score,
            "Mocking a patient or their family in public undermines trust in the profession.",
            (("pattern", how), ("target", "patient")),
        )

    def _colleague(self, post: Post, text: str) -> Finding | None:
        for insult in COLLEAGUE_INSULT.finditer(text):
            window = text[max(0, insult.start() - 70) : insult.end() + 70]
            colleague = cues.COLLEAGUE_REF.search(window)
            if not colleague or COLLEAGUE_PRAISE.search(window) or _INSULT_CONDEMNED.search(text):
                continue
            if _FONDLY_INTO.search(text[max(0, insult.start() - 20) : insult.start()]):
                continue  # "obsessed with dinosaurs": a child's passion
            if re.search(
                r"\b(?:i'?m|i\s+am|i\s+felt|i\s+feel|me|myself)\b", window, _I
            ) and not re.search(
                r"\b(?:they|them|he|him|she|her|the\s+\w+\s+(?:is|are|was|were))\b", window, _I
            ):
                continue  # self-deprecation: "I felt useless as a new SHO"
            start = max(0, insult.start() - 70) + colleague.start()
            return self._make(
                post,
                UNPRO_COLLEAGUE,
                [(insult.start(), insult.end()), (start, start + len(colleague.group()))],
                0.7,
                "Belittling colleagues in public is unprofessional.",
                (("pattern", "colleague_insult"), ("target", "colleague")),
            )
        return None

    def _discriminatory(self, post: Post, text: str) -> Finding | None:
        slurs = list(lexicons.pattern("discriminatory").finditer(text))
        phrases = list(DISCRIMINATORY_PHRASE.finditer(text))
        group = GROUP.search(text)
        if group and GROUP_CONTEMPT.search(text):
            phrases.append(group)
        phrases += ORIGIN_GENERALISED.finditer(text)
        if not slurs and not phrases:
            return None
        if re.search(
            r"\b(?:called\s+me|called\s+(?:him|her)|shouted|was\s+called|slur|racism|"
            r"racist\s+abuse|discrimination|ableism|ableist|homophob\w+|transphob\w+|"
            r"stigma|stand\s+against|no\s+place\s+for|unacceptable)\b",
            text,
            _I,
        ):
            return None  # reporting or condemning abuse, not committing it
        score = 0.85 if slurs else 0.7
        return self._make(
            post,
            UNPRO_DISCRIMINATORY,
            [(m.start(), m.end()) for m in slurs + phrases],
            score,
            "Remarks that demean people for who they are are treated as serious misconduct.",
            (("lexicon", "discriminatory") if slurs else ("pattern", "group_generalisation"),),
        )

    def _sexual(self, post: Post, text: str) -> Finding | None:
        hits = list(lexicons.pattern("sexual").finditer(text))
        if (
            not hits
            and INNUENDO.search(text)
            and (PATIENT_TARGET.search(text) or cues.COLLEAGUE_REF.search(text))
        ):
            hits = list(INNUENDO.finditer(text))
            if all(_EMOJI_ONLY.fullmatch(m.group()) for m in hits) and not _LOOKS.search(text):
                hits = []  # "first-go cannula 😏" is smug, not a leer: a word about looks is needed
            if all(m.group() == "🥵" for m in hits) and _HEAT.search(text):
                hits = []  # "60 patients, 2 nurses, 1 fan 🥵": the weather
            if _OWN_PARTNER.search(text):
                hits = []  # "hot nurse alert 🔥 my wife passed her NP exam": the author's own
        if not hits:
            return None
        if re.search(
            r"\b(?:sexual\s+health|STI|contracepti\w+|consent\s+class|harassment|"
            r"#MeToo|breast\s+cancer|breastfeeding|screening|awareness)\b",
            text,
            _I,
        ):
            return None
        aimed = (
            cues.PATIENT_REF.search(text)
            or cues.COLLEAGUE_REF.search(text)
            or cues.WORK_REF.search(text)
        )
        score = 0.75 if aimed else 0.55
        return self._make(
            post,
            UNPRO_SEXUAL,
            [(m.start(), m.end()) for m in hits],
            score,
            "Sexual comments in a professional's public posts are unprofessional.",
            (("lexicon", "sexual"), ("target", "work" if aimed else "none")),
        )

    def _colleague_disparaged(self, post: Post, text: str) -> Finding | None:
        """A profession or colleague run down without an insult word ("physios are just
        expensive cheerleaders", "don't know what they do all day")."""
        frames = sorted(
            [*COLLEAGUE_DISPARAGE.finditer(text), *VERDICT.finditer(text)], key=lambda m: m.start()
        )
        for frame in frames:
            lo, hi = max(0, frame.start() - 120), frame.end() + 60
            window = text[lo:hi]
            trained = _TRAINING_DOUBTED_RX.match(frame.group())
            target = (
                PROFESSION_GROUP.search(window)
                or cues.COLLEAGUE_REF.search(window)
                or _NAMED_PRACTITIONER.search(window)
                or trained
            )
            praise = COLLEAGUE_PRAISE.search(_SARCASTIC_SHOUTOUT.sub("", window))
            if target is None or praise or COLLEAGUE_SYMPATHY.search(text):
                continue
            if SELF_TARGET.search(window):
                continue
            sentence = re.split(r"[.!?\n]", text[: frame.start()])[-1]
            if _SELF_SUBJECT.match(sentence) and not _KEPT_AWAY.match(frame.group()):
                continue  # "Me reading an X-ray is like a labrador attempting sudoku": the author
            start = lo + target.start()
            return self._make(
                post,
                UNPRO_COLLEAGUE,
                [(frame.start(), frame.end()), (start, start + len(target.group()))],
                0.66,
                "Running down colleagues or another profession in public is unprofessional.",
                (("pattern", "colleague_disparaged"), ("target", "colleague")),
            )
        return None

    def _contempt(self, post: Post, text: str) -> Finding | None:
        """Contempt for patients said flatly ("some people shouldn't be allowed to breed")."""
        hits = list(CONTEMPT.finditer(text))
        if not hits or CONTEMPT_REPORTED.search(text) or SLANG_HARMLESS.search(text):
            return None
        if _BABY_NEWS.search(text) and all(_GUESS_WEIGHT.match(m.group()) for m in hits):
            return None  # "baby sweepstake: guess the weight": a newborn's, not a patient's
        target = PATIENT_TARGET.search(text) or cues.PATIENT_REF.search(text)
        if target is None and _SYSTEM_TARGET.search(text):
            return None  # "if you can afford a new logo you can afford a nurse": the system
        if target is None and all(_NEEDS_TARGET.match(m.group()) for m in hits):
            return None  # "saw a heron, best part of my day": no one is the butt
        score = 0.7 if target else 0.62
        spans = [(m.start(), m.end()) for m in hits]
        if target:
            spans.append((target.start(), target.end()))
        return self._make(
            post,
            UNPRO_DEROGATORY,
            spans,
            score,
            "Contempt for patients, however calmly put, undermines trust in the profession.",
            (("pattern", "contempt"), ("target", "patient" if target else "people")),
        )

    def _weight_contempt(self, post: Post, text: str) -> Finding | None:
        """A patient's weight made the punchline ("so heavy the hoist files a complaint")."""
        hits = [
            m
            for m in WEIGHT_CONTEMPT.finditer(text)
            if not _NEEDS_WEIGHT.match(m.group()) or WEIGHT_MOCK.search(text)
        ]  # "the old lift was groaning all day" is the estates' problem, not a patient's weight
        if not hits or _BABY_NEWS.search(text) or CONTEMPT_REPORTED.search(text):
            return None
        return self._make(
            post,
            UNPRO_DEROGATORY,
            [(m.start(), m.end()) for m in hits],
            0.68,
            "Jokes about a patient's weight in public undermine trust in the profession.",
            (("pattern", "weight"), ("target", "patient")),
        )

    def _hygiene(self, post: Post, text: str) -> Finding | None:
        """A patient's smell or hygiene made the joke ("some people genuinely do not wash 🤢")."""
        hits = list(HYGIENE.finditer(text))
        if not hits or _HYGIENE_NOT_PATIENT.search(text) or CONTEMPT_REPORTED.search(text):
            return None
        if all(m.group() in ("🤢", "🤮") for m in hits) and not _HYGIENE_WORD.search(text):
            return None  # "said 'love you' to a patient by accident 🤢": cringe, not disgust
        target = (
            PATIENT_TARGET.search(text)
            or cues.PATIENT_REF.search(text)
            or _HYGIENE_TARGET.search(text)
        )
        if target is None or cues.CONSENT.search(text):
            return None
        return self._make(
            post,
            UNPRO_DEROGATORY,
            sorted({(m.start(), m.end()) for m in hits} | {(target.start(), target.end())}),
            0.66,
            "Mocking a patient's smell or hygiene in public undermines trust in the profession.",
            (("pattern", "hygiene"), ("target", "patient")),
        )

    def _filmed(self, post: Post, text: str) -> Finding | None:
        """A patient or colleague recorded or photographed for a laugh or the group chat."""
        hits = [
            m
            for m in FILMED.finditer(text)
            if not _FILMED_WEAK.match(m.group()) or cues.LAUGH.search(text)
        ]
        if not hits or cues.CONSENT.search(text) or CONTEMPT_REPORTED.search(text):
            return None
        colleague = cues.COLLEAGUE_REF.search(text) or PROFESSION_GROUP.search(text)
        patient = PATIENT_TARGET.search(text) or cues.PATIENT_REF.search(text)
        named = _FILMED_PERSON.search(text)
        if colleague is None and named and named.group()[:2].lower() in ("dr", "co"):
            colleague = named
        target = colleague or patient or named
        if target is None:
            return None
        rule = UNPRO_COLLEAGUE if colleague and not patient else UNPRO_DEROGATORY
        whom = "colleague" if rule is UNPRO_COLLEAGUE else "patient"
        return self._make(
            post,
            rule,
            sorted({(m.start(), m.end()) for m in hits} | {(target.start(), target.end())}),
            0.7,
            "Recording or photographing a patient or colleague to laugh at them breaks their "
            "trust and their privacy.",
            (("pattern", "filmed"), ("target", whom)),
        )

    def _ill_wish(self, post: Post, text: str) -> Finding | None:
        """Harm wished on a patient, a relative or a colleague, in public."""
        hits = list(ILL_WISH.finditer(text))
        condemned = re.search(
            r"(?i)\b(?:not\s+ok(?:ay)?|unacceptable|never\s+say|stop\s+saying|people\s+who\s+say)\b",
            text,
        )
        if not hits or condemned or _WHOEVER_MADE.search(text):
            return None  # "whoever designed this rota: I hope you step on a plug" is the system
        return self._make(
            post,
            UNPRO_HOSTILE,
            [(m.start(), m.end()) for m in hits],
            0.7,
            "Wishing harm on a patient, a relative or a colleague in public breaks professional "
            "boundaries.",
            (("pattern", "ill_wish"),),
        )

    def _political_or_origin(self, post: Post, text: str) -> Finding | None:
        """Care made conditional on politics, or staff judged by where they trained."""
        hits = list(POLITICAL_OR_ORIGIN.finditer(text))
        if not hits or CONTEMPT_REPORTED.search(text):
            return None
        return self._make(
            post,
            UNPRO_DISCRIMINATORY,
            [(m.start(), m.end()) for m in hits],
            0.7,
            "Judging patients by their politics, or colleagues by their origin, is discriminatory.",
            (("pattern", "politics_or_origin"),),
        )

    def _scare_quoted(self, post: Post, text: str) -> Finding | None:
        """A patient's complaint in scare quotes with a sign of doubt or derision beside it."""
        quoted = [
            m
            for m in SCARE_QUOTED.finditer(text)
            if not _SCARE_TAUGHT.search(text[max(0, m.start() - 20) : m.start()])
        ]
        doubt = SCARE_DOUBT.search(text)
        if not quoted or doubt is None:
            return None
        spans = [(quoted[0].start(), quoted[0].end()), (doubt.start(), doubt.end())]
        if cues.COLLEAGUE_REF.search(text) and not PATIENT_TARGET.search(text):
            # "covering a colleague's list because she's 'sick' again"
            return self._make(
                post,
                UNPRO_COLLEAGUE,
                spans,
                0.6,
                "Putting a colleague's illness in scare quotes and deriding it demeans them.",
                (("pattern", "scare_quoted"), ("target", "colleague")),
            )
        return self._make(
            post,
            UNPRO_DEROGATORY,
            spans,
            0.62,
            "Putting a patient's complaint in scare quotes and deriding it mocks the patient.",
            (("pattern", "scare_quoted"), ("target", "patient")),
        )

    def _repeat_gag(self, post: Post, text: str) -> Finding | None:
        """A returning patient made a running gag ("guess who's back 🙄 same story, same sandwich
        order"): the return, the gag, a laugh or an eye-roll (or a loyalty scheme) and a patient."""
        gags = list(REPEAT_GAG.finditer(text))
        back = _RETURNED.search(text) if gags else None
        if back is None or CONTEMPT_REPORTED.search(text) or _FONDNESS.search(text):
            return None
        if not (
            any(_LOYALTY.search(m.group()) for m in gags)
            or SNEER_EMOJI.search(text)
            or cues.LAUGH.search(text)
            or "🙃" in text
        ):
            return None
        target = (
            PATIENT_TARGET.search(text)
            or cues.PATIENT_REF.search(text)
            or cues.ENCOUNTER.search(text)
        )
        if target is None:
            return None
        spans = {(m.start(), m.end()) for m in (*gags, back, target)}
        return self._make(
            post,
            UNPRO_DEROGATORY,
            sorted(spans),
            0.66,
            "Making a returning patient a running joke in public mocks the patient.",
            (("pattern", "repeat_gag"), ("target", "patient")),
        )

    def _wager(self, post: Post, text: str) -> Finding | None:
        """A patient made the stake of a bet ("sweepstake on what day he rings next", "ward pool
        says he's back before midnight"): their return, call or fate turned into a game."""
        wager = WAGER.search(text)
        staked = _STAKED.search(text) if wager else None
        if staked is None or _WAGER_HARMLESS.search(text) or CONTEMPT_REPORTED.search(text):
            return None
        target = PATIENT_TARGET.search(text) or cues.PATIENT_REF.search(text)
        if target is None:
            return None
        return self._make(
            post,
            UNPRO_DEROGATORY,
            sorted({(wager.start(), wager.end()), (staked.start(), staked.end())}),
            0.66,
            "Betting on a patient's return or fate in public makes the patient a game.",
            (("pattern", "wager"), ("target", "patient")),
        )

    def _gossip(self, post: Post, text: str) -> Finding | None:
        """A recognisable local's sensitive visit told as gossip ("the sub-inspector himself came
        for his HIV meds 🤐")."""
        notable = NOTABLE.search(text)
        sensitive = (_SENSITIVE.search(text) or _COY.search(text)) if notable else None
        if sensitive is None or not _VISITED.search(text) or CONTEMPT_REPORTED.search(text):
            return None
        if cues.CONSENT.search(text) or not _GOSSIP.search(text):
            return None
        return self._make(
            post,
            UNPRO_DEROGATORY,
            sorted({(notable.start(), notable.end()), (sensitive.start(), sensitive.end())}),
            0.68,
            "Gossiping in public about a recognisable person's sensitive visit betrays their "
            "trust and their privacy.",
            (("pattern", "gossip"), ("target", "patient")),
        )

    def _scorn(self, post: Post, text: str) -> Finding | None:
        """Scorn for patients or their families in other stock words ("no shame whatsoever",
        "some parents need a licence", "somebody get that woman a leaflet")."""
        hits = list(SCORN.finditer(text))
        if not hits or CONTEMPT_REPORTED.search(text) or _SELF_BUTT.search(text):
            return None
        if _GROUP_DEFENDED.search(text) or _KIND_CONTEXT.search(text):
            return None
        at_work = _AT_WORK_TAG.search(text) is not None
        target = (
            PATIENT_TARGET.search(text)
            or cues.ENCOUNTER.search(text)
            or cues.PATIENT_REF.search(text)
            or _SCORNED_GROUP.search(text)
            or next((m for m in hits if _NAMES_ITS_TARGET.search(m.group())), None)
            or next(
                (m for m in hits if "contestant" in m.group().lower() and at_work),
                None,
            )  # "tonight's contestant brought us a TV remote #EDlife": a patient at work
        )
        if target is None:
            return None
        return self._make(
            post,
            UNPRO_DEROGATORY,
            sorted({(m.start(), m.end()) for m in hits} | {(target.start(), target.end())}),
            0.64,
            "Scorn for patients or their families, however it is worded, undermines trust in the "
            "profession.",
            (("pattern", "scorn"), ("target", "patient")),
        )

    def _body_appraisal(self, post: Post, text: str) -> Finding | None:
        """A patient's or colleague's body appraised in mild words, at work."""
        hits = list(BODY_APPRAISAL.finditer(text))
        if not hits or re.search(
            r"\b(?:my|our)\s+(?:husband|wife|boyfriend|girlfriend|partner|fianc\w*|baby|son|daughter|"
            r"dog|cat|horse|kids?)\b|\bsexual\s+health\b|\bharassment\b|\breported\b|\bnot\s+ok(?:ay)?\b|"
            r"\bunacceptable\b|\bcalled\s+(?:it|them|him|her)\s+out\b",
            text,
            _I,
        ):
            return None
        volunteer = any(m.group().lower().startswith("volunteer") for m in hits)
        # people ranked by looks need no other sign: "rating the med students by hotness"
        volunteer = volunteer or any(_RANKED.match(m.group()) for m in hits)
        leering = any(_LEER_FORM.match(m.group()) for m in hits)
        target = (
            PATIENT_TARGET.search(text)
            or cues.COLLEAGUE_REF.search(text)
            or re.search(r"(?i)\b(?:my|your|the)\s+\d{1,2}(?::\d{2})?\s?(?:am|pm)\b", text)
        )  # "when your 10am is a lifeguard...": the appointment is the patient
        access = CLINICAL_ACCESS.search(text) or LEER.search(text)
        person = any(
            re.search(r"(?i)(?:good[\s-]looking|handsome|stunning|gorgeous|attractive|sexy|fit|hot)"
                      r"\s+(?:young\s+)?\w+s?$", m.group()) and not re.search(
                r"(?i)(?:arms|legs|bum|butt|booty|abs|pack|chest|body|thighs|lips|figure|torso|"
                r"shoulders|biceps|backside)$", m.group())
            for m in hits
        )  # "a very good looking firefighter": the appraisal names its own target
        thoughts = any(
            re.search(r"(?i)thoughts$|like\s+that$|names$|look\s+at$|snack$|smoke\s?show$|dreamboat$|"
                      r"(?:absolute|total|proper|real)\s+(?:ride|stunner|hottie)$|"
                      r"scrubs$|uniform$|jeans$|leggings$|"
                      r"exam\w*\b.*$", m.group())
            for m in hits
        )
        target = target or _CREW.search(text)
        if leering and (target or (access and LEER.search(text))):
            thoughts = True  # "have you seen him in scrubs", "take my time on those ones 🔥"
            target = target or access  # the one examined is the target
        if not (volunteer or ((target or person) and (access or thoughts))):
            return None
        spans = [(m.start(), m.end()) for m in hits]
        spans += [(m.start(), m.end()) for m in (target, access) if m is not None]
        return self._make(
            post,
            UNPRO_SEXUAL,
            spans,
            0.7,
            "Sexualised comments about patients' or colleagues' bodies are unprofessional.",
            (("pattern", "body_appraisal"),),
        )

    def _review_argued(self, post: Post, text: str) -> Finding | None:
        """A complainant's own visit argued back at them in public ("you missed 3 appointments
        ... Facts matter"), in a reply or a post that speaks to that one person."""
        hits = list(REVIEW_ARGUED.finditer(text))
        if not hits:
            return None
        if not (
            cues.is_reply(post)
            or _ONE_ADDRESSEE.search(text)
            or REVIEW_ADDRESSEE.search(text)
        ):
            return None  # said to everyone, it argues with no one
        return self._make(
            post,
            UNPRO_HOSTILE,
            [(m.start(), m.end()) for m in hits],
            0.7,
            "Arguing a patient's own care back at them in public breaks confidentiality and "
            "professional boundaries.",
            (("pattern", "review_argued"), ("addressed", "one person")),
        )

    def _review_retort(self, post: Post, text: str) -> Finding | None:
        """A reviewer answered in public with a put-down or their own visit recited ("Ma'am you
        were triaged as a splinter", "you attended our clinic 3 times"), beside a word for the
        review; an apology or an offer to talk privately is the ordinary reply."""
        hits = list(REVIEW_RETORT.finditer(text))
        if not hits or not REVIEW_WORD.search(text) or _REVIEW_CIVIL.search(text):
            return None
        return self._make(
            post,
            UNPRO_HOSTILE,
            [(m.start(), m.end()) for m in hits],
            0.7,
            "Answering a reviewer with a put-down or their own visit breaks confidentiality and "
            "professional boundaries.",
            (("pattern", "review_retort"),),
        )

    def _sexual_at_work(self, post: Post, text: str) -> Finding | None:
        """A colleague or patient eyed up in the stock lines of flirting at work."""
        hits = list(SEXUAL_AT_WORK.finditer(text))
        if hits and not (LEER.search(text) or _LOOKS.search(text)):
            # "she can cannulate me any day", "suddenly everyone offers to scrub": admiring a
            # colleague's skill, unless looks or a leer say otherwise
            hits = [m for m in hits if not _NEEDS_LOOKS.match(m.group())]
        if not hits or _SEXUAL_NOT_AT_WORK.search(text):
            return None
        ranked = any(m.group().lower().startswith("by") for m in hits)  # "by hotness" is enough
        target = (
            PATIENT_TARGET.search(text)
            or cues.COLLEAGUE_REF.search(text)
            or PROFESSION_GROUP.search(text)
            or LEER.search(text)
        )
        if target is None and not ranked:
            return None
        spans = [(m.start(), m.end()) for m in hits]
        if target is not None:
            spans.append((target.start(), target.end()))
        return self._make(
            post,
            UNPRO_SEXUAL,
            sorted(set(spans)),
            0.7,
            "Sexualised comments about colleagues or patients are unprofessional.",
            (("pattern", "sexual_at_work"),),
        )

    def _sarcastic_verdict(self, post: Post, text: str) -> Finding | None:
        """A stock sarcastic verdict on a patient or a colleague ("truly an inspiration 🙄",
        "make it make sense", "Future consultant right there")."""
        hits = list(SARCASM_CLOSER.finditer(text))
        if not hits or CONTEMPT_REPORTED.search(text) or _SELF_BUTT.search(text):
            return None
        if _SYSTEM_TARGET.search(re.sub(r"#\w+", "", text)):
            return None  # "parking went up, patients pay less: make it make sense" is the system
        patient = (
            PATIENT_TARGET.search(text)
            or GENERALISED.search(text)
            or WHO_GROUP.search(text)
            or cues.ENCOUNTER.search(text)
        )
        colleague = (
            cues.COLLEAGUE_REF.search(text)
            or PROFESSION_GROUP.search(text)
            or re.search(r"\b(?-i:Dr\.?\s+[A-Z])", text)
        )
        if colleague is not None and colleague.group().lower() == "obs":
            colleague = None  # observations, not obstetrics
        target = patient or colleague
        if target is None or _SELF_SUBJECT.match(text):
            return None  # "me doing obs at 3am, truly an inspiration lol": the author
        rule, whom = (UNPRO_DEROGATORY, "patient")
        if colleague is not None and patient is None:
            rule, whom = (UNPRO_COLLEAGUE, "colleague")
        return self._make(
            post,
            rule,
            sorted({(m.start(), m.end()) for m in (*hits, target)}),
            0.64,
            "A sarcastic verdict on a patient or a colleague in public mocks them.",
            (("pattern", "sarcastic_verdict"), ("target", whom)),
        )

    def _group_sneer(self, post: Post, text: str) -> Finding | None:
        """A kind of patient named by what they do and sneered at ("patients who open with 'I
        know you're busy' and then unfold a list 🙃")."""
        group = WHO_GROUP.search(text)
        tail = GROUP_SNEER_TAIL.search(text) if group else None
        if group is None or tail is None or _SELF_BUTT.search(text):
            return None
        if (
            _GROUP_DEFENDED.search(text)
            or CONTEMPT_REPORTED.search(text)
            or _KIND_CONTEXT.search(text)
        ):
            return None
        return self._make(
            post,
            UNPRO_DEROGATORY,
            sorted({(group.start(), group.end()), (tail.start(), tail.end())}),
            0.64,
            "Sneering at a whole kind of patient in public undermines trust in the profession.",
            (("pattern", "group_sneer"), ("target", "patients")),
        )

    def _claim_belied(self, post: Post, text: str) -> Finding | None:
        """A patient's claim held up to be laughed at ("'I have a high pain threshold' said every
        man who then screamed at a cannula")."""
        hits = [
            m
            for m in CLAIM_BELIED.finditer(text)
            if not _OWN_CLAIM.search(text[max(0, m.start() - 12) : m.start()])
        ]
        if not hits or _SELF_BUTT.search(text) or _GROUP_DEFENDED.search(text):
            return None
        return self._make(
            post,
            UNPRO_DEROGATORY,
            [(m.start(), m.end()) for m in hits],
            0.64,
            "Holding a patient's account of themselves up to ridicule in public mocks the patient.",
            (("pattern", "claim_belied"), ("target", "patient")),
        )

    def _hostile(self, post: Post, text: str) -> Finding | None:
        hits = list(HOSTILE.finditer(text))
        if not hits:
            return None
        replying = cues.is_reply(post) or _ONE_ADDRESSEE.search(text) is not None
        if not replying:
            # a post to everyone: "maybe don't climb your mate" is advice, not a fight
            hits = [m for m in hits if not _HOSTILE_WEAK.match(m.group())]
            if not hits:
                return None
        addressed = replying or ADDRESSED.search(text)
        if not addressed or _FAREWELL.search(text):
            return None  # teasing a colleague who is leaving is not hostility
        score = (
            0.78
            if re.search(
                r"sue|court|solicitor|lawyer|regret|watch\s+your|know\s+where|"
                r"find\s+you|come\s+for",
                " ".join(m.group() for m in hits),
                _I,
            )
            else 0.68
        )
        return self._make(
            post,
            UNPRO_HOSTILE,
            [(m.start(), m.end()) for m in hits],
            score,
            "Insulting, arguing with or threatening someone in public breaks professional boundari"
            "es.",
            (("pattern", "hostile"), ("addressed", "reply" if post.reply_to else "second person")),
        )


# Every check's trigger expressions in one row, each with its check's number in ``_TRIGGERS``.
_TRIGGER_REGEXES = tuple(regex for _, regexes in _TRIGGERS for regex in regexes)
_TRIGGER_CHECK = tuple(number for number, (_, regexes) in enumerate(_TRIGGERS) for _ in regexes)
# every check's trigger anchors (``UnprofessionalRemarks._checks``): most posts hold none
_ANY_TRIGGER = anchors.RECOGNIZER_ENTRY.member(_TRIGGER_REGEXES)
# Which trigger expressions the post's anchors allow, from one look: asking each check's own
# anchor set in turn cost 0.007 CPU ms per post of the bench archive.
_TRIGGER_ROUTER = anchors.AnchorRouter(_TRIGGER_REGEXES)


def _matched_checks(text: str) -> list[int]:
    """The numbers of the checks (ascending) one of whose trigger expressions matches ``text``;
    a check's other expressions are not searched once one has matched."""
    matched: list[int] = []
    for index in _TRIGGER_ROUTER.candidates(text):
        number = _TRIGGER_CHECK[index]
        if matched and matched[-1] == number:
            continue
        if _TRIGGER_REGEXES[index].search(text) is not None:
            matched.append(number)
    return matched
