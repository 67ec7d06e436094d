"""Captions that say the attached picture shows a patient, a chart, a screen, a wristband, the
ward board or a scan: "pic of today's board 😂", "look at this wristband", "X-ray from tonight".

Boards investigate patient images more than any other lapse (Greysen et al. 2013: 79%), and
the caption is often the only text the post has. The recognizer looks for an object that
carries patient information, a pointer to a picture (pic, photo, look at, 📸, an attachment)
and a tie to a real case (a time, a patient word). Whiteboards, handover lists, wristbands,
charts and EHR screenshots carry names by design, so they need less context than a scan.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from classifiers import anchors, cues
from classifiers.base import PostContext, Recognizer
from classifiers.findings import Finding
from classifiers.rules import PHI_CLINICAL_MEDIA
from scanner.models import Post

_I = re.IGNORECASE
NAME_BEARING = re.compile(
    r"\b(?:(?:white)?board|bed\s?board|ward\s+board|handover\s+(?:sheet|list)|the\s+list|"
    r"(?:patient|pt|ward|theatre|clinic)\s+list|census|wrist\s?band|name\s?band|ID\s+band|"
    r"hospital\s+band|(?:obs|drug|fluid|med|medication|bed|patient'?s?)\s+chart|charts|kardex|"
    r"notes|(?:patient|registration|appointment)\s+card|discharge\s+(?:letter|summary)|referral\s+letter|prescription|script|label|"
    r"sticker|header|(?:EHR|EPR|EMR|Epic|Cerner|Meditech|PACS|system)\s+screen|screen(?:shot|grab)?|"
    r"monitor|lab\s+results|blood\s+results|results|consent\s+forms?|drug\s+cards?|"
    r"track(?:ing)?\s+board|bed\s+state|(?:ED|A&E|ER|bed)\s+tracker|tracker)\b",
    _I,
)
BODY_OR_SCAN = re.compile(
    r"\b(?:x-?rays?|xrays?|CXR|AXR|CT|CTs|CT\s+head|MRI|scan|films?|radiographs?|ultrasound|"
    r"USS|ECG|EKG|echo|wound|ulcer|rash|lesion|hernia|abscess|cyst|tumou?r|boil|bite|burns?|"
    r"laceration|gash|tattoo|injury|injuries|fracture|face|foot|"
    r"hand|leg|arm|bum|belly|abdomen|eye|foreign\s+body|specimen|stone|teeth|what\s+came\s+out|"
    r"what\s+we\s+(?:found|removed|pulled\s+out)|baby|newborn|patient|pt|lady|gent|man|woman|twins|"
    r"triplets|quadruplets|quads|preemie|prem|resident|hydrocele|varicocele|hand\s+I\s+\w+|"
    # what a clinic's before-and-after shows: "took her melasma from THIS to THIS"
    r"melasma|acne|pigmentation|rosacea|scars?)\b",
    _I,
)
POINTER = re.compile(
    r"\b(?:pic(?:s|ture[sd]?)?\b(?!\s+(?:what|how|myself|yourself|himself|herself|it|them|him|her)\b)|"
    r"photo(?:s|graph\w*|bomb\w*)?\b|snap|snapped|selfie|image|screenshot|screen\s?shot|"
    # a film shared ("sharing the ECG from tonight's casualty duty") and a clinic's
    # before-and-after ("from THIS to THIS", "before & after")
    r"sharing\s+(?:the|this|my|our|an?)\s+(?:ECG|EKG|x-?ray|CXR|CT|MRI|scan|films?|wound|rash|"
    r"ultrasound)\b|(?-i:from\s+THIS\s+to\s+THIS)|before\s*(?:and|&|/|\+)\s*afters?\b|"
    r"screengrab|look\s+at\s+(?:this|these|that|the)|check\s+(?:out\s+)?(?:this|these)|"
    r"here'?s\s+(?:the|this|a|our|his|her|my)|attached|see\s+(?:pic|photo|below|attached)|"
    r"caught\s+on\s+camera|filmed|video|vid|pic\s+of|photo\s+of|state\s+of\s+(?:this|these)|"
    # a carousel's next picture: "swipe to see", "swipe for the lateral", "swipe →"
    r"swipe\s+(?:to\s+(?:see|watch|meet)|for|→|➡️?|>>?)|"
    r"behold|(?:this|these)\s+(?:x-?ray|CT|scan|films?|wound|ulcer|board|wristband|chart|"
    r"screen|list|ECG|MRI)\b)|📸|📷|🤳|👇|⬇️|"
    # a caption that is only the picture's title: "Today's census board 📋"
    r"^\s*(?:today'?s|tonight'?s|this\s+morning'?s)\s+(?:\w+\s+){0,2}(?:board|whiteboard|census|"
    r"handover\s+(?:list|sheet)|list|track\s+board)\b",
    _I,
)
CASE_TIE = re.compile(
    r"\b(?:today'?s|tonight'?s|this\s+morning'?s|last\s+night'?s|today|tonight|this\s+morning|"
    r"last\s+night|just\s+now|this\s+(?:arvo|afternoon|evening|week)|yesterday|"
    # the shift the record is from, the author's clinic, the person's age: "night shift
    # handover sheet", "turned up at my clinic", "on a 9yo"
    r"(?:night|day|late|early)\s+shift|at\s+(?:my|our)\s+clinic|\d{1,3}\s?(?:yo|y/o|year[\s-]old)|"
    r"(?:on|from|last)\s+"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|from\s+(?:today|tonight|this\s+morning|my\s+shift)|on\s+shift|"
    r"(?:my|our)\s+(?:\w+\s+)?patient|pt'?s?|patient'?s|his|her|he|she|right\s+now|earlier|"
    r"(?:at\s+)?(?:[1-9]|1[0-2])\s?(?:am|pm)|I\s+delivered|we\s+delivered|"
    r"from\s+(?:the|this|that)\s+(?:lad|guy|lady|gent|man|woman|kid|chap|fella|bloke|girl|boy|baby)|"
    r"this\s+(?:guy|lady|gent|man|woman|"
    r"chap|lad|kid|baby)|bed\s*\d+|room\s*\d+|names?|DOB|tho|lol|lmao|omg|wtf)\b|😂|🤣|😳|🙈|😬|😭",
    _I,
)
HARMLESS_MEDIA = re.compile(
    r"\b(?:rota|timetable|exam|board\s+exam|boards|board\s+(?:meeting|of\s+directors|game)|"
    r"on\s+board|onboard|aboard|notice\s?board|(?:new|shiny)\s+(?:whiteboard|monitor|screen)|"
    r"my\s+(?:dog|cat|kids?|son|daughter|baby|own|x-?ray|scan|MRI|CT|wound|hand|foot|leg|arm|mum|dad|"
    r"family|wife|husband|partner|twins)|our\s+(?:son|daughter|kids?|twins|own)\b|"
    r"no\s+(?:patient\s+)?names\b|"
    r"phantom|manikin|mannequin|model|simulat\w+|sim\s+lab|mock|dummy|textbook|slide|"
    r"poster|infographic|leaflet|guideline|chart\s+(?:shows|showing)|this\s+chart\s+from|"
    r"waiting\s+list|list\s+of\s+(?:tips|resources|books)|to[\s-]?do\s+list|reading\s+list|"
    r"bucket\s+list|shopping\s+list|with\s+(?:consent|permission)|consented|anonymi[sz]ed|"
    r"with\s+(?:(?:our|my|the|his|her|their)\s+)?(?:patient|client|mum|parent)?['’]?s?\s*(?:written\s+|full\s+|"
    r"verbal\s+|signed\s+)?(?:consent|permission)|"
    r"de-?identified|(?:names?|details)\s+(?:removed|redacted|blurred)|blurred|redacted|"
    r"published|journal|teaching\s+file|case\s+report|radiopaedia|open[\s-]access|"
    r"creative\s+commons|stock\s+(?:photo|image)|AI[\s-]generated|"
    r"(?:pic|photo|snap|selfie)s?\s+(?:from|of)\s+(?:today'?s\s+|tonight'?s\s+|my\s+|our\s+|the\s+)?"
    r"(?:lunch|dinner|breakfast|brunch|coffee|meal|food|cake|run|walk|hike|view|sunset|sunrise|"
    r"night\s+out|team\s+night|party|picnic|bake\s+sale)|"
    # a picture of the author or the team, of a staff board, a group chat or an awareness stand,
    # or one said to show no patient
    r"(?:pic|photo|video|selfie|snap)s?\s+of\s+(?:me|us|myself|the\s+team|our\s+team)\b|"
    r"(?:nurse|staff|doctor|HCA|star|student)\s+of\s+the\s+(?:week|month)|"
    r"(?:group\s+chat|whatsapp|text|chat)\s+screen(?:shot|grab)|screen(?:shot|grab)\s+(?:of|from)\s+"
    r"(?:the|our|my)\s+(?:group\s+chat|chat|whatsapp|texts?)|no\s+patients|not\s+of\s+any(?:one|body|\s+patient)|"
    r"injury[\s-]prevention|awareness\s+(?:stand|stall|day|week|campaign)|"
    # the author asks for a picture in private: none is posted
    r"(?:send|DM|message|whatsapp|email|upload)\s+(?:me|us)\s+(?:a|the|some|another|your)?\s*"
    r"(?:\w+\s+)?(?:pics?|photos?|pictures?|images?|snaps?))\b",
    _I,
)


# The author says the identifiers are still there: "blurred the name... mostly", "DOB visible",
# "forgot to crop the name", "a list with 23 names on it".
LEAK_ADMITTED = re.compile(
    r"\b(?:blurred|redacted|cropped|covered|hid|hidden)\b[^.!?)]{0,30}?(?:\.\.\.|…|\(|,|-|–)\s*(?:mostly|"
    r"kind\s+of|sort\s+of|ish|almost|partly|partially|half)\b|\b(?:DOB|name|names|NHS\s+number|MRN|address|face)\s+(?:is\s+|are\s+)?(?:still\s+)?"
    r"(?:visible|showing|readable|in\s+(?:the\s+)?(?:shot|pic|corner))\b|\bforgot\s+to\s+(?:crop|blur|cover|"
    r"redact|hide)\b|\b(?:list|sheet|board)\s+with\s+\d+\s+names\b",
    _I,
)
LEAK_MORE = re.compile(
    # the identifiers are said to be in the picture: "DOB and all on there", "patient label still
    # visible", "his name's in the corner", "name's on the film", "the form in the shot has her
    # details", "names all up to date"
    r"\b(?<!\bmy\s)(?<!\bour\s)(?<!\byour\s)(?:DOB|D\.O\.B|name['’]?s?|details|label|ID|NHS\s+number|MRN|date\s+stamp)\s+(?:and\s+all\s+)?"
    r"(?:is\s+|are\s+)?(?:still\s+|all\s+|clearly\s+)?(?:visible|showing|readable|on\s+(?:there|the\s+"
    r"(?:film|scan|image|x-?ray|screen|label|board))|in\s+(?:the\s+)?(?:corner|shot|pic|photo|"
    r"background|frame)|still\s+there|up\s+to\s+date)\b"
    r"|\b(?:in|on)\s+the\s+(?:shot|pic|photo|background|frame)\s+(?:has|shows|with)\s+(?:her|his|their|the\s+"
    r"(?:patient|pt)['’]?s?)\s+(?:details|name|DOB|address)\b"
    r"|\bcheck\s+the\s+(?:date\s+stamp|timestamp)\b"
    # the patient's label left on: "the ECG, sticker and all", "wristband and all"
    r"|\b(?<!my\s)(?:sticker|label|wristband|name\s?band|header|DOB)\s+and\s+all\b"
    # a patient's monitor or bed caught behind the author: "ignore Sr. Batista's monitor
    # alarming in the background"
    r"|\b(?:monitor|screen|obs|patient|pt|bed\s*\d+)\b[^.!?\n]{0,25}?\bin\s+the\s+background\b"
    # a patient's record caught in the author's own picture: "ft my patient's wristband",
    # "ignore the board behind me", "tracking board behind us"
    r"|\b(?:ft\.?|feat\.?|featuring|printout\s+of|photo\s+of|pic\s+of)\s+(?:my|a|the|our)\s+"
    r"(?:patient|pt)['’]?s\s+(?:wristband|labs|chart|notes|details|bloods|results|name|DOB|label|"
    r"obs|drug\s+chart|scan|x-?ray)\b"
    r"|\b(?:white|ward|tracking|track|census|bed|patient)?\s?board\s+(?:behind\s+(?:me|us)|in\s+the\s+"
    r"background)\b"
    # the record is said to be still on the picture: "his label's still on it", "header's still
    # on the pic", "only the hosp no. and DOB left in the corner"
    r"|\b(?<!\bmy\s)(?:label|header|sticker|name|DOB|details)['’]?s?\s+(?:is\s+|are\s+)?still\s+on\s+"
    r"(?:it|there|the\s+(?:pic|photo|image|slide|film|scan|x-?ray|screen))\b"
    r"|\b(?:DOB|D\.O\.B|hosp(?:ital)?\s+no|MRN|NHS\s+(?:no|number)|name)\b\.?\s+(?:\w+\s+){0,3}?left\s+"
    r"(?:in|on)\s+(?:the\s+)?(?:corner|shot|pic|photo|film|scan|image)\b",
    _I,
)
# A picture of a record whose names are left to the zoom: "The handover board after the night we
# had. Don't zoom in." (read after the harmless-media guard: "the rota board, don't zoom in").
ZOOM_LEAK = re.compile(
    r"\b(?:(?:white)?board|handover\s+(?:sheet|list)|(?:patient|ward|theatre)\s+list|wrist\s?band|"
    r"label|chart|notes|screen)\b[^\n]{0,120}?\b(?:don['’]?t|do\s+not|no|if\s+you)\s+zoom(?:ing)?\s+in\b",
    _I,
)


# A photo of the author with a patient or what came out of one: "me and the guy who shot
# himself in the foot", "Me and the 30 pound cyst we took out today". (The team, a mentor or
# the author's own family are not patients.)
SELFIE_WITH = re.compile(
    r"^\s*(?:me|us)\s+(?:and|&|with|\+)\s+(?:(?:the|this|that)\s+(?:[\w'’-]+\s+){0,3}?(?:patient|pt|"
    r"guy|lady|gent|gentleman|man|woman|lad|fella|bloke|girl|boy|kid|cyst|tumou?r|stone|fibroid|"
    r"foreign\s+body)|(?:my|our)\s+(?:[\w'’-]+\s+){0,2}?(?:patient|pt))\b"
    r"(?!\s+who\s+(?:taught|trained|mentored|supervised|runs|hired))",
    _I,
)
# The selfie is clinical: a care word, or a clinical hashtag ("#trauma", "#surgeonlife").
_CLINICAL_POST = re.compile(
    r"#\w*(?:surg|trauma|nurs|medic|doc|emerg|icu|anaes|anesth|gyn|ortho|paeds|peds|ORlife|ward)|"
    r"\b(?:took\s+out|removed|operated|op|surgery|theatre|ward|ED|ER|A&E|ICU|resus|clinic|"
    r"shift|discharg\w*|admi(?:tted|ssion)|bullet|shot|stab\w*|cyst|tumou?r|patient)\b",
    _I,
)


# Every match of LEAK_ADMITTED holds one of these words: one search of the lower-cased text.
_LEAK_START = re.compile(
    r"\b(?:blurred|redacted|cropped|covered|hid|hidden|dob|name|names|nhs|mrn|address|face|"
    r"forgot|list|sheet|board|sticker|label|wristband|header|"
    # and every match of LEAK_MORE one of these
    r"visible|showing|readable|on\s+there|on\s+the\s+(?:film|scan|image|x-?ray|screen|label)|"
    r"corner|shot|pic|photo|background|frame|still\s+there|up\s+to\s+date|stamp|timestamp|"
    r"behind\s+(?:me|us)|ft|feat|featuring|printout|still\s+on|left\s+(?:in|on))\b"
)
# Every match of POINTER starts a word with one of these or is an emoji (the expression has no
# closing word boundary, so "snap" is found in "snapper"); one search of the lower-cased text
# rules most posts out before the long case-insensitive one.
_POINTER_START = re.compile(
    r"\b(?:pic|photo|snap|selfie|image|screen|look|check|here|attached|see|caught|filmed|"
    r"video|vid|state|behold|this|these|swipe|sharing|before\s*(?:and|&|/|\+)\s*after|"
    r"from\s+this\s+to\s+this)|📸|📷|🤳|👇|⬇️|^\s*(?:today|tonight|this\s+morning)['’]?s\b"
)
# Both first searches cost 0.004 CPU ms per post of the bench archive each (no literal prefix
# for ``re`` to skip by); their anchors are a look-up in the pass every recognizer shares.
_LEAK_GATE = anchors.AnchorSet((_LEAK_START,))
_POINTER_GATE = anchors.AnchorSet((_POINTER_START,))


class PhiClinicalMedia(Recognizer):
    """A caption describing a patient image, chart, screen, wristband, board or scan."""

    name = "phi.clinical_media"
    rules = (PHI_CLINICAL_MEDIA,)

    def prefilter(self, post: Post) -> bool:
        """Exactly the posts ``analyze`` can report: an admitted leak, or a picture (attached,
        or pointed at in words) together with a pictured object.

        The pointer is tested before the objects: most posts point at no picture, and
        "notes", "results", "hand" are common words."""
        text = post.text
        lowered = cues.lowered_words(text)[0]
        if (
            _LEAK_GATE.may_match(text)
            and _LEAK_START.search(lowered) is not None
            and (LEAK_ADMITTED.search(text) is not None or LEAK_MORE.search(text) is not None)
        ):
            return True
        if lowered.lstrip().startswith(("me ", "us ")) and SELFIE_WITH.match(text):
            return True
        if "zoom" in lowered and ZOOM_LEAK.search(text) is not None:
            return True
        if not post.media and (
            not _POINTER_GATE.may_match(text)
            or _POINTER_START.search(lowered) is None
            or POINTER.search(text) is None
        ):
            return False
        return NAME_BEARING.search(text) is not None or BODY_OR_SCAN.search(text) is not None

    def analyze(self, post: Post, ctx: PostContext) -> Iterable[Finding]:
        """One finding for the caption when object, pointer and case line up."""
        text = post.text
        leak = LEAK_ADMITTED.search(text) or LEAK_MORE.search(text)
        if leak:
            yield self._whole(
                post,
                leak,
                0.82,
                "The caption admits the picture still shows a patient's details.",
                "leak_admitted",
            )
            return
        consented = cues.CONSENT.search(text) or cues.CONSENT_MORE.search(text)
        if HARMLESS_MEDIA.search(text) or consented:
            return
        zoom = ZOOM_LEAK.search(text)
        if zoom:
            yield self._whole(
                post,
                zoom,
                0.8,
                "The caption says the pictured record can be read by zooming in.",
                "zoom_leak",
            )
            return
        selfie = SELFIE_WITH.match(text)
        if selfie and cues.OWN_FAMILY.search(text) is None and _CLINICAL_POST.search(text):
            yield self._whole(
                post,
                selfie,
                0.78,
                "The caption describes a photo of the author with a patient.",
                "selfie_with_patient",
            )
            return
        has_media = bool(post.media)
        pointer = POINTER.search(text)
        if not pointer and not has_media:
            return
        tie = CASE_TIE.search(text)
        named = NAME_BEARING.search(text)
        body = BODY_OR_SCAN.search(text)
        obj = named or body
        if obj is None:
            return
        trail = [("object", "name_bearing" if named else "body_or_scan")]
        if named and (tie or has_media):
            score = 0.88 if tie else 0.7
        elif body and tie:
            score = 0.8 if (has_media or pointer) else 0.5
        else:
            return
        spans = [(obj.start(), obj.end())]
        if pointer:
            spans.append((pointer.start(), pointer.end()))
            trail.append(("pointer", "caption"))
        if has_media:
            trail.append(("media", str(len(post.media))))
        if tie:
            spans.append((tie.start(), tie.end()))
            trail.append(("context", "case"))
        yield Finding.on(
            post,
            PHI_CLINICAL_MEDIA,
            spans,
            score=score,
            explanation=(
                "The caption says the picture shows a patient or a record that can carry their "
                "name."
            ),
            recognizer=self.name,
            trail=trail,
        )

    def _whole(
        self, post: Post, match: re.Match[str], score: float, explanation: str, pattern: str
    ) -> Finding:
        """A finding whose one span is a single phrase that says it all (an admitted leak, a
        record left to the zoom, a selfie with a patient)."""
        return Finding.on(
            post,
            PHI_CLINICAL_MEDIA,
            [(match.start(), match.end())],
            score=score,
            explanation=explanation,
            recognizer=self.name,
            trail=(("pattern", pattern),),
        )
