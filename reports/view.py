"""From ``ReportData`` (contract dicts) to what the templates show: plain, frozen view objects.

Everything a template needs is decided here (order, labels, threads, safe links, highlighted
text), so templates hold layout only and no template ever sees a raw post dict.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote, urlsplit

from markupsafe import Markup

from reports.data import ReportData
from reports.highlight import Mark, highlight, marks_for, mask
from reports.labels import (
    ACTION_LABELS,
    CATEGORY_ORDER,
    HOW_TO_DELETE,
    KIND_LABELS,
    SEVERITY_ORDER,
    category_label,
    connection_action,
    match_label,
    platform_label,
)
from reports.media import Thumbnail, ThumbnailMaker

DECISION = 0.5  # the contract's decision point for every calibrated score
MAX_MEDIA_PER_POST = 4


def rule_titles() -> dict[str, str]:
    """Rule id -> short title, from the catalogue (empty if it cannot be imported)."""
    try:
        from classifiers.rules import ALL_RULES
    except ImportError:  # the report must still render without the classifiers installed
        return {}
    return {r.id: r.title for r in ALL_RULES}


@dataclass(frozen=True, slots=True)
class ScoreView:
    category: str
    label: str
    value: float
    percent: int
    flagged: bool

    @property
    def step(self) -> int:
        """The bar width in 5% steps: the CSP allows no inline styles, so widths are classes."""
        return max(0, min(100, 5 * round(self.percent / 5)))


@dataclass(frozen=True, slots=True)
class RegionView:
    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True, slots=True)
class MediaView:
    index: int
    type: str
    alt: str
    thumbnail: Thumbnail | None
    regions: tuple[RegionView, ...]
    note: str  # why there is no thumbnail, when there is none
    url: str | None  # live-API media: a plain link, never loaded


@dataclass(frozen=True, slots=True)
class FindingView:
    category: str
    category_label: str
    rule: str
    title: str
    severity: str
    explanation: str
    guidance: str
    evidence: tuple[str, ...]
    region_count: int
    related: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PostView:
    key: str
    rank: int
    platform: str
    platform_label: str
    account: str
    kind: str
    kind_label: str
    created_at: str
    date: str  # YYYY-MM-DD, for the date filter
    when: str  # shown to people
    url: str | None
    text: Markup
    action: str
    action_label: str
    risk: float
    risk_percent: int
    scores: tuple[ScoreView, ...]
    categories: tuple[str, ...]
    findings: tuple[FindingView, ...]
    media: tuple[MediaView, ...]

    @property
    def find_url(self) -> str | None:
        """Where to find a post the export gave no link for (Facebook: the activity log)."""
        howto = HOW_TO_DELETE.get(self.platform)
        return (howto.link or None) if howto else None

    @property
    def model_note(self) -> str:
        """Why a post with no rule finding is listed: the model's strongest category, in words."""
        top = max(self.scores, key=lambda s: s.value, default=None)
        if top is None or not top.flagged:
            return "Listed without a specific rule: read it and decide."
        return (
            f"No specific rule fired, but the language model rates this {top.percent}% likely "
            f"to be {top.label.lower()}: read it and decide."
        )


@dataclass(frozen=True, slots=True)
class GroupView:
    """One post, or a thread of posts shown together (ranked by its riskiest post)."""

    key: str
    posts: tuple[PostView, ...]
    is_thread: bool
    rank: int


@dataclass(frozen=True, slots=True)
class ConnectionView:
    """One person linked to an audited account: every relation with them on one row."""

    platform: str
    platform_label: str
    relations: tuple[str, ...]
    name: str
    handle: str
    user_id: str
    profile_url: str | None
    score: float
    percent: int
    matched_on: tuple[str, ...]
    patient_ref: str
    actions: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class AccountView:
    platform: str
    platform_label: str
    handle: str
    display_name: str
    posts: int
    findings: tuple[FindingView, ...]


