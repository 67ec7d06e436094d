"""Report inputs in the contract's dict shapes, shared by the report tests and the browser test.

Synthetic people only. Some post text, handles and names are hostile on purpose (``<script>``,
``onerror=`` attributes, Jinja syntax) so the tests can show they stay inert text.
"""

from __future__ import annotations

import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw

from reports.data import ReportData

HOSTILE_SCRIPT = "<script>window.__pwned = 1; alert('xss')</script>"
HOSTILE_IMG = '<img src=x onerror="window.__pwned=2">'
HOSTILE_TEMPLATE = "{{ 7*7 }} {% if true %}yes{% endif %} {{ config }}"
HOSTILE_HANDLE = 'evil"><svg onload=alert(1)>'

GUIDANCE_PHI = (
    "HIPAA Privacy Rule: no individually identifiable health information without authorisation"
)


def finding(
    category: str,
    rule: str,
    severity: str,
    text: str,
    quotes: Sequence[str],
    explanation: str = "",
    **extra: Any,
) -> dict[str, Any]:
    """A contract FINDING dict whose evidence quotes are located in ``text``."""
    evidence = []
    for quote in quotes:
        start = text.index(quote)
        evidence.append({"start": start, "end": start + len(quote), "text": quote})
    return {
        "category": category,
        "rule": rule,
        "severity": severity,
        "explanation": explanation or f"Flagged by {rule}.",
        "evidence": evidence,
        "guidance": GUIDANCE_PHI,
        **extra,
    }


def post(
    pid: str,
    text: str,
    *,
    platform: str = "x",
    action: str = "delete",
    risk: float = 0.9,
    created_at: str = "2024-03-05T14:05:00Z",
    kind: str = "post",
    scores: dict | None = None,
    findings: Sequence[dict] = (),
    media: Sequence[dict] = (),
    url: str | None = "default",
    account: str = "drsample",
    thread_id: str | None = None,
) -> dict[str, Any]:
    """A contract POST dict."""
    if url == "default":
        url = f"https://x.com/{account}/status/{pid}" if platform == "x" else None
    base = {"phi": 0.1, "unprofessional": 0.1, "patient_interaction": 0.1, "clinical_advice": 0.1}
    out = {
        "id": pid,
        "platform": platform,
        "account": account,
        "kind": kind,
        "created_at": created_at,
        "url": url,
        "text": text,
        "media": list(media),
        "scores": {**base, **(scores or {})},
        "risk": risk,
        "action": action,
        "findings": list(findings),
    }
    if thread_id:
        out["thread_id"] = thread_id
    return out


def write_image(path: Path, size: tuple[int, int] = (800, 600), colour: str = "#4a7ab8") -> Path:
    """A real PNG with a white 'wristband' box, to thumbnail."""
    img = Image.new("RGB", size, colour)
    ImageDraw.Draw(img).rectangle((100, 200, 500, 300), fill="white")
    img.save(path, "PNG")
    return path


def sample_posts(image_ref: str | None = None, zip_ref: str | None = None) -> list[dict[str, Any]]:
    """Listed posts, riskiest first: PHI, thread, hostile text, review items on two platforms."""
    t1 = "Mr D in bed 12 tonight, 52yo, DOB 03/04/1971. What a night on the ICU."
    t2 = "Thread: the fireworks burns lady from Tuesday is back in resus."
    t3 = "Update on fireworks lady: she went to theatre, MRN 448812."
    t4 = f"Patients keep sending me this {HOSTILE_SCRIPT} {HOSTILE_IMG} {HOSTILE_TEMPLATE} lol"
    t5 = "@jdoe glad the cast came off ok! see you at clinic"
    t6 = "Another frequent flyer in A&E tonight, drunk again. Honestly."
    t7 = "@stranger double your metformin and see how it goes"
    t8 = "Pic of today's board 😬"
    media = []
    if image_ref:
        media.append({"path": image_ref, "type": "image"})
    if zip_ref:
        media.append({"path": zip_ref, "type": "image"})
    return [
        post(
            "1001",
            t1,
            risk=0.97,
            scores={"phi": 0.98},
            findings=[
                finding("phi", "phi.bed_or_room", "medium", t1, ["bed 12"]),
                finding("phi", "phi.date_of_birth", "high", t1, ["DOB 03/04/1971"]),
                finding(
                    "phi",
                    "phi.quasi_identifiers",
                    "high",
                    t1,
                    ["52yo", "tonight", "bed 12 tonight"],
                ),
            ],
        ),
        post(
            "1002",
            t2,
            risk=0.93,
            scores={"phi": 0.9},
            thread_id="1002",
            created_at="2024-05-01T09:00:00Z",
            findings=[
                finding(
                    "phi",
                    "phi.thread_case",
                    "high",
                    t2,
                    ["fireworks burns lady"],
                    related_posts=["x:1003"],
                )
            ],
        ),
        post(
            "1003",
            t3,
            risk=0.6,
            action="review",
            scores={"phi": 0.7},
            thread_id="1002",
            created_at="2024-05-01T18:00:00Z",
            kind="reply",
            findings=[finding("phi", "phi.record_number", "high", t3, ["MRN 448812"])],
        ),
        post(
            "1004",
            t4,
            risk=0.88,
            scores={"unprofessional": 0.85},
            created_at="2023-11-20T22:10:00Z",
            findings=[
                finding(
                    "unprofessional",
                    "unprofessional.derogatory_patient",
                    "medium",
                    t4,
                    [HOSTILE_SCRIPT, "{{ 7*7 }}"],
                    explanation=f"Mocks patients {HOSTILE_IMG}",
                )
            ],
        ),
        post(
            "fb_77",
            t5,
            platform="facebook",
            risk=0.8,
            kind="comment",
            scores={"patient_interaction": 0.82},
            created_at="2022-07-14T08:30:00Z",
            findings=[
                finding(
                    "patient_interaction",
                    "patient_interaction.confirms_care",
                    "high",
                    t5,
                    ["glad the cast came off ok"],
                )
            ],
        ),
        post(
            "1006",
            t6,
            risk=0.75,
            scores={"unprofessional": 0.9},
            created_at="2023-01-02T01:00:00Z",
            findings=[
                finding(
                    "unprofessional",
                    "unprofessional.derogatory_patient",
                    "medium",
                    t6,
                    ["frequent flyer"],
                ),
                finding("unprofessional", "unprofessional.intoxication", "high", t6, ["drunk"]),
            ],
        ),
        post(
            "1007",
            t7,
            action="review",
            risk=0.55,
            kind="reply",
            scores={"clinical_advice": 0.66},
            created_at="2021-02-10T12:00:00Z",
            findings=[
                finding(
                    "clinical_advice",
                    "clinical_advice.individual_advice",
                    "medium",
                    t7,
                    ["double your metformin"],
                )
            ],
        ),
        post(
            "1008",
            t8,
            action="review",
            risk=0.5,
            scores={"phi": 0.6},
            media=media,
            created_at="2024-06-11T07:45:00Z",
            url="javascript:alert(1)",
            findings=[
                finding(
                    "phi",
                    "phi.clinical_media",
                    "high",
                    t8,
                    ["today's board"],
                    regions=[
                        {
                            "media_index": 0,
                            "x": 100,
                            "y": 200,
                            "width": 400,
                            "height": 100,
                            "text": "J. DOE 4B",
                        }
                    ],
                )
            ],
        ),
    ]


