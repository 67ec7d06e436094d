# ruff: noqa: E501  (sentence frames and slot lists are data; wrapping them hurts reading)
"""Template-filled posts: Faker names and handles in hand-written sentence frames.

Templates add surface variety (names, handles, places, ages, drugs, doses) around the same
boundaries the handwritten shards draw, always in matched pairs: every positive frame has a
harmless twin built from the same slots, and the same style noise (case, emoji, hashtags) is
applied to both, so that style never gives a label away. They are kept under a quarter of the
corpus (check.py enforces it); the handwritten shards carry the real-world voice.

    .venv/bin/python -m classifiers.data.corpus.templates 780   # writes shards/tpl-1.jsonl

Needs `faker` (an authoring dependency only: the shard is committed, nothing reads Faker at
run time).
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from dataclasses import dataclass

from faker import Faker

from classifiers.data.corpus.check import load, normalise
from classifiers.data.corpus.compact import write_shard

SEED = 20261123
COUNTRIES = {  # country -> (Faker locale, places, hospitals)
    "IE": ("en_IE", ["Galway", "Sligo", "Tralee", "Mullingar", "Drogheda", "Ennis", "Naas",
                     "Castlebar", "Kilkenny", "Wexford", "Letterkenny", "Clonmel"],
           ["the Mater", "Beaumont", "CUH", "UHG", "St Vincent's", "Tallaght", "UHL"]),
    "UK": ("en_GB", ["Leeds", "Bristol", "Stoke", "Norwich", "Swansea", "Carlisle", "Derby",
                     "Inverness", "Blackpool", "Truro", "Hull", "Ipswich"],
           ["the Royal", "the General", "St Thomas'", "the QE", "Ninewells", "Derriford"]),
    "US": ("en_US", ["Tulsa", "Boise", "Omaha", "Fresno", "El Paso", "Duluth", "Macon",
                     "Spokane", "Knoxville", "Albany", "Lubbock", "Reno"],
           ["Mercy", "St. Luke's", "County General", "Memorial", "the VA", "Presbyterian"]),
    "AU": ("en_AU", ["Cairns", "Bendigo", "Dubbo", "Geelong", "Mackay", "Launceston",
                     "Wagga", "Townsville", "Bunbury", "Mildura"],
           ["the Alfred", "RPA", "the PA", "Westmead", "the Royal Hobart", "Gosford"]),
    "CA": ("en_CA", ["Sudbury", "Moncton", "Kelowna", "Regina", "Saskatoon", "Kamloops",
                     "Thunder Bay", "Red Deer", "Lethbridge"],
           ["VGH", "Foothills", "the General", "St. Mike's", "Royal Alex"]),
    "IN": ("en_IN", ["Nagpur", "Indore", "Mysuru", "Kochi", "Surat", "Lucknow", "Patna",
                     "Vizag", "Coimbatore"],
           ["the civil hospital", "AIIMS", "KEM", "the medical college", "district hospital"]),
    "NZ": ("en_NZ", ["Nelson", "Napier", "Whanganui", "Timaru", "Invercargill", "Gisborne",
                     "Tauranga"],
           ["Waikato", "Middlemore", "Christchurch Hospital", "Dunedin Hospital"]),
}
PLATFORMS = ["x"] * 9 + ["facebook"] * 3 + ["instagram"] * 2 + ["mastodon", "bluesky",
                                                                  "linkedin"]
EMOJI = ["😅", "🙏", "😩", "💙", "😂", "🥲", "🙃", "💪", "❤️", "😬", "🥹", "😴"]
TAGS = ["#MedTwitter", "#nursing", "#nightshift", "#FOAMed", "#EMlife", "#NHS", "#GP",
        "#juniordoctor", "#nurselife", "#paramedic", "#MedStudent", "#HealthcareHeroes"]
TIMES = ["tonight", "last night", "this morning", "this afternoon", "today", "yesterday",
         "at 3am", "on nights", "on Saturday"]


@dataclass(frozen=True)
class Slots:
    """Everything one post can draw on, from one Faker locale."""

    rng: random.Random
    fake: Faker
    country: str
    place: str
    hospital: str

    def first(self) -> str:
        return self.fake.first_name()

    def handle(self) -> str:
        name = self.fake.first_name().lower()
        tail = self.rng.choice(["_", "", ".", "_x", "__"]) + self.rng.choice(
            [str(self.rng.randint(1, 99)), self.fake.last_name().lower()[:5], "xo", "fit",
             "runs", "mum", "bear", ""])
        return f"{name}{tail}"

    def age(self, low: int = 18, high: int = 95) -> int:
        return self.rng.randint(low, high)

    def pick(self, options: list[str]) -> str:
        return self.rng.choice(options)


JOBS = ["farmer", "teacher", "bus driver", "publican", "postie", "footballer", "lifeguard",
        "vet", "councillor", "jockey", "hurler", "rugby player", "solicitor", "beekeeper",
        "school principal", "garda", "firefighter", "chef", "bank manager", "surfer",
        "truck driver", "DJ", "plumber", "pilot", "TikTok influencer", "mayor", "tree surgeon"]
DISTINCTIVE = [
    "a chainsaw injury to the thigh", "a bull goring", "a fishing hook through the eyelid",
    "a snakebite on the ankle", "a firework blast injury to the hand",
    "a 2 metre fall from a hay bale", "a rare tropical parasite", "a harpoon through the foot",
    "a dog bite to the face from a police dog", "an electrical burn from a pylon",
    "a lightning strike on the golf course", "quadriplegia after a trampoline fall",
    "a jellyfish sting that stopped his heart", "carbon monoxide poisoning from a barbecue",
    "a horse kick to the chest", "a bee sting anaphylaxis at a wedding",
    "a nail gun injury to the skull", "frostbite after a night on the mountain",
]
EDUCATION = {
    "chainsaw": "Chainsaw safety: chaps, helmet, visor, never work alone. We see the injuries every autumn.",
    "bull": "Bulls and cows with calves injure farmers every year. Always have an escape route in the yard.",
    "hook": "Fish hook near the eye? Don't pull it out yourself, tape it still and come in.",
    "snake": "Snakebite first aid: keep still, pressure bandage, call for help. No cutting, no sucking.",
    "firework": "Leave fireworks to the professional displays. Hands and eyes don't grow back.",
    "fall": "Falls from height on farms are common and serious. Use proper ladders and platforms.",
    "parasite": "Back from the tropics with a fever? Tell your doctor where you've travelled.",
    "harpoon": "Spearfishing safety: never load a speargun out of the water and never point it at anyone.",
    "dog": "Dog bites to the face need proper wound care and sometimes plastics. Supervise kids with dogs.",
    "pylon": "Stay well clear of fallen power lines and pylons. Electricity can arc metres.",
    "lightning": "When thunder roars, go indoors. Golf courses are one of the worst places in a storm.",
    "trampoline": "Trampolines: one child at a time, nets on, no somersaults. Neck injuries are devastating.",
    "jellyfish": "Stinger season: swim between the flags, wear a stinger suit, vinegar for box jellyfish.",
    "carbon": "Never bring a barbecue into a tent or caravan. Carbon monoxide is silent and deadly.",
    "horse": "Horse riders and handlers: helmets and body protectors save lives. Kicks can be fatal.",
    "bee": "Known bee sting allergy? Carry two adrenaline pens and make sure people know how to use them.",
    "nail": "Nail gun injuries are more common than people think. Safety catch on, never point it at anyone.",
    "frostbite": "Heading into the hills in winter? Layers, a plan, someone who knows your route.",
}
GENERIC_PLURAL = ["chest pains", "falls", "UTIs", "sprained ankles", "headaches", "coughs",
                  "back pains", "kids with fevers", "query fractures", "dizzy spells"]
GENERIC_COMPLAINTS = ["chest pain", "a fall", "a UTI", "abdo pain", "a sprained ankle",
                      "shortness of breath", "a headache", "back pain", "a cough", "dizziness"]
CODAS = ["What a night.", "He'll be ok.", "She's in theatre now.", "Stable for now.",
         "Thinking of the family.", "Never a dull moment.", "Tough one.", "Lucky to be alive."]


def quasi_phi(s: Slots) -> tuple[str, list[str], str]:
    sex = s.pick(["M", "F", "yo man", "yo woman"])
    sep = "" if len(sex) == 1 else " "
    text = (f"{s.pick(TIMES).capitalize()} at {s.hospital} in {s.place}: {s.age()}{sep}{sex} "
            f"{s.pick(JOBS)} with {s.pick(DISTINCTIVE)}. {s.pick(CODAS)}")
    return text, ["phi"], "template: time + hospital + town + age + job + distinctive"


def quasi_two_of_four(s: Slots) -> tuple[str, list[str], str]:
    text = (f"{s.pick(TIMES).capitalize()} at {s.hospital}: lots of {s.pick(GENERIC_PLURAL)}"
            f" and {s.pick(GENERIC_PLURAL)}, one {s.age(20, 90)} year old with "
            f"{s.pick(GENERIC_COMPLAINTS)}. {s.pick(['Busy but fine.', 'Standard.', 'Team were great.', 'Home for sleep.'])}")
    return text, [], "template: time + place + common complaints, nothing distinctive"


def quasi_education(s: Slots) -> tuple[str, list[str], str]:
    return s.pick(list(EDUCATION.values())), [], "template: safety education matching a phi frame"


def consented_case(s: Slots) -> tuple[str, list[str], str]:
    who = s.pick(["a man in his", "a woman in her", "someone in their"])
    text = (f"Teaching case (shared with consent, details changed): {who} "
            f" {s.pick(['20s', '30s', '40s', '50s', '60s', '70s'])} with "
            f"{s.pick(DISTINCTIVE)}. Key learning: {s.pick(['early senior review', 'document neurovascular status', 'think about tetanus', 'analgesia first', 'call for help early'])}.")
    return text, [], "template: consented de-identified teaching case"


TITLES = ["Mr", "Mrs", "Ms", "Miss"]
BED_ACTIONS = ["pulled the cannula out again", "has rung the bell 30 times", "is asking for a sandwich",
               "refused his bloods", "has gone walkabout", "wants to self-discharge",
               "told me about her grandkids for an hour", "finally slept", "is demanding morphine"]


def direct_phi(s: Slots) -> tuple[str, list[str], str]:
    surname = s.fake.last_name()
    form = s.rng.randrange(4)
    if form == 0:
        text = (f"{s.pick(TITLES)} {surname[0]} in bed {s.rng.randint(1, 30)} "
                f"{s.pick(BED_ACTIONS)} {s.pick(TIMES)}")
        note = "template: title + initial + bed + time"
    elif form == 1:
        text = (f"can someone check MRN {s.rng.randint(1000000, 9999999)} for me, "
                f"{s.pick(['bloods are pending', 'I think the scan got cancelled', 'the drug chart is missing', 'need the discharge letter'])}")
        note = "template: record number"
    elif form == 2:
        text = (f"{s.pick(TITLES)} {surname}, DOB {s.fake.date_of_birth(minimum_age=20, maximum_age=95).strftime('%d/%m/%Y')}, "
                f"{s.pick(['back again', 'in bay 4', 'on the list for tomorrow', 'discharged today finally'])}")
        note = "template: name + date of birth"
    else:
        text = (f"pic of {s.pick(['the board', 'our whiteboard', 'the handover sheet', 'the theatre list', 'the ward list'])} "
                f"{s.pick(TIMES)} {s.pick(['😂', 'lol', '🙈', '', 'look at bed 6'])}")
        note = "template: image of a board or list"
    return text, ["phi"], note


def direct_phi_twin(s: Slots) -> tuple[str, list[str], str]:
    form = s.rng.randrange(4)
    if form == 0:
        text = (f"bed {s.rng.randint(1, 30)} on our ward has had a broken call bell since "
                f"{s.pick(['March', 'Christmas', 'last year', 'forever'])}. estates, please")
    elif form == 1:
        text = (f"the lab system went down {s.pick(TIMES)} and {s.pick(['every result is pending', 'nobody can see bloods', 'we are back to paper'])}. IT please")
    elif form == 2:
        text = (f"welcome to the team {s.first()} {s.fake.last_name()}, our new "
                f"{s.pick(['ward manager', 'clinical nurse specialist', 'consultant', 'pharmacist', 'HCA'])}!")
    else:
        text = (f"pic of {s.pick(['the staff room cake', 'our new rota board (no names)', 'the empty car park at 6am', 'the ward Christmas tree'])} "
                f"{s.pick(TIMES)} {s.pick(['😂', 'lol', '🎄', '', '☕'])}")
    return text, [], "template: ward/system post with no patient"


CARE = ["glad the cast came off ok", "delighted the wound has healed", "great to see you at your follow up",
        "so happy the new tablets are working", "see you at your 6 week check",
        "glad the op went well", "your stitches look great", "lovely to see you in clinic",
        "hope the new knee is behaving", "so glad you're home after your stay with us"]
SOCIAL = ["great to see you at the match", "congrats on the new job", "happy birthday",
          "see you at parkrun", "the wedding pics are gorgeous", "hope the holiday was amazing",
          "thanks for the book recommendation", "that cake looked unreal", "enjoy the concert",
          "congrats on the marathon"]
COLLEAGUE = ["great teaching session today", "thanks for covering my shift", "brilliant talk at the conference",
             "agree, I'd have scanned that too", "congrats on passing your exams",
             "good call on the antibiotics", "see you at handover", "thanks for the brilliant handover"]


# The CARE phrases that state the person's own health (LABELLING.md, the seventh session's reply
# audit): with the handle they are `phi` too, "the new tablets" included (the reviewers' call;
# the rules do not read unnamed tablets yet: MODEL_CARD.md, failure mode 0a).
CARE_STATING_HEALTH = frozenset({
    "glad the cast came off ok", "delighted the wound has healed", "so happy the new tablets are working",
    "glad the op went well", "your stitches look great", "hope the new knee is behaving",
})


def interaction(s: Slots) -> tuple[str, list[str], str]:
    handle, opener, care = s.handle(), s.pick(['', 'aw ', 'ah ']), s.pick(CARE)
    text = f"@{handle} {opener}{care} {s.first()}{s.pick(['!', '', ' 😊', ' x', '!!'])}"
    if care in CARE_STATING_HEALTH:
        return text, ["patient_interaction", "phi"], "template: reply confirming care, stating health"
    return text, ["patient_interaction"], "template: reply confirming care"


def social_reply(s: Slots) -> tuple[str, list[str], str]:
    text = f"@{s.handle()} {s.pick(['', 'aw ', 'ah '])}{s.pick(SOCIAL)} {s.first()}{s.pick(['!', '', ' 😊', ' x', '!!'])}"
    return text, [], "template: social reply to a friend"


def colleague_reply(s: Slots) -> tuple[str, list[str], str]:
    text = f"@{s.handle()} {s.pick(COLLEAGUE)} {s.first()}{s.pick(['!', '', ' 😊', ' 👏', '!!'])}"
    return text, [], "template: reply to a colleague"


ADVICE = [
    ("that's a UTI", "take", "nitrofurantoin 100mg twice a day for 5 days"),
    ("sounds like gout", "take", "colchicine 500mcg three times a day"),
    ("that's just reflux", "double your", "omeprazole to 40mg"),
    ("classic migraine", "take", "sumatriptan 50mg and 900mg aspirin"),
    ("that's cellulitis", "start", "flucloxacillin 500mg four times a day"),
    ("sounds like your thyroid", "go up on your", "levothyroxine by 25mcg"),
    ("your BP is fine", "stop", "the amlodipine"),
    ("that's shingles", "get", "aciclovir 800mg five times a day"),
    ("that's a chest infection", "take", "amoxicillin 500mg three times a day"),
    ("sounds like sciatica", "take", "naproxen 500mg twice a day and diazepam 5mg"),
    ("that's just anxiety", "stop", "the sertraline"),
    ("that's thrush", "take", "one fluconazole 150mg"),
    ("sugar's a bit high", "up your", "metformin to 1g twice a day"),
]
EDU = [
    "Burning when you pee? Pharmacists can now help with uncomplicated UTIs. See someone if you have fever or back pain.",
    "Gout flares settle fastest when treated early. Your GP can advise on the right medicine for you.",
    "Reflux that doesn't settle, or trouble swallowing, needs a check with your GP.",
    "Migraines more than a few days a month? There are preventive treatments, ask your GP.",
    "Red, hot, spreading skin needs to be seen the same day. Don't wait.",
    "Thyroid doses are adjusted with blood tests. Don't change yours without checking.",
    "Never stop blood pressure tablets without speaking to your doctor.",
    "Shingles rash? Antivirals work best within 3 days, so see your GP or pharmacist early.",
    "Most coughs are viral and settle in 3 weeks. Breathless or coughing blood? Get seen.",
    "Sciatica usually settles within 6 weeks. Keep moving. Numbness in the saddle area is an emergency.",
    "Please don't stop antidepressants suddenly. Talk to your prescriber about a taper.",
    "Recurrent thrush is worth discussing with your GP, it can be a sign of diabetes.",
    "Diabetes medicines are adjusted based on your HbA1c and how you feel. Your GP or nurse can review them.",
]


def advice(s: Slots) -> tuple[str, list[str], str]:
    what, verb, drug = s.pick(ADVICE)
    tail = s.pick([", no need to see anyone", ", you'll be grand", ", don't bother with the GP", "", ", sorted"])
    text = f"@{s.handle()} {what} {s.pick(['tbh', 'mate', 'hun', '', 'for sure'])} {verb} {drug}{tail}".replace("  ", " ")
    return text, ["clinical_advice"], "template: individual diagnosis and dosing to a stranger"


def education(s: Slots) -> tuple[str, list[str], str]:
    return s.pick(EDU), [], "template: general education shaped like advice"


def redirect_reply(s: Slots) -> tuple[str, list[str], str]:
    text = (f"@{s.handle()} {s.pick(['sorry to hear that', 'oh no', 'that sounds rough'])}, "
            f"{s.pick(['I can’t advise on here but', 'best not to guess online,', 'honestly'])} "
            f"{s.pick(['your GP can look at it properly', 'a pharmacist can help today', 'ring 111 if it gets worse', 'please get it checked'])}")
    return text, [], "template: reply redirecting to care, no individual advice"


SLANG = ["frequent flyer", "GOMER", "status dramaticus", "bed blocker", "PFO", "crumble"]
MOCK = ["back again for the 5th time this week", "demanding a sandwich at 4am", "crying over a paper cut",
        "wanting an MRI for a stubbed toe", "too drunk to find the door", "asking for the strong stuff again"]


def unprofessional(s: Slots) -> tuple[str, list[str], str]:
    form = s.rng.randrange(3)
    if form == 0:
        text = f"our favourite {s.pick(SLANG)} is {s.pick(MOCK)}. {s.pick(['give me strength', 'unreal', 'every time', 'why'])}"
    elif form == 1:
        text = (f"{s.pick(['honestly', 'swear to god', 'no joke'])} the "
                f"{s.pick(['reg', 'night nurse', 'new SHO', 'locum', 'surgeon'])} {s.pick(TIMES)} was "
                f"{s.pick(['thick as a plank', 'a useless waste of space', 'a total clown', 'dumb as rocks'])}")
    else:
        text = (f"{s.pick(['few pints', 'couple of wines', 'bottle of prosecco', 'few vodkas'])} before "
                f"{s.pick(['nights', 'my shift', 'the ward round', 'clinic'])}, {s.pick(['what could go wrong', 'living the dream', 'shhh', 'dont tell the boss'])}")
    return text, ["unprofessional"], "template: derogatory slang, mocking a colleague, or drinking before duty"


def unprofessional_twin(s: Slots) -> tuple[str, list[str], str]:
    form = s.rng.randrange(3)
    if form == 0:
        text = (f"frequent flyer problems: {s.pick(['3 conferences in a month', 'my suitcase is in Frankfurt', 'lost my boarding pass again'])}. "
                f"{s.pick(['give me strength', 'unreal', 'every time', 'why'])}")
    elif form == 1:
        text = (f"{s.pick(['honestly', 'no joke', 'genuinely'])} the "
                f"{s.pick(['reg', 'night nurse', 'new SHO', 'locum', 'surgeon'])} {s.pick(TIMES)} was "
                f"{s.pick(['brilliant', 'a total star', 'so calm under pressure', 'the best teacher'])}")
    else:
        text = (f"{s.pick(['few pints', 'couple of wines', 'bottle of prosecco', 'takeaway and a film'])} after "
                f"{s.pick(['nights', 'my last shift', 'a long week', 'clinic'])}, {s.pick(['living the dream', 'bliss', 'earned it', 'phone off'])}")
    return text, [], "template: same surface, harmless target (travel, praise, drink off duty)"


# Weighted families: (maker, weight). Positives and their twins are balanced on purpose.
FAMILIES: list[tuple[Callable[[Slots], tuple[str, list[str], str]], int, bool]] = [
    (quasi_phi, 11, False), (quasi_two_of_four, 6, True), (quasi_education, 3, True),
    (consented_case, 3, True),
    (direct_phi, 8, False), (direct_phi_twin, 8, True),
    (interaction, 8, False), (social_reply, 5, True), (colleague_reply, 4, True),
    (advice, 7, False), (education, 4, True), (redirect_reply, 3, True),
    (unprofessional, 8, False), (unprofessional_twin, 8, True),
]
SPECIALTY = {
    quasi_phi: ["emergency medicine", "surgery", "intensive care", "paramedic", "orthopaedics"],
    quasi_two_of_four: ["emergency medicine", "junior doctor", "nursing", "internal medicine"],
    quasi_education: ["emergency medicine", "paramedic", "general practice", "public health"],
    consented_case: ["emergency medicine", "surgery", "plastic surgery", "orthopaedics"],
    direct_phi: ["nursing", "junior doctor", "internal medicine", "emergency medicine"],
    direct_phi_twin: ["nursing", "junior doctor", "internal medicine", "emergency medicine"],
    interaction: ["general practice", "orthopaedics", "physiotherapy", "surgery", "dentistry"],
    social_reply: ["general practice", "orthopaedics", "physiotherapy", "nursing", "dentistry"],
    colleague_reply: ["emergency medicine", "surgery", "general practice", "nursing"],
    advice: ["general practice", "pharmacy", "emergency medicine", "nursing"],
    education: ["general practice", "pharmacy", "public health", "nursing"],
    redirect_reply: ["general practice", "pharmacy", "emergency medicine", "nursing"],
    unprofessional: ["emergency medicine", "nursing", "junior doctor", "surgery"],
    unprofessional_twin: ["emergency medicine", "nursing", "junior doctor", "surgery"],
}


def stylise(text: str, rng: random.Random) -> str:
    """Case, emoji and hashtag noise, drawn the same way for every family."""
    if rng.random() < 0.3 and not text.startswith("@"):
        text = text[0].lower() + text[1:]
    if rng.random() < 0.25:
        text = text.rstrip(".") + " " + rng.choice(EMOJI)
    if rng.random() < 0.15 and not text.startswith("@"):
        text += " " + rng.choice(TAGS)
    if rng.random() < 0.1:
        text = text.replace("you", "u", 1).replace("'", "", 1)
    return text


def generate(count: int, seed: int = SEED) -> list[dict]:
    rng = random.Random(seed)
    fakers = {c: Faker(loc) for c, (loc, _, _) in COUNTRIES.items()}
    for index, fake in enumerate(fakers.values()):
        fake.seed_instance(seed + index)
    makers, weights = zip(*[(m, w) for m, w, _ in FAMILIES], strict=True)
    corpus, _ = load()
    seen = {normalise(r["text"]) for r in corpus.records if r["source"] != "template"}
    records: list[dict] = []
    while len(records) < count:
        country = rng.choice(list(COUNTRIES))
        _, places, hospitals = COUNTRIES[country]
        slots = Slots(rng, fakers[country], country, rng.choice(places), rng.choice(hospitals))
        maker = rng.choices(makers, weights)[0]
        text, labels, note = maker(slots)
        text = stylise(" ".join(text.split()), rng)
        if normalise(text) in seen:  # the validator's notion of a duplicate
            continue
        seen.add(normalise(text))
        reply_to = text.split()[0][1:] if text.startswith("@") else None
        records.append({
            "id": f"tpl1-{len(records) + 1:04d}", "text": text, "labels": labels,
            "hard_negative": not labels, "platform": rng.choice(PLATFORMS),
            "kind": "reply" if reply_to else "post", "reply_to": reply_to,
            "specialty": rng.choice(SPECIALTY[maker]), "country": country,
            "source": "template", "note": note,
        })
    return records


def main(argv: list[str]) -> int:
    count = int(argv[0]) if argv else 780
    path = write_shard(generate(count), "tpl-1")
    print(f"{path.name}: {count} template posts")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