def parse_time(value: Any) -> datetime | None:
    """An ISO 8601 timestamp as an aware UTC datetime, or None."""
    if not isinstance(value, str) or not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def human_time(moment: datetime | None) -> str:
    """``3 Mar 2024, 14:05 UTC``: unambiguous for readers on any side of the Atlantic."""
    if moment is None:
        return "date unknown"
    return f"{moment.day} {moment:%b %Y, %H:%M} UTC"


def human_date(value: Any) -> str:
    """``3 Mar 2024`` from an ISO timestamp, or the empty string."""
    moment = parse_time(value)
    return f"{moment.day} {moment:%b %Y}" if moment else ""


def safe_url(url: Any) -> str | None:
    """Only ``http(s)`` links with a host are shown: never ``javascript:`` or ``data:``."""
    if not isinstance(url, str):
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    if any(c in url for c in "\"'<>\\ \n\r\t"):
        return None
    return url


_HANDLE = re.compile(r"^[A-Za-z0-9_.\-]{1,100}$")


def profile_url(platform: str, handle: str, user_id: str) -> str | None:
    """A plain link to a connection's profile, where the platform's URL shape is known."""
    if handle and _HANDLE.match(handle.lstrip("@")):
        h = quote(handle.lstrip("@"))
        shapes = {
            "x": f"https://x.com/{h}",
            "instagram": f"https://www.instagram.com/{h}/",
            "bluesky": f"https://bsky.app/profile/{h}",
        }
        if platform in shapes:
            return shapes[platform]
    if platform == "facebook" and user_id.isdigit():
        return f"https://www.facebook.com/profile.php?id={user_id}"
    if platform == "x" and user_id.isdigit():
        return f"https://x.com/i/user/{user_id}"
    return None


def finding_view(
    finding: Mapping[str, Any], titles: Mapping[str, str], redact: bool
) -> FindingView:
    """One FINDING dict, with its rule's title from the catalogue."""
    rule = str(finding.get("rule", ""))
    category = str(finding.get("category", ""))
    evidence = tuple(str(s.get("text", "")) for s in finding.get("evidence") or () if s.get("text"))
    return FindingView(
        category=category,
        category_label=category_label(category),
        rule=rule,
        title=str(finding.get("title") or titles.get(rule) or rule),
        severity=str(finding.get("severity", "low")),
        explanation=str(finding.get("explanation", "")),
        guidance=str(finding.get("guidance", "")),
        evidence=() if redact else evidence,
        region_count=len(finding.get("regions") or ()),
        related=tuple(str(k) for k in finding.get("related_posts") or ()),
    )


def post_key(post: Mapping[str, Any]) -> str:
    """``platform:id``, the key ``related_posts`` use."""
    return f"{post.get('platform', '')}:{post.get('id', '')}"


def flagged_categories(post: Mapping[str, Any]) -> tuple[str, ...]:
    """Categories at or over the decision point, plus any a finding names, in display order."""
    scores = post.get("scores") or {}
    named = {str(f.get("category")) for f in post.get("findings") or ()}
    return tuple(
        c for c in CATEGORY_ORDER if float(scores.get(c, 0.0) or 0.0) >= DECISION or c in named
    )


def _media_views(
    post: Mapping[str, Any], thumbs: ThumbnailMaker, redact: bool
) -> tuple[MediaView, ...]:
    regions_by_media: dict[int, list[Mapping[str, Any]]] = {}
    for finding in post.get("findings") or ():
        for region in finding.get("regions") or ():
            regions_by_media.setdefault(int(region.get("media_index", 0)), []).append(region)
    views = []
    for index, media in enumerate(list(post.get("media") or ())[:MAX_MEDIA_PER_POST]):
        kind = str(media.get("type", "image"))
        thumb, note = None, ""
        if redact:
            note = "Not shown in the redacted report."
        elif kind in ("image", "gif"):
            thumb = thumbs.get(media.get("path"))
            if thumb is None:
                note = (
                    "Image could not be embedded."
                    if media.get("path")
                    else "Image not in the export."
                )
        else:
            note = f"{kind.capitalize()} attachment: not embedded."
        regions = ()
        if thumb is not None:
            regions = tuple(
                RegionView(
                    float(r.get("x", 0)),
                    float(r.get("y", 0)),
                    float(r.get("width", 0)),
                    float(r.get("height", 0)),
                )
                for r in regions_by_media.get(index, ())
            )
        views.append(
            MediaView(
                index,
                kind,
                str(media.get("alt_text", "")),
                thumb,
                regions,
                note,
                None if redact else safe_url(media.get("url")),
            )
        )
    return tuple(views)