def sample_data(
    tmp: Path | None = None, *, roster_used: bool = True, redact: bool = False
) -> ReportData:
    """A whole ReportData: two accounts, eight listed posts, patient links, hostile names."""
    image_ref = zip_ref = None
    if tmp is not None:
        image_ref = str(write_image(tmp / "board.png"))
        member_src = write_image(tmp / "member.png", (300, 900), "#b84a4a")
        with zipfile.ZipFile(tmp / "export.zip", "w") as zf:
            zf.write(member_src, "data/tweets_media/1008-board.png")
        zip_ref = f"{tmp / 'export.zip'}::data/tweets_media/1008-board.png"
    posts = sample_posts(image_ref, zip_ref)
    links = (
        [
            {
                "platform": "facebook",
                "account": "drsample",
                "relation": "friend",
                "other": {"id": "100012", "name": f"Jane {HOSTILE_SCRIPT} Doe", "handle": None},
                "patient_match": {
                    "patient_ref": "P-0007",
                    "score": 0.93,
                    "matched_on": ["name:full"],
                },
            },
            {
                "platform": "x",
                "account": "drsample",
                "relation": "follower",
                "other": {"id": "555", "name": "J Doe", "handle": HOSTILE_HANDLE},
                "patient_match": {
                    "patient_ref": "P-0007",
                    "score": 0.71,
                    "matched_on": ["x_handle"],
                },
            },
        ]
        if roster_used
        else []
    )
    accounts = [
        {
            "platform": "x",
            "handle": "drsample",
            "display_name": "Dr Sam {{ 7*7 }} Ple",
            "posts": 1200,
            "findings": [
                {
                    "category": "account",
                    "rule": "account.no_disclaimer",
                    "severity": "low",
                    "explanation": "The bio says you are a doctor but has no 'views my own' line.",
                    "evidence": [],
                    "guidance": "AMA: state views are your own.",
                }
            ],
        },
        {
            "platform": "facebook",
            "handle": "sam.ple",
            "display_name": "Sam Ple",
            "posts": 340,
            "findings": [],
        },
    ]
    totals = {
        "posts": 1540,
        "links": 412,
        "platforms": ["x", "facebook"],
        "date_range": ["2012-01-03T10:00:00Z", "2024-06-11T07:45:00Z"],
        "by_action": {"delete": 5, "review": 3, "keep": 1532},
        "by_category": {
            "phi": {"delete": 2, "review": 2},
            "unprofessional": {"delete": 2, "review": 0},
            "patient_interaction": {"delete": 1, "review": 0},
            "clinical_advice": {"delete": 0, "review": 1},
        },
        "by_month": {
            "2021-02": {"clinical_advice": 1},
            "2022-07": {"patient_interaction": 1},
            "2023-01": {"unprofessional": 1},
            "2023-11": {"unprofessional": 1},
            "2024-03": {"phi": 1},
            "2024-05": {"phi": 2},
            "2024-06": {"phi": 1},
        },
    }
    return ReportData(
        generated_at="2026-11-23T19:00:00Z",
        accounts=accounts,
        posts=posts,
        links=links,
        totals=totals,
        roster_used=roster_used,
        redact=redact,
        notes=("3 records in data/like.js were skipped: not posts.",),
    )