def post_view(
    post: Mapping[str, Any],
    rank: int,
    titles: Mapping[str, str],
    thumbs: ThumbnailMaker,
    redact: bool,
) -> PostView:
    """A POST dict made ready to show: highlighted text, sorted findings, scores, thumbnails."""
    text = str(post.get("text") or "")
    findings = list(post.get("findings") or ())
    marks: list[Mark] = marks_for(
        text, [{**f, "title": titles.get(str(f.get("rule")), "")} for f in findings]
    )
    shown = highlight(mask(text, marks), ()) if redact else highlight(text, marks)
    scores = post.get("scores") or {}
    moment = parse_time(post.get("created_at"))
    risk = float(post.get("risk", 0.0) or 0.0)
    kind = str(post.get("kind", "post"))
    platform = str(post.get("platform", ""))
    action = str(post.get("action", "review"))
    views = sorted(
        (finding_view(f, titles, redact) for f in findings),
        key=lambda f: (SEVERITY_ORDER.get(f.severity, 3), f.rule),
    )
    return PostView(
        key=post_key(post),
        rank=rank,
        platform=platform,
        platform_label=platform_label(platform),
        account=str(post.get("account", "")),
        kind=kind,
        kind_label=KIND_LABELS.get(kind, kind.capitalize()),
        created_at=str(post.get("created_at", "")),
        date=moment.date().isoformat() if moment else "",
        when=human_time(moment),
        url=safe_url(post.get("url")),
        text=shown,
        action=action,
        action_label=ACTION_LABELS.get(action, action.capitalize()),
        risk=risk,
        risk_percent=round(risk * 100),
        scores=tuple(
            ScoreView(
                c,
                category_label(c),
                float(scores.get(c, 0.0) or 0.0),
                round(float(scores.get(c, 0.0) or 0.0) * 100),
                float(scores.get(c, 0.0) or 0.0) >= DECISION,
            )
            for c in CATEGORY_ORDER
        ),
        categories=flagged_categories(post),
        findings=tuple(views),
        media=_media_views(post, thumbs, redact),
    )


class _Groups:
    """Union-find over post keys: posts sharing a thread, or named in a finding's related_posts."""

    def __init__(self, keys: Sequence[str]) -> None:
        self.parent = {k: k for k in keys}

    def find(self, key: str) -> str:
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def join(self, a: str, b: str) -> None:
        if a in self.parent and b in self.parent:
            ra, rb = self.find(a), self.find(b)
            if ra != rb:
                self.parent[max(ra, rb)] = min(ra, rb)


def group_posts(posts: Sequence[Mapping[str, Any]], views: Sequence[PostView]) -> list[GroupView]:
    """Threads together, each at the place of its riskiest post; posts in a thread by time."""
    keys = [v.key for v in views]
    groups = _Groups(keys)
    first_in_thread: dict[tuple[str, str], str] = {}
    for post, view in zip(posts, views, strict=True):
        thread = post.get("thread_id")
        if thread:
            anchor = first_in_thread.setdefault((view.platform, str(thread)), view.key)
            groups.join(anchor, view.key)
        for finding in view.findings:
            for other in finding.related:
                groups.join(view.key, other)
    members: dict[str, list[PostView]] = {}
    for view in views:
        members.setdefault(groups.find(view.key), []).append(view)
    out = []
    for root, items in members.items():
        rank = min(v.rank for v in items)
        ordered = sorted(items, key=lambda v: (v.created_at, v.rank)) if len(items) > 1 else items
        out.append(GroupView(root, tuple(ordered), len(items) > 1, rank))
    return sorted(out, key=lambda g: g.rank)


def connection_views(links: Sequence[Mapping[str, Any]], redact: bool) -> list[ConnectionView]:
    """LINK dicts with a patient match, one row per person (follower and followed merged),
    most certain first."""
    rows: dict[tuple[str, str], ConnectionView] = {}
    for link in links:
        match = link.get("patient_match")
        if not match:
            continue
        other = link.get("other") or {}
        platform = str(link.get("platform", ""))
        relation = str(link.get("relation", ""))
        handle = str(other.get("handle") or "")
        user_id = str(other.get("id") or "")
        name = str(other.get("name") or "")
        score = float(match.get("score", 0.0) or 0.0)
        view = ConnectionView(
            platform=platform,
            platform_label=platform_label(platform),
            relations=(relation,),
            name="(hidden)" if redact else name,
            handle="" if redact else handle,
            user_id="" if redact else user_id,
            profile_url=None if redact else profile_url(platform, handle, user_id),
            score=score,
            percent=round(score * 100),
            matched_on=tuple(match_label(str(m)) for m in match.get("matched_on") or ()),
            patient_ref=str(match.get("patient_ref", "")),
            actions=(connection_action(platform, relation),),
        )
        key = (platform, user_id or handle.lower() or name.lower() or str(len(rows)))
        if key in rows:
            view = _merge_connection(rows[key], view)
        rows[key] = view
    return sorted(rows.values(), key=lambda c: -c.score)


def _merge_connection(a: ConnectionView, b: ConnectionView) -> ConnectionView:
    best = a if a.score >= b.score else b
    return ConnectionView(
        platform=a.platform,
        platform_label=a.platform_label,
        relations=a.relations + tuple(r for r in b.relations if r not in a.relations),
        name=a.name or b.name,
        handle=a.handle or b.handle,
        user_id=a.user_id or b.user_id,
        profile_url=a.profile_url or b.profile_url,
        score=best.score,
        percent=best.percent,
        matched_on=a.matched_on + tuple(m for m in b.matched_on if m not in a.matched_on),
        patient_ref=best.patient_ref,
        actions=a.actions + tuple(x for x in b.actions if x not in a.actions),
    )


def account_views(
    accounts: Sequence[Mapping[str, Any]], titles: Mapping[str, str]
) -> list[AccountView]:
    """ACCOUNT dicts with their account-level findings."""
    return [
        AccountView(
            platform=str(a.get("platform", "")),
            platform_label=platform_label(str(a.get("platform", ""))),
            handle=str(a.get("handle", "")),
            display_name=str(a.get("display_name") or ""),
            posts=int(a.get("posts", 0) or 0),
            findings=tuple(finding_view(f, titles, False) for f in a.get("findings") or ()),
        )
        for a in accounts
    ]


def listed_posts(data: ReportData) -> list[Mapping[str, Any]]:
    """The posts to show, riskiest first: ``delete`` and ``review`` only, whatever was passed."""
    shown = [p for p in data.posts if p.get("action", "review") in ("delete", "review")]
    return sorted(shown, key=lambda p: -float(p.get("risk", 0.0) or 0.0))


def build_posts(data: ReportData, thumbs: ThumbnailMaker) -> tuple[list[PostView], list[GroupView]]:
    """Post views in risk order (stable for ties) and their thread groups."""
    titles = rule_titles()
    posts = listed_posts(data)
    views = [post_view(p, i + 1, titles, thumbs, data.redact) for i, p in enumerate(posts)]
    return views, group_posts(posts, views)
